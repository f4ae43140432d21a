/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-open-meeting-import"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rs-age-bands.h"
#include "rs-csv-reader.h"
#include "rs-csv-writer.h"
#include "rs-session-store.h"
#include "rs-database-task.h"
#include "rs-date.h"
#include "rs-districts.h"
#include "rs-open-meeting-import.h"
#include "rs-open-meeting-private.h"
#include "rs-process-store.h"

/* Headings a registration form's export uses, compared case-folded with
 * a trailing '?' or ':' and spaces taken off. */
static const char * const name_names[] = {
  "navn", "name", "fulde navn", "fornavn og efternavn", "navn eller initialer", "navn/initialer",
  "initialer", "full name", "name or initials", "deltager", "participant", NULL
};
static const char * const email_names[] = {
  "e-mail", "email", "mail", "e-mailadresse", "e-mail-adresse", "email address", "e-mail address", NULL
};
static const char * const phone_names[] = {
  "telefon", "telefonnummer", "tlf", "tlf.", "mobil", "mobilnummer", "phone", "phone number",
  "mobile", NULL
};
static const char * const age_names[] = {
  "alder", "aldersgruppe", "age", "age band", "age group", "alder (år)", NULL
};
static const char * const district_names[] = {
  "bydel", "district", "lokalområde", "område", "area", "hvor bor du", NULL
};
static const char * const heard_names[] = {
  "hvordan hørte du om mødet", "hvor hørte du om mødet", "hvordan hørte du om arrangementet",
  "hvordan hørte du om os", "how did you hear about the meeting", "how did you hear",
  "heard via", "kilde", "source", NULL
};
static const char * const first_names[] = {
  "første gang", "er det første gang du deltager", "er det første gang du deltager i et borgermøde",
  "first time", "first time taking part", NULL
};
static const char * const time_names[] = {
  "tidspunkt", "tidsstempel", "dato", "indsendt", "oprettet", "registreret", "tilmeldt",
  "timestamp", "submitted", "date", "registered", NULL
};

RsRegistrationImportReport *
rs_registration_import_report_new (void)
{
  RsRegistrationImportReport *report = g_new0 (RsRegistrationImportReport, 1);
  report->notes = g_ptr_array_new_with_free_func (g_free);
  return report;
}

void
rs_registration_import_report_free (RsRegistrationImportReport *report)
{
  if (report == NULL)
    return;
  g_clear_pointer (&report->notes, g_ptr_array_unref);
  g_free (report);
}

static char *
heading_key (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);
  gsize len;

  g_strstrip (folded);
  len = strlen (folded);
  while (len > 0 && (folded[len - 1] == '?' || folded[len - 1] == ':' || folded[len - 1] == ' '))
    folded[--len] = '\0';
  return g_steal_pointer (&folded);
}

static int
find_heading (GPtrArray          *row,
              const char * const *names)
{
  for (guint i = 0; i < row->len; i++)
    {
      g_autofree char *h = heading_key (g_ptr_array_index (row, i));
      if (g_strv_contains (names, h))
        return (int) i;
    }
  return -1;
}

static const char *
field (GPtrArray *row,
       int        column)
{
  if (column < 0 || (guint) column >= row->len)
    return "";
  return g_strstrip ((char *) g_ptr_array_index (row, column));
}

char *
rs_open_meeting_age_band (const char *text)
{
  static const int starts[] = { 0, 15, 25, 35, 45, 55, 65, 75 };
  g_autofree char *t = g_strstrip (g_strdup (text ? text : ""));
  int lo, hi, age;
  char *end = NULL;

  if (*t == '\0')
    return NULL;
  if (rs_age_band_parse (t, &lo, &hi))
    return hi == G_MAXINT ? g_strdup_printf ("%d+", lo) : g_strdup_printf ("%d-%d", lo, hi);
  age = (int) g_ascii_strtoll (t, &end, 10);
  if (end == t || age < 0 || age > 125)
    return NULL;
  while (*end == ' ')
    end++;
  if (*end != '\0' && g_ascii_strcasecmp (end, "år") != 0 && g_ascii_strcasecmp (end, "years") != 0)
    return NULL;
  for (int i = G_N_ELEMENTS (starts) - 1; i >= 0; i--)
    if (age >= starts[i])
      return i == G_N_ELEMENTS (starts) - 1 ? g_strdup_printf ("%d+", starts[i])
                                            : g_strdup_printf ("%d-%d", starts[i], starts[i + 1] - 1);
  return NULL;
}

