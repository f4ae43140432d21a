/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <adwaita.h>

#include "rs-context.h"
#include "rs-process.h"

G_BEGIN_DECLS

#define RS_TYPE_PAGE (rs_page_get_type ())
G_DECLARE_DERIVABLE_TYPE (RsPage, rs_page, RS, PAGE, AdwBin)

/* The base of every page in the window's sidebar. A page is handed the
 * context and the budget process to show; it reloads in process_changed().
 * A page that shows data others may change sets @watched_changes (or-ed
 * RS_CHANGE_MASK()s) and gets data_changed() once per turn of the main loop
 * after such a write to its process is committed, whichever page, dialog or
 * command made it. */
struct _RsPageClass
{
  AdwBinClass parent_class;

  void  (*process_changed) (RsPage *self);
  void  (*data_changed)    (RsPage *self);
  guint   watched_changes;
};

RsContext    *rs_page_get_context     (RsPage      *self);
void          rs_page_set_context     (RsPage      *self,
                                       RsContext   *context);
RsProcess    *rs_page_get_process     (RsPage      *self);
void          rs_page_set_process     (RsPage      *self,
                                       RsProcess   *process);
RsDatabase   *rs_page_get_database    (RsPage      *self);
GCancellable *rs_page_get_cancellable (RsPage      *self);
void          rs_page_add_toast       (RsPage      *self,
                                       AdwToast    *toast);
void          rs_page_show_error      (RsPage      *self,
                                       const GError *error);
void          rs_page_reload          (RsPage      *self);
GtkWidget    *rs_page_get_header_widget (RsPage    *self);
void          rs_page_set_header_widget (RsPage    *self,
                                         GtkWidget *widget);

G_END_DECLS
