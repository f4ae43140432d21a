/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* How far long work has come, 0.0 … 1.0. */
typedef void (*RsProgressFunc) (double   fraction,
                                gpointer user_data);

/* Carries progress from the database thread (or a worker) to the main
 * context of the thread that created the relay: a typed operation makes
 * one from the caller's function and posts to it from its job. The relay
 * holds @user_data until the job and every posted report are done, then
 * frees it with @destroy on the creator's context. */
typedef struct _RsProgressRelay RsProgressRelay;

RsProgressRelay *rs_progress_relay_new   (RsProgressFunc   func,
                                          gpointer         user_data,
                                          GDestroyNotify   destroy);
RsProgressRelay *rs_progress_relay_ref   (RsProgressRelay *relay);
void             rs_progress_relay_unref (RsProgressRelay *relay);
/* Thread-safe; @relay may be NULL. The function runs later on the
 * creator's context. */
void             rs_progress_relay_post  (RsProgressRelay *relay,
                                          double           fraction);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsProgressRelay, rs_progress_relay_unref)

G_END_DECLS
