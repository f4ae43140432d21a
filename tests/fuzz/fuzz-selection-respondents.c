/* SPDX-License-Identifier: MPL-2.0 */
/* The selection's respondents CSV, read against fixed categories (gender,
 * leaning), with an address column for households. */
#include "config.h"

#include <string.h>

#include "rs-fuzz.h"
#include "rs-selection-instance.h"

static const char categories_csv[] =
  "category,feature,min,max\n"
  "gender,female,1,5\n"
  "gender,male,1,5\n"
  "leaning,liberal,1,5\n"
  "leaning,conservative,1,5\n";

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static const char * const address[] = { "address", NULL };
  static char *categories_path;
  const char *path;

  rs_fuzz_init ();
  if (size > RS_FUZZ_MAX_INPUT)
    return 0;
  if (categories_path == NULL)
    categories_path = g_strdup (rs_fuzz_write_file ("categories.csv", (const uint8_t *) categories_csv,
                                                    strlen (categories_csv)));
  path = rs_fuzz_write_file ("respondents.csv", data, size);
  /* Without and with households. */
  for (guint round = 0; round < 2; round++)
    {
      g_autoptr(RsSelectionInstance) instance = rs_selection_instance_new (4);
      g_autoptr(GError) error = NULL;

      g_assert (rs_selection_read_categories (instance, categories_path, NULL));
      if (!rs_selection_read_respondents (instance, path, NULL, round ? address : NULL, &error))
        g_assert (error != NULL);
    }
  return 0;
}
