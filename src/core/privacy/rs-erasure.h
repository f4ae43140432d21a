/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>

#include "rs-database.h"

G_BEGIN_DECLS

/* Erasure of personal data by blanking (as OpenDLP does): names, contact
 * data, addresses and free-text identifiers go; pseudonyms, category
 * values, statuses, attendance, votes and counts stay, so every aggregate,
 * protocol and report stays valid and can be reproduced.
 *
 * For a pool member (person): the contact row (name, address, postcode,
 * city, e-mail, phone), the id in the source register and the notes are
 * blanked; the household key (a normalised address) becomes a token that
 * keeps who shared a household ("erased-household-N") without the address.
 * For a private hearing sender: the sender's name, address and e-mail and
 * the file name are blanked, the name, address, e-mail addresses and phone
 * numbers in the subject, text, summary and coded excerpts are replaced by
 * the white book's placeholders ("[name]", ...), and the original files
 * (e-mail, PDF) are deleted. Organisations are kept.
 *
 * Each erasure is recorded (date, scope, reason, counts; never the erased
 * data). Afterwards the full-text index is rebuilt, the file is vacuumed
 * with secure_delete and the write-ahead log truncated, so the erased text
 * is gone from the database file itself. Copies made before schema
 * upgrades (FILE.v1-….bak) are not touched: see
 * rs_erasure_list_backups(). */

#define RS_ERASED_HOUSEHOLD_PREFIX "erased-household-"

/* SQL conditions: a pool member (alias p) or a private response (alias r)
 * that holds personal data to erase: never erased, or given contact data
 * again since. */
#define RS_ERASURE_PERSON_PENDING                                                        \
  "(p.erased_on IS NULL OR p.external_id IS NOT NULL OR p.notes <> '' OR EXISTS "       \
  "(SELECT 1 FROM person_contact k WHERE k.person_id = p.id AND k.name || k.address || " \
  "k.postcode || k.city || k.email || k.phone <> ''))"
#define RS_ERASURE_RESPONSE_PENDING                                                      \
  "(r.erased_on IS NULL OR r.sender || r.sender_address || r.sender_email <> '')"

typedef enum
{
  RS_ERASURE_REASON_RETENTION,  /*< nick=retention >*/
  RS_ERASURE_REASON_REQUEST,    /*< nick=request >*/
  RS_ERASURE_REASON_MANUAL,     /*< nick=manual >*/
} RsErasureReason;

typedef struct
{
  int     persons;      /* pool members (incl. meeting registrants) erased */
  int     responses;    /* private hearing responses erased */
  int     attachments;  /* original files deleted */
  int     points;       /* coded excerpts redacted */
  int     runs_checked; /* selection runs whose pool hash was checked first */
  int     others;       /* rows of other areas' tables (see rs-erasure.c) */
  gint64  record_id;    /* the row in personal_data_erasure, 0 for a preview */
} RsErasureCounts;

/* One recorded erasure. */
typedef struct
{
  gint64  id;
  gint64  process_id;
  char   *erased_at;
  char   *scope;        /* "process" or "person" */
  char   *reason;       /* "retention", "request" or "manual" */
  char   *subject;      /* the pseudonym for a person, else "" */
  int     persons;
  int     responses;
  int     attachments;
} RsErasureRecord;

void        rs_erasure_record_free    (RsErasureRecord  *record);
const char *rs_erasure_reason_to_nick (RsErasureReason   reason);

/* What an erasure of the process would change, without changing it. */
gboolean    rs_erasure_preview        (RsDatabase       *db,
                                       gint64            process_id,
                                       RsErasureCounts  *out,
                                       GError          **error);
gboolean    rs_erasure_erase_process  (RsDatabase       *db,
                                       gint64            process_id,
                                       RsErasureReason   reason,
                                       RsErasureCounts  *out,
                                       GError          **error);
/* One pool member, on request (GDPR art. 17). A person already erased is
 * left as is (@out->persons is then 0). */
gboolean    rs_erasure_erase_person   (RsDatabase       *db,
                                       gint64            person_id,
                                       RsErasureReason   reason,
                                       RsErasureCounts  *out,
                                       GError          **error);
/* Removes erased text from the file: rebuilds full-text indexes, VACUUM
 * with secure_delete, and truncates the write-ahead log. Outside a
 * transaction. */
gboolean    rs_erasure_scrub_file     (RsDatabase       *db,
                                       GError          **error);
/* The erasures of a process (RsErasureRecord), oldest first. */
GPtrArray  *rs_erasure_list           (RsDatabase       *db,
                                       gint64            process_id,
                                       GError          **error);
/* Copies of the database file made before schema upgrades, which still
 * hold whatever they held (file names; empty when none). */
GStrv       rs_erasure_list_backups   (RsDatabase       *db);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsErasureRecord, rs_erasure_record_free)

G_END_DECLS
