/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-report-language-row"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-catalog.h"
#include "rs-report-language-row.h"

struct _RsReportLanguageRow
{
  AdwComboRow parent_instance;
};

G_DEFINE_FINAL_TYPE (RsReportLanguageRow, rs_report_language_row, ADW_TYPE_COMBO_ROW)

/* In the order of the template's list. */
static const char *const codes[] = { "da", "en" };

static void
rs_report_language_row_class_init (RsReportLanguageRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/raadslag/Raadslag/ui/rs-report-language-row.ui");
}

static void
rs_report_language_row_init (RsReportLanguageRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  rs_report_language_row_set_language (self, rs_report_language_default ());
}

GtkWidget *
rs_report_language_row_new (void)
{
  return g_object_new (RS_TYPE_REPORT_LANGUAGE_ROW, NULL);
}

const char *
rs_report_language_row_get_language (RsReportLanguageRow *self)
{
  guint selected;

  g_return_val_if_fail (RS_IS_REPORT_LANGUAGE_ROW (self), NULL);

  selected = adw_combo_row_get_selected (ADW_COMBO_ROW (self));
  return codes[selected < G_N_ELEMENTS (codes) ? selected : 0];
}

void
rs_report_language_row_set_language (RsReportLanguageRow *self,
                                     const char          *language)
{
  g_return_if_fail (RS_IS_REPORT_LANGUAGE_ROW (self));

  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    if (g_strcmp0 (language, codes[i]) == 0)
      adw_combo_row_set_selected (ADW_COMBO_ROW (self), i);
}

void
rs_report_language_add_choice (GtkFileChooser *chooser)
{
  const char *labels[] = { _("Danish"), _("English"), NULL };

  g_return_if_fail (GTK_IS_FILE_CHOOSER (chooser));

  gtk_file_chooser_add_choice (chooser, "language", _("Report language"),
                               (const char **) codes, labels);
  gtk_file_chooser_set_choice (chooser, "language", rs_report_language_default ());
}

const char *
rs_report_language_get_choice (GtkFileChooser *chooser)
{
  const char *choice;

  g_return_val_if_fail (GTK_IS_FILE_CHOOSER (chooser), NULL);

  choice = gtk_file_chooser_get_choice (chooser, "language");
  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    if (g_strcmp0 (choice, codes[i]) == 0)
      return codes[i];
  return rs_report_language_default ();
}
