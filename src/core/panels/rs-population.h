/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>

#include "rs-categories.h"
#include "rs-database.h"
#include "rs-dst-client.h"
#include "rs-jsonstat.h"

G_BEGIN_DECLS

/* Population benchmarks from Statistics Denmark for one municipality:
 * FOLK1A (age × sex), FOLK1E (origin, adults) and RAS210 (socio-economic
 * status). Counts are kept per dimension and value:
 *   age     single years "0".."125" (both sexes)
 *   sex     "male", "female" (adults, 18+)
 *   origin  "danish", "immigrant", "descendant" (adults)
 *   socio   the table's own labels */

typedef struct
{
  char   *dimension;
  char   *value;
  gint64  count;
} RsPopulationCount;

typedef struct
{
  char      *municipality_code;
  char      *table_id;
  char      *period;
  char      *retrieved_at;
  char      *source_credit;
  char      *updated;
  char      *footnote;
  char      *request;
  GPtrArray *counts;   /* RsPopulationCount */
} RsBenchmark;

typedef void (*RsPopulationProgress) (double      fraction,
                                      const char *message,
                                      gpointer    user_data);

RsBenchmark *rs_benchmark_new              (const char   *municipality_code,
                                            const char   *table_id);
void         rs_benchmark_free             (RsBenchmark  *benchmark);
void         rs_benchmark_add              (RsBenchmark  *benchmark,
                                            const char   *dimension,
                                            const char   *value,
                                            gint64        count);
gint64       rs_benchmark_total            (RsBenchmark  *benchmark,
                                            const char   *dimension);

/* Pure aggregation of a JSON-stat answer of @table_id into a benchmark. */
RsBenchmark *rs_population_aggregate       (const char   *table_id,
                                            const char   *municipality_code,
                                            RsJsonStat   *cube,
                                            GError      **error);

/* Fetches the three tables (checking variable codes with tableinfo first),
 * then stores them in one transaction. On any error nothing is changed. */
void         rs_population_fetch_async     (RsDstClient          *client,
                                            RsDatabase           *db,
                                            const char           *municipality_code,
                                            RsPopulationProgress  progress,
                                            gpointer              progress_data,
                                            GCancellable         *cancellable,
                                            GAsyncReadyCallback   callback,
                                            gpointer              user_data);
gboolean     rs_population_fetch_finish    (GAsyncResult         *result,
                                            GError              **error);

gboolean     rs_population_store           (RsDatabase   *db,
                                            GPtrArray    *benchmarks,
                                            GError      **error);
/* The stored benchmarks of a municipality (maybe empty). */
GPtrArray   *rs_population_load            (RsDatabase   *db,
                                            const char   *municipality_code,
                                            GError      **error);
/* The same on the database thread (rs-panel-store-async.c). */
void         rs_population_load_async      (RsDatabase          *db,
                                            const char          *municipality_code,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
GPtrArray   *rs_population_load_finish     (RsDatabase          *db,
                                            GAsyncResult        *result,
                                            GError             **error);
/* The source of the newest figures stored for the municipality of
 * @process_id: its credit, table and period ("" each when none is stored;
 * then the function returns TRUE with *credit_out NULL). */
gboolean     rs_population_latest_source   (RsDatabase   *db,
                                            gint64        process_id,
                                            char        **credit_out,
                                            char        **table_out,
                                            char        **period_out,
                                            GError      **error);
/* Sets target shares (percent) of @category from @benchmarks where the
 * category is age, gender, origin or socio-economic status. Returns FALSE
 * with an error when no benchmark fits the category. */
gboolean     rs_population_apply           (GPtrArray    *benchmarks,
                                            RsCategory   *category,
                                            int           min_age,
                                            GError      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsBenchmark, rs_benchmark_free)

G_END_DECLS
