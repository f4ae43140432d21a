/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "rs-pb-page.h"
#include "rs-pb-storage.h"
#include "rs-test-gtk-utils.h"
#include "rs-test-utils.h"

/* The Citizens' Budget page on a pool with proposals: the list shows
 * every proposal from the store's model, a ballot typed with the keyboard
 * is saved and counted in the proposal's votes without any reload, and
 * the count shows Equal Shares beside greedy. */

typedef struct
{
  GtkWidget *page;
  GPtrArray *titles;
} Probe;

static void
collect (GtkWidget *widget,
         GPtrArray *titles)
{
  if (ADW_IS_PREFERENCES_ROW (widget) && gtk_widget_get_mapped (widget))
    g_ptr_array_add (titles, g_strdup (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget))));
  if (ADW_IS_ACTION_ROW (widget) && gtk_widget_get_mapped (widget))
    g_ptr_array_add (titles, g_strdup (adw_action_row_get_subtitle (ADW_ACTION_ROW (widget))));
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget))
    g_ptr_array_add (titles, g_strdup (gtk_label_get_label (GTK_LABEL (widget))));
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    collect (c, titles);
}

static gboolean
shows (Probe      *probe,
       const char *text)
{
  g_autoptr(GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);

  collect (probe->page, titles);
  for (guint i = 0; i < titles->len; i++)
    if (g_ptr_array_index (titles, i) && strstr (g_ptr_array_index (titles, i), text))
      return TRUE;
  return FALSE;
}

static const char *wanted;

static gboolean
shows_wanted (gpointer data)
{
  return shows (data, wanted);
}

static void
wait_for_text (Probe      *probe,
               const char *text)
{
  wanted = text;
  rs_test_wait_for (shows_wanted, probe);
}

static GtkWidget *
find_type (GtkWidget *w,
           GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (w, type))
    return w;
  for (GtkWidget *c = gtk_widget_get_first_child (w); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_type (c, type);
      if (found)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_row (GtkWidget  *w,
          const char *title)
{
  if (ADW_IS_ENTRY_ROW (w) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (w)), title) == 0)
    return w;
  for (GtkWidget *c = gtk_widget_get_first_child (w); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_row (c, title);
      if (found)
        return found;
    }
  return NULL;
}

static void
type_into_focus (GtkWidget  *window,
                 const char *text)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));
  GtkWidget *editable = focus;

  while (editable && !GTK_IS_EDITABLE (editable))
    editable = gtk_widget_get_parent (editable);
  g_assert_nonnull (editable);
  gtk_editable_set_text (GTK_EDITABLE (editable), text);
  /* Enter, as the keyboard gives it. */
  g_signal_emit_by_name (focus, "activate");
}

static void
test_page (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(GError) error = NULL;
  gint64 process_id;
  g_autoptr(RsDatabase) db = rs_test_open_sample_database (&dir, &process_id);
  g_autoptr(RsContext) context = rs_context_new (db, NULL);
  g_autoptr(RsPbPool) pool = rs_pb_storage_create_pool (db, process_id, "Borgerbudget 2027",
                                                        300000, &error);
  RsPbProposalInput a = { .code = "N-01", .title = "Bænke ved søen", .cost = 100000 };
  RsPbProposalInput b = { .code = "N-02", .title = "Legeplads ved skolen", .cost = 250000 };
  gint64 ia = rs_pb_storage_add_proposal (db, rs_pb_pool_get_id (pool), &a, &error);
  gint64 ib = rs_pb_storage_add_proposal (db, rs_pb_pool_get_id (pool), &b, &error);
  GtkWidget *page = g_object_new (RS_TYPE_PB_PAGE, NULL);
  GtkWidget *window;
  GtkWidget *entry;
  AdwViewStack *stack;
  Probe probe = { page, NULL };

  g_assert_true (rs_pb_storage_assess (db, ia, "feasible", NULL, -1, &error));
  g_assert_true (rs_pb_storage_assess (db, ib, "feasible", NULL, -1, &error));
  window = rs_test_present_page (RS_PAGE (page), context, db, process_id);
  stack = ADW_VIEW_STACK (find_type (page, ADW_TYPE_VIEW_STACK));
  g_assert_nonnull (stack);

  adw_view_stack_set_visible_child_name (stack, "proposals");
  wait_for_text (&probe, "Legeplads ved skolen");
  g_assert_true (shows (&probe, "0 votes"));
  wait_for_text (&probe, "2 proposals: 2 on the ballot, 0 not assessed yet.");

  /* A proposal typed in appears in the list, not yet assessed. */
  gtk_editable_set_text (GTK_EDITABLE (find_row (page, "Title")), "Bogskab ved havnen");
  gtk_editable_set_text (GTK_EDITABLE (find_row (page, "Cost (DKK)")), "30000");
  gtk_widget_activate_action (page, "pb.add-proposal", NULL);
  wait_for_text (&probe, "Bogskab ved havnen");
  wait_for_text (&probe, "3 proposals: 2 on the ballot, 1 not assessed yet.");

  /* Type a ballot with Enter between the fields. */
  adw_view_stack_set_visible_child_name (stack, "ballots");
  entry = find_type (page, g_type_from_name ("RsPbBallotEntry"));
  g_assert_nonnull (entry);
  gtk_widget_grab_focus (find_type (entry, ADW_TYPE_ENTRY_ROW));
  type_into_focus (window, "V1");
  type_into_focus (window, "1");
  type_into_focus (window, "25-39");
  type_into_focus (window, "Nord");
  type_into_focus (window, "n-01 N-02");
  wait_for_text (&probe, "Voter V1: ballot saved.");
  wait_for_text (&probe, "1 ballot;");
  /* A second ballot from the same voter is refused and comes back to fix. */
  type_into_focus (window, "V1");
  type_into_focus (window, "2");
  type_into_focus (window, "");
  type_into_focus (window, "");
  type_into_focus (window, "N-01");
  wait_for_text (&probe, "already voted");

  adw_view_stack_set_visible_child_name (stack, "proposals");
  wait_for_text (&probe, "1 vote");

  adw_view_stack_set_visible_child_name (stack, "result");
  gtk_widget_activate_action (page, "pb.count", NULL);
  wait_for_text (&probe, "Greedy: ");
  g_assert_true (shows (&probe, "Equal Shares: funded"));
  rs_test_screenshot (window, "pb-page");

  g_object_ref (page);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (page);
  rs_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_test_add_func ("/pb/page", test_page);
  return g_test_run ();
}
