/* SPDX-License-Identifier: MPL-2.0 */
/* The pool CSV reader as the import dialog's scan uses it. */
#include "config.h"

#include "rs-csv-reader.h"
#include "rs-fuzz.h"
#include "rs-pool-import.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(RsPoolScan) scan = NULL;
  g_autoptr(RsCsvReader) reader = NULL;
  GPtrArray *row;

  rs_fuzz_init ();
  if (size > RS_FUZZ_MAX_INPUT)
    return 0;
  bytes = g_bytes_new (data, size);
  scan = rs_pool_scan (bytes, "pool.csv", 50, NULL);
  reader = rs_csv_reader_new (bytes, "pool.csv", NULL);
  while (reader != NULL && rs_csv_reader_next (reader, &row, NULL))
    g_assert (rs_csv_reader_get_fraction (reader) <= 1.0);
  return 0;
}
