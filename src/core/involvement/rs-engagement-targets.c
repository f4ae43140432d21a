/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-engagement-targets"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "rs-age-bands.h"
#include "rs-engagement-targets.h"
#include "rs-involvement-error.h"
#include "rs-process-store.h"

static const char * const kind_names[RS_N_TARGET_KINDS] = {
  "registrations", "participants", "parties-heard", "youth-share", "first-timers-share",
  "digital-comments",
};

void
rs_engagement_target_free (RsEngagementTarget *target)
{
  if (target == NULL)
    return;
  g_free (target->district);
  g_free (target);
}

const char *
rs_target_kind_to_string (RsTargetKind kind)
{
  g_return_val_if_fail (kind < RS_N_TARGET_KINDS, NULL);
  return kind_names[kind];
}

gboolean
rs_target_kind_from_string (const char   *text,
                            RsTargetKind *out)
{
  for (guint i = 0; i < RS_N_TARGET_KINDS; i++)
    if (g_strcmp0 (text, kind_names[i]) == 0)
      {
        *out = i;
        return TRUE;
      }
  return FALSE;
}

const char *
rs_target_kind_get_label (RsTargetKind kind)
{
  switch (kind)
    {
    case RS_TARGET_REGISTRATIONS: return _("Registrations");
    case RS_TARGET_PARTICIPANTS: return _("Participants");
    case RS_TARGET_PARTIES_HEARD: return _("Parties heard");
    case RS_TARGET_YOUTH_SHARE: return _("Youth share");
    case RS_TARGET_FIRST_TIMERS_SHARE: return _("First-timers share");
    case RS_TARGET_DIGITAL_COMMENTS: return _("Digital comments");
    case RS_N_TARGET_KINDS:
    default: g_return_val_if_reached (NULL);
    }
}

gboolean
rs_target_kind_is_share (RsTargetKind kind)
{
  return kind == RS_TARGET_YOUTH_SHARE || kind == RS_TARGET_FIRST_TIMERS_SHARE;
}

gboolean
rs_engagement_targets_set (RsDatabase   *db,
                           gint64        process_id,
                           RsTargetKind  kind,
                           const char   *district,
                           double        target,
                           double        actual,
                           GError      **error)
{
  g_autofree char *d = g_strstrip (g_strdup (district ? district : ""));
  g_autofree char *details = NULL;

  g_return_val_if_fail (kind < RS_N_TARGET_KINDS, FALSE);
  if (*d != '\0' && kind != RS_TARGET_PARTICIPANTS)
    {
      g_set_error (error, RS_INVOLVEMENT_ERROR, RS_INVOLVEMENT_ERROR_INVALID,
                   _("Only the participants target can be set per district."));
      return FALSE;
    }
  if (rs_target_kind_is_share (kind) && (target > 100 || actual > 100))
    {
      g_set_error (error, RS_INVOLVEMENT_ERROR, RS_INVOLVEMENT_ERROR_INVALID,
                   _("A share is a percentage from 0 to 100."));
      return FALSE;
    }
  if (!isfinite (target) || !isfinite (actual))
    {
      g_set_error (error, RS_INVOLVEMENT_ERROR, RS_INVOLVEMENT_ERROR_INVALID,
                   _("A target is a number."));
      return FALSE;
    }
  if (!rs_database_begin (db, error))
    return FALSE;
  details = g_strdup_printf ("%s %s", kind_names[kind], d);
  if (!rs_database_run (db, error,
                        "INSERT INTO engagement_target (process_id, kind, district, target, actual) "
                        "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (process_id, kind, district) DO "
                        "UPDATE SET target = coalesce(?4, target), actual = coalesce(?5, actual)",
                        target >= 0 ? (actual >= 0 ? "ittdd" : "ittd-")
                                    : (actual >= 0 ? "itt-d" : "itt--"),
                        process_id, kind_names[kind], d,
                        target >= 0 ? target : actual, actual) ||
      !rs_audit_log (db, "engagement_target", process_id, "set", details, error))
    {
      rs_database_rollback (db);
      return FALSE;
    }
  return rs_database_commit (db, error);
}

gboolean
rs_engagement_targets_remove (RsDatabase   *db,
                              gint64        process_id,
                              RsTargetKind  kind,
                              const char   *district,
                              GError      **error)
{
  g_return_val_if_fail (kind < RS_N_TARGET_KINDS, FALSE);
  return rs_database_run (db, error, "DELETE FROM engagement_target WHERE process_id = ? AND "
                          "kind = ? AND district = ?", "itt", process_id, kind_names[kind],
                          district ? district : "");
}

