CREATE TABLE "customer_accounts" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"name" text NOT NULL,
	"normalised_name" text NOT NULL,
	"domains" text[] DEFAULT '{}' NOT NULL,
	"country" text,
	"owner_user_id" text,
	"owner_name" text,
	"is_direct_only" boolean DEFAULT false NOT NULL,
	"direct_only_reason" text,
	"external_id" text,
	"source" text DEFAULT 'api' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "customer_opportunities" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"account_id" text NOT NULL,
	"name" text NOT NULL,
	"stage" text NOT NULL,
	"is_open" boolean DEFAULT true NOT NULL,
	"amount" numeric(14, 2),
	"currency" text,
	"close_date" date,
	"owner_name" text,
	"external_id" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "deal_dispute_comments" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"organisation_id" text NOT NULL,
	"dispute_id" text NOT NULL,
	"author_id" text,
	"is_vendor_internal" boolean DEFAULT false NOT NULL,
	"body" text NOT NULL,
	"evidence_urls" text[] DEFAULT '{}' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "deal_disputes" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"organisation_id" text NOT NULL,
	"registration_id" text NOT NULL,
	"contested_registration_id" text,
	"subject" text NOT NULL,
	"reason" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"raised_by_id" text,
	"decided_by_id" text,
	"decided_at" timestamp with time zone,
	"rationale" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "deal_registration_approvals" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"organisation_id" text NOT NULL,
	"registration_id" text NOT NULL,
	"level" integer NOT NULL,
	"role" text NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"reminded_at" timestamp with time zone,
	"escalated_at" timestamp with time zone,
	"decision" text,
	"decided_by_id" text,
	"decided_at" timestamp with time zone,
	"reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "deal_registration_conflicts" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"organisation_id" text NOT NULL,
	"registration_id" text NOT NULL,
	"kind" text NOT NULL,
	"score" real NOT NULL,
	"signals" text[] NOT NULL,
	"reason" text NOT NULL,
	"matched_registration_id" text,
	"matched_account_id" text,
	"is_blocking" boolean NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "deal_registration_extensions" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"organisation_id" text NOT NULL,
	"registration_id" text NOT NULL,
	"reason" text NOT NULL,
	"requested_days" integer NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"requested_by_id" text,
	"decided_by_id" text,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "deal_registration_partners" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"organisation_id" text NOT NULL,
	"registration_id" text NOT NULL,
	"role" text NOT NULL,
	"credit_percent" numeric(5, 2) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "deal_registration_settings" (
	"workspace_id" text PRIMARY KEY NOT NULL,
	"auto_approve_max_amount" numeric(14, 2),
	"approval_levels" jsonb NOT NULL,
	"reminder_hours_before_due" integer DEFAULT 4 NOT NULL,
	"protection_days" integer DEFAULT 90 NOT NULL,
	"extension_days" integer DEFAULT 30 NOT NULL,
	"max_extensions" integer DEFAULT 2 NOT NULL,
	"stale_after_days" integer DEFAULT 30 NOT NULL,
	"rules_of_engagement" text,
	"rules_published_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "deal_registrations" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"number" bigint GENERATED ALWAYS AS IDENTITY (sequence name "deal_registrations_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"organisation_id" text NOT NULL,
	"region" text,
	"registered_by_id" text,
	"customer_name" text NOT NULL,
	"normalised_customer_name" text NOT NULL,
	"customer_domain" text,
	"contact_name" text,
	"contact_email" text,
	"country" text NOT NULL,
	"amount" numeric(14, 2) NOT NULL,
	"currency" text NOT NULL,
	"expected_close_date" date NOT NULL,
	"products" text[] DEFAULT '{}' NOT NULL,
	"notes" text,
	"status" text NOT NULL,
	"stage" text DEFAULT 'registered' NOT NULL,
	"conflict_outcome" text NOT NULL,
	"is_first_in" boolean NOT NULL,
	"first_in_registration_id" text,
	"registered_at" timestamp (6) with time zone NOT NULL,
	"approval_level" integer,
	"approval_due_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"decided_by_id" text,
	"decision_reason" text,
	"protection_ends_at" timestamp with time zone,
	"extension_count" integer DEFAULT 0 NOT NULL,
	"last_activity_at" timestamp with time zone NOT NULL,
	"stale_alerted_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "deal_stage_changes" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"organisation_id" text NOT NULL,
	"registration_id" text NOT NULL,
	"from_stage" text,
	"to_stage" text NOT NULL,
	"amount" numeric(14, 2),
	"changed_by_id" text,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "customer_accounts" ADD CONSTRAINT "customer_accounts_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_opportunities" ADD CONSTRAINT "customer_opportunities_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_opportunities" ADD CONSTRAINT "customer_opportunities_account_id_customer_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."customer_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_dispute_comments" ADD CONSTRAINT "deal_dispute_comments_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_dispute_comments" ADD CONSTRAINT "deal_dispute_comments_dispute_id_deal_disputes_id_fk" FOREIGN KEY ("dispute_id") REFERENCES "public"."deal_disputes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_disputes" ADD CONSTRAINT "deal_disputes_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_disputes" ADD CONSTRAINT "deal_disputes_registration_id_deal_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."deal_registrations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_registration_approvals" ADD CONSTRAINT "deal_registration_approvals_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_registration_approvals" ADD CONSTRAINT "deal_registration_approvals_registration_id_deal_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."deal_registrations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_registration_conflicts" ADD CONSTRAINT "deal_registration_conflicts_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_registration_conflicts" ADD CONSTRAINT "deal_registration_conflicts_registration_id_deal_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."deal_registrations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_registration_extensions" ADD CONSTRAINT "deal_registration_extensions_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_registration_extensions" ADD CONSTRAINT "deal_registration_extensions_registration_id_deal_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."deal_registrations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_registration_partners" ADD CONSTRAINT "deal_registration_partners_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_registration_partners" ADD CONSTRAINT "deal_registration_partners_registration_id_deal_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."deal_registrations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_registration_settings" ADD CONSTRAINT "deal_registration_settings_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_registrations" ADD CONSTRAINT "deal_registrations_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_stage_changes" ADD CONSTRAINT "deal_stage_changes_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_stage_changes" ADD CONSTRAINT "deal_stage_changes_registration_id_deal_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."deal_registrations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "customer_accounts_list_idx" ON "customer_accounts" USING btree ("workspace_id","id");--> statement-breakpoint
CREATE INDEX "customer_accounts_normalised_name_idx" ON "customer_accounts" USING btree ("workspace_id","normalised_name");--> statement-breakpoint
CREATE UNIQUE INDEX "customer_accounts_external_id" ON "customer_accounts" USING btree ("workspace_id","external_id");--> statement-breakpoint
CREATE INDEX "customer_accounts_direct_only_idx" ON "customer_accounts" USING btree ("workspace_id","id") WHERE is_direct_only;--> statement-breakpoint
CREATE INDEX "customer_opportunities_account_idx" ON "customer_opportunities" USING btree ("workspace_id","account_id");--> statement-breakpoint
CREATE INDEX "customer_opportunities_open_idx" ON "customer_opportunities" USING btree ("account_id") WHERE is_open;--> statement-breakpoint
CREATE UNIQUE INDEX "customer_opportunities_external_id" ON "customer_opportunities" USING btree ("workspace_id","external_id");--> statement-breakpoint
CREATE INDEX "deal_dispute_comments_dispute_idx" ON "deal_dispute_comments" USING btree ("dispute_id","id");--> statement-breakpoint
CREATE INDEX "deal_disputes_list_idx" ON "deal_disputes" USING btree ("workspace_id","id");--> statement-breakpoint
CREATE INDEX "deal_disputes_registration_idx" ON "deal_disputes" USING btree ("registration_id");--> statement-breakpoint
CREATE INDEX "deal_registration_approvals_registration_idx" ON "deal_registration_approvals" USING btree ("registration_id","level");--> statement-breakpoint
CREATE INDEX "deal_registration_approvals_open_idx" ON "deal_registration_approvals" USING btree ("workspace_id","due_at") WHERE decided_at IS NULL;--> statement-breakpoint
CREATE INDEX "deal_registration_conflicts_registration_idx" ON "deal_registration_conflicts" USING btree ("registration_id");--> statement-breakpoint
CREATE INDEX "deal_registration_conflicts_matched_idx" ON "deal_registration_conflicts" USING btree ("matched_registration_id");--> statement-breakpoint
CREATE INDEX "deal_registration_extensions_registration_idx" ON "deal_registration_extensions" USING btree ("registration_id");--> statement-breakpoint
CREATE UNIQUE INDEX "deal_registration_extensions_one_pending" ON "deal_registration_extensions" USING btree ("registration_id") WHERE status = 'pending';--> statement-breakpoint
CREATE UNIQUE INDEX "deal_registration_partners_one_line" ON "deal_registration_partners" USING btree ("registration_id","organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "deal_registrations_number" ON "deal_registrations" USING btree ("number");--> statement-breakpoint
CREATE INDEX "deal_registrations_list_idx" ON "deal_registrations" USING btree ("workspace_id","id");--> statement-breakpoint
CREATE INDEX "deal_registrations_organisation_idx" ON "deal_registrations" USING btree ("workspace_id","organisation_id","id");--> statement-breakpoint
CREATE INDEX "deal_registrations_queue_idx" ON "deal_registrations" USING btree ("workspace_id","approval_due_at") WHERE status IN ('pending_approval', 'more_info_requested');--> statement-breakpoint
CREATE INDEX "deal_registrations_active_domain_idx" ON "deal_registrations" USING btree ("workspace_id","customer_domain") WHERE status IN ('pending_approval', 'more_info_requested', 'approved');--> statement-breakpoint
CREATE INDEX "deal_registrations_active_name_idx" ON "deal_registrations" USING btree ("workspace_id","normalised_customer_name") WHERE status IN ('pending_approval', 'more_info_requested', 'approved');--> statement-breakpoint
CREATE INDEX "deal_registrations_protection_idx" ON "deal_registrations" USING btree ("workspace_id","protection_ends_at") WHERE status = 'approved';--> statement-breakpoint
CREATE INDEX "deal_stage_changes_registration_idx" ON "deal_stage_changes" USING btree ("workspace_id","registration_id");
--> statement-breakpoint
-- hand-written: deal_registration
-- Row-level security. Registrations and everything hanging off them belong to the registering
-- partner (a regional manager sees its regions' partners, as everywhere). Customer accounts and
-- opportunities are the vendor's CRM data: a partner must never read them, so they are restricted
-- to vendor staff and the system. The programme settings (with the rules of engagement) are read by all.
SELECT trellis_enable_tenant_rls('deal_registrations', 'organisation_id');
--> statement-breakpoint
SELECT trellis_enable_tenant_rls('deal_registration_conflicts', 'organisation_id');
--> statement-breakpoint
SELECT trellis_enable_tenant_rls('deal_registration_approvals', 'organisation_id');
--> statement-breakpoint
SELECT trellis_enable_tenant_rls('deal_registration_extensions', 'organisation_id');
--> statement-breakpoint
SELECT trellis_enable_tenant_rls('deal_disputes', 'organisation_id');
--> statement-breakpoint
SELECT trellis_enable_tenant_rls('deal_dispute_comments', 'organisation_id');
--> statement-breakpoint
SELECT trellis_enable_tenant_rls('deal_registration_partners', 'organisation_id');
--> statement-breakpoint
SELECT trellis_enable_tenant_rls('deal_stage_changes', 'organisation_id');
--> statement-breakpoint
SELECT trellis_enable_tenant_rls('deal_registration_settings');
--> statement-breakpoint
SELECT trellis_enable_tenant_rls('customer_accounts');
--> statement-breakpoint
SELECT trellis_enable_tenant_rls('customer_opportunities');
--> statement-breakpoint
CREATE POLICY vendor_only ON customer_accounts AS RESTRICTIVE
  USING (trellis_actor_kind() IN ('vendor', 'system')) WITH CHECK (trellis_actor_kind() IN ('vendor', 'system'));
--> statement-breakpoint
CREATE POLICY vendor_only ON customer_opportunities AS RESTRICTIVE
  USING (trellis_actor_kind() IN ('vendor', 'system')) WITH CHECK (trellis_actor_kind() IN ('vendor', 'system'));
--> statement-breakpoint
-- Vendor-internal dispute comments stay with vendor staff even though the dispute is the partner's.
CREATE POLICY vendor_internal ON deal_dispute_comments AS RESTRICTIVE
  USING (NOT is_vendor_internal OR trellis_actor_kind() IN ('vendor', 'system'))
  WITH CHECK (NOT is_vendor_internal OR trellis_actor_kind() IN ('vendor', 'system'));
--> statement-breakpoint
-- Conflicts, stage history and approvals are records: added, never removed.
REVOKE DELETE, TRUNCATE ON deal_registration_conflicts, deal_stage_changes, deal_dispute_comments FROM trellis_app;
--> statement-breakpoint
REVOKE DELETE, TRUNCATE ON deal_registrations, deal_registration_approvals, deal_disputes FROM trellis_app;
--> statement-breakpoint
-- The accounts list's search (ILIKE '%…%' on the normalised name). The conflict check does not
-- use it: it finds similar names by sound keys (see the deal_conflict_tuning part of 0012).
CREATE INDEX customer_accounts_normalised_name_trgm ON customer_accounts USING gin (normalised_name gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX customer_accounts_domains_idx ON customer_accounts USING gin (domains);

