/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-selection"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "rs-selection-instance.h"

G_DEFINE_QUARK (rs-selection-error-quark, rs_selection_error)

static void
clear_category (gpointer data)
{
  RsSelectionCategory *c = data;
  g_free (c->name);
}

static void
clear_value (gpointer data)
{
  RsSelectionValue *v = data;
  g_free (v->name);
}

static void
clear_person (gpointer data)
{
  RsSelectionPerson *p = data;
  g_free (p->id);
  g_free (p->values);
  g_free (p->household);
  g_strfreev (p->row);
}

RsSelectionInstance *
rs_selection_instance_new (int size)
{
  RsSelectionInstance *self = g_new0 (RsSelectionInstance, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->size = size;
  self->categories = g_array_new (FALSE, TRUE, sizeof (RsSelectionCategory));
  g_array_set_clear_func (self->categories, clear_category);
  self->values = g_array_new (FALSE, TRUE, sizeof (RsSelectionValue));
  g_array_set_clear_func (self->values, clear_value);
  self->people = g_array_new (FALSE, TRUE, sizeof (RsSelectionPerson));
  g_array_set_clear_func (self->people, clear_person);
  return self;
}

RsSelectionInstance *
rs_selection_instance_ref (RsSelectionInstance *self)
{
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
rs_selection_instance_unref (RsSelectionInstance *self)
{
  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_array_unref (self->categories);
  g_array_unref (self->values);
  g_array_unref (self->people);
  g_strfreev (self->header);
  g_free (self);
}

int
rs_selection_instance_n_people (RsSelectionInstance *self)
{
  return (int) self->people->len;
}

int
rs_selection_instance_n_values (RsSelectionInstance *self)
{
  return (int) self->values->len;
}

int
rs_selection_instance_n_categories (RsSelectionInstance *self)
{
  return (int) self->categories->len;
}

static char *
fold (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  return g_utf8_casefold (stripped, -1);
}

int
rs_selection_instance_find_category (RsSelectionInstance *self,
                                     const char          *name)
{
  g_autofree char *key = fold (name);

  for (guint i = 0; i < self->categories->len; i++)
    {
      g_autofree char *other = fold (rs_selection_instance_category (self, i)->name);
      if (strcmp (key, other) == 0)
        return (int) i;
    }
  return -1;
}

int
rs_selection_instance_add_category (RsSelectionInstance *self,
                                    const char          *name)
{
  RsSelectionCategory c = { 0 };
  int found = rs_selection_instance_find_category (self, name);

  if (found >= 0)
    return found;
  c.name = g_strstrip (g_strdup (name));
  c.first_value = (int) self->values->len;
  g_array_append_val (self->categories, c);
  return (int) self->categories->len - 1;
}

int
rs_selection_instance_add_value (RsSelectionInstance *self,
                                 int                  category,
                                 const char          *name,
                                 int                  min,
                                 int                  max,
                                 int                  min_flex,
                                 int                  max_flex)
{
  RsSelectionCategory *c = rs_selection_instance_category (self, category);
  RsSelectionValue v = { 0 };
  int index;

  /* Values of one category stay contiguous: the caller adds them in
   * category order, or we insert at the end of the category's block. */
  index = c->first_value + c->n_values;
  v.name = g_strstrip (g_strdup (name));
  v.category = category;
  v.min = min;
  v.max = max;
  v.min_flex = min_flex;
  v.max_flex = max_flex;
  g_array_insert_val (self->values, index, v);
  c->n_values++;
  for (guint i = category + 1; i < self->categories->len; i++)
    rs_selection_instance_category (self, i)->first_value++;
  return index;
}

int
rs_selection_instance_find_value (RsSelectionInstance *self,
                                  int                  category,
                                  const char          *name)
{
  RsSelectionCategory *c = rs_selection_instance_category (self, category);
  g_autofree char *key = fold (name);

  for (int i = 0; i < c->n_values; i++)
    {
      g_autofree char *other = fold (rs_selection_instance_value (self, c->first_value + i)->name);
      if (strcmp (key, other) == 0)
        return c->first_value + i;
    }
  return -1;
}

int
rs_selection_instance_add_person (RsSelectionInstance *self,
                                  const char          *id,
                                  const int           *values,
                                  const char          *household,
                                  const char * const  *row)
{
  RsSelectionPerson p = { 0 };

  p.id = g_strdup (id);
  p.values = g_memdup2 (values, sizeof (int) * self->categories->len);
  p.household = g_strdup (household);
  p.row = row ? g_strdupv ((char **) row) : NULL;
  g_array_append_val (self->people, p);
  return (int) self->people->len - 1;
}

char *
rs_selection_normalise_household (const char * const *parts)
{
  GString *key = g_string_new (NULL);
  gboolean any = FALSE;

  for (guint i = 0; parts != NULL && parts[i] != NULL; i++)
    {
      g_autofree char *folded = g_utf8_casefold (parts[i], -1);
      gboolean space = TRUE;

      if (i > 0)
        g_string_append_c (key, '|');
      for (const char *p = folded; *p; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);
          if (g_unichar_isspace (c) || c == ',' || c == '.')
            {
              space = TRUE;
              continue;
            }
          if (space && key->len > 0 && key->str[key->len - 1] != '|')
            g_string_append_c (key, ' ');
          space = FALSE;
          g_string_append_unichar (key, c);
          any = TRUE;
        }
    }
  if (!any)
    {
      g_string_free (key, TRUE);
      return NULL;
    }
  return g_string_free (key, FALSE);
}

char *
rs_selection_instance_categories_sha256 (RsSelectionInstance *self)
{
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autofree char *head = g_strdup_printf ("size,%d\n", self->size);

  g_checksum_update (sum, (const guchar *) head, -1);
  for (guint i = 0; i < self->values->len; i++)
    {
      RsSelectionValue *v = rs_selection_instance_value (self, i);
      g_autofree char *line = g_strdup_printf ("%s,%s,%d,%d\n",
                                               rs_selection_instance_category (self, v->category)->name,
                                               v->name, v->min, v->max);
      g_checksum_update (sum, (const guchar *) line, -1);
    }
  return g_strdup (g_checksum_get_string (sum));
}

char *
rs_selection_instance_pool_sha256 (RsSelectionInstance *self)
{
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);

  for (guint i = 0; i < self->people->len; i++)
    {
      RsSelectionPerson *p = rs_selection_instance_person (self, i);
      GString *line = g_string_new (p->id);

      for (guint c = 0; c < self->categories->len; c++)
        g_string_append_printf (line, ",%s", rs_selection_instance_value (self, p->values[c])->name);
      g_string_append_printf (line, ",%s\n", p->household ? p->household : "");
      g_checksum_update (sum, (const guchar *) line->str, line->len);
      g_string_free (line, TRUE);
    }
  return g_strdup (g_checksum_get_string (sum));
}
