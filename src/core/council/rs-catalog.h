/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A message catalog for one language, read straight from raadslag.mo, so a
 * report can be written in a language other than the user interface's (the
 * "you said, we did" letter in Danish and English) and from any thread.
 * Looks in $RAADSLAG_LOCALEDIR, then LOCALEDIR. */
typedef struct _RsCatalog RsCatalog;

/* @language: "da", "en", "da_DK.UTF-8"…, or NULL for the user's language
 * (LANGUAGE, LC_ALL, LC_MESSAGES, LANG). Never fails: without a catalog,
 * messages stay in English (or, for NULL, go through gettext). */
RsCatalog  *rs_catalog_new          (const char *language);
void        rs_catalog_free         (RsCatalog  *self);
/* The language code the catalog speaks, e.g. "da" or "en". */
const char *rs_catalog_get_language (RsCatalog  *self);
const char *rs_catalog_lookup       (RsCatalog  *self,
                                     const char *msgid) G_GNUC_FORMAT (2);

/* A message with a context (marked NC_ ("context", "msgid")). */
const char *rs_catalog_lookup_context (RsCatalog  *self,
                                       const char *context,
                                       const char *msgid) G_GNUC_FORMAT (3);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsCatalog, rs_catalog_free)

G_END_DECLS
