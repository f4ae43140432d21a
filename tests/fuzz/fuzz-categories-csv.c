/* SPDX-License-Identifier: MPL-2.0 */
/* The categories CSV (Sortition Foundation layout): what parses must export
 * and parse again to the same names and quotas. */
#include "config.h"

#include <string.h>

#include "rs-categories.h"
#include "rs-fuzz.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) again_bytes = NULL;
  g_autoptr(GPtrArray) categories = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = NULL;

  rs_fuzz_init ();
  if (size > RS_FUZZ_MAX_INPUT)
    return 0;
  bytes = g_bytes_new (data, size);
  categories = rs_categories_parse_csv (bytes, "categories.csv", &error);
  if (categories == NULL)
    {
      g_assert (error != NULL && g_utf8_validate (error->message, -1, NULL));
      return 0;
    }
  csv = rs_categories_to_csv (categories);
  again_bytes = g_bytes_new (csv, strlen (csv));
  again = rs_categories_parse_csv (again_bytes, "export.csv", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (again->len, ==, categories->len);
  for (guint c = 0; c < categories->len; c++)
    {
      RsCategory *a = g_ptr_array_index (categories, c);
      RsCategory *b = g_ptr_array_index (again, c);

      g_assert_cmpstr (a->name, ==, b->name);
      g_assert_cmpuint (a->values->len, ==, b->values->len);
      for (guint v = 0; v < a->values->len; v++)
        {
          RsCategoryValue *x = g_ptr_array_index (a->values, v);
          RsCategoryValue *y = g_ptr_array_index (b->values, v);

          g_assert_cmpstr (x->name, ==, y->name);
          g_assert_cmpint (x->min, ==, y->min);
          g_assert_cmpint (x->max, ==, y->max);
        }
    }
  return 0;
}
