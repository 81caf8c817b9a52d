ALTER TABLE "deal_registrations" ALTER COLUMN "registered_at" SET DEFAULT clock_timestamp();--> statement-breakpoint
-- trellis_insert_rows now also answers what it wrote to the tables asked for ("returning": true):
-- {"deal_registrations": [{…the row as stored, defaults and identity filled in…}]}, so a batch
-- writes its registrations and their rows in one round trip. The caller names the columns
-- ("columns": [...]) instead of the function gathering every row's keys, which cost a tenth of a
-- millisecond per table. The return type changes, hence the drop.
DROP FUNCTION trellis_insert_rows(jsonb);
--> statement-breakpoint
CREATE FUNCTION trellis_insert_rows(p_inserts jsonb) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
  v_insert jsonb;
  v_columns text;
  v_written jsonb;
  v_answer jsonb := '{}';
BEGIN
  FOR v_insert IN SELECT value FROM jsonb_array_elements(p_inserts) WITH ORDINALITY ORDER BY ordinality LOOP
    SELECT string_agg(quote_ident(name), ', ') INTO v_columns
    FROM jsonb_array_elements_text(v_insert -> 'columns') AS c(name);
    CONTINUE WHEN v_columns IS NULL;
    IF coalesce((v_insert -> 'returning')::boolean, false) THEN
      EXECUTE format('WITH written AS (INSERT INTO %1$s (%2$s) SELECT %2$s FROM jsonb_populate_recordset(NULL::%1$s, $1) RETURNING *)
          SELECT coalesce(jsonb_agg(to_jsonb(written)), ''[]'') FROM written',
        (v_insert ->> 'table')::regclass, v_columns) INTO v_written USING v_insert -> 'rows';
      v_answer := v_answer || jsonb_build_object(v_insert ->> 'table', v_written);
    ELSE
      EXECUTE format('INSERT INTO %1$s (%2$s) SELECT %2$s FROM jsonb_populate_recordset(NULL::%1$s, $1)',
        (v_insert ->> 'table')::regclass, v_columns) USING v_insert -> 'rows';
    END IF;
  END LOOP;
  RETURN v_answer;
END
$$;
--> statement-breakpoint
-- Among registrations with a similar-sounding first word, the nearest names are now distinct
-- names, each by its earliest registration: a customer registered many times under one spelling no
-- longer crowds the earliest registration of another spelling out of the nearest few, which is the
-- one first-in has to find.
CREATE OR REPLACE FUNCTION trellis_deal_conflict_candidates(p_name text, p_domain text, p_exclude_registration text, p_nearest integer)
 RETURNS TABLE(source text, id text, organisation_id text, name text, normalised_name text, domains text[], country text, name_similarity real, registered_at timestamp with time zone, is_direct_only boolean, open_opportunities integer)
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO 'public', 'pg_temp'
 SET plan_cache_mode TO 'force_generic_plan'
AS $function$
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
        SELECT DISTINCT ON (r.normalised_customer_name) r.id, r.normalised_customer_name FROM (
          SELECT r.id, r.normalised_customer_name, r.registered_at FROM deal_registrations r
          WHERE r.workspace_id = trellis_actor_workspace()
            AND trellis_company_first_word_key(r.normalised_customer_name) = trellis_company_first_word_key(p_name)
            AND r.status IN ('pending_approval', 'more_info_requested', 'approved')
          LIMIT 500) AS r
        ORDER BY r.normalised_customer_name, r.registered_at) AS block
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
$function$;
