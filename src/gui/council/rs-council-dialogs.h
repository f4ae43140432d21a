/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <adwaita.h>

#include "rs-council-package.h"

G_BEGIN_DECLS

/* The question dialogs of the Recommendations page. Each returns an
 * AdwMessageDialog; connect to "response" ("merge" / "export") and read the
 * answer with the matching getter. */

/* Choose two or more current recommendations of @recommendations
 * (RsRecommendation) and a title. */
AdwMessageDialog *rs_council_merge_dialog_new         (GtkWindow        *parent,
                                                       GListModel       *recommendations);
GArray           *rs_council_merge_dialog_get_ids     (AdwMessageDialog *dialog);
char             *rs_council_merge_dialog_get_title   (AdwMessageDialog *dialog);

/* Choose the format and language of @report. *language is "da" or "en"
 * (at first the application's language). */
AdwMessageDialog *rs_council_export_dialog_new        (GtkWindow        *parent,
                                                       RsCouncilReport   report);
void              rs_council_export_dialog_get_choice (AdwMessageDialog *dialog,
                                                       RsCouncilReport  *report,
                                                       RsCouncilFormat  *format,
                                                       char            **language);

G_END_DECLS
