/* SPDX-License-Identifier: MPL-2.0 */
/* A pool import into a panel with the gender and age categories; the mapping
 * is guessed from the header each time. */
#include "config.h"

#include "rs-fuzz.h"
#include "rs-pool-import.h"
#include "rs-pool-mapping.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  RsDatabase *db;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(RsPoolMapping) mapping = NULL;
  g_autoptr(GError) error = NULL;
  RsPoolImportResult result = { 0 };

  rs_fuzz_init ();
  if (size > RS_FUZZ_MAX_INPUT)
    return 0;
  db = rs_fuzz_database ();
  bytes = g_bytes_new (data, size);
  mapping = rs_pool_mapping_new ();
  if (rs_pool_import (db, rs_fuzz_panel_id (), bytes, "pool.csv", mapping, NULL, NULL, NULL,
                      &result, &error))
    {
      g_assert_no_error (error);
      g_assert_cmpuint (result.rows, >, 0);
      /* Start the next input from the same empty pool. */
      g_assert (rs_database_run (db, NULL, "DELETE FROM person WHERE panel_id = ?", "i",
                                 rs_fuzz_panel_id ()));
    }
  else
    g_assert (error != NULL && error->message != NULL && g_utf8_validate (error->message, -1, NULL));
  return 0;
}
