/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include "rs-session-details.h"
#include <adwaita.h>

#include "rs-open-registrations-view.h"
#include "rs-page.h"
#include "rs-session-list.h"
#include "rs-session-store.h"
#include "rs-sessions-page.h"

G_BEGIN_DECLS

/* Shared between the files of RsSessionsPage: rs-sessions-page.c (life
 * cycle, list, agenda, registrations, attendance), -tables.c (table groups
 * and pins) and -export.c (printables). */

struct _RsSessionsPage
{
  RsPage          parent_instance;

  AdwLeaflet     *leaflet;
  GtkWidget      *list_pane;
  GtkWidget      *content_pane;
  GtkListBox     *agenda_list;
  GtkEntry       *attendance_entry;
  GtkLabel       *attendance_summary;
  GtkLabel       *balance_label;
  GtkListBox     *capacity_list;
  GtkLabel       *capacity_label;
  GtkLabel       *registered_label;
  GtkLabel       *waiting_label;
  GtkLabel       *present_label;
  GtkLabel       *minutes_label;
  GtkButton      *make_tables_button;
  GtkStack       *page_stack;
  GtkListView    *people_view;
  GtkListBox     *session_list;
  GtkListBox     *stats_list;
  GtkFlowBox     *tables_flow;
  GtkEntry       *pin_entry;
  GtkSpinButton  *table_size;
  GtkLabel       *title_label;
  AdwViewStack   *view_stack;
  GtkListBox     *waiting_list;
  GtkEntry       *register_entry;
  GtkListBox     *registered_list;
  GtkLabel       *when_label;
  AdwViewStackPage *public_page;
  RsOpenRegistrationsView *open_view;

  RsSessionList  *sessions;      /* RsSession, live, bound to session_list; NULL before a database */
  GListStore     *agenda;        /* RsAgendaItem of the meeting shown, bound to agenda_list */
  GListStore     *stats;         /* RsAttendanceStat of the meeting shown, bound to stats_list */
  GListStore     *registrations; /* RsRegistration of the meeting shown; its waiting ones fill waiting_list */
  gint64          session_id;    /* shown */
  gint64          wanted_id;     /* the meeting last asked for: shown, or being read */
  RsSession  *session;
  GtkStringList  *people;        /* person ids (as text) of registered people */
  GHashTable     *regs;          /* person id → RsRegistration (owned by regs_array) */
  GPtrArray      *regs_array;
  gboolean        binding;
  GtkWindow      *editor;        /* weak: the last editor opened */
  guint           busy;          /* table and pin jobs under way */
  gboolean        quiet_select;  /* the page itself selecting a row: not the user's choice */
  char           *last_typed;    /* the last text typed into the attendance entry */
};

void     _rs_sessions_page_show_session   (RsSessionsPage   *self,
                                           RsSessionDetails *d);
gboolean _rs_sessions_page_show_result    (RsSessionsPage   *self,
                                           RsSessionDetails *d,
                                           gboolean          current);
void     _rs_sessions_page_show_tables    (RsSessionsPage *self);
void     _rs_sessions_page_make_tables_cb (RsSessionsPage *self);
void     _rs_sessions_page_pin_cb         (RsSessionsPage *self);
void     _rs_sessions_page_register_cb    (RsSessionsPage *self);
void     _rs_sessions_page_bind_registered (RsSessionsPage *self);
void     _rs_sessions_page_cancel         (RsSessionsPage *self,
                                           gint64          person_id);
void     _rs_sessions_page_reload         (RsSessionsPage *self,
                                           gint64          select_id);
void     _rs_sessions_page_edit_action    (GtkWidget      *widget,
                                           const char     *action_name,
                                           GVariant       *parameter);
void     _rs_clear_box                    (GtkWidget      *box);
/* Imports attendance (or registrations) from a CSV file (-import.c). */
void     _rs_sessions_page_import_file    (RsSessionsPage *self,
                                           GFile          *file,
                                           gboolean        registrations);
void     _rs_sessions_page_import_action  (GtkWidget      *widget,
                                           const char     *action_name,
                                           GVariant       *parameter);
void     _rs_sessions_page_export_action  (GtkWidget      *widget,
                                           const char     *action_name,
                                           GVariant       *parameter);

G_END_DECLS
