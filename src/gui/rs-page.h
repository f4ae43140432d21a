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

/* The user_data of an async read or write whose result the page shows.
 * Results come back in the order asked for, but one may no longer be
 * wanted when it arrives (another record chosen meanwhile, or the record
 * read again after a change): a read takes a new serial
 * (rs_page_request_read()), a write that returns the record the current
 * one (rs_page_request()), and rs_page_request_end() says whether no read
 * was asked for since; only then is the result shown, so an older result
 * never replaces a newer one. rs_page_request_end() hands back the page's
 * reference. */
typedef struct _RsPageRequest RsPageRequest;

RsPageRequest *rs_page_request      (RsPage        *self);
RsPageRequest *rs_page_request_read (RsPage        *self);
gpointer       rs_page_request_end  (RsPageRequest *request,
                                     gboolean      *current);
/* No result of a request made so far is current any more. */
void           rs_page_drop_requests (RsPage       *self);

G_END_DECLS
