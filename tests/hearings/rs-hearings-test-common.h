/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include "rs-hearing-response.h"
#include "rs-hearing-store.h"
#include "rs-test-utils.h"

/* The sample process's hearing round. */
static inline gint64
sample_round_id (RsDatabase *db,
                 gint64      process_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) rounds = rs_hearing_round_store_list (db, process_id, &error);
  g_autoptr(RsHearingRound) round = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rounds)), >=, 1);
  round = g_list_model_get_item (G_LIST_MODEL (rounds), 0);
  return rs_hearing_round_get_id (round);
}

static inline int
count_rows (RsDatabase *db,
            const char *sql)
{
  RsStatement *stmt = rs_database_query (db, NULL, sql, NULL);
  int n;

  g_assert_nonnull (stmt);
  g_assert_cmpint (rs_statement_step (stmt), ==, RS_SQL_ROW);
  n = rs_statement_column_int (stmt, 0);
  rs_statement_finalize (stmt);
  return n;
}

/* A response's review reasons as sentences; the string lives until the next call. */
static inline const char *
describe (RsHearingResponse *r)
{
  static char *last;

  g_free (last);
  last = rs_hearing_response_describe_review (r);
  return last;
}
