-- SPDX-License-Identifier: MPL-2.0
-- PostgreSQL: schema version 2, hearing intake: review flags, duplicate detection and
-- deleted responses kept for undo.

-- Why a response needs a person's look ('' when it does not): no usable
-- sender, no date, no text, a sender guessed from a letter's signature, …
ALTER TABLE hearing_response ADD COLUMN review_reason text COLLATE "C" NOT NULL DEFAULT '';
-- SHA-256 of the imported file (or of the normalised text), to recognise
-- the same response imported twice.
ALTER TABLE hearing_response ADD COLUMN content_hash text COLLATE "C" NOT NULL DEFAULT '';
CREATE INDEX hearing_response_content_hash ON hearing_response (round_id, content_hash);

-- A deleted response with its points and files, as JSON, until it is
-- restored (undo) or 30 days have passed (purged on the next delete).
CREATE TABLE hearing_response_trash (
  response_id bigint PRIMARY KEY,
  round_id    bigint NOT NULL REFERENCES hearing_round(id) ON DELETE CASCADE,
  deleted_at  text COLLATE "C" NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  snapshot    text COLLATE "C" NOT NULL
);

-- Letters were imported with their file name as the subject; file names
-- never go into exports.
UPDATE hearing_response SET subject = '' WHERE channel = 'letter' AND subject = source_file;
