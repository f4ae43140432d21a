-- SPDX-License-Identifier: MPL-2.0
-- Schema version 1: labs, sessions, attendance, ideas and evaluations.

CREATE TABLE lab (
  id                    INTEGER PRIMARY KEY,
  process_id            INTEGER NOT NULL REFERENCES budget_process(id) ON DELETE CASCADE,
  title                 TEXT NOT NULL,
  problem               TEXT NOT NULL DEFAULT '',
  invited_groups        TEXT NOT NULL DEFAULT '',
  invitation_method     TEXT NOT NULL DEFAULT '',
  funding_amount        REAL,
  funding_granted_by    TEXT NOT NULL DEFAULT '',
  funding_date          TEXT,
  external_facilitators TEXT NOT NULL DEFAULT '',
  outcome               TEXT NOT NULL DEFAULT '',
  next_steps            TEXT NOT NULL DEFAULT '',
  status                TEXT NOT NULL DEFAULT 'planned'
);

CREATE TABLE session (
  id            INTEGER PRIMARY KEY,
  process_id    INTEGER NOT NULL REFERENCES budget_process(id) ON DELETE CASCADE,
  panel_id      INTEGER REFERENCES panel(id) ON DELETE SET NULL,
  lab_id        INTEGER REFERENCES lab(id) ON DELETE SET NULL,
  title         TEXT NOT NULL,
  kind          TEXT NOT NULL DEFAULT 'panel-meeting',
  starts_at     TEXT NOT NULL,
  ends_at       TEXT,
  place         TEXT NOT NULL DEFAULT '',
  capacity      INTEGER,
  facilitators  TEXT NOT NULL DEFAULT '',
  political_presence TEXT NOT NULL DEFAULT '',
  notes         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX session_process ON session (process_id, starts_at);

CREATE TABLE agenda_item (
  id            INTEGER PRIMARY KEY,
  session_id    INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
  position      INTEGER NOT NULL,
  title         TEXT NOT NULL,
  duration_min  INTEGER NOT NULL DEFAULT 0,
  presenter     TEXT NOT NULL DEFAULT ''
);

CREATE TABLE registration (
  session_id    INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
  person_id     INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
  status        TEXT NOT NULL DEFAULT 'registered'
                CHECK (status IN ('registered', 'waiting', 'cancelled')),
  position      INTEGER NOT NULL DEFAULT 0,
  registered_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  attended      INTEGER,
  table_no      INTEGER,
  table_pinned  INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (session_id, person_id)
);

-- Quality checklist (OECD good practice) for labs, panels and evaluations.
CREATE TABLE checklist_item (
  id          INTEGER PRIMARY KEY,
  owner_type  TEXT NOT NULL,
  owner_id    INTEGER NOT NULL,
  criterion   TEXT NOT NULL,
  met         INTEGER NOT NULL DEFAULT 0,
  evidence    TEXT NOT NULL DEFAULT '',
  UNIQUE (owner_type, owner_id, criterion)
);

CREATE TABLE idea (
  id          INTEGER PRIMARY KEY,
  process_id  INTEGER REFERENCES budget_process(id) ON DELETE SET NULL,
  municipality_code TEXT,
  session_id  INTEGER REFERENCES session(id) ON DELETE SET NULL,
  lab_id      INTEGER REFERENCES lab(id) ON DELETE SET NULL,
  panel_id    INTEGER REFERENCES panel(id) ON DELETE SET NULL,
  text        TEXT NOT NULL,
  group_name  TEXT NOT NULL DEFAULT '',
  votes       INTEGER NOT NULL DEFAULT 0,
  status      TEXT NOT NULL DEFAULT 'new',
  notes       TEXT NOT NULL DEFAULT '',
  -- The idea this one carries on from (an earlier budget process), and the
  -- recommendation it turned into, if any.
  parent_id   INTEGER REFERENCES idea(id) ON DELETE SET NULL,
  recommendation_ref TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  CHECK (status IN ('new', 'maturing', 'recommendation', 'parked'))
);
CREATE INDEX idea_municipality ON idea (municipality_code, status);

-- Flip-chart photos and evidence files go into attachment (v1-base.sql) with
-- owner_type 'idea', 'session', 'lab' or 'checklist_item'.

CREATE TABLE evaluation (
  id          INTEGER PRIMARY KEY,
  owner_type  TEXT NOT NULL,
  owner_id    INTEGER NOT NULL,
  notes       TEXT NOT NULL DEFAULT '',
  UNIQUE (owner_type, owner_id)
);

CREATE TABLE evaluation_answer (
  evaluation_id INTEGER NOT NULL REFERENCES evaluation(id) ON DELETE CASCADE,
  question      TEXT NOT NULL,
  answer        TEXT NOT NULL,
  count         INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (evaluation_id, question, answer)
);
