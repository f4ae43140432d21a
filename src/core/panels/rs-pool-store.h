/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>

#include "rs-database.h"
#include "rs-person.h"

G_BEGIN_DECLS

/* What is stored about one person. Contact fields go to person_contact,
 * category values (value ids) to person_attribute. */
typedef struct
{
  char   *external_id;
  char   *status;
  char   *name;
  char   *address;
  char   *postcode;
  char   *city;
  char   *email;
  char   *phone;
  GArray *value_ids;  /* gint64 */
} RsPersonData;

RsPersonData *rs_person_data_new          (void);
void          rs_person_data_free         (RsPersonData *data);
RsPersonData *rs_person_data_copy         (const RsPersonData *data);

GListStore   *rs_pool_store_list          (RsDatabase   *db,
                                           gint64        panel_id,
                                           GError      **error);
RsPersonData *rs_pool_store_get           (RsDatabase   *db,
                                           gint64        person_id,
                                           GError      **error);
gint64        rs_pool_store_add           (RsDatabase   *db,
                                           gint64        panel_id,
                                           RsPersonData *data,
                                           GError      **error);
/* rs_pool_store_add() without its transaction and review flags, for a
 * store that adds many people in one transaction and then runs
 * rs_pool_store_flag_review() once. */
gint64        rs_pool_store_add_in_transaction (RsDatabase   *db,
                                                gint64        panel_id,
                                                RsPersonData *data,
                                                GError      **error);
gboolean      rs_pool_store_update        (RsDatabase   *db,
                                           gint64        person_id,
                                           RsPersonData *data,
                                           GError      **error);
gboolean      rs_pool_store_remove        (RsDatabase   *db,
                                           gint64        person_id,
                                           GError      **error);
gboolean      rs_pool_store_set_status    (RsDatabase   *db,
                                           gint64        person_id,
                                           const char   *status,
                                           GError      **error);
/* Flags people for review: 'duplicate' (same name and address, or same
 * e-mail) and 'household' (same normalised address). Returns the number
 * flagged, or -1 on error. Call inside or outside a transaction. */
int           rs_pool_store_flag_review   (RsDatabase   *db,
                                           gint64        panel_id,
                                           GError      **error);
/* The pool for the GUI, on the database thread (rs-panel-store-async.c). */
void          rs_pool_store_list_async    (RsDatabase          *db,
                                           gint64               panel_id,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data);
GListStore   *rs_pool_store_list_finish   (RsDatabase          *db,
                                           GAsyncResult        *result,
                                           GError             **error);
/* Sets a person's status, or removes the person when @status is NULL. */
void          rs_pool_store_change_async  (RsDatabase          *db,
                                           gint64               person_id,
                                           const char          *status,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data);
gboolean      rs_pool_store_change_finish (RsDatabase          *db,
                                           GAsyncResult        *result,
                                           GError             **error);
/* One person's stored data (for the person dialog). */
void          rs_pool_store_get_async     (RsDatabase          *db,
                                           gint64               person_id,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data);
RsPersonData *rs_pool_store_get_finish    (RsDatabase          *db,
                                           GAsyncResult        *result,
                                           GError             **error);
/* Saves a snapshot of @data: adds a person to @panel_id when @person_id is
 * 0, else updates that person. The finish returns the person's id, or 0
 * with @error set. */
void          rs_pool_store_save_async    (RsDatabase          *db,
                                           gint64               panel_id,
                                           gint64               person_id,
                                           const RsPersonData  *data,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data);
gint64        rs_pool_store_save_finish   (RsDatabase          *db,
                                           GAsyncResult        *result,
                                           GError             **error);
char         *rs_pool_normalise_address   (const char   *address,
                                           const char   *postcode);
/* The Sortition Foundation layout: an id column (the pseudonym), one
 * column per category, and the source id and contact columns only when
 * @with_contacts, then the status. */
char         *rs_pool_store_export_csv    (RsDatabase   *db,
                                           gint64        panel_id,
                                           gboolean      with_contacts,
                                           GError      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsPersonData, rs_person_data_free)

G_END_DECLS
