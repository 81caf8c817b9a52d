-- Partners do not see vendor staff, yet each partner should see who looks after it. This narrow
-- definer function returns name and e-mail only of people who manage an organisation the caller
-- can see (the same visibility the organisations policy applies), in one query of the caller's
-- own transaction.
CREATE FUNCTION trellis_partner_managers(p_ids text[])
RETURNS TABLE (id text, name text, email text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT u.id, u.name, u.email
  FROM users u
  WHERE u.workspace_id = trellis_actor_workspace()
    AND u.id = ANY (p_ids)
    AND EXISTS (
      SELECT 1 FROM organisations o
      WHERE o.workspace_id = u.workspace_id
        AND o.partner_manager_id = u.id
        AND (o.kind = 'vendor' OR trellis_org_visible(o.id))
    )
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION trellis_partner_managers(text[]) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION trellis_partner_managers(text[]) TO trellis_app;
