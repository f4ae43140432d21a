/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-categories"

#include "config.h"

#include <math.h>
#include <stdlib.h>

#include <glib/gi18n.h>

#include "rs-categories.h"
#include "rs-csv-reader.h"

static void
value_free (gpointer data)
{
  RsCategoryValue *value = data;

  g_free (value->name);
  g_free (value->code);
  g_free (value->aliases);
  g_free (value);
}

RsCategory *
rs_category_new (const char *name,
                 const char *preset,
                 gboolean    sensitive)
{
  RsCategory *category = g_new0 (RsCategory, 1);

  category->name = g_strdup (name);
  category->preset = g_strdup (preset);
  category->sensitive = sensitive;
  category->values = g_ptr_array_new_with_free_func (value_free);
  return category;
}

void
rs_category_free (RsCategory *category)
{
  if (category == NULL)
    return;
  g_free (category->name);
  g_free (category->preset);
  g_ptr_array_unref (category->values);
  g_free (category);
}

RsCategory *
rs_category_copy (RsCategory *category)
{
  RsCategory *copy = rs_category_new (category->name, category->preset, category->sensitive);

  copy->id = category->id;
  for (guint v = 0; v < category->values->len; v++)
    {
      RsCategoryValue *value = g_ptr_array_index (category->values, v);
      RsCategoryValue *dup = rs_category_add_value (copy, value->name, value->code, value->share);

      dup->id = value->id;
      g_free (dup->aliases);
      dup->aliases = g_strdup (value->aliases ? value->aliases : "");
      dup->min = value->min;
      dup->max = value->max;
    }
  return copy;
}

RsCategoryValue *
rs_category_add_value (RsCategory *category,
                       const char *name,
                       const char *code,
                       double      share)
{
  RsCategoryValue *value = g_new0 (RsCategoryValue, 1);

  value->name = g_strdup (name);
  value->code = g_strdup (code);
  value->aliases = g_strdup ("");
  value->share = share;
  value->min = -1;
  value->max = -1;
  g_ptr_array_add (category->values, value);
  return value;
}

RsCategoryValue *
rs_category_find_value (RsCategory *category,
                        const char *name)
{
  for (guint i = 0; i < category->values->len; i++)
    {
      RsCategoryValue *value = g_ptr_array_index (category->values, i);
      if (g_utf8_collate (value->name, name) == 0)
        return value;
    }
  return NULL;
}

RsCategory *
rs_category_find (GPtrArray  *categories,
                  const char *name)
{
  for (guint i = 0; i < categories->len; i++)
    {
      RsCategory *category = g_ptr_array_index (categories, i);
      if (g_utf8_collate (category->name, name) == 0)
        return category;
    }
  return NULL;
}

/* Presets */

/* Category values from presets are data, not interface text: a Danish
 * budget process gets the names Statistics Denmark and the municipality's
 * registers use ("Kvinde", "18–29 år"), whatever the language of the
 * staff member's desktop, so pools, targets and exports agree on them. */
typedef struct
{
  const char *code;
  const char *name;      /* stored as the value's name */
  const char *aliases;
} PresetValue;

