/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-agenda-template"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-agenda-template.h"
#include "rs-session-store.h"

static const RsAgendaTemplateItem council_1[] = {
  { N_("Welcome and purpose of the council"), 30 },
  { N_("Round: motivation and expectations"), 45 },
  { N_("Input: the challenges and the themes selected in advance"), 60 },
  { N_("Lunch"), 45 },
  { N_("Table groups work on the themes"), 120 },
  { N_("Ideas for the next meeting"), 30 },
  { NULL, 0 }
};
static const RsAgendaTemplateItem council_2[] = {
  { N_("News since the last meeting"), 20 },
  { N_("Input from the task force"), 40 },
  { N_("Debate at the tables"), 90 },
  { N_("Lunch"), 45 },
  { N_("Which initiatives are needed?"), 90 },
  { N_("Prioritisation of initiatives"), 60 },
  { NULL, 0 }
};
static const RsAgendaTemplateItem council_3[] = {
  { N_("Status from the city council"), 20 },
  { N_("Writing the recommendations"), 120 },
  { N_("Lunch"), 45 },
  { N_("Vote on the recommendations"), 60 },
  { N_("Evaluation and close"), 30 },
  { NULL, 0 }
};
static const RsAgendaTemplateMeeting council[] = {
  { N_("Council meeting 1: Welcome and challenges"), council_1 },
  { N_("Council meeting 2: Options and priorities"), council_2 },
  { N_("Council meeting 3: Recommendations and vote"), council_3 },
};

static const RsAgendaTemplateItem network_1[] = {
  { N_("Welcome and purpose"), 20 },
  { N_("Round table: motivation and expectations"), 45 },
  { N_("Introduction to the vision and strategy"), 40 },
  { N_("Debate"), 55 },
  { N_("Ideas for the next meeting"), 20 },
  { NULL, 0 }
};
static const RsAgendaTemplateItem network_2[] = {
  { N_("News"), 15 },
  { N_("Talk on a central theme"), 35 },
  { N_("Debate"), 40 },
  { N_("Which initiatives are needed to reach the goal?"), 45 },
  { N_("Prioritisation of initiatives"), 30 },
  { N_("Ideas for the next meeting"), 15 },
  { NULL, 0 }
};
static const RsAgendaTemplateItem network_3[] = {
  { N_("Status, e.g. from a politician"), 30 },
  { N_("Debate"), 50 },
  { N_("Further work on initiatives: financing and organisation"), 100 },
  { NULL, 0 }
};
static const RsAgendaTemplateItem network_4[] = {
  { N_("News"), 15 },
  { N_("Evaluation of the network's activities"), 75 },
  { N_("Plan for the future"), 90 },
  { NULL, 0 }
};
static const RsAgendaTemplateMeeting network[] = {
  { N_("Network meeting 1: Motivation and vision"), network_1 },
  { N_("Network meeting 2: Initiatives and priorities"), network_2 },
  { N_("Network meeting 3: Financing and organisation"), network_3 },
  { N_("Network meeting 4: Evaluation and the future"), network_4 },
};

const RsAgendaTemplateMeeting *
rs_agenda_template_get (const char *name,
                        guint      *n_meetings_out)
{
  if (g_strcmp0 (name, "council") == 0)
    {
      *n_meetings_out = G_N_ELEMENTS (council);
      return council;
    }
  if (g_strcmp0 (name, "network") == 0)
    {
      *n_meetings_out = G_N_ELEMENTS (network);
      return network;
    }
  *n_meetings_out = 0;
  return NULL;
}

GArray *
rs_agenda_template_create_series (RsDatabase         *db,
                                  const char         *name,
                                  gint64              process_id,
                                  gint64              panel_id,
                                  gint64              lab_id,
                                  const char * const *starts_at,
                                  const char         *place,
                                  GError            **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  const RsAgendaTemplateMeeting *meetings;
  guint n = 0;

  meetings = rs_agenda_template_get (name, &n);
  if (meetings == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("There is no agenda template called “%s”."), name);
      return NULL;
    }
  if (starts_at == NULL || g_strv_length ((char **) starts_at) < n)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   ngettext ("The template needs %u start time.",
                             "The template needs %u start times.", n), n);
      return NULL;
    }
  if (!rs_database_begin (db, error))
    return NULL;
  for (guint m = 0; m < n; m++)
    {
      g_autoptr(RsSession) info = rs_session_new ();
      gint64 id;

      rs_session_set_process_id (info, process_id);
      rs_session_set_panel_id (info, panel_id);
      rs_session_set_lab_id (info, lab_id);
      rs_session_set_title (info, _(meetings[m].title));
      rs_session_set_kind (info, (g_strcmp0 (name, "council") == 0 ? "panel-meeting" : "network-meeting"));
      rs_session_set_starts_at (info, starts_at[m]);
      rs_session_set_place (info, place);
      id = rs_session_store_create (db, info, error);
      if (id == 0)
        goto fail;
      for (const RsAgendaTemplateItem *item = meetings[m].items; item->title; item++)
        if (!rs_session_store_add_agenda_item (db, id, _(item->title), item->duration_min, NULL, error))
          goto fail;
      g_array_append_val (ids, id);
    }
  if (!rs_database_commit (db, error))
    return NULL;
  return g_steal_pointer (&ids);

fail:
  rs_database_rollback (db);
  return NULL;
}
