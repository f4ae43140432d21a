/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <adwaita.h>

#include "rs-page.h"

G_BEGIN_DECLS

/* Helpers for display tests of single pages. */

typedef gboolean (*RsTestCondition) (gpointer data);

/* Runs the main loop until @cond holds. The guard only turns a hang into a
 * failure; nothing here measures time. */
void       rs_test_wait_for     (RsTestCondition  cond,
                                 gpointer         data);
/* Shows @page in a new window with a toast overlay, on @process_id of @db;
 * returns the window (destroy it with gtk_window_destroy). */
GtkWidget *rs_test_present_page (RsPage          *page,
                                 RsContext       *context,
                                 RsDatabase      *db,
                                 gint64           process_id);
/* Runs the main loop until every job queued on @db so far, and the jobs
 * their callbacks queue in turn (a few rounds deep), have come back: the
 * database runs its jobs one at a time, in order. */
void       rs_test_wait_for_jobs (RsDatabase     *db);
/* Drops the caller's reference to @object and runs the main loop until
 * work still under way lets go of it; fails unless it is then finalized
 * (g_assert_finalize_object for pages and dialogs that had jobs out). */
void       rs_test_assert_finalized (gpointer     object);
/* Closes the window that rs_test_present_page () made for @page, once
 * nothing still reads @db, and fails unless @page is then finalized. */
void       rs_test_close_page   (GtkWidget      **window,
                                 gpointer         page,
                                 RsDatabase      *db);
/* Saves @window as @name in $RS_SCREENSHOT_DIR when that is set. */
void       rs_test_screenshot   (GtkWidget       *window,
                                 const char      *name);

G_END_DECLS