static gboolean
measure_int (RsDatabase *db,
             const char *sql,
             gint64      process_id,
             const char *district,
             double     *out,
             GError    **error)
{
  g_autoptr(RsStatement) stmt = rs_database_query (db, error, sql, "it", process_id,
                                                    district ? district : "");
  int rc;

  if (stmt == NULL)
    return FALSE;
  if ((rc = rs_statement_step (stmt)) != RS_SQL_ROW)
    return rs_database_set_error (db, rc, error);
  *out = rs_statement_column_double (stmt, 0);
  return TRUE;
}

/* People who attended one of the process's meetings. */
#define ATTENDEES \
  "SELECT DISTINCT r.person_id AS id FROM registration r JOIN session s ON s.id = r.session_id " \
  "WHERE s.process_id = ?1 AND r.attended = 1"

/* Members of the public who attended one of the process's open meetings
 * (rs-open-meeting-store.h), each participant once. */
#define OPEN_ATTENDEES \
  "SELECT DISTINCT r.participant_id AS id FROM open_registration r JOIN session s ON " \
  "s.id = r.session_id WHERE s.process_id = ?1 AND r.attended = 1"

static const char sql_registrations[] =
  "SELECT (SELECT count(*) FROM registration r JOIN session s ON s.id = r.session_id "
  "WHERE s.process_id = ?1 AND r.status <> 'cancelled') + (SELECT count(*) FROM "
  "open_registration r JOIN session s ON s.id = r.session_id WHERE s.process_id = ?1 AND "
  "r.status <> 'cancelled') WHERE ?2 = ?2";
static const char sql_participants[] =
  "SELECT (SELECT count(*) FROM (" ATTENDEES ") a WHERE ?2 = '' OR EXISTS (SELECT 1 FROM "
  "person_attribute pa JOIN category c ON c.id = pa.category_id JOIN category_value v "
  "ON v.id = pa.value_id WHERE pa.person_id = a.id AND c.preset = 'district' AND v.name = ?2)) + "
  "(SELECT count(*) FROM (" OPEN_ATTENDEES ") o JOIN participant p ON p.id = o.id "
  "WHERE ?2 = '' OR p.district = ?2)";
/* Open participants who attended and said whether it was their first time:
 * the first-timers share counts among them and the pool's attendees. */
static const char sql_open_first_known[] =
  "SELECT count(*) FROM (" OPEN_ATTENDEES ") o JOIN participant p ON p.id = o.id "
  "WHERE p.first_time IS NOT NULL AND ?2 = ?2";
static const char sql_open_first_timers[] =
  "SELECT count(*) FROM (" OPEN_ATTENDEES ") o JOIN participant p ON p.id = o.id "
  "WHERE p.first_time = 1 AND ?2 = ?2";
static const char sql_open_all[] =
  "SELECT count(*) FROM (" OPEN_ATTENDEES ") o WHERE ?2 = ?2";
static const char sql_parties[] =
  "SELECT count(DISTINCT coalesce('p' || h.party_id, 'r' || h.id)) FROM hearing_response h "
  "JOIN hearing_round hr ON hr.id = h.round_id WHERE hr.process_id = ?1 AND ?2 = ?2";
static const char sql_first_timers[] =
  "SELECT count(*) FROM (" ATTENDEES ") a JOIN person p ON p.id = a.id "
  "LEFT JOIN person_contact pc ON pc.person_id = p.id WHERE ?2 = ?2 AND NOT EXISTS ("
  "SELECT 1 FROM registration r2 JOIN session s2 ON s2.id = r2.session_id "
  "JOIN budget_process b2 ON b2.id = s2.process_id JOIN person p2 ON p2.id = r2.person_id "
  "LEFT JOIN person_contact c2 ON c2.person_id = p2.id "
  "WHERE r2.attended = 1 AND b2.budget_year < (SELECT budget_year FROM budget_process WHERE id = ?1) "
  "AND p2.household_key = p.household_key AND p.household_key <> '' "
  "AND lower(coalesce(c2.name, '')) = lower(coalesce(pc.name, '')) AND coalesce(pc.name, '') <> '')";

static const char sql_comments[] =
  "SELECT count(*) FROM citizen_comment WHERE process_id = ?1 AND deleted = 0 AND ?2 = ?2";

