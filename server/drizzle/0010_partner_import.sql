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
ALTER TABLE "partner_import_files" ADD CONSTRAINT "partner_import_files_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_import_rows" ADD CONSTRAINT "partner_import_rows_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_imports" ADD CONSTRAINT "partner_imports_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "partner_import_rows_status_idx" ON "partner_import_rows" USING btree ("import_id","status","row_number");--> statement-breakpoint
CREATE INDEX "partner_imports_workspace_idx" ON "partner_imports" USING btree ("workspace_id","id");--> statement-breakpoint
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
