/* SPDX-License-Identifier: MPL-2.0 */
/* Several staff on one process, as the user sees it: a second save of the
 * same record is refused with the other person's change shown beside the
 * user's own, and nothing either typed is lost. Two database handles on
 * one file stand for two colleagues. */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "rs-audit.h"
#include "rs-conflict-dialog.h"
#include "rs-connect-dialog.h"
#include "rs-history-window.h"
#include "rs-recommendation-editor.h"
#include "rs-recommendation-store.h"
#include "rs-council-submission-editor.h"
#include "rs-council-submission.h"
#include "rs-response-coding-view.h"
#include "rs-response-store.h"
#include "rs-session-editor.h"
#include "rs-session-store.h"
#include "rs-test-gtk-utils.h"
#include "rs-test-utils.h"

static gboolean
timeout_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

#define WAIT_FOR(cond)                                                           \
  G_STMT_START {                                                                 \
    gboolean timed_out = FALSE;                                                  \
    guint id = g_timeout_add_seconds (20, timeout_cb, &timed_out);               \
    while (!(cond) && !timed_out)                                                \
      g_main_context_iteration (NULL, TRUE);                                     \
    g_assert_false (timed_out);                                                  \
    g_source_remove (id);                                                        \
  } G_STMT_END

static RsConflictDialog *
find_conflict_dialog (void)
{
  g_autoptr(GListModel) toplevels = g_object_ref (gtk_window_get_toplevels ());

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);
      if (RS_IS_CONFLICT_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return RS_CONFLICT_DIALOG (window);
    }
  return NULL;
}

/* As a click on the response's button does. */
static void
respond (RsConflictDialog *dialog,
         const char       *response)
{
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), response);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_dialog_fields (void)
{
  RsConflictDialog *dialog = rs_conflict_dialog_new (NULL, "This point was changed by Jonas Berg at 10:02.");

  g_assert_false (rs_conflict_dialog_add_field (dialog, "Theme", "Skoler", "Skoler"));
  g_assert_true (rs_conflict_dialog_add_field (dialog, "Comment", "Jonas's comment", "Mette's comment"));
  g_assert_cmpuint (rs_conflict_dialog_get_n_fields (dialog), ==, 1);
  g_assert_cmpstr (rs_conflict_dialog_get_mine_text (dialog), ==, "Comment:\nMette's comment\n");
  g_assert_cmpstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), ==,
                   "This point was changed by Jonas Berg at 10:02.");
  g_assert_true (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (dialog), "theirs"));
  g_assert_true (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (dialog), "mine"));
  g_assert_true (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (dialog), "copy"));
  gtk_window_present (GTK_WINDOW (dialog));
  rs_test_screenshot (GTK_WIDGET (dialog), "conflict-dialog");
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_coding_conflict (void)
{
  g_autofree char *dir = NULL;
  gint64 process_id;
  g_autoptr(RsDatabase) mette = rs_test_open_sample_database (&dir, &process_id);
  g_autoptr(RsDatabase) jonas = rs_database_open (rs_database_get_path (mette), NULL);
  gint64 point_id = rs_test_query_int (mette, "SELECT min(id) FROM response_point WHERE id > ?", 0);
  g_autoptr(RsResponsePoint) stored = rs_response_point_store_get (mette, point_id, NULL);
  g_autoptr(RsResponsePoint) theirs = NULL;
  g_autoptr(RsHearingResponse) response = NULL;
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = rs_response_coding_view_new ();
  RsConflictDialog *dialog;

  rs_audit_set_actor (jonas, "Jonas Berg (jberg)");
  /* A point not decided yet, as both see it. */
  rs_response_point_set_decision (stored, "undecided");
  g_assert_true (rs_response_point_store_save (mette, stored, NULL, NULL));
  g_clear_object (&stored);
  theirs = rs_response_point_store_get (jonas, point_id, NULL);
  response = rs_response_store_get (mette, rs_response_point_get_response_id (theirs), NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 700);
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_present (GTK_WINDOW (window));
  rs_response_coding_view_set_database (RS_RESPONSE_CODING_VIEW (view), mette);
  rs_response_coding_view_set_response (RS_RESPONSE_CODING_VIEW (view), response);
  WAIT_FOR (g_list_model_get_n_items (rs_response_coding_view_get_points (RS_RESPONSE_CODING_VIEW (view))) > 0);

  /* Jonas codes the same point in his window first. */
  rs_response_point_set_comment (theirs, "Jonas: the library stays.");
  rs_response_point_set_decision (theirs, "changed");
  g_assert_true (rs_response_point_store_save (jonas, theirs, NULL, NULL));

  /* Mette marks the response analysed: her save is refused and shown. */
  gtk_widget_activate_action (view, "coding.mark-analysed", NULL);
  WAIT_FOR ((dialog = find_conflict_dialog ()) != NULL);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), "Jonas Berg"));
  g_assert_cmpuint (rs_conflict_dialog_get_n_fields (dialog), >=, 1);
  rs_test_screenshot (GTK_WIDGET (dialog), "conflict-coding");
  stored = rs_response_point_store_get (mette, point_id, NULL);
  g_assert_cmpstr (rs_response_point_get_decision (stored), ==, "changed");
  g_clear_object (&stored);

  /* Keep Mine: saved over his, from the version she has now seen. */
  respond (dialog, "mine");
  WAIT_FOR (({ g_autoptr(RsResponsePoint) p = rs_response_point_store_get (jonas, point_id, NULL);
               g_str_equal (rs_response_point_get_decision (p), "noted"); }));
  rs_test_wait_for_jobs (mette);
  g_assert_null (find_conflict_dialog ());

  gtk_window_destroy (GTK_WINDOW (window));
  rs_test_wait_for_jobs (mette);
  g_clear_object (&jonas);
  g_clear_object (&mette);
  rs_test_remove_dir (dir);
}