/* % of attendees whose age band ends at 29 or below, among those with one. */
static gboolean
measure_youth (RsDatabase *db,
               gint64      process_id,
               gboolean   *has,
               double     *out,
               GError    **error)
{
  g_autoptr(RsStatement) stmt =
    rs_database_query (db, error,
                       "SELECT v.name FROM (" ATTENDEES ") a JOIN person_attribute pa ON "
                       "pa.person_id = a.id JOIN category c ON c.id = pa.category_id JOIN "
                       "category_value v ON v.id = pa.value_id WHERE c.preset = 'age' "
                       "UNION ALL SELECT p.age_band FROM (" OPEN_ATTENDEES ") o JOIN participant p "
                       "ON p.id = o.id WHERE p.age_band <> ''",
                       "i", process_id);
  guint all = 0, young = 0;
  int rc, lo, hi;

  if (stmt == NULL)
    return FALSE;
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    if (rs_age_band_parse ((const char *) rs_statement_column_text (stmt, 0), &lo, &hi))
      {
        all++;
        if (hi <= 29)
          young++;
      }
  if (rc != RS_SQL_DONE)
    return rs_database_set_error (db, rc, error);
  *has = all > 0;
  *out = all > 0 ? 100.0 * young / all : 0;
  return TRUE;
}

static gboolean
measure (RsDatabase         *db,
         gint64              process_id,
         RsEngagementTarget *t,
         GError            **error)
{
  double attendees = 0;

  t->measured = TRUE;
  t->has_actual = TRUE;
  switch (t->kind)
    {
    case RS_TARGET_REGISTRATIONS:
      return measure_int (db, sql_registrations, process_id, NULL, &t->actual, error);
    case RS_TARGET_PARTICIPANTS:
      return measure_int (db, sql_participants, process_id, t->district, &t->actual, error);
    case RS_TARGET_PARTIES_HEARD:
      return measure_int (db, sql_parties, process_id, NULL, &t->actual, error);
    case RS_TARGET_YOUTH_SHARE:
      return measure_youth (db, process_id, &t->has_actual, &t->actual, error);
    case RS_TARGET_FIRST_TIMERS_SHARE:
      {
        /* The pool's attendees by their earlier attendance; the public's
         * by their own answer, where they gave one. */
        double open_all = 0, open_known = 0, open_first = 0;
        if (!measure_int (db, sql_participants, process_id, "", &attendees, error) ||
            !measure_int (db, sql_first_timers, process_id, NULL, &t->actual, error) ||
            !measure_int (db, sql_open_all, process_id, NULL, &open_all, error) ||
            !measure_int (db, sql_open_first_known, process_id, NULL, &open_known, error) ||
            !measure_int (db, sql_open_first_timers, process_id, NULL, &open_first, error))
          return FALSE;
        attendees += open_known - open_all;
        t->actual += open_first;
      }
      t->has_actual = attendees > 0;
      t->actual = attendees > 0 ? 100.0 * t->actual / attendees : 0;
      return TRUE;
    case RS_TARGET_DIGITAL_COMMENTS:
    case RS_N_TARGET_KINDS:
    default:
      t->measured = FALSE;
      t->has_actual = FALSE;
      return TRUE;
    }
}

