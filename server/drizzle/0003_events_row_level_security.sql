-- Row-level security for the event outbox, notifications and webhooks (see 0001 for the helpers).
SELECT trellis_enable_tenant_rls('domain_events', 'organisation_id');
--> statement-breakpoint
SELECT trellis_enable_tenant_rls('notifications', 'organisation_id');
--> statement-breakpoint
SELECT trellis_enable_tenant_rls('notification_preferences', 'organisation_id');
--> statement-breakpoint
SELECT trellis_enable_tenant_rls('webhook_endpoints', 'organisation_id');
--> statement-breakpoint
SELECT trellis_enable_tenant_rls('webhook_deliveries', 'organisation_id');
--> statement-breakpoint
SELECT trellis_enable_tenant_rls('webhook_attempts', 'organisation_id');
--> statement-breakpoint
-- The outbox is append-only apart from marking an event dispatched.
REVOKE UPDATE, DELETE, TRUNCATE ON domain_events FROM trellis_app;
--> statement-breakpoint
GRANT UPDATE (dispatched_at) ON domain_events TO trellis_app;
--> statement-breakpoint
-- Dispatchers serve every workspace but work inside one workspace's actor context at a time;
-- this is the only cross-workspace question they ask.
CREATE FUNCTION trellis_workspaces_with_pending_events(p_limit integer)
RETURNS TABLE (workspace_id text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT DISTINCT e.workspace_id FROM domain_events e WHERE e.dispatched_at IS NULL LIMIT p_limit
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION trellis_workspaces_with_pending_events(integer) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION trellis_workspaces_with_pending_events(integer) TO trellis_app;
