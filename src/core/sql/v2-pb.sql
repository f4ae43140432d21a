-- SPDX-License-Identifier: MPL-2.0
-- Schema version 2, participatory budgeting: development pools
-- (udviklingspuljer) in a budget process, citizens' proposals, ballots and
-- counts. Proposers' contact data and voters' ids are personal data and
-- live in their own columns and tables, never in exports by default.

CREATE TABLE pb_pool (
  id               INTEGER PRIMARY KEY,
  process_id       INTEGER NOT NULL REFERENCES budget_process(id) ON DELETE CASCADE,
  name             TEXT NOT NULL,
  amount           INTEGER NOT NULL DEFAULT 0 CHECK (amount >= 0),    -- DKK, whole kroner
  first_year       INTEGER,
  last_year        INTEGER,
  ballot_kind      TEXT NOT NULL DEFAULT 'approval'
                   CHECK (ballot_kind IN ('approval', 'k-approval', 'knapsack')),
  max_choices      INTEGER NOT NULL DEFAULT 0,                         -- k of k-approval
  min_age          INTEGER NOT NULL DEFAULT 15,
  residents_only   INTEGER NOT NULL DEFAULT 1,
  district_only    INTEGER NOT NULL DEFAULT 0,  -- vote only on one's own district's envelope
  proposers        TEXT NOT NULL DEFAULT 'residents and associations',
  rule             TEXT NOT NULL DEFAULT 'equalshares/add1'
                   CHECK (rule IN ('greedy', 'equalshares', 'equalshares/add1')),
  tie_seed         INTEGER NOT NULL DEFAULT 0,
  proposals_from   TEXT,
  proposals_to     TEXT,
  assessment_to    TEXT,
  voting_from      TEXT,
  voting_to        TEXT,
  result_on        TEXT,
  ballot_published TEXT,                                               -- when the ballot list was published
  created_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX pb_pool_process ON pb_pool(process_id);

-- Optional envelopes: a part of the amount reserved for one district.
-- Proposals without a district share what the envelopes leave.
CREATE TABLE pb_envelope (
  pool_id   INTEGER NOT NULL REFERENCES pb_pool(id) ON DELETE CASCADE,
  district  TEXT NOT NULL,
  amount    INTEGER NOT NULL CHECK (amount >= 0),
  PRIMARY KEY (pool_id, district)
);

CREATE TABLE pb_proposal (
  id            INTEGER PRIMARY KEY,
  pool_id       INTEGER NOT NULL REFERENCES pb_pool(id) ON DELETE CASCADE,
  code          TEXT NOT NULL,                         -- the number on the ballot, e.g. "N-03"
  title         TEXT NOT NULL,
  description   TEXT NOT NULL DEFAULT '',
  cost          INTEGER NOT NULL DEFAULT 0 CHECK (cost >= 0),
  revised_cost  INTEGER CHECK (revised_cost >= 0),     -- the administration's estimate
  district      TEXT,                                  -- NULL: the whole municipality
  theme         TEXT NOT NULL DEFAULT '',
  status        TEXT NOT NULL DEFAULT 'submitted'
                CHECK (status IN ('submitted', 'feasible', 'not-feasible', 'merged', 'withdrawn')),
  reason        TEXT NOT NULL DEFAULT '',              -- why (not) feasible
  source        TEXT NOT NULL DEFAULT 'typed' CHECK (source IN ('typed', 'csv', 'e-mail')),
  review_note   TEXT NOT NULL DEFAULT '',              -- set on import when a field looked odd
  created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  UNIQUE (pool_id, code)
);

-- Who proposed it: personal data, kept apart.
CREATE TABLE pb_proposer (
  proposal_id   INTEGER PRIMARY KEY REFERENCES pb_proposal(id) ON DELETE CASCADE,
  name          TEXT NOT NULL DEFAULT '',
  organisation  TEXT NOT NULL DEFAULT '',
  email         TEXT NOT NULL DEFAULT '',
  phone         TEXT NOT NULL DEFAULT ''
);

-- Merged duplicates: the merged proposals stay, marked 'merged'.
CREATE TABLE pb_proposal_lineage (
  child_id   INTEGER NOT NULL REFERENCES pb_proposal(id) ON DELETE CASCADE,
  parent_id  INTEGER NOT NULL REFERENCES pb_proposal(id) ON DELETE CASCADE,
  at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  PRIMARY KEY (child_id, parent_id)
);

-- One ballot per voter id. voter_id is the number on the voting card or
-- the web login; age band and district are kept for representativeness.
CREATE TABLE pb_ballot (
  id            INTEGER PRIMARY KEY,
  pool_id       INTEGER NOT NULL REFERENCES pb_pool(id) ON DELETE CASCADE,
  voter_id      TEXT NOT NULL,
  age_band      TEXT NOT NULL DEFAULT '',
  district      TEXT NOT NULL DEFAULT '',
  channel       TEXT NOT NULL DEFAULT 'paper' CHECK (channel IN ('paper', 'csv', 'web')),
  paper_number  TEXT NOT NULL DEFAULT '',               -- the number printed on the paper ballot
  checked       TEXT NOT NULL DEFAULT ''
                CHECK (checked IN ('', 'matched', 'mismatch')),  -- double entry of a sample
  review_note   TEXT NOT NULL DEFAULT '',
  entered_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  UNIQUE (pool_id, voter_id)
);

CREATE TABLE pb_ballot_choice (
  ballot_id    INTEGER NOT NULL REFERENCES pb_ballot(id) ON DELETE CASCADE,
  proposal_id  INTEGER NOT NULL REFERENCES pb_proposal(id) ON DELETE CASCADE,
  PRIMARY KEY (ballot_id, proposal_id)
) WITHOUT ROWID;
CREATE INDEX pb_ballot_choice_proposal ON pb_ballot_choice(proposal_id);

CREATE TABLE pb_result (
  id           INTEGER PRIMARY KEY,
  pool_id      INTEGER NOT NULL REFERENCES pb_pool(id) ON DELETE CASCADE,
  rule         TEXT NOT NULL,
  seed         INTEGER NOT NULL,
  input_sha256 TEXT NOT NULL,
  ballots      INTEGER NOT NULL,
  spent        INTEGER NOT NULL,
  protocol     TEXT NOT NULL DEFAULT '',                -- the protocol as JSON
  counted_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE pb_result_project (
  result_id          INTEGER NOT NULL REFERENCES pb_result(id) ON DELETE CASCADE,
  proposal_id        INTEGER NOT NULL REFERENCES pb_proposal(id) ON DELETE CASCADE,
  envelope           TEXT NOT NULL DEFAULT '',          -- district, '' for municipality-wide
  status             TEXT NOT NULL CHECK (status IN ('funded', 'funded-completion', 'not-funded')),
  position           INTEGER NOT NULL DEFAULT 0,
  votes              INTEGER NOT NULL DEFAULT 0,
  explanation        TEXT NOT NULL DEFAULT '',
  recommendation_id  INTEGER REFERENCES recommendation(id) ON DELETE SET NULL,
  PRIMARY KEY (result_id, proposal_id)
);
