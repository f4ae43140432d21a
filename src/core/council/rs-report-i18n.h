/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

/*
 * Include (instead of, or after, <glib/gi18n.h>) in the files that write
 * report text: _(), C_() and ngettext() then follow the report language
 * pushed with rs_catalog_push_thread_default(), and gettext otherwise.
 * xgettext still finds the messages under their usual keywords.
 */

#include <glib/gi18n.h>

#include "rs-catalog.h"

#undef _
#define _(msgid) rs_report_gettext (msgid)
#undef C_
#define C_(context, msgid) rs_report_pgettext (context, msgid)
#undef ngettext
#define ngettext(msgid, msgid_plural, n) rs_report_ngettext (msgid, msgid_plural, n)
