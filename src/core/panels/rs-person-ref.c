/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-person-ref"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "rs-person-ref.h"

G_DEFINE_QUARK (rs-person-ref-error-quark, rs_person_ref_error)

void
rs_person_ref_free (RsPersonRef *ref)
{
  if (ref == NULL)
    return;
  g_free (ref->pseudonym);
  g_free (ref);
}

gboolean
rs_person_ref_kind_from_header (const char      *header,
                                RsPersonRefKind *kind_out)
{
  static const struct { const char *name; RsPersonRefKind kind; } names[] = {
    { "pseudonym", RS_PERSON_REF_PSEUDONYM }, { "pseudonym_nr", RS_PERSON_REF_PSEUDONYM },
    { "pseudonymnr", RS_PERSON_REF_PSEUDONYM }, { "pseudonym nr", RS_PERSON_REF_PSEUDONYM },
    { "source_id", RS_PERSON_REF_SOURCE_ID }, { "source id", RS_PERSON_REF_SOURCE_ID },
    { "external_id", RS_PERSON_REF_SOURCE_ID }, { "kilde_id", RS_PERSON_REF_SOURCE_ID },
    { "kilde-id", RS_PERSON_REF_SOURCE_ID }, { "kildeid", RS_PERSON_REF_SOURCE_ID },
    { "løbenr", RS_PERSON_REF_SOURCE_ID }, { "løbenr.", RS_PERSON_REF_SOURCE_ID },
    { "nationbuilder_id", RS_PERSON_REF_SOURCE_ID },
    { "id", RS_PERSON_REF_ANY }, { "person", RS_PERSON_REF_ANY },
    { "person_id", RS_PERSON_REF_ANY }, { "deltager", RS_PERSON_REF_ANY },
  };
  g_autofree char *folded = NULL;

  if (header == NULL)
    return FALSE;
  folded = g_utf8_casefold (header, -1);
  g_strstrip (folded);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_str_equal (folded, names[i].name))
      {
        if (kind_out)
          *kind_out = names[i].kind;
        return TRUE;
      }
  return FALSE;
}

/* "P-0042", "p42", "P 42" → prefix "p", 42; "42" → prefix "", 42. */
static gboolean
parse_numbered (const char *text,
                char      **prefix_out,
                gint64     *number_out)
{
  const char *p = text;
  const char *digits;
  char *end = NULL;
  gint64 n;

  while (g_ascii_isalpha (*p))
    p++;
  digits = p;
  if (p > text && (*p == '-' || *p == ' ' || *p == '_'))
    digits = p + 1;
  if (!g_ascii_isdigit (*digits))
    return FALSE;
  n = g_ascii_strtoll (digits, &end, 10);
  if (*end != '\0' || n < 0)
    return FALSE;
  *prefix_out = g_ascii_strdown (text, p - text);
  *number_out = n;
  return TRUE;
}

static gboolean
pseudonym_matches (const char *pseudonym,
                   const char *text,
                   const char *prefix,
                   gint64      number)
{
  const char *dash;
  g_autofree char *own_prefix = NULL;

  if (g_ascii_strcasecmp (pseudonym, text) == 0)
    return TRUE;
  if (number < 0 || (dash = strrchr (pseudonym, '-')) == NULL || g_ascii_strtoll (dash + 1, NULL, 10) != number)
    return FALSE;
  own_prefix = g_ascii_strdown (pseudonym, dash - pseudonym);
  return *prefix == '\0' || g_str_equal (prefix, own_prefix);
}

static gboolean
same_text (const char *a,
           const char *b)
{
  g_autofree char *fa = NULL;
  g_autofree char *fb = NULL;

  if (a == NULL || b == NULL || *a == '\0')
    return FALSE;
  fa = g_utf8_casefold (a, -1);
  fb = g_utf8_casefold (b, -1);
  return g_str_equal (fa, fb);
}

static void
add_hit (GPtrArray    *hits,
         RsStatement *stmt,
         RsPersonRefKind matched)
{
  RsPersonRef *ref = g_new0 (RsPersonRef, 1);

  for (guint i = 0; i < hits->len; i++)
    if (((RsPersonRef *) hits->pdata[i])->person_id == rs_statement_column_int64 (stmt, 0))
      {
        g_free (ref);
        return;
      }
  ref->person_id = rs_statement_column_int64 (stmt, 0);
  ref->panel_id = rs_statement_column_int64 (stmt, 1);
  ref->pseudonym = rs_column_dup_text (stmt, 2);
  ref->matched = matched;
  g_ptr_array_add (hits, ref);
}

