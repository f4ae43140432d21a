-- SPDX-License-Identifier: MPL-2.0
-- Schema version 1: panels, categories and targets, the recruitment pool,
-- population benchmarks and selection runs.

CREATE TABLE panel (
  id                      INTEGER PRIMARY KEY,
  process_id              INTEGER NOT NULL REFERENCES budget_process(id) ON DELETE CASCADE,
  name                    TEXT NOT NULL,
  kind                    TEXT NOT NULL DEFAULT 'citizens-council',
  mandate                 TEXT NOT NULL DEFAULT '',
  size                    INTEGER NOT NULL CHECK (size > 0),
  has_chair               INTEGER NOT NULL DEFAULT 1,
  min_age                 INTEGER NOT NULL DEFAULT 18,
  require_resident        INTEGER NOT NULL DEFAULT 1,
  exclude_council_members INTEGER NOT NULL DEFAULT 1,
  exclude_employees       INTEGER NOT NULL DEFAULT 0,
  one_per_household       INTEGER NOT NULL DEFAULT 1,
  cooloff_years           INTEGER NOT NULL DEFAULT 0,
  quota_tolerance         REAL NOT NULL DEFAULT 0.0,
  status                  TEXT NOT NULL DEFAULT 'recruiting',
  created_at              TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE category (
  id          INTEGER PRIMARY KEY,
  panel_id    INTEGER NOT NULL REFERENCES panel(id) ON DELETE CASCADE,
  name        TEXT NOT NULL,
  position    INTEGER NOT NULL DEFAULT 0,
  sensitive   INTEGER NOT NULL DEFAULT 0,
  preset      TEXT,
  UNIQUE (panel_id, name)
);

CREATE TABLE category_value (
  id            INTEGER PRIMARY KEY,
  category_id   INTEGER NOT NULL REFERENCES category(id) ON DELETE CASCADE,
  name          TEXT NOT NULL,
  position      INTEGER NOT NULL DEFAULT 0,
  target_share  REAL,
  quota_min     INTEGER,
  quota_max     INTEGER,
  min_flex      INTEGER,
  max_flex      INTEGER,
  aliases       TEXT NOT NULL DEFAULT '',
  -- A canonical code that links the value to Statistics Denmark groupings,
  -- e.g. '18-29', 'female', 'immigrant'; NULL for user-defined values.
  code          TEXT,
  UNIQUE (category_id, name)
);

-- Members of the recruitment pool. Contact data lives apart in person_contact
-- so that exports and statistics never need to touch it.
CREATE TABLE person (
  id              INTEGER PRIMARY KEY,
  panel_id        INTEGER NOT NULL REFERENCES panel(id) ON DELETE CASCADE,
  external_id     TEXT,
  pseudonym       TEXT NOT NULL,
  status          TEXT NOT NULL DEFAULT 'registered',
  household_key   TEXT NOT NULL DEFAULT '',
  role            TEXT NOT NULL DEFAULT 'member',
  retention_until TEXT,
  notes           TEXT NOT NULL DEFAULT '',
  -- '' or 'duplicate' / 'household': flagged for a facilitator's review.
  review_flag     TEXT NOT NULL DEFAULT '',
  created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  UNIQUE (panel_id, external_id)
);
CREATE INDEX person_household ON person (panel_id, household_key);

CREATE TABLE person_contact (
  person_id   INTEGER PRIMARY KEY REFERENCES person(id) ON DELETE CASCADE,
  name        TEXT NOT NULL DEFAULT '',
  address     TEXT NOT NULL DEFAULT '',
  postcode    TEXT NOT NULL DEFAULT '',
  city        TEXT NOT NULL DEFAULT '',
  email       TEXT NOT NULL DEFAULT '',
  phone       TEXT NOT NULL DEFAULT ''
);

CREATE TABLE person_attribute (
  person_id   INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
  category_id INTEGER NOT NULL REFERENCES category(id) ON DELETE CASCADE,
  value_id    INTEGER NOT NULL REFERENCES category_value(id) ON DELETE CASCADE,
  provenance  TEXT NOT NULL DEFAULT 'self-declared',
  PRIMARY KEY (person_id, category_id)
);
CREATE INDEX person_attribute_value ON person_attribute (value_id);

CREATE TABLE consent (
  id          INTEGER PRIMARY KEY,
  person_id   INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
  purpose     TEXT NOT NULL,
  given_at    TEXT NOT NULL,
  withdrawn_at TEXT
);

CREATE TABLE import_mapping (
  id          INTEGER PRIMARY KEY,
  panel_id    INTEGER REFERENCES panel(id) ON DELETE CASCADE,
  name        TEXT NOT NULL,
  mapping     TEXT NOT NULL,
  updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE population_benchmark (
  id                INTEGER PRIMARY KEY,
  municipality_code TEXT NOT NULL,
  table_id          TEXT NOT NULL,
  period            TEXT NOT NULL,
  retrieved_at      TEXT NOT NULL,
  source_credit     TEXT NOT NULL,
  request           TEXT NOT NULL DEFAULT '',
  updated           TEXT NOT NULL DEFAULT '',
  footnote          TEXT NOT NULL DEFAULT '',
  UNIQUE (municipality_code, table_id)
);

CREATE TABLE population_count (
  benchmark_id  INTEGER NOT NULL REFERENCES population_benchmark(id) ON DELETE CASCADE,
  dimension     TEXT NOT NULL,
  value         TEXT NOT NULL,
  count         INTEGER NOT NULL,
  PRIMARY KEY (benchmark_id, dimension, value)
);

CREATE TABLE selection_run (
  id                INTEGER PRIMARY KEY,
  panel_id          INTEGER NOT NULL REFERENCES panel(id) ON DELETE CASCADE,
  algorithm         TEXT NOT NULL,
  version           TEXT NOT NULL,
  seed              TEXT,
  categories_sha256 TEXT NOT NULL DEFAULT '',
  pool_sha256       TEXT NOT NULL DEFAULT '',
  inputs            TEXT NOT NULL DEFAULT '{}',
  distribution      TEXT NOT NULL DEFAULT '{}',
  certificate       TEXT NOT NULL DEFAULT '{}',
  protocol          TEXT NOT NULL DEFAULT '{}',
  created_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE selection_member (
  run_id      INTEGER NOT NULL REFERENCES selection_run(id) ON DELETE CASCADE,
  person_id   INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
  role        TEXT NOT NULL CHECK (role IN ('member', 'reserve', 'replacement')),
  rank        INTEGER NOT NULL DEFAULT 0,
  probability REAL,
  PRIMARY KEY (run_id, person_id)
);
