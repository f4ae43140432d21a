/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include "rs-hearings-page.h"
#include "rs-hearing-round.h"
#include "rs-response-coding-view.h"

G_BEGIN_DECLS

struct _RsHearingsPage
{
  RsPage                parent_instance;

  GListStore           *rounds;
  RsHearingRound       *round;
  GListStore           *responses;
  GtkSingleSelection   *selection;
  GCancellable         *job_cancellable;
  guint                 search_timeout;
  guint                 pulse_id;
  gint64                select_round_id;
  gint64                filters_process_id;  /* the process the search and filters were set for */
  gboolean              loading;
  GtkWidget            *round_dialog;   /* weak: the open New Hearing Round dialog */

  /* Template widgets */
  GtkStack             *main_stack;
  GtkDropDown          *round_dropdown;
  GtkLabel             *round_info;
  GtkLabel             *progress_label;
  GtkProgressBar       *analysed_bar;
  GtkRevealer          *warning_revealer;
  GtkLabel             *warning_label;
  GtkRevealer          *job_revealer;
  GtkLabel             *job_label;
  GtkProgressBar       *job_progress;
  AdwViewStack         *view_stack;
  GtkSearchEntry       *search_entry;
  GtkDropDown          *sender_filter;
  GtkDropDown          *party_filter;
  GtkDropDown          *status_filter;
  GtkDropDown          *theme_filter;
  GtkDropDown          *decision_filter;
  GtkLabel             *results_label;
  GtkListView          *responses_view;
  RsResponseCodingView *coding_view;
  AdwLeaflet           *responses_leaflet;
  GtkWidget            *responses_pane;
  GtkWidget            *coding_pane;
  GtkLabel             *parties_summary;
  GtkListBox           *parties_list;
  GtkBox               *duplicates_box;
  GtkBox               *proposals_box;
};

/* rs-hearings-page.c */
void  _rs_hearings_page_load_rounds       (RsHearingsPage *self);
void  _rs_hearings_page_load_round        (RsHearingsPage *self);
void  _rs_hearings_page_search            (RsHearingsPage *self);
char *_rs_hearings_snippet_markup         (const char     *snippet);

/* rs-hearings-page-jobs.c: import, export and other long work */
void  _rs_hearings_page_install_actions   (GtkWidgetClass *widget_class);
void  _rs_hearings_page_set_party_status  (RsHearingsPage *self,
                                           gint64          party_id,
                                           const char     *status);
GtkWindow *_rs_hearings_page_get_window   (RsHearingsPage *self);
void  _rs_hearings_page_show_failure      (RsHearingsPage *self,
                                           const char     *heading,
                                           const GError   *error);

/* rs-hearings-page-filters.c: the filter for one consulted party */
void   _rs_hearings_page_fill_party_filter (RsHearingsPage *self,
                                            GListModel     *parties);
gint64 _rs_hearings_page_get_party_filter  (RsHearingsPage *self);

/* rs-hearings-page-proposals.c: the round's budget proposals; next/previous response */
void  _rs_hearings_page_load_proposals           (RsHearingsPage *self);
void  _rs_hearings_page_install_proposal_actions (GtkWidgetClass *widget_class);

/* rs-hearings-page-edit.c: editing a round, entering a response by hand */
void  _rs_hearings_page_install_edit_actions (GtkWidgetClass *widget_class);

G_END_DECLS
