/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Lets @widget, which lives outside @owner (say in the window's header
 * bar), use @owner's widget actions by their own names: for every action
 * prefix of @owner's class ("hearings" for "hearings.import") an action
 * group is inserted into @widget that activates the action on @owner. */
void rs_action_forward_insert (GtkWidget *owner,
                               GtkWidget *widget);

G_END_DECLS
