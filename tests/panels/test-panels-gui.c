/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "rs-categories-editor.h"
#include "rs-panel-details.h"
#include "rs-panel-store.h"
#include "rs-pool-import-dialog.h"
#include "rs-pool-import.h"
#include "rs-pool-view.h"
#include "rs-process-store.h"
#include "rs-repr-chart.h"
#include "rs-representativeness.h"
#include "rs-test-gtk-utils.h"
#include "rs-test-utils.h"

static void
spin_until (gboolean (*done) (gpointer),
            gpointer   data)
{
  gint64 end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (!done (data) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (done (data));
}

static void
test_categories_editor (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *editor = rs_categories_editor_new (NULL);
  g_autoptr(RsPanel) panel = rs_panel_new ();
  GPtrArray *cats = g_ptr_array_new_with_free_func ((GDestroyNotify) rs_category_free);
  RsCategory *gender = rs_category_new_preset ("gender");
  RsCategory *age = rs_category_new_preset ("age");
  const double age_shares[] = { 19, 23, 25, 22, 11 };

  /* A new panel leaves room around each target (no value rounds to a
   * 0-seat maximum); this test wants exact quotas, min = max. */
  g_assert_cmpfloat (rs_panel_get_quota_tolerance (panel), ==, 2.0);
  rs_panel_set_quota_tolerance (panel, 0.0);
  rs_panel_set_size (panel, 20);
  /* Minimum = maximum = the rounded share (new panels default to ±2 points). */
  rs_panel_set_quota_tolerance (panel, 0);
  for (guint i = 0; i < gender->values->len; i++)
    ((RsCategoryValue *) gender->values->pdata[i])->share = 30;  /* 120 % */
  for (guint i = 0; i < age->values->len; i++)
    ((RsCategoryValue *) age->values->pdata[i])->share = age_shares[i];
  g_ptr_array_add (cats, gender);
  g_ptr_array_add (cats, age);
  gtk_window_set_child (GTK_WINDOW (window), editor);
  rs_categories_editor_set_categories (RS_CATEGORIES_EDITOR (editor), panel, cats);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_nonnull (rs_categories_editor_get_error (RS_CATEGORIES_EDITOR (editor), 0));
  g_assert_nonnull (strstr (rs_categories_editor_get_error (RS_CATEGORIES_EDITOR (editor), 0), "Køn"));
  {
    /* A message for people: the sum in the locale's number format. */
    g_autofree char *sum = g_strdup_printf ("%.1f", 120.0);
    g_assert_nonnull (strstr (rs_categories_editor_get_error (RS_CATEGORIES_EDITOR (editor), 0), sum));
  }
  g_assert_null (rs_categories_editor_get_error (RS_CATEGORIES_EDITOR (editor), 1));

  /* Quotas from shares via the action: all min/max set, no errors left in age. */
  gtk_widget_activate_action (editor, "categories.compute", NULL);
  {
    GPtrArray *now = rs_categories_editor_get_categories (RS_CATEGORIES_EDITOR (editor));
    RsCategory *a = now->pdata[1];
    int sum = 0;
    for (guint i = 0; i < a->values->len; i++)
      sum += ((RsCategoryValue *) a->values->pdata[i])->min;
    g_assert_cmpint (sum, ==, 20);
  }
  g_assert_null (rs_categories_editor_get_error (RS_CATEGORIES_EDITOR (editor), 1));

  gtk_widget_activate_action (editor, "categories.add-preset", "s", "origin");
  g_assert_cmpuint (rs_categories_editor_get_categories (RS_CATEGORIES_EDITOR (editor))->len, ==, 3);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
type_and_press_enter (GtkWidget  *row,
                      const char *text)
{
  GtkEditable *delegate = gtk_editable_get_delegate (GTK_EDITABLE (row));

  gtk_widget_grab_focus (row);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  g_signal_emit_by_name (delegate, "activate");
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Enter in "Add a value" adds the value and leaves focus in a fresh "Add a
 * value" row of the same category, so a second Enter cannot reach the
 * category's remove button; removing a category can be undone. */
static void
test_categories_enter_and_undo (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *editor = rs_categories_editor_new (NULL);
  g_autoptr(RsPanel) panel = rs_panel_new ();
  GPtrArray *cats = g_ptr_array_new_with_free_func ((GDestroyNotify) rs_category_free);
  RsCategoriesEditor *ed = RS_CATEGORIES_EDITOR (editor);
  RsCategory *district = rs_category_new ("Bydel", NULL, FALSE);
  GtkWidget *add, *focus;
  guint values;

  g_ptr_array_add (cats, rs_category_new_preset ("gender"));
  g_ptr_array_add (cats, district);
  rs_panel_set_size (panel, 20);
  g_object_ref (window);
  g_object_ref (editor);
  gtk_window_set_child (GTK_WINDOW (window), editor);
  rs_categories_editor_set_categories (ed, panel, cats);
  gtk_window_present (GTK_WINDOW (window));

  type_and_press_enter (rs_categories_editor_get_add_row (ed, 1), "Nord");
  g_assert_cmpuint (district->values->len, ==, 1);
  add = rs_categories_editor_get_add_row (ed, 1);
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_true (focus == add || gtk_widget_is_ancestor (focus, add));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (add)), ==, "");
  /* Enter again on the empty row changes nothing: no value, no removal. */
  type_and_press_enter (add, "");
  g_assert_cmpuint (rs_categories_editor_get_categories (ed)->len, ==, 2);
  type_and_press_enter (rs_categories_editor_get_add_row (ed, 1), "Syd");
  g_assert_cmpuint (district->values->len, ==, 2);
  values = district->values->len;

  /* Remove the first category, then undo: it comes back in its place. */
  rs_categories_editor_remove_category (ed, 0);
  g_assert_cmpuint (rs_categories_editor_get_categories (ed)->len, ==, 1);
  g_assert_true (gtk_widget_activate_action (editor, "categories.undo-remove", NULL));
  g_assert_cmpuint (rs_categories_editor_get_categories (ed)->len, ==, 2);
  g_assert_cmpstr (((RsCategory *) rs_categories_editor_get_categories (ed)->pdata[0])->name, ==, "Køn");
  g_assert_cmpuint (((RsCategory *) rs_categories_editor_get_categories (ed)->pdata[1])->values->len, ==, values);
  /* Nothing left to undo. */
  rs_categories_editor_remove_category (ed, 1);
  g_assert_true (gtk_widget_activate_action (editor, "categories.undo-remove", NULL));
  g_assert_cmpuint (rs_categories_editor_get_categories (ed)->len, ==, 2);
  gtk_widget_activate_action (editor, "categories.undo-remove", NULL);
  g_assert_cmpuint (rs_categories_editor_get_categories (ed)->len, ==, 2);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
  g_assert_finalize_object (editor);
}

static gboolean
dialog_ready (gpointer data)
{
  return rs_pool_import_dialog_is_ready (data);
}

static void
test_import_mapping (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(RsDatabase) db = rs_test_open_sample_database (&dir, NULL);
  g_autoptr(GPtrArray) cats = rs_categories_load (db, 1, NULL);
  g_autofree char *path = rs_test_data_path ("panels/pool-excel-cp1252.csv");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(RsPoolMapping) stored = rs_pool_mapping_new ();
  g_autoptr(RsPoolMapping) mapping = NULL;
  RsPoolImportDialog *dialog;

  rs_pool_mapping_add_alias (stored, "Køn", "K", "Kvinde");
  dialog = rs_pool_import_dialog_new (NULL, db, 1, cats, stored, file);
  g_object_ref_sink (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  spin_until (dialog_ready, dialog);
  mapping = rs_pool_import_dialog_get_mapping (dialog);
  g_assert_cmpstr (mapping->id_column, ==, "Løbenr");
  g_assert_cmpstr (mapping->contact[RS_CONTACT_NAME], ==, "Navn");
  g_assert_cmpstr (mapping->contact[RS_CONTACT_ADDRESS], ==, "Adresse");
  g_assert_cmpstr (rs_pool_mapping_get_column (mapping, "Køn"), ==, "Køn");
  g_assert_cmpstr (rs_pool_mapping_get_column (mapping, "Bydel"), ==, "Bydel");
  /* The remembered spelling is preselected; "female" is left unmatched. */
  g_assert_cmpstr (rs_pool_mapping_lookup_alias (mapping, "Køn", "K"), ==, "Kvinde");
  g_assert_null (rs_pool_mapping_lookup_alias (mapping, "Køn", "female"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  rs_test_assert_finalized (dialog);
  g_clear_object (&db);
  rs_test_remove_dir (dir);
}

/* A municipality's files: ages in years need no mapping; a spelling seen
 * only on the last line is offered. */
static void
test_import_whole_file (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(RsDatabase) db = rs_test_open_sample_database (&dir, NULL);
  g_autoptr(GPtrArray) cats = rs_categories_load (db, 1, NULL);
  const char *files[] = { "panels/pool-kommune-alder.csv", "panels/pool-kommune-ny-stavemaade.csv" };

  for (guint f = 0; f < G_N_ELEMENTS (files); f++)
    {
      g_autofree char *path = rs_test_data_path (files[f]);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(RsPoolMapping) mapping = NULL;
      g_auto(GStrv) spellings = NULL;
      RsPoolImportDialog *dialog = rs_pool_import_dialog_new (NULL, db, 1, cats, NULL, file);

      g_object_ref_sink (dialog);
      gtk_window_present (GTK_WINDOW (dialog));
      spin_until (dialog_ready, dialog);
      mapping = rs_pool_import_dialog_get_mapping (dialog);
      g_assert_cmpstr (mapping->id_column, ==, "Løbenr.");
      g_assert_cmpstr (rs_pool_mapping_get_column (mapping, "Alder"), ==, "Alder");
      spellings = rs_pool_import_dialog_get_spellings (dialog);
      for (guint i = 0; spellings[i]; i++)
        g_assert_false (g_str_has_prefix (spellings[i], "Alder:"));
      if (f == 0)
        g_assert_cmpuint (g_strv_length (spellings), ==, 0);
      else
        g_assert_true (g_strv_contains ((const char * const *) spellings, "Køn: Kv."));
      gtk_window_destroy (GTK_WINDOW (dialog));
      rs_test_assert_finalized (dialog);
    }
  g_clear_object (&db);
  rs_test_remove_dir (dir);
}

static gboolean
has_height (gpointer data)
{
  return gtk_widget_get_height (data) > 200;
}

static void
test_chart_render (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(RsDatabase) db = rs_test_open_sample_database (&dir, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(RsRepresentativeness) data = rs_representativeness_load (db, 1, &error);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *chart = rs_repr_chart_new ();
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autofree char *png = g_build_filename (dir, "chart.png", NULL);
  g_autofree char *pdf = g_build_filename (dir, "chart.pdf", NULL);
  g_autofree char *csv = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  graphene_rect_t bounds;

  g_assert_no_error (error);
  /* The chair is not one of the seats and not in the counts. */
  g_assert_cmpint (data->pool_total, ==, 599);
  g_assert_cmpint (data->size, ==, 99);
  g_assert_cmpint (data->selected_total, ==, 99);
  g_assert_cmpint (data->chair_total, ==, 1);
  rs_repr_chart_set_data (RS_REPR_CHART (chart), data);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), chart);
  gtk_window_set_child (GTK_WINDOW (window), scroller);
  gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);
  gtk_window_present (GTK_WINDOW (window));
  spin_until (has_height, chart);
  g_assert_cmpint (gtk_widget_get_height (chart), ==, (int) rs_representativeness_height (data));

  paintable = gtk_widget_paintable_new (chart);
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), 800, rs_representativeness_height (data));
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  gsk_render_node_get_bounds (node, &bounds);
  g_assert_cmpfloat (bounds.size.height, >, 200);

  g_assert_true (rs_representativeness_export_chart (data, png, 5, NULL, &error));
  texture = gdk_texture_new_from_filename (png, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gdk_texture_get_height (texture), ==, (int) rs_representativeness_height (data) + 52);
  g_assert_true (rs_representativeness_export_chart (data, pdf, 5, NULL, &error));
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));

  /* Small cells: the sample's few "Andet" people are suppressed in exports. */
  csv = rs_representativeness_to_csv (data, 5);
  {
    const char *line = strstr (csv, "Køn,Andet,0.5,0,3,");
    g_autofree char *copy = NULL;
    g_assert_nonnull (line);
    copy = g_strndup (line, strcspn (line, "\r"));
    g_assert_nonnull (strstr (copy, ",<5,"));
    g_assert_null (strstr (csv, ",1,0."));  /* no count of one with its share */
  }
  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&db);
  rs_test_remove_dir (dir);
}