static void
test_submission_conflict (void)
{
  g_autofree char *dir = NULL;
  gint64 process_id;
  g_autoptr(RsDatabase) mette = rs_test_open_sample_database (&dir, &process_id);
  g_autoptr(RsDatabase) jonas = rs_database_open (rs_database_get_path (mette), NULL);
  g_auto(RsCouncilSubmission) theirs = { 0 };
  RsCouncilSubmissionEditor *editor = rs_council_submission_editor_new (NULL, mette, process_id);
  GtkEditable *committee = GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (editor),
                                                                        RS_TYPE_COUNCIL_SUBMISSION_EDITOR,
                                                                        "committee_row"));
  RsConflictDialog *dialog;

  gtk_window_present (GTK_WINDOW (editor));
  WAIT_FOR (rs_council_submission_editor_is_loaded (editor));

  g_assert_true (rs_council_submission_load (jonas, process_id, &theirs, NULL));
  g_free (theirs.committee);
  theirs.committee = g_strdup ("Økonomiudvalget");
  g_assert_true (rs_council_submission_save (jonas, process_id, &theirs, NULL));

  gtk_editable_set_text (committee, "Kultur- og Fritidsudvalget");
  gtk_widget_activate_action (GTK_WIDGET (editor), "submission.save", NULL);
  WAIT_FOR ((dialog = find_conflict_dialog ()) != NULL);
  /* Her text is still in the editor while she decides. */
  g_assert_cmpstr (gtk_editable_get_text (committee), ==, "Kultur- og Fritidsudvalget");
  g_assert_nonnull (strstr (rs_conflict_dialog_get_mine_text (dialog), "Kultur- og Fritidsudvalget"));

  /* Use Theirs: the editor shows his; saving now goes through. */
  respond (dialog, "theirs");
  g_assert_cmpstr (gtk_editable_get_text (committee), ==, "Økonomiudvalget");
  gtk_editable_set_text (committee, "Økonomiudvalget (2. behandling)");
  g_object_ref (editor);
  gtk_widget_activate_action (GTK_WIDGET (editor), "submission.save", NULL);
  WAIT_FOR (!gtk_widget_get_visible (GTK_WIDGET (editor)));
  g_assert_null (find_conflict_dialog ());
  {
    g_auto(RsCouncilSubmission) back = { 0 };
    g_assert_true (rs_council_submission_load (jonas, process_id, &back, NULL));
    g_assert_cmpstr (back.committee, ==, "Økonomiudvalget (2. behandling)");
  }
  rs_test_assert_finalized (editor);
  g_clear_object (&jonas);
  g_clear_object (&mette);
  rs_test_remove_dir (dir);
}

