/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/*
 * The report language of an export, the same choice in every export:
 * Danish or English, at first the user interface's language (Danish on a
 * Danish desktop). The words of the report follow it, not the desktop.
 */
#define RS_TYPE_REPORT_LANGUAGE_ROW (rs_report_language_row_get_type ())
G_DECLARE_FINAL_TYPE (RsReportLanguageRow, rs_report_language_row, RS, REPORT_LANGUAGE_ROW, AdwComboRow)

GtkWidget  *rs_report_language_row_new          (void);
/* "da" or "en". */
const char *rs_report_language_row_get_language (RsReportLanguageRow *self);
void        rs_report_language_row_set_language (RsReportLanguageRow *self,
                                                 const char          *language);

/* The same choice for exports that go straight to a file chooser: adds it
 * to @chooser (shown by the portal, too) and reads it back ("da"/"en"). */
void        rs_report_language_add_choice       (GtkFileChooser      *chooser);
const char *rs_report_language_get_choice       (GtkFileChooser      *chooser);

G_END_DECLS
