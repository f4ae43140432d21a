-- SPDX-License-Identifier: MPL-2.0
-- Schema version 2, open meetings with public registration: welfare
-- meetings, youth meetings and open labs take registrations from anyone,
-- not only from a panel's pool (those stay in registration).
--
-- participant: one member of the public per process, recognised across
-- the process's meetings by a normalised e-mail, phone, or name and
-- district (the *_key columns). Names and contacts are personal data:
-- facilitators only, blanked by erasure (the counts stay).
CREATE TABLE participant (
  id            INTEGER PRIMARY KEY,
  process_id    INTEGER NOT NULL REFERENCES budget_process(id) ON DELETE CASCADE,
  pseudonym     TEXT NOT NULL,                  -- "D-0001", stays after erasure
  name          TEXT NOT NULL DEFAULT '',       -- name or initials
  email         TEXT NOT NULL DEFAULT '',
  phone         TEXT NOT NULL DEFAULT '',
  email_key     TEXT NOT NULL DEFAULT '',
  phone_key     TEXT NOT NULL DEFAULT '',
  name_key      TEXT NOT NULL DEFAULT '',       -- folded name | district
  age_band      TEXT NOT NULL DEFAULT '',
  district      TEXT NOT NULL DEFAULT '',
  heard_via     TEXT NOT NULL DEFAULT '',
  first_time    INTEGER CHECK (first_time IN (0, 1)),   -- NULL: not known
  UNIQUE (process_id, pseudonym)
);
CREATE INDEX participant_email ON participant (process_id, email_key);
CREATE INDEX participant_phone ON participant (process_id, phone_key);
CREATE INDEX participant_name ON participant (process_id, name_key);

-- A registration of a participant for a meeting. source_key identifies the
-- form row it came from, so importing a file again adds nothing;
-- review_note lists why a row needs a look ("duplicate", "possible-duplicate",
-- "age", "district", "date", "columns", separated by spaces).
CREATE TABLE open_registration (
  id             INTEGER PRIMARY KEY,
  session_id     INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
  participant_id INTEGER NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
  status         TEXT NOT NULL DEFAULT 'registered'
                 CHECK (status IN ('registered', 'waiting', 'cancelled')),
  position       INTEGER NOT NULL DEFAULT 0,
  registered_at  TEXT NOT NULL DEFAULT '',
  attended       INTEGER CHECK (attended IN (0, 1)),
  confirmed_on   TEXT,
  reminded_on    TEXT,
  source         TEXT NOT NULL DEFAULT '',       -- "file.csv:12", or '' when typed in
  source_key     TEXT NOT NULL,
  review_note    TEXT NOT NULL DEFAULT '',
  UNIQUE (session_id, source_key)
);
CREATE INDEX open_registration_participant ON open_registration (participant_id);
CREATE INDEX open_registration_session ON open_registration (session_id, status, position);

-- A meeting's own target, e.g. a youth meeting's share of participants
-- aged 15–24 (percent).
CREATE TABLE open_meeting_target (
  session_id    INTEGER PRIMARY KEY REFERENCES session(id) ON DELETE CASCADE,
  age_from      INTEGER NOT NULL CHECK (age_from >= 0),
  age_to        INTEGER NOT NULL CHECK (age_to >= age_from),
  share         REAL NOT NULL CHECK (share >= 0 AND share <= 100)
);
