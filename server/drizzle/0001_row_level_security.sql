-- Row-level security: the database itself enforces workspace and partner isolation.
-- The app connects as trellis_app (no BYPASSRLS) and sets its actor per transaction with
-- set_config('trellis.*', …, true); see server/src/platform/context.ts.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'trellis_app') THEN
    CREATE ROLE trellis_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
END $$;
--> statement-breakpoint
GRANT trellis_app TO CURRENT_USER;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO trellis_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO trellis_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO trellis_app;
--> statement-breakpoint

-- The actor of the current transaction. Unset settings read as NULL, which every policy treats as
-- "sees nothing": forgetting to set the actor fails closed.
CREATE FUNCTION trellis_actor_workspace() RETURNS text LANGUAGE sql STABLE
  AS $$ SELECT nullif(current_setting('trellis.workspace_id', true), '') $$;
--> statement-breakpoint
CREATE FUNCTION trellis_actor_organisation() RETURNS text LANGUAGE sql STABLE
  AS $$ SELECT nullif(current_setting('trellis.organisation_id', true), '') $$;
--> statement-breakpoint
-- 'vendor' | 'partner' | 'system' (background jobs, sign-in, seeding)
CREATE FUNCTION trellis_actor_kind() RETURNS text LANGUAGE sql STABLE
  AS $$ SELECT nullif(current_setting('trellis.actor_kind', true), '') $$;
--> statement-breakpoint
-- NULL: no regional limit; otherwise the regions a regional manager covers.
CREATE FUNCTION trellis_actor_regions() RETURNS text[] LANGUAGE sql STABLE
  AS $$ SELECT nullif(current_setting('trellis.regions', true), '')::text[] $$;
--> statement-breakpoint

-- Whether the actor may see rows owned by organisation `org`. A partner sees only its own
-- organisation's rows; a regional vendor user sees the vendor's rows and partners in its regions.
CREATE FUNCTION trellis_org_visible(org text) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT CASE trellis_actor_kind()
    WHEN 'system' THEN true
    WHEN 'partner' THEN org IS NOT NULL AND org = trellis_actor_organisation()
    WHEN 'vendor' THEN
      org IS NULL
      OR trellis_actor_regions() IS NULL
      OR org = trellis_actor_organisation()
      OR EXISTS (SELECT 1 FROM organisations o WHERE o.id = org AND o.region = ANY (trellis_actor_regions()))
    ELSE false
  END
$$;
--> statement-breakpoint

-- One call per tenant table: every later module's migration uses it for its own tables.
-- organisation_column names the column holding the owning organisation, or NULL for tables that
-- are workspace-wide (visible to everyone in the workspace the API lets see them).
CREATE FUNCTION trellis_enable_tenant_rls(target regclass, organisation_column text DEFAULT NULL)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', target);
  EXECUTE format(
    'CREATE POLICY workspace_isolation ON %s AS RESTRICTIVE USING (workspace_id = trellis_actor_workspace()) WITH CHECK (workspace_id = trellis_actor_workspace())',
    target);
  IF organisation_column IS NULL THEN
    EXECUTE format('CREATE POLICY organisation_visibility ON %s USING (true) WITH CHECK (true)', target);
  ELSE
    EXECUTE format(
      'CREATE POLICY organisation_visibility ON %s USING (trellis_org_visible(%I)) WITH CHECK (trellis_org_visible(%I))',
      target, organisation_column, organisation_column);
  END IF;
END $$;
--> statement-breakpoint

ALTER TABLE workspaces ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY workspace_isolation ON workspaces
  USING (id = trellis_actor_workspace()) WITH CHECK (id = trellis_actor_workspace());
--> statement-breakpoint

-- Organisations: the vendor's own record is shared with every partner in the workspace.
ALTER TABLE organisations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY workspace_isolation ON organisations AS RESTRICTIVE
  USING (workspace_id = trellis_actor_workspace()) WITH CHECK (workspace_id = trellis_actor_workspace());
--> statement-breakpoint
CREATE POLICY organisation_visibility ON organisations
  USING (CASE trellis_actor_kind()
    WHEN 'system' THEN true
    WHEN 'partner' THEN kind = 'vendor' OR id = trellis_actor_organisation()
    WHEN 'vendor' THEN kind = 'vendor' OR trellis_actor_regions() IS NULL OR region = ANY (trellis_actor_regions())
    ELSE false END)
  WITH CHECK (CASE trellis_actor_kind()
    WHEN 'system' THEN true
    WHEN 'partner' THEN id = trellis_actor_organisation()
    WHEN 'vendor' THEN kind = 'vendor' OR trellis_actor_regions() IS NULL OR region = ANY (trellis_actor_regions())
    ELSE false END);
