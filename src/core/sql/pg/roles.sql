-- SPDX-License-Identifier: MPL-2.0
-- PostgreSQL: the four roles of a shared Rådslag database, enforced by the
-- server (raadslag-cli db init runs this; it may run again after an
-- upgrade). Staff log in as their own PostgreSQL users and are made members
-- of one role (raadslag-cli db grant USER ROLE).
--   raadslag_facilitator  the pool, the draw, sessions; everything else too
--   raadslag_secretariat  hearings, coding, the white book
--   raadslag_council      recommendations, the council package, decisions
--   raadslag_readonly     reads, writes nothing
-- Personal data of pool members and invited residents (names, addresses,
-- contacts) is readable by facilitators only: person_contact,
-- invitation_address and pb_proposer are theirs alone, and of invitation
-- the other roles may read every column but name, email and phone (and of
-- citizen_comment every column but the author; of participant, the public
-- registrants of open meetings, every column but name, email, phone and
-- the keys made from them). The
-- other roles see pool members by their pseudonyms (person.pseudonym).

DO $$
DECLARE
  r text;
  t text;
  personal text[] := ARRAY['person_contact', 'invitation_address', 'pb_proposer'];
  secretariat text[] := ARRAY['hearing_round', 'hearing_invitation', 'hearing_response',
    'hearing_response_search', 'hearing_response_trash', 'consulted_party', 'response_point',
    'response_signature', 'response_signature_band', 'response_group_member', 'budget_proposal',
    'attachment', 'audit_log', 'theme', 'budget_area'];
  council text[] := ARRAY['recommendation', 'recommendation_cost', 'recommendation_origin',
    'recommendation_lineage', 'council_decision', 'council_submission', 'milestone', 'attachment',
    'audit_log'];
BEGIN
  FOREACH r IN ARRAY ARRAY['raadslag_facilitator', 'raadslag_secretariat', 'raadslag_council',
                           'raadslag_readonly'] LOOP
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
      EXECUTE format('CREATE ROLE %I NOLOGIN', r);
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), r);
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), r);
  END LOOP;

  FOR t IN SELECT table_name FROM information_schema.tables
           WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' LOOP
    EXECUTE format('REVOKE ALL ON %I FROM raadslag_facilitator, raadslag_secretariat, '
                   'raadslag_council, raadslag_readonly', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO raadslag_facilitator', t);
    IF t IN ('invitation', 'citizen_comment', 'participant') THEN
      -- Every column but the resident's name and contacts, or the
      -- comment's author (the pseudonym stays readable).
      EXECUTE format('GRANT SELECT (%s) ON %I TO raadslag_secretariat, raadslag_council, raadslag_readonly',
                     (SELECT string_agg(quote_ident(column_name), ', ')
                        FROM information_schema.columns
                       WHERE table_schema = current_schema() AND table_name = t
                         AND column_name NOT IN ('name', 'email', 'phone', 'author', 'email_key',
                                                 'phone_key', 'name_key')), t);
    ELSIF NOT t = ANY (personal) THEN
      EXECUTE format('GRANT SELECT ON %I TO raadslag_secretariat, raadslag_council, raadslag_readonly', t);
    END IF;
    IF t = ANY (secretariat) THEN
      EXECUTE format('GRANT INSERT, UPDATE, DELETE ON %I TO raadslag_secretariat', t);
    END IF;
    IF t = ANY (council) THEN
      EXECUTE format('GRANT INSERT, UPDATE, DELETE ON %I TO raadslag_council', t);
    END IF;
  END LOOP;

  EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO raadslag_facilitator, '
                 'raadslag_secretariat, raadslag_council', current_schema());

  -- Row-level security as a second lock on the contact data: only a
  -- facilitator (or the owner, who runs migrations) sees any row.
  ALTER TABLE person_contact ENABLE ROW LEVEL SECURITY;
  DROP POLICY IF EXISTS facilitators_only ON person_contact;
  CREATE POLICY facilitators_only ON person_contact
    USING (pg_has_role(current_user, 'raadslag_facilitator', 'MEMBER'));
END $$;