static void
test_recommendation_conflict (void)
{
  g_autofree char *dir = NULL;
  gint64 process_id;
  g_autoptr(RsDatabase) mette = rs_test_open_sample_database (&dir, &process_id);
  g_autoptr(RsDatabase) jonas = rs_database_open (rs_database_get_path (mette), NULL);
  gint64 rec_id = rs_test_query_int (mette, "SELECT min(id) FROM recommendation WHERE process_id = ?", process_id);
  g_autoptr(RsRecommendation) mine = rs_recommendation_store_get (mette, rec_id, NULL);
  g_autoptr(RsRecommendation) theirs = rs_recommendation_store_get (jonas, rec_id, NULL);
  g_autoptr(RsRecommendation) stored = NULL;
  RsRecommendationEditor *editor = rs_recommendation_editor_new (mette, mine);
  GtkEditable *title = GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (editor), RS_TYPE_RECOMMENDATION_EDITOR,
                                                                    "title_row"));
  RsConflictDialog *dialog;

  rs_audit_set_actor (jonas, "Jonas Berg (jberg)");
  gtk_window_present (GTK_WINDOW (editor));
  rs_recommendation_set_title (theirs, "Jonas's title");
  g_assert_true (rs_recommendation_store_save (jonas, theirs, NULL, NULL));

  gtk_editable_set_text (title, "Mette's title");
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  WAIT_FOR ((dialog = find_conflict_dialog ()) != NULL);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), "Jonas Berg"));
  g_assert_nonnull (strstr (rs_conflict_dialog_get_mine_text (dialog), "Mette's title"));
  /* The editor stays open with her title; his is stored. */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  g_assert_cmpstr (gtk_editable_get_text (title), ==, "Mette's title");
  stored = rs_recommendation_store_get (jonas, rec_id, NULL);
  g_assert_cmpstr (rs_recommendation_get_title (stored), ==, "Jonas's title");
  g_clear_object (&stored);

  /* Use Theirs, then save: no conflict any more. */
  respond (dialog, "theirs");
  g_assert_cmpstr (gtk_editable_get_text (title), ==, "Jonas's title");
  g_object_ref (editor);
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  WAIT_FOR (!gtk_widget_get_visible (GTK_WIDGET (editor)));
  g_assert_null (find_conflict_dialog ());
  rs_test_assert_finalized (editor);
  g_clear_object (&jonas);
  g_clear_object (&mette);
  rs_test_remove_dir (dir);
}

/* The Edit Meeting dialog: a colleague saved the meeting after it was
 * opened; the save is refused with both versions, what was typed stays,
 * and Keep Mine saves it over theirs. */
