/* SPDX-License-Identifier: MPL-2.0 */
/* A hearing CSV read with an explicit mapping, as `raadslag-cli hearing
 * import --map SPEC`: the input's first line is SPEC, the rest the file.
 *
 * Every input is read and mapped in full. It is then imported as the
 * command does only when it has at most MAX_STORED rows: storing is the same
 * code for the 17th row as for the first (and fuzzed by fuzz-hearing-file
 * too), at about a millisecond a row under the sanitizers, and the corpus
 * grows towards inputs of a hundred short rows, which had brought this
 * harness down to 60 executions a second. */
#include "config.h"

#include "rs-fuzz.h"
#include "rs-hearing-import.h"

#define MAX_STORED 16

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  RsDatabase *db;
  g_autoptr(GError) error = NULL;
  g_autoptr(RsCsv) head = NULL;
  g_autofree char *spec = NULL;
  const uint8_t *rest;
  size_t rest_size;
  const char *paths[2] = { NULL, NULL };
  g_autoptr(GPtrArray) responses = NULL;
  RsCsvMapping mapping;
  const RsCsvMapping *mappings[2] = { &mapping, NULL };
  int count;

  rs_fuzz_init ();
  if (size > RS_FUZZ_MAX_INPUT)
    return 0;
  db = rs_fuzz_database ();
  spec = rs_fuzz_split_line (data, size, &rest, &rest_size);
  paths[0] = rs_fuzz_write_file ("svar.csv", rest, rest_size);
  head = rs_hearing_import_read_csv_head (paths[0], 0, &error);
  if (head == NULL)
    return 0;
  if (!rs_csv_mapping_parse (&mapping, spec, (const char * const *) g_ptr_array_index (head->rows, 0),
                             &error))
    return 0;
  responses = rs_hearing_import_read_file_mapped (paths[0], &mapping, &error);
  if (responses == NULL)
    {
      g_assert (error != NULL && g_utf8_validate (error->message, -1, NULL));
      return 0;
    }
  if (responses->len > MAX_STORED)
    return 0;
  count = rs_hearing_import_files_mapped (db, rs_fuzz_round_id (), paths, mappings, NULL, NULL,
                                          NULL, &error);
  if (count >= 0)
    {
      g_assert (rs_database_run (db, NULL, "DELETE FROM hearing_response", NULL));
      g_assert (rs_database_run (db, NULL, "DELETE FROM consulted_party", NULL));
    }
  else
    g_assert (error != NULL && g_utf8_validate (error->message, -1, NULL));
  return 0;
}
