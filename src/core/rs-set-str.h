/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Replaces the string at @str_pointer with a copy of @new_str unless the
 * two are equal; TRUE when it changed, so that a setter notifies only
 * then. (GLib 2.76's g_set_str(), for GLib 2.74.) */
static inline gboolean
rs_set_str (char       **str_pointer,
            const char  *new_str)
{
  char *copy;

  if (*str_pointer == new_str || g_strcmp0 (*str_pointer, new_str) == 0)
    return FALSE;
  copy = g_strdup (new_str);
  g_free (*str_pointer);
  *str_pointer = copy;
  return TRUE;
}

G_END_DECLS
