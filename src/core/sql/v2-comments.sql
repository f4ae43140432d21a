-- SPDX-License-Identifier: MPL-2.0
-- Schema version 2, digital comments in the involvement phase (outside any
-- hearing round) and districts across the records. A comment's author is
-- personal data: shared exports name it only by its pseudonym.

CREATE TABLE citizen_comment (
  id             INTEGER PRIMARY KEY,
  process_id     INTEGER NOT NULL REFERENCES budget_process(id) ON DELETE CASCADE,
  channel        TEXT NOT NULL DEFAULT 'web' CHECK (channel IN ('web', 'email', 'meeting', 'other')),
  received_on    TEXT,                          -- YYYY-MM-DD, NULL when unknown
  author         TEXT NOT NULL DEFAULT '',      -- personal data, may be ''
  pseudonym      TEXT NOT NULL,                 -- "K-0001": what exports show
  text           TEXT NOT NULL DEFAULT '',
  district       TEXT NOT NULL DEFAULT '',      -- a name of the process's district list, or ''
  themes         TEXT NOT NULL DEFAULT '',      -- tags, separated by ", "
  review_reason  TEXT NOT NULL DEFAULT '',      -- '' or why the comment needs a look
  source         TEXT NOT NULL DEFAULT '',      -- file and line it came from
  deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),  -- 1: deleted, may be undone
  UNIQUE (process_id, pseudonym)
);
CREATE INDEX comment_process ON citizen_comment (process_id, deleted);

-- A comment linked to an idea or, as its origin, to a recommendation.
CREATE TABLE comment_link (
  comment_id   INTEGER NOT NULL REFERENCES citizen_comment(id) ON DELETE CASCADE,
  target_type  TEXT NOT NULL CHECK (target_type IN ('idea', 'recommendation')),
  target_id    INTEGER NOT NULL,
  PRIMARY KEY (comment_id, target_type, target_id)
);
CREATE INDEX comment_link_target ON comment_link (target_type, target_id);

-- Districts across the records: what came from or concerns a district.
ALTER TABLE idea ADD COLUMN district TEXT NOT NULL DEFAULT '';
ALTER TABLE hearing_response ADD COLUMN district TEXT NOT NULL DEFAULT '';
ALTER TABLE recommendation ADD COLUMN district TEXT NOT NULL DEFAULT '';
ALTER TABLE session ADD COLUMN district TEXT NOT NULL DEFAULT '';
ALTER TABLE registration ADD COLUMN district TEXT NOT NULL DEFAULT '';
