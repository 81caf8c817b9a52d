SELECT trellis_enable_tenant_rls('tasks', 'organisation_id');
--> statement-breakpoint
SELECT trellis_enable_tenant_rls('automation_rules', 'organisation_id');
--> statement-breakpoint
SELECT trellis_enable_tenant_rls('automation_rule_runs', 'organisation_id');
--> statement-breakpoint
SELECT trellis_enable_tenant_rls('chat_integrations', 'organisation_id');
