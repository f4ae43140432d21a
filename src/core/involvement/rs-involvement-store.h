/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>

#include "rs-database.h"
#include "rs-engagement-targets.h"
#include "rs-letters.h"

G_BEGIN_DECLS

#define RS_TYPE_INVOLVEMENT_STORE (rs_involvement_store_get_type ())
G_DECLARE_FINAL_TYPE (RsInvolvementStore, rs_involvement_store, RS, INVOLVEMENT_STORE, GObject)

typedef enum
{
  RS_INVOLVEMENT_IMPORT_ADDRESSES,
  RS_INVOLVEMENT_IMPORT_REPLIES,
  RS_INVOLVEMENT_IMPORT_DISTRICTS,
} RsInvolvementImport;

/* The one source of truth for the Involvement page. Every operation runs
 * on the database thread and ends on the main thread, where the store
 * refreshes the list models it handed out (they emit items-changed) and
 * emits ::changed (the process id). No caller sees SQL. */
RsInvolvementStore *rs_involvement_store_new          (RsDatabase          *db);

/* Live lists of RsInvolvementItem: the process's districts (key: name;
 * value: population), and the response rates of its latest invitation
 * draw (the total first, then districts, then channels; key "" for the
 * total, the district's name, or "channel:e-mail" / "channel:post"). */
GListModel *rs_involvement_store_get_districts        (RsInvolvementStore  *self,
                                                       gint64               process_id);
GListModel *rs_involvement_store_get_rates            (RsInvolvementStore  *self,
                                                       gint64               process_id);
/* A line about the address list and the latest draw, for the page. */
const char *rs_involvement_store_get_status           (RsInvolvementStore  *self,
                                                       gint64               process_id);
/* Re-reads the process's lists (e.g. after the command line wrote). */
void        rs_involvement_store_refresh              (RsInvolvementStore  *self,
                                                       gint64               process_id);

void        rs_involvement_store_import_async         (RsInvolvementStore  *self,
                                                       gint64               process_id,
                                                       RsInvolvementImport  what,
                                                       GFile               *file,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
gboolean    rs_involvement_store_import_finish        (RsInvolvementStore  *self,
                                                       GAsyncResult        *result,
                                                       guint               *n_imported,
                                                       guint               *n_flagged,
                                                       GError             **error);
/* Draws @households with @seed and @weights ("Nørreby=2,Skovhuse=1.5"). */
void        rs_involvement_store_draw_async           (RsInvolvementStore  *self,
                                                       gint64               process_id,
                                                       guint                households,
                                                       guint64              seed,
                                                       const char          *weights,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
gint64      rs_involvement_store_draw_finish          (RsInvolvementStore  *self,
                                                       GAsyncResult        *result,
                                                       GError             **error);
/* Adds a district or sets its population (-1: not known). */
void        rs_involvement_store_set_district_async   (RsInvolvementStore  *self,
                                                       gint64               process_id,
                                                       const char          *name,
                                                       gint64               population,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
gboolean    rs_involvement_store_set_district_finish  (RsInvolvementStore  *self,
                                                       GAsyncResult        *result,
                                                       GError             **error);
/* Renames a district (the records that carry it follow), and removes one
 * from the list (records keep the name; add it again to undo). */
void        rs_involvement_store_rename_district_async  (RsInvolvementStore  *self,
                                                         gint64               process_id,
                                                         const char          *name,
                                                         const char          *new_name,
                                                         GCancellable        *cancellable,
                                                         GAsyncReadyCallback  callback,
                                                         gpointer             user_data);
gboolean    rs_involvement_store_rename_district_finish (RsInvolvementStore  *self,
                                                         GAsyncResult        *result,
                                                         GError             **error);
void        rs_involvement_store_remove_district_async  (RsInvolvementStore  *self,
                                                         gint64               process_id,
                                                         const char          *name,
                                                         GCancellable        *cancellable,
                                                         GAsyncReadyCallback  callback,
                                                         gpointer             user_data);
/* *population gets the removed district's (-1: not known), for undo. */
gboolean    rs_involvement_store_remove_district_finish (RsInvolvementStore  *self,
                                                         GAsyncResult        *result,
                                                         gint64              *population,
                                                         GError             **error);
/* Sets an engagement target of the process. */
void        rs_involvement_store_set_target_async     (RsInvolvementStore  *self,
                                                       gint64               process_id,
                                                       RsTargetKind         kind,
                                                       const char          *district,
                                                       double               target,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
gboolean    rs_involvement_store_set_target_finish    (RsInvolvementStore  *self,
                                                       GAsyncResult        *result,
                                                       GError             **error);
/* Adds the "yes" replies of the latest draw to the recruitment pool of
 * the process's first panel; *n_added tells how many. */
void        rs_involvement_store_to_pool_async        (RsInvolvementStore  *self,
                                                       gint64               process_id,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
gboolean    rs_involvement_store_to_pool_finish       (RsInvolvementStore  *self,
                                                       GAsyncResult        *result,
                                                       guint               *n_added,
                                                       GError             **error);
/* Writes letters of @kind into @dir (see rs_letters_write()). */
void        rs_involvement_store_letters_async        (RsInvolvementStore  *self,
                                                       gint64               process_id,
                                                       RsLetterKind         kind,
                                                       RsLetterFormat       format,
                                                       GFile               *dir,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
/* The same for one meeting (meeting invitations and reminders) or hearing
 * round (receipts and answers): @subject_id, 0 for the default (the next
 * meeting with registrations, the latest round). Finish with
 * rs_involvement_store_letters_finish(). */
void        rs_involvement_store_letters_for_async    (RsInvolvementStore  *self,
                                                       gint64               process_id,
                                                       RsLetterKind         kind,
                                                       RsLetterFormat       format,
                                                       gint64               subject_id,
                                                       GFile               *dir,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
/* Returns the file written; *n_letters and *n_skipped as there. */
char       *rs_involvement_store_letters_finish       (RsInvolvementStore  *self,
                                                       GAsyncResult        *result,
                                                       guint               *n_letters,
                                                       guint               *n_skipped,
                                                       GError             **error);
/* The letter template in use for @kind (the process's own or the
 * built-in one), and storing the process's own (NULL @subject and @body:
 * back to the built-in one). */
void        rs_involvement_store_get_template_async   (RsInvolvementStore  *self,
                                                       gint64               process_id,
                                                       RsLetterKind         kind,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
gboolean    rs_involvement_store_get_template_finish  (RsInvolvementStore  *self,
                                                       GAsyncResult        *result,
                                                       char               **subject,
                                                       char               **body,
                                                       GError             **error);
void        rs_involvement_store_set_template_async   (RsInvolvementStore  *self,
                                                       gint64               process_id,
                                                       RsLetterKind         kind,
                                                       const char          *subject,
                                                       const char          *body,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
gboolean    rs_involvement_store_set_template_finish  (RsInvolvementStore  *self,
                                                       GAsyncResult        *result,
                                                       GError             **error);

G_END_DECLS
