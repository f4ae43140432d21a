/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <adwaita.h>

#include "rs-hearing-csv-mapping.h"

G_BEGIN_DECLS

#define RS_TYPE_CSV_MAPPING_DIALOG (rs_csv_mapping_dialog_get_type ())
G_DECLARE_FINAL_TYPE (RsCsvMappingDialog, rs_csv_mapping_dialog, RS, CSV_MAPPING_DIALOG, AdwMessageDialog)

/* Asks what each column of a CSV bulk file holds (a dropdown per column),
 * with a preview of the first rows. Responds "import" or "cancel"; "import"
 * is enabled only while the mapping is valid. */
GtkWidget *rs_csv_mapping_dialog_new         (GtkWindow          *parent,
                                              const char         *display_name,
                                              RsCsv              *head);
gboolean   rs_csv_mapping_dialog_get_mapping (RsCsvMappingDialog *self,
                                              RsCsvMapping       *mapping,
                                              GError            **error);
/* Selects @field for @column, as the user would. */
void       rs_csv_mapping_dialog_set_field   (RsCsvMappingDialog *self,
                                              int                 column,
                                              RsCsvField          field);

/* Asks for a mapping for each of @paths whose header is not recognised, one
 * dialog after another. The result is a GPtrArray with one RsCsvMapping (or
 * NULL when the file needs none) per path; G_IO_ERROR_CANCELLED when the
 * user cancels. */
void       rs_csv_mapping_dialog_map_files        (GtkWindow           *parent,
                                                   const char * const  *paths,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
GPtrArray *rs_csv_mapping_dialog_map_files_finish (GAsyncResult        *result,
                                                   GError             **error);

G_END_DECLS
