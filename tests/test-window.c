/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>

#include "rs-application.h"
#include "rs-audit.h"
#include "rs-conflict-dialog.h"
#include "rs-overview-page.h"
#include "rs-phase-row.h"
#include "rs-process-store.h"
#include "rs-test-gtk-utils.h"
#include "rs-test-utils.h"
#include "rs-window.h"

static const char *page_names[] = {
  "overview", "panels", "involvement", "sessions", "labs", "hearings", "representativeness",
  "recommendations", "pb", NULL
};

typedef struct
{
  char          *dir;
  RsDatabase    *db;
  RsContext     *context;
  RsWindow      *window;
} Fixture;

/* One registered application for all tests: with a session bus, a second
 * registration under the same ID in one process would fail. */
static RsApplication *app;
/* The fixture's database, whose job queue says when the pages are loaded. */
static RsDatabase *fixture_db;

static gboolean
window_loaded (gpointer data)
{
  return !rs_window_is_loading (data) && rs_window_get_process (data) != NULL;
}

static void
wait_until_loaded (RsWindow *window)
{
  rs_test_wait_for (window_loaded, window);
  /* Let the pages' own loads come back. */
  rs_test_wait_for_jobs (fixture_db);
}

static void
fixture_set_up (Fixture      *f,
                gconstpointer data)
{
  gboolean with_sample = GPOINTER_TO_INT (data);

  f->db = with_sample ? rs_test_open_sample_database (&f->dir, NULL)
                      : rs_test_open_temp_database (&f->dir);
  f->context = rs_context_new (f->db, NULL);
  fixture_db = f->db;
  f->window = rs_window_new (app, f->context, NULL);
  gtk_window_present (GTK_WINDOW (f->window));
}

static void
fixture_tear_down (Fixture      *f,
                   gconstpointer data)
{
  GtkWidget *pages[G_N_ELEMENTS (page_names)] = { NULL, };

  /* The window and every page go away with it, whatever was loading. */
  for (int i = 0; page_names[i]; i++)
    pages[i] = g_object_ref (rs_window_get_page (f->window, page_names[i]));
  g_object_ref (f->window);
  gtk_window_destroy (GTK_WINDOW (f->window));
  rs_test_assert_finalized (f->window);
  for (int i = 0; page_names[i]; i++)
    rs_test_assert_finalized (pages[i]);
  g_clear_object (&f->context);
  fixture_db = NULL;
  g_clear_object (&f->db);
  rs_test_remove_dir (f->dir);
  g_free (f->dir);
}

static void
test_navigate_every_page (Fixture      *f,
                          gconstpointer data)
{
  wait_until_loaded (f->window);
  g_assert_cmpstr (rs_process_get_name (rs_window_get_process (f->window)), ==, "Budget 2027");

  for (int i = 0; page_names[i]; i++)
    {
      GtkWidget *page;

      gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", page_names[i]);
      g_assert_cmpstr (rs_window_get_visible_page (f->window), ==, page_names[i]);
      page = rs_window_get_page (f->window, page_names[i]);
      g_assert_true (RS_IS_PAGE (page));
      g_assert_true (rs_page_get_process (RS_PAGE (page)) == rs_window_get_process (f->window));
      /* Never a blank pane: every page has content. */
      g_assert_nonnull (adw_bin_get_child (ADW_BIN (page)));
    }
}

static void
test_overview_warns (Fixture      *f,
                     gconstpointer data)
{
  RsOverviewPage *overview;
  g_autoptr(GListStore) phases = NULL;
  g_autoptr(RsPhase) hearing = NULL;

  wait_until_loaded (f->window);
  overview = RS_OVERVIEW_PAGE (rs_window_get_page (f->window, "overview"));
  /* The sample's plan is realistic. */
  g_assert_cmpuint (rs_overview_page_get_n_warnings (overview), ==, 0);

  /* Shorten the hearing in the database and reload: the page warns. */
  phases = rs_phase_store_list (f->db, rs_process_get_id (rs_window_get_process (f->window)), NULL);
  hearing = g_list_model_get_item (G_LIST_MODEL (phases), RS_PHASE_HEARING);
  rs_phase_set_ends_on (hearing, "2026-09-15");
  g_assert_true (rs_phase_store_update (f->db, hearing, NULL));
  rs_page_reload (RS_PAGE (overview));
  wait_until_loaded (f->window);
  g_assert_cmpuint (rs_overview_page_get_n_warnings (overview), ==, 1);
}

