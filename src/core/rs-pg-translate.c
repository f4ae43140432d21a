/* SPDX-License-Identifier: MPL-2.0 */
/* The storage code's SQL (SQLite's dialect) rewritten for PostgreSQL. */
#define G_LOG_DOMAIN "rs-database"

#include "config.h"

#include <string.h>

#include "rs-pg-translate.h"

typedef enum
{
  T_SPACE,
  T_WORD,
  T_NUMBER,
  T_STRING,
  T_QIDENT,
  T_PARAM,
  T_PUNCT,
} TokType;

typedef struct
{
  TokType type;
  char   *text;
} Tok;

/* The key each INSERT OR REPLACE conflicts on. */
static const struct
{
  const char *table;
  const char *key;
} replace_keys[] = {
  { "person_contact", "person_id" },
  { "person_attribute", "person_id, category_id" },
  { "hearing_response_trash", "response_id" },
  { "response_signature", "response_id" },
  { "council_decision", "recommendation_id" },
  { "council_submission", "process_id" },
  { "process_retention", "process_id" },
  { "engagement_target", "process_id, kind, district" },
  { "letter_template", "process_id, kind" },
};

static void
tok_clear (Tok *t)
{
  g_free (t->text);
}

static gboolean
is_word_char (char c)
{
  return g_ascii_isalnum (c) || c == '_' || c == '$';
}

static GArray *
tokenize (const char *sql)
{
  GArray *toks = g_array_new (FALSE, TRUE, sizeof (Tok));
  const char *p = sql;

  g_array_set_clear_func (toks, (GDestroyNotify) tok_clear);
  while (*p)
    {
      const char *s = p;
      Tok t;

      if (g_ascii_isspace (*p))
        {
          while (g_ascii_isspace (*p))
            p++;
          t.type = T_SPACE;
        }
      else if (p[0] == '-' && p[1] == '-')
        {
          while (*p && *p != '\n')
            p++;
          t.type = T_SPACE;
        }
      else if (*p == '\'' || *p == '"')
        {
          char q = *p++;
          for (;;)
            {
              if (*p == '\0')
                break;
              if (*p == q)
                {
                  if (p[1] == q)
                    {
                      p += 2;
                      continue;
                    }
                  p++;
                  break;
                }
              p++;
            }
          t.type = q == '\'' ? T_STRING : T_QIDENT;
        }
      else if (*p == '?')
        {
          p++;
          while (g_ascii_isdigit (*p))
            p++;
          t.type = T_PARAM;
        }
      else if (g_ascii_isalpha (*p) || *p == '_')
        {
          while (is_word_char (*p))
            p++;
          t.type = T_WORD;
        }
      else if (g_ascii_isdigit (*p))
        {
          while (g_ascii_isalnum (*p) || *p == '.')
            p++;
          t.type = T_NUMBER;
        }
      else
        {
          static const char *const two[] = { "||", "<=", ">=", "<>", "!=", "==", NULL };
          p++;
          for (guint i = 0; two[i]; i++)
            if (s[0] == two[i][0] && s[1] == two[i][1])
              {
                p = s + 2;
                break;
              }
          t.type = T_PUNCT;
        }
      t.text = g_strndup (s, p - s);
      g_array_append_val (toks, t);
    }
  return toks;
}

#define TOK(i) (&g_array_index (toks, Tok, (i)))

static gboolean
is_word (GArray     *toks,
         int         i,
         const char *word)
{
  return i >= 0 && i < (int) toks->len && TOK (i)->type == T_WORD &&
         g_ascii_strcasecmp (TOK (i)->text, word) == 0;
}

static gboolean
is_punct (GArray     *toks,
          int         i,
          const char *punct)
{
  return i >= 0 && i < (int) toks->len && TOK (i)->type == T_PUNCT && strcmp (TOK (i)->text, punct) == 0;
}

