/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Calendar dates are kept as ISO 8601 strings ("2027-09-10") everywhere. */
gboolean  rs_date_is_valid      (const char *iso);
gboolean  rs_date_parse         (const char *iso,
                                 GDate      *out);
char     *rs_date_to_iso        (const GDate *date);
int       rs_date_days_between  (const char *from_iso,
                                 const char *to_iso);
char     *rs_date_format_long   (const char *iso);

G_END_DECLS