static void
test_empty_database_offers_sample (Fixture      *f,
                                   gconstpointer data)
{
  while (rs_window_is_loading (f->window))
    g_main_context_iteration (NULL, TRUE);
  g_assert_null (rs_window_get_process (f->window));

  /* The welcome page's button creates the sample; the window then shows it. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.open-sample", NULL);
  rs_test_wait_for (window_loaded, f->window);
  g_assert_cmpstr (rs_process_get_name (rs_window_get_process (f->window)), ==, "Budget 2027");
}

/* Accessibility: every interactive widget must have a name a screen reader
 * can read. GTK 4.8 has no getter for the computed name, so this checks the
 * sources of one: an explicit label or labelled-by relation, a button's own
 * label, or a row title that names the widget. */
static gboolean
is_interactive (GtkWidget *w)
{
  return GTK_IS_BUTTON (w) || GTK_IS_MENU_BUTTON (w) || GTK_IS_ENTRY (w) ||
         GTK_IS_SPIN_BUTTON (w) || GTK_IS_DROP_DOWN (w) || GTK_IS_SWITCH (w) ||
         GTK_IS_CHECK_BUTTON (w) || GTK_IS_LIST_BOX (w) || GTK_IS_LIST_VIEW (w) ||
         GTK_IS_COLUMN_VIEW (w) || GTK_IS_TEXT_VIEW (w) || GTK_IS_SEARCH_ENTRY (w) ||
         GTK_IS_SCALE (w) || GTK_IS_COMBO_BOX (w);
}

static gboolean
has_text (const char *s)
{
  return s != NULL && *s != '\0';
}

static gboolean
label_child_has_text (GtkWidget *w)
{
  for (GtkWidget *c = gtk_widget_get_first_child (w); c; c = gtk_widget_get_next_sibling (c))
    {
      if (GTK_IS_LABEL (c) && has_text (gtk_label_get_text (GTK_LABEL (c))))
        return TRUE;
      if (ADW_IS_BUTTON_CONTENT (c) && has_text (adw_button_content_get_label (ADW_BUTTON_CONTENT (c))))
        return TRUE;
      if (label_child_has_text (c))
        return TRUE;
    }
  return FALSE;
}

static gboolean
is_named (GtkWidget *w)
{
  GtkWidget *row;

  if (gtk_test_accessible_has_property (GTK_ACCESSIBLE (w), GTK_ACCESSIBLE_PROPERTY_LABEL) ||
      gtk_test_accessible_has_relation (GTK_ACCESSIBLE (w), GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    return TRUE;
  if (GTK_IS_BUTTON (w) && (has_text (gtk_button_get_label (GTK_BUTTON (w))) ||
                            label_child_has_text (w)))
    return TRUE;
  if (GTK_IS_MENU_BUTTON (w) && has_text (gtk_menu_button_get_label (GTK_MENU_BUTTON (w))))
    return TRUE;
  if (GTK_IS_CHECK_BUTTON (w) && has_text (gtk_check_button_get_label (GTK_CHECK_BUTTON (w))))
    return TRUE;
  /* Icon-only buttons: the tooltip is what GTK exposes. */
  if ((GTK_IS_BUTTON (w) || GTK_IS_MENU_BUTTON (w)) && has_text (gtk_widget_get_tooltip_text (w)))
    return TRUE;
  /* A widget that is the activatable widget of a titled row is named by it. */
  row = gtk_widget_get_ancestor (w, ADW_TYPE_ACTION_ROW);
  if (row != NULL && adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row)) == w &&
      has_text (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row))))
    return TRUE;
  return FALSE;
}

