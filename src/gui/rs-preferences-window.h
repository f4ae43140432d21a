/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <adwaita.h>

#include "rs-context.h"

G_BEGIN_DECLS

#define RS_TYPE_PREFERENCES_WINDOW (rs_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (RsPreferencesWindow, rs_preferences_window, RS, PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

RsPreferencesWindow *rs_preferences_window_new (RsContext *context);

G_END_DECLS
