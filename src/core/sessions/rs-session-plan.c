/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-session-plan"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "rs-agenda-template.h"
#include "rs-session-plan.h"
#include "rs-session-store.h"

void
rs_session_plan_clear (RsSessionPlan *plan)
{
  g_clear_pointer (&plan->title, g_free);
  g_clear_pointer (&plan->kind, g_free);
  g_clear_pointer (&plan->date, g_free);
  g_clear_pointer (&plan->start, g_free);
  g_clear_pointer (&plan->end, g_free);
  g_clear_pointer (&plan->place, g_free);
  g_clear_pointer (&plan->facilitators, g_free);
  g_clear_pointer (&plan->template_name, g_free);
}

int
rs_session_plan_template_spacing (const char *template_name)
{
  /* The council meets roughly monthly (June, August, September), the
   * network series fortnightly. */
  return g_strcmp0 (template_name, "council") == 0 ? 35 : 14;
}

static gboolean
check_time (const char *text,
            gboolean    is_end,
            GError    **error)
{
  int h = -1, m = -1;
  char extra;

  if (text == NULL || sscanf (text, "%d:%d%c", &h, &m, &extra) != 2 || h < 0 || h > 23 || m < 0 || m > 59)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   is_end ? _("The end time “%s” is not a time like 18:30.")
                          : _("The start time “%s” is not a time like 18:30."), text ? text : "");
      return FALSE;
    }
  return TRUE;
}

static char *
stamp (GDateTime  *day,
       const char *time)
{
  g_autofree char *d = g_date_time_format (day, "%Y-%m-%d");
  return g_strdup_printf ("%sT%s", d, time);
}

static gboolean
register_members (RsDatabase          *db,
                  const RsSessionPlan *plan,
                  GArray              *ids,
                  GError             **error)
{
  if (plan->panel_id == 0 || plan->skip_members)
    return TRUE;
  for (guint i = 0; i < ids->len; i++)
    if (!rs_session_store_register_members (db, g_array_index (ids, gint64, i), NULL, error))
      return FALSE;
  return TRUE;
}

GArray *
rs_session_plan_save (RsDatabase          *db,
                      const RsSessionPlan *plan,
                      GError             **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) day = NULL;
  g_autofree char *noon = NULL;
  gboolean has_end = plan->end != NULL && *plan->end != '\0';
  gboolean templated = plan->template_name != NULL && *plan->template_name != '\0';
  const RsAgendaTemplateMeeting *meetings = NULL;
  guint n = 1;

  if (plan->title == NULL || *g_strstrip (plan->title) == '\0')
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, _("The meeting needs a title."));
      return NULL;
    }
  noon = g_strdup_printf ("%sT12:00", plan->date ? plan->date : "");
  if ((day = rs_session_parse_time (noon, utc)) == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("The date “%s” is not a date like 2026-06-13."), plan->date ? plan->date : "");
      return NULL;
    }
  if (!check_time (plan->start, FALSE, error) || (has_end && !check_time (plan->end, TRUE, error)))
    return NULL;
  if (has_end && g_strcmp0 (plan->end, plan->start) <= 0 && strlen (plan->end) == strlen (plan->start))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("The meeting ends (%s) before it starts (%s)."), plan->end, plan->start);
      return NULL;
    }
  if (plan->panel_id != 0 && plan->lab_id != 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("A meeting belongs to a panel or a lab, not both."));
      return NULL;
    }

  if (templated)
    {
      g_autoptr(GPtrArray) starts = g_ptr_array_new_with_free_func (g_free);
      GArray *created;

      if (plan->session_id != 0)
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                               _("An agenda template can only be used for new meetings."));
          return NULL;
        }
      if ((meetings = rs_agenda_template_get (plan->template_name, &n)) == NULL)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                       _("There is no agenda template called “%s”."), plan->template_name);
          return NULL;
        }
      for (guint m = 0; m < n; m++)
        {
          g_autoptr(GDateTime) d = g_date_time_add_days (day, (int) m * rs_session_plan_template_spacing (plan->template_name));
          g_ptr_array_add (starts, stamp (d, plan->start));
        }
      g_ptr_array_add (starts, NULL);
      /* The series is created in its own transaction; the dialog's fields
       * go on in a second one, and a failure there removes the series. */
      created = rs_agenda_template_create_series (db, plan->template_name, plan->process_id, plan->panel_id,
                                                  plan->lab_id, (const char * const *) starts->pdata,
                                                  plan->place, error);
      if (created == NULL)
        return NULL;
      g_array_append_vals (ids, created->data, created->len);
      g_array_unref (created);
      if (!rs_database_begin (db, error))
        goto remove;
      for (guint m = 0; m < n; m++)
        {
          g_autoptr(GDateTime) d = g_date_time_add_days (day, (int) m * rs_session_plan_template_spacing (plan->template_name));
          g_autofree char *starts_at = stamp (d, plan->start);
          g_autofree char *ends_at = has_end ? stamp (d, plan->end) : NULL;
          g_autofree char *title = g_strdup_printf ("%s: %s", plan->title, _(meetings[m].title));
          g_autoptr(RsSession) info = rs_session_new ();

          rs_session_set_id (info, g_array_index (ids, gint64, m));
          rs_session_set_panel_id (info, plan->panel_id);
          rs_session_set_lab_id (info, plan->lab_id);
          rs_session_set_title (info, title);
          rs_session_set_kind (info, plan->kind);
          rs_session_set_starts_at (info, starts_at);
          rs_session_set_ends_at (info, ends_at);
          rs_session_set_place (info, plan->place);
          rs_session_set_capacity (info, plan->capacity);
          rs_session_set_facilitators (info, plan->facilitators);
          if (!rs_session_store_update (db, info, error))
            goto fail;
        }
      if (!rs_database_commit (db, error))
        return NULL;
      if (!register_members (db, plan, ids, error))
        goto remove;
      return g_steal_pointer (&ids);
    }
  else
    {
      g_autofree char *starts_at = stamp (day, plan->start);
      g_autofree char *ends_at = has_end ? stamp (day, plan->end) : NULL;
      g_autoptr(RsSession) info = rs_session_new ();
      gint64 id = plan->session_id;

      rs_session_set_id (info, id);
      rs_session_set_process_id (info, plan->process_id);
      rs_session_set_panel_id (info, plan->panel_id);
      rs_session_set_lab_id (info, plan->lab_id);
      rs_session_set_title (info, plan->title);
      rs_session_set_kind (info, plan->kind);
      rs_session_set_starts_at (info, starts_at);
      rs_session_set_ends_at (info, ends_at);
      rs_session_set_place (info, plan->place);
      rs_session_set_capacity (info, plan->capacity);
      rs_session_set_facilitators (info, plan->facilitators);
      rs_session_set_version (info, plan->version);
      if (id != 0)
        {
          if (!rs_session_store_update (db, info, error))
            return NULL;
        }
      else if ((id = rs_session_store_create (db, info, error)) == 0)
        return NULL;
      g_array_append_val (ids, id);
      if (plan->session_id == 0 && !register_members (db, plan, ids, error))
        goto remove;
      return g_steal_pointer (&ids);
    }

