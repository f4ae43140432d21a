/* SPDX-License-Identifier: MPL-2.0 */
/* The selection's categories CSV (category,feature,min,max[,min_flex,max_flex]). */
#include "config.h"

#include "rs-fuzz.h"
#include "rs-selection-instance.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(RsSelectionInstance) instance = NULL;
  g_autoptr(GError) error = NULL;
  const char *path;

  rs_fuzz_init ();
  if (size > RS_FUZZ_MAX_INPUT)
    return 0;
  path = rs_fuzz_write_file ("categories.csv", data, size);
  instance = rs_selection_instance_new (10);
  if (!rs_selection_read_categories (instance, path, &error))
    g_assert (error != NULL);
  return 0;
}
