/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include <adwaita.h>

#include "rs-district-dialog.h"
#include "rs-draw-dialog.h"
#include "rs-engagement-targets.h"
#include "rs-involvement-page.h"
#include "rs-letter-template-dialog.h"
#include "rs-letters.h"
#include "rs-target-dialog.h"
#include "rs-test-gtk-utils.h"
#include "rs-test-utils.h"

/* The Involvement page's dialogs, opened by the page's actions on the
 * sample: what each one's suggested response stores. */

typedef struct
{
  char              *dir;
  gint64             process_id;
  RsDatabase        *db;
  RsContext         *context;
  GtkWidget         *window;
  RsInvolvementPage *page;
} Fixture;

typedef struct
{
  RsDatabase *db;
  const char *sql;
  gint64      arg;
  gint64      want;
} QueryWait;

static gboolean
query_is (gpointer data)
{
  QueryWait *q = data;
  return rs_test_query_int (q->db, q->sql, q->arg) == q->want;
}

static gboolean
has_store (gpointer data)
{
  return rs_involvement_page_get_store (data) != NULL;
}

/* The open dialog of @type the page's action @action opened. */
static GtkWidget *
open_dialog (Fixture    *f,
             const char *action,
             GType       type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), action, NULL));
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        {
          g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (window)) == GTK_WINDOW (f->window));
          return window;   /* the list of toplevels holds it */
        }
    }
  g_assert_not_reached ();
}

static gpointer
child (GtkWidget  *dialog,
       GType       type,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (dialog, type, name);

  g_assert_nonnull (object);
  return object;
}

static void
fixture_setup (Fixture      *f,
               gconstpointer data)
{
  f->db = rs_test_open_sample_database (&f->dir, &f->process_id);
  f->context = rs_context_new (f->db, NULL);
  f->page = g_object_new (RS_TYPE_INVOLVEMENT_PAGE, NULL);
  f->window = rs_test_present_page (RS_PAGE (f->page), f->context, f->db, f->process_id);
  rs_test_wait_for (has_store, f->page);
}

static void
fixture_teardown (Fixture      *f,
                  gconstpointer data)
{
  /* The dialogs are gone, and with them their hold on the page. */
  rs_test_close_page (&f->window, f->page, f->db);
  g_clear_object (&f->context);
  g_clear_object (&f->db);
  rs_test_remove_dir (f->dir);
  g_free (f->dir);
}

static void
imported_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;
  guint n = 0, flagged = 0;

  g_assert_true (rs_involvement_store_import_finish (RS_INVOLVEMENT_STORE (source), result, &n,
                                                     &flagged, &error));
  g_assert_no_error (error);
  *done = TRUE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

/* A seed that is not a whole number draws nothing; a good one records the
 * draw with its households, seed and weights. */
static void
test_draw (Fixture      *f,
           gconstpointer data)
{
  g_autofree char *path = rs_test_data_path ("involvement/addresses-havbjerg.csv");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  const char *sql = "SELECT count(*) FROM invitation_draw WHERE process_id = ? AND households = 100 "
                    "AND seed = '7' AND weights = 'Nørreby=2'";
  QueryWait drawn = { f->db, sql, f->process_id, 1 };
  gboolean done = FALSE;
  GtkWidget *dialog;

  rs_involvement_store_import_async (rs_involvement_page_get_store (f->page), f->process_id,
                                     RS_INVOLVEMENT_IMPORT_ADDRESSES, file, NULL, imported_cb, &done);
  rs_test_wait_for (is_true, &done);

  dialog = open_dialog (f, "involvement.draw", RS_TYPE_DRAW_DIALOG);
  gtk_editable_set_text (child (dialog, RS_TYPE_DRAW_DIALOG, "seed"), "7x");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "draw");
  gtk_window_destroy (GTK_WINDOW (dialog));
  rs_test_wait_for_jobs (f->db);
  g_assert_cmpint (rs_test_query_int (f->db, "SELECT count(*) FROM invitation_draw WHERE process_id = ?",
                                      f->process_id), ==, 0);

  dialog = open_dialog (f, "involvement.draw", RS_TYPE_DRAW_DIALOG);
  gtk_spin_button_set_value (child (dialog, RS_TYPE_DRAW_DIALOG, "households"), 100);
  gtk_editable_set_text (child (dialog, RS_TYPE_DRAW_DIALOG, "seed"), "7");
  gtk_editable_set_text (child (dialog, RS_TYPE_DRAW_DIALOG, "weights"), "Nørreby=2");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "draw");
  gtk_window_destroy (GTK_WINDOW (dialog));
  rs_test_wait_for (query_is, &drawn);
}

