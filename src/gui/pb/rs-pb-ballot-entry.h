/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <adwaita.h>

#include "rs-pb-store.h"

G_BEGIN_DECLS

#define RS_TYPE_PB_BALLOT_ENTRY (rs_pb_ballot_entry_get_type ())
G_DECLARE_FINAL_TYPE (RsPbBallotEntry, rs_pb_ballot_entry, RS, PB_BALLOT_ENTRY, GtkBox)

/* Fast keyboard entry of paper ballots into a pool through RsPbStore:
 * Enter moves through the fields and saves; the ballot is checked by the
 * store (codes on the ballot, limits, one per voter) and a rejected one
 * stays in the fields with the reason. Saving runs on the database thread,
 * so typing never waits. */
GtkWidget *rs_pb_ballot_entry_new    (void);
void       rs_pb_ballot_entry_set_pool (RsPbBallotEntry *self,
                                        RsPbStore       *store,
                                        gint64           pool_id);

G_END_DECLS