--> statement-breakpoint
CREATE INDEX organisations_name_trgm ON organisations USING gin (name gin_trgm_ops);
--> statement-breakpoint

SELECT trellis_enable_tenant_rls('users', 'organisation_id');
--> statement-breakpoint
SELECT trellis_enable_tenant_rls('invitations', 'organisation_id');
--> statement-breakpoint
SELECT trellis_enable_tenant_rls('sessions', 'organisation_id');
--> statement-breakpoint
SELECT trellis_enable_tenant_rls('password_resets', 'organisation_id');
--> statement-breakpoint
SELECT trellis_enable_tenant_rls('api_keys', 'organisation_id');
--> statement-breakpoint
SELECT trellis_enable_tenant_rls('audit_events', 'organisation_id');
--> statement-breakpoint
SELECT trellis_enable_tenant_rls('audit_chain_heads');
--> statement-breakpoint
SELECT trellis_enable_tenant_rls('email_outbox', 'organisation_id');
--> statement-breakpoint
SELECT trellis_enable_tenant_rls('idempotency_keys');
--> statement-breakpoint

GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO trellis_app;
--> statement-breakpoint
-- The audit trail is append-only for the application.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_events FROM trellis_app;
--> statement-breakpoint

-- Sign-in has to find a row before it knows whose transaction it is. These functions run as the
-- table owner and answer exactly one lookup by a secret (token hash or e-mail), nothing more.
CREATE FUNCTION trellis_auth_principal_by_email(p_email text)
RETURNS TABLE (user_id text, workspace_id text, organisation_id text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT u.id, u.workspace_id, u.organisation_id FROM users u WHERE lower(u.email) = lower(p_email)
$$;
--> statement-breakpoint
CREATE FUNCTION trellis_auth_session(p_token_hash text)
RETURNS TABLE (
  session_id text, workspace_id text, organisation_id text, organisation_kind text, user_id text,
  role text, regions text[], is_mfa_pending boolean, last_seen_at timestamptz, expires_at timestamptz
)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT s.id, s.workspace_id, s.organisation_id, o.kind, u.id, u.role, u.regions, s.is_mfa_pending,
         s.last_seen_at, s.expires_at
  FROM sessions s
  JOIN users u ON u.id = s.user_id
  JOIN organisations o ON o.id = s.organisation_id
  WHERE s.token_hash = p_token_hash AND u.status = 'active' AND o.status = 'active'
$$;
--> statement-breakpoint
CREATE FUNCTION trellis_auth_api_key(p_key_hash text)
RETURNS TABLE (
  api_key_id text, workspace_id text, organisation_id text, organisation_kind text, user_id text,
  role text, regions text[], scopes text[], expires_at timestamptz, revoked_at timestamptz,
  last_used_at timestamptz
)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT k.id, k.workspace_id, k.organisation_id, o.kind, u.id, u.role, u.regions, k.scopes,
         k.expires_at, k.revoked_at, k.last_used_at
  FROM api_keys k
  JOIN users u ON u.id = k.created_by
  JOIN organisations o ON o.id = k.organisation_id
  WHERE k.key_hash = p_key_hash AND u.status = 'active' AND o.status = 'active'
$$;
--> statement-breakpoint
CREATE FUNCTION trellis_auth_invitation(p_token_hash text)
RETURNS TABLE (invitation_id text, workspace_id text, organisation_id text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT i.id, i.workspace_id, i.organisation_id FROM invitations i WHERE i.token_hash = p_token_hash
$$;
--> statement-breakpoint
CREATE FUNCTION trellis_auth_password_reset(p_token_hash text)
RETURNS TABLE (password_reset_id text, workspace_id text, organisation_id text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT r.id, r.workspace_id, r.organisation_id FROM password_resets r WHERE r.token_hash = p_token_hash
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION trellis_auth_principal_by_email(text), trellis_auth_session(text), trellis_auth_api_key(text),
  trellis_auth_invitation(text), trellis_auth_password_reset(text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION trellis_auth_principal_by_email(text), trellis_auth_session(text), trellis_auth_api_key(text),
  trellis_auth_invitation(text), trellis_auth_password_reset(text) TO trellis_app;