fail:
  rs_database_rollback (db);
remove:
  for (guint i = 0; i < ids->len; i++)
    rs_session_store_delete (db, g_array_index (ids, gint64, i), NULL);
  return NULL;
}

static void
plan_free (RsSessionPlan *plan)
{
  rs_session_plan_clear (plan);
  g_free (plan);
}

typedef struct
{
  GArray    *ids;       /* after a save */
  gint64     version;   /* of an edited meeting after its save */
  RsSession *current;   /* after a refused edit: the meeting as stored now */
  GError    *conflict;
} Saved;

static void
saved_free (gpointer data)
{
  Saved *saved = data;

  g_clear_pointer (&saved->ids, g_array_unref);
  g_clear_object (&saved->current);
  g_clear_error (&saved->conflict);
  g_free (saved);
}

static gpointer
save_job (RsDatabase *db, gpointer data, GCancellable *cancellable, GError **error)
{
  RsSessionPlan *plan = data;
  Saved *saved = g_new0 (Saved, 1);
  g_autoptr(GError) local = NULL;

  if ((saved->ids = rs_session_plan_save (db, plan, &local)) != NULL)
    {
      if (plan->session_id != 0 && plan->version != 0)
        saved->version = plan->version + 1;
      else if (plan->session_id == 0 && saved->ids->len == 1)
        saved->version = 1;  /* as created */
      return saved;
    }
  if (plan->session_id != 0 && g_error_matches (local, RS_DATABASE_ERROR, RS_DATABASE_ERROR_CONFLICT) &&
      (saved->current = rs_session_store_get (db, plan->session_id, NULL)) != NULL)
    {
      saved->conflict = g_steal_pointer (&local);
      return saved;
    }
  saved_free (saved);
  g_propagate_error (error, g_steal_pointer (&local));
  return NULL;
}

void
rs_session_plan_save_async (RsDatabase          *db,
                            const RsSessionPlan *plan,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  RsSessionPlan *copy;

  g_return_if_fail (RS_IS_DATABASE (db));
  g_return_if_fail (plan != NULL);
  copy = g_memdup2 (plan, sizeof *plan);
  copy->title = g_strdup (plan->title);
  copy->kind = g_strdup (plan->kind);
  copy->date = g_strdup (plan->date);
  copy->start = g_strdup (plan->start);
  copy->end = g_strdup (plan->end);
  copy->place = g_strdup (plan->place);
  copy->facilitators = g_strdup (plan->facilitators);
  copy->template_name = g_strdup (plan->template_name);
  rs_database_run_async (db, save_job, copy, (GDestroyNotify) plan_free, saved_free,
                         cancellable, callback, user_data);
}

GArray *
rs_session_plan_save_finish (RsDatabase   *db,
                             GAsyncResult *result,
                             gint64       *version,
                             RsSession   **current,
                             GError      **error)
{
  Saved *saved = rs_database_run_finish (db, result, error);
  GArray *ids;

  if (saved == NULL)
    return NULL;
  if (saved->conflict != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&saved->conflict));
      if (current != NULL)
        *current = g_steal_pointer (&saved->current);
      saved_free (saved);
      return NULL;
    }
  if (version != NULL)
    *version = saved->version;
  ids = g_steal_pointer (&saved->ids);
  saved_free (saved);
  return ids;
}
