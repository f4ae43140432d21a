-- SPDX-License-Identifier: MPL-2.0
-- Schema version 2 (retention): how long a budget process keeps personal
-- data, and the record of every erasure (when, what scope, how many; never
-- the erased data itself).

-- The retention date of contact data: @until when set, else @months after
-- the evaluation phase (NULL months: the default from Preferences).
CREATE TABLE process_retention (
  process_id  INTEGER PRIMARY KEY REFERENCES budget_process(id) ON DELETE CASCADE,
  months      INTEGER CHECK (months IS NULL OR months BETWEEN 0 AND 600),
  until       TEXT
);

CREATE TABLE personal_data_erasure (
  id          INTEGER PRIMARY KEY,
  process_id  INTEGER REFERENCES budget_process(id) ON DELETE CASCADE,
  erased_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  -- 'process': every pool member and private hearing sender of the process;
  -- 'person': one pool member on request (GDPR art. 17).
  scope       TEXT NOT NULL CHECK (scope IN ('process', 'person')),
  reason      TEXT NOT NULL CHECK (reason IN ('retention', 'request', 'manual')),
  -- The pseudonym of the person for scope 'person' (it identifies no one
  -- once the contact data are gone).
  subject     TEXT NOT NULL DEFAULT '',
  persons     INTEGER NOT NULL DEFAULT 0,
  responses   INTEGER NOT NULL DEFAULT 0,
  attachments INTEGER NOT NULL DEFAULT 0,
  -- JSON: the selection runs whose pool hash was checked against the data
  -- just before the erasure, e.g. [{"run": 3, "pool_sha256": "ok"}].
  runs        TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX personal_data_erasure_process ON personal_data_erasure (process_id);

-- When a row's personal data were erased (NULL: not erased).
ALTER TABLE person ADD COLUMN erased_on TEXT;
ALTER TABLE hearing_response ADD COLUMN erased_on TEXT;
