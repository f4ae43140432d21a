-- SPDX-License-Identifier: MPL-2.0
-- Schema version 2, involvement beyond the panel: districts, the invitation
-- stage of the draw (address list, invitation draws, replies) and
-- engagement targets. Addresses and replies are personal data: they stay
-- here and only reach letters, never shared exports.

CREATE TABLE district (
  id          INTEGER PRIMARY KEY,
  process_id  INTEGER NOT NULL REFERENCES budget_process(id) ON DELETE CASCADE,
  name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
  population  INTEGER CHECK (population IS NULL OR population >= 0),
  position    INTEGER NOT NULL DEFAULT 0,
  UNIQUE (process_id, name)
);

-- One row per resident (or household) in the address list.
CREATE TABLE invitation_address (
  id             INTEGER PRIMARY KEY,
  process_id     INTEGER NOT NULL REFERENCES budget_process(id) ON DELETE CASCADE,
  ref            TEXT NOT NULL,                 -- the list's own id, or A00001…
  address        TEXT NOT NULL,
  postcode       TEXT NOT NULL DEFAULT '',
  district       TEXT NOT NULL DEFAULT '',
  age_band       TEXT NOT NULL DEFAULT '',
  gender         TEXT NOT NULL DEFAULT '',
  household_key  TEXT NOT NULL,
  review_note    TEXT NOT NULL DEFAULT '',     -- set on import when a field looked odd
  UNIQUE (process_id, ref)
);
CREATE INDEX invitation_address_household ON invitation_address (process_id, household_key);

-- A recorded invitation draw, like selection_run for the panel.
CREATE TABLE invitation_draw (
  id             INTEGER PRIMARY KEY,
  process_id     INTEGER NOT NULL REFERENCES budget_process(id) ON DELETE CASCADE,
  households     INTEGER NOT NULL CHECK (households > 0),
  seed           TEXT NOT NULL,
  weights        TEXT NOT NULL DEFAULT '',     -- "District=2,Other=1.5"; '' is proportional
  input_sha256   TEXT NOT NULL,
  algorithm      TEXT NOT NULL,
  allocation     TEXT NOT NULL DEFAULT '{}',   -- JSON: district -> households drawn
  created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

-- One letter per drawn household; the reply is recorded on it.
CREATE TABLE invitation (
  id             INTEGER PRIMARY KEY,
  draw_id        INTEGER NOT NULL REFERENCES invitation_draw(id) ON DELETE CASCADE,
  address_id     INTEGER NOT NULL REFERENCES invitation_address(id) ON DELETE CASCADE,
  rank           INTEGER NOT NULL,
  district       TEXT NOT NULL DEFAULT '',
  replied        INTEGER CHECK (replied IN (0, 1)),      -- NULL: no reply
  channel        TEXT CHECK (channel IN ('e-mail', 'post')),
  replied_on     TEXT,
  name           TEXT NOT NULL DEFAULT '',
  email          TEXT NOT NULL DEFAULT '',
  phone          TEXT NOT NULL DEFAULT '',
  age_band       TEXT NOT NULL DEFAULT '',
  gender         TEXT NOT NULL DEFAULT '',
  person_id      INTEGER REFERENCES person(id) ON DELETE SET NULL,
  UNIQUE (draw_id, address_id)
);
CREATE INDEX invitation_address_idx ON invitation (address_id);

-- Engagement targets a facilitator sets per process; kind is one of
-- registrations, participants, parties-heard, youth-share,
-- first-timers-share, digital-comments. district is '' for the whole
-- municipality (participants can have one target per district).
CREATE TABLE engagement_target (
  process_id  INTEGER NOT NULL REFERENCES budget_process(id) ON DELETE CASCADE,
  kind        TEXT NOT NULL,
  district    TEXT NOT NULL DEFAULT '',
  target      REAL CHECK (target >= 0),          -- NULL: only an actual entered by hand
  actual      REAL CHECK (actual >= 0),          -- entered by hand where Rådslag cannot measure
  PRIMARY KEY (process_id, kind, district)
);

-- Letter templates, per process and kind; when missing the built-in text is used.
CREATE TABLE letter_template (
  process_id  INTEGER NOT NULL REFERENCES budget_process(id) ON DELETE CASCADE,
  kind        TEXT NOT NULL,
  subject     TEXT NOT NULL,
  body        TEXT NOT NULL,
  PRIMARY KEY (process_id, kind)
);