/* 1 yes, 0 no, -1 not known; -2 when the answer cannot be read. */
static int
parse_first_time (const char *text)
{
  static const char * const yes[] = { "ja", "j", "yes", "y", "1", "true", "x", "sand", NULL };
  static const char * const no[] = { "nej", "n", "no", "0", "false", "falsk", NULL };
  static const char * const unknown[] = { "", "ved ikke", "vil ikke oplyse", "don't know",
                                          "do not know", "unknown", "-", "–", NULL };
  g_autofree char *t = heading_key (text);

  if (g_strv_contains (yes, t))
    return 1;
  if (g_strv_contains (no, t))
    return 0;
  if (g_strv_contains (unknown, t) || g_str_equal (t, "don’t know"))
    return -1;
  return -2;
}

typedef struct
{
  RsOpenRegistration *info;
  char               *key;
  GPtrArray          *notes;   /* char *: why the row was flagged */
} Row;

static void
row_free (Row *row)
{
  g_clear_object (&row->info);
  g_free (row->key);
  g_clear_pointer (&row->notes, g_ptr_array_unref);
  g_free (row);
}

static void
flag (RsOpenRegistration *info,
      const char         *word,
      GPtrArray          *notes,
      RsCsvReader        *reader,
      int                 column,
      const char         *message)
{
  const char *note = rs_open_registration_get_review_note (info);
  g_autofree char *joined = NULL;

  if (!rs_open_registration_has_note (info, word))
    {
      joined = *note ? g_strconcat (note, " ", word, NULL) : g_strdup (word);
      rs_open_registration_set_review_note (info, joined);
    }
  if (notes != NULL)
    /* TRANSLATORS: file, line, column, then why the row is flagged */
    g_ptr_array_add (notes, g_strdup_printf (_("%s, line %u, column %u: %s"), rs_csv_reader_get_file_name (reader),
                                             rs_csv_reader_get_field_line (reader, MAX (column, 0)),
                                             rs_csv_reader_get_field_column (reader, MAX (column, 0)),
                                             message));
}

/* The district of @text in @districts (case ignored), or NULL. */
static const char *
match_district (GPtrArray  *districts,
                const char *text)
{
  g_autofree char *t = g_utf8_casefold (text, -1);

  for (guint i = 0; i < districts->len; i++)
    {
      RsDistrict *d = g_ptr_array_index (districts, i);
      g_autofree char *n = g_utf8_casefold (d->name, -1);
      if (g_str_equal (n, t))
        return d->name;
    }
  return NULL;
}

