/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>

#include "rs-database.h"

G_BEGIN_DECLS

/* Printables drawn with cairo straight onto an A4 PDF. Name badges: a
 * 2 × 5 grid of 90 × 55 mm cards (pseudonym, or the name only when
 * @with_names is chosen; the table number below). Table cards: one folded
 * A4 card per table, the number printed twice (once upside down).
 * @language: the report's, "da", "en" or NULL for the user's. The file
 * appears only when complete. */
gboolean rs_session_printables_badges      (RsDatabase   *db,
                                            gint64        session_id,
                                            gboolean      with_names,
                                            const char   *language,
                                            const char   *path,
                                            GCancellable *cancellable,
                                            GError      **error);
gboolean rs_session_printables_table_cards (RsDatabase   *db,
                                            gint64        session_id,
                                            const char   *language,
                                            const char   *path,
                                            GCancellable *cancellable,
                                            GError      **error);

G_END_DECLS
