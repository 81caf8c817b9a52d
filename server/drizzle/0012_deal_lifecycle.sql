ALTER TABLE "deal_disputes" ADD COLUMN "evidence_urls" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "deal_registration_approvals" ADD COLUMN "answer" text;--> statement-breakpoint
ALTER TABLE "deal_registration_approvals" ADD COLUMN "answered_by_id" text;--> statement-breakpoint
ALTER TABLE "deal_registration_approvals" ADD COLUMN "answered_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "deal_stage_changes" ADD COLUMN "lost_reason" text;
--> statement-breakpoint
-- hand-written: accounts
-- The rules of engagement name the accounts reserved for direct sales, and partners read them in
-- the portal; row-level security keeps customer accounts from partners altogether. This answers
-- exactly that question for the actor's workspace: the names and countries of direct-only
-- accounts, never their domains, owners or reasons.
CREATE FUNCTION trellis_direct_only_account_names()
RETURNS TABLE (name text, country text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT a.name, a.country FROM customer_accounts a
  WHERE a.workspace_id = trellis_actor_workspace() AND a.is_direct_only
  ORDER BY a.normalised_name, a.id
  LIMIT 1000
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION trellis_direct_only_account_names() FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION trellis_direct_only_account_names() TO trellis_app;

--> statement-breakpoint
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

--> statement-breakpoint
-- hand-written: deal_collaboration
-- A credit line belongs to the partner it credits, so the registering partner cannot read the
-- other lines of its own deal. It may know how many partners share the deal, never who: this
-- answers only the count, and only to someone who can see the registration or holds a line on it.
CREATE FUNCTION trellis_deal_partner_count(p_registration text) RETURNS int
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT count(*)::int FROM deal_registration_partners p
  JOIN deal_registrations r ON r.id = p.registration_id
  WHERE p.registration_id = p_registration
    AND r.workspace_id = trellis_actor_workspace()
    AND (trellis_actor_kind() IN ('vendor', 'system')
      OR r.organisation_id = trellis_actor_organisation()
      OR EXISTS (SELECT 1 FROM deal_registration_partners mine
        WHERE mine.registration_id = p_registration AND mine.organisation_id = trellis_actor_organisation()))
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION trellis_deal_partner_count(text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION trellis_deal_partner_count(text) TO trellis_app;
--> statement-breakpoint
-- A partner credited on another partner's deal may see that deal exists (co-selling), but row-level
-- security keeps the registration with the registering partner. This lists the actor's own credit
-- lines with the few facts of the deal it needs: reference, customer, stage and status. Not the
-- registering partner, not the amount, not the other lines.
CREATE FUNCTION trellis_deal_credits()
RETURNS TABLE (
  registration_id text, number bigint, customer_name text, stage text, status text,
  role text, credit_percent numeric, is_registering_partner boolean, registered_at timestamptz
)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT r.id, r.number, r.customer_name, r.stage, r.status, p.role, p.credit_percent,
    r.organisation_id = p.organisation_id, r.registered_at
  FROM deal_registration_partners p
  JOIN deal_registrations r ON r.id = p.registration_id
  WHERE trellis_actor_kind() = 'partner'
    AND p.workspace_id = trellis_actor_workspace()
    AND r.workspace_id = trellis_actor_workspace()
    AND p.organisation_id = trellis_actor_organisation()
  ORDER BY r.registered_at DESC, r.id DESC
  LIMIT 500
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION trellis_deal_credits() FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION trellis_deal_credits() TO trellis_app;
