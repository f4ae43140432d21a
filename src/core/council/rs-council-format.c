/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-council-format"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "rs-council-format.h"

static gboolean
is_danish (RsCatalog *cat)
{
  return g_str_has_prefix (rs_catalog_get_language (cat), "da") ||
         g_str_has_prefix (rs_catalog_get_language (cat), "nb");
}

char *
rs_council_format_money (RsCatalog *cat,
                         double     amount)
{
  g_autoptr(GString) digits = g_string_new (NULL);
  char sep = is_danish (cat) ? '.' : ',';
  gint64 whole = (gint64) llround (fabs (amount));
  g_autofree char *plain = g_strdup_printf ("%" G_GINT64_FORMAT, whole);
  int len = (int) strlen (plain);

  if (amount < 0 && whole != 0)
    g_string_append_c (digits, '-');
  for (int i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append_c (digits, sep);
      g_string_append_c (digits, plain[i]);
    }
  /* Translators: an amount of Danish kroner; Danish: "%s kr." */
  return g_strdup_printf (RS_TR (cat, N_("DKK %s")), digits->str);
}

char *
rs_council_format_count (RsCatalog *cat,
                         gint64     count,
                         int        small_cell_limit)
{
  if (count > 0 && count < small_cell_limit)
    return g_strdup_printf ("< %d", small_cell_limit);
  return g_strdup_printf ("%" G_GINT64_FORMAT, count);
}

char *
rs_council_format_share (RsCatalog *cat,
                         double     share)
{
  if (share < 0 || isnan (share))
    return g_strdup ("");
  /* Translators: a percentage; Danish puts a space before the sign: "%.0f %%" */
  return g_strdup_printf (RS_TR (cat, N_("%.0f%%")), share * 100);
}
