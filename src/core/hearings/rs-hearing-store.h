/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>

#include "rs-consulted-party.h"
#include "rs-database.h"
#include "rs-hearing-round.h"

G_BEGIN_DECLS

#define RS_HEARING_ERROR (rs_hearing_error_quark ())

typedef enum
{
  RS_HEARING_ERROR_INVALID,
  RS_HEARING_ERROR_NOT_FOUND,
  RS_HEARING_ERROR_PARSE,
} RsHearingError;

GQuark          rs_hearing_error_quark        (void);

/* Hearing rounds. Synchronous: call from the CLI, tests or a database job. */
RsHearingRound *rs_hearing_round_store_create (RsDatabase     *db,
                                               gint64          process_id,
                                               const char     *title,
                                               const char     *starts_on,
                                               const char     *deadline,
                                               GError        **error);
gboolean        rs_hearing_round_store_update (RsDatabase     *db,
                                               RsHearingRound *round,
                                               GError        **error);
RsHearingRound *rs_hearing_round_store_get    (RsDatabase     *db,
                                               gint64          round_id,
                                               GError        **error);
GListStore     *rs_hearing_round_store_list   (RsDatabase     *db,
                                               gint64          process_id,
                                               GError        **error);
/* The same for the GUI, on the database thread (rs-hearing-store-async.c). */
void            rs_hearing_round_store_list_async  (RsDatabase          *db,
                                                    gint64               process_id,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
GListStore     *rs_hearing_round_store_list_finish (RsDatabase          *db,
                                                    GAsyncResult        *result,
                                                    GError             **error);
/* A new round as the New Hearing Round dialog suggests it (not stored): no
 * title, the dates of the process's hearing phase, or three weeks from
 * today. */
RsHearingRound *rs_hearing_round_store_defaults (RsDatabase     *db,
                                                 gint64          process_id,
                                                 GError        **error);
/* Stores @round (its id is ignored) with every field, in one transaction;
 * returns a copy with its new id. */
RsHearingRound *rs_hearing_round_store_add      (RsDatabase     *db,
                                                 RsHearingRound *round,
                                                 GError        **error);
/* The same for the GUI, on the database thread (rs-hearing-round-new.c). */
void            rs_hearing_round_store_defaults_async  (RsDatabase          *db,
                                                        gint64               process_id,
                                                        GCancellable        *cancellable,
                                                        GAsyncReadyCallback  callback,
                                                        gpointer             user_data);
RsHearingRound *rs_hearing_round_store_defaults_finish (RsDatabase          *db,
                                                        GAsyncResult        *result,
                                                        GError             **error);
/* Stores a snapshot of @round. */
void            rs_hearing_round_store_add_async       (RsDatabase          *db,
                                                        RsHearingRound      *round,
                                                        GCancellable        *cancellable,
                                                        GAsyncReadyCallback  callback,
                                                        gpointer             user_data);
RsHearingRound *rs_hearing_round_store_add_finish      (RsDatabase          *db,
                                                        GAsyncResult        *result,
                                                        GError             **error);
/* Everything the Hearings page shows about one round, read in one go on
 * the database thread (the similar-response groups are brought up to date
 * first). */
typedef struct
{
  RsHearingRound *round;
  GListStore     *parties;    /* RsConsultedParty */
  GPtrArray      *warnings;   /* char *: the round's window (see rs_hearing_round_check()) */
  GPtrArray      *groups;     /* see rs_response_groups_list() */
  GStrv           themes;
  int             analysed;
  int             total;
} RsHearingRoundDetails;

void            rs_hearing_round_details_free        (RsHearingRoundDetails *details);
void            rs_hearing_round_details_load_async  (RsDatabase          *db,
                                                      gint64               round_id,
                                                      int                  min_days,
                                                      GCancellable        *cancellable,
                                                      GAsyncReadyCallback  callback,
                                                      gpointer             user_data);
RsHearingRoundDetails *rs_hearing_round_details_load_finish (RsDatabase    *db,
                                                             GAsyncResult  *result,
                                                             GError       **error);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsHearingRoundDetails, rs_hearing_round_details_free)
/* Saves @round (a snapshot the caller does not change meanwhile). */
void            rs_hearing_round_store_update_async  (RsDatabase          *db,
                                                      RsHearingRound      *round,
                                                      GCancellable        *cancellable,
                                                      GAsyncReadyCallback  callback,
                                                      gpointer             user_data);
gboolean        rs_hearing_round_store_update_finish (RsDatabase          *db,
                                                      GAsyncResult        *result,
                                                      GError             **error);
/* Translated warnings (char *) about the round's window: shorter than
 * @min_days, or not between the process's 1st and 2nd reading. */
GPtrArray      *rs_hearing_round_check        (RsDatabase     *db,
                                               RsHearingRound *round,
                                               int             min_days,
                                               GError        **error);

/* The consulted-parties register, shared by all rounds. */
gint64          rs_consulted_party_store_ensure (RsDatabase   *db,
                                                 const char   *name,
                                                 const char   *kind,
                                                 const char   *email,
                                                 GError      **error);
/* Every party on the register, with its status in @round_id (or NULL). */
GListStore     *rs_consulted_party_store_list   (RsDatabase   *db,
                                                 gint64        round_id,
                                                 GError      **error);
gboolean        rs_consulted_party_store_set_status (RsDatabase *db,
                                                     gint64      round_id,
                                                     gint64      party_id,
                                                     const char *status,
                                                     const char *date,
                                                     GError    **error);
/* Sets a party's status in a round, dated today (no date for "no-reply"),
 * on the database thread (rs-hearing-round-new.c). */
void            rs_consulted_party_store_set_status_async  (RsDatabase          *db,
                                                            gint64               round_id,
                                                            gint64               party_id,
                                                            const char          *status,
                                                            GCancellable        *cancellable,
                                                            GAsyncReadyCallback  callback,
                                                            gpointer             user_data);
gboolean        rs_consulted_party_store_set_status_finish (RsDatabase          *db,
                                                            GAsyncResult        *result,
                                                            GError             **error);
/* The party whose name or e-mail matches (case-insensitive), or 0. */
gint64          rs_consulted_party_store_match  (RsDatabase   *db,
                                                 const char   *name,
                                                 const char   *email,
                                                 GError      **error);
/* Imports a CSV with a header (name/navn, kind/type, email/e-mail,
 * contact/kontakt) into the register, inviting each party to @round_id when
 * it is not 0. All rows or none; errors name the file, line and column.
 * Returns the number of parties read, or -1. */
int             rs_consulted_party_store_import_csv (RsDatabase *db,
                                                     gint64      round_id,
                                                     const char *path,
                                                     GError    **error);

/* rs_consulted_party_store_import_csv() on the database thread; the
 * finish returns the number of parties read, or -1 with @error set. */
void            rs_consulted_party_store_import_csv_async  (RsDatabase          *db,
                                                            gint64               round_id,
                                                            const char          *path,
                                                            GCancellable        *cancellable,
                                                            GAsyncReadyCallback  callback,
                                                            gpointer             user_data);
int             rs_consulted_party_store_import_csv_finish (RsDatabase          *db,
                                                            GAsyncResult        *result,
                                                            GError             **error);

G_END_DECLS