static GtkWidget *
find_button (GtkWidget  *root,
             const char *label)
{
  if (GTK_IS_BUTTON (root) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (root)), label) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, label);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
pool_loaded (gpointer data)
{
  return g_list_model_get_n_items (rs_pool_view_get_model (data)) > 0;
}

/* Closing the page while the pool is still loading is safe: the view's
 * work is cancelled, nothing touches the page afterwards, and page and
 * view are finalized. */
static void
test_pool_view_lifetime (void)
{
  g_autofree char *dir = NULL;
  gint64 process_id;
  g_autoptr(RsDatabase) db = rs_test_open_sample_database (&dir, &process_id);
  g_autoptr(RsContext) context = rs_context_new (db, NULL);
  RsPage *page = g_object_new (RS_TYPE_PAGE, NULL);
  GtkWidget *view = rs_pool_view_new (page);
  GtkWidget *window;

  g_object_ref_sink (page);
  g_object_ref (view);
  adw_bin_set_child (ADW_BIN (page), view);
  window = rs_test_present_page (page, context, db, process_id);
  g_object_ref (window);
  rs_pool_view_set_panel (RS_POOL_VIEW (view), 1);
  rs_test_wait_for (pool_loaded, view);
  g_assert_cmpuint (g_list_model_get_n_items (rs_pool_view_get_model (RS_POOL_VIEW (view))), ==, 600);

  /* Edit with nobody selected says so on the page (a toast). */
  {
    GtkWidget *edit = find_button (view, "_Edit Person…");

    g_assert_nonnull (edit);
    g_signal_emit_by_name (edit, "clicked");
    g_assert_null (rs_pool_view_get_person_dialog (RS_POOL_VIEW (view)));
  }

  /* Reload, and close before the answer comes. */
  rs_pool_view_set_panel (RS_POOL_VIEW (view), 1);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
  rs_test_assert_finalized (page);
  rs_test_assert_finalized (view);
  g_clear_object (&context);
  g_clear_object (&db);
  rs_test_remove_dir (dir);
}