static const PresetValue age_values[] = {
  { "18-29", "18–29 år", "18-29|18–29|18-29 år|18–29 years" },
  { "30-44", "30–44 år", "30-44|30–44|30-44 år|30–44 years" },
  { "45-59", "45–59 år", "45-59|45–59|45-59 år|45–59 years" },
  { "60-74", "60–74 år", "60-74|60–74|60-74 år|60–74 years" },
  { "75-", "75 år og derover", "75+|75 år+|75+ år|75 years and over" }, { NULL }
};
static const PresetValue gender_values[] = {
  { "female", "Kvinde", "kvinde|k|f|female|woman|kvinder" },
  { "male", "Mand", "mand|m|male|man|mænd" },
  { "other", "Andet", "andet|other|non-binary|nonbinary|x" },
  { "unknown", "Ukendt", "ukendt|unknown|uoplyst|" }, { NULL }
};
static const PresetValue origin_values[] = {
  { "danish", "Dansk oprindelse", "dansk oprindelse|dansk|danish origin" },
  { "immigrant", "Indvandrer", "indvandrer|indvandrere|immigrant" },
  { "descendant", "Efterkommer", "efterkommer|efterkommere|descendant" }, { NULL }
};
static const PresetValue socio_values[] = {
  { "employed", "Beskæftiget", "beskæftiget|i arbejde|employed" },
  { "unemployed", "Ledig", "ledig|arbejdsløs|unemployed" },
  { "education", "Under uddannelse", "under uddannelse|studerende|in education" },
  { "retired", "Pensionist", "pensionist|folkepensionist|retired" },
  { "outside", "Uden for arbejdsstyrken", "uden for arbejdsstyrken|outside the labour force" }, { NULL }
};
static const PresetValue education_values[] = {
  { "H10", "Grundskole", "grundskole|primary school" },
  { "H20", "Gymnasial uddannelse", "gymnasial|gymnasiale uddannelser|upper secondary" },
  { "H30", "Erhvervsfaglig uddannelse", "erhvervsfaglig|erhvervsuddannelse|vocational" },
  { "H40", "Kort videregående uddannelse", "kvu|kort videregående|short higher education" },
  { "H50", "Mellemlang videregående uddannelse eller bachelor",
    "mvu|bachelor|mellemlang videregående|medium higher education or bachelor" },
  { "H70", "Lang videregående uddannelse eller ph.d.",
    "lvu|lang videregående|ph.d.|long higher education or phd" },
  { "H90", "Uoplyst", "uoplyst|not stated" }, { NULL }
};

/* The stored names of the preset categories, data like their values. */
static const struct
{
  const char *preset;
  const char *name;
} preset_names[] = {
  { "age", "Alder" }, { "gender", "Køn" }, { "origin", "Oprindelse" },
  { "socio-economic", "Socioøkonomisk status" }, { "education", "Uddannelse" },
  { "district", "Bydel" },
};

static const char * const preset_ids[] = {
  "age", "gender", "origin", "socio-economic", "education", "district", NULL
};

const char * const *
rs_category_preset_ids (void)
{
  return preset_ids;
}

const char *
rs_category_preset_title (const char *preset)
{
  if (g_strcmp0 (preset, "age") == 0)
    return _("Age");
  if (g_strcmp0 (preset, "gender") == 0)
    return _("Gender");
  if (g_strcmp0 (preset, "origin") == 0)
    return _("Origin");
  if (g_strcmp0 (preset, "socio-economic") == 0)
    return _("Socio-economic status");
  if (g_strcmp0 (preset, "education") == 0)
    return _("Education");
  if (g_strcmp0 (preset, "district") == 0)
    return _("District");
  return NULL;
}

RsCategory *
rs_category_new_preset (const char *preset)
{
  const PresetValue *values = NULL;
  RsCategory *category;

  const char *name = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (preset_names); i++)
    if (g_strcmp0 (preset, preset_names[i].preset) == 0)
      name = preset_names[i].name;
  if (name == NULL)
    return NULL;
  category = rs_category_new (name, preset, g_str_equal (preset, "origin"));
  if (g_str_equal (preset, "age"))
    values = age_values;
  else if (g_str_equal (preset, "gender"))
    values = gender_values;
  else if (g_str_equal (preset, "origin"))
    values = origin_values;
  else if (g_str_equal (preset, "socio-economic"))
    values = socio_values;
  else if (g_str_equal (preset, "education"))
    values = education_values;
  for (guint i = 0; values && values[i].code; i++)
    {
      RsCategoryValue *value = rs_category_add_value (category, values[i].name,
                                                      values[i].code, -1);
      g_free (value->aliases);
      value->aliases = g_strdup (values[i].aliases);
    }
  return category;
}

/* Quotas */

gboolean
rs_quota_largest_remainder (const double *shares,
                            guint         n,
                            int           size,
                            int          *seats)
{
  g_autofree double *remainder = g_new0 (double, n);
  double total = 0;
  int given = 0;

  for (guint i = 0; i < n; i++)
    total += MAX (shares[i], 0);
  if (total <= 0 || size < 0)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      double exact = MAX (shares[i], 0) / total * size;
      seats[i] = (int) floor (exact + 1e-9);
      remainder[i] = exact - seats[i];
      given += seats[i];
    }
  while (given < size)
    {
      guint best = 0;
      for (guint i = 1; i < n; i++)
        if (remainder[i] > remainder[best] + 1e-12)
          best = i;
      seats[best]++;
      remainder[best] = -1;
      given++;
    }
  return TRUE;
}

