/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <glib.h>

#include "rs-categories.h"

G_BEGIN_DECLS

/* Age bands as category values name them, and ages as pool files hold them.
 * A band: "18-29", "18–29 år", "18 - 29 years", "75+", "75 år og derover",
 * "75 or over", "under 30". An age: whole years ("34", "34 år"), a birth
 * date (dd-mm-yyyy, dd.mm.yyyy, dd/mm/yyyy or yyyy-mm-dd) or a CPR-like
 * number (ddmmyy-xxxx, ddmmyyxxxx), of which only the age is used: the
 * date and the number are never stored. */

/* Whether @name is an age band; *lo and *hi get its bounds (hi G_MAXINT
 * for "75+"). */
gboolean rs_age_band_parse  (const char  *name,
                             int         *lo,
                             int         *hi);
/* The age in whole years on @on that @cell gives, or -1 when @cell is not an
 * age, birth date or CPR-like number (or lies after @on). */
int      rs_age_from_cell   (const char  *cell,
                             const GDate *on);

/* Whether @cell looks like a CPR number (ddmmyy-xxxx or ddmmyyxxxx). */
gboolean rs_looks_like_cpr  (const char  *cell);
/* Whether at least two of @category's values (names or codes) are age
 * bands: such a category takes ages, birth dates and CPR-like numbers. */
gboolean rs_category_is_age_bands (RsCategory  *category);
/* The value of an age-band @category that @age falls in, or NULL. */
RsCategoryValue *rs_category_age_value (RsCategory *category,
                                        int         age);
/* The value of @category that is the band @lo–@hi ("18-29" finds
 * "18–29 år"), or NULL. */
RsCategoryValue *rs_category_band_value (RsCategory *category,
                                         int         lo,
                                         int         hi);

G_END_DECLS
