/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <adwaita.h>

#include "rs-categories.h"
#include "rs-database.h"
#include "rs-pool-mapping.h"

G_BEGIN_DECLS

#define RS_TYPE_POOL_IMPORT_DIALOG (rs_pool_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (RsPoolImportDialog, rs_pool_import_dialog, RS, POOL_IMPORT_DIALOG, AdwWindow)

/* The mapping step of a pool import: which column holds the id, the
 * contact fields and each category, and which spelling means which value;
 * then the import itself with progress and Cancel. Emits "imported" with
 * the number of people. */
RsPoolImportDialog *rs_pool_import_dialog_new        (GtkWindow          *parent,
                                                      RsDatabase         *db,
                                                      gint64              panel_id,
                                                      GPtrArray          *categories,
                                                      RsPoolMapping      *stored,
                                                      GFile              *file);
/* For tests: the mapping the dialog would use now. */
RsPoolMapping      *rs_pool_import_dialog_get_mapping (RsPoolImportDialog *self);
/* For tests: the spellings offered for mapping, as "category: spelling". */
GStrv               rs_pool_import_dialog_get_spellings (RsPoolImportDialog *self);
/* For tests: TRUE once the file has been read. */
gboolean            rs_pool_import_dialog_is_ready    (RsPoolImportDialog *self);

G_END_DECLS