static int
next_solid (GArray *toks,
            int     i)
{
  for (i++; i < (int) toks->len; i++)
    if (TOK (i)->type != T_SPACE)
      return i;
  return -1;
}

static int
prev_solid (GArray *toks,
            int     i)
{
  for (i--; i >= 0; i--)
    if (TOK (i)->type != T_SPACE)
      return i;
  return -1;
}

static void
set_text (GArray     *toks,
          int         i,
          const char *text)
{
  g_free (TOK (i)->text);
  TOK (i)->text = g_strdup (text);
}

/* The index of the ")" that closes the "(" at @open, or -1. */
static int
matching_close (GArray *toks,
                int     open)
{
  int depth = 0;

  for (int i = open; i < (int) toks->len; i++)
    {
      if (is_punct (toks, i, "("))
        depth++;
      else if (is_punct (toks, i, ")") && --depth == 0)
        return i;
    }
  return -1;
}

static int
matching_open (GArray *toks,
               int     close)
{
  int depth = 0;

  for (int i = close; i >= 0; i--)
    {
      if (is_punct (toks, i, ")"))
        depth++;
      else if (is_punct (toks, i, "(") && --depth == 0)
        return i;
    }
  return -1;
}

/* The first token of the operand that ends at @end: a (qualified) name, a
 * parameter, a literal or a parenthesised expression with its function. */
static int
operand_start (GArray *toks,
               int     end)
{
  int start = end;

  if (end < 0)
    return -1;
  if (is_punct (toks, end, ")"))
    {
      start = matching_open (toks, end);
      if (start > 0 && TOK (start - 1)->type == T_WORD)
        start--;
      return start;
    }
  while (start >= 2 && is_punct (toks, start - 1, ".") &&
         (TOK (start - 2)->type == T_WORD || TOK (start - 2)->type == T_QIDENT))
    start -= 2;
  return start;
}

static void
wrap (GArray     *toks,
      int         first,
      int         last,
      const char *before,
      const char *after)
{
  g_autofree char *b = g_strconcat (before, TOK (first)->text, first == last ? after : "", NULL);
  g_autofree char *a = g_strconcat (TOK (last)->text, after, NULL);

  set_text (toks, first, b);
  if (first != last)
    set_text (toks, last, a);
}

static char *
glob_to_regex (const char *literal)
{
  g_autofree char *glob = g_strndup (literal + 1, strlen (literal) - 2);
  GString *re = g_string_new ("'^");
  gboolean in_class = FALSE;

  for (const char *p = glob; *p; p++)
    {
      if (in_class)
        {
          if (*p == ']')
            in_class = FALSE;
          g_string_append_c (re, *p);
        }
      else if (*p == '*')
        g_string_append (re, ".*");
      else if (*p == '?')
        g_string_append_c (re, '.');
      else if (*p == '[')
        {
          in_class = TRUE;
          g_string_append_c (re, '[');
          if (p[1] == '^')
            g_string_append_c (re, *++p);
        }
      else if (strchr (".^$+(){}|\\", *p))
        g_string_append_printf (re, "\\%c", *p);
      else
        g_string_append_c (re, *p);
    }
  g_string_append (re, "$'");
  return g_string_free (re, FALSE);
}

