/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-pb-file"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rs-csv-reader.h"
#include "rs-csv-writer.h"
#include "rs-pb-file.h"

/*
 * Reader and writer of the pabulib .pb format. Sections start with a line
 * holding only META, PROJECTS or VOTES. A line is split on ';'; a field
 * may be quoted with '"' (a doubled "" inside is one quote, and a quoted
 * field may span lines). Errors name the file, line and column (1-based,
 * counted in characters).
 */

G_DEFINE_QUARK (rs-pb-file-error-quark, rs_pb_file_error)

typedef struct
{
  const char  *name;
  RsCsvReader *csv;
  guint        line;  /* where the reader stands */
} Reader;

static void
set_error_at (GError      **error,
              int           code,
              const Reader *r,
              guint         line,
              guint         column,
              const char   *message)
{
  /* TRANSLATORS: file name, line, column and what is wrong there. */
  g_set_error (error, RS_PB_FILE_ERROR, code, _("%s, line %u, column %u: %s"), r->name, line,
               column, message);
}

/* Reads one record (a line) into fields, unquoted ones trimmed; FALSE at
 * the end of the text. @columns_out receives the 1-based column where
 * each field starts. */
static gboolean
read_record (Reader     *r,
             GPtrArray **fields_out,
             GArray    **columns_out,
             guint      *line_out,
             GError    **error)
{
  g_autoptr(GError) local = NULL;
  GPtrArray *row = NULL;
  GPtrArray *fields;
  GArray *columns;
  gboolean ok = rs_csv_reader_next (r->csv, &row, &local);

  r->line = rs_csv_reader_get_current_line (r->csv);
  if (!ok)
    {
      if (local != NULL)
        g_set_error_literal (error, RS_PB_FILE_ERROR, RS_PB_FILE_ERROR_SYNTAX, local->message);
      return FALSE;
    }
  fields = g_ptr_array_new_with_free_func (g_free);
  columns = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i < row->len; i++)
    {
      const char *text = g_ptr_array_index (row, i);
      guint col = rs_csv_reader_get_field_column (r->csv, i);

      g_ptr_array_add (fields, rs_csv_reader_get_field_quoted (r->csv, i)
                                 ? g_strdup (text) : g_strstrip (g_strdup (text)));
      g_array_append_val (columns, col);
    }
  *line_out = rs_csv_reader_get_line (r->csv);
  *fields_out = fields;
  *columns_out = columns;
  return TRUE;
}

const char *
rs_pb_vote_type_to_string (RsPbVoteType type)
{
  static const char * const names[] = { "approval", "ordinal", "cumulative", "scoring", "choose-1" };

  g_return_val_if_fail (type <= RS_PB_VOTE_CHOOSE_1, "approval");
  return names[type];
}

static gboolean
vote_type_from_string (const char   *text,
                       RsPbVoteType *out)
{
  for (RsPbVoteType t = RS_PB_VOTE_APPROVAL; t <= RS_PB_VOTE_CHOOSE_1; t++)
    if (g_ascii_strcasecmp (text, rs_pb_vote_type_to_string (t)) == 0)
      {
        *out = t;
        return TRUE;
      }
  return FALSE;
}

/* Money: a whole number, optionally written with a ".0…" fraction. */
static gboolean
parse_amount (const char *text,
              gint64     *out)
{
  g_autofree char *copy = g_strdup (text);
  char *dot = strchr (copy, '.');
  guint64 v;

  if (dot != NULL)
    {
      for (const char *q = dot + 1; *q; q++)
        if (*q != '0')
          return FALSE;
      *dot = '\0';
    }
  if (!g_ascii_string_to_unsigned (copy, 10, 0, G_MAXINT64 / 4, &v, NULL))
    return FALSE;
  *out = (gint64) v;
  return TRUE;
}

static int
find_column (GStrv       columns,
             const char *name)
{
  for (int i = 0; columns[i]; i++)
    if (g_ascii_strcasecmp (columns[i], name) == 0)
      return i;
  return -1;
}

static GStrv
steal_strv (GPtrArray *fields)
{
  g_ptr_array_add (fields, NULL);
  return (GStrv) g_ptr_array_free (fields, FALSE);
}

static gboolean
is_section (GPtrArray  *fields,
            const char *name)
{
  return fields->len == 1 && g_ascii_strcasecmp (g_ptr_array_index (fields, 0), name) == 0;
}

