/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-catalog"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "rs-catalog.h"

struct _RsCatalog
{
  char       *language;
  GBytes     *data;
  GHashTable *messages;   /* msgid → translation, both inside data */
  GHashTable *plurals;    /* msgid → "form0\0form1", for messages with a plural */
  gboolean    use_gettext;
};

/* The catalogs pushed on this thread, innermost first. */
static GPrivate thread_catalogs = G_PRIVATE_INIT ((GDestroyNotify) g_slist_free);

static guint32
read_u32 (const guint8 *p,
          gboolean      swap)
{
  guint32 v;

  memcpy (&v, p, 4);
  return swap ? GUINT32_SWAP_LE_BE (v) : v;
}

/* Parses a GNU .mo file; FALSE if it is not one. */
static gboolean
parse_mo (RsCatalog *self)
{
  gsize size;
  const guint8 *d = g_bytes_get_data (self->data, &size);
  guint32 magic, n, orig, trans;
  gboolean swap;

  if (size < 28)
    return FALSE;
  memcpy (&magic, d, 4);
  if (magic == 0x950412de)
    swap = FALSE;
  else if (GUINT32_SWAP_LE_BE (magic) == 0x950412de)
    swap = TRUE;
  else
    return FALSE;
  n = read_u32 (d + 8, swap);
  orig = read_u32 (d + 12, swap);
  trans = read_u32 (d + 16, swap);
  if (orig > size || trans > size || n > (size - orig) / 8 || n > (size - trans) / 8)
    return FALSE;
  for (guint32 i = 0; i < n; i++)
    {
      guint32 olen = read_u32 (d + orig + 8 * i, swap), ooff = read_u32 (d + orig + 8 * i + 4, swap);
      guint32 tlen = read_u32 (d + trans + 8 * i, swap), toff = read_u32 (d + trans + 8 * i + 4, swap);

      if (ooff >= size || olen >= size - ooff || toff >= size || tlen >= size - toff)
        return FALSE;
      if (d[ooff + olen] != '\0' || d[toff + tlen] != '\0' || olen == 0 || tlen == 0)
        continue;
      /* Contexts ("ctx\004msgid") and plurals are kept as they are; the
       * reports look up plain messages. */
      g_hash_table_insert (self->messages, (gpointer) (d + ooff), (gpointer) (d + toff));
      if (strlen ((const char *) d + toff) < tlen)
        g_hash_table_insert (self->plurals, (gpointer) (d + ooff), (gpointer) (d + toff));
    }
  return TRUE;
}

static gboolean
try_load (RsCatalog  *self,
          const char *dir,
          const char *lang)
{
  g_autofree char *path = NULL;
  g_autoptr(GMappedFile) file = NULL;

  if (dir == NULL || *dir == '\0')
    return FALSE;
  path = g_build_filename (dir, lang, "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
  file = g_mapped_file_new (path, FALSE, NULL);
  if (file == NULL)
    return FALSE;
  self->data = g_mapped_file_get_bytes (file);
  if (!parse_mo (self))
    {
      g_hash_table_remove_all (self->messages);
      g_hash_table_remove_all (self->plurals);
      g_clear_pointer (&self->data, g_bytes_unref);
      return FALSE;
    }
  return TRUE;
}

static gboolean
is_english (const char *lang)
{
  return g_str_equal (lang, "C") || g_str_equal (lang, "POSIX") || g_str_has_prefix (lang, "C.") ||
         g_str_equal (lang, "en") || g_str_has_prefix (lang, "en_") || g_str_has_prefix (lang, "en.");
}

static gboolean
load_language (RsCatalog  *self,
               const char *lang)
{
  const char *dirs[] = { g_getenv ("RAADSLAG_LOCALEDIR"), LOCALEDIR };
  g_auto(GStrv) variants = g_get_locale_variants (lang);

  for (guint v = 0; variants[v] != NULL; v++)
    for (guint d = 0; d < G_N_ELEMENTS (dirs); d++)
      if (try_load (self, dirs[d], variants[v]))
        {
          g_free (self->language);
          self->language = g_strdup (variants[v]);
          return TRUE;
        }
  return FALSE;
}

static char *
short_code (const char *lang)
{
  return g_strndup (lang, strcspn (lang, "_.@"));
}

RsCatalog *
rs_catalog_new (const char *language)
{
  RsCatalog *self = g_new0 (RsCatalog, 1);

  self->messages = g_hash_table_new (g_str_hash, g_str_equal);
  self->plurals = g_hash_table_new (g_str_hash, g_str_equal);
  if (language != NULL && *language != '\0')
    {
      self->language = short_code (language);
      if (!is_english (language))
        load_language (self, language);
    }
  else
    {
      const char * const *names = g_get_language_names ();

      self->use_gettext = TRUE;
      self->language = g_strdup ("en");
      for (guint i = 0; names[i] != NULL; i++)
        {
          if (is_english (names[i]))
            break;
          if (load_language (self, names[i]))
            {
              self->use_gettext = FALSE;
              break;
            }
        }
    }
  {
    char *code = short_code (self->language);
    g_free (self->language);
    self->language = g_str_equal (code, "C") || g_str_equal (code, "POSIX") ? g_strdup ("en") : code;
    if (self->language != code)
      g_free (code);
  }
  return self;
}

void
rs_catalog_free (RsCatalog *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->messages);
  g_hash_table_unref (self->plurals);
  g_clear_pointer (&self->data, g_bytes_unref);
  g_free (self->language);
  g_free (self);
}

