-- SPDX-License-Identifier: MPL-2.0
-- Schema version 2, hearing analysis: Danish (stemmed) full-text search,
-- stored near-duplicate and campaign groups, and the round's budget
-- proposals with a position per coded point.

-- Search: the v1 index (unicode61, no stemming) is replaced by one whose
-- tokenizer "danish" (registered by Rådslag on every connection) stems
-- Danish words, so "skolerne", "skolen" and "skoler" find each other.
DROP TRIGGER IF EXISTS hearing_response_ai;
DROP TRIGGER IF EXISTS hearing_response_ad;
DROP TRIGGER IF EXISTS hearing_response_au;
DROP TABLE IF EXISTS hearing_response_fts;

CREATE VIRTUAL TABLE hearing_response_search USING fts5 (
  sender, subject, text,
  content = 'hearing_response', content_rowid = 'id',
  tokenize = "danish remove_diacritics 0",
  prefix = '2 3'
);
CREATE TRIGGER hearing_response_search_ai AFTER INSERT ON hearing_response BEGIN
  INSERT INTO hearing_response_search (rowid, sender, subject, text)
  VALUES (new.id, new.sender, new.subject, new.text);
END;
CREATE TRIGGER hearing_response_search_ad AFTER DELETE ON hearing_response BEGIN
  INSERT INTO hearing_response_search (hearing_response_search, rowid, sender, subject, text)
  VALUES ('delete', old.id, old.sender, old.subject, old.text);
END;
CREATE TRIGGER hearing_response_search_au AFTER UPDATE OF sender, subject, text ON hearing_response BEGIN
  INSERT INTO hearing_response_search (hearing_response_search, rowid, sender, subject, text)
  VALUES ('delete', old.id, old.sender, old.subject, old.text);
  INSERT INTO hearing_response_search (rowid, sender, subject, text)
  VALUES (new.id, new.sender, new.subject, new.text);
END;
INSERT INTO hearing_response_search (hearing_response_search, rank) VALUES ('rank', 'rs_rank()');
INSERT INTO hearing_response_search (hearing_response_search) VALUES ('rebuild');

-- Near-duplicates, computed once per response (at import, or when a round
-- is opened for responses that have none yet): the MinHash signature of
-- the text's word 3-shingles (64 × 8 bytes) and its 16 band keys.
CREATE TABLE response_signature (
  response_id  INTEGER PRIMARY KEY REFERENCES hearing_response(id) ON DELETE CASCADE,
  round_id     INTEGER NOT NULL REFERENCES hearing_round(id) ON DELETE CASCADE,
  n_shingles   INTEGER NOT NULL,
  minhash      BLOB NOT NULL
);
CREATE TABLE response_signature_band (
  round_id     INTEGER NOT NULL,
  band         INTEGER NOT NULL,
  response_id  INTEGER NOT NULL REFERENCES hearing_response(id) ON DELETE CASCADE
);
CREATE INDEX response_signature_band_key ON response_signature_band (round_id, band);
CREATE INDEX response_signature_band_response ON response_signature_band (response_id);
CREATE INDEX response_signature_round ON response_signature (round_id);

-- A response's group: group_id is the id of the group's first response (its
-- representative). excluded: the secretariat marked it as not part of any
-- group; manual: placed by hand (split), never moved by regrouping.
CREATE TABLE response_group_member (
  response_id  INTEGER PRIMARY KEY REFERENCES hearing_response(id) ON DELETE CASCADE,
  round_id     INTEGER NOT NULL REFERENCES hearing_round(id) ON DELETE CASCADE,
  group_id     INTEGER NOT NULL,
  excluded     INTEGER NOT NULL DEFAULT 0,
  manual       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX response_group_member_group ON response_group_member (round_id, group_id);

-- A changed text is compared again.
CREATE TRIGGER response_signature_au AFTER UPDATE OF text ON hearing_response BEGIN
  DELETE FROM response_signature WHERE response_id = new.id;
  DELETE FROM response_signature_band WHERE response_id = new.id;
END;

-- The administration's budget proposals (budgetforslag) a round asks about.
CREATE TABLE budget_proposal (
  id        INTEGER PRIMARY KEY,
  round_id  INTEGER NOT NULL REFERENCES hearing_round(id) ON DELETE CASCADE,
  number    TEXT NOT NULL,
  title     TEXT NOT NULL,
  area      TEXT NOT NULL DEFAULT '',
  amount    INTEGER,                    -- kroner; negative: a saving
  comment   TEXT NOT NULL DEFAULT '',   -- the administration's comment
  UNIQUE (round_id, number)
);

ALTER TABLE response_point ADD COLUMN proposal_id INTEGER REFERENCES budget_proposal(id) ON DELETE SET NULL;
ALTER TABLE response_point ADD COLUMN position TEXT NOT NULL DEFAULT ''
  CHECK (position IN ('', 'for', 'against', 'concern', 'other', 'outside-scope'));
CREATE INDEX response_point_proposal ON response_point (proposal_id);
