-- SPDX-License-Identifier: MPL-2.0
-- PostgreSQL: every committed insert, update and delete of a Rådslag table
-- is announced on the channel "raadslag" as "table op id" (id empty for a
-- table without an id column), so that every connected client hears of a
-- colleague's change (RsDatabase LISTENs on its own connection). Run again
-- at the end of each migration, so that new tables are covered too.

CREATE OR REPLACE FUNCTION raadslag_notify() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  r jsonb := to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN old ELSE new END);
BEGIN
  PERFORM pg_notify('raadslag', TG_TABLE_NAME || ' ' || lower(TG_OP) || ' ' ||
                    coalesce(r->>'id', ''));
  RETURN NULL;
END $$;

DO $$
DECLARE
  t text;
BEGIN
  FOR t IN SELECT table_name FROM information_schema.tables
           WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
             AND table_name <> 'raadslag_schema' LOOP
    EXECUTE format('DROP TRIGGER IF EXISTS raadslag_notify ON %I', t);
    EXECUTE format('CREATE TRIGGER raadslag_notify AFTER INSERT OR UPDATE OR DELETE ON %I '
                   'FOR EACH ROW EXECUTE FUNCTION raadslag_notify()', t);
  END LOOP;
END $$;
