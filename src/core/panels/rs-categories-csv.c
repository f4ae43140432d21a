/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-categories-csv"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>

#include "rs-categories.h"
#include "rs-csv-reader.h"
#include "rs-csv-writer.h"

static int
find_column (GPtrArray          *header,
             const char * const *names)
{
  for (guint i = 0; i < header->len; i++)
    {
      g_autofree char *trimmed = g_strstrip (g_strdup (g_ptr_array_index (header, i)));
      g_autofree char *h = g_utf8_strdown (trimmed, -1);
      if (g_strv_contains (names, h))
        return (int) i;
    }
  return -1;
}

static gboolean
is_blank (const char *text)
{
  for (; *text; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

/* Quotas above this are refused: no panel has a million seats, and the
 * value must fit an int. */
#define MAX_QUOTA 1000000

typedef enum
{
  NUMBER_OK,
  NUMBER_INVALID,
  NUMBER_TOO_LARGE,
} NumberResult;

static NumberResult
parse_number (const char *text,
              gboolean    integer,
              double     *out)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));
  char *end = NULL;

  if (*copy == '\0')
    return NUMBER_INVALID;
  g_strdelimit (copy, ",", '.');
  if (g_str_has_suffix (copy, "%"))
    copy[strlen (copy) - 1] = '\0';
  /* Plain decimal numbers only: no "inf", "nan" or hexadecimal. */
  for (const char *p = copy; *p; p++)
    if (!g_ascii_isdigit (*p) && *p != '.' && *p != '-' && *p != '+' && *p != 'e' && *p != 'E' &&
        !g_ascii_isspace (*p))
      return NUMBER_INVALID;
  *out = g_ascii_strtod (copy, &end);
  while (end && g_ascii_isspace (*end))
    end++;
  if (end == NULL || *end != '\0' || !isfinite (*out) || *out < 0)
    return NUMBER_INVALID;
  if (integer && *out > MAX_QUOTA)
    return NUMBER_TOO_LARGE;
  if (!integer && *out > 100)
    return NUMBER_TOO_LARGE;
  return !integer || *out == floor (*out) ? NUMBER_OK : NUMBER_INVALID;
}

