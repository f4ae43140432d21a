/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gtk/gtk.h>

#include "rs-letters.h"

G_BEGIN_DECLS

/* The letter kinds as the dialogs name them, in the order of RsLetterKind. */
GtkStringList *rs_letter_kinds_new_model (void);

G_END_DECLS