void
rs_pb_file_free (RsPbFile *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->meta, g_ptr_array_unref);
  g_clear_pointer (&self->project_columns, g_strfreev);
  g_clear_pointer (&self->projects, g_ptr_array_unref);
  g_clear_pointer (&self->vote_columns, g_strfreev);
  g_clear_pointer (&self->votes, g_ptr_array_unref);
  g_clear_pointer (&self->election, rs_pb_election_free);
  g_clear_pointer (&self->warnings, g_ptr_array_unref);
  g_free (self);
}

static RsPbFile *
file_new (void)
{
  RsPbFile *self = g_new0 (RsPbFile, 1);

  self->meta = g_ptr_array_new_with_free_func (g_free);
  self->projects = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  self->votes = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  self->warnings = g_ptr_array_new_with_free_func (g_free);
  return self;
}

const char *
rs_pb_file_get_meta (const RsPbFile *self,
                     const char     *key)
{
  for (guint i = 0; i + 1 < self->meta->len; i += 2)
    if (g_ascii_strcasecmp (g_ptr_array_index (self->meta, i), key) == 0)
      return g_ptr_array_index (self->meta, i + 1);
  return NULL;
}

void
rs_pb_file_set_meta (RsPbFile   *self,
                     const char *key,
                     const char *value)
{
  for (guint i = 0; i + 1 < self->meta->len; i += 2)
    if (g_ascii_strcasecmp (g_ptr_array_index (self->meta, i), key) == 0)
      {
        g_free (self->meta->pdata[i + 1]);
        self->meta->pdata[i + 1] = g_strdup (value);
        return;
      }
  g_ptr_array_add (self->meta, g_strdup (key));
  g_ptr_array_add (self->meta, g_strdup (value));
}

typedef enum { SEC_NONE, SEC_META, SEC_PROJECTS, SEC_VOTES } Section;

