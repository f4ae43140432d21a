/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <adwaita.h>

#include "rs-window.h"

G_BEGIN_DECLS

/* Shared by rs-window.c (life cycle, pages) and rs-window-actions.c
 * (budget-process actions). */

struct _RsWindow
{
  AdwApplicationWindow  parent_instance;

  RsContext            *context;
  char                 *db_path;
  GListStore           *processes;
  RsProcess            *process;
  RsProcess            *pending_delete;
  RsDatabase           *watched_db;   /* whose process changes the list follows (weak) */
  GCancellable         *cancellable;
  gboolean              loading;
  gboolean              want_sample;
  gint64                select_id;

  /* Template widgets */
  AdwHeaderBar         *content_header;
  GtkWidget            *shown_header;   /* the visible page's header widget */
  AdwLeaflet           *leaflet;
  GtkStack             *main_stack;
  AdwWindowTitle       *page_title;
  GtkStack             *page_stack;
  GtkDropDown          *process_dropdown;
  GtkListBox           *sidebar_list;
  AdwToastOverlay      *toast_overlay;
};

void _rs_window_update_actions          (RsWindow       *self);
void _rs_window_show_error_dialog       (RsWindow       *self,
                                         const char     *heading,
                                         const GError   *error);
void _rs_window_set_process             (RsWindow       *self,
                                         RsProcess      *process);
void _rs_window_show_processes          (RsWindow       *self);
void _rs_window_load_processes          (RsWindow       *self);
void _rs_window_open_database           (RsWindow       *self,
                                         const char     *path);
void _rs_window_create_sample           (RsWindow       *self);
void _rs_window_commit_pending_delete   (RsWindow       *self);
void _rs_window_install_process_actions (GtkWidgetClass *widget_class);
/* Personal data (privacy/rs-window-privacy.c). */
void _rs_window_install_privacy_actions (GtkWidgetClass *widget_class);
void _rs_window_update_privacy_actions  (RsWindow       *self);

G_END_DECLS