GPtrArray *
rs_categories_parse_csv (GBytes     *bytes,
                         const char *file_name,
                         GError    **error)
{
  static const char * const category_names[] = { "category", "kategori", NULL };
  static const char * const feature_names[] = { "feature", NULL };
  static const char * const value_names[] = { "feature", "value", "name", "værdi", NULL };
  static const char * const plain_value_names[] = { "value", "name", "værdi", NULL };
  static const char * const min_names[] = { "min", "minimum", NULL };
  static const char * const max_names[] = { "max", "maximum", NULL };
  static const char * const share_names[] = { "share", "target", "percent", "andel", NULL };
  g_autoptr(RsCsvReader) reader = rs_csv_reader_new (bytes, file_name, error);
  g_autoptr(GPtrArray) list = NULL;
  GPtrArray *row = NULL;
  int c_cat, c_val, c_min, c_max, c_share;

  if (reader == NULL)
    return NULL;
  if (!rs_csv_reader_next (reader, &row, error))
    {
      if (error && *error == NULL)
        g_set_error (error, RS_CSV_ERROR, RS_CSV_ERROR_EMPTY, _("%s is empty."),
                     rs_csv_reader_get_file_name (reader));
      return NULL;
    }
  c_cat = find_column (row, category_names);
  if (c_cat >= 0)
    c_val = find_column (row, value_names);
  else
    {
      c_cat = find_column (row, feature_names);
      c_val = find_column (row, plain_value_names);
    }
  c_min = find_column (row, min_names);
  c_max = find_column (row, max_names);
  c_share = find_column (row, share_names);
  if (c_cat < 0 || c_val < 0 || ((c_min < 0 || c_max < 0) && c_share < 0))
    {
      g_set_error (error, RS_CSV_ERROR, RS_CSV_ERROR_SYNTAX,
                   _("%s, line 1: the header must name the columns category,feature,min,max "
                     "or feature,value,min,max."), rs_csv_reader_get_file_name (reader));
      return NULL;
    }

  list = g_ptr_array_new_with_free_func ((GDestroyNotify) rs_category_free);
  while (rs_csv_reader_next (reader, &row, error))
    {
      const int cols[] = { c_min, c_max, c_share };
      double numbers[3] = { -1, -1, -1 };
      g_autofree char *cat_name = NULL;
      g_autofree char *val_name = NULL;
      RsCategory *category;
      RsCategoryValue *value;
      guint line = rs_csv_reader_get_line (reader);

      if ((guint) MAX (MAX (c_cat, c_val), MAX (MAX (c_min, c_max), c_share)) >= row->len)
        {
          g_set_error (error, RS_CSV_ERROR, RS_CSV_ERROR_SYNTAX,
                       _("%s, line %u: the row has %u fields; the header has more."),
                       rs_csv_reader_get_file_name (reader), line, row->len);
          return NULL;
        }
      cat_name = g_strstrip (g_strdup (g_ptr_array_index (row, c_cat)));
      val_name = g_strstrip (g_strdup (g_ptr_array_index (row, c_val)));
      if (*cat_name == '\0' || *val_name == '\0')
        {
          g_set_error (error, RS_CSV_ERROR, RS_CSV_ERROR_SYNTAX,
                       _("%s, line %u, column %d: the category and value need names."),
                       rs_csv_reader_get_file_name (reader), line,
                       (*cat_name == '\0' ? c_cat : c_val) + 1);
          return NULL;
        }
      for (guint k = 0; k < G_N_ELEMENTS (cols); k++)
        {
          const char *text = cols[k] >= 0 ? g_ptr_array_index (row, cols[k]) : "";
          NumberResult result;

          /* A blank minimum, maximum or share is "not set". */
          if (cols[k] < 0 || is_blank (text))
            continue;
          result = parse_number (text, k < 2, &numbers[k]);
          if (result == NUMBER_TOO_LARGE)
            {
              if (k < 2)
                g_set_error (error, RS_CSV_ERROR, RS_CSV_ERROR_SYNTAX,
                             _("%s, line %u, column %d: “%s” is too large for a quota (at most %d)."),
                             rs_csv_reader_get_file_name (reader), line, cols[k] + 1, text, MAX_QUOTA);
              else
                g_set_error (error, RS_CSV_ERROR, RS_CSV_ERROR_SYNTAX,
                             _("%s, line %u, column %d: “%s” is more than 100 percent."),
                             rs_csv_reader_get_file_name (reader), line, cols[k] + 1, text);
              return NULL;
            }
          if (result != NUMBER_OK)
            {
              g_set_error (error, RS_CSV_ERROR, RS_CSV_ERROR_SYNTAX,
                           _("%s, line %u, column %d: “%s” is not a valid number."),
                           rs_csv_reader_get_file_name (reader), line, cols[k] + 1, text);
              return NULL;
            }
        }
      category = rs_category_find (list, cat_name);
      if (category == NULL)
        {
          category = rs_category_new (cat_name, NULL, FALSE);
          g_ptr_array_add (list, category);
        }
      if (rs_category_find_value (category, val_name) != NULL)
        {
          g_set_error (error, RS_CSV_ERROR, RS_CSV_ERROR_SYNTAX,
                       _("%s, line %u: value “%s” of category “%s” appears twice."),
                       rs_csv_reader_get_file_name (reader), line, val_name, cat_name);
          return NULL;
        }
      value = rs_category_add_value (category, val_name, NULL, numbers[2]);
      value->min = (int) numbers[0];
      value->max = (int) numbers[1];
      if (value->min >= 0 && value->max >= 0 && value->min > value->max)
        {
          g_set_error (error, RS_CSV_ERROR, RS_CSV_ERROR_SYNTAX,
                       _("%s, line %u, column %d: the minimum %d is above the maximum %d."),
                       rs_csv_reader_get_file_name (reader), line, c_min + 1, value->min, value->max);
          return NULL;
        }
    }
  if (error && *error)
    return NULL;
  if (list->len == 0)
    {
      g_set_error (error, RS_CSV_ERROR, RS_CSV_ERROR_EMPTY, _("%s holds no categories."),
                   rs_csv_reader_get_file_name (reader));
      return NULL;
    }
  return g_steal_pointer (&list);
}

char *
rs_categories_to_csv (GPtrArray *categories)
{
  static const char * const header[] = { "category", "feature", "min", "max", "share", NULL };
  RsCsvWriter *out = rs_csv_writer_new (',', RS_CSV_WRITER_CRLF);

  rs_csv_writer_add_row (out, header);
  for (guint c = 0; c < categories->len; c++)
    {
      RsCategory *category = g_ptr_array_index (categories, c);
      for (guint v = 0; v < category->values->len; v++)
        {
          RsCategoryValue *value = g_ptr_array_index (category->values, v);
          char share[G_ASCII_DTOSTR_BUF_SIZE] = "";

          rs_csv_writer_add (out, category->name);
          rs_csv_writer_add (out, value->name);
          /* An unset quota stays blank, so the file imports again as it was. */
          if (value->min >= 0)
            rs_csv_writer_add_printf (out, "%d", value->min);
          else
            rs_csv_writer_add_plain (out, "");
          if (value->max >= 0)
            rs_csv_writer_add_printf (out, "%d", value->max);
          else
            rs_csv_writer_add_plain (out, "");
          if (value->share >= 0)
            g_ascii_formatd (share, sizeof share, "%.2f", value->share);
          rs_csv_writer_add_plain (out, share);
          rs_csv_writer_end_row (out);
        }
    }
  return rs_csv_writer_free_to_string (out);
}
