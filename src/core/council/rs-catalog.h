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

/* A message with a plural form, chosen by @n. */
const char *rs_catalog_lookup_plural (RsCatalog  *self,
                                      const char *msgid,
                                      const char *msgid_plural,
                                      gulong      n) G_GNUC_FORMAT (2);

/* The report language of this thread. A report builder pushes its
 * catalog while it writes, so that every message it (and the label
 * functions it calls) translates with _() from rs-report-i18n.h comes out
 * in the report's language, not the user interface's. Pushes nest; pop
 * what you pushed, on the same thread. Without a pushed catalog those
 * messages go through gettext as usual. */
void        rs_catalog_push_thread_default (RsCatalog *self);
void        rs_catalog_pop_thread_default  (RsCatalog *self);
RsCatalog  *rs_catalog_get_thread_default  (void);

const char *rs_report_gettext        (const char *msgid) G_GNUC_FORMAT (1);
const char *rs_report_ngettext       (const char *msgid,
                                      const char *msgid_plural,
                                      gulong      n) G_GNUC_FORMAT (1);
const char *rs_report_pgettext       (const char *context,
                                      const char *msgid) G_GNUC_FORMAT (2);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsCatalog, rs_catalog_free)

/* A report language for one builder function: a catalog for @language
 * ("da", "en", or NULL for the user's) pushed as this thread's default
 * until the scope ends. Declare it first, so it ends last:
 *
 *   g_autoptr(RsReportScope) scope = rs_report_scope_begin (language);
 */
typedef struct _RsCatalog RsReportScope;

RsReportScope *rs_report_scope_begin        (const char    *language);
void           rs_report_scope_end          (RsReportScope *scope);
/* "da" or "en": what the report is written in. */
const char    *rs_report_scope_get_language (RsReportScope *scope);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsReportScope, rs_report_scope_end)

/* The report language when none is chosen: "da" when the user's language
 * is Danish, else "en". */
const char    *rs_report_language_default   (void);

G_END_DECLS