/* Of several people, those registered for @session_id (when not 0). */
static void
prefer_registered (RsDatabase *db,
                   GPtrArray  *hits,
                   gint64      session_id)
{
  g_autoptr(GPtrArray) registered = NULL;

  if (session_id == 0 || hits->len < 2)
    return;
  registered = g_ptr_array_new ();
  for (guint i = 0; i < hits->len; i++)
    {
      RsPersonRef *ref = g_ptr_array_index (hits, i);
      g_autoptr(RsStatement) stmt = rs_database_query (db, NULL, "SELECT 1 FROM registration WHERE "
                                                        "session_id = ? AND person_id = ?",
                                                        "ii", session_id, ref->person_id);
      if (stmt != NULL && rs_statement_step (stmt) == RS_SQL_ROW)
        g_ptr_array_add (registered, ref);
    }
  if (registered->len == 1)
    {
      /* Keep only that one. */
      RsPersonRef *keep = g_ptr_array_index (registered, 0);
      for (guint i = hits->len; i-- > 0;)
        if (g_ptr_array_index (hits, i) != keep)
          g_ptr_array_remove_index (hits, i);
    }
}

static guint
distinct_panels (GPtrArray *hits)
{
  g_autoptr(GHashTable) panels = g_hash_table_new (g_int64_hash, g_int64_equal);

  for (guint i = 0; i < hits->len; i++)
    g_hash_table_add (panels, &((RsPersonRef *) hits->pdata[i])->panel_id);
  return g_hash_table_size (panels);
}

static RsPersonRef *
take_single (GPtrArray  *hits,
             const char *text,
             GError    **error)
{
  g_autoptr(GString) who = NULL;

  if (hits->len == 1)
    return g_ptr_array_steal_index (hits, 0);
  if (distinct_panels (hits) == hits->len)
    {
      /* The same pseudonym in several panels' pools (when looking through
       * the whole file): only the panel tells them apart. */
      g_set_error (error, RS_PERSON_REF_ERROR, RS_PERSON_REF_ERROR_AMBIGUOUS,
                   _("“%s” names people in %d panels; say which panel."), text, (int) hits->len);
      return NULL;
    }
  who = g_string_new (NULL);
  for (guint i = 0; i < hits->len; i++)
    g_string_append_printf (who, "%s%s", i ? ", " : "", ((RsPersonRef *) hits->pdata[i])->pseudonym);
  g_set_error (error, RS_PERSON_REF_ERROR, RS_PERSON_REF_ERROR_AMBIGUOUS,
               _("“%s” names more than one person (%s); type the pseudonym of the one you mean."),
               text, who->str);
  return NULL;
}

