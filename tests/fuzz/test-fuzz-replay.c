/* SPDX-License-Identifier: MPL-2.0 */
/* Replays every seed (tests/fuzz/corpus/<harness>/) and every past crash
 * input (tests/fuzz/crashes/<harness>/) through the harnesses' entry points
 * in the ordinary build, so a regression fails the test suite. */
#include "config.h"

#include <glib.h>

#include "rs-fuzz-table.h"

static void
replay_dir (RsFuzzEntry entry,
            const char *dir_path,
            guint      *count)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (dir == NULL)
    return;
  while ((name = g_dir_read_name (dir)) != NULL)
    if (name[0] != '.')
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir_path, g_ptr_array_index (names, i), NULL);
      g_autofree char *data = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (path, &data, &length, NULL));
      /* Named first, so a crash says which input did it. */
      g_test_message ("%s", path);
      entry ((const uint8_t *) data, length);
      (*count)++;
    }
}

static void
test_replay (gconstpointer data)
{
  guint index = GPOINTER_TO_UINT (data);
  const char *harness = rs_fuzz_harnesses[index].name;
  g_autofree char *corpus = g_build_filename (FUZZ_DIR, "corpus", harness, NULL);
  g_autofree char *crashes = g_build_filename (FUZZ_DIR, "crashes", harness, NULL);
  guint count = 0;

  replay_dir (rs_fuzz_harnesses[index].entry, corpus, &count);
  g_assert_cmpuint (count, >, 0);  /* every harness has seeds */
  replay_dir (rs_fuzz_harnesses[index].entry, crashes, &count);
  g_test_message ("%s: %u inputs", harness, count);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (rs_fuzz_harnesses); i++)
    {
      g_autofree char *path = g_strdup_printf ("/fuzz/replay/%s", rs_fuzz_harnesses[i].name);
      g_test_add_data_func (path, GUINT_TO_POINTER (i), test_replay);
    }
  return g_test_run ();
}
