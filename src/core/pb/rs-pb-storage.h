/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>

#include "rs-database.h"
#include "rs-pb-count.h"
#include "rs-pb-pool.h"
#include "rs-pb-proposal.h"

G_BEGIN_DECLS

/* The participatory-budgeting tables (sql/v2-pb.sql): synchronous calls
 * for the CLI, the tests and the database thread. The GUI goes through
 * RsPbStore, which runs these on the database thread. */

#define RS_PB_ERROR (rs_pb_error_quark ())

typedef enum
{
  RS_PB_ERROR_INVALID,     /* a value the user typed or a file held is not acceptable */
  RS_PB_ERROR_DUPLICATE,   /* one ballot per voter id; unique proposal codes */
} RsPbErrorCode;

typedef struct
{
  const char *code;            /* NULL: the next free "P-001" */
  const char *title;
  const char *description;
  gint64      cost;
  const char *district;        /* NULL or "": municipality-wide */
  const char *theme;
  const char *source;          /* typed, csv, e-mail */
  const char *review_note;
  /* Personal data, stored apart. */
  const char *proposer_name;
  const char *proposer_organisation;
  const char *proposer_email;
  const char *proposer_phone;
} RsPbProposalInput;

typedef struct
{
  const char         *voter_id;
  const char         *age_band;
  const char         *district;
  const char         *channel;       /* paper, csv, web */
  const char         *paper_number;
  const char * const *codes;         /* the proposals marked, by their ballot code */
} RsPbBallotInput;

typedef struct
{
  int         ballots;
  int         paper;
  int         checked;
  int         mismatches;
  int         flagged;
  GHashTable *by_age_band;    /* char * -> GINT_TO_POINTER (count) */
  GHashTable *by_district;
  /* The population's share (percent, of those old enough to vote) of each
   * age band written like "25-39" or "75+", from the stored Statistics
   * Denmark figures (FOLK1A) of the process's municipality; NULL without
   * them. char * -> double *. */
  GHashTable *population_share;
  char       *population_credit;
} RsPbStats;

/* One count of a pool: one election per envelope (municipality-wide
 * first, as envelope ""), each with its result and the proposals' ids. */
typedef struct
{
  RsPbRule      rule;
  guint64       seed;
  gint64        result_id;     /* 0 when not saved */
  char         *input_sha256;  /* of the exported .pb text of all ballots */
  GPtrArray    *envelopes;     /* char *: district, "" for municipality-wide */
  GPtrArray    *elections;     /* RsPbElection * */
  GPtrArray    *results;       /* RsPbResult * */
  GPtrArray    *proposal_ids;  /* GArray of gint64, per election, by project index */
} RsPbPoolCount;

GQuark         rs_pb_error_quark                 (void);

RsPbPool      *rs_pb_storage_create_pool         (RsDatabase          *db,
                                                  gint64               process_id,
                                                  const char          *name,
                                                  gint64               amount,
                                                  GError             **error);
/* Saves every field and the envelopes of @pool. */
gboolean       rs_pb_storage_save_pool           (RsDatabase          *db,
                                                  RsPbPool            *pool,
                                                  GError             **error);
RsPbPool      *rs_pb_storage_get_pool            (RsDatabase          *db,
                                                  gint64               pool_id,
                                                  GError             **error);
/* RsPbPool *, by name. */
GPtrArray     *rs_pb_storage_list_pools          (RsDatabase          *db,
                                                  gint64               process_id,
                                                  GError             **error);
gboolean       rs_pb_storage_delete_pool         (RsDatabase          *db,
                                                  gint64               pool_id,
                                                  GError             **error);

gint64         rs_pb_storage_add_proposal        (RsDatabase          *db,
                                                  gint64               pool_id,
                                                  const RsPbProposalInput *input,
                                                  GError             **error);
/* status: feasible, not-feasible, submitted or withdrawn; revised_cost -1
 * keeps none. A proposal that is not feasible needs a reason. */
gboolean       rs_pb_storage_assess              (RsDatabase          *db,
                                                  gint64               proposal_id,
                                                  const char          *status,
                                                  const char          *reason,
                                                  gint64               revised_cost,
                                                  GError             **error);
