/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The scroll wheel scrolls the page, never the value of a spin button,
 * scale or drop-down under the pointer, unless that widget has the focus.
 * install() puts a capture-phase scroll controller on @widget that does
 * this. */
void     rs_scroll_guard_install     (GtkWidget     *widget);
/* Guards every spin button, scale and drop-down when it is realized,
 * however it was built (the application calls it once at startup). */
void     rs_scroll_guard_install_all (void);
/* What the guard does with a scroll over @target (the picked widget):
 * TRUE when it took the event, scrolling the nearest scrolled window
 * instead of an unfocused value widget. */
gboolean rs_scroll_guard_scroll      (GtkWidget     *target,
                                      double         dx,
                                      double         dy,
                                      GdkScrollUnit  unit);

G_END_DECLS
