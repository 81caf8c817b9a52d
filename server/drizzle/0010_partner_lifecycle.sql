CREATE TABLE "compliance_documents" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"organisation_id" text NOT NULL,
	"requirement_id" text NOT NULL,
	"status" text NOT NULL,
	"file_name" text,
	"content_type" text,
	"size_bytes" integer,
	"content" "bytea",
	"sha256" text,
	"issued_on" date,
	"expires_on" date,
	"submitted_by_id" text NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"reviewed_by_id" text,
	"reviewed_at" timestamp with time zone,
	"rejection_reason" text,
	"expiry_reminder_sent_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "compliance_requirements" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"regions" text[] DEFAULT '{}' NOT NULL,
	"partner_types" text[] DEFAULT '{}' NOT NULL,
	"is_mandatory" boolean DEFAULT true NOT NULL,
	"is_document_required" boolean DEFAULT true NOT NULL,
	"validity_months" integer,
	"reminder_days_before_expiry" integer DEFAULT 30 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sanctions_entries" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"upload_id" text NOT NULL,
	"name" text NOT NULL,
	"aliases" text[] DEFAULT '{}' NOT NULL,
	"country" text,
	"source" text,
	"reference" text
);
--> statement-breakpoint
CREATE TABLE "sanctions_entry_names" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"entry_id" text NOT NULL,
	"normalised_name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sanctions_hits" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"organisation_id" text NOT NULL,
	"upload_id" text NOT NULL,
	"entry_key" text NOT NULL,
	"screened_name" text NOT NULL,
	"matched_name" text NOT NULL,
	"score" real NOT NULL,
	"entry_name" text NOT NULL,
	"entry_aliases" text[] DEFAULT '{}' NOT NULL,
	"entry_country" text,
	"entry_source" text,
	"entry_reference" text,
	"status" text DEFAULT 'open' NOT NULL,
	"resolution_note" text,
	"resolved_by_id" text,
	"resolved_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sanctions_list_uploads" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"file_name" text NOT NULL,
	"entry_count" integer NOT NULL,
	"match_threshold" real DEFAULT 0.6 NOT NULL,
	"uploaded_by_id" text,
	"uploaded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
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
CREATE TABLE "partner_import_files" (
	"import_id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"organisation_id" text NOT NULL,
	"content" "bytea" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partner_import_rows" (
	"import_id" text NOT NULL,
	"row_number" integer NOT NULL,
	"workspace_id" text NOT NULL,
	"organisation_id" text NOT NULL,
	"status" text NOT NULL,
	"values" jsonb,
	"cells" text[],
	"errors" jsonb,
	"normalised_name" text,
	"normalised_domain" text,
	"candidate_id" text,
	"duplicate_of_row" integer,
	"match_reason" text,
	"match_score" real,
	"decision" text,
	"overwrite_fields" text[],
	"outcome" text,
	"result_id" text,
	CONSTRAINT "partner_import_rows_import_id_row_number_pk" PRIMARY KEY("import_id","row_number")
);
--> statement-breakpoint
CREATE TABLE "partner_imports" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"organisation_id" text NOT NULL,
	"created_by_id" text,
	"file_name" text NOT NULL,
	"format" text NOT NULL,
	"file_size" integer NOT NULL,
	"status" text DEFAULT 'uploaded' NOT NULL,
	"columns" text[] DEFAULT '{}' NOT NULL,
	"mapping" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"row_count" integer,
	"checkpoint_row" integer DEFAULT 0 NOT NULL,
	"progress_done" integer DEFAULT 0 NOT NULL,
	"progress_total" integer DEFAULT 0 NOT NULL,
	"valid_rows" integer DEFAULT 0 NOT NULL,
	"invalid_rows" integer DEFAULT 0 NOT NULL,
	"duplicate_rows" integer DEFAULT 0 NOT NULL,
	"created_count" integer DEFAULT 0 NOT NULL,
	"merged_count" integer DEFAULT 0 NOT NULL,
	"skipped_count" integer DEFAULT 0 NOT NULL,
	"failure_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone
);
--> statement-breakpoint
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
ALTER TABLE "compliance_documents" ADD CONSTRAINT "compliance_documents_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compliance_requirements" ADD CONSTRAINT "compliance_requirements_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sanctions_entries" ADD CONSTRAINT "sanctions_entries_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sanctions_entry_names" ADD CONSTRAINT "sanctions_entry_names_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sanctions_hits" ADD CONSTRAINT "sanctions_hits_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sanctions_list_uploads" ADD CONSTRAINT "sanctions_list_uploads_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onboarding_enrolment_steps" ADD CONSTRAINT "onboarding_enrolment_steps_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onboarding_enrolments" ADD CONSTRAINT "onboarding_enrolments_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onboarding_journeys" ADD CONSTRAINT "onboarding_journeys_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_import_files" ADD CONSTRAINT "partner_import_files_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_import_rows" ADD CONSTRAINT "partner_import_rows_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_imports" ADD CONSTRAINT "partner_imports_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ideal_partner_profiles" ADD CONSTRAINT "ideal_partner_profiles_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_applications" ADD CONSTRAINT "partner_applications_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_tier_changes" ADD CONSTRAINT "partner_tier_changes_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_tier_settings" ADD CONSTRAINT "partner_tier_settings_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_tier_states" ADD CONSTRAINT "partner_tier_states_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_tiers" ADD CONSTRAINT "partner_tiers_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "compliance_documents_organisation_idx" ON "compliance_documents" USING btree ("workspace_id","organisation_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "compliance_documents_one_pending" ON "compliance_documents" USING btree ("organisation_id","requirement_id") WHERE status = 'submitted';--> statement-breakpoint
CREATE UNIQUE INDEX "compliance_documents_one_approved" ON "compliance_documents" USING btree ("organisation_id","requirement_id") WHERE status = 'approved';--> statement-breakpoint
CREATE INDEX "compliance_requirements_workspace_idx" ON "compliance_requirements" USING btree ("workspace_id","id");--> statement-breakpoint
CREATE INDEX "sanctions_entries_workspace_idx" ON "sanctions_entries" USING btree ("workspace_id","id");--> statement-breakpoint
CREATE INDEX "sanctions_entry_names_entry_idx" ON "sanctions_entry_names" USING btree ("workspace_id","entry_id");--> statement-breakpoint
CREATE INDEX "sanctions_hits_workspace_idx" ON "sanctions_hits" USING btree ("workspace_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "sanctions_hits_once" ON "sanctions_hits" USING btree ("workspace_id","organisation_id","entry_key");--> statement-breakpoint
CREATE INDEX "sanctions_list_uploads_workspace_idx" ON "sanctions_list_uploads" USING btree ("workspace_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "onboarding_enrolment_steps_position" ON "onboarding_enrolment_steps" USING btree ("enrolment_id","position");--> statement-breakpoint
CREATE INDEX "onboarding_enrolment_steps_open_idx" ON "onboarding_enrolment_steps" USING btree ("workspace_id","organisation_id") WHERE completed_at IS NULL;--> statement-breakpoint
CREATE INDEX "onboarding_enrolments_workspace_idx" ON "onboarding_enrolments" USING btree ("workspace_id","id");--> statement-breakpoint
CREATE INDEX "onboarding_enrolments_organisation_idx" ON "onboarding_enrolments" USING btree ("workspace_id","organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "onboarding_enrolments_one_running" ON "onboarding_enrolments" USING btree ("organisation_id") WHERE completed_at IS NULL;--> statement-breakpoint
CREATE INDEX "onboarding_journeys_workspace_idx" ON "onboarding_journeys" USING btree ("workspace_id","id");--> statement-breakpoint
CREATE INDEX "partner_import_rows_status_idx" ON "partner_import_rows" USING btree ("import_id","status","row_number");--> statement-breakpoint
CREATE INDEX "partner_imports_workspace_idx" ON "partner_imports" USING btree ("workspace_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "ideal_partner_profiles_one_per_workspace" ON "ideal_partner_profiles" USING btree ("workspace_id");--> statement-breakpoint
CREATE INDEX "partner_applications_workspace_idx" ON "partner_applications" USING btree ("workspace_id","status","id");--> statement-breakpoint
CREATE INDEX "partner_applications_score_idx" ON "partner_applications" USING btree ("workspace_id","status","fit_score","id");--> statement-breakpoint
CREATE INDEX "partner_tier_changes_organisation_idx" ON "partner_tier_changes" USING btree ("workspace_id","organisation_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "partner_tiers_key" ON "partner_tiers" USING btree ("workspace_id","key");--> statement-breakpoint
CREATE UNIQUE INDEX "partner_tiers_rank" ON "partner_tiers" USING btree ("workspace_id","rank");
--> statement-breakpoint
-- hand-written: partner_import
-- Imports, their files and rows belong to the vendor's organisation: partners never see them.
SELECT trellis_enable_tenant_rls('partner_imports', 'organisation_id');
--> statement-breakpoint
SELECT trellis_enable_tenant_rls('partner_import_files', 'organisation_id');
--> statement-breakpoint
SELECT trellis_enable_tenant_rls('partner_import_rows', 'organisation_id');
--> statement-breakpoint
-- A company name reduced to what identifies the company, so "Globex Ltd." and "GLOBEX Limited"
-- compare equal: lower case, punctuation and spacing collapsed, legal-form suffixes dropped
-- (repeatedly: "GmbH & Co. KG"). A name that is nothing but a suffix keeps it. The one definition:
-- the generated column below and the import's lookups both call it.
CREATE FUNCTION trellis_normalise_company_name(name text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT coalesce(nullif(btrim(regexp_replace(' ' || cleaned,
    '( (inc|incorporated|corp|corporation|co|company|ltd|limited|llc|llp|lp|plc|gmbh|mbh|ag|kg|ohg|ug|se|sa|sas|sarl|srl|spa|bv|nv|ab|as|asa|oy|oyj|aps|pty|pte|kk|bhd|sdn))+$',
    '')), ''), cleaned)
  FROM (SELECT btrim(regexp_replace(lower(name), '[[:punct:][:space:]]+', ' ', 'g')) AS cleaned) AS c
$$;
--> statement-breakpoint
-- Generated, not written by the app: every way a partner is created (forms, imports, recruitment)
-- is matched the same way without knowing about it.
ALTER TABLE organisations ADD COLUMN normalised_name text
  GENERATED ALWAYS AS (trellis_normalise_company_name(name)) STORED;
--> statement-breakpoint
ALTER TABLE organisations ADD COLUMN normalised_domain text
  GENERATED ALWAYS AS (regexp_replace(lower(website_domain), '^www[0-9]*\.', '')) STORED;
--> statement-breakpoint
CREATE INDEX organisations_normalised_name_idx ON organisations (workspace_id, normalised_name);
--> statement-breakpoint
CREATE INDEX organisations_normalised_domain_idx ON organisations (workspace_id, normalised_domain);
--> statement-breakpoint
-- GiST, not GIN: it answers "the nearest names" (ORDER BY <-> LIMIT n) by walking the index,
-- where GIN would have to score every partner sharing a trigram ("systems", "consulting"…).
CREATE INDEX organisations_normalised_name_trgm ON organisations USING gist (normalised_name gist_trgm_ops);

--> statement-breakpoint
-- hand-written: partner_compliance
-- Row-level security: documents belong to their partner; requirements are the vendor's and read by
-- every partner of the workspace. The sanctions list and its hits are the vendor's alone: a partner
-- must never learn it was screened or matched, so they are restricted to vendor staff and the system.
SELECT trellis_enable_tenant_rls('compliance_documents', 'organisation_id');
--> statement-breakpoint
SELECT trellis_enable_tenant_rls('compliance_requirements');
--> statement-breakpoint
SELECT trellis_enable_tenant_rls('sanctions_list_uploads');
--> statement-breakpoint
SELECT trellis_enable_tenant_rls('sanctions_entries');
--> statement-breakpoint
SELECT trellis_enable_tenant_rls('sanctions_entry_names');
--> statement-breakpoint
SELECT trellis_enable_tenant_rls('sanctions_hits', 'organisation_id');
--> statement-breakpoint
CREATE POLICY vendor_only ON sanctions_list_uploads AS RESTRICTIVE
  USING (trellis_actor_kind() IN ('vendor', 'system')) WITH CHECK (trellis_actor_kind() IN ('vendor', 'system'));
--> statement-breakpoint
CREATE POLICY vendor_only ON sanctions_entries AS RESTRICTIVE
  USING (trellis_actor_kind() IN ('vendor', 'system')) WITH CHECK (trellis_actor_kind() IN ('vendor', 'system'));
--> statement-breakpoint
CREATE POLICY vendor_only ON sanctions_entry_names AS RESTRICTIVE
  USING (trellis_actor_kind() IN ('vendor', 'system')) WITH CHECK (trellis_actor_kind() IN ('vendor', 'system'));
--> statement-breakpoint
CREATE POLICY vendor_only ON sanctions_hits AS RESTRICTIVE
  USING (trellis_actor_kind() IN ('vendor', 'system')) WITH CHECK (trellis_actor_kind() IN ('vendor', 'system'));
--> statement-breakpoint
-- Submissions are evidence: the app moves their status along but never deletes one.
REVOKE DELETE, TRUNCATE ON compliance_documents FROM trellis_app;
--> statement-breakpoint
CREATE INDEX sanctions_entry_names_trgm ON sanctions_entry_names USING gin (normalised_name gin_trgm_ops);
--> statement-breakpoint
-- The one cross-workspace question the daily expiry check asks: which workspaces hold approved
-- submissions that expire (the check then runs in each as its system actor, under RLS).
CREATE FUNCTION trellis_workspaces_with_expiring_compliance()
RETURNS TABLE (workspace_id text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT DISTINCT d.workspace_id FROM compliance_documents d
  WHERE d.status = 'approved' AND d.expires_on IS NOT NULL
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION trellis_workspaces_with_expiring_compliance() FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION trellis_workspaces_with_expiring_compliance() TO trellis_app;
--> statement-breakpoint
-- Whether a vendor confirmed a sanctions match, for compliance checks run in any actor's
-- transaction (a partner's deal registration too): which of these organisations of the actor's
-- workspace are held, and nothing about the match itself.
CREATE FUNCTION trellis_organisations_on_compliance_hold(p_organisation_ids text[])
RETURNS TABLE (organisation_id text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT DISTINCT h.organisation_id FROM sanctions_hits h
  WHERE h.workspace_id = trellis_actor_workspace()
    AND h.organisation_id = ANY (p_organisation_ids)
    AND h.status = 'confirmed'
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION trellis_organisations_on_compliance_hold(text[]) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION trellis_organisations_on_compliance_hold(text[]) TO trellis_app;

--> statement-breakpoint
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

--> statement-breakpoint
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

--> statement-breakpoint
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