RsPbFile *
rs_pb_file_parse (const char *text,
                  gsize       length,
                  const char *display_name,
                  GError    **error)
{
  g_autoptr(RsPbFile) self = file_new ();
  g_autoptr(GBytes) bytes = g_bytes_new (text, length);
  g_autoptr(RsCsvReader) csv = NULL;
  Reader r = { display_name ? display_name : "-", NULL, 1 };
  Section section = SEC_NONE;
  gboolean header_pending = FALSE;
  gboolean seen[4] = { FALSE, };
  g_autoptr(GArray) vote_lines = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GPtrArray) vote_cols = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g_autoptr(GArray) project_lines = g_array_new (FALSE, FALSE, sizeof (guint));
  guint meta_line = 0, votes_line = 0;
  gint64 budget = 0;
  const char *value;
  int c_id, c_cost, c_name, c_district, c_voter, c_vote;
  g_autoptr(GHashTable) voters = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) scratch = g_array_new (FALSE, FALSE, sizeof (guint));
  guint max_length = 0, min_length = 0;

  /* Fields split on ';' only; a byte-order mark and the encoding are the
   * CSV reader's. */
  csv = rs_csv_reader_new_full (bytes, r.name, ';', RS_CSV_READER_DEFAULT, error);
  if (csv == NULL)
    return NULL;
  r.csv = csv;

  for (;;)
    {
      g_autoptr(GPtrArray) fields = NULL;
      g_autoptr(GArray) cols = NULL;
      guint line = 0;
      g_autoptr(GError) local = NULL;

      if (!read_record (&r, &fields, &cols, &line, &local))
        {
          if (local)
            {
              g_propagate_error (error, g_steal_pointer (&local));
              return NULL;
            }
          break;
        }
      if (is_section (fields, "META") || is_section (fields, "PROJECTS") ||
          is_section (fields, "VOTES"))
        {
          const char *name = g_ptr_array_index (fields, 0);
          section = g_ascii_strcasecmp (name, "META") == 0 ? SEC_META
                  : g_ascii_strcasecmp (name, "PROJECTS") == 0 ? SEC_PROJECTS : SEC_VOTES;
          if (seen[section])
            {
              set_error_at (error, RS_PB_FILE_ERROR_SYNTAX, &r, line, 1,
                            _("This section appears a second time."));
              return NULL;
            }
          seen[section] = TRUE;
          header_pending = TRUE;
          if (section == SEC_META)
            meta_line = line;
          if (section == SEC_VOTES)
            votes_line = line;
          continue;
        }
      switch (section)
        {
        case SEC_NONE:
          set_error_at (error, RS_PB_FILE_ERROR_SYNTAX, &r, line, 1,
                        _("Expected a section name (META, PROJECTS or VOTES)."));
          return NULL;
        case SEC_META:
          if (header_pending)
            {
              header_pending = FALSE;
              if (fields->len == 2 && g_ascii_strcasecmp (g_ptr_array_index (fields, 0), "key") == 0)
                continue;
            }
          if (fields->len < 2)
            {
              set_error_at (error, RS_PB_FILE_ERROR_SYNTAX, &r, line, 1,
                            _("A META line needs a key and a value separated by “;”."));
              return NULL;
            }
          g_ptr_array_add (self->meta, g_strdup (g_ptr_array_index (fields, 0)));
          g_ptr_array_add (self->meta, g_strdup (g_ptr_array_index (fields, 1)));
          break;
        case SEC_PROJECTS:
        case SEC_VOTES:
          if (header_pending)
            {
              header_pending = FALSE;
              if (section == SEC_PROJECTS)
                self->project_columns = steal_strv (g_steal_pointer (&fields));
              else
                self->vote_columns = steal_strv (g_steal_pointer (&fields));
              continue;
            }
          {
            GStrv header = section == SEC_PROJECTS ? self->project_columns : self->vote_columns;
            guint n = g_strv_length (header);

            if (fields->len != n)
              {
                g_autofree char *msg = g_strdup_printf (_("Expected %u fields as in the header "
                                                          "row, found %u."), n, fields->len);
                set_error_at (error, RS_PB_FILE_ERROR_SYNTAX, &r, line, 1, msg);
                return NULL;
              }
            if (section == SEC_PROJECTS)
              {
                g_ptr_array_add (self->projects, steal_strv (g_steal_pointer (&fields)));
                g_array_append_val (project_lines, line);
              }
            else
              {
                g_ptr_array_add (self->votes, steal_strv (g_steal_pointer (&fields)));
                g_array_append_val (vote_lines, line);
                g_ptr_array_add (vote_cols, g_steal_pointer (&cols));
              }
          }
          break;
        default:
          g_assert_not_reached ();
        }
    }

  for (Section s = SEC_META; s <= SEC_VOTES; s++)
    if (!seen[s])
      {
        g_autofree char *msg = g_strdup_printf (_("The section %s is missing."),
                                                s == SEC_META ? "META"
                                                : s == SEC_PROJECTS ? "PROJECTS" : "VOTES");
        set_error_at (error, RS_PB_FILE_ERROR_SYNTAX, &r, r.line, 1, msg);
        return NULL;
      }
  if (self->project_columns == NULL || self->vote_columns == NULL)
    {
      set_error_at (error, RS_PB_FILE_ERROR_SYNTAX, &r, r.line, 1,
                    _("The PROJECTS or VOTES section has no header row."));
      return NULL;
    }

  value = rs_pb_file_get_meta (self, "budget");
  if (value == NULL || !parse_amount (value, &budget))
    {
      set_error_at (error, RS_PB_FILE_ERROR_VALUE, &r, meta_line, 1,
                    value ? _("The budget in META is not a whole amount.")
                          : _("META has no budget."));
      return NULL;
    }
  value = rs_pb_file_get_meta (self, "vote_type");
  self->vote_type = RS_PB_VOTE_APPROVAL;
  if (value != NULL && !vote_type_from_string (value, &self->vote_type))
    {
      g_autofree char *msg = g_strdup_printf (_("Unknown vote type “%s”."), value);
      set_error_at (error, RS_PB_FILE_ERROR_VALUE, &r, meta_line, 1, msg);
      return NULL;
    }
  if ((value = rs_pb_file_get_meta (self, "max_length")) != NULL)
    max_length = (guint) g_ascii_strtoull (value, NULL, 10);
  if ((value = rs_pb_file_get_meta (self, "min_length")) != NULL)
    min_length = (guint) g_ascii_strtoull (value, NULL, 10);

  c_id = find_column (self->project_columns, "project_id");
  c_cost = find_column (self->project_columns, "cost");
  c_name = find_column (self->project_columns, "name");
  c_district = find_column (self->project_columns, "district");
  if (c_id < 0 || c_cost < 0)
    {
      set_error_at (error, RS_PB_FILE_ERROR_SYNTAX, &r, project_lines->len
                    ? g_array_index (project_lines, guint, 0) - 1 : r.line, 1,
                    _("PROJECTS needs the columns project_id and cost."));
      return NULL;
    }
  self->election = rs_pb_election_new (budget);
  for (guint i = 0; i < self->projects->len; i++)
    {
      GStrv row = g_ptr_array_index (self->projects, i);
      guint line = g_array_index (project_lines, guint, i);
      gint64 cost;

      if (!parse_amount (row[c_cost], &cost) || cost <= 0)
        {
          g_autofree char *msg = g_strdup_printf (_("The cost “%s” is not a positive whole "
                                                    "amount."), row[c_cost]);
          set_error_at (error, RS_PB_FILE_ERROR_VALUE, &r, line, 1, msg);
          return NULL;
        }
      if (*row[c_id] == '\0' ||
          rs_pb_election_add_project (self->election, row[c_id], c_name >= 0 ? row[c_name] : NULL,
                                      cost, c_district >= 0 ? row[c_district] : NULL) < 0)
        {
          g_autofree char *msg = g_strdup_printf (_("The project id “%s” is empty or used "
                                                    "twice."), row[c_id]);
          set_error_at (error, RS_PB_FILE_ERROR_VALUE, &r, line, 1, msg);
          return NULL;
        }
    }

  c_voter = find_column (self->vote_columns, "voter_id");
  c_vote = find_column (self->vote_columns, "vote");
  if (c_voter < 0 || c_vote < 0)
    {
      set_error_at (error, RS_PB_FILE_ERROR_SYNTAX, &r, votes_line + 1, 1,
                    _("VOTES needs the columns voter_id and vote."));
      return NULL;
    }
  for (guint i = 0; i < self->votes->len; i++)
    {
      GStrv row = g_ptr_array_index (self->votes, i);
      guint line = g_array_index (vote_lines, guint, i);
      GArray *cols = g_ptr_array_index (vote_cols, i);
      guint col = g_array_index (cols, guint, c_vote);
      g_auto(GStrv) ids = NULL;

      if (!g_hash_table_add (voters, row[c_voter]))
        {
          g_autofree char *msg = g_strdup_printf (_("The voter id “%s” is used twice."),
                                                  row[c_voter]);
          set_error_at (error, RS_PB_FILE_ERROR_VALUE, &r, line,
                        g_array_index (cols, guint, c_voter), msg);
          return NULL;
        }
      g_array_set_size (scratch, 0);
      ids = *row[c_vote] ? g_strsplit (row[c_vote], ",", -1) : g_new0 (char *, 1);
      for (guint j = 0; ids[j]; j++)
        {
          const char *id = g_strstrip (ids[j]);
          int p = rs_pb_election_find_project (self->election, id);

          if (p < 0)
            {
              g_autofree char *msg = g_strdup_printf (_("Unknown project “%s”."), id);
              set_error_at (error, RS_PB_FILE_ERROR_VALUE, &r, line, col, msg);
              return NULL;
            }
          g_array_append_val (scratch, p);
        }
      if ((self->vote_type == RS_PB_VOTE_CHOOSE_1 && scratch->len > 1) ||
          (max_length > 0 && scratch->len > max_length) ||
          (min_length > 0 && scratch->len < min_length))
        {
          /* TRANSLATORS: file name, line, then the count and limits. */
          g_ptr_array_add (self->warnings,
                           g_strdup_printf (_("%s, line %u: the ballot marks %u projects, outside "
                                              "the allowed %u–%u; it is counted as it is."),
                                            r.name, line, scratch->len, min_length,
                                            self->vote_type == RS_PB_VOTE_CHOOSE_1 ? 1
                                            : max_length ? max_length : scratch->len));
        }
      rs_pb_election_add_ballot (self->election, (guint *) scratch->data, scratch->len);
    }
  if ((value = rs_pb_file_get_meta (self, "num_votes")) != NULL &&
      g_ascii_strtoull (value, NULL, 10) != self->votes->len)
    g_ptr_array_add (self->warnings,
                     g_strdup_printf (_("%s: META says %s votes but the file holds %u."), r.name,
                                      value, self->votes->len));
  if ((value = rs_pb_file_get_meta (self, "num_projects")) != NULL &&
      g_ascii_strtoull (value, NULL, 10) != self->projects->len)
    g_ptr_array_add (self->warnings,
                     g_strdup_printf (_("%s: META says %s projects but the file holds %u."),
                                      r.name, value, self->projects->len));
  return g_steal_pointer (&self);
}

