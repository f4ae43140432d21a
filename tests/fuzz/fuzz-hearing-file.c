/* SPDX-License-Identifier: MPL-2.0 */
/* Importing one response file (.txt, .eml, .pdf or CSV, told apart by
 * content) into a hearing round, all or nothing. */
#include "config.h"

#include "rs-fuzz.h"
#include "rs-hearing-import.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  RsDatabase *db;
  g_autoptr(GError) error = NULL;
  const char *paths[2] = { NULL, NULL };
  int count;

  rs_fuzz_init ();
  if (size > RS_FUZZ_MAX_INPUT)
    return 0;
  db = rs_fuzz_database ();
  paths[0] = rs_fuzz_write_file ("Høringssvar.txt", data, size);
  count = rs_hearing_import_files (db, rs_fuzz_round_id (), paths, NULL, NULL, NULL, &error);
  if (count >= 0)
    {
      g_assert_no_error (error);
      g_assert (rs_database_run (db, NULL, "DELETE FROM hearing_response", NULL));
      g_assert (rs_database_run (db, NULL, "DELETE FROM consulted_party", NULL));
    }
  else
    g_assert (error != NULL && g_utf8_validate (error->message, -1, NULL));
  return 0;
}