static gboolean
read_file (const char  *path,
           GPtrArray   *districts,
           GPtrArray   *rows,
           GError     **error)
{
  g_autofree char *display = g_path_get_basename (path);
  g_autoptr(RsCsvReader) reader = rs_csv_reader_new_for_path (path, display, 0,
                                                               RS_CSV_READER_DEFAULT, error);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GError) local = NULL;
  GPtrArray *row = NULL;
  int c_name, c_email, c_phone, c_age, c_district, c_heard, c_first, c_time;
  guint n_header;

  if (reader == NULL)
    return FALSE;
  if (!rs_csv_reader_next (reader, &row, &local))
    {
      if (local != NULL)
        g_propagate_error (error, g_steal_pointer (&local));
      else
        g_set_error (error, RS_CSV_ERROR, RS_CSV_ERROR_EMPTY, _("%s: the file is empty."), display);
      return FALSE;
    }
  n_header = row->len;
  c_name = find_heading (row, name_names);
  c_email = find_heading (row, email_names);
  c_phone = find_heading (row, phone_names);
  c_age = find_heading (row, age_names);
  c_district = find_heading (row, district_names);
  c_heard = find_heading (row, heard_names);
  c_first = find_heading (row, first_names);
  c_time = find_heading (row, time_names);
  if (c_name < 0)
    {
      g_set_error (error, RS_CSV_ERROR, RS_CSV_ERROR_SYNTAX,
                   /* TRANSLATORS: the column names are not translated */
                   _("%s, line %u, column 1: no column holds the participant’s name; name it “Navn” or “Name”."),
                   display, rs_csv_reader_get_line (reader));
      return FALSE;
    }
  while (rs_csv_reader_next (reader, &row, &local))
    {
      g_autoptr(RsOpenRegistration) info = rs_open_registration_new ();
      g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *source = g_strdup_printf ("%s:%u", display, rs_csv_reader_get_line (reader));
      g_autofree char *band = NULL;
      g_autofree char *content = NULL;
      g_autofree char *digest = NULL;
      const char *name = field (row, c_name);
      const char *email = field (row, c_email);
      const char *phone = field (row, c_phone);
      const char *age = field (row, c_age);
      const char *district = field (row, c_district);
      const char *heard = field (row, c_heard);
      const char *first = field (row, c_first);
      const char *when = field (row, c_time);
      gboolean blank = TRUE;
      guint n;
      int ft;
      Row *r;

      for (guint i = 0; i < row->len; i++)
        if (*field (row, i) != '\0')
          blank = FALSE;
      if (blank)
        continue;
      rs_open_registration_set_source (info, source);
      if (row->len != n_header)
        flag (info, "columns", notes, reader, row->len < n_header ? (int) row->len : (int) n_header,
              row->len < n_header ? _("the row has fewer fields than the header.")
                                  : _("the row has more fields than the header."));
      if (*name == '\0')
        {
          flag (info, "name", notes, reader, c_name, _("no name or initials."));
          rs_open_registration_set_name (info, *email ? email : *phone ? phone : "?");
        }
      else
        rs_open_registration_set_name (info, name);
      rs_open_registration_set_email (info, email);
      rs_open_registration_set_phone (info, phone);
      if (*email)
        {
          g_autofree char *k = rs_open_meeting_email_key (email);
          if (*k == '\0')
            flag (info, "contact", notes, reader, c_email, _("the e-mail address cannot be read."));
        }
      if (*phone)
        {
          g_autofree char *k = rs_open_meeting_phone_key (phone);
          if (*k == '\0')
            flag (info, "contact", notes, reader, c_phone, _("the phone number cannot be read."));
        }
      if (*age)
        {
          band = rs_open_meeting_age_band (age);
          if (band == NULL)
            flag (info, "age", notes, reader, c_age, _("the age is neither an age nor an age band."));
          rs_open_registration_set_age_band (info, band);
        }
      if (*district)
        {
          const char *known = districts->len > 0 ? match_district (districts, district) : district;
          if (known == NULL)
            {
              flag (info, "district", notes, reader, c_district,
                    _("the district is not one of the process’s districts."));
              known = district;
            }
          rs_open_registration_set_district (info, known);
        }
      rs_open_registration_set_heard_via (info, heard);
      ft = parse_first_time (first);
      if (ft == -2)
        flag (info, "first-time", notes, reader, c_first,
              _("the first-time answer is neither yes nor no."));
      rs_open_registration_set_first_time (info, ft >= 0 ? ft : -1);
      if (*when)
        {
          GDate date;
          int hour = -1, minute = -1;

          if (rs_date_parse_text (when, &date, &hour, &minute, NULL))
            {
              g_autofree char *iso = rs_date_to_iso (&date);
              g_autofree char *at = hour >= 0 ? g_strdup_printf ("%sT%02d:%02d", iso, hour, MAX (minute, 0))
                                              : g_strdup (iso);
              rs_open_registration_set_registered_at (info, at);
            }
          else
            flag (info, "date", notes, reader, c_time, _("the time of registration cannot be read."));
        }
      /* The row's content identifies it; the same content again in a file
       * (a form sent twice) is counted so it stays a row of its own. */
      content = g_strjoin ("\x1f", name, email, phone, age, district, heard, first, when, NULL);
      digest = g_compute_checksum_for_string (G_CHECKSUM_SHA256, content, -1);
      n = GPOINTER_TO_UINT (g_hash_table_lookup (seen, digest)) + 1;
      g_hash_table_replace (seen, g_strdup (digest), GUINT_TO_POINTER (n));
      r = g_new0 (Row, 1);
      r->info = g_steal_pointer (&info);
      r->key = g_strdup_printf ("form:%s#%u", digest, n);
      r->notes = g_steal_pointer (&notes);
      g_ptr_array_add (rows, r);
    }
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  return TRUE;
}

