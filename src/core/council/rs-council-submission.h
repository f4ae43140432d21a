/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>

#include "rs-catalog.h"
#include "rs-database.h"

G_BEGIN_DECLS

/* The council package's agenda-item texts of a process (committee, meeting
 * date, Resumé, Sagsfremstilling, Beslutningskompetence). An empty text
 * means the package uses its generated default. Strings are never NULL
 * after loading (meeting_date may be NULL). */
typedef struct
{
  char *committee;
  char *meeting_date;
  char *resume;
  char *case_text;
  char *authority;
  /* The row's version when loaded (RS_COUNCIL_SUBMISSION_NEW: there was no
   * row); 0 saves without checking. */
  gint64 version;
} RsCouncilSubmission;

#define RS_COUNCIL_SUBMISSION_NEW (-1)

void      rs_council_submission_clear  (RsCouncilSubmission       *submission);
gboolean  rs_council_submission_load   (RsDatabase                *db,
                                        gint64                     process_id,
                                        RsCouncilSubmission       *out,
                                        GError                   **error);
/* Saves (creates or replaces) the row; the meeting date must be empty or
 * YYYY-MM-DD. A loaded @submission is saved only when nobody saved the row
 * since (else RS_DATABASE_ERROR_CONFLICT; load again to see theirs); its
 * version then counts on. */
gboolean  rs_council_submission_save   (RsDatabase                *db,
                                        gint64                     process_id,
                                        RsCouncilSubmission       *submission,
                                        GError                   **error);

/* The generated texts used when the edited ones are empty. */
char       *rs_council_submission_generated_resume    (RsCatalog  *cat,
                                                       GListModel *recommendations);
const char *rs_council_submission_generated_authority (RsCatalog  *cat);
/* Both for the process, in @language (NULL: the user's), for the editor's
 * placeholders. */
gboolean    rs_council_submission_defaults (RsDatabase  *db,
                                            gint64       process_id,
                                            const char  *language,
                                            char       **resume,
                                            char       **authority,
                                            GError     **error);

/* The same on the database thread, for the editor: the load's finish fills
 * @out and the generated defaults; a refused save's finish fails with
 * RS_DATABASE_ERROR_CONFLICT and fills @current (when not NULL) with the
 * texts as stored now. @submission is copied. */
void        rs_council_submission_load_async  (RsDatabase                *db,
                                               gint64                     process_id,
                                               GCancellable              *cancellable,
                                               GAsyncReadyCallback        callback,
                                               gpointer                   user_data);
gboolean    rs_council_submission_load_finish (RsDatabase                *db,
                                               GAsyncResult              *result,
                                               RsCouncilSubmission       *out,
                                               char                     **generated_resume,
                                               char                     **generated_authority,
                                               GError                   **error);
void        rs_council_submission_save_async  (RsDatabase                *db,
                                               gint64                     process_id,
                                               const RsCouncilSubmission *submission,
                                               GCancellable              *cancellable,
                                               GAsyncReadyCallback        callback,
                                               gpointer                   user_data);
gboolean    rs_council_submission_save_finish (RsDatabase                *db,
                                               GAsyncResult              *result,
                                               gint64                    *version,
                                               RsCouncilSubmission       *current,
                                               GError                   **error);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (RsCouncilSubmission, rs_council_submission_clear)

G_END_DECLS
