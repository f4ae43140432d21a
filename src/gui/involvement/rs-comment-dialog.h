/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <adwaita.h>

#include "rs-comment.h"
#include "rs-database.h"

G_BEGIN_DECLS

#define RS_TYPE_COMMENT_DIALOG (rs_comment_dialog_get_type ())
G_DECLARE_FINAL_TYPE (RsCommentDialog, rs_comment_dialog, RS, COMMENT_DIALOG, AdwWindow)

/* Adds (@comment NULL) or edits a digital comment: text, author, channel,
 * date, district (from @districts, a list of names), themes, the flag for
 * review and, when editing, the recommendations it is an origin of. Saves with rs_comment_store_save_async() and closes; the
 * page hears of the change on the change path. */
RsCommentDialog *rs_comment_dialog_new       (GtkWindow          *parent,
                                              RsDatabase         *db,
                                              gint64              process_id,
                                              RsComment          *comment,
                                              const char * const *districts);
/* For tests: fills the fields and saves as the Save button does. */
void             rs_comment_dialog_set_text  (RsCommentDialog    *self,
                                              const char         *text);
void             rs_comment_dialog_save      (RsCommentDialog    *self);
gboolean         rs_comment_dialog_set_origin (RsCommentDialog   *self,
                                               gint64             recommendation_id,
                                               gboolean           linked);

/* For tests: checks the idea @id as one this comment fed (FALSE when it is
 * not listed, or not yet). */
gboolean         rs_comment_dialog_set_idea   (RsCommentDialog *self,
                                               gint64           id,
                                               gboolean         linked);

G_END_DECLS
