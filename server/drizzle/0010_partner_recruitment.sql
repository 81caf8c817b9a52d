CREATE TABLE "ideal_partner_profiles" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"criteria" jsonb NOT NULL,
	"form_regions" text[] NOT NULL,
	"form_industries" text[] NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partner_applications" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"status" text DEFAULT 'new' NOT NULL,
	"company_name" text NOT NULL,
	"website_domain" text NOT NULL,
	"country" text NOT NULL,
	"region" text NOT NULL,
	"partner_types" text[] NOT NULL,
	"industries" text[] NOT NULL,
	"company_size" text NOT NULL,
	"certifications" text[] NOT NULL,
	"applicant_name" text NOT NULL,
	"applicant_email" text NOT NULL,
	"applicant_job_title" text NOT NULL,
	"message" text,
	"locale" text NOT NULL,
	"consented_at" timestamp with time zone NOT NULL,
	"fit_score" integer NOT NULL,
	"score_reasons" jsonb NOT NULL,
	"scored_at" timestamp with time zone NOT NULL,
	"decided_by_id" text,
	"decided_at" timestamp with time zone,
	"rejection_message" text,
	"partner_organisation_id" text,
	"invitation_id" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "ideal_partner_profiles" ADD CONSTRAINT "ideal_partner_profiles_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_applications" ADD CONSTRAINT "partner_applications_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "ideal_partner_profiles_one_per_workspace" ON "ideal_partner_profiles" USING btree ("workspace_id");--> statement-breakpoint
CREATE INDEX "partner_applications_workspace_idx" ON "partner_applications" USING btree ("workspace_id","status","id");--> statement-breakpoint
CREATE INDEX "partner_applications_score_idx" ON "partner_applications" USING btree ("workspace_id","status","fit_score","id");--> statement-breakpoint
-- hand-written: partner_recruitment
-- Applicants are not partners yet: applications and the Ideal Partner Profile are the vendor's
-- alone. Workspace isolation as everywhere; within the workspace only vendor staff and system
-- actors (the public form, jobs) see them, never a partner.
SELECT trellis_enable_tenant_rls('ideal_partner_profiles');
--> statement-breakpoint
DROP POLICY organisation_visibility ON ideal_partner_profiles;
--> statement-breakpoint
CREATE POLICY organisation_visibility ON ideal_partner_profiles
  USING (trellis_actor_kind() IN ('vendor', 'system'))
  WITH CHECK (trellis_actor_kind() IN ('vendor', 'system'));
--> statement-breakpoint
SELECT trellis_enable_tenant_rls('partner_applications');
--> statement-breakpoint
DROP POLICY organisation_visibility ON partner_applications;
--> statement-breakpoint
CREATE POLICY organisation_visibility ON partner_applications
  USING (trellis_actor_kind() IN ('vendor', 'system'))
  WITH CHECK (trellis_actor_kind() IN ('vendor', 'system'));
--> statement-breakpoint
-- The public application form knows only the workspace's slug (/apply/acme). This answers that
-- one lookup; the form then runs as the workspace's system actor.
CREATE FUNCTION trellis_public_workspace_by_slug(p_slug text)
RETURNS TABLE (workspace_id text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT w.id FROM workspaces w WHERE w.slug = p_slug
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION trellis_public_workspace_by_slug(text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION trellis_public_workspace_by_slug(text) TO trellis_app;
