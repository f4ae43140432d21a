/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include "rs-hearings-test-common.h"

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  return g_test_run ();
}
