/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <adwaita.h>

#include "rs-database.h"
#include "rs-page.h"

G_BEGIN_DECLS

#define RS_TYPE_COUNCIL_SUBMISSION_EDITOR (rs_council_submission_editor_get_type ())
G_DECLARE_FINAL_TYPE (RsCouncilSubmissionEditor, rs_council_submission_editor, RS,
                      COUNCIL_SUBMISSION_EDITOR, AdwWindow)

/* Edits the agenda-item texts (committee, meeting date, Resumé, case text,
 * decision authority) of the council package of @process_id; shows the
 * generated texts that empty fields fall back to. Emits "saved". */
RsCouncilSubmissionEditor *rs_council_submission_editor_new (GtkWindow  *parent,
                                                             RsDatabase *db,
                                                             gint64      process_id);
/* Opens it for the process of @page, which shows a toast when it is saved. */
void                       rs_council_submission_editor_open (RsPage *page);
/* For tests: whether the stored texts are loaded into the window. */
gboolean                   rs_council_submission_editor_is_loaded (RsCouncilSubmissionEditor *self);

G_END_DECLS
