/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <adwaita.h>

#include "rs-involvement-store.h"
#include "rs-page.h"

G_BEGIN_DECLS

#define RS_TYPE_INVOLVEMENT_DIALOG (rs_involvement_dialog_get_type ())
G_DECLARE_DERIVABLE_TYPE (RsInvolvementDialog, rs_involvement_dialog, RS, INVOLVEMENT_DIALOG,
                          AdwMessageDialog)

struct _RsInvolvementDialogClass
{
  AdwMessageDialogClass parent_class;
};

/* The base of the Involvement page's dialogs: each works on the page's
 * store for one budget process, over the page's window, and reports to the
 * page (toasts, errors; the page's cancellable). */
RsPage             *rs_involvement_dialog_get_page        (RsInvolvementDialog *self);
RsInvolvementStore *rs_involvement_dialog_get_store       (RsInvolvementDialog *self);
gint64              rs_involvement_dialog_get_process_id  (RsInvolvementDialog *self);
GCancellable       *rs_involvement_dialog_get_cancellable (RsInvolvementDialog *self);

G_END_DECLS
