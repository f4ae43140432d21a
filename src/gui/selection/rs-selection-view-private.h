/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

/* Private to rs-selection-view.c and rs-selection-view-actions.c (the
 * replacement of drop-outs and the protocol, kept apart for size). */

#include "rs-change-monitor.h"
#include "rs-selection-chart.h"
#include "rs-selection-draw.h"
#include "rs-selection-store.h"
#include "rs-selection-view.h"

G_BEGIN_DECLS

struct _RsSelectionView
{
  AdwBin               parent_instance;

  RsContext           *context;
  gint64               panel_id;
  RsSelectionViewState state;
  GCancellable        *cancellable;      /* lifetime of the view */
  GCancellable        *compute_cancel;   /* the running computation */
  RsChangeMonitor     *pool_monitor;     /* the pool, targets, panel */
  RsChangeMonitor     *runs_monitor;     /* the saved draws */
  RsSelectionInstance *instance;
  RsSelectionResult   *result;
  RsSelectionDraw     *draw;
  JsonNode            *protocol;         /* of draw, as saved */
  RsSelectionReplacement *replacement;   /* the last one made here */
  gint64               compute_started;
  int                  n_members;
  int                  n_runs;
  int                  n_protocols_written;

  GtkButton           *check_button;
  GtkListBox          *check_list;
  GtkSwitch           *compare_switch;
  GtkProgressBar      *progress_bar;
  GtkButton           *cancel_button;
  GtkButton           *compute_button;
  GtkLabel            *summary_label;
  RsSelectionChart    *chart;
  GtkEntry            *seed_entry;
  GtkButton           *generate_button;
  GtkButton           *draw_button;
  AdwPreferencesGroup *members_group;
  GtkListBox          *members_list;
  AdwPreferencesGroup *reserves_group;
  GtkListBox          *reserves_list;
  GtkListBox          *history_list;
  GtkButton           *replace_button;
  GtkButton           *protocol_button;
};

void rs_selection_view_set_state            (RsSelectionView      *self,
                                             RsSelectionViewState  state);
void rs_selection_view_toast                (RsSelectionView      *self,
                                             const char           *text);
void rs_selection_view_load_history         (RsSelectionView      *self);
void rs_selection_view_on_replace_clicked   (RsSelectionView      *self);
void rs_selection_view_on_protocol_clicked  (RsSelectionView      *self);

G_END_DECLS
