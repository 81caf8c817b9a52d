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
