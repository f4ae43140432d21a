/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>

#include "rs-database.h"

G_BEGIN_DECLS

/* Agenda templates for a session series:
 *  - "council": a citizens' council of three meetings (Odense, "Vilje til
 *    Velfærd": June, August, September; themes selected in advance);
 *  - "network": a network series of four meetings of about three hours
 *    (the knowledge-city networks' standard agendas). */

typedef struct
{
  const char *title;        /* N_() */
  int         duration_min;
} RsAgendaTemplateItem;

typedef struct
{
  const char                 *title;   /* N_() */
  const RsAgendaTemplateItem *items;   /* terminated by a NULL title */
} RsAgendaTemplateMeeting;

/* The meetings of a template ("council" or "network"), or NULL. */
const RsAgendaTemplateMeeting *rs_agenda_template_get (const char *name,
                                                      guint      *n_meetings_out);
/* Creates one session per meeting of the template with its agenda, at the
 * given start times (n_meetings of them). Returns the new session ids. */
GArray *rs_agenda_template_create_series (RsDatabase          *db,
                                          const char          *name,
                                          gint64               process_id,
                                          gint64               panel_id,
                                          gint64               lab_id,
                                          const char * const  *starts_at,
                                          const char          *place,
                                          GError             **error);

G_END_DECLS
