/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>

#include "rs-categories.h"
#include "rs-fuzz.h"
#include "rs-hearing-store.h"
#include "rs-panel-store.h"
#include "rs-process-store.h"

static RsDatabase *database;
static gint64 panel_id;
static gint64 round_id;

/* GLib traps fatal messages with SIGTRAP, which libFuzzer does not catch:
 * print them and abort() instead. */
static GLogWriterOutput
fatal_writer (GLogLevelFlags   level,
              const GLogField *fields,
              gsize            n_fields,
              gpointer         user_data)
{
  g_log_writer_default (level, fields, n_fields, user_data);
  if (level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    abort ();
  return G_LOG_WRITER_HANDLED;
}

/* A warning poppler prints about the PDF it was given ("unexpected tz val"
 * for a malformed date in the document's information) is a note on the
 * input, not a fault of ours: the import goes on with the text. It is
 * printed and let pass; every other warning and every critical, ours or a
 * library's (a critical means we called it wrongly), is a finding. */
static void
poppler_warning (const char    *domain,
                 GLogLevelFlags level,
                 const char    *message,
                 gpointer       user_data)
{
  g_printerr ("%s: %s (input warning, not a finding)\n", domain, message);
}

void
rs_fuzz_init (void)
{
  static gsize once = 0;

  if (g_once_init_enter (&once))
    {
      g_log_set_writer_func (fatal_writer, NULL, NULL);
      g_log_set_handler ("Poppler", G_LOG_LEVEL_WARNING | G_LOG_FLAG_FATAL, poppler_warning, NULL);
      /* The replay test runs with G_DEBUG=fatal-warnings, which would
       * make poppler's warning fatal before its handler: the writer above
       * decides instead. */
      g_log_set_always_fatal (G_LOG_FATAL_MASK);
      g_once_init_leave (&once, 1);
    }
}

const char *
rs_fuzz_write_file (const char    *name,
                    const uint8_t *data,
                    size_t         size)
{
  static char *dir;
  static char *path;
  g_autoptr(GError) error = NULL;
  FILE *file;

  if (dir == NULL)
    {
      dir = g_dir_make_tmp ("raadslag-fuzz-XXXXXX", &error);
      g_assert_no_error (error);
    }
  g_free (path);
  path = g_build_filename (dir, name, NULL);
  /* Plainly, without g_file_set_contents()'s fsync: thousands a second. */
  file = fopen (path, "wb");
  if (file == NULL || fwrite (data, 1, size, file) != size || fclose (file) != 0)
    g_error ("Cannot write the scratch file %s", path);
  return path;
}

RsDatabase *
rs_fuzz_database (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsProcess) process = NULL;
  g_autoptr(RsPanel) panel = NULL;
  g_autoptr(RsHearingRound) round = NULL;
  g_autoptr(GPtrArray) categories = NULL;

  if (database != NULL)
    return database;
  database = rs_database_open (":memory:", &error);
  g_assert_no_error (error);
  process = rs_process_store_create (database, "Budget 2027", 2027, "461", "Odense", &error);
  g_assert_no_error (error);
  panel = rs_panel_store_create (database, rs_process_get_id (process), "Borgerråd", 24, &error);
  g_assert_no_error (error);
  panel_id = rs_panel_get_id (panel);
  categories = g_ptr_array_new_with_free_func ((GDestroyNotify) rs_category_free);
  g_ptr_array_add (categories, rs_category_new_preset ("gender"));
  g_ptr_array_add (categories, rs_category_new_preset ("age"));
  if (!rs_categories_save (database, panel_id, categories, &error))
    g_error ("%s", error->message);
  round = rs_hearing_round_store_create (database, rs_process_get_id (process), "Høring",
                                         "2026-09-01", "2026-09-30", &error);
  g_assert_no_error (error);
  round_id = rs_hearing_round_get_id (round);
  return database;
}

gint64
rs_fuzz_panel_id (void)
{
  rs_fuzz_database ();
  return panel_id;
}

gint64
rs_fuzz_round_id (void)
{
  rs_fuzz_database ();
  return round_id;
}

char *
rs_fuzz_split_line (const uint8_t  *data,
                    size_t          size,
                    const uint8_t **rest,
                    size_t         *rest_size)
{
  const uint8_t *nl = memchr (data, '\n', size);
  size_t len = nl ? (size_t) (nl - data) : size;

  *rest = nl ? nl + 1 : data + size;
  *rest_size = size - len - (nl ? 1 : 0);
  return g_strndup ((const char *) data, len);
}
