/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <adwaita.h>

#include "rs-database.h"

G_BEGIN_DECLS

#define RS_TYPE_IDEA_BOARD (rs_idea_board_get_type ())
G_DECLARE_FINAL_TYPE (RsIdeaBoard, rs_idea_board, RS, IDEA_BOARD, GtkWidget)

/* A board of post-its: ideas of a lab in one column per theme, captured and
 * regrouped from the keyboard (or by dragging), with dot-vote tallies and
 * status. Emits "changed" after every stored change. */
void     rs_idea_board_load          (RsIdeaBoard  *self,
                                      RsDatabase   *db,
                                      gint64        process_id,
                                      gint64        lab_id,
                                      GCancellable *cancellable);
void     rs_idea_board_reload        (RsIdeaBoard  *self);
guint    rs_idea_board_get_n_ideas   (RsIdeaBoard  *self);
/* The theme an idea is shown under ("" for none), for tests. */
const char *rs_idea_board_get_theme  (RsIdeaBoard  *self,
                                      gint64        idea_id);
/* The row widget of an idea (focusable), for tests. */
GtkWidget *rs_idea_board_get_row     (RsIdeaBoard  *self,
                                      gint64        idea_id);
/* Types @text into the capture entry and presses Enter. */
void     rs_idea_board_capture       (RsIdeaBoard  *self,
                                      const char   *text);
gboolean rs_idea_board_is_busy       (RsIdeaBoard  *self);
/* The district an idea is shown with ("" for none), for tests. */
const char *rs_idea_board_get_district (RsIdeaBoard *self,
                                        gint64       idea_id);
/* Opens the idea's district dialog (what activating its row or pressing D
 * on it does); NULL when the idea is not on the board. */
GtkWindow *rs_idea_board_edit_district (RsIdeaBoard *self,
                                        gint64       idea_id);

G_END_DECLS
