-- Like trellis_workspaces_with_pending_events: the one cross-workspace question the e-mail pump asks.
CREATE FUNCTION trellis_workspaces_with_pending_emails(p_limit integer)
RETURNS TABLE (workspace_id text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT DISTINCT m.workspace_id FROM email_outbox m WHERE m.status = 'pending' LIMIT p_limit
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION trellis_workspaces_with_pending_emails(integer) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION trellis_workspaces_with_pending_emails(integer) TO trellis_app;
--> statement-breakpoint
CREATE INDEX email_outbox_pending_idx ON email_outbox (workspace_id, id) WHERE status = 'pending';
