/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * Writers of files must not depend on the process locale. Under a Danish
 * LC_NUMERIC, printf ("%.1f") writes "1,5" and strtod () stops at "1.5":
 * Debian 12's cairo 1.16 parses the attributes of PDF tags that way, and
 * OpenDocument lengths need a point. A scope switches the calling thread
 * (and only it) to the "C" number format, leaving messages, collation and
 * everything else of the user's locale as they are:
 *
 *   g_autoptr(RsNumericLocale) numeric = rs_numeric_locale_begin ();
 *
 * Scopes nest; each restores what was in use when it began.
 */
typedef struct _RsNumericLocale RsNumericLocale;

RsNumericLocale *rs_numeric_locale_begin (void);
void             rs_numeric_locale_end   (RsNumericLocale *scope);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsNumericLocale, rs_numeric_locale_end)

/* @value with @digits decimals in a language's convention: "12,5" for
 * Danish ("da", "da_DK.UTF-8"...), "12.5" otherwise; whatever the process
 * locale. For human text in reports, never for data files. */
char            *rs_format_decimal       (const char      *language,
                                          double           value,
                                          int              digits);

G_END_DECLS