/* INSERT OR IGNORE / REPLACE at @insert; returns the clause to append. */
static char *
rewrite_insert_or (GArray *toks,
                   int     insert)
{
  int or = next_solid (toks, insert);
  int mode = next_solid (toks, or);
  gboolean replace = is_word (toks, mode, "REPLACE");
  int into = next_solid (toks, mode);
  int table = next_solid (toks, into);
  int open = next_solid (toks, table);
  const char *key = NULL;
  GString *clause;
  g_autoptr(GPtrArray) cols = g_ptr_array_new ();

  set_text (toks, or, "");
  set_text (toks, mode, "");
  if (!replace)
    return g_strdup (" ON CONFLICT DO NOTHING");

  for (guint i = 0; table >= 0 && i < G_N_ELEMENTS (replace_keys); i++)
    if (g_ascii_strcasecmp (TOK (table)->text, replace_keys[i].table) == 0)
      key = replace_keys[i].key;
  if (key == NULL || !is_punct (toks, open, "("))
    {
      g_critical ("INSERT OR REPLACE into %s needs a known key and a column list",
                  table >= 0 ? TOK (table)->text : "?");
      return g_strdup (" ON CONFLICT DO NOTHING");
    }
  for (int i = open + 1; i < matching_close (toks, open); i++)
    if (TOK (i)->type == T_WORD)
      g_ptr_array_add (cols, TOK (i)->text);

  clause = g_string_new (NULL);
  g_string_append_printf (clause, " ON CONFLICT (%s) DO ", key);
  {
    g_auto(GStrv) keys = g_strsplit (key, ", ", -1);
    gboolean first = TRUE;

    for (guint i = 0; i < cols->len; i++)
      {
        const char *c = cols->pdata[i];
        if (g_strv_contains ((const char * const *) keys, c))
          continue;
        g_string_append_printf (clause, "%s%s = EXCLUDED.%s", first ? "UPDATE SET " : ", ", c, c);
        first = FALSE;
      }
    if (first)
      g_string_append (clause, "NOTHING");
  }
  return g_string_free (clause, FALSE);
}

static gboolean
is_boolean_word (GArray *toks,
                 int     i)
{
  static const char *const words[] = { "WHEN", "THEN", "OR", "AND", "NOT", "WHERE", NULL };

  for (guint w = 0; words[w]; w++)
    if (is_word (toks, i, words[w]))
      return TRUE;
  return FALSE;
}

/* SQLite takes a number as a truth value: a parameter that stands alone
 * between AND/OR/NOT/WHEN/THEN (“?2 OR …”, “CASE WHEN ?1 THEN”) becomes a
 * comparison with 0. Returns the parameters (bit N-1 for $N) whose first
 * use is “IS NULL”: the server cannot type those from a NULL, so they are
 * sent as text. */
static guint64
type_parameters (GArray *toks)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint64 null_first = 0;
  int n = toks->len;

  for (int i = 0; i < n; i++)
    {
      int before, after;
      gboolean first;

      if (TOK (i)->type != T_PARAM)
        continue;
      first = g_hash_table_add (seen, TOK (i)->text);
      before = prev_solid (toks, i);
      after = next_solid (toks, i);
      if (is_word (toks, after, "IS"))
        {
          int j = next_solid (toks, after);
          int num = atoi (TOK (i)->text + 1);

          if (is_word (toks, j, "NOT"))
            j = next_solid (toks, j);
          if (is_word (toks, j, "NULL") && first && num > 0 && num <= 64)
            null_first |= G_GUINT64_CONSTANT (1) << (num - 1);
          continue;
        }
      if ((is_boolean_word (toks, before) || is_punct (toks, before, "(")) &&
          (is_boolean_word (toks, after) || is_punct (toks, after, ")")) &&
          !(is_punct (toks, before, "(") && is_punct (toks, after, ")")))
        {
          gboolean between = FALSE;

          /* x BETWEEN ? AND ? */
          for (int k = before, m = 0; k >= 0 && m < 4; k = prev_solid (toks, k), m++)
            if (is_word (toks, k, "BETWEEN"))
              between = TRUE;
          if (!between && !is_word (toks, before, "THEN"))
            wrap (toks, i, i, "(", " <> 0)");
        }
    }
  return null_first;
}

static gboolean
is_clause_word (GArray *toks,
                int     i)
{
  static const char *const words[] = {
    "WHERE", "GROUP", "ORDER", "LIMIT", "OFFSET", "JOIN", "LEFT", "INNER", "CROSS", "UNION",
    "EXCEPT", "INTERSECT", "HAVING", "WINDOW", "ON", "USING", "NATURAL", "RETURNING", NULL
  };

  for (guint w = 0; words[w]; w++)
    if (is_word (toks, i, words[w]))
      return TRUE;
  return FALSE;
}