static RsPersonRef *
resolve (RsDatabase      *db,
         gint64           process_id,
         gint64           panel_id,
         gint64           session_id,
         const char      *text,
         RsPersonRefKind  kind,
         GError         **error)
{
  g_autofree char *needle = g_strstrip (g_strdup (text ? text : ""));
  g_autofree char *prefix = NULL;
  g_autoptr(RsStatement) stmt = NULL;
  g_autoptr(GPtrArray) by_pseudonym = g_ptr_array_new_with_free_func ((GDestroyNotify) rs_person_ref_free);
  g_autoptr(GPtrArray) by_source = g_ptr_array_new_with_free_func ((GDestroyNotify) rs_person_ref_free);
  const char *where = panel_id != 0 ? _("in this pool")
                    : process_id != 0 ? _("in the pools of this process")
                    : _("in any pool of this database");
  gint64 number = -1;
  gboolean numbered, bare_number;
  int rc;

  if (*needle == '\0')
    {
      g_set_error_literal (error, RS_PERSON_REF_ERROR, RS_PERSON_REF_ERROR_EMPTY,
                           _("Type a pseudonym (P-0042), its number (42) or the id in the source register."));
      return NULL;
    }
  numbered = kind != RS_PERSON_REF_SOURCE_ID && parse_numbered (needle, &prefix, &number);
  bare_number = numbered && *prefix == '\0';
  if (!numbered)
    number = -1;

  rs_database_lock (db);
  stmt = rs_database_query (db, error,
                            "SELECT p.id, p.panel_id, p.pseudonym, p.external_id FROM person p "
                            "JOIN panel pa ON pa.id = p.panel_id "
                            "WHERE ((?1 != 0 AND p.panel_id = ?1) OR (?1 = 0 AND (?2 = 0 OR pa.process_id = ?2))) "
                            "AND (lower(p.pseudonym) = lower(?3) OR lower(p.external_id) = lower(?3) "
                            "  OR p.external_id = ?3 "
                            "  OR (?4 >= 0 AND p.pseudonym GLOB '*-[0-9]*' AND CAST(substr(p.pseudonym, "
                            "      instr(p.pseudonym, '-') + 1) AS INTEGER) = ?4)) "
                            "ORDER BY p.panel_id, p.id",
                            "iiti", panel_id, process_id, needle, number);
  if (stmt == NULL)
    {
      rs_database_unlock (db);
      return NULL;
    }
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      const char *pseudonym = (const char *) rs_statement_column_text (stmt, 2);
      const char *external = (const char *) rs_statement_column_text (stmt, 3);

      if (kind != RS_PERSON_REF_SOURCE_ID && pseudonym != NULL
          && pseudonym_matches (pseudonym, needle, prefix ? prefix : "", number))
        add_hit (by_pseudonym, stmt, RS_PERSON_REF_PSEUDONYM);
      if (kind != RS_PERSON_REF_PSEUDONYM && same_text (external, needle))
        add_hit (by_source, stmt, RS_PERSON_REF_SOURCE_ID);
    }
  rs_database_unlock (db);
  if (rc != RS_SQL_DONE)
    {
      rs_database_set_error (db, rc, error);
      return NULL;
    }

  rs_database_lock (db);
  prefer_registered (db, by_pseudonym, session_id);
  prefer_registered (db, by_source, session_id);
  rs_database_unlock (db);
  /* A bare number may be both a pseudonym's number and a source id. */
  if (bare_number && by_pseudonym->len == 1 && by_source->len >= 1
      && (by_source->len > 1
          || ((RsPersonRef *) by_source->pdata[0])->person_id != ((RsPersonRef *) by_pseudonym->pdata[0])->person_id))
    {
      g_set_error (error, RS_PERSON_REF_ERROR, RS_PERSON_REF_ERROR_AMBIGUOUS,
                   _("“%s” is the number of %s and the source id of %s; type the pseudonym of the one you mean."),
                   needle, ((RsPersonRef *) by_pseudonym->pdata[0])->pseudonym,
                   ((RsPersonRef *) by_source->pdata[0])->pseudonym);
      return NULL;
    }
  if (by_pseudonym->len > 0)
    return take_single (by_pseudonym, needle, error);
  if (by_source->len > 0)
    return take_single (by_source, needle, error);

  if (kind == RS_PERSON_REF_SOURCE_ID || !numbered)
    /* Translators: the second %s is "in this pool" or "in the pools of this process" */
    g_set_error (error, RS_PERSON_REF_ERROR, RS_PERSON_REF_ERROR_NOT_FOUND,
                 _("There is no person with source id “%s” %s."), needle, where);
  else if (bare_number && kind == RS_PERSON_REF_ANY)
    g_set_error (error, RS_PERSON_REF_ERROR, RS_PERSON_REF_ERROR_NOT_FOUND,
                 _("There is no P-%04lld and no person with source id “%s” %s."),
                 (long long) number, needle, where);
  else if (bare_number || g_str_equal (prefix, "p"))
    g_set_error (error, RS_PERSON_REF_ERROR, RS_PERSON_REF_ERROR_NOT_FOUND,
                 _("There is no P-%04lld %s."), (long long) number, where);
  else if (kind == RS_PERSON_REF_ANY)
    /* Pseudonyms start with "P": "HB10007" can only be a source id. */
    g_set_error (error, RS_PERSON_REF_ERROR, RS_PERSON_REF_ERROR_NOT_FOUND,
                 _("There is no person with source id “%s” %s."), needle, where);
  else
    g_set_error (error, RS_PERSON_REF_ERROR, RS_PERSON_REF_ERROR_NOT_FOUND,
                 _("There is no pseudonym “%s” %s."), needle, where);
  return NULL;
}

RsPersonRef *
rs_person_ref_resolve (RsDatabase      *db,
                       gint64           process_id,
                       gint64           panel_id,
                       const char      *text,
                       RsPersonRefKind  kind,
                       GError         **error)
{
  return resolve (db, process_id, panel_id, 0, text, kind, error);
}

RsPersonRef *
rs_person_ref_resolve_for_session (RsDatabase      *db,
                                   gint64           session_id,
                                   const char      *text,
                                   RsPersonRefKind  kind,
                                   GError         **error)
{
  g_autoptr(RsStatement) stmt = NULL;
  gint64 process_id = 0, panel_id = 0;
  int rc;

  rs_database_lock (db);
  stmt = rs_database_query (db, error, "SELECT process_id, coalesce(panel_id, 0) FROM session WHERE id = ?",
                            "i", session_id);
  if (stmt == NULL)
    {
      rs_database_unlock (db);
      return NULL;
    }
  rc = rs_statement_step (stmt);
  if (rc == RS_SQL_ROW)
    {
      process_id = rs_statement_column_int64 (stmt, 0);
      panel_id = rs_statement_column_int64 (stmt, 1);
    }
  rs_database_unlock (db);
  if (rc != RS_SQL_ROW)
    {
      if (rc == RS_SQL_DONE)
        g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_NOT_FOUND,
                     _("There is no session with id %lld."), (long long) session_id);
      else
        rs_database_set_error (db, rc, error);
      return NULL;
    }
  return resolve (db, process_id, panel_id, session_id, text, kind, error);
}
