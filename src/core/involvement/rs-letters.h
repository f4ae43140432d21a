/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>

#include "rs-database.h"

G_BEGIN_DECLS

/* Letters in Danish, merged from editable templates (per process and kind)
 * with the records: the invitation to the drawn households (with the
 * panel's mandate), the confirmation to those drawn for the panel, the
 * reserve letter, the meeting invitation and its reminder, the thank-you
 * and "you said, we did" (the council's answers) to participants, and the
 * receipt and the answer letter (the white book's answers to its points)
 * to each party that answered a hearing round. Written as one
 * PDF or ODT with a page per letter, or as one mbox of drafts for the
 * municipality's own mail system: Rådslag sends nothing. Personal data
 * appear only in these letters.
 *
 * Merge fields: {navn} {adresse} {postnr} {kommune} {proces} {panel}
 * {mandat} {møde} {dato} {sted} {afsender} {anbefalinger} {høring}
 * {modtaget} {svar}. */
typedef enum
{
  RS_LETTER_INVITATION,
  RS_LETTER_CONFIRMATION,
  RS_LETTER_RESERVE,
  RS_LETTER_MEETING,
  RS_LETTER_THANK_YOU,
  RS_LETTER_REMINDER,
  RS_LETTER_YOU_SAID_WE_DID,
  RS_LETTER_RECEIPT,
  RS_LETTER_ANSWER,
  RS_N_LETTER_KINDS
} RsLetterKind;

typedef enum
{
  RS_LETTER_FORMAT_PDF,
  RS_LETTER_FORMAT_ODT,
  RS_LETTER_FORMAT_MBOX,
} RsLetterFormat;

const char *rs_letter_kind_to_string   (RsLetterKind    kind);
gboolean    rs_letter_kind_from_string (const char     *text,
                                        RsLetterKind   *out);
gboolean    rs_letter_format_from_string (const char   *text,
                                          RsLetterFormat *out);

/* The template in use: the process's own, else the built-in one. */
gboolean    rs_letters_get_template    (RsDatabase     *db,
                                        gint64          process_id,
                                        RsLetterKind    kind,
                                        char          **subject_out,
                                        char          **body_out,
                                        gboolean       *is_custom,
                                        GError        **error);
/* Stores the process's template; NULL @subject and @body go back to the
 * built-in one. An unknown merge field is an error naming it. */
gboolean    rs_letters_set_template    (RsDatabase     *db,
                                        gint64          process_id,
                                        RsLetterKind    kind,
                                        const char     *subject,
                                        const char     *body,
                                        GError        **error);
/* Replaces the merge fields of @text from @fields (name -> value); an
 * unknown field stays as it is. */
char       *rs_letters_merge           (const char     *text,
                                        GHashTable     *fields);

/* Writes the letters of @kind into @dir (created if missing) as
 * "<kind>.pdf", "<kind>.odt" or "<kind>.mbox". @panel_id 0 takes the
 * process's first panel. @session_id is the meeting of meeting invitations
 * and reminders (0: the next one with registrations) and the hearing round
 * of receipts and answer letters (0: the latest round). *n_letters gets the number of letters; in mbox only
 * recipients with an e-mail address get one, *n_skipped the others. */
gboolean    rs_letters_write           (RsDatabase     *db,
                                        gint64          process_id,
                                        RsLetterKind    kind,
                                        gint64          panel_id,
                                        gint64          session_id,
                                        RsLetterFormat  format,
                                        const char     *dir,
                                        const char     *sender,
                                        char          **path_out,
                                        guint          *n_letters,
                                        guint          *n_skipped,
                                        GCancellable   *cancellable,
                                        GError        **error);

G_END_DECLS