gboolean
rs_open_meeting_import (RsDatabase                 *db,
                        gint64                      session_id,
                        const char * const         *paths,
                        RsProgressFunc              progress,
                        gpointer                    progress_data,
                        RsRegistrationImportReport *report,
                        GCancellable               *cancellable,
                        GError                    **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) districts = NULL;
  g_autoptr(RsStatement) stmt = NULL;
  gint64 process_id = 0;
  guint n_paths = paths ? g_strv_length ((char **) paths) : 0;
  int rc;

  g_return_val_if_fail (report != NULL, FALSE);
  stmt = rs_database_query (db, error, "SELECT process_id FROM session WHERE id = ?", "i", session_id);
  if (stmt == NULL)
    return FALSE;
  rc = rs_statement_step (stmt);
  if (rc == RS_SQL_ROW)
    process_id = rs_statement_column_int64 (stmt, 0);
  g_clear_pointer (&stmt, rs_statement_finalize);
  if (process_id == 0)
    {
      g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_NOT_FOUND,
                   _("There is no session with id %lld."), (long long) session_id);
      return FALSE;
    }
  if ((districts = rs_districts_list (db, process_id, error)) == NULL)
    return FALSE;
  for (guint i = 0; i < n_paths; i++)
    {
      if (!read_file (paths[i], districts, rows, error))
        return FALSE;
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      if (progress)
        progress (0.2 * (i + 1) / n_paths, progress_data);
    }

  if (!rs_database_begin (db, error))
    return FALSE;
  report->rows += rows->len;
  for (guint i = 0; i < rows->len; i++)
    {
      Row *r = g_ptr_array_index (rows, i);
      RsRegistrationStatus status = RS_REGISTRATION_REGISTERED;
      gboolean skipped = FALSE;
      gint64 id;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        goto fail;
      id = _rs_open_meeting_add_locked (db, session_id, r->info, r->key, &skipped, &status, error);
      if (skipped)
        {
          report->already++;
          continue;
        }
      if (id == 0)
        goto fail;
      report->added++;
      for (guint j = 0; j < r->notes->len; j++)
        g_ptr_array_add (notes, g_strdup (g_ptr_array_index (r->notes, j)));
      if (status == RS_REGISTRATION_WAITING)
        report->waiting++;
      {
        g_autoptr(RsStatement) s =
          rs_database_query (db, error,
                             "SELECT r.review_note, (SELECT count(DISTINCT r2.session_id) FROM "
                             "open_registration r2 WHERE r2.participant_id = r.participant_id AND "
                             "r2.status <> 'cancelled' AND r2.session_id <> r.session_id) "
                             "FROM open_registration r WHERE r.id = ?", "i", id);
        if (s == NULL)
          goto fail;
        if (rs_statement_step (s) == RS_SQL_ROW)
          {
            g_autofree char *note = rs_column_dup_text (s, 0);
            g_auto(GStrv) words = g_strsplit (note, " ", -1);
            if (*note)
              report->review++;
            if (g_strv_contains ((const char * const *) words, "duplicate") ||
                g_strv_contains ((const char * const *) words, "possible-duplicate"))
              {
                report->duplicates++;
                g_ptr_array_add (notes, g_strdup_printf (
                  /* TRANSLATORS: the first %s is a file and line, "welfare.csv:12" */
                  _("%s: likely a duplicate of another registration for this meeting."),
                  rs_open_registration_get_source (r->info)));
              }
            if (rs_statement_column_int (s, 1) > 0)
              report->across++;
          }
      }
      if (progress && (i % 50 == 0 || i + 1 == rows->len))
        progress (0.2 + 0.8 * (i + 1) / rows->len, progress_data);
    }
  {
    g_autofree char *details = g_strdup_printf ("%u added, %u already there", report->added,
                                                report->already);
    if (!rs_audit_log (db, "session", session_id, "import-registrations", details, error))
      goto fail;
  }
  if (!rs_database_commit (db, error))
    return FALSE;
  for (guint i = 0; i < notes->len; i++)
    g_ptr_array_add (report->notes, g_strdup (g_ptr_array_index (notes, i)));
  if (progress)
    progress (1.0, progress_data);
  return TRUE;

fail:
  rs_database_rollback (db);
  return FALSE;
}

typedef struct
{
  gint64           session_id;
  char           **paths;
  RsProgressRelay *relay;
} ImportJob;

static void
import_job_free (ImportJob *job)
{
  g_strfreev (job->paths);
  g_clear_pointer (&job->relay, rs_progress_relay_unref);
  g_free (job);
}

static void
relay_progress (double   fraction,
                gpointer data)
{
  rs_progress_relay_post (data, fraction);
}

static gpointer
import_job (RsDatabase   *db,
            gpointer      data,
            GCancellable *cancellable,
            GError      **error)
{
  ImportJob *job = data;
  g_autoptr(RsRegistrationImportReport) report = rs_registration_import_report_new ();

  gboolean ok = rs_open_meeting_import (db, job->session_id, (const char * const *) job->paths,
                                        job->relay ? relay_progress : NULL, job->relay, report,
                                        cancellable, error);

  /* The progress data goes back once the last report is delivered, not
   * when the caller lets go of the result. */
  g_clear_pointer (&job->relay, rs_progress_relay_unref);
  return ok ? g_steal_pointer (&report) : NULL;
}