static void
collect_unnamed (GtkWidget *w,
                 GString   *out)
{
  if (!gtk_widget_get_visible (w))
    return;
  /* Internal parts of composite widgets are named by their owner. */
  if (GTK_IS_ENTRY (w) || GTK_IS_SPIN_BUTTON (w) || GTK_IS_DROP_DOWN (w) ||
      ADW_IS_ENTRY_ROW (w) || GTK_IS_SEARCH_ENTRY (w) || GTK_IS_COLUMN_VIEW (w))
    {
      if (GTK_IS_WIDGET (w) && is_interactive (w) && !ADW_IS_ENTRY_ROW (w) && !is_named (w))
        g_string_append_printf (out, "%s (%s)\n", G_OBJECT_TYPE_NAME (w),
                                gtk_widget_get_name (w));
      return;
    }
  /* AdwExpanderRow's own list boxes are named by the row's title. */
  if (is_interactive (w) && !is_named (w) &&
      !(GTK_IS_LIST_BOX (w) && gtk_widget_get_ancestor (w, ADW_TYPE_EXPANDER_ROW)))
    {
      GtkWidget *parent = gtk_widget_get_parent (w);
      g_string_append_printf (out, "%s in %s\n", G_OBJECT_TYPE_NAME (w),
                              parent ? G_OBJECT_TYPE_NAME (parent) : "-");
    }
  for (GtkWidget *c = gtk_widget_get_first_child (w); c; c = gtk_widget_get_next_sibling (c))
    collect_unnamed (c, out);
}

static void
test_accessible_names (Fixture      *f,
                       gconstpointer data)
{
  g_autoptr(GString) unnamed = g_string_new (NULL);

  wait_until_loaded (f->window);
  for (int i = 0; page_names[i]; i++)
    {
      gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", page_names[i]);
      wait_until_loaded (f->window);
      collect_unnamed (GTK_WIDGET (f->window), unnamed);
    }
  if (unnamed->len > 0)
    g_test_message ("Interactive widgets without an accessible name:\n%s", unnamed->str);
  g_assert_cmpuint (unnamed->len, ==, 0);
}

static gboolean
shown (GType type)
{
  g_autoptr(GList) windows = gtk_window_list_toplevels ();

  for (GList *l = windows; l; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) && gtk_widget_get_visible (l->data))
      return TRUE;
  return FALSE;
}

static void
test_menus_open (Fixture      *f,
                 gconstpointer data)
{
  const char *types[] = { "RsPreferencesWindow", "AdwAboutWindow", "GtkShortcutsWindow" };

  wait_until_loaded (f->window);
  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-help-overlay", NULL);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      GType type = g_type_from_name (types[i]);
      g_assert_true (type != 0);
      g_assert_true (shown (type));
    }
  {
    g_autoptr(GList) windows = gtk_window_list_toplevels ();
    for (GList *l = windows; l; l = l->next)
      if (l->data != (gpointer) f->window)
        gtk_window_close (l->data);
  }
}

static int
count_processes (RsDatabase *db)
{
  g_autoptr(GListStore) list = rs_process_store_list (db, NULL);
  return g_list_model_get_n_items (G_LIST_MODEL (list));
}

static gboolean
no_processes (gpointer db)
{
  return count_processes (db) == 0;
}

