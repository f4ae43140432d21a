/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gtk/gtk.h>

#include "rs-database.h"
#include "rs-hearing-response.h"

G_BEGIN_DECLS

#define RS_TYPE_RESPONSE_CODING_VIEW (rs_response_coding_view_get_type ())
G_DECLARE_FINAL_TYPE (RsResponseCodingView, rs_response_coding_view, RS, RESPONSE_CODING_VIEW, GtkWidget)

/* Reads one response and codes it: select text → "Add point" (Ctrl+Enter;
 * the selection snaps to whole words, the new point's theme gets the focus),
 * then theme, budget area, budget proposal and position (Ctrl+1…4, Ctrl+0),
 * the administration's comment (several lines) and a decision per point;
 * Ctrl+D marks every undecided point as noted. Emits
 * "changed" after every saved change. */
GtkWidget         *rs_response_coding_view_new          (void);
void               rs_response_coding_view_set_database (RsResponseCodingView *self,
                                                         RsDatabase           *db);
void               rs_response_coding_view_set_response (RsResponseCodingView *self,
                                                         RsHearingResponse    *response);
RsHearingResponse *rs_response_coding_view_get_response (RsResponseCodingView *self);
/* The round's budget proposals (RsBudgetProposal) a point can name. */
void               rs_response_coding_view_set_proposals (RsResponseCodingView *self,
                                                          GListModel           *proposals);
/* The points shown (RsResponsePoint). */
GListModel        *rs_response_coding_view_get_points   (RsResponseCodingView *self);

G_END_DECLS
