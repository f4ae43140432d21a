/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include "rs-idea-board.h"
#include "rs-page.h"

G_BEGIN_DECLS

#define RS_TYPE_LABS_PAGE (rs_labs_page_get_type ())
G_DECLARE_FINAL_TYPE (RsLabsPage, rs_labs_page, RS, LABS_PAGE, RsPage)

RsIdeaBoard *rs_labs_page_get_board             (RsLabsPage *self);
gint64       rs_labs_page_get_lab_id            (RsLabsPage *self);
void         rs_labs_page_select_lab            (RsLabsPage *self,
                                                 gint64      lab_id);
const char  *rs_labs_page_get_lab_title         (RsLabsPage *self);
const char  *rs_labs_page_get_checklist_summary (RsLabsPage *self);
void         rs_labs_page_new_lab_fill          (RsLabsPage *self,
                                                 const char *key,
                                                 const char *text);
GtkWidget   *rs_labs_page_get_evaluation_view   (RsLabsPage *self);
void         rs_labs_page_add_answer            (RsLabsPage *self,
                                                 const char *question,
                                                 const char *answer,
                                                 int         count);

G_END_DECLS
