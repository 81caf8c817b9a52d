ALTER TABLE "deal_registration_approvals" ADD COLUMN "answer" text;--> statement-breakpoint
ALTER TABLE "deal_registration_approvals" ADD COLUMN "answered_by_id" text;--> statement-breakpoint
ALTER TABLE "deal_registration_approvals" ADD COLUMN "answered_at" timestamp with time zone;--> statement-breakpoint
-- hand-written: deal_approvals
-- The one cross-workspace question the deal timers (approval SLAs, protection, stale alerts) ask:
-- which workspaces hold registrations waiting on an approver or protected. The checks then run in
-- each as its system actor, under row-level security.
CREATE FUNCTION trellis_workspaces_with_live_deal_registrations()
RETURNS TABLE (workspace_id text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT DISTINCT r.workspace_id FROM deal_registrations r
  WHERE r.status IN ('pending_approval', 'approved')
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION trellis_workspaces_with_live_deal_registrations() FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION trellis_workspaces_with_live_deal_registrations() TO trellis_app;