/* PostgreSQL wants a name for every subquery in FROM. */
static void
name_subqueries (GArray *toks)
{
  int counter = 0;

  for (int i = 0; i < (int) toks->len; i++)
    {
      int open, close, after;

      if (!is_word (toks, i, "FROM") && !is_word (toks, i, "JOIN"))
        continue;
      open = next_solid (toks, i);
      if (!is_punct (toks, open, "(") ||
          !(is_word (toks, next_solid (toks, open), "SELECT") || is_word (toks, next_solid (toks, open), "WITH")))
        continue;
      close = matching_close (toks, open);
      if (close < 0)
        continue;
      after = next_solid (toks, close);
      if (after >= 0 && (TOK (after)->type == T_WORD || TOK (after)->type == T_QIDENT) && !is_clause_word (toks, after))
        continue;
      {
        g_autofree char *named = g_strdup_printf (") AS rs_sub%d", ++counter);
        set_text (toks, close, named);
      }
    }
}

/* In SQLite's upsert a bare column is the existing row's; PostgreSQL finds
 * it ambiguous with EXCLUDED's, so it is qualified with the table. */
static void
qualify_upsert (GArray *toks)
{
  int into = -1, table = -1, set = -1, depth = 0;
  gboolean target = TRUE;

  for (int i = 0; i < (int) toks->len; i++)
    if (is_word (toks, i, "INTO") && table < 0)
      {
        into = i;
        table = next_solid (toks, into);
      }
    else if (is_word (toks, i, "DO") && is_word (toks, next_solid (toks, i), "UPDATE") &&
             is_word (toks, next_solid (toks, next_solid (toks, i)), "SET"))
      {
        set = next_solid (toks, next_solid (toks, i));
        break;
      }
  if (set < 0 || table < 0 || TOK (table)->type != T_WORD)
    return;
  for (int i = set + 1; i < (int) toks->len; i++)
    {
      Tok *t = TOK (i);
      int before, after;
      static const char *const keywords[] = {
        "CASE", "WHEN", "THEN", "ELSE", "END", "AND", "OR", "NOT", "NULL", "IS", "IN", "WHERE",
        "EXCLUDED", "TRUE", "FALSE", "LIKE", "ILIKE", "BETWEEN", "DISTINCT", "FROM", "COLLATE",
        "SELECT", "EXISTS", "GREATEST", "LEAST", "AS", NULL
      };
      gboolean keyword = FALSE;

      if (is_punct (toks, i, "("))
        depth++;
      else if (is_punct (toks, i, ")"))
        depth--;
      else if (depth == 0 && is_punct (toks, i, ","))
        target = TRUE;
      else if (is_word (toks, i, "WHERE") || is_word (toks, i, "RETURNING"))
        target = FALSE;
      if (t->type != T_WORD)
        continue;
      if (is_word (toks, i, "RETURNING"))
        break;
      for (guint k = 0; keywords[k]; k++)
        if (g_ascii_strcasecmp (t->text, keywords[k]) == 0)
          keyword = TRUE;
      before = prev_solid (toks, i);
      after = next_solid (toks, i);
      if (keyword || is_punct (toks, after, "(") || is_punct (toks, after, ".") || is_punct (toks, before, ".") ||
          is_word (toks, before, "COLLATE"))
        continue;
      if (target && is_punct (toks, after, "="))
        {
          target = FALSE;
          continue;
        }
      {
        g_autofree char *q = g_strdup_printf ("%s.%s", TOK (table)->text, t->text);
        set_text (toks, i, q);
      }
    }
}

