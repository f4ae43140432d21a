/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <adwaita.h>

#include "rs-comment.h"

G_BEGIN_DECLS

#define RS_TYPE_COMMENT_ROW (rs_comment_row_get_type ())
G_DECLARE_FINAL_TYPE (RsCommentRow, rs_comment_row, RS, COMMENT_ROW, AdwActionRow)

/* A digital comment in the Comments page's list: its text, and under it
 * the pseudonym, channel, date, district and themes; a flag when it needs
 * review; edit and delete buttons (the page's comments.edit and
 * comments.delete actions, with the comment's id). */
GtkWidget *rs_comment_row_new         (RsComment    *comment);
RsComment *rs_comment_row_get_comment (RsCommentRow *self);

G_END_DECLS
