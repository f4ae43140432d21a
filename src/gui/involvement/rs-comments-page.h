/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include "rs-page.h"

G_BEGIN_DECLS

#define RS_TYPE_COMMENTS_PAGE (rs_comments_page_get_type ())
G_DECLARE_FINAL_TYPE (RsCommentsPage, rs_comments_page, RS, COMMENTS_PAGE, RsPage)

/* The Comments page: the digital comments of the involvement phase (web
 * form, e-mail, meetings' post-its) with search, import, add, edit and
 * delete with undo. */

/* For tests. */
GListModel *rs_comments_page_get_model  (RsCommentsPage *self);
GtkListBox *rs_comments_page_get_list   (RsCommentsPage *self);
const char *rs_comments_page_get_summary (RsCommentsPage *self);
void        rs_comments_page_set_search (RsCommentsPage *self,
                                         const char     *text);
/* Imports @paths as Import… does after the file chooser. */
void        rs_comments_page_import     (RsCommentsPage     *self,
                                         const char * const *paths);
/* Exports as Export… does after the file chooser. */
void        rs_comments_page_export     (RsCommentsPage     *self,
                                         const char         *path);
/* The dialog Add Comment… or Edit opened last (NULL when closed). */
GtkWindow  *rs_comments_page_get_dialog (RsCommentsPage *self);
/* The toast of the last deletion, whose Undo button restores it. */
AdwToast   *rs_comments_page_get_undo_toast (RsCommentsPage *self);

G_END_DECLS
