/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The local paths of the files chosen in @chooser, NULL-terminated (files
 * without a local path, such as some network locations, are left out). */
GStrv rs_chosen_paths (GtkFileChooser *chooser);

G_END_DECLS
