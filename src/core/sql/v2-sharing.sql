-- SPDX-License-Identifier: MPL-2.0
-- Schema version 2 (sharing): several staff on one budget process.
--
-- A version per row of the records people edit at the same time. A store
-- saves with "... SET ..., version = version + 1 WHERE id = ? AND version = ?"
-- and refuses the save (RS_DATABASE_ERROR_CONFLICT) when no row matched,
-- because someone else saved the row since it was read.
ALTER TABLE budget_process ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE panel ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE session ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE lab ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE hearing_response ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE response_point ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE recommendation ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE council_decision ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE council_submission ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

-- The audit log (v1) gains the budget process a row belongs to, so that it
-- is listed, kept and erased with the process's records. The stores write
-- it (rs-audit.c), not triggers, so the PostgreSQL schema needs no trigger
-- code; there the actor comes from current_user.
ALTER TABLE audit_log ADD COLUMN process_id INTEGER REFERENCES budget_process(id) ON DELETE CASCADE;
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
CREATE INDEX audit_log_process ON audit_log (process_id);
