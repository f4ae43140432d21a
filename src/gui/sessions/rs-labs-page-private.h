/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <adwaita.h>

#include "rs-evaluation-store.h"
#include "rs-idea-board.h"
#include "rs-lab-details.h"
#include "rs-lab-list.h"
#include "rs-labs-page.h"
#include "rs-page.h"

G_BEGIN_DECLS

/* Shared between the files of RsLabsPage: rs-labs-page.c (life cycle, the
 * record, checklist and figures), -edit.c (new and delete) and
 * the lab's evaluation is an RsEvaluationView. */

struct _RsLabsPage
{
  RsPage                parent_instance;

  AdwLeaflet           *leaflet;
  GtkWidget            *list_pane;
  GtkWidget            *content_pane;
  RsIdeaBoard          *board;
  AdwPreferencesGroup  *checklist_group;
  AdwBin               *evaluation_bin;
  GtkButton            *export_button;
  AdwPreferencesGroup  *funding_group;
  AdwPreferencesGroup  *ideas_group;
  GtkListBox           *lab_list;
  GtkStack             *page_stack;
  AdwPreferencesGroup  *record_group;
  GtkLabel             *subtitle_label;
  GtkLabel             *title_label;
  /* The record and funding rows; each record row's widget name is the
   * RsLab property it edits. */
  AdwEntryRow          *problem_row;
  AdwEntryRow          *invited_row;
  AdwEntryRow          *how_row;
  AdwEntryRow          *facilitators_row;
  AdwEntryRow          *outcome_row;
  AdwEntryRow          *next_steps_row;
  AdwEntryRow          *amount_row;
  AdwEntryRow          *granted_by_row;
  AdwEntryRow          *granted_on_row;

  RsLabList            *labs;        /* RsLab, live, bound to lab_list; NULL before a database */
  RsLab                *lab;         /* shown (a copy we edit); NULL while another is read */
  gint64                wanted_id;   /* the lab last asked for: shown, or being read */
  gint64                select_id;   /* a lab just created: shown once listed */
  gboolean              quiet_select; /* the page itself selecting a row: not the user's choice */
  GPtrArray            *added_rows;  /* (group, row) pairs to remove on reload */
  gboolean              filling;
  gboolean              saving;      /* a save of a lab in flight */
  RsLab                *save_again;  /* changed again while it was: saved next */
  GtkWidget            *new_dialog;  /* weak: the New Lab dialog shown */
};

void     _rs_labs_page_show_lab_id     (RsLabsPage          *self,
                                        gint64               lab_id);
void     _rs_labs_page_details_cb      (GObject             *source,
                                        GAsyncResult        *result,
                                        gpointer             user_data);
void     _rs_labs_page_add_row         (RsLabsPage          *self,
                                        AdwPreferencesGroup *group,
                                        GtkWidget           *row);
void     _rs_labs_page_show_checklist  (RsLabsPage          *self,
                                        AdwPreferencesGroup *group,
                                        const char          *owner_type,
                                        GPtrArray           *items);
void     _rs_labs_page_edit_action     (GtkWidget           *widget,
                                        const char          *action_name,
                                        GVariant            *parameter);
void     rs_labs_page_process_changed  (RsPage              *page);

G_END_DECLS
