CREATE TABLE "partner_tier_changes" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"organisation_id" text NOT NULL,
	"from_tier_key" text,
	"to_tier_key" text,
	"reason" text NOT NULL,
	"note" text,
	"metrics" jsonb,
	"changed_by_id" text,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partner_tier_settings" (
	"workspace_id" text PRIMARY KEY NOT NULL,
	"downgrade_grace_days" integer DEFAULT 90 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partner_tier_states" (
	"organisation_id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"is_locked" boolean DEFAULT false NOT NULL,
	"pending_tier_key" text,
	"downgrade_effective_at" timestamp with time zone,
	"last_evaluated_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partner_tiers" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"rank" integer NOT NULL,
	"description" text,
	"colour" text,
	"discount_percent" numeric(5, 2) DEFAULT 0 NOT NULL,
	"commission_percent" numeric(5, 2) DEFAULT 0 NOT NULL,
	"is_mdf_eligible" boolean DEFAULT false NOT NULL,
	"mdf_cap_amount" numeric(14, 2),
	"mdf_cap_currency" text,
	"rules" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "partner_tier_changes" ADD CONSTRAINT "partner_tier_changes_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_tier_settings" ADD CONSTRAINT "partner_tier_settings_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_tier_states" ADD CONSTRAINT "partner_tier_states_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_tiers" ADD CONSTRAINT "partner_tiers_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "partner_tier_changes_organisation_idx" ON "partner_tier_changes" USING btree ("workspace_id","organisation_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "partner_tiers_key" ON "partner_tiers" USING btree ("workspace_id","key");--> statement-breakpoint
CREATE UNIQUE INDEX "partner_tiers_rank" ON "partner_tiers" USING btree ("workspace_id","rank");--> statement-breakpoint
-- hand-written: partner_tiers
-- Tiers and the grace period are the programme's, visible to everyone in the workspace (partners
-- read what each tier gives); a partner's tier state and history are its own.
SELECT trellis_enable_tenant_rls('partner_tiers');
--> statement-breakpoint
SELECT trellis_enable_tenant_rls('partner_tier_settings');
--> statement-breakpoint
SELECT trellis_enable_tenant_rls('partner_tier_states', 'organisation_id');
--> statement-breakpoint
SELECT trellis_enable_tenant_rls('partner_tier_changes', 'organisation_id');
--> statement-breakpoint
-- Tier history is a record: rows are added, never changed or removed.
REVOKE UPDATE, DELETE ON partner_tier_changes FROM trellis_app;
--> statement-breakpoint
-- The nightly evaluation's one cross-workspace question: which workspaces have tiers at all.
CREATE FUNCTION trellis_workspaces_with_partner_tiers()
RETURNS TABLE (workspace_id text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT DISTINCT t.workspace_id FROM partner_tiers t
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION trellis_workspaces_with_partner_tiers() FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION trellis_workspaces_with_partner_tiers() TO trellis_app;