static void
test_delete_and_undo (Fixture      *f,
                      gconstpointer data)
{
  wait_until_loaded (f->window);

  /* Deleting hides the process at once but keeps it until the toast goes. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.delete-process", NULL);
  g_assert_null (rs_window_get_process (f->window));
  g_assert_cmpint (count_processes (f->db), ==, 1);

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo-delete", NULL);
  wait_until_loaded (f->window);
  g_assert_cmpstr (rs_process_get_name (rs_window_get_process (f->window)), ==, "Budget 2027");

  /* Without undo, closing the window commits the deletion. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.delete-process", NULL);
  gtk_window_close (GTK_WINDOW (f->window));
  rs_test_wait_for (no_processes, f->db);
  f->window = rs_window_new (app, f->context, NULL);
}

static gboolean
has_label (GtkWidget  *widget,
           const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return TRUE;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    if (has_label (c, text))
      return TRUE;
  return FALSE;
}


static gboolean
title_is (gpointer data)
{
  RsWindow *window = data;
  RsProcess *process = rs_window_get_process (window);

  return process != NULL && g_strcmp0 (rs_process_get_name (process), "Velfærd 2028") == 0;
}

static gboolean
two_processes (gpointer data)
{
  GListModel *model = gtk_drop_down_get_model (GTK_DROP_DOWN (data));

  return g_list_model_get_n_items (model) == 2;
}

/* The process switcher: the drop-down listing processes. */
static GtkWidget *
find_switcher (GtkWidget *widget)
{
  if (GTK_IS_DROP_DOWN (widget) && gtk_drop_down_get_model (GTK_DROP_DOWN (widget)) != NULL &&
      g_list_model_get_item_type (gtk_drop_down_get_model (GTK_DROP_DOWN (widget))) == RS_TYPE_PROCESS)
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_switcher (c);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A process renamed or added elsewhere (the command line, another member of
 * staff) shows in the title and the switcher without reopening; the
 * window keeps its process and pages. */
static void
test_processes_follow (Fixture      *f,
                       gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsProcess) added = NULL;
  RsProcess *shown;
  GtkWidget *dropdown;

  wait_until_loaded (f->window);
  shown = rs_window_get_process (f->window);
  g_assert_true (rs_process_store_rename (f->db, rs_process_get_id (shown), "Velfærd 2028", &error));
  g_assert_no_error (error);
  rs_test_wait_for (title_is, f->window);
  g_assert_true (rs_window_get_process (f->window) == shown);
  g_assert_true (has_label (GTK_WIDGET (f->window), "Velfærd 2028"));

  added = rs_process_store_create (f->db, "Budget 2029", 2029, "461", "Odense", &error);
  g_assert_no_error (error);
  dropdown = find_switcher (GTK_WIDGET (f->window));
  g_assert_nonnull (dropdown);
  rs_test_wait_for (two_processes, dropdown);
  g_assert_true (rs_window_get_process (f->window) == shown);
}

/* The visible message dialog whose heading is @heading, or a conflict
 * dialog with @heading NULL. */
static AdwMessageDialog *
find_message_dialog (const char *heading)
{
  g_autoptr(GListModel) toplevels = g_object_ref (gtk_window_get_toplevels ());

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (!ADW_IS_MESSAGE_DIALOG (window) || !gtk_widget_get_visible (GTK_WIDGET (window)))
        continue;
      if (heading == NULL ? RS_IS_CONFLICT_DIALOG (window)
                          : g_strcmp0 (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (window)), heading) == 0)
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

static gboolean
conflict_shown (gpointer data)
{
  return find_message_dialog (NULL) != NULL;
}

typedef struct
{
  RsDatabase *db;
  gint64      id;
  const char *name;
} NameWait;

static gboolean
name_stored (gpointer data)
{
  NameWait *w = data;
  g_autoptr(RsProcess) p = rs_process_store_get (w->db, w->id, NULL);

  return p != NULL && g_strcmp0 (rs_process_get_name (p), w->name) == 0;
}

/* Renaming a process a colleague renamed since the window read it (on
 * another connection, not announced here): refused with both names, and
 * the name typed is kept: in the message, and in the Rename dialog again
 * after Keep Editing; Keep Mine then stores it. */
static void
test_rename_conflict (Fixture      *f,
                      gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsDatabase) jonas = rs_database_open (rs_database_get_path (f->db), &error);
  AdwMessageDialog *dialog;
  GtkEditable *name_row;
  NameWait w = { jonas, 0, NULL };

  g_assert_no_error (error);
  wait_until_loaded (f->window);
  w.id = rs_process_get_id (rs_window_get_process (f->window));
  rs_audit_set_actor (jonas, "Jonas Berg (jberg)");
  g_assert_true (rs_process_store_rename (jonas, w.id, "Budget 2027 (Jonas)", &error));

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.rename-process", NULL);
  dialog = find_message_dialog (_("Rename Budget Process"));
  g_assert_nonnull (dialog);
  name_row = g_object_get_data (G_OBJECT (dialog), "name-row");
  gtk_editable_set_text (name_row, "Budget 2027 (Mette)");
  adw_message_dialog_response (dialog, "rename");
  gtk_window_destroy (GTK_WINDOW (dialog));
  rs_test_wait_for (conflict_shown, NULL);
  dialog = find_message_dialog (NULL);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Jonas Berg"));
  g_assert_cmpuint (rs_conflict_dialog_get_n_fields (RS_CONFLICT_DIALOG (dialog)), ==, 1);
  g_assert_nonnull (strstr (rs_conflict_dialog_get_mine_text (RS_CONFLICT_DIALOG (dialog)), "\nBudget 2027 (Mette)\n"));
  w.name = "Budget 2027 (Jonas)";
  g_assert_true (name_stored (&w));

  /* Keep Editing: the Rename dialog again, with her name. */
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  dialog = find_message_dialog (_("Rename Budget Process"));
  g_assert_nonnull (dialog);
  name_row = g_object_get_data (G_OBJECT (dialog), "name-row");
  g_assert_cmpstr (gtk_editable_get_text (name_row), ==, "Budget 2027 (Mette)");
  adw_message_dialog_response (dialog, "rename");
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* Still refused (nothing of his seen yet); Keep Mine stores hers. */
  rs_test_wait_for (conflict_shown, NULL);
  dialog = find_message_dialog (NULL);
  adw_message_dialog_response (dialog, "mine");
  gtk_window_destroy (GTK_WINDOW (dialog));
  w.name = "Budget 2027 (Mette)";
  rs_test_wait_for (name_stored, &w);
  rs_test_wait_for_jobs (f->db);
  g_assert_cmpstr (rs_process_get_name (rs_window_get_process (f->window)), ==, "Budget 2027 (Mette)");
  g_assert_null (find_message_dialog (NULL));
}