const char *
rs_catalog_get_language (RsCatalog *self)
{
  return self->language;
}

const char *
rs_catalog_lookup (RsCatalog  *self,
                   const char *msgid)
{
  const char *found = g_hash_table_lookup (self->messages, msgid);

  if (found != NULL)
    return found;
  return self->use_gettext ? g_dgettext (GETTEXT_PACKAGE, msgid) : msgid;
}

const char *
rs_catalog_lookup_context (RsCatalog  *self,
                           const char *context,
                           const char *msgid)
{
  g_autofree char *key = g_strconcat (context, "\004", msgid, NULL);
  const char *found = g_hash_table_lookup (self->messages, key);

  if (found != NULL)
    return found;
  return self->use_gettext ? g_dpgettext2 (GETTEXT_PACKAGE, context, msgid) : msgid;
}

const char *
rs_catalog_lookup_plural (RsCatalog  *self,
                          const char *msgid,
                          const char *msgid_plural,
                          gulong      n)
{
  const char *found = g_hash_table_lookup (self->plurals, msgid);

  /* Danish and English both have two forms: one, and everything else. */
  if (found != NULL)
    return n == 1 ? found : found + strlen (found) + 1;
  if (self->use_gettext)
    return g_dngettext (GETTEXT_PACKAGE, msgid, msgid_plural, n);
  return n == 1 ? msgid : msgid_plural;
}

void
rs_catalog_push_thread_default (RsCatalog *self)
{
  GSList *stack = g_private_get (&thread_catalogs);

  g_return_if_fail (self != NULL);
  g_private_set (&thread_catalogs, g_slist_prepend (stack, self));
}

void
rs_catalog_pop_thread_default (RsCatalog *self)
{
  GSList *stack = g_private_get (&thread_catalogs);

  g_return_if_fail (stack != NULL && stack->data == self);
  /* g_private_set() does not free the old value. */
  g_private_set (&thread_catalogs, g_slist_delete_link (stack, stack));
}

RsCatalog *
rs_catalog_get_thread_default (void)
{
  GSList *stack = g_private_get (&thread_catalogs);

  return stack != NULL ? stack->data : NULL;
}

const char *
rs_report_gettext (const char *msgid)
{
  RsCatalog *cat = rs_catalog_get_thread_default ();

  return cat != NULL ? rs_catalog_lookup (cat, msgid) : g_dgettext (GETTEXT_PACKAGE, msgid);
}

const char *
rs_report_ngettext (const char *msgid,
                    const char *msgid_plural,
                    gulong      n)
{
  RsCatalog *cat = rs_catalog_get_thread_default ();

  return cat != NULL ? rs_catalog_lookup_plural (cat, msgid, msgid_plural, n)
                     : g_dngettext (GETTEXT_PACKAGE, msgid, msgid_plural, n);
}

const char *
rs_report_pgettext (const char *context,
                    const char *msgid)
{
  RsCatalog *cat = rs_catalog_get_thread_default ();

  return cat != NULL ? rs_catalog_lookup_context (cat, context, msgid)
                     : g_dpgettext2 (GETTEXT_PACKAGE, context, msgid);
}

RsReportScope *
rs_report_scope_begin (const char *language)
{
  RsCatalog *cat = rs_catalog_new (language);

  rs_catalog_push_thread_default (cat);
  return cat;
}

void
rs_report_scope_end (RsReportScope *scope)
{
  if (scope == NULL)
    return;
  rs_catalog_pop_thread_default (scope);
  rs_catalog_free (scope);
}

const char *
rs_report_scope_get_language (RsReportScope *scope)
{
  return rs_catalog_get_language (scope);
}

const char *
rs_report_language_default (void)
{
  g_autoptr(RsCatalog) cat = rs_catalog_new (NULL);

  return g_str_has_prefix (rs_catalog_get_language (cat), "da") ? "da" : "en";
}