RsPbFile *
rs_pb_file_load (GFile        *file,
                 GCancellable *cancellable,
                 GError      **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *name = g_file_get_basename (file);
  gsize length = 0;

  if (!g_file_load_contents (file, cancellable, &contents, &length, NULL, error))
    return NULL;
  return rs_pb_file_parse (contents, length, name, error);
}

RsPbFile *
rs_pb_file_new_from_election (const RsPbElection *election,
                              const char * const *meta,
                              const char * const *voter_ids)
{
  RsPbFile *self = file_new ();
  guint np = rs_pb_election_get_n_projects (election);
  guint nv = rs_pb_election_get_n_ballots (election);
  g_autofree guint *votes = rs_pb_election_count_votes (election);
  const char * const pcols[] = { "project_id", "cost", "votes", "name", "district", NULL };
  const char * const vcols[] = { "voter_id", "vote", NULL };
  g_autofree char *budget = g_strdup_printf ("%" G_GINT64_FORMAT,
                                             rs_pb_election_get_budget (election));
  g_autofree char *n_projects = g_strdup_printf ("%u", np);
  g_autofree char *n_votes = g_strdup_printf ("%u", nv);

  for (guint i = 0; meta && meta[i] && meta[i + 1]; i += 2)
    rs_pb_file_set_meta (self, meta[i], meta[i + 1]);
  rs_pb_file_set_meta (self, "num_projects", n_projects);
  rs_pb_file_set_meta (self, "num_votes", n_votes);
  rs_pb_file_set_meta (self, "budget", budget);
  rs_pb_file_set_meta (self, "vote_type", "approval");
  self->project_columns = g_strdupv ((GStrv) pcols);
  self->vote_columns = g_strdupv ((GStrv) vcols);
  for (guint p = 0; p < np; p++)
    {
      const RsPbProject *proj = rs_pb_election_get_project (election, p);
      char **row = g_new0 (char *, 6);

      row[0] = g_strdup (proj->id);
      row[1] = g_strdup_printf ("%" G_GINT64_FORMAT, proj->cost);
      row[2] = g_strdup_printf ("%u", votes[p]);
      row[3] = g_strdup (proj->name);
      row[4] = g_strdup (proj->district ? proj->district : "");
      g_ptr_array_add (self->projects, row);
    }
  for (guint v = 0; v < nv; v++)
    {
      guint n;
      const guint32 *items = rs_pb_election_get_ballot (election, v, &n);
      GString *s = g_string_new (NULL);
      char **row = g_new0 (char *, 3);

      for (guint j = 0; j < n; j++)
        {
          if (j > 0)
            g_string_append_c (s, ',');
          g_string_append (s, rs_pb_election_get_project (election, items[j])->id);
        }
      row[0] = voter_ids && voter_ids[v] ? g_strdup (voter_ids[v]) : g_strdup_printf ("%u", v + 1);
      row[1] = g_string_free (s, FALSE);
      g_ptr_array_add (self->votes, row);
    }
  self->election = NULL;
  return self;
}

