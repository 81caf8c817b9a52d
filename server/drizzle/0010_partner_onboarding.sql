CREATE TABLE "onboarding_enrolment_steps" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"organisation_id" text NOT NULL,
	"enrolment_id" text NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"agreement_template_id" text,
	"due_at" timestamp with time zone NOT NULL,
	"completed_at" timestamp with time zone,
	"completed_by_id" text
);
--> statement-breakpoint
CREATE TABLE "onboarding_enrolments" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"organisation_id" text NOT NULL,
	"journey_id" text NOT NULL,
	"journey_name" text NOT NULL,
	"journey_version" integer NOT NULL,
	"started_by_id" text,
	"started_at" timestamp with time zone NOT NULL,
	"completed_at" timestamp with time zone,
	"first_deal_registered_at" timestamp with time zone,
	"milestone_days" integer[] DEFAULT '{}' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "onboarding_journeys" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"partner_types" text[] DEFAULT '{}' NOT NULL,
	"tiers" text[] DEFAULT '{}' NOT NULL,
	"steps" jsonb NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "onboarding_enrolment_steps" ADD CONSTRAINT "onboarding_enrolment_steps_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onboarding_enrolments" ADD CONSTRAINT "onboarding_enrolments_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onboarding_journeys" ADD CONSTRAINT "onboarding_journeys_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "onboarding_enrolment_steps_position" ON "onboarding_enrolment_steps" USING btree ("enrolment_id","position");--> statement-breakpoint
CREATE INDEX "onboarding_enrolment_steps_open_idx" ON "onboarding_enrolment_steps" USING btree ("workspace_id","organisation_id") WHERE completed_at IS NULL;--> statement-breakpoint
CREATE INDEX "onboarding_enrolments_workspace_idx" ON "onboarding_enrolments" USING btree ("workspace_id","id");--> statement-breakpoint
CREATE INDEX "onboarding_enrolments_organisation_idx" ON "onboarding_enrolments" USING btree ("workspace_id","organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "onboarding_enrolments_one_running" ON "onboarding_enrolments" USING btree ("organisation_id") WHERE completed_at IS NULL;--> statement-breakpoint
CREATE INDEX "onboarding_journeys_workspace_idx" ON "onboarding_journeys" USING btree ("workspace_id","id");--> statement-breakpoint
-- hand-written: partner_onboarding
-- Row-level security: enrolments and their steps belong to their partner; journeys are the
-- vendor's, workspace-wide (the API lets only onboarding managers read them).
SELECT trellis_enable_tenant_rls('onboarding_enrolments', 'organisation_id');
--> statement-breakpoint
SELECT trellis_enable_tenant_rls('onboarding_enrolment_steps', 'organisation_id');
--> statement-breakpoint
SELECT trellis_enable_tenant_rls('onboarding_journeys');
--> statement-breakpoint
-- Partner health reads "the newest audit entry about this partner" for a page of partners at once.
CREATE INDEX audit_events_organisation_recent_idx ON audit_events (workspace_id, organisation_id, occurred_at DESC);
