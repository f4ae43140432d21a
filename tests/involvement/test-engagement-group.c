/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include <adwaita.h>

#include "rs-engagement-group.h"
#include "rs-engagement-targets.h"
#include "rs-process-store.h"
#include "rs-test-gtk-utils.h"
#include "rs-test-utils.h"

/* The Overview's engagement targets: a row per target set, read on the
 * database thread, and a hint when there is none. */

typedef struct
{
  RsEngagementGroup *group;
  guint              want;
} Wait;

static gboolean
has_rows (gpointer data)
{
  Wait *w = data;
  return gtk_widget_get_visible (GTK_WIDGET (w->group)) &&
         rs_engagement_group_get_n_rows (w->group) == w->want;
}

static void
test_group (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  gint64 process_id;
  g_autoptr(RsDatabase) db = rs_test_open_sample_database (&dir, &process_id);
  g_autoptr(RsContext) context = rs_context_new (db, NULL);
  g_autoptr(RsProcess) process = rs_process_store_get (db, process_id, &error);
  GtkWidget *window = gtk_window_new ();
  RsEngagementGroup *group = g_object_new (RS_TYPE_ENGAGEMENT_GROUP, NULL);
  Wait w = { group, 0 };

  g_assert_no_error (error);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (group));
  gtk_window_present (GTK_WINDOW (window));

  /* No targets: the group says how to set them. */
  rs_engagement_group_set_process (group, context, process);
  rs_test_wait_for (has_rows, &w);

  g_assert_true (rs_engagement_targets_set (db, process_id, RS_TARGET_REGISTRATIONS, NULL, 400, -1,
                                            &error));
  g_assert_true (rs_engagement_targets_set (db, process_id, RS_TARGET_YOUTH_SHARE, NULL, 20, -1,
                                            &error));
  g_assert_true (rs_engagement_targets_set (db, process_id, RS_TARGET_PARTICIPANTS, "Nørreby", 20,
                                            -1, &error));
  g_assert_no_error (error);
  rs_engagement_group_reload (group);
  w.want = 3;
  rs_test_wait_for (has_rows, &w);
  rs_test_screenshot (window, "engagement-group");

  /* Another process (none): the group hides. */
  rs_engagement_group_set_process (group, context, NULL);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (group)));
  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  rs_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_test_add_func ("/involvement/engagement-group", test_group);
  return g_test_run ();
}
