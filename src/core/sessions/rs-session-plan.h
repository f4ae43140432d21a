/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>

#include "rs-database.h"
#include "rs-session.h"

G_BEGIN_DECLS

/* What the New Meeting / Edit Meeting dialog asks for, checked and saved in
 * one transaction. With a template ("council" or "network"), one meeting per
 * template meeting is created with its agenda, the first on @date and the
 * others @template_spacing_days apart; the title becomes a prefix. */

typedef struct
{
  gint64  session_id;     /* 0: create */
  gint64  version;        /* editing: the meeting's version as read (0: save
                           * whatever is stored) */
  gint64  process_id;
  gint64  panel_id;       /* 0: none */
  gint64  lab_id;         /* 0: none (both 0: an open meeting) */
  char   *title;
  char   *kind;
  char   *date;           /* YYYY-MM-DD */
  char   *start;          /* HH:MM */
  char   *end;            /* HH:MM or empty */
  char   *place;
  char   *facilitators;
  int     capacity;       /* 0: no limit */
  char   *template_name;  /* NULL or "": none */
  /* New meetings of a panel register its members and chair unless this is
   * set (rs_session_store_register_members()). */
  gboolean skip_members;
} RsSessionPlan;

void     rs_session_plan_clear   (RsSessionPlan *plan);
/* Days between the meetings of a template series. */
int      rs_session_plan_template_spacing (const char *template_name);
/* Saves @plan; returns the ids of the saved sessions (one, or a series). */
GArray  *rs_session_plan_save    (RsDatabase          *db,
                                  const RsSessionPlan *plan,
                                  GError             **error);

/* The same for the GUI, on the database thread; @plan is copied. When an
 * edit is refused with RS_DATABASE_ERROR_CONFLICT (someone saved the
 * meeting since @plan's version was read), @current gets the meeting as
 * stored now; after a save, @version gets the version now stored (0 for
 * new meetings). Either may be NULL. */
void     rs_session_plan_save_async  (RsDatabase          *db,
                                      const RsSessionPlan *plan,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data);
GArray  *rs_session_plan_save_finish (RsDatabase          *db,
                                      GAsyncResult        *result,
                                      gint64              *version,
                                      RsSession          **current,
                                      GError             **error);

G_END_DECLS
