-- The candidate query's plan does not depend on the name or domain asked for: every branch is an
-- index lookup. Left to choose, PostgreSQL planned it afresh on every call, which cost five times
-- the lookups themselves; a generic plan is made once per connection and kept.
ALTER FUNCTION trellis_deal_conflict_candidates(text, text, text, int) SET plan_cache_mode = force_generic_plan;
--> statement-breakpoint
-- The name key as PL/pgSQL, with the same result: as a SQL function it could not be inlined, so
-- each statement that used it planned its body again (about a millisecond, twice per conflict
-- check and once per registration written). PL/pgSQL keeps the plan for the session.
CREATE OR REPLACE FUNCTION trellis_company_name_key(p_normalised_name text) RETURNS text
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
BEGIN
  RETURN (
    SELECT nullif(string_agg(DISTINCT code, ' ' ORDER BY code), '')
    FROM (
      SELECT public.metaphone(word, 12) AS code
      FROM unnest(string_to_array(p_normalised_name, ' ')) AS word
      WHERE word NOT IN ('and', 'of', 'the', 'e', 'y', 'de', 'der', 'die', 'la', 'le', 'les', 'del', 'du', 'van', 'von')
    ) AS codes
    WHERE code <> ''
  );
END
$$;
--> statement-breakpoint
-- Writes rows into several tables in one round trip, in the order given:
-- p_inserts = [{"table": "deal_stage_changes", "rows": [{"id": …, "workspace_id": …}, …]}, …].
-- Columns are the keys the rows carry (a key missing from one row is NULL there); columns no row
-- names keep their defaults. Runs as the caller, so row-level security checks every row.
CREATE FUNCTION trellis_insert_rows(p_inserts jsonb) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  v_insert jsonb;
  v_columns text;
BEGIN
  FOR v_insert IN SELECT value FROM jsonb_array_elements(p_inserts) WITH ORDINALITY ORDER BY ordinality LOOP
    SELECT string_agg(DISTINCT quote_ident(key), ', ') INTO v_columns
    FROM jsonb_array_elements(v_insert -> 'rows') AS r(value), jsonb_object_keys(r.value) AS key;
    CONTINUE WHEN v_columns IS NULL;
    EXECUTE format('INSERT INTO %1$s (%2$s) SELECT %2$s FROM jsonb_populate_recordset(NULL::%1$s, $1)',
      (v_insert ->> 'table')::regclass, v_columns) USING v_insert -> 'rows';
  END LOOP;
END
$$;
