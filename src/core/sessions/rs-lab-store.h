/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>

#include "rs-database.h"

G_BEGIN_DECLS

/* Lab records: the problem, who was invited and how, the funding decision
 * (labs are not statutory and are funded one by one), external
 * facilitators, outcome and next steps. */

typedef struct
{
  gint64    id;
  gint64    process_id;
  char     *title;
  char     *problem;
  char     *invited_groups;
  char     *invitation_method;
  gboolean  funded;              /* funding_amount is set */
  double    funding_amount;      /* DKK */
  char     *funding_granted_by;
  char     *funding_date;        /* YYYY-MM-DD or NULL */
  char     *external_facilitators;
  char     *outcome;
  char     *next_steps;
  char     *status;              /* planned, running, completed */
  /* Filled by list/get: */
  guint     checklist_met;
  guint     checklist_total;
  int       n_sessions;
  int       n_ideas;
  int       n_participants;      /* distinct people present at its sessions */
} RsLab;

void       rs_lab_free          (RsLab       *lab);
GPtrArray *rs_lab_store_list    (RsDatabase  *db,
                                 gint64       process_id,
                                 GError     **error);
/* The same for the GUI, on the database thread. */
void       rs_lab_store_list_async  (RsDatabase          *db,
                                     gint64               process_id,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data);
GPtrArray *rs_lab_store_list_finish (RsDatabase          *db,
                                     GAsyncResult        *result,
                                     GError             **error);
RsLab     *rs_lab_store_get     (RsDatabase  *db,
                                 gint64       lab_id,
                                 GError     **error);
gint64     rs_lab_store_create  (RsDatabase  *db,
                                 gint64       process_id,
                                 const char  *title,
                                 const char  *problem,
                                 GError     **error);
/* Saves every editable field of @lab. */
gboolean   rs_lab_store_update  (RsDatabase  *db,
                                 const RsLab *lab,
                                 GError     **error);

/* Creates a lab with every editable field of @lab in one transaction;
 * checks the title, the amount and the date (YYYY-MM-DD). */
gint64     rs_lab_store_insert  (RsDatabase  *db,
                                 const RsLab *lab,
                                 GError     **error);
/* Deletes a lab; its sessions and ideas stay, without the lab. */
gboolean   rs_lab_store_delete  (RsDatabase  *db,
                                 gint64       lab_id,
                                 GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsLab, rs_lab_free)

G_END_DECLS
