/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>

#include "rs-database.h"

G_BEGIN_DECLS

/* The first stage of the draw: an address list, a drawn invitation sample
 * of households stratified by district, replies, and the "yes" replies
 * turned into a panel's recruitment pool. */

/* Imports an address list (CSV: address, postcode, district, optionally
 * ref, age band and gender) in one transaction. Odd rows (no postcode, a
 * district not in the process's list, a repeated ref) are imported and
 * flagged for review; a broken file changes nothing. */
gboolean    rs_invitations_import_addresses (RsDatabase  *db,
                                             gint64       process_id,
                                             GBytes      *bytes,
                                             const char  *file_name,
                                             guint       *n_imported,
                                             guint       *n_flagged,
                                             GError     **error);
/* Parses "Nørreby=2,Skovhuse=1.5" (or "Nørreby=2;Skovhuse=1,5") into
 * district -> weight (gdouble *); districts match without regard to case. NULL and "" give an empty
 * table. */
GHashTable *rs_invitations_parse_weights    (const char  *text,
                                             GError     **error);
/* Draws @households households (one letter each) stratified by district:
 * each district gets a share proportional to its households times its
 * weight (1 unless given in @weights, district -> gdouble *), by largest
 * remainders, never more than it has. Within a district the households are
 * drawn by a seeded shuffle: the same list, seed and weights give the same
 * sample. The draw is recorded with seed, weights, a SHA-256 of the input
 * and the time, in one transaction. Returns the draw id, or 0. */
gint64      rs_invitations_draw             (RsDatabase  *db,
                                             gint64       process_id,
                                             guint        households,
                                             guint64      seed,
                                             GHashTable  *weights,
                                             GError     **error);
/* A recorded draw. */
typedef struct
{
  gint64  id;
  guint   households;
  char   *seed;
  char   *weights;      /* "" when proportional */
  char   *input_sha256;
  char   *algorithm;
  char   *allocation;   /* JSON: district -> households drawn */
  char   *created_at;
} RsInvitationDraw;

void        rs_invitation_draw_free         (RsInvitationDraw *draw);
/* The process's draws, the latest first (RsInvitationDraw). */
GPtrArray  *rs_invitations_list_draws       (RsDatabase  *db,
                                             gint64       process_id,
                                             GError     **error);
/* The process's latest draw, or 0 (no error) when there is none. */
gint64      rs_invitations_latest_draw      (RsDatabase  *db,
                                             gint64       process_id,
                                             GError     **error);
/* Imports replies to the latest draw (CSV: ref of an invited address or its
 * household, replied yes/no, channel e-mail/post, optionally name, e-mail,
 * phone, age band, gender, date). A reply that matches no invitation or
 * has an unreadable answer is left out and counted in *n_flagged. */
gboolean    rs_invitations_import_replies   (RsDatabase  *db,
                                             gint64       process_id,
                                             GBytes      *bytes,
                                             const char  *file_name,
                                             guint       *n_imported,
                                             guint       *n_flagged,
                                             GError     **error);

/* One row of response rates: a district, a channel or everything. */
typedef struct
{
  char  *label;
  guint  invited;      /* 0 for channels (letters do not have one) */
  guint  replies;
  guint  yes;
} RsInvitationRate;

typedef struct
{
  gint64     draw_id;
  RsInvitationRate *total;
  GPtrArray *districts;  /* RsInvitationRate, in the district list's order */
  GPtrArray *channels;   /* RsInvitationRate: "e-mail", "post" */
} RsInvitationRates;

void               rs_invitation_rates_free (RsInvitationRates *rates);
RsInvitationRates *rs_invitations_rates     (RsDatabase  *db,
                                             gint64       process_id,
                                             GError     **error);
/* A rate as text: "61 %" (with the locale's number format), or "–" when
 * the @denominator or the @count is below @small_cell_limit (suppressed). */
char       *rs_invitations_format_rate      (guint        count,
                                             guint        denominator,
                                             int          small_cell_limit);
/* A count as text, "< 5" below @small_cell_limit. */
char       *rs_invitations_format_count     (guint        count,
                                             int          small_cell_limit);

/* Adds every "yes" reply of the latest draw of the panel's process that is
 * not yet in a pool to the panel's recruitment pool (name, address, e-mail,
 * phone; district, age band and gender become the panel's category values
 * where they match one). *n_added tells how many. */
gboolean    rs_invitations_to_pool          (RsDatabase  *db,
                                             gint64       panel_id,
                                             guint       *n_added,
                                             GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsInvitationRates, rs_invitation_rates_free)

G_END_DECLS
