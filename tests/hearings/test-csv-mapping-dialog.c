/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include <adwaita.h>

#include "rs-csv-mapping-dialog.h"
#include "rs-hearing-import.h"
#include "rs-test-utils.h"

/* The dialog that maps an unrecognised CSV file's columns. */

static RsCsv *
write_and_read (const char *dir,
                const char *contents)
{
  g_autofree char *path = g_build_filename (dir, "kolonner.csv", NULL);
  g_autoptr(GError) error = NULL;
  RsCsv *head;

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  g_assert_true (rs_hearing_import_needs_mapping (path));
  head = rs_hearing_import_read_csv_head (path, 5, &error);
  g_assert_no_error (error);
  return head;
}

static void
test_mapping_dialog (void)
{
  g_autofree char *dir = g_dir_make_tmp ("raadslag-mapping-XXXXXX", NULL);
  g_autoptr(RsCsv) head = write_and_read (dir,
                                          "Hvem;Dato;Indlæg;Noter\n"
                                          "Ida;2026-10-01;Svar 1;x\n"
                                          "Bo;2026-10-02;Svar 2;y\n");
  GtkWidget *dialog = rs_csv_mapping_dialog_new (NULL, "kolonner.csv", head);
  RsCsvMappingDialog *self = RS_CSV_MAPPING_DIALOG (dialog);
  AdwMessageDialog *message = ADW_MESSAGE_DIALOG (dialog);
  g_autoptr(GError) error = NULL;
  RsCsvMapping mapping;

  g_object_ref_sink (dialog);
  /* "Dato" is recognised; the text is not, so Import is off and the body says why. */
  g_assert_false (adw_message_dialog_get_response_enabled (message, "import"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (message), "response text"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (message), "kolonner.csv"));
  g_assert_false (rs_csv_mapping_dialog_get_mapping (self, &mapping, &error));
  g_clear_error (&error);

  rs_csv_mapping_dialog_set_field (self, 2, RS_CSV_FIELD_TEXT);
  rs_csv_mapping_dialog_set_field (self, 0, RS_CSV_FIELD_SENDER);
  g_assert_true (adw_message_dialog_get_response_enabled (message, "import"));
  g_assert_true (rs_csv_mapping_dialog_get_mapping (self, &mapping, &error));
  g_assert_no_error (error);
  g_assert_cmpint (mapping.columns[RS_CSV_FIELD_SENDER], ==, 0);
  g_assert_cmpint (mapping.columns[RS_CSV_FIELD_RECEIVED], ==, 1);
  g_assert_cmpint (mapping.columns[RS_CSV_FIELD_TEXT], ==, 2);
  g_assert_cmpint (mapping.columns[RS_CSV_FIELD_CHANNEL], ==, -1);

  /* Two columns for one field: refused until one is changed. */
  rs_csv_mapping_dialog_set_field (self, 3, RS_CSV_FIELD_SENDER);
  g_assert_false (adw_message_dialog_get_response_enabled (message, "import"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (message), "“Hvem” and “Noter”"));
  rs_csv_mapping_dialog_set_field (self, 3, RS_CSV_FIELD_IGNORE);
  g_assert_true (adw_message_dialog_get_response_enabled (message, "import"));

  /* RS_TEST_SHOW=seconds keeps the dialog on screen, for a screenshot. */
  if (g_getenv ("RS_TEST_SHOW") != NULL)
    {
      gint64 end = g_get_monotonic_time () + G_USEC_PER_SEC * g_ascii_strtoll (g_getenv ("RS_TEST_SHOW"), NULL, 10);
      gtk_window_present (GTK_WINDOW (dialog));
      while (g_get_monotonic_time () < end)
        g_main_context_iteration (NULL, FALSE);
    }
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_finalize_object (dialog);
  rs_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_test_add_func ("/hearings/csv-mapping-dialog/validity", test_mapping_dialog);
  return g_test_run ();
}
