/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>

#include "rs-database.h"

G_BEGIN_DECLS

/* Districts (bydele, lokalområder) of a process's municipality, with their
 * population where known. */
typedef struct
{
  gint64  id;
  char   *name;
  gint64  population;   /* -1: not known */
} RsDistrict;

void        rs_district_free         (RsDistrict  *district);

/* The process's districts in their order (RsDistrict). */
GPtrArray  *rs_districts_list        (RsDatabase  *db,
                                      gint64       process_id,
                                      GError     **error);
/* Adds a district or sets its population (-1: not known). */
gboolean    rs_districts_set         (RsDatabase  *db,
                                      gint64       process_id,
                                      const char  *name,
                                      gint64       population,
                                      GError     **error);
gboolean    rs_districts_rename      (RsDatabase  *db,
                                      gint64       process_id,
                                      const char  *name,
                                      const char  *new_name,
                                      GError     **error);
gboolean    rs_districts_remove      (RsDatabase  *db,
                                      gint64       process_id,
                                      const char  *name,
                                      GError     **error);
/* Imports a CSV file with a name column (name, navn, bydel, district) and
 * an optional population column (population, befolkning, indbyggere) in
 * one transaction: existing districts get the new population, new ones are
 * added. A population that is not a whole number is left unknown and the
 * row counted in *n_flagged; a broken file changes nothing. */
gboolean    rs_districts_import_csv  (RsDatabase  *db,
                                      gint64       process_id,
                                      GBytes      *bytes,
                                      const char  *file_name,
                                      guint       *n_imported,
                                      guint       *n_flagged,
                                      GError     **error);
/* The district list for the sample municipality (Havbjerg Kommune): adds
 * its six districts with their populations when the process has none.
 * Does nothing for other municipalities; *n_added (may be NULL) tells.
 * Call inside or outside a transaction. */
gboolean    rs_districts_preset      (RsDatabase  *db,
                                      gint64       process_id,
                                      guint       *n_added,
                                      GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsDistrict, rs_district_free)

G_END_DECLS
