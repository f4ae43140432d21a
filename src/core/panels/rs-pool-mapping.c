/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-pool-mapping"

#include "config.h"

#include <json-glib/json-glib.h>
#include <glib/gi18n.h>

#include "rs-age-bands.h"
#include "rs-categories.h"
#include "rs-pool-mapping.h"

static const char * const contact_keys[RS_N_CONTACT_FIELDS] = {
  "name", "address", "postcode", "city", "email", "phone"
};
static const char * const contact_guesses[RS_N_CONTACT_FIELDS] = {
  "name|navn|fulde navn|full name|first_name",
  "address|adresse|primary_address1|address_line_1|vejnavn og husnummer",
  "postcode|postnr|postnr.|postnummer|zip|postal code|primary_zip",
  "city|by|bynavn|town|primary_city",
  "email|e-mail|e-mailadresse|mail",
  "phone|telefon|telefonnummer|tlf|tlf.|tlf.nr.|mobil|mobilnummer|mobile|mobile_number|phone_number",
};

char *
rs_pool_spelling_key (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text ? text : ""));
  g_autofree char *normal = g_utf8_normalize (stripped, -1, G_NORMALIZE_NFC);

  return g_utf8_casefold (normal ? normal : stripped, -1);
}

RsPoolMapping *
rs_pool_mapping_new (void)
{
  RsPoolMapping *self = g_new0 (RsPoolMapping, 1);

  self->category_columns = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->aliases = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                         (GDestroyNotify) g_hash_table_unref);
  return self;
}

void
rs_pool_mapping_free (RsPoolMapping *self)
{
  if (self == NULL)
    return;
  g_free (self->id_column);
  g_free (self->status_column);
  for (int i = 0; i < RS_N_CONTACT_FIELDS; i++)
    g_free (self->contact[i]);
  g_hash_table_unref (self->category_columns);
  g_hash_table_unref (self->aliases);
  g_free (self->age_on);
  g_free (self);
}

RsPoolMapping *
rs_pool_mapping_copy (RsPoolMapping *self)
{
  g_autofree char *json = rs_pool_mapping_to_json (self);

  return rs_pool_mapping_from_json (json, NULL);
}

void
rs_pool_mapping_set_column (RsPoolMapping *self,
                            const char    *category,
                            const char    *column)
{
  if (column == NULL || *column == '\0')
    g_hash_table_remove (self->category_columns, category);
  else
    g_hash_table_insert (self->category_columns, g_strdup (category), g_strdup (column));
}

const char *
rs_pool_mapping_get_column (RsPoolMapping *self,
                            const char    *category)
{
  return g_hash_table_lookup (self->category_columns, category);
}

void
rs_pool_mapping_add_alias (RsPoolMapping *self,
                           const char    *category,
                           const char    *spelling,
                           const char    *value)
{
  GHashTable *table = g_hash_table_lookup (self->aliases, category);

  if (table == NULL)
    {
      table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      g_hash_table_insert (self->aliases, g_strdup (category), table);
    }
  g_hash_table_insert (table, rs_pool_spelling_key (spelling), g_strdup (value));
}

const char *
rs_pool_mapping_lookup_alias (RsPoolMapping *self,
                              const char    *category,
                              const char    *spelling)
{
  GHashTable *table = g_hash_table_lookup (self->aliases, category);
  g_autofree char *key = NULL;

  if (table == NULL)
    return NULL;
  key = rs_pool_spelling_key (spelling);
  return g_hash_table_lookup (table, key);
}

static const char *
get_string (JsonObject *object,
            const char *member)
{
  JsonNode *node = object ? json_object_get_member (object, member) : NULL;

  if (node == NULL || JSON_NODE_TYPE (node) != JSON_NODE_VALUE ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

RsPoolMapping *
rs_pool_mapping_from_json (const char *json,
                           GError    **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(RsPoolMapping) self = rs_pool_mapping_new ();
  g_autoptr(GError) local = NULL;
  JsonObject *root, *contact, *categories;

  if (!json_parser_load_from_data (parser, json, -1, &local) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("The import mapping is not valid JSON: %s"),
                   local ? local->message : _("the top level must be an object"));
      return NULL;
    }
  root = json_node_get_object (json_parser_get_root (parser));
  self->id_column = g_strdup (get_string (root, "id"));
  self->status_column = g_strdup (get_string (root, "status"));
  self->age_on = g_strdup (get_string (root, "age_on"));
  contact = json_object_has_member (root, "contact") &&
            JSON_NODE_HOLDS_OBJECT (json_object_get_member (root, "contact"))
            ? json_object_get_object_member (root, "contact") : NULL;
  for (int i = 0; i < RS_N_CONTACT_FIELDS; i++)
    self->contact[i] = g_strdup (get_string (contact, contact_keys[i]));
  categories = json_object_has_member (root, "categories") &&
               JSON_NODE_HOLDS_OBJECT (json_object_get_member (root, "categories"))
               ? json_object_get_object_member (root, "categories") : NULL;
  if (categories != NULL)
    {
      g_autoptr(GList) names = json_object_get_members (categories);
      for (GList *l = names; l; l = l->next)
        {
          JsonNode *node = json_object_get_member (categories, l->data);
          JsonObject *cat, *aliases;

          if (!JSON_NODE_HOLDS_OBJECT (node))
            {
              g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("The import mapping for category “%s” must be an object "
                             "with “column” and “aliases”."), (const char *) l->data);
              return NULL;
            }
          cat = json_node_get_object (node);
          rs_pool_mapping_set_column (self, l->data, get_string (cat, "column"));
          aliases = json_object_has_member (cat, "aliases") &&
                    JSON_NODE_HOLDS_OBJECT (json_object_get_member (cat, "aliases"))
                    ? json_object_get_object_member (cat, "aliases") : NULL;
          if (aliases != NULL)
            {
              g_autoptr(GList) spellings = json_object_get_members (aliases);
              for (GList *s = spellings; s; s = s->next)
                if (get_string (aliases, s->data))
                  rs_pool_mapping_add_alias (self, l->data, s->data, get_string (aliases, s->data));
            }
        }
    }
  return g_steal_pointer (&self);
}

