/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-test-gtk-utils"

#include "config.h"

#include "rs-process-store.h"
#include "rs-test-gtk-utils.h"

static gboolean
guard_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

void
rs_test_wait_for (RsTestCondition cond,
                  gpointer        data)
{
  gboolean hung = FALSE;
  guint guard = g_timeout_add_seconds (120, guard_cb, &hung);

  while (!cond (data) && !hung)
    g_main_context_iteration (NULL, TRUE);
  if (!hung)
    g_source_remove (guard);
  g_assert_true (cond (data));
}

static gpointer
noop_job (RsDatabase   *db,
          gpointer      data,
          GCancellable *cancellable,
          GError      **error)
{
  return GINT_TO_POINTER (1);
}

static void
noop_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  rs_database_run_finish_boolean (RS_DATABASE (source), result, NULL);
  *(gboolean *) user_data = TRUE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

void
rs_test_wait_for_jobs (RsDatabase *db)
{
  for (int round = 0; round < 4; round++)
    {
      gboolean done = FALSE;

      rs_database_run_async (db, noop_job, NULL, NULL, NULL, NULL, noop_done_cb, &done);
      rs_test_wait_for (is_true, &done);
      while (g_main_context_iteration (NULL, FALSE))
        ;
    }
}

static gboolean
is_null (gpointer data)
{
  return *(gpointer *) data == NULL;
}

void
rs_test_assert_finalized (gpointer object)
{
  gpointer weak = object;

  g_assert_true (G_IS_OBJECT (object));
  g_object_add_weak_pointer (G_OBJECT (object), &weak);
  g_object_unref (object);
  rs_test_wait_for (is_null, &weak);
}

void
rs_test_close_page (GtkWidget **window,
                    gpointer    page,
                    RsDatabase *db)
{
  /* Nothing may still read the database when it goes (on PostgreSQL it
   * is dropped). */
  rs_test_wait_for_jobs (db);
  g_object_ref (page);
  g_clear_pointer ((GtkWindow **) window, gtk_window_destroy);
  rs_test_assert_finalized (page);
  rs_test_wait_for_jobs (db);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

GtkWidget *
rs_test_present_page (RsPage     *page,
                      RsContext  *context,
                      RsDatabase *db,
                      gint64      process_id)
{
  g_autoptr(RsProcess) process = rs_process_store_get (db, process_id, NULL);
  GtkWidget *overlay = adw_toast_overlay_new ();
  GtkWidget *window;

  g_assert_nonnull (process);
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (page));
  gtk_window_set_child (GTK_WINDOW (window), overlay);
  gtk_window_present (GTK_WINDOW (window));
  rs_page_set_context (page, context);
  rs_page_set_process (page, process);
  return window;
}

void
rs_test_screenshot (GtkWidget  *window,
                    const char *name)
{
  const char *dir = g_getenv ("RS_SCREENSHOT_DIR");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  int w, h;

  if (dir == NULL)
    return;
  for (int i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);
  w = gtk_widget_get_width (window);
  h = gtk_widget_get_height (window);
  paintable = gtk_widget_paintable_new (window);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), w, h);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, w, h));
  path = g_build_filename (dir, name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
}