static void
test_meeting_conflict (void)
{
  g_autofree char *dir = NULL;
  gint64 process_id;
  g_autoptr(RsDatabase) mette = rs_test_open_sample_database (&dir, &process_id);
  g_autoptr(RsDatabase) jonas = rs_database_open (rs_database_get_path (mette), NULL);
  gint64 session_id = rs_test_query_int (mette, "SELECT min(id) FROM session WHERE process_id = ?", process_id);
  g_autoptr(RsSession) mine = rs_session_store_get (mette, session_id, NULL);
  g_autoptr(RsSession) theirs = rs_session_store_get (jonas, session_id, NULL);
  g_autoptr(RsSession) stored = NULL;
  RsSessionEditor *editor = rs_session_editor_new (NULL, mette, process_id, mine);
  GtkEditable *title = GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (editor), RS_TYPE_SESSION_EDITOR,
                                                                    "title_row"));
  GtkEditable *place = GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (editor), RS_TYPE_SESSION_EDITOR,
                                                                    "place_row"));
  RsConflictDialog *dialog;

  rs_audit_set_actor (jonas, "Jonas Berg (jberg)");
  gtk_window_present (GTK_WINDOW (editor));
  WAIT_FOR (rs_session_editor_is_ready (editor));

  /* Jonas moves the meeting while Mette's dialog is open. */
  rs_session_set_place (theirs, "Jonas's hall");
  rs_session_set_title (theirs, "Jonas's title");
  g_assert_true (rs_session_store_update (jonas, theirs, NULL));

  gtk_editable_set_text (title, "Mette's title");
  gtk_editable_set_text (place, "Mette's library");
  rs_session_editor_save (editor);
  WAIT_FOR ((dialog = find_conflict_dialog ()) != NULL);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), "Jonas Berg"));
  g_assert_cmpuint (rs_conflict_dialog_get_n_fields (dialog), ==, 2);
  g_assert_nonnull (strstr (rs_conflict_dialog_get_mine_text (dialog), "Mette's title"));
  g_assert_nonnull (strstr (rs_conflict_dialog_get_mine_text (dialog), "Mette's library"));
  rs_test_screenshot (GTK_WIDGET (dialog), "conflict-meeting");
  /* The dialog stays open with what she typed; his version is stored. */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  g_assert_true (rs_session_editor_is_ready (editor));
  g_assert_cmpstr (gtk_editable_get_text (title), ==, "Mette's title");
  g_assert_cmpstr (gtk_editable_get_text (place), ==, "Mette's library");
  stored = rs_session_store_get (jonas, session_id, NULL);
  g_assert_cmpstr (rs_session_get_title (stored), ==, "Jonas's title");
  g_clear_object (&stored);

  /* Keep Editing leaves everything as it was; a second Save is refused
   * again, as nothing has been seen of his version yet. */
  respond (dialog, "cancel");
  g_assert_cmpstr (gtk_editable_get_text (title), ==, "Mette's title");
  rs_session_editor_save (editor);
  WAIT_FOR ((dialog = find_conflict_dialog ()) != NULL);

  /* Use Theirs puts his version in the form. */
  respond (dialog, "theirs");
  g_assert_cmpstr (gtk_editable_get_text (title), ==, "Jonas's title");
  g_assert_cmpstr (gtk_editable_get_text (place), ==, "Jonas's hall");

  /* Typed again and Jonas saves once more: Keep Mine overwrites his. */
  gtk_editable_set_text (title, "Mette's title");
  rs_session_set_title (theirs, "Jonas's second title");
  g_assert_true (rs_session_store_update (jonas, theirs, NULL));
  rs_session_editor_save (editor);
  WAIT_FOR ((dialog = find_conflict_dialog ()) != NULL);
  g_object_ref (editor);
  respond (dialog, "mine");
  WAIT_FOR (!gtk_widget_get_visible (GTK_WIDGET (editor)));
  g_assert_null (find_conflict_dialog ());
  stored = rs_session_store_get (jonas, session_id, NULL);
  g_assert_cmpstr (rs_session_get_title (stored), ==, "Mette's title");
  g_assert_cmpstr (rs_session_get_place (stored), ==, "Jonas's hall");
  rs_test_wait_for_jobs (mette);
  rs_test_assert_finalized (editor);
  g_clear_object (&jonas);
  g_clear_object (&mette);
  rs_test_remove_dir (dir);
}

static void
test_history_window (void)
{
  g_autofree char *dir = NULL;
  gint64 process_id;
  g_autoptr(RsDatabase) db = rs_test_open_sample_database (&dir, &process_id);
  gint64 rec_id = rs_test_query_int (db, "SELECT min(id) FROM recommendation WHERE process_id = ?", process_id);
  g_autoptr(RsRecommendation) rec = rs_recommendation_store_get (db, rec_id, NULL);
  RsHistoryWindow *window;
  GListModel *model;
  g_autoptr(RsAuditEntry) newest = NULL;
  g_autofree char *summary = NULL;

  rs_audit_set_actor (db, "Mette Holm (mholm)");
  rs_recommendation_set_theme (rec, "Grøn omstilling");
  g_assert_true (rs_recommendation_store_save (db, rec, NULL, NULL));
  window = rs_history_window_new (NULL, db, "recommendation", rec_id, rs_recommendation_get_title (rec));
  gtk_window_present (GTK_WINDOW (window));
  WAIT_FOR (rs_history_window_is_loaded (window));
  model = rs_history_window_get_model (window);
  g_assert_cmpuint (g_list_model_get_n_items (model), >=, 1);
  newest = g_list_model_get_item (model, 0);
  g_assert_cmpstr (rs_audit_entry_get_actor (newest), ==, "Mette Holm (mholm)");
  summary = rs_audit_entry_dup_summary (newest);
  g_assert_nonnull (strstr (summary, "Grøn omstilling"));
  rs_test_screenshot (GTK_WIDGET (window), "history-window");
  gtk_window_destroy (GTK_WINDOW (window));
  rs_test_wait_for_jobs (db);
  g_clear_object (&db);
  rs_test_remove_dir (dir);
}

static void
connected_cb (RsConnectDialog *dialog,
              const char      *uri,
              char           **out)
{
  *out = g_strdup (uri);
}

static void
assert_no_secret (GSettings  *settings,
                  const char *secret)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  g_auto(GStrv) keys = NULL;

  g_object_get (settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  for (guint i = 0; keys[i] != NULL; i++)
    {
      g_autoptr(GVariant) value = g_settings_get_value (settings, keys[i]);
      g_autofree char *text = g_variant_print (value, FALSE);
      if (strstr (text, secret) != NULL)
        g_error ("The password is in the setting %s", keys[i]);
    }
}

