/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include <adwaita.h>

#include "rs-catalog.h"
#include "rs-council-dialogs.h"
#include "rs-report-language-row.h"
#include "rs-test-gtk-utils.h"
#include "rs-whitebook-dialog.h"

/* The one report language choice every export dialog shows: it starts as
 * the application's language (English in C.UTF-8, Danish in da_DK.UTF-8)
 * and hands the export "da" or "en". */

static void
test_row (void)
{
  GtkWidget *row = g_object_ref_sink (rs_report_language_row_new ());
  const char *start = rs_report_language_default ();

  g_assert_cmpstr (rs_report_language_row_get_language (RS_REPORT_LANGUAGE_ROW (row)), ==, start);
  rs_report_language_row_set_language (RS_REPORT_LANGUAGE_ROW (row), "en");
  g_assert_cmpstr (rs_report_language_row_get_language (RS_REPORT_LANGUAGE_ROW (row)), ==, "en");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (row)), ==, 1);
  rs_report_language_row_set_language (RS_REPORT_LANGUAGE_ROW (row), "da");
  g_assert_cmpstr (rs_report_language_row_get_language (RS_REPORT_LANGUAGE_ROW (row)), ==, "da");
  /* Anything else leaves the choice as it is. */
  rs_report_language_row_set_language (RS_REPORT_LANGUAGE_ROW (row), "sv");
  g_assert_cmpstr (rs_report_language_row_get_language (RS_REPORT_LANGUAGE_ROW (row)), ==, "da");
  g_object_unref (row);
}

static RsReportLanguageRow *
find_row (GtkWidget *widget)
{
  if (RS_IS_REPORT_LANGUAGE_ROW (widget))
    return RS_REPORT_LANGUAGE_ROW (widget);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      RsReportLanguageRow *row = find_row (c);
      if (row != NULL)
        return row;
    }
  return NULL;
}

static void
test_dialogs (void)
{
  GtkWidget *window = adw_application_window_new (NULL);
  GtkWidget *whitebook;
  AdwMessageDialog *council;
  RsReportLanguageRow *row;
  RsCouncilReport report;
  RsCouncilFormat format;
  g_autofree char *language = NULL;

  gtk_window_present (GTK_WINDOW (window));

  /* The white book dialog has the choice now, like the council's. */
  whitebook = rs_whitebook_dialog_new (GTK_WINDOW (window));
  g_object_ref (whitebook);
  gtk_window_present (GTK_WINDOW (whitebook));
  row = find_row (whitebook);
  g_assert_nonnull (row);
  g_assert_cmpstr (rs_whitebook_dialog_get_language (RS_WHITEBOOK_DIALOG (whitebook)), ==,
                   rs_report_language_default ());
  rs_report_language_row_set_language (row, "en");
  g_assert_cmpstr (rs_whitebook_dialog_get_language (RS_WHITEBOOK_DIALOG (whitebook)), ==, "en");
  rs_test_screenshot (whitebook, "whitebook-dialog.png");
  gtk_window_destroy (GTK_WINDOW (whitebook));
  g_assert_finalize_object (whitebook);

  council = rs_council_export_dialog_new (GTK_WINDOW (window), RS_COUNCIL_REPORT_FEEDBACK);
  g_object_ref (council);
  gtk_window_present (GTK_WINDOW (council));
  row = find_row (GTK_WIDGET (council));
  g_assert_nonnull (row);
  rs_report_language_row_set_language (row, "da");
  rs_council_export_dialog_get_choice (council, &report, &format, &language);
  g_assert_cmpint (report, ==, RS_COUNCIL_REPORT_FEEDBACK);
  g_assert_cmpstr (language, ==, "da");
  rs_test_screenshot (GTK_WIDGET (council), "council-dialog.png");
  gtk_window_destroy (GTK_WINDOW (council));
  g_assert_finalize_object (council);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/report-language/row", test_row);
  g_test_add_func ("/report-language/dialogs", test_dialogs);
  return g_test_run ();
}