GPtrArray *
rs_engagement_targets_list (RsDatabase *db,
                            gint64      process_id,
                            GError    **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) rs_engagement_target_free);
  g_autoptr(RsStatement) stmt = NULL;
  int rc;

  for (guint k = 0; k < RS_N_TARGET_KINDS; k++)
    {
      RsEngagementTarget *t = g_new0 (RsEngagementTarget, 1);
      t->kind = k;
      t->district = g_strdup ("");
      g_ptr_array_add (list, t);
    }
  stmt = rs_database_query (db, error,
                            "SELECT e.kind, e.district, e.target, e.actual FROM engagement_target e "
                            "LEFT JOIN district d ON d.process_id = e.process_id AND d.name = e.district "
                            "WHERE e.process_id = ? ORDER BY e.district <> '', "
                            "coalesce(d.position, 1e9), e.district", "i", process_id);
  if (stmt == NULL)
    return NULL;
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      RsTargetKind kind;
      const char *district = (const char *) rs_statement_column_text (stmt, 1);
      RsEngagementTarget *t = NULL;

      if (!rs_target_kind_from_string ((const char *) rs_statement_column_text (stmt, 0), &kind))
        continue;
      if (*district == '\0')
        t = g_ptr_array_index (list, kind);
      else
        {
          t = g_new0 (RsEngagementTarget, 1);
          t->kind = kind;
          t->district = g_strdup (district);
          g_ptr_array_add (list, t);
        }
      t->has_target = rs_statement_column_type (stmt, 2) != RS_SQL_NULL;
      t->target = rs_statement_column_double (stmt, 2);
      t->has_actual = rs_statement_column_type (stmt, 3) != RS_SQL_NULL;
      t->actual = rs_statement_column_double (stmt, 3);
    }
  if (rc != RS_SQL_DONE)
    {
      rs_database_set_error (db, rc, error);
      return NULL;
    }
  for (guint i = 0; i < list->len; i++)
    {
      RsEngagementTarget *t = g_ptr_array_index (list, i);
      if (t->kind == RS_TARGET_DIGITAL_COMMENTS)
        {
          /* The comments recorded in Rådslag; an actual entered by hand
           * stands only while none are recorded. */
          double comments = 0;
          if (!measure_int (db, sql_comments, process_id, NULL, &comments, error))
            return NULL;
          if (comments > 0 || !t->has_actual)
            {
              t->measured = TRUE;
              t->has_actual = TRUE;
              t->actual = comments;
            }
        }
      else if (!measure (db, process_id, t, error))
        return NULL;
    }
  return g_steal_pointer (&list);
}

static gpointer
list_job (RsDatabase   *db,
          gpointer      data,
          GCancellable *cancellable,
          GError      **error)
{
  return rs_engagement_targets_list (db, *(gint64 *) data, error);
}

void
rs_engagement_targets_list_async (RsDatabase          *db,
                                  gint64               process_id,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  rs_database_run_for_id_async (db, list_job, process_id, (GDestroyNotify) g_ptr_array_unref,
                                cancellable, callback, user_data);
}

GPtrArray *
rs_engagement_targets_list_finish (RsDatabase   *db,
                                   GAsyncResult *result,
                                   GError      **error)
{
  return rs_database_run_finish (db, result, error);
}

char *
rs_engagement_format_value (RsTargetKind kind,
                            gboolean     has,
                            double       value)
{
  if (!has)
    return g_strdup ("–");
  if (rs_target_kind_is_share (kind))
    return g_strdup_printf (_("%u %%"), (guint) lround (value));
  return g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) llround (value));
}

char *
rs_engagement_format_gap (const RsEngagementTarget *t)
{
  g_autofree char *number = NULL;
  gint64 gap;

  if (!t->has_target || !t->has_actual)
    return g_strdup ("–");
  gap = llround (t->actual - t->target);
  number = g_strdup_printf ("%s%" G_GINT64_FORMAT, gap < 0 ? "−" : "+", gap < 0 ? -gap : gap);
  if (rs_target_kind_is_share (t->kind))
    /* TRANSLATORS: the gap between a share and its target, e.g. "−5 points" */
    return g_strdup_printf (_("%s points"), number);
  return g_steal_pointer (&number);
}

gint64
rs_engagement_owner_process (RsDatabase *db,
                             const char *owner_type,
                             gint64      owner_id,
                             GError    **error)
{
  const char *sql = g_strcmp0 (owner_type, "panel") == 0 ? "SELECT process_id FROM panel WHERE id = ?"
                  : g_strcmp0 (owner_type, "lab") == 0 ? "SELECT process_id FROM lab WHERE id = ?"
                  : g_strcmp0 (owner_type, "session") == 0 ? "SELECT process_id FROM session WHERE id = ?"
                  : "SELECT id FROM budget_process WHERE id = ?";
  g_autoptr(RsStatement) stmt = rs_database_query (db, error, sql, "i", owner_id);
  int rc;

  if (stmt == NULL)
    return 0;
  if ((rc = rs_statement_step (stmt)) == RS_SQL_ROW && rs_statement_column_type (stmt, 0) != RS_SQL_NULL)
    return rs_statement_column_int64 (stmt, 0);
  if (rc != RS_SQL_ROW && rc != RS_SQL_DONE)
    rs_database_set_error (db, rc, error);
  else
    g_set_error (error, RS_INVOLVEMENT_ERROR, RS_INVOLVEMENT_ERROR_NOT_FOUND,
                 _("There is no %s %lld."), owner_type, (long long) owner_id);
  return 0;
}
