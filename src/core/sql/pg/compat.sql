-- SPDX-License-Identifier: MPL-2.0
-- PostgreSQL: the few SQLite functions the storage code uses that
-- PostgreSQL lacks, with SQLite's behaviour for the arguments Rådslag passes.
-- (Renamed ones, such as group_concat → string_agg, are rewritten by
-- rs-pg-translate.c instead.)

-- SQLite's time values: 'now' or an ISO 8601 text ("2027-03-01",
-- "2027-03-01T18:00", "2027-03-01 18:00:00Z"), as UTC wall time; NULL when
-- unreadable.
CREATE FUNCTION rs_sqlite_time(t text, mods text[]) RETURNS timestamp
LANGUAGE plpgsql STABLE AS $$
DECLARE
  ts timestamp;
  m text;
  parts text[];
BEGIN
  IF t IS NULL THEN
    RETURN NULL;
  END IF;
  IF lower(t) = 'now' THEN
    ts := now() AT TIME ZONE 'UTC';
  ELSE
    BEGIN
      ts := replace(rtrim(t, 'Z'), 'T', ' ')::timestamp;
    EXCEPTION WHEN others THEN
      RETURN NULL;
    END;
  END IF;
  FOREACH m IN ARRAY coalesce(mods, '{}') LOOP
    m := lower(trim(m));
    IF m = 'localtime' THEN
      ts := (ts AT TIME ZONE 'UTC') AT TIME ZONE
            coalesce(nullif(current_setting('raadslag.local_zone', true), ''), 'UTC');
    ELSIF m = 'utc' THEN
      NULL;
    ELSE
      parts := regexp_match(m, '^([+-]?[0-9]+(\.[0-9]+)?)\s+([a-z]+?)s?$');
      IF parts IS NULL THEN
        RETURN NULL;
      END IF;
      ts := ts + (parts[1] || ' ' || parts[3])::interval;
    END IF;
  END LOOP;
  RETURN ts;
END $$;

CREATE FUNCTION strftime(fmt text, t text, VARIADIC mods text[] DEFAULT '{}') RETURNS text
LANGUAGE plpgsql STABLE AS $$
DECLARE
  ts timestamp := rs_sqlite_time(t, mods);
  out text := '';
  i integer := 1;
  c text;
BEGIN
  IF ts IS NULL OR fmt IS NULL THEN
    RETURN NULL;
  END IF;
  WHILE i <= length(fmt) LOOP
    c := substr(fmt, i, 1);
    IF c = '%' AND i < length(fmt) THEN
      i := i + 1;
      c := substr(fmt, i, 1);
      out := out || CASE c
        WHEN 'Y' THEN to_char(ts, 'YYYY')
        WHEN 'm' THEN to_char(ts, 'MM')
        WHEN 'd' THEN to_char(ts, 'DD')
        WHEN 'H' THEN to_char(ts, 'HH24')
        WHEN 'M' THEN to_char(ts, 'MI')
        WHEN 'S' THEN to_char(ts, 'SS')
        WHEN 'f' THEN to_char(ts, 'SS.MS')
        WHEN 'j' THEN to_char(ts, 'DDD')
        WHEN 'w' THEN extract(dow FROM ts)::text
        WHEN 's' THEN floor(extract(epoch FROM ts))::bigint::text
        WHEN '%' THEN '%'
        ELSE '%' || c END;
    ELSE
      out := out || c;
    END IF;
    i := i + 1;
  END LOOP;
  RETURN out;
END $$;

CREATE FUNCTION julianday(t text, VARIADIC mods text[] DEFAULT '{}') RETURNS double precision
LANGUAGE sql STABLE AS $$
  SELECT extract(epoch FROM rs_sqlite_time(t, mods))::double precision / 86400.0 + 2440587.5
$$;

-- json_each(?) over an array of ids, as the storage code uses it.
CREATE FUNCTION rs_json_each(j text) RETURNS TABLE (value bigint)
LANGUAGE sql IMMUTABLE AS $$
  SELECT e::bigint FROM jsonb_array_elements_text(j::jsonb) AS e
$$;

-- json_extract(json, '$.a.b') as text.
CREATE FUNCTION json_extract(j text, path text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT j::jsonb #>> string_to_array(substr(path, 3), '.')
$$;

-- sum(a = b): SQLite counts true comparisons.
CREATE FUNCTION rs_sum_bool_step(state bigint, v boolean) RETURNS bigint
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN v IS NULL THEN state ELSE coalesce(state, 0) + v::integer END
$$;
CREATE AGGREGATE sum(boolean) (sfunc = rs_sum_bool_step, stype = bigint);