static RsPhaseRow *
find_phase_row (GtkWidget   *widget,
                RsPhaseKind  kind)
{
  if (RS_IS_PHASE_ROW (widget) && rs_phase_get_kind (rs_phase_row_get_phase (RS_PHASE_ROW (widget))) == kind)
    return RS_PHASE_ROW (widget);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      RsPhaseRow *found = find_phase_row (c, kind);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A date typed on the Overview for a phase a colleague changed since it
 * was read: refused with both, the date typed stays; Use Theirs shows his. */
static void
test_phase_conflict (Fixture      *f,
                     gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsDatabase) jonas = rs_database_open (rs_database_get_path (f->db), &error);
  g_autoptr(GListStore) phases = NULL;
  g_autoptr(RsPhase) theirs = NULL;
  RsPhaseRow *row;
  GtkEditable *end;
  AdwMessageDialog *dialog;

  g_assert_no_error (error);
  wait_until_loaded (f->window);
  rs_audit_set_actor (jonas, "Jonas Berg (jberg)");
  phases = rs_phase_store_list (jonas, rs_process_get_id (rs_window_get_process (f->window)), NULL);
  theirs = g_list_model_get_item (G_LIST_MODEL (phases), RS_PHASE_HEARING);
  rs_phase_set_ends_on (theirs, "2026-10-02");
  g_assert_true (rs_phase_store_save (jonas, theirs, &error));
  g_assert_no_error (error);

  row = find_phase_row (GTK_WIDGET (rs_window_get_page (f->window, "overview")), RS_PHASE_HEARING);
  g_assert_nonnull (row);
  end = GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (row), RS_TYPE_PHASE_ROW, "end_entry"));
  gtk_editable_set_text (end, "2026-10-06");
  g_signal_emit_by_name (end, "activate");
  rs_test_wait_for (conflict_shown, NULL);
  dialog = find_message_dialog (NULL);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Jonas Berg"));
  g_assert_cmpuint (rs_conflict_dialog_get_n_fields (RS_CONFLICT_DIALOG (dialog)), ==, 1);
  g_assert_nonnull (strstr (rs_conflict_dialog_get_mine_text (RS_CONFLICT_DIALOG (dialog)), "2026-10-06"));
  g_assert_cmpstr (gtk_editable_get_text (end), ==, "2026-10-06");

  adw_message_dialog_response (dialog, "theirs");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpstr (gtk_editable_get_text (end), ==, "2026-10-02");
  g_assert_cmpstr (rs_phase_get_ends_on (rs_phase_row_get_phase (row)), ==, "2026-10-02");
  /* From his dates, her next date is saved. */
  gtk_editable_set_text (end, "2026-10-07");
  g_signal_emit_by_name (end, "activate");
  rs_test_wait_for_jobs (f->db);
  g_clear_object (&phases);
  g_clear_object (&theirs);
  phases = rs_phase_store_list (jonas, rs_process_get_id (rs_window_get_process (f->window)), NULL);
  theirs = g_list_model_get_item (G_LIST_MODEL (phases), RS_PHASE_HEARING);
  g_assert_cmpstr (rs_phase_get_ends_on (theirs), ==, "2026-10-07");
  g_assert_null (find_message_dialog (NULL));
}