static void
test_connect_dialog (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  RsConnectDialog *dialog = rs_connect_dialog_new (NULL, settings);
  g_autofree char *uri = NULL;
  g_autofree char *shown = NULL;
  g_auto(GStrv) recent = NULL;
  GtkWidget *w = GTK_WIDGET (dialog);

#define ROW(name) GTK_EDITABLE (gtk_widget_get_template_child (w, RS_TYPE_CONNECT_DIALOG, name))
  g_settings_set_strv (settings, "recent-servers", NULL);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_editable_set_text (ROW ("host_row"), "db.havbjerg.dk");
  gtk_editable_set_text (ROW ("port_row"), "6543");
  gtk_editable_set_text (ROW ("database_row"), "budget2027");
  gtk_editable_set_text (ROW ("user_row"), "mette");
  gtk_editable_set_text (ROW ("password_row"), "kodeord-17");
  adw_combo_row_set_selected (ADW_COMBO_ROW (gtk_widget_get_template_child (w, RS_TYPE_CONNECT_DIALOG, "tls_row")), 1);
  shown = rs_connect_dialog_dup_uri (dialog);
  g_assert_cmpstr (shown, ==, "postgresql://mette@db.havbjerg.dk:6543/budget2027?sslmode=require");
  rs_test_screenshot (w, "connect-dialog");

  g_signal_connect (dialog, "connect", G_CALLBACK (connected_cb), &uri);
  g_object_ref (dialog);
  gtk_widget_activate_action (w, "connect.connect", NULL);
  /* The URI opened carries the password; the settings never do. */
  g_assert_cmpstr (uri, ==, "postgresql://mette:kodeord-17@db.havbjerg.dk:6543/budget2027?sslmode=require");
  recent = g_settings_get_strv (settings, "recent-servers");
  g_assert_cmpuint (g_strv_length (recent), ==, 1);
  g_assert_cmpstr (recent[0], ==, "postgresql://mette@db.havbjerg.dk:6543/budget2027?sslmode=require");
  assert_no_secret (settings, "kodeord-17");
  g_assert_false (gtk_widget_get_visible (w));
  g_object_unref (dialog);

  /* A recent server fills the fields again. */
  dialog = rs_connect_dialog_new (NULL, settings);
  w = GTK_WIDGET (dialog);
  rs_connect_dialog_set_uri (dialog, recent[0]);
  g_assert_cmpstr (gtk_editable_get_text (ROW ("host_row")), ==, "db.havbjerg.dk");
  g_assert_cmpstr (gtk_editable_get_text (ROW ("database_row")), ==, "budget2027");
  g_clear_pointer (&shown, g_free);
  shown = rs_connect_dialog_dup_uri (dialog);
  g_assert_cmpstr (shown, ==, recent[0]);

  /* Without a host nothing is opened. */
  g_clear_pointer (&uri, g_free);
  gtk_editable_set_text (ROW ("host_row"), "");
  g_signal_connect (dialog, "connect", G_CALLBACK (connected_cb), &uri);
  gtk_widget_activate_action (w, "connect.connect", NULL);
  g_assert_null (uri);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (gtk_widget_get_template_child (w, RS_TYPE_CONNECT_DIALOG, "error_label"))));
  gtk_window_destroy (GTK_WINDOW (dialog));
#undef ROW
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  /* In the Danish setup the dialogs speak Danish, as the app does. */
  if (g_getenv ("RAADSLAG_LOCALEDIR") != NULL)
    {
      bindtextdomain (GETTEXT_PACKAGE, g_getenv ("RAADSLAG_LOCALEDIR"));
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      textdomain (GETTEXT_PACKAGE);
    }
  g_test_add_func ("/sharing-ui/dialog-fields", test_dialog_fields);
  g_test_add_func ("/sharing-ui/coding-conflict", test_coding_conflict);
  g_test_add_func ("/sharing-ui/submission-conflict", test_submission_conflict);
  g_test_add_func ("/sharing-ui/recommendation-conflict", test_recommendation_conflict);
  g_test_add_func ("/sharing-ui/meeting-conflict", test_meeting_conflict);
  g_test_add_func ("/sharing-ui/history-window", test_history_window);
  g_test_add_func ("/sharing-ui/connect-dialog", test_connect_dialog);
  return g_test_run ();
}
