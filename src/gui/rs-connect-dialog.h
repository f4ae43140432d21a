/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define RS_TYPE_CONNECT_DIALOG (rs_connect_dialog_get_type ())
G_DECLARE_FINAL_TYPE (RsConnectDialog, rs_connect_dialog, RS, CONNECT_DIALOG, AdwWindow)

/* "Connect to Server…": asks for host, port, database, user, password and
 * TLS mode, and emits ::connect with the postgresql:// URI to open (with
 * the password, which is never written to @settings; "Remember" keeps it in
 * the keyring). The server (without password) goes to the front of the
 * "recent-servers" key of @settings (may be NULL). */
RsConnectDialog *rs_connect_dialog_new       (GtkWindow       *parent,
                                              GSettings       *settings);
/* The URI of the fields as they are, without the password. */
char            *rs_connect_dialog_dup_uri   (RsConnectDialog *self);
/* Fills the fields from a postgresql:// URI (e.g. a recent server). */
void             rs_connect_dialog_set_uri   (RsConnectDialog *self,
                                              const char      *uri);

G_END_DECLS
