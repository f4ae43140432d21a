/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include <locale.h>

/* Every test program runs in the locale of its test setup (C.UTF-8, or
 * da_DK.UTF-8 with `meson test --setup danish`), as the applications do
 * after their setlocale (LC_ALL, ""): number formats, collation and dates
 * follow it. g_test_init() leaves the C locale in place, so this runs
 * before main() in every test program (linked whole, see tests/meson.build). */
__attribute__ ((constructor)) static void
rs_test_use_locale (void)
{
  setlocale (LC_ALL, "");
}
