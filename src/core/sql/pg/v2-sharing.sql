-- SPDX-License-Identifier: MPL-2.0
-- PostgreSQL: schema version 2 (sharing), the same as ../v2-sharing.sql:
-- a version per row of the records people edit at the same time, and the
-- budget process of each audit-log row. The stores write the audit log
-- (no triggers); the actor is the connection's current_user.
ALTER TABLE budget_process ADD COLUMN version bigint NOT NULL DEFAULT 1;
ALTER TABLE panel ADD COLUMN version bigint NOT NULL DEFAULT 1;
ALTER TABLE session ADD COLUMN version bigint NOT NULL DEFAULT 1;
ALTER TABLE lab ADD COLUMN version bigint NOT NULL DEFAULT 1;
ALTER TABLE hearing_response ADD COLUMN version bigint NOT NULL DEFAULT 1;
ALTER TABLE response_point ADD COLUMN version bigint NOT NULL DEFAULT 1;
ALTER TABLE recommendation ADD COLUMN version bigint NOT NULL DEFAULT 1;
ALTER TABLE council_decision ADD COLUMN version bigint NOT NULL DEFAULT 1;
ALTER TABLE council_submission ADD COLUMN version bigint NOT NULL DEFAULT 1;

ALTER TABLE audit_log ADD COLUMN process_id bigint REFERENCES budget_process(id) ON DELETE CASCADE;
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
CREATE INDEX audit_log_process ON audit_log (process_id);
