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