/* RsPbProposal *, by code, with their votes. */
GPtrArray     *rs_pb_storage_list_proposals      (RsDatabase          *db,
                                                  gint64               pool_id,
                                                  GError             **error);
/* Merges duplicates into a new proposal (summed cost, the first one's
 * district and theme); the merged ones are kept as 'merged' with lineage.
 * Returns the new id or 0. */
gint64         rs_pb_storage_merge               (RsDatabase          *db,
                                                  const gint64        *ids,
                                                  guint                n_ids,
                                                  const char          *title,
                                                  GError             **error);
/* A web-form CSV: columns found by their headings (title/titel,
 * description/beskrivelse, cost/beløb, district/bydel, theme/tema,
 * code/nummer, name/navn, organisation/forening, email/e-mail,
 * phone/telefon). Odd values are imported and flagged for review. All or
 * nothing on a broken file. */
gboolean       rs_pb_storage_import_proposals    (RsDatabase          *db,
                                                  gint64               pool_id,
                                                  GBytes              *bytes,
                                                  const char          *file_name,
                                                  guint               *n_imported,
                                                  guint               *n_flagged,
                                                  GError             **error);
/* Publishes the ballot list (feasible proposals) and stamps the time. */
gboolean       rs_pb_storage_publish_ballot      (RsDatabase          *db,
                                                  gint64               pool_id,
                                                  GError             **error);

/* Checks @input against the pool's ballot without writing: codes on the
 * ballot, no repeats, k-approval and knapsack limits, districts. */
gboolean       rs_pb_storage_validate_ballot     (RsDatabase          *db,
                                                  gint64               pool_id,
                                                  const RsPbBallotInput *input,
                                                  GError             **error);
gint64         rs_pb_storage_add_ballot          (RsDatabase          *db,
                                                  gint64               pool_id,
                                                  const RsPbBallotInput *input,
                                                  GError             **error);
/* Double entry of a sample: compares a second typing with the stored
 * ballot and marks it matched or mismatch; *matched says which. */
gboolean       rs_pb_storage_check_ballot        (RsDatabase          *db,
                                                  gint64               pool_id,
                                                  const RsPbBallotInput *input,
                                                  gboolean            *matched,
                                                  GError             **error);
/* A CSV of ballots: voter_id/vælger, choices/stemmer (codes separated by
 * commas or spaces), age_band/alder, district/bydel. A ballot with an
 * unknown code keeps its valid marks and is flagged; a repeated voter id
 * is not imported and counted in *n_flagged. */
gboolean       rs_pb_storage_import_ballots      (RsDatabase          *db,
                                                  gint64               pool_id,
                                                  GBytes              *bytes,
                                                  const char          *file_name,
                                                  guint               *n_imported,
                                                  guint               *n_flagged,
                                                  GError             **error);
gboolean       rs_pb_storage_stats               (RsDatabase          *db,
                                                  gint64               pool_id,
                                                  RsPbStats           *out,
                                                  GError             **error);
void           rs_pb_stats_clear                 (RsPbStats           *stats);

/* The pool's ballots as a pabulib file (all envelopes; voters numbered
 * 1…n, no voter ids: personal data never leaves by default). */
char          *rs_pb_storage_export_pb           (RsDatabase          *db,
                                                  gint64               pool_id,
                                                  GError             **error);
/* Counts every envelope of the pool; with @save, stores the result. */
RsPbPoolCount *rs_pb_storage_count               (RsDatabase          *db,
                                                  gint64               pool_id,
                                                  RsPbRule             rule,
                                                  guint64              seed,
                                                  gboolean             save,
                                                  GError             **error);
void           rs_pb_pool_count_free             (RsPbPoolCount       *count);
/* The latest saved result of the pool, or 0. */
gint64         rs_pb_storage_latest_result       (RsDatabase          *db,
                                                  gint64               pool_id,
                                                  GError             **error);
/* Carries the funded projects of a saved result into the process's
 * recommendations, each adopted with its budget line (the pool), amount
 * and a milestone, so the council package and "you said, we did" show
 * them. Projects already carried are skipped. */
gboolean       rs_pb_storage_carry_to_recommendations (RsDatabase     *db,
                                                  gint64               result_id,
                                                  guint               *n_carried,
                                                  GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsPbPoolCount, rs_pb_pool_count_free)

G_END_DECLS