/* 1 and 0 as truth values (“WHERE 1”, “AND (0)”). */
static void
boolean_numbers (GArray *toks)
{
  for (int i = 0; i < (int) toks->len; i++)
    {
      int before, after;

      if (TOK (i)->type != T_NUMBER || !(g_str_equal (TOK (i)->text, "1") || g_str_equal (TOK (i)->text, "0")))
        continue;
      before = prev_solid (toks, i);
      after = next_solid (toks, i);
      if (is_punct (toks, before, "(") && is_punct (toks, after, ")"))
        {
          before = prev_solid (toks, before);
          after = next_solid (toks, after);
        }
      if ((is_word (toks, before, "WHERE") || is_word (toks, before, "AND") || is_word (toks, before, "OR") ||
           is_word (toks, before, "NOT")) &&
          (after < 0 || is_boolean_word (toks, after) || is_punct (toks, after, ")") || is_clause_word (toks, after) ||
           is_punct (toks, after, ";")))
        set_text (toks, i, g_str_equal (TOK (i)->text, "1") ? "TRUE" : "FALSE");
    }
}

char *
rs_pg_translate (const char *sql,
                 int        *n_params_out)
{
  return rs_pg_translate_full (sql, n_params_out, NULL);
}

char *
rs_pg_translate_full (const char *sql,
                      int        *n_params_out,
                      guint64    *null_first_out)
{
  guint64 null_first;
  g_autoptr(GArray) toks = tokenize (sql);
  g_autofree char *append = NULL;
  GString *out;
  int max_param = 0;
  int n = toks->len;

  for (int i = 0; i < n; i++)
    {
      Tok *t = TOK (i);

      if (t->type == T_PARAM)
        {
          int num = t->text[1] ? atoi (t->text + 1) : max_param + 1;
          g_autofree char *dollar = g_strdup_printf ("$%d", num);

          max_param = MAX (max_param, num);
          set_text (toks, i, dollar);
        }
      else if (t->type != T_WORD)
        continue;
      else if (g_ascii_strcasecmp (t->text, "INSERT") == 0 && is_word (toks, next_solid (toks, i), "OR"))
        {
          g_free (append);
          append = rewrite_insert_or (toks, i);
        }
      else if (g_ascii_strcasecmp (t->text, "COLLATE") == 0 &&
               is_word (toks, next_solid (toks, i), "NOCASE"))
        {
          int end = prev_solid (toks, i);
          int start = operand_start (toks, end);
          int op = prev_solid (toks, start);

          set_text (toks, i, "");
          set_text (toks, next_solid (toks, i), "");
          if (start < 0)
            continue;
          wrap (toks, start, end, "lower((", ") COLLATE \"C\")");
          /* A comparison folds both sides. */
          if (is_punct (toks, op, "=") || is_punct (toks, op, "<>") || is_punct (toks, op, "!="))
            {
              int lend = prev_solid (toks, op);
              int lstart = operand_start (toks, lend);
              if (lstart >= 0)
                wrap (toks, lstart, lend, "lower((", ") COLLATE \"C\")");
            }
        }
      else if ((g_ascii_strcasecmp (t->text, "max") == 0 || g_ascii_strcasecmp (t->text, "min") == 0) &&
               is_punct (toks, i + 1, "("))
        {
          int close = matching_close (toks, i + 1);
          int depth = 0;
          gboolean comma = FALSE;

          for (int j = i + 1; j < close; j++)
            {
              if (is_punct (toks, j, "("))
                depth++;
              else if (is_punct (toks, j, ")"))
                depth--;
              else if (depth == 1 && is_punct (toks, j, ","))
                comma = TRUE;
            }
          if (comma)
            set_text (toks, i, g_ascii_strcasecmp (t->text, "max") == 0 ? "GREATEST" : "LEAST");
        }
      else if (g_ascii_strcasecmp (t->text, "IS") == 0)
        {
          int j = next_solid (toks, i);
          gboolean not = is_word (toks, j, "NOT");

          if (not)
            j = next_solid (toks, j);
          if (j < 0 || is_word (toks, j, "NULL") || is_word (toks, j, "TRUE") || is_word (toks, j, "FALSE") ||
              is_word (toks, j, "DISTINCT"))
            continue;
          set_text (toks, i, not ? "IS DISTINCT FROM" : "IS NOT DISTINCT FROM");
          if (not)
            set_text (toks, next_solid (toks, i), "");
        }
      else if (g_ascii_strcasecmp (t->text, "GLOB") == 0)
        {
          int j = next_solid (toks, i);
          if (j >= 0 && TOK (j)->type == T_STRING)
            {
              g_autofree char *re = glob_to_regex (TOK (j)->text);
              set_text (toks, i, "~");
              set_text (toks, j, re);
            }
        }
      else if (g_ascii_strcasecmp (t->text, "LIMIT") == 0 && next_solid (toks, i) >= 0 &&
               TOK (next_solid (toks, i))->type == T_PARAM)
        {
          /* A negative limit is none. */
          int j = next_solid (toks, i);
          const char *p = TOK (j)->text;
          int num = p[1] ? atoi (p + 1) : max_param + 1;
          g_autofree char *expr = g_strdup_printf ("CASE WHEN $%d < 0 THEN NULL ELSE $%d END", num, num);

          max_param = MAX (max_param, num);
          set_text (toks, j, expr);
          TOK (j)->type = T_SPACE;
        }
      else if (g_ascii_strcasecmp (t->text, "temp") == 0 && is_punct (toks, i + 1, "."))
        set_text (toks, i, "pg_temp");
      else if (g_ascii_strcasecmp (t->text, "rowid") == 0)
        set_text (toks, i, "id");  /* tables without an id have one on PostgreSQL */
      else if (g_ascii_strcasecmp (t->text, "LIKE") == 0)
        set_text (toks, i, "ILIKE");
      else if (g_ascii_strcasecmp (t->text, "AS") == 0 && is_word (toks, next_solid (toks, i), "REAL"))
        set_text (toks, next_solid (toks, i), "double precision");
      else if (g_ascii_strcasecmp (t->text, "group_concat") == 0 && is_punct (toks, i + 1, "("))
        {
          /* string_agg((x)::text, sep), with SQLite's default separator. */
          int close = matching_close (toks, i + 1);
          int depth = 0, comma = -1;

          for (int j = i + 1; j < close; j++)
            {
              if (is_punct (toks, j, "("))
                depth++;
              else if (is_punct (toks, j, ")"))
                depth--;
              else if (depth == 1 && is_punct (toks, j, ",") && comma < 0)
                comma = j;
            }
          if (close < 0)
            continue;
          set_text (toks, i, "string_agg");
          set_text (toks, i + 1, "((");
          if (comma > 0)
            set_text (toks, comma, ")::text,");
          else
            set_text (toks, close, ")::text, ',')");
        }
      else if (is_punct (toks, i + 1, "("))
        {
          static const char *const renames[][2] = {
            { "instr", "strpos" },
            { "ifnull", "coalesce" },
            { "char", "chr" },
            { "json_each", "rs_json_each" },
          };
          for (guint r = 0; r < G_N_ELEMENTS (renames); r++)
            if (g_ascii_strcasecmp (t->text, renames[r][0]) == 0)
              set_text (toks, i, renames[r][1]);
        }
    }

  null_first = type_parameters (toks);
  name_subqueries (toks);
  qualify_upsert (toks);
  boolean_numbers (toks);
  if (null_first_out != NULL)
    *null_first_out = null_first;
  out = g_string_new (NULL);
  for (guint i = 0; i < toks->len; i++)
    g_string_append (out, TOK (i)->text);
  if (append != NULL)
    {
      /* Before a trailing semicolon and space. */
      gsize end = out->len;
      while (end > 0 && (g_ascii_isspace (out->str[end - 1]) || out->str[end - 1] == ';'))
        end--;
      g_string_truncate (out, end);
      g_string_append (out, append);
    }
  if (n_params_out != NULL)
    *n_params_out = max_param;
  return g_string_free (out, FALSE);
}
