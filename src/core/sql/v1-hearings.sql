-- SPDX-License-Identifier: MPL-2.0
-- Schema version 1: hearing rounds, consulted parties, responses and coding.

CREATE TABLE hearing_round (
  id              INTEGER PRIMARY KEY,
  process_id      INTEGER NOT NULL REFERENCES budget_process(id) ON DELETE CASCADE,
  title           TEXT NOT NULL,
  material        TEXT NOT NULL DEFAULT '',
  legal_basis     TEXT NOT NULL DEFAULT 'voluntary' CHECK (legal_basis IN ('statutory', 'voluntary')),
  legal_reference TEXT NOT NULL DEFAULT '',
  starts_on       TEXT NOT NULL,
  deadline        TEXT NOT NULL,
  case_number     TEXT NOT NULL DEFAULT ''
);

CREATE TABLE consulted_party (
  id            INTEGER PRIMARY KEY,
  name          TEXT NOT NULL UNIQUE,
  kind          TEXT NOT NULL DEFAULT 'association',
  contact_name  TEXT NOT NULL DEFAULT '',
  email         TEXT NOT NULL DEFAULT '',
  address       TEXT NOT NULL DEFAULT '',
  notes         TEXT NOT NULL DEFAULT ''
);

CREATE TABLE hearing_invitation (
  round_id    INTEGER NOT NULL REFERENCES hearing_round(id) ON DELETE CASCADE,
  party_id    INTEGER NOT NULL REFERENCES consulted_party(id) ON DELETE CASCADE,
  status      TEXT NOT NULL DEFAULT 'invited'
              CHECK (status IN ('invited', 'reminded', 'replied', 'no-comments', 'no-reply')),
  invited_on  TEXT,
  reminded_on TEXT,
  replied_on  TEXT,
  PRIMARY KEY (round_id, party_id)
);

CREATE TABLE hearing_response (
  id              INTEGER PRIMARY KEY,
  round_id        INTEGER NOT NULL REFERENCES hearing_round(id) ON DELETE CASCADE,
  party_id        INTEGER REFERENCES consulted_party(id) ON DELETE SET NULL,
  sender          TEXT NOT NULL DEFAULT '',
  sender_address  TEXT NOT NULL DEFAULT '',
  sender_email    TEXT NOT NULL DEFAULT '',
  party_type      TEXT NOT NULL DEFAULT 'private' CHECK (party_type IN ('organisation', 'private')),
  received_on     TEXT NOT NULL,
  channel         TEXT NOT NULL DEFAULT 'email',
  consent_publish INTEGER NOT NULL DEFAULT 0,
  subject         TEXT NOT NULL DEFAULT '',
  text            TEXT NOT NULL DEFAULT '',
  summary         TEXT NOT NULL DEFAULT '',
  -- NULL: redact private senders by default; 'show': show this sender's name and
  -- details; 'redact': always redact (also an organisation's text).
  redaction_override TEXT CHECK (redaction_override IN ('show', 'redact')),
  source_file     TEXT NOT NULL DEFAULT '',
  created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX hearing_response_round ON hearing_response (round_id);

-- The imported original and any e-mail attachments are kept in the shared
-- attachment table (owner_type 'hearing_response', the original first).
CREATE TRIGGER hearing_response_attachments_ad AFTER DELETE ON hearing_response BEGIN
  DELETE FROM attachment WHERE owner_type = 'hearing_response' AND owner_id = old.id;
END;

CREATE TABLE response_point (
  id            INTEGER PRIMARY KEY,
  response_id   INTEGER NOT NULL REFERENCES hearing_response(id) ON DELETE CASCADE,
  start_offset  INTEGER NOT NULL DEFAULT 0,
  end_offset    INTEGER NOT NULL DEFAULT 0,
  excerpt       TEXT NOT NULL,
  theme         TEXT NOT NULL DEFAULT '',
  budget_area   TEXT NOT NULL DEFAULT '',
  comment       TEXT NOT NULL DEFAULT '',
  decision      TEXT NOT NULL DEFAULT 'undecided'
                CHECK (decision IN ('undecided', 'changed', 'not-changed', 'out-of-scope', 'noted'))
);

CREATE INDEX response_point_response ON response_point (response_id);

CREATE VIRTUAL TABLE hearing_response_fts USING fts5 (
  sender, subject, text,
  content = 'hearing_response', content_rowid = 'id',
  tokenize = "unicode61 remove_diacritics 0"
);
CREATE TRIGGER hearing_response_ai AFTER INSERT ON hearing_response BEGIN
  INSERT INTO hearing_response_fts (rowid, sender, subject, text)
  VALUES (new.id, new.sender, new.subject, new.text);
END;
CREATE TRIGGER hearing_response_ad AFTER DELETE ON hearing_response BEGIN
  INSERT INTO hearing_response_fts (hearing_response_fts, rowid, sender, subject, text)
  VALUES ('delete', old.id, old.sender, old.subject, old.text);
END;
CREATE TRIGGER hearing_response_au AFTER UPDATE ON hearing_response BEGIN
  INSERT INTO hearing_response_fts (hearing_response_fts, rowid, sender, subject, text)
  VALUES ('delete', old.id, old.sender, old.subject, old.text);
  INSERT INTO hearing_response_fts (rowid, sender, subject, text)
  VALUES (new.id, new.sender, new.subject, new.text);
END;