char *
rs_pb_file_to_string (const RsPbFile *self)
{
  static const char * const meta[] = { "META", NULL }, * const meta_header[] = { "key", "value", NULL };
  static const char * const projects[] = { "PROJECTS", NULL }, * const votes[] = { "VOTES", NULL };
  RsCsvWriter *out = rs_csv_writer_new (';', RS_CSV_WRITER_DEFAULT);

  rs_csv_writer_add_row (out, meta);
  rs_csv_writer_add_row (out, meta_header);
  for (guint i = 0; i + 1 < self->meta->len; i += 2)
    {
      const char *row[] = { g_ptr_array_index (self->meta, i),
                            g_ptr_array_index (self->meta, i + 1), NULL };
      rs_csv_writer_add_row (out, row);
    }
  rs_csv_writer_add_row (out, projects);
  rs_csv_writer_add_row (out, (const char * const *) self->project_columns);
  for (guint i = 0; i < self->projects->len; i++)
    rs_csv_writer_add_row (out, g_ptr_array_index (self->projects, i));
  rs_csv_writer_add_row (out, votes);
  rs_csv_writer_add_row (out, (const char * const *) self->vote_columns);
  for (guint i = 0; i < self->votes->len; i++)
    rs_csv_writer_add_row (out, g_ptr_array_index (self->votes, i));
  return rs_csv_writer_free_to_string (out);
}