void
rs_open_meeting_import_async (RsDatabase          *db,
                              gint64               session_id,
                              const char * const  *paths,
                              RsProgressFunc       progress,
                              gpointer             progress_data,
                              GDestroyNotify       progress_destroy,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  ImportJob *job = g_new0 (ImportJob, 1);

  job->session_id = session_id;
  job->paths = g_strdupv ((char **) paths);
  if (progress != NULL)
    job->relay = rs_progress_relay_new (progress, progress_data, progress_destroy);
  else if (progress_destroy != NULL)
    progress_destroy (progress_data);
  rs_database_run_async (db, import_job, job, (GDestroyNotify) import_job_free,
                         (GDestroyNotify) rs_registration_import_report_free, cancellable, callback,
                         user_data);
}

RsRegistrationImportReport *
rs_open_meeting_import_finish (RsDatabase   *db,
                               GAsyncResult *result,
                               GError      **error)
{
  return rs_database_run_finish (db, result, error);
}

char *
rs_open_meeting_export_csv (RsDatabase *db,
                            gint64      session_id,
                            gboolean    with_contacts,
                            GError    **error)
{
  g_autoptr(GPtrArray) regs = rs_open_meeting_store_list_session (db, session_id, FALSE, error);
  RsCsvWriter *w;

  if (regs == NULL)
    return NULL;
  w = rs_csv_writer_new (',', RS_CSV_WRITER_FORMULA_GUARD);
  rs_csv_writer_add_plain (w, "pseudonym");
  if (with_contacts)
    {
      rs_csv_writer_add_plain (w, "name");
      rs_csv_writer_add_plain (w, "email");
      rs_csv_writer_add_plain (w, "phone");
    }
  {
    static const char * const rest[] = {
      "status", "position", "registered_at", "age_band", "district", "heard_via", "first_time",
      "attended", "confirmed_on", "reminded_on", "other_meetings", "review", NULL
    };
    rs_csv_writer_add_row (w, rest);
  }
  for (guint i = 0; i < regs->len; i++)
    {
      RsOpenRegistration *r = g_ptr_array_index (regs, i);
      int ft = rs_open_registration_get_first_time (r);
      int at = rs_open_registration_get_attended (r);

      rs_csv_writer_add (w, rs_open_registration_get_pseudonym (r));
      if (with_contacts)
        {
          rs_csv_writer_add (w, rs_open_registration_get_name (r));
          rs_csv_writer_add (w, rs_open_registration_get_email (r));
          rs_csv_writer_add (w, rs_open_registration_get_phone (r));
        }
      rs_csv_writer_add_plain (w, rs_registration_status_to_string (rs_open_registration_get_status (r)));
      rs_csv_writer_add_printf (w, "%d", rs_open_registration_get_position (r));
      rs_csv_writer_add (w, rs_open_registration_get_registered_at (r));
      rs_csv_writer_add (w, rs_open_registration_get_age_band (r));
      rs_csv_writer_add (w, rs_open_registration_get_district (r));
      rs_csv_writer_add (w, rs_open_registration_get_heard_via (r));
      rs_csv_writer_add_plain (w, ft < 0 ? "" : ft ? "yes" : "no");
      rs_csv_writer_add_plain (w, at < 0 ? "" : at ? "yes" : "no");
      rs_csv_writer_add (w, rs_open_registration_get_confirmed_on (r));
      rs_csv_writer_add (w, rs_open_registration_get_reminded_on (r));
      rs_csv_writer_add_printf (w, "%d", MAX (rs_open_registration_get_meetings (r) - 1, 0));
      rs_csv_writer_add (w, rs_open_registration_get_review_note (r));
      rs_csv_writer_end_row (w);
    }
  return rs_csv_writer_free_to_string (w);
}

typedef struct
{
  gint64  session_id;
  char   *path;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_free (job->path);
  g_free (job);
}

static gpointer
export_job (RsDatabase   *db,
            gpointer      data,
            GCancellable *cancellable,
            GError      **error)
{
  ExportJob *job = data;
  g_autofree char *csv = rs_open_meeting_export_csv (db, job->session_id, FALSE, error);

  if (csv == NULL || !g_file_set_contents (job->path, csv, -1, error))
    return NULL;
  return GINT_TO_POINTER (1);
}

void
rs_open_meeting_export_async (RsDatabase          *db,
                              gint64               session_id,
                              const char          *path,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  ExportJob *job = g_new0 (ExportJob, 1);

  job->session_id = session_id;
  job->path = g_strdup (path);
  rs_database_run_async (db, export_job, job, (GDestroyNotify) export_job_free, NULL, cancellable,
                         callback, user_data);
}

gboolean
rs_open_meeting_export_finish (RsDatabase   *db,
                               GAsyncResult *result,
                               GError      **error)
{
  return rs_database_run_finish_boolean (db, result, error);
}