static void
test_target (Fixture      *f,
             gconstpointer data)
{
  const char *sql = "SELECT count(*) FROM engagement_target WHERE process_id = ? AND kind = 'participants' "
                    "AND district = 'Nørreby' AND target = 40";
  QueryWait set = { f->db, sql, f->process_id, 1 };
  GtkWidget *dialog = open_dialog (f, "involvement.set-target", RS_TYPE_TARGET_DIALOG);

  gtk_drop_down_set_selected (child (dialog, RS_TYPE_TARGET_DIALOG, "kind"), RS_TARGET_PARTICIPANTS);
  gtk_editable_set_text (child (dialog, RS_TYPE_TARGET_DIALOG, "district"), "Nørreby");
  gtk_spin_button_set_value (child (dialog, RS_TYPE_TARGET_DIALOG, "value"), 40);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "set");
  gtk_window_destroy (GTK_WINDOW (dialog));
  rs_test_wait_for (query_is, &set);
}

static void
test_add_district (Fixture      *f,
                   gconstpointer data)
{
  const char *sql = "SELECT count(*) FROM district WHERE process_id = ? AND name = 'Havnen' "
                    "AND population = 1200";
  QueryWait added = { f->db, sql, f->process_id, 1 };
  GtkWidget *dialog = open_dialog (f, "involvement.add-district", RS_TYPE_DISTRICT_DIALOG);

  /* A new district: nothing filled in. */
  g_assert_cmpstr (gtk_editable_get_text (child (dialog, RS_TYPE_DISTRICT_DIALOG, "name")), ==, "");
  gtk_editable_set_text (child (dialog, RS_TYPE_DISTRICT_DIALOG, "name"), "Havnen");
  gtk_spin_button_set_value (child (dialog, RS_TYPE_DISTRICT_DIALOG, "population"), 1200);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "save");
  gtk_window_destroy (GTK_WINDOW (dialog));
  rs_test_wait_for (query_is, &added);
}

static gboolean
has_text (gpointer data)
{
  return *gtk_editable_get_text (data) != '\0';
}

/* The template of the chosen kind is read into the dialog; Save stores the
 * process's own, Built-in Text removes it again. */
static void
test_template (Fixture      *f,
               gconstpointer data)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM letter_template WHERE process_id = ? "
                                          "AND kind = '%s' AND subject = 'Reserve til {panel}'",
                                          rs_letter_kind_to_string (RS_LETTER_RESERVE));
  QueryWait saved = { f->db, sql, f->process_id, 1 };
  QueryWait reset = { f->db, sql, f->process_id, 0 };
  GtkWidget *dialog = open_dialog (f, "involvement.edit-template", RS_TYPE_LETTER_TEMPLATE_DIALOG);
  GtkEditable *subject = child (dialog, RS_TYPE_LETTER_TEMPLATE_DIALOG, "subject");
  GtkTextView *body = child (dialog, RS_TYPE_LETTER_TEMPLATE_DIALOG, "body");

  rs_test_wait_for (has_text, subject);
  gtk_editable_set_text (subject, "");
  gtk_drop_down_set_selected (child (dialog, RS_TYPE_LETTER_TEMPLATE_DIALOG, "kind"), RS_LETTER_RESERVE);
  rs_test_wait_for (has_text, subject);
  gtk_editable_set_text (subject, "Reserve til {panel}");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (body), "Kære {navn}", -1);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "save");
  gtk_window_destroy (GTK_WINDOW (dialog));
  rs_test_wait_for (query_is, &saved);

  dialog = open_dialog (f, "involvement.edit-template", RS_TYPE_LETTER_TEMPLATE_DIALOG);
  gtk_drop_down_set_selected (child (dialog, RS_TYPE_LETTER_TEMPLATE_DIALOG, "kind"), RS_LETTER_RESERVE);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "reset");
  /* Closed before its templates are read: they arrive to no dialog. */
  gtk_window_destroy (GTK_WINDOW (dialog));
  rs_test_wait_for (query_is, &reset);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_test_add ("/involvement/dialogs/draw", Fixture, NULL, fixture_setup, test_draw, fixture_teardown);
  g_test_add ("/involvement/dialogs/target", Fixture, NULL, fixture_setup, test_target, fixture_teardown);
  g_test_add ("/involvement/dialogs/add-district", Fixture, NULL, fixture_setup, test_add_district,
              fixture_teardown);
  g_test_add ("/involvement/dialogs/template", Fixture, NULL, fixture_setup, test_template,
              fixture_teardown);
  return g_test_run ();
}
