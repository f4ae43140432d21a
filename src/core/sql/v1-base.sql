-- SPDX-License-Identifier: MPL-2.0
-- Schema version 1: budget processes, the annual cycle, themes and the audit log.

CREATE TABLE budget_process (
  id                INTEGER PRIMARY KEY,
  name              TEXT NOT NULL CHECK (length(trim(name)) > 0),
  budget_year       INTEGER NOT NULL,
  municipality_code TEXT,
  municipality_name TEXT,
  description       TEXT NOT NULL DEFAULT '',
  created_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  updated_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

-- One row per phase of the annual cycle (årshjul); kind is RsPhaseKind's nick.
CREATE TABLE phase (
  id          INTEGER PRIMARY KEY,
  process_id  INTEGER NOT NULL REFERENCES budget_process(id) ON DELETE CASCADE,
  kind        TEXT NOT NULL,
  starts_on   TEXT,
  ends_on     TEXT,
  notes       TEXT NOT NULL DEFAULT '',
  UNIQUE (process_id, kind)
);

CREATE TABLE theme (
  id          INTEGER PRIMARY KEY,
  process_id  INTEGER NOT NULL REFERENCES budget_process(id) ON DELETE CASCADE,
  name        TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  position    INTEGER NOT NULL DEFAULT 0,
  UNIQUE (process_id, name)
);

CREATE TABLE budget_area (
  id          INTEGER PRIMARY KEY,
  process_id  INTEGER NOT NULL REFERENCES budget_process(id) ON DELETE CASCADE,
  code        TEXT,
  name        TEXT NOT NULL,
  UNIQUE (process_id, name)
);

-- Files kept inside the database (originals of responses, flip-chart photos,
-- evidence). owner_type names the owning table.
CREATE TABLE attachment (
  id          INTEGER PRIMARY KEY,
  owner_type  TEXT NOT NULL,
  owner_id    INTEGER NOT NULL,
  filename    TEXT NOT NULL,
  mime_type   TEXT NOT NULL DEFAULT 'application/octet-stream',
  data        BLOB NOT NULL,
  added_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX attachment_owner ON attachment (owner_type, owner_id);

CREATE TABLE audit_log (
  id          INTEGER PRIMARY KEY,
  at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  actor       TEXT NOT NULL DEFAULT '',
  entity      TEXT NOT NULL,
  entity_id   INTEGER,
  action      TEXT NOT NULL,
  details     TEXT NOT NULL DEFAULT ''
);