typedef struct
{
  GtkWidget  *overview;
  RsPhaseRow *row;
} OverviewWait;

static gboolean
overview_follows (gpointer data)
{
  OverviewWait *w = data;

  return has_label (w->overview, "Budget 2027 (Jonas)") &&
         g_strcmp0 (rs_phase_get_ends_on (rs_phase_row_get_phase (w->row)), "2026-10-02") == 0;
}

/* Another window renames the process and moves a phase's end: the
 * Overview's heading and that phase's dates follow without a reload, and
 * a date typed here afterwards is saved from the new ones, not refused.
 * (Two programs on one SQLite file do not hear each other's writes; on
 * PostgreSQL every client does.) */
static void
test_overview_follows (Fixture      *f,
                       gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) phases = NULL;
  g_autoptr(RsPhase) theirs = NULL;
  OverviewWait w = { 0 };
  GtkEditable *end;
  gint64 id;

  wait_until_loaded (f->window);
  id = rs_process_get_id (rs_window_get_process (f->window));
  w.overview = GTK_WIDGET (rs_window_get_page (f->window, "overview"));
  w.row = find_phase_row (w.overview, RS_PHASE_HEARING);
  g_assert_nonnull (w.row);
  g_assert_false (has_label (w.overview, "Budget 2027 (Jonas)"));

  g_assert_true (rs_process_store_rename (f->db, id, "Budget 2027 (Jonas)", &error));
  g_assert_no_error (error);
  phases = rs_phase_store_list (f->db, id, NULL);
  theirs = g_list_model_get_item (G_LIST_MODEL (phases), RS_PHASE_HEARING);
  rs_phase_set_ends_on (theirs, "2026-10-02");
  g_assert_true (rs_phase_store_save (f->db, theirs, &error));
  g_assert_no_error (error);
  rs_test_wait_for (overview_follows, &w);

  end = GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (w.row), RS_TYPE_PHASE_ROW, "end_entry"));
  g_assert_cmpstr (gtk_editable_get_text (end), ==, "2026-10-02");
  gtk_editable_set_text (end, "2026-10-09");
  g_signal_emit_by_name (end, "activate");
  rs_test_wait_for_jobs (f->db);
  g_assert_null (find_message_dialog (NULL));
  g_clear_object (&phases);
  g_clear_object (&theirs);
  phases = rs_phase_store_list (f->db, id, NULL);
  theirs = g_list_model_get_item (G_LIST_MODEL (phases), RS_PHASE_HEARING);
  g_assert_cmpstr (rs_phase_get_ends_on (theirs), ==, "2026-10-09");
}

static void
test_danish (Fixture      *f,
             gconstpointer data)
{
  const char *localedir = g_getenv ("RAADSLAG_LOCALEDIR");
  g_autofree char *mo = g_build_filename (localedir, "da", "LC_MESSAGES", "raadslag.mo", NULL);

  /* The fixture's window was built in English; build a Danish one. */
  g_assert_true (g_file_test (mo, G_FILE_TEST_EXISTS));
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  g_setenv ("LANGUAGE", "da", TRUE);
  setlocale (LC_MESSAGES, "");
  gtk_window_destroy (GTK_WINDOW (f->window));
  f->window = rs_window_new (app, f->context, NULL);
  gtk_window_present (GTK_WINDOW (f->window));
  wait_until_loaded (f->window);

  /* The sidebar, a heading of the Overview and a row of the cycle. */
  g_assert_true (has_label (GTK_WIDGET (f->window), "Oversigt"));
  g_assert_true (has_label (GTK_WIDGET (f->window), "Høringer"));
  g_assert_true (has_label (GTK_WIDGET (f->window), "Anbefalinger"));
  g_assert_true (has_label (GTK_WIDGET (f->window), "Årshjul"));
  g_assert_true (has_label (GTK_WIDGET (f->window), "Anden behandling og vedtagelse"));
  g_assert_false (has_label (GTK_WIDGET (f->window), "Overview"));
  g_unsetenv ("LANGUAGE");
  setlocale (LC_MESSAGES, "");
}


