/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include "rs-involvement-error.h"

G_DEFINE_QUARK (rs-involvement-error-quark, rs_involvement_error)

/* The column whose heading (trimmed, case-folded) is one of @names, or -1. */
int
_rs_involvement_find_heading (GPtrArray          *row,
                              const char * const *names)
{
  for (guint i = 0; i < row->len; i++)
    {
      g_autofree char *trimmed = g_strstrip (g_strdup (g_ptr_array_index (row, i)));
      g_autofree char *h = g_utf8_casefold (trimmed, -1);

      for (guint j = 0; names[j]; j++)
        if (g_str_equal (h, names[j]))
          return (int) i;
    }
  return -1;
}

/* The field of @column, trimmed in place; "" when the row is short. */
const char *
_rs_involvement_field (GPtrArray *row,
                       int        column)
{
  if (column < 0 || (guint) column >= row->len)
    return "";
  return g_strstrip ((char *) g_ptr_array_index (row, column));
}
