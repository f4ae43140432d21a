-- SPDX-License-Identifier: MPL-2.0
-- Schema version 1: recommendations, their origin and lineage, council
-- decisions and follow-up.

CREATE TABLE recommendation (
  id              INTEGER PRIMARY KEY,
  process_id      INTEGER NOT NULL REFERENCES budget_process(id) ON DELETE CASCADE,
  panel_id        INTEGER REFERENCES panel(id) ON DELETE SET NULL,
  title           TEXT NOT NULL,
  text            TEXT NOT NULL DEFAULT '',
  rationale       TEXT NOT NULL DEFAULT '',
  theme           TEXT NOT NULL DEFAULT '',
  budget_area     TEXT NOT NULL DEFAULT '',
  votes_for       INTEGER NOT NULL DEFAULT 0,
  votes_against   INTEGER NOT NULL DEFAULT 0,
  votes_abstain   INTEGER NOT NULL DEFAULT 0,
  status          TEXT NOT NULL DEFAULT 'draft'
                  CHECK (status IN ('draft', 'voted', 'handed-over', 'answered', 'superseded')),
  position        INTEGER NOT NULL DEFAULT 0,
  created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

-- Estimated cost per budget year, in DKK.
CREATE TABLE recommendation_cost (
  recommendation_id INTEGER NOT NULL REFERENCES recommendation(id) ON DELETE CASCADE,
  year              INTEGER NOT NULL,
  operating         REAL NOT NULL DEFAULT 0,
  capital           REAL NOT NULL DEFAULT 0,
  PRIMARY KEY (recommendation_id, year)
);

-- Where a recommendation came from: an idea, a session, a lab or a hearing point.
CREATE TABLE recommendation_origin (
  recommendation_id INTEGER NOT NULL REFERENCES recommendation(id) ON DELETE CASCADE,
  origin_type       TEXT NOT NULL CHECK (origin_type IN ('idea', 'session', 'lab', 'panel', 'response-point')),
  origin_id         INTEGER NOT NULL,
  PRIMARY KEY (recommendation_id, origin_type, origin_id)
);

-- Merge and split history: nothing is lost, superseded rows stay.
CREATE TABLE recommendation_lineage (
  child_id    INTEGER NOT NULL REFERENCES recommendation(id) ON DELETE CASCADE,
  parent_id   INTEGER NOT NULL REFERENCES recommendation(id) ON DELETE CASCADE,
  kind        TEXT NOT NULL CHECK (kind IN ('merge', 'split')),
  at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  PRIMARY KEY (child_id, parent_id)
);

CREATE TABLE council_decision (
  recommendation_id INTEGER PRIMARY KEY REFERENCES recommendation(id) ON DELETE CASCADE,
  outcome           TEXT NOT NULL
                    CHECK (outcome IN ('adopted', 'adopted-with-changes', 'rejected', 'referred')),
  justification     TEXT NOT NULL DEFAULT '',
  budget_line       TEXT NOT NULL DEFAULT '',
  amount            REAL,
  decided_on        TEXT,
  implementation    TEXT NOT NULL DEFAULT 'not-started'
                    CHECK (implementation IN ('not-started', 'in-progress', 'done', 'stopped'))
);

CREATE TABLE milestone (
  id                INTEGER PRIMARY KEY,
  recommendation_id INTEGER NOT NULL REFERENCES recommendation(id) ON DELETE CASCADE,
  title             TEXT NOT NULL,
  due_on            TEXT,
  done_on           TEXT
);

-- The council package's agenda-item texts per process.
CREATE TABLE council_submission (
  process_id      INTEGER PRIMARY KEY REFERENCES budget_process(id) ON DELETE CASCADE,
  committee       TEXT NOT NULL DEFAULT '',
  meeting_date    TEXT,
  resume          TEXT NOT NULL DEFAULT '',
  case_text       TEXT NOT NULL DEFAULT '',
  authority       TEXT NOT NULL DEFAULT ''
);