typedef struct
{
  RsDatabase *db;
  gint64      panel_id;
  const char *name;
  int         categories;
  double      share;     /* of the first value of the first category, or < 0 */
} Stored;

static gboolean
panel_name_stored (gpointer data)
{
  Stored *s = data;
  g_autoptr(RsPanel) panel = rs_panel_store_get (s->db, s->panel_id, NULL);

  return panel != NULL && g_strcmp0 (rs_panel_get_name (panel), s->name) == 0;
}

static gboolean
categories_stored (gpointer data)
{
  Stored *s = data;
  g_autoptr(GPtrArray) cats = rs_categories_load (s->db, s->panel_id, NULL);
  RsCategory *first;

  if (cats == NULL || (int) cats->len != s->categories)
    return FALSE;
  if (s->share < 0)
    return TRUE;
  first = g_ptr_array_index (cats, 0);
  return fabs (((RsCategoryValue *) g_ptr_array_index (first->values, 0))->share - s->share) < 0.01;
}

static gboolean
not_waiting (gpointer data)
{
  return !rs_categories_editor_has_unsaved (data);
}

/* The first widget of @type under @root, depth first. */
static GtkWidget *
find_widget (GtkWidget *root,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
collect_spins (GtkWidget *root,
               GPtrArray *spins)
{
  if (GTK_IS_SPIN_BUTTON (root))
    g_ptr_array_add (spins, root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    collect_spins (child, spins);
}

/* The panel's details and its categories save as you go: a change is
 * stored after a pause, an invalid one waits, and a removed category only
 * once its Undo is no longer offered. */
static void
test_save_as_you_go (void)
{
  g_autofree char *dir = NULL;
  gint64 process_id;
  g_autoptr(RsDatabase) db = rs_test_open_sample_database (&dir, &process_id);
  g_autoptr(RsContext) context = rs_context_new (db, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(RsPanel) panel = rs_panel_store_get (db, 1, &error);
  g_autoptr(RsPanel) other = rs_panel_store_create (db, process_id, "Ungepanelet", 12, &error);
  RsPage *page = g_object_new (RS_TYPE_PAGE, NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *details = rs_panel_details_new (page);
  GtkWidget *editor = rs_categories_editor_new (page);
  GtkWidget *window;
  GtkEditable *name;
  GtkSpinButton *share;
  GPtrArray *spins;
  Stored stored = { db, 1, "Borgerrådet om budgettet", 0, -1 };
  int n_categories;

  g_assert_no_error (error);
  g_object_ref_sink (page);
  g_object_ref (details);
  g_object_ref (editor);
  gtk_box_append (GTK_BOX (box), details);
  gtk_box_append (GTK_BOX (box), editor);
  adw_bin_set_child (ADW_BIN (page), box);
  window = rs_test_present_page (page, context, db, process_id);
  g_object_ref (window);

  /* Details: typed, saved after the pause, no Save button. */
  rs_panel_details_set_panel (RS_PANEL_DETAILS (details), panel);
  /* The name row is the first entry row of the form. */
  name = GTK_EDITABLE (find_widget (details, ADW_TYPE_ENTRY_ROW));
  g_assert_nonnull (name);
  gtk_editable_set_text (name, "Borgerrådet om budgettet");
  g_assert_true (rs_panel_details_has_unsaved (RS_PANEL_DETAILS (details)));
  rs_test_wait_for (panel_name_stored, &stored);
  /* A reload of the same panel keeps the form as it is. */
  {
    g_autoptr(RsPanel) reloaded = rs_panel_store_get (db, 1, &error);
    rs_panel_details_set_panel (RS_PANEL_DETAILS (details), reloaded);
    g_assert_cmpstr (gtk_editable_get_text (name), ==, "Borgerrådet om budgettet");
  }
  /* An empty name is not saved. */
  gtk_editable_set_text (name, "");
  rs_panel_details_save (RS_PANEL_DETAILS (details));
  rs_test_wait_for_jobs (db);
  rs_test_wait_for (panel_name_stored, &stored);

  /* Categories: a target share saved after the pause. */
  {
    GPtrArray *cats = rs_categories_load (db, 1, &error);
    g_assert_no_error (error);
    n_categories = cats->len;
    g_assert_cmpint (n_categories, >=, 2);
    rs_categories_editor_set_categories (RS_CATEGORIES_EDITOR (editor), panel, cats);
  }
  /* The spin buttons come three to a value: share, minimum, maximum. */
  spins = g_ptr_array_new ();
  collect_spins (editor, spins);
  g_assert_cmpuint (spins->len, >=, 6);
  share = g_ptr_array_index (spins, 0);
  /* One share up: the shares no longer add up, the category is marked in
   * red and nothing is saved. */
  gtk_spin_button_set_value (share, gtk_spin_button_get_value (share) + 0.5);
  g_assert_nonnull (rs_categories_editor_get_error (RS_CATEGORIES_EDITOR (editor), 0));
  rs_test_wait_for (not_waiting, editor);
  rs_test_wait_for_jobs (db);
  stored.categories = n_categories;
  stored.share = gtk_spin_button_get_value (share) - 0.5;
  g_assert_true (categories_stored (&stored));
  /* The next one down: right again, and saved after the pause. */
  gtk_spin_button_set_value (g_ptr_array_index (spins, 3),
                             gtk_spin_button_get_value (g_ptr_array_index (spins, 3)) - 0.5);
  g_assert_null (rs_categories_editor_get_error (RS_CATEGORIES_EDITOR (editor), 0));
  stored.share = gtk_spin_button_get_value (share);
  rs_test_wait_for (categories_stored, &stored);
  g_ptr_array_unref (spins);

  /* A removal waits while Undo is offered; undone, nothing changed. */
  stored.share = -1;
  rs_categories_editor_remove_category (RS_CATEGORIES_EDITOR (editor), n_categories - 1);
  g_assert_true (rs_categories_editor_has_unsaved (RS_CATEGORIES_EDITOR (editor)));
  rs_test_wait_for_jobs (db);
  g_assert_true (categories_stored (&stored));
  g_assert_true (gtk_widget_activate_action (editor, "categories.undo-remove", NULL));
  rs_test_wait_for (not_waiting, editor);
  rs_test_wait_for_jobs (db);
  g_assert_true (categories_stored (&stored));

  /* Removed again, then on to another panel: the removal is saved. */
  rs_categories_editor_remove_category (RS_CATEGORIES_EDITOR (editor), n_categories - 1);
  rs_categories_editor_set_categories (RS_CATEGORIES_EDITOR (editor), other,
                                       g_ptr_array_new_with_free_func ((GDestroyNotify) rs_category_free));
  stored.categories = n_categories - 1;
  rs_test_wait_for (categories_stored, &stored);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
  rs_test_assert_finalized (page);
  rs_test_assert_finalized (details);
  rs_test_assert_finalized (editor);
  g_clear_object (&context);
  g_clear_object (&db);
  rs_test_remove_dir (dir);
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_test_add_func ("/panels/gui/categories-editor", test_categories_editor);
  g_test_add_func ("/panels/gui/categories-enter-and-undo", test_categories_enter_and_undo);
  g_test_add_func ("/panels/gui/pool-view-lifetime", test_pool_view_lifetime);
  g_test_add_func ("/panels/gui/import-mapping", test_import_mapping);
  g_test_add_func ("/panels/gui/import-whole-file", test_import_whole_file);
  g_test_add_func ("/panels/gui/chart-render", test_chart_render);
  g_test_add_func ("/panels/gui/save-as-you-go", test_save_as_you_go);
  return g_test_run ();
}
