/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include "rs-database.h"

G_BEGIN_DECLS

/* A new empty database in a fresh temporary folder; *dir_out (if given)
 * receives the folder, which rs_test_remove_dir() removes again. */
RsDatabase *rs_test_open_temp_database  (char       **dir_out);
/* The same, holding the sample process; *process_id_out gets its id. */
RsDatabase *rs_test_open_sample_database (char      **dir_out,
                                          gint64     *process_id_out);
/* The sample as it stood before the council answered: no decisions, no
 * milestones, every recommendation voted. */
void        rs_test_forget_council_decisions (RsDatabase *db);
void        rs_test_remove_dir          (const char  *dir);
/* Runs raadslag-cli with @argv (NULL-terminated, without the program name)
 * with English messages (LANGUAGE=en unless set) in the test's locale; returns its
 * exit status and fills stdout/stderr. */
int         rs_test_run_cli             (const char * const *argv,
                                         char       **stdout_out,
                                         char       **stderr_out);
/* The path of a file in tests/data. */
char       *rs_test_data_path           (const char  *name);
/* The first column of the first row of @sql, bound to @arg ("?" once). */
gint64      rs_test_query_int           (RsDatabase  *db,
                                         const char  *sql,
                                         gint64       arg);
/* The contents of a file in tests/data. */
GBytes     *rs_test_data_bytes          (const char  *name);
/* A new panel of @seats in @process_id with the sample panel's categories
 * (same names and values, new ids); returns its id. */
gint64      rs_test_panel_with_sample_categories (RsDatabase *db,
                                                  gint64      process_id,
                                                  const char *name,
                                                  int         seats);

/* The PostgreSQL server the tests may use (RS_TEST_PG_URI), or NULL. With
 * it set, rs_test_open_temp_database() opens a new database there instead
 * of a file (tests/pg/run-server.sh starts one; meson test --setup pg). */
const char *rs_test_pg_uri            (void);
/* A new, empty database on that server: its URI (and name). */
char       *rs_test_pg_new_database   (char       **dbname_out);
void        rs_test_pg_drop_database  (const char  *dbname);

G_END_DECLS