static void
close_other_windows (Fixture *f)
{
  g_autoptr(GList) windows = gtk_window_list_toplevels ();

  for (GList *l = windows; l; l = l->next)
    if (l->data != (gpointer) f->window)
      gtk_window_destroy (l->data);
}

static gboolean
round_dialog_shown (gpointer data)
{
  return shown (g_type_from_name ("RsRoundDialog"));
}

/* A toast's button naming a page action (the Undo of a deleted response)
 * works from the window's toast overlay, outside the page. */
static void
test_toast_reaches_page (Fixture      *f,
                         gconstpointer data)
{
  GtkWidget *hearings;
  AdwToast *toast = adw_toast_new ("Test");

  wait_until_loaded (f->window);
  hearings = rs_window_get_page (f->window, "hearings");
  adw_toast_set_button_label (toast, "_Again");
  adw_toast_set_action_name (toast, "hearings.new-round");
  g_object_ref (toast);
  rs_page_add_toast (RS_PAGE (hearings), toast);
  g_assert_null (adw_toast_get_action_name (toast));
  g_signal_emit_by_name (toast, "button-clicked");
  rs_test_wait_for (round_dialog_shown, NULL);
  g_object_unref (toast);
  close_other_windows (f);
}

/* Every page fits a narrow window (a phone or half a laptop screen), in
 * English and in Danish, whose words are longer: nothing sets a minimum
 * width above 600 px. */