gboolean
rs_category_validate (RsCategory *category,
                      int         size,
                      GError    **error)
{
  double total = 0;
  int min_sum = 0, max_sum = 0;
  gboolean has_share = FALSE;

  if (category->values->len == 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("Category “%s” has no values."), category->name);
      return FALSE;
    }
  for (guint i = 0; i < category->values->len; i++)
    {
      RsCategoryValue *value = g_ptr_array_index (category->values, i);
      if (value->share >= 0)
        {
          total += value->share;
          has_share = TRUE;
        }
      if (value->min >= 0 && value->max >= 0 && value->min > value->max)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       _("Category “%s”: the minimum for “%s” (%d) is above its maximum (%d)."),
                       category->name, value->name, value->min, value->max);
          return FALSE;
        }
      min_sum += MAX (value->min, 0);
      max_sum += value->max >= 0 ? value->max : size;
    }
  if (has_share && fabs (total - 100.0) > 0.05)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("The shares of category “%s” add up to %.1f %%, not 100 %%."),
                   category->name, total);
      return FALSE;
    }
  if (min_sum > size)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("The minimums of category “%s” add up to %d, more than the panel’s %d seats."),
                   category->name, min_sum, size);
      return FALSE;
    }
  if (max_sum < size)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("The maximums of category “%s” add up to %d, fewer than the panel’s %d seats."),
                   category->name, max_sum, size);
      return FALSE;
    }
  return TRUE;
}

gboolean
rs_category_compute_quotas (RsCategory *category,
                            int         size,
                            double      tolerance,
                            GError    **error)
{
  guint n = category->values->len;
  g_autofree double *shares = g_new0 (double, n);
  g_autofree int *seats = g_new0 (int, n);
  double total = 0;
  int delta = (int) ceil (MAX (tolerance, 0) * size / 100.0 - 1e-9);

  for (guint i = 0; i < n; i++)
    {
      RsCategoryValue *value = g_ptr_array_index (category->values, i);
      if (value->share < 0)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       _("Category “%s”: value “%s” has no target share."),
                       category->name, value->name);
          return FALSE;
        }
      shares[i] = value->share;
      total += value->share;
    }
  if (n == 0 || fabs (total - 100.0) > 0.05)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("The shares of category “%s” add up to %.1f %%, not 100 %%."),
                   category->name, total);
      return FALSE;
    }
  rs_quota_largest_remainder (shares, n, size, seats);
  for (guint i = 0; i < n; i++)
    {
      RsCategoryValue *value = g_ptr_array_index (category->values, i);
      value->min = MAX (0, seats[i] - delta);
      value->max = MIN (size, seats[i] + delta);
    }
  return TRUE;
}

const char *
rs_category_value_canonical (RsCategory      *category,
                             RsCategoryValue *value)
{
  const PresetValue *lists[] = { age_values, gender_values, origin_values, socio_values,
                                 education_values };
  g_autofree char *name = g_utf8_casefold (value->name, -1);

  if (value->code && *value->code)
    return value->code;
  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; lists[l][i].code; i++)
      {
        g_auto(GStrv) aliases = g_strsplit (lists[l][i].aliases, "|", -1);
        g_autofree char *english = g_utf8_casefold (lists[l][i].name, -1);
        g_autofree char *local = g_utf8_casefold (_(lists[l][i].name), -1);

        if (g_str_equal (name, english) || g_str_equal (name, local) ||
            (*name && g_strv_contains ((const char * const *) aliases, name)))
          return lists[l][i].code;
      }
  return NULL;
}

gboolean
rs_category_value_age_band (RsCategoryValue *value,
                            int             *lo,
                            int             *hi)
{
  const char *text = value->code && *value->code ? value->code : value->name;
  const char *p = text;
  char *end;

  while (*p && !g_ascii_isdigit (*p))
    p++;
  if (*p == '\0')
    return FALSE;
  *lo = (int) g_ascii_strtoll (p, &end, 10);
  p = end;
  while (*p && !g_ascii_isdigit (*p))
    p++;
  *hi = *p ? (int) g_ascii_strtoll (p, NULL, 10) : 200;
  return *hi >= *lo;
}