char *
rs_pool_mapping_to_json (RsPoolMapping *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GList) names = g_hash_table_get_keys (self->category_columns);
  GHashTableIter iter;
  gpointer key, value;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  if (self->id_column)
    json_builder_add_string_value (builder, self->id_column);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "status");
  if (self->status_column)
    json_builder_add_string_value (builder, self->status_column);
  else
    json_builder_add_null_value (builder);
  if (self->age_on)
    {
      json_builder_set_member_name (builder, "age_on");
      json_builder_add_string_value (builder, self->age_on);
    }
  json_builder_set_member_name (builder, "contact");
  json_builder_begin_object (builder);
  for (int i = 0; i < RS_N_CONTACT_FIELDS; i++)
    if (self->contact[i])
      {
        json_builder_set_member_name (builder, contact_keys[i]);
        json_builder_add_string_value (builder, self->contact[i]);
      }
  json_builder_end_object (builder);
  json_builder_set_member_name (builder, "categories");
  json_builder_begin_object (builder);
  {
    g_autoptr(GList) more = g_hash_table_get_keys (self->aliases);
    for (GList *l = more; l; l = l->next)
      if (!g_hash_table_contains (self->category_columns, l->data))
        names = g_list_prepend (names, l->data);
  }
  names = g_list_sort (names, (GCompareFunc) g_strcmp0);
  for (GList *l = names; l; l = l->next)
    {
      GHashTable *aliases = g_hash_table_lookup (self->aliases, l->data);

      json_builder_set_member_name (builder, l->data);
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "column");
      if (g_hash_table_lookup (self->category_columns, l->data))
        json_builder_add_string_value (builder, g_hash_table_lookup (self->category_columns, l->data));
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "aliases");
      json_builder_begin_object (builder);
      if (aliases)
        {
          g_hash_table_iter_init (&iter, aliases);
          while (g_hash_table_iter_next (&iter, &key, &value))
            {
              json_builder_set_member_name (builder, key);
              json_builder_add_string_value (builder, value);
            }
        }
      json_builder_end_object (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  return json_generator_to_data (generator, NULL);
}

static gboolean
header_matches (const char *header,
                const char *candidates)
{
  g_autofree char *key = rs_pool_spelling_key (header);
  g_auto(GStrv) names = g_strsplit (candidates, "|", -1);

  return g_strv_contains ((const char * const *) names, key);
}

void
rs_pool_mapping_guess (RsPoolMapping *self,
                       GPtrArray     *header,
                       GPtrArray     *categories)
{
  for (guint i = 0; i < header->len; i++)
    {
      const char *h = g_ptr_array_index (header, i);

      if (self->id_column == NULL &&
          header_matches (h, "id|nationbuilder_id|løbenummer|løbenr|løbenr.|lbnr|lbnr.|respondent|respondent id|kilde-id|kilde_id|source_id"))
        self->id_column = g_strdup (h);
      else if (self->status_column == NULL && header_matches (h, "status"))
        self->status_column = g_strdup (h);
      for (int k = 0; k < RS_N_CONTACT_FIELDS; k++)
        if (self->contact[k] == NULL && header_matches (h, contact_guesses[k]))
          self->contact[k] = g_strdup (h);
      for (guint c = 0; categories && c < categories->len; c++)
        {
          RsCategory *category = g_ptr_array_index (categories, c);
          g_autofree char *a = rs_pool_spelling_key (h);
          g_autofree char *b = rs_pool_spelling_key (category->name);
          g_autofree char *p = rs_pool_spelling_key (category->preset ? category->preset : "");

          if (rs_pool_mapping_get_column (self, category->name) == NULL &&
              (g_str_equal (a, b) || (*p && g_str_equal (a, p))))
            rs_pool_mapping_set_column (self, category->name, h);
        }
    }
  /* Age bands from a column of ages, else of birth dates. */
  for (guint c = 0; categories && c < categories->len; c++)
    {
      RsCategory *category = g_ptr_array_index (categories, c);
      static const char * const candidates[] = {
        "alder|age|alder (år)|age (years)|år",
        "fødselsdato|født|fødselsdag|birth date|date of birth|birthdate|dob|cpr|cpr-nr|cpr-nr.|cpr-nummer|personnummer",
      };

      if (rs_pool_mapping_get_column (self, category->name) != NULL || !rs_category_is_age_bands (category))
        continue;
      for (guint k = 0; k < G_N_ELEMENTS (candidates) && rs_pool_mapping_get_column (self, category->name) == NULL; k++)
        for (guint i = 0; i < header->len; i++)
          if (header_matches (g_ptr_array_index (header, i), candidates[k]))
            {
              rs_pool_mapping_set_column (self, category->name, g_ptr_array_index (header, i));
              break;
            }
    }
}
