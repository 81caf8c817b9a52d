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
--> statement-breakpoint
-- hand-written: deal_conflict_tuning
-- The conflict check used to find similar names by trigram distance (GiST, ORDER BY <-> LIMIT n).
-- On a million accounts that walks most of the index for every check (0.3–3 s measured in
-- bench/deal-registration.bench.ts), because company names share most of their trigrams. It now
-- looks names up by keys instead, each an index probe: the name's sound word by word in
-- alphabetical order (typos that keep the consonants, reordered words, "&" against "and"), the
-- sound of it written as one word ("Oak Ridge", "Oakridge"), and the sound of its first word (the same company with words added or dropped, ranked by trigram
-- similarity among those). The app still scores every candidate.
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;
--> statement-breakpoint
-- The key functions name their schema instead of setting search_path: they run for every row
-- written, and a function with its own search_path can neither be inlined nor skip the setting's
-- save and restore on each call.
-- Metaphone of each word, filler words left out, sorted and de-duplicated: "siemans" and
-- "siemens", "systems cyberdyne" and "cyberdyne systems", "smith and nephew" and "smith nephew"
-- share a key. Null when nothing is left (a name in a script metaphone does not read).
CREATE FUNCTION trellis_company_name_key(p_normalised_name text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT nullif(string_agg(DISTINCT code, ' ' ORDER BY code), '')
  FROM (
    SELECT public.metaphone(word, 12) AS code
    FROM unnest(string_to_array(p_normalised_name, ' ')) AS word
    WHERE word NOT IN ('and', 'of', 'the', 'e', 'y', 'de', 'der', 'die', 'la', 'le', 'les', 'del', 'du', 'van', 'von')
  ) AS codes
  WHERE code <> ''
$$;
--> statement-breakpoint
-- Metaphone of the first word, or null: the block a name's longer and shorter forms fall in.
CREATE FUNCTION trellis_company_first_word_key(p_normalised_name text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT nullif(public.metaphone(split_part(p_normalised_name, ' ', 1), 12), '')
$$;
--> statement-breakpoint
-- Metaphone of the whole name with its spaces taken out, or null: "oak ridge" and "oakridge".
CREATE FUNCTION trellis_company_compact_key(p_normalised_name text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT nullif(public.metaphone(replace(p_normalised_name, ' ', ''), 16), '')
$$;
--> statement-breakpoint
CREATE INDEX customer_accounts_name_key_idx ON customer_accounts (workspace_id, trellis_company_name_key(normalised_name));
--> statement-breakpoint
-- The name rides along in the first-word index, so ranking a block reads no table pages.
CREATE INDEX customer_accounts_first_word_key_idx ON customer_accounts (workspace_id, trellis_company_first_word_key(normalised_name))
  INCLUDE (id, normalised_name);
--> statement-breakpoint
CREATE INDEX customer_accounts_compact_key_idx ON customer_accounts (workspace_id, trellis_company_compact_key(normalised_name));
--> statement-breakpoint
CREATE INDEX deal_registrations_active_compact_key_idx ON deal_registrations (workspace_id, trellis_company_compact_key(normalised_customer_name))
  WHERE status IN ('pending_approval', 'more_info_requested', 'approved');
--> statement-breakpoint
CREATE INDEX deal_registrations_active_name_key_idx ON deal_registrations (workspace_id, trellis_company_name_key(normalised_customer_name))
  WHERE status IN ('pending_approval', 'more_info_requested', 'approved');
--> statement-breakpoint
CREATE INDEX deal_registrations_active_first_word_key_idx ON deal_registrations (workspace_id, trellis_company_first_word_key(normalised_customer_name))
  INCLUDE (id, normalised_customer_name) WHERE status IN ('pending_approval', 'more_info_requested', 'approved');
--> statement-breakpoint
-- The conflict check has to see every partner's active registrations, which row-level security
-- hides from a partner. This answers exactly that question for the actor's workspace: the
-- candidates sharing the domain or the normalised name (capped at the 50 earliest: the earliest is
-- what first-in needs), and similar names found by sound keys; the app scores them and words what
-- the partner may read. PL/pgSQL so its plan is cached per connection: planning the lookups took
-- longer (6 ms) than running them (under 2 ms). Fuzzy candidates come from the two keys (p_nearest
-- most similar of each); within a first-word block at most 500 rows are ranked, so a very common
-- first word costs a bounded amount. The account domain lookup is ordered by a column no index
-- sorts by, so the planner reads the GIN index on domains instead of walking the table hoping to
-- meet 50 matches early: without statistics on a million distinct domains it guesses 0.5% match.
CREATE FUNCTION trellis_deal_conflict_candidates(p_name text, p_domain text, p_exclude_registration text, p_nearest int)
RETURNS TABLE (
  source text, id text, organisation_id text, name text, normalised_name text, domains text[],
  country text, name_similarity real, registered_at timestamptz, is_direct_only boolean, open_opportunities int
)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
#variable_conflict use_column
BEGIN
  RETURN QUERY
  WITH registration_ids AS (
    (SELECT r.id FROM deal_registrations r
      WHERE r.workspace_id = trellis_actor_workspace() AND p_domain IS NOT NULL AND r.customer_domain = p_domain
        AND r.status IN ('pending_approval', 'more_info_requested', 'approved')
      ORDER BY r.registered_at LIMIT 50)
    UNION
    (SELECT r.id FROM deal_registrations r
      WHERE r.workspace_id = trellis_actor_workspace() AND r.normalised_customer_name = p_name
        AND r.status IN ('pending_approval', 'more_info_requested', 'approved')
      ORDER BY r.registered_at LIMIT 50)
    UNION
    (SELECT r.id FROM deal_registrations r
      WHERE r.workspace_id = trellis_actor_workspace()
        AND trellis_company_name_key(r.normalised_customer_name) = trellis_company_name_key(p_name)
        AND r.status IN ('pending_approval', 'more_info_requested', 'approved')
      ORDER BY r.registered_at LIMIT 50)
    UNION
    (SELECT r.id FROM deal_registrations r
      WHERE r.workspace_id = trellis_actor_workspace()
        AND trellis_company_compact_key(r.normalised_customer_name) = trellis_company_compact_key(p_name)
        AND r.status IN ('pending_approval', 'more_info_requested', 'approved')
      ORDER BY r.registered_at LIMIT 50)
    UNION
    (SELECT block.id FROM (
        SELECT r.id, r.normalised_customer_name FROM deal_registrations r
        WHERE r.workspace_id = trellis_actor_workspace()
          AND trellis_company_first_word_key(r.normalised_customer_name) = trellis_company_first_word_key(p_name)
          AND r.status IN ('pending_approval', 'more_info_requested', 'approved')
        LIMIT 500) AS block
      ORDER BY similarity(block.normalised_customer_name, p_name) DESC LIMIT p_nearest)
  ), account_ids AS (
    (SELECT a.id FROM customer_accounts a
      WHERE a.workspace_id = trellis_actor_workspace() AND p_domain IS NOT NULL AND a.domains @> ARRAY[p_domain]
      ORDER BY a.created_at, a.id LIMIT 50)
    UNION
    (SELECT a.id FROM customer_accounts a
      WHERE a.workspace_id = trellis_actor_workspace() AND a.normalised_name = p_name
      LIMIT 50)
    UNION
    (SELECT a.id FROM customer_accounts a
      WHERE a.workspace_id = trellis_actor_workspace()
        AND trellis_company_name_key(a.normalised_name) = trellis_company_name_key(p_name)
      LIMIT 50)
    UNION
    (SELECT a.id FROM customer_accounts a
      WHERE a.workspace_id = trellis_actor_workspace()
        AND trellis_company_compact_key(a.normalised_name) = trellis_company_compact_key(p_name)
      LIMIT 50)
    UNION
    (SELECT block.id FROM (
        SELECT a.id, a.normalised_name FROM customer_accounts a
        WHERE a.workspace_id = trellis_actor_workspace()
          AND trellis_company_first_word_key(a.normalised_name) = trellis_company_first_word_key(p_name)
        LIMIT 500) AS block
      ORDER BY similarity(block.normalised_name, p_name) DESC LIMIT p_nearest)
  )
  SELECT 'registration', r.id, r.organisation_id, r.customer_name, r.normalised_customer_name,
    CASE WHEN r.customer_domain IS NULL THEN '{}'::text[] ELSE ARRAY[r.customer_domain] END,
    r.country, similarity(r.normalised_customer_name, p_name), r.registered_at, false, 0
  FROM deal_registrations r JOIN registration_ids USING (id)
  WHERE r.id IS DISTINCT FROM p_exclude_registration
  UNION ALL
  SELECT CASE WHEN a.is_direct_only THEN 'direct_only_account' ELSE 'account' END, a.id, NULL, a.name,
    a.normalised_name, a.domains, a.country, similarity(a.normalised_name, p_name), NULL, a.is_direct_only,
    (SELECT count(*)::int FROM customer_opportunities o WHERE o.account_id = a.id AND o.is_open)
  FROM customer_accounts a JOIN account_ids USING (id);
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION trellis_deal_conflict_candidates(text, text, text, int) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION trellis_deal_conflict_candidates(text, text, text, int) TO trellis_app;
