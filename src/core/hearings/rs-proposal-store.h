/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>

#include "rs-budget-proposal.h"
#include "rs-database.h"

G_BEGIN_DECLS

/* The budget proposals of a hearing round, ordered by number (natural
 * order: "S-2" before "S-10"). */
GListStore *rs_proposal_store_list       (RsDatabase        *db,
                                          gint64             round_id,
                                          GError           **error);
/* Adds @proposal to its round (rs_budget_proposal_set_round_id); its id is
 * set. A number already used in the round is refused. */
gboolean    rs_proposal_store_add        (RsDatabase        *db,
                                          RsBudgetProposal  *proposal,
                                          GError           **error);
gboolean    rs_proposal_store_update     (RsDatabase        *db,
                                          RsBudgetProposal  *proposal,
                                          GError           **error);
/* Points that named the proposal keep their position but lose the link. */
gboolean    rs_proposal_store_delete     (RsDatabase        *db,
                                          gint64             proposal_id,
                                          GError           **error);
/* Reads a CSV file with a header naming the columns number/nummer/nr,
 * title/titel, area/område, amount/beløb and (optional)
 * comment/bemærkning. A number already in the round updates that
 * proposal. A row without a number or title, or with an amount that is not
 * one, is still read as far as it goes and described in @warnings
 * ("file:line:column: …"); a file without the number and title columns, or
 * that cannot be read, changes nothing. Returns the number of proposals
 * added or updated, or -1. */
int         rs_proposal_store_import_csv (RsDatabase        *db,
                                          gint64             round_id,
                                          const char        *path,
                                          GPtrArray        **warnings,
                                          GError           **error);

/* The same for the GUI, on the database thread (rs-proposal-store-async.c).
 * Add, update and delete work on a snapshot; the add's finish returns the
 * proposal with its id. The import's finish returns the count (or -1 with
 * @error set) and the warnings (a new array, maybe empty). */
void        rs_proposal_store_list_async   (RsDatabase          *db,
                                            gint64               round_id,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
GListStore *rs_proposal_store_list_finish  (RsDatabase          *db,
                                            GAsyncResult        *result,
                                            GError             **error);
void        rs_proposal_store_add_async    (RsDatabase          *db,
                                            RsBudgetProposal    *proposal,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
RsBudgetProposal *rs_proposal_store_add_finish (RsDatabase      *db,
                                                GAsyncResult    *result,
                                                GError         **error);
void        rs_proposal_store_update_async (RsDatabase          *db,
                                            RsBudgetProposal    *proposal,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
gboolean    rs_proposal_store_update_finish (RsDatabase         *db,
                                             GAsyncResult       *result,
                                             GError            **error);
void        rs_proposal_store_delete_async (RsDatabase          *db,
                                            gint64               proposal_id,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
gboolean    rs_proposal_store_delete_finish (RsDatabase         *db,
                                             GAsyncResult       *result,
                                             GError            **error);
void        rs_proposal_store_import_csv_async  (RsDatabase     *db,
                                                 gint64          round_id,
                                                 const char     *path,
                                                 GCancellable   *cancellable,
                                                 GAsyncReadyCallback callback,
                                                 gpointer        user_data);
int         rs_proposal_store_import_csv_finish (RsDatabase     *db,
                                                 GAsyncResult   *result,
                                                 GPtrArray     **warnings,
                                                 GError        **error);

/*
 * Positions per proposal, counted by the white book's rules:
 *  1. Every coded point that names a proposal and a position counts.
 *  2. A response in a group of similar responses (a campaign) that has no
 *     points of its own takes the positions of the group's first coded
 *     response.
 *  3. Each sender counts once per proposal and position, however many
 *     responses they sent. Senders are the same when they are the same
 *     consulted party, or have the same name and e-mail address; a response
 *     without a sender's name or address counts alone.
 *  4. Organisations are named; private citizens are counted.
 */
typedef struct
{
  gint64     proposal_id;  /* 0: points outside the hearing's scope without a proposal */
  char      *position;
  GPtrArray *organisations;   /* names, sorted */
  guint      n_private;       /* distinct private senders */
  guint      n_responses;     /* responses behind the count, campaigns included */
} RsPositionCount;

void        rs_position_count_free       (RsPositionCount   *count);
/* Every proposal and position with at least one sender (RsPositionCount),
 * by proposal id, then in the order of rs_position_list(). */
GPtrArray  *rs_proposal_store_count_positions (RsDatabase   *db,
                                               gint64        round_id,
                                               GError      **error);

G_END_DECLS