static void
check_narrow (Fixture *f)
{
  for (int i = 0; page_names[i]; i++)
    {
      int min = 0;

      gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", page_names[i]);
      wait_until_loaded (f->window);
      gtk_widget_measure (GTK_WIDGET (f->window), GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
      g_test_message ("%s: %d px", page_names[i], min);
      g_assert_cmpint (min, <=, 600);
    }
}

static void
test_narrow (Fixture      *f,
             gconstpointer data)
{
  const char *localedir = g_getenv ("RAADSLAG_LOCALEDIR");

  wait_until_loaded (f->window);
  check_narrow (f);
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  g_setenv ("LANGUAGE", "da", TRUE);
  setlocale (LC_MESSAGES, "");
  gtk_window_destroy (GTK_WINDOW (f->window));
  f->window = rs_window_new (app, f->context, NULL);
  gtk_window_present (GTK_WINDOW (f->window));
  wait_until_loaded (f->window);
  check_narrow (f);
  g_unsetenv ("LANGUAGE");
  setlocale (LC_MESSAGES, "");
}

/* Page actions sit in the header bar while their page shows, and work
 * from there. */
/* The first button under @w that names an action. */
static GtkWidget *
first_action_button (GtkWidget *w)
{
  if (GTK_IS_BUTTON (w) && gtk_actionable_get_action_name (GTK_ACTIONABLE (w)) != NULL)
    return w;
  for (GtkWidget *c = gtk_widget_get_first_child (w); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = first_action_button (c);
      if (found)
        return found;
    }
  return NULL;
}

static void
test_header_actions (Fixture      *f,
                     gconstpointer data)
{
  GtkWidget *hearings, *header;

  wait_until_loaded (f->window);
  hearings = rs_window_get_page (f->window, "hearings");
  header = rs_page_get_header_widget (RS_PAGE (hearings));
  g_assert_nonnull (header);
  g_assert_false (gtk_widget_get_mapped (header));
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "hearings");
  wait_until_loaded (f->window);
  g_assert_true (gtk_widget_get_mapped (header));
  g_assert_null (gtk_widget_get_ancestor (header, RS_TYPE_PAGE));
  g_assert_nonnull (gtk_widget_get_ancestor (header, ADW_TYPE_HEADER_BAR));
  /* The header's buttons reach the page's actions. */
  g_assert_true (gtk_widget_activate_action (header, "hearings.show-list", NULL));
  /* Ctrl+Shift+N makes something new on the visible page: a round here. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.page-new", NULL));
  rs_test_wait_for (round_dialog_shown, NULL);
  close_other_windows (f);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "overview");
  g_assert_false (gtk_widget_get_mapped (header));
  /* Back on the page its buttons still work (GTK 4.8 kept them
   * insensitive when their widget left the window and came back). */
  {
    GtkWidget *button = first_action_button (header);

    g_assert_nonnull (button);
    gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "hearings");
    wait_until_loaded (f->window);
    g_assert_true (gtk_widget_get_mapped (header));
    g_assert_true (gtk_widget_is_sensitive (button));
    gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "overview");
  }

  /* Citizen Panels saves as you go, like every page: no Save button. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "panels");
  wait_until_loaded (f->window);
  header = rs_page_get_header_widget (RS_PAGE (rs_window_get_page (f->window, "panels")));
  g_assert_true (gtk_widget_get_mapped (header));
  /* Only the panel's History: no Save button. */
  g_assert_false (GTK_IS_BUTTON (header) && gtk_button_get_label (GTK_BUTTON (header)) != NULL);
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (header)), ==, "panels.history");
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  textdomain (GETTEXT_PACKAGE);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  app = rs_application_new ();
  {
    g_autoptr(GError) error = NULL;
    g_application_register (G_APPLICATION (app), NULL, &error);
    g_assert_no_error (error);
  }

  g_test_add ("/window/navigate-every-page", Fixture, GINT_TO_POINTER (TRUE), fixture_set_up,
              test_navigate_every_page, fixture_tear_down);
  g_test_add ("/window/overview-warns", Fixture, GINT_TO_POINTER (TRUE), fixture_set_up,
              test_overview_warns, fixture_tear_down);
  g_test_add ("/window/empty-database-offers-sample", Fixture, GINT_TO_POINTER (FALSE),
              fixture_set_up, test_empty_database_offers_sample, fixture_tear_down);
  g_test_add ("/window/accessible-names", Fixture, GINT_TO_POINTER (TRUE), fixture_set_up,
              test_accessible_names, fixture_tear_down);
  g_test_add ("/window/menus-open", Fixture, GINT_TO_POINTER (TRUE), fixture_set_up,
              test_menus_open, fixture_tear_down);
  g_test_add ("/window/delete-and-undo", Fixture, GINT_TO_POINTER (TRUE), fixture_set_up,
              test_delete_and_undo, fixture_tear_down);
  g_test_add ("/window/toast-reaches-page", Fixture, GINT_TO_POINTER (TRUE), fixture_set_up,
              test_toast_reaches_page, fixture_tear_down);
  g_test_add ("/window/narrow", Fixture, GINT_TO_POINTER (TRUE), fixture_set_up, test_narrow, fixture_tear_down);
  g_test_add ("/window/header-actions", Fixture, GINT_TO_POINTER (TRUE), fixture_set_up, test_header_actions,
              fixture_tear_down);
  g_test_add ("/window/processes-follow", Fixture, GINT_TO_POINTER (TRUE), fixture_set_up,
              test_processes_follow, fixture_tear_down);
  g_test_add ("/window/rename-conflict", Fixture, GINT_TO_POINTER (TRUE), fixture_set_up, test_rename_conflict,
              fixture_tear_down);
  g_test_add ("/window/phase-conflict", Fixture, GINT_TO_POINTER (TRUE), fixture_set_up, test_phase_conflict,
              fixture_tear_down);
  g_test_add ("/window/overview-follows", Fixture, GINT_TO_POINTER (TRUE), fixture_set_up, test_overview_follows,
              fixture_tear_down);
  g_test_add ("/window/danish", Fixture, GINT_TO_POINTER (TRUE), fixture_set_up, test_danish,
              fixture_tear_down);
  return g_test_run ();
}
