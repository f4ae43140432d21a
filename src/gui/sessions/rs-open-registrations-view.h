/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gtk/gtk.h>

#include "rs-database.h"

G_BEGIN_DECLS

#define RS_TYPE_OPEN_REGISTRATIONS_VIEW (rs_open_registrations_view_get_type ())
G_DECLARE_FINAL_TYPE (RsOpenRegistrationsView, rs_open_registrations_view, RS, OPEN_REGISTRATIONS_VIEW, GtkWidget)

typedef enum
{
  RS_OPEN_FILTER_EVERYONE,     /* not cancelled */
  RS_OPEN_FILTER_WAITING,
  RS_OPEN_FILTER_REVIEW,
  RS_OPEN_FILTER_DUPLICATES,   /* flagged as duplicates, or registered for other meetings too */
  RS_OPEN_FILTER_CANCELLED,
} RsOpenFilter;

/* The public registrations of an open meeting on the Meetings page: a
 * live list (RsOpenRegistrationList) of the process filtered to the
 * meeting, searchable, with the waiting list, a review and a duplicates
 * filter; adding, editing, cancelling (with undo) and attendance; the
 * registration form's import with progress and a stop button; who
 * registered against the population. Toasts and errors go to the page
 * (RsPage) it sits in. */
GtkWidget  *rs_open_registrations_view_new          (void);
void        rs_open_registrations_view_set_database (RsOpenRegistrationsView *self,
                                                     RsDatabase              *db,
                                                     gint64                   process_id);
void        rs_open_registrations_view_set_session  (RsOpenRegistrationsView *self,
                                                     gint64                   session_id);
/* The registrations shown (RsOpenRegistration), after search and filter. */
GListModel *rs_open_registrations_view_get_model    (RsOpenRegistrationsView *self);
void        rs_open_registrations_view_set_search   (RsOpenRegistrationsView *self,
                                                     const char              *text);
void        rs_open_registrations_view_set_filter   (RsOpenRegistrationsView *self,
                                                     RsOpenFilter             filter);
/* Imports registration form exports into the meeting shown. */
void        rs_open_registrations_view_import       (RsOpenRegistrationsView *self,
                                                     const char * const      *paths);
/* Fills the own-target fields and sets it as the Set button does. */
void        rs_open_registrations_view_set_target   (RsOpenRegistrationsView *self,
                                                     int                      age_from,
                                                     int                      age_to,
                                                     double                   share);
/* Writes the meeting's registrations by pseudonym to @path (CSV). */
void        rs_open_registrations_view_export       (RsOpenRegistrationsView *self,
                                                     const char              *path);
/* Who registered, for the meeting shown or all open meetings of the
 * process; the count of registrations it last showed (-1 while loading). */
void        rs_open_registrations_view_show_all     (RsOpenRegistrationsView *self,
                                                     gboolean                 all);
int         rs_open_registrations_view_get_represented (RsOpenRegistrationsView *self);
/* Undoes the last cancellation as its toast's Undo button does. */
void        rs_open_registrations_view_undo         (RsOpenRegistrationsView *self);
gboolean    rs_open_registrations_view_get_busy     (RsOpenRegistrationsView *self);
const char *rs_open_registrations_view_get_summary  (RsOpenRegistrationsView *self);

G_END_DECLS
