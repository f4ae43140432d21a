/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-involvement-store"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-districts.h"
#include "rs-invitations.h"
#include "rs-involvement-error.h"
#include "rs-involvement-item.h"
#include "rs-involvement-store.h"

#define SMALL_CELL_LIMIT 5

struct _RsInvolvementStore
{
  GObject     parent_instance;

  RsDatabase *db;
  GHashTable *districts;   /* process id -> GListStore */
  GHashTable *rates;       /* process id -> GListStore */
  GHashTable *status;      /* process id -> char * */
};

G_DEFINE_FINAL_TYPE (RsInvolvementStore, rs_involvement_store, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef enum
{
  OP_REFRESH,
  OP_IMPORT,
  OP_DRAW,
  OP_SET_TARGET,
  OP_TO_POOL,
  OP_LETTERS,
  OP_GET_TEMPLATE,
  OP_SET_TEMPLATE,
  OP_SET_DISTRICT,
  OP_RENAME_DISTRICT,
  OP_REMOVE_DISTRICT,
} OpKind;

typedef struct
{
  OpKind               kind;
  gint64               process_id;
  RsInvolvementImport  what;
  GFile               *file;
  guint                households;
  guint64              seed;
  char                *weights;
  RsTargetKind         target_kind;
  double               target;
  RsLetterKind         letter_kind;
  RsLetterFormat       letter_format;
  gint64               subject_id;   /* a letter's meeting or hearing round, 0: the default */
  /* Output. */
  char                *path;
  char                *subject;
  char                *body;
  guint                n1, n2;
  gint64               draw_id;
  GPtrArray           *districts;  /* RsInvolvementItem */
  GPtrArray           *rates;      /* RsInvolvementItem */
  char                *status;
} Op;

static void
op_free (gpointer data)
{
  Op *op = data;

  g_clear_object (&op->file);
  g_free (op->weights);
  g_free (op->path);
  g_free (op->subject);
  g_free (op->body);
  g_clear_pointer (&op->districts, g_ptr_array_unref);
  g_clear_pointer (&op->rates, g_ptr_array_unref);
  g_free (op->status);
  g_free (op);
}

static RsInvolvementItem *
rate_item (const RsInvitationRate *r,
           const char             *key,
           const char             *title,
           gboolean                channel)
{
  g_autofree char *invited = rs_invitations_format_count (r->invited, SMALL_CELL_LIMIT);
  g_autofree char *replies = rs_invitations_format_count (r->replies, SMALL_CELL_LIMIT);
  g_autofree char *yes = rs_invitations_format_count (r->yes, SMALL_CELL_LIMIT);
  g_autofree char *subtitle = NULL;
  g_autofree char *value = NULL;

  if (channel)
    {
      /* TRANSLATORS: replies by one channel; then the share of yes among them */
      subtitle = g_strdup_printf (_("%s replies · %s yes"), replies, yes);
      value = rs_invitations_format_rate (r->yes, r->replies, SMALL_CELL_LIMIT);
    }
  else
    {
      g_autofree char *yes_rate = rs_invitations_format_rate (r->yes, r->replies, SMALL_CELL_LIMIT);
      /* TRANSLATORS: invitations of a district, replies, yes and the share of yes */
      subtitle = g_strdup_printf (_("%s invited · %s replies · %s yes (%s of replies)"), invited,
                                  replies, yes, yes_rate);
      value = rs_invitations_format_rate (r->replies, r->invited, SMALL_CELL_LIMIT);
    }
  return rs_involvement_item_new (key, title, subtitle, value);
}

/* Reads what the page shows; on the database thread. */
static gboolean
read_lists (RsDatabase *db,
            Op         *op,
            GError    **error)
{
  g_autoptr(GPtrArray) districts = rs_districts_list (db, op->process_id, error);
  g_autoptr(RsInvitationRates) rates = NULL;
  g_autoptr(GError) local = NULL;
  g_autoptr(RsStatement) stmt = NULL;
  gint64 addresses = 0, households = 0;

  if (districts == NULL)
    return FALSE;
  op->districts = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < districts->len; i++)
    {
      RsDistrict *d = g_ptr_array_index (districts, i);
      g_autofree char *population = d->population >= 0
        ? g_strdup_printf ("%" G_GINT64_FORMAT, d->population) : g_strdup ("–");
      g_ptr_array_add (op->districts, rs_involvement_item_new (d->name, d->name, NULL, population));
    }

  stmt = rs_database_query (db, error, "SELECT count(*), count(DISTINCT household_key) FROM "
                            "invitation_address WHERE process_id = ?", "i", op->process_id);
  if (stmt == NULL)
    return FALSE;
  if (rs_statement_step (stmt) == RS_SQL_ROW)
    {
      addresses = rs_statement_column_int64 (stmt, 0);
      households = rs_statement_column_int64 (stmt, 1);
    }

  op->rates = g_ptr_array_new_with_free_func (g_object_unref);
  rates = rs_invitations_rates (db, op->process_id, &local);
  if (rates == NULL)
    {
      if (!g_error_matches (local, RS_INVOLVEMENT_ERROR, RS_INVOLVEMENT_ERROR_NOT_FOUND))
        {
          g_propagate_error (error, g_steal_pointer (&local));
          return FALSE;
        }
      op->status = addresses == 0
        ? g_strdup (_("No address list yet. Import one (address, postcode, district) to draw the "
                      "invitations."))
        : g_strdup_printf (_("%lld residents in %lld households. No invitations drawn yet."),
                           (long long) addresses, (long long) households);
      return TRUE;
    }
  op->status = g_strdup_printf (_("%lld residents in %lld households. Latest draw: %u letters."),
                                (long long) addresses, (long long) households,
                                rates->total->invited);
  g_ptr_array_add (op->rates, rate_item (rates->total, "", _("All"), FALSE));
  for (guint i = 0; i < rates->districts->len; i++)
    {
      RsInvitationRate *r = g_ptr_array_index (rates->districts, i);
      g_ptr_array_add (op->rates, rate_item (r, r->label, *r->label ? r->label : _("(no district)"),
                                             FALSE));
    }
  for (guint i = 0; i < rates->channels->len; i++)
    {
      RsInvitationRate *r = g_ptr_array_index (rates->channels, i);
      g_autofree char *key = g_strconcat ("channel:", r->label, NULL);
      g_ptr_array_add (op->rates, rate_item (r, key, g_str_equal (r->label, "e-mail")
                                                     ? _("By e-mail") : _("By post"), TRUE));
    }
  return TRUE;
}

static gpointer
op_job (RsDatabase   *db,
        gpointer      data,
        GCancellable *cancellable,
        GError      **error)
{
  Op *op = data;
  gboolean ok = TRUE;

  switch (op->kind)
    {
    case OP_IMPORT:
      {
        g_autoptr(GBytes) bytes = g_file_load_bytes (op->file, cancellable, NULL, error);
        g_autofree char *name = g_file_get_basename (op->file);

        if (bytes == NULL)
          return NULL;
        if (op->what == RS_INVOLVEMENT_IMPORT_ADDRESSES)
          ok = rs_invitations_import_addresses (db, op->process_id, bytes, name, &op->n1, &op->n2,
                                                error);
        else if (op->what == RS_INVOLVEMENT_IMPORT_REPLIES)
          ok = rs_invitations_import_replies (db, op->process_id, bytes, name, &op->n1, &op->n2,
                                              error);
        else
          ok = rs_districts_import_csv (db, op->process_id, bytes, name, &op->n1, &op->n2, error);
      }
      break;
    case OP_DRAW:
      {
        g_autoptr(GHashTable) weights = rs_invitations_parse_weights (op->weights, error);

        if (weights == NULL)
          return NULL;
        op->draw_id = rs_invitations_draw (db, op->process_id, op->households, op->seed, weights,
                                           error);
        ok = op->draw_id != 0;
      }
      break;
    case OP_SET_TARGET:
      ok = rs_engagement_targets_set (db, op->process_id, op->target_kind, op->weights, op->target,
                                      -1, error);
      break;
    case OP_TO_POOL:
      {
        g_autoptr(RsStatement) stmt = rs_database_query (db, error, "SELECT min(id) FROM panel "
                                                          "WHERE process_id = ?", "i",
                                                          op->process_id);
        gint64 panel_id = 0;

        if (stmt == NULL)
          return NULL;
        if (rs_statement_step (stmt) == RS_SQL_ROW)
          panel_id = rs_statement_column_int64 (stmt, 0);
        if (panel_id == 0)
          {
            g_set_error (error, RS_INVOLVEMENT_ERROR, RS_INVOLVEMENT_ERROR_NOT_FOUND,
                         _("This process has no citizens’ panel to add the replies to."));
            return NULL;
          }
        ok = rs_invitations_to_pool (db, panel_id, &op->n1, error);
      }
      break;
    case OP_LETTERS:
      {
        g_autofree char *dir = g_file_get_path (op->file);

        if (dir == NULL)
          {
            g_set_error (error, RS_INVOLVEMENT_ERROR, RS_INVOLVEMENT_ERROR_INVALID,
                         _("Choose a folder on this computer for the letters."));
            return NULL;
          }
        ok = rs_letters_write (db, op->process_id, op->letter_kind, 0, op->subject_id, op->letter_format, dir,
                               NULL, &op->path, &op->n1, &op->n2, cancellable, error);
      }
      break;
    case OP_GET_TEMPLATE:
      /* Nothing changes: no lists to read again. */
      return rs_letters_get_template (db, op->process_id, op->letter_kind, &op->subject, &op->body,
                                      NULL, error) ? GINT_TO_POINTER (1) : NULL;
    case OP_SET_TEMPLATE:
      ok = rs_letters_set_template (db, op->process_id, op->letter_kind, op->subject, op->body,
                                    error);
      break;
    case OP_SET_DISTRICT:
      ok = rs_districts_set (db, op->process_id, op->weights, (gint64) op->target, error);
      break;
    case OP_RENAME_DISTRICT:
      ok = rs_districts_rename (db, op->process_id, op->weights, op->subject, error);
      break;
    case OP_REMOVE_DISTRICT:
      {
        g_autoptr(GPtrArray) list = rs_districts_list (db, op->process_id, error);

        /* Its population, for an undo that adds it again. */
        op->target = -1;
        for (guint i = 0; list != NULL && i < list->len; i++)
          if (g_strcmp0 (((RsDistrict *) g_ptr_array_index (list, i))->name, op->weights) == 0)
            op->target = ((RsDistrict *) g_ptr_array_index (list, i))->population;
        ok = list != NULL && rs_districts_remove (db, op->process_id, op->weights, error);
      }
      break;
    case OP_REFRESH:
    default:
      break;
    }
  if (!ok || !read_lists (db, op, error))
    return NULL;
  return GINT_TO_POINTER (1);
}

static GListStore *
model_for (GHashTable *table,
           gint64      process_id)
{
  GListStore *store = g_hash_table_lookup (table, &process_id);

  if (store == NULL)
    {
      store = g_list_store_new (RS_TYPE_INVOLVEMENT_ITEM);
      g_hash_table_insert (table, g_memdup2 (&process_id, sizeof process_id), store);
    }
  return store;
}

static void
splice (GListStore *store,
        GPtrArray  *items)
{
  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)),
                       items ? items->pdata : NULL, items ? items->len : 0);
}

static void
apply (RsInvolvementStore *self,
       Op                 *op)
{
  splice (model_for (self->districts, op->process_id), op->districts);
  splice (model_for (self->rates, op->process_id), op->rates);
  g_hash_table_insert (self->status, g_memdup2 (&op->process_id, sizeof op->process_id),
                       g_steal_pointer (&op->status));
  g_signal_emit (self, signals[CHANGED], 0, op->process_id);
}

typedef struct
{
  RsInvolvementStore *self;
  Op                 *op;
  GTask              *task;
} Pending;

static void
op_done_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  Pending *p = user_data;
  g_autoptr(GError) error = NULL;
  gboolean ok = rs_database_run_finish (RS_DATABASE (source), result, &error) != NULL;

  if (ok && p->op->kind != OP_GET_TEMPLATE)
    apply (p->self, p->op);
  else if (p->op->kind != OP_REFRESH || !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      if (p->task == NULL)
        g_warning ("Could not read the involvement lists: %s", error->message);
    }
  if (p->task != NULL)
    {
      if (ok)
        g_task_return_pointer (p->task, p->op, op_free);
      else
        {
          g_task_return_error (p->task, g_steal_pointer (&error));
          op_free (p->op);
        }
      g_object_unref (p->task);
    }
  else
    op_free (p->op);
  g_object_unref (p->self);
  g_free (p);
}

static void
run (RsInvolvementStore  *self,
     Op                  *op,
     GCancellable        *cancellable,
     GAsyncReadyCallback  callback,
     gpointer             user_data,
     gpointer             source_tag)
{
  Pending *p = g_new0 (Pending, 1);

  p->self = g_object_ref (self);
  p->op = op;
  if (callback != NULL)
    {
      p->task = g_task_new (self, cancellable, callback, user_data);
      g_task_set_source_tag (p->task, source_tag);
    }
  rs_database_run_async (self->db, op_job, op, NULL, NULL, cancellable, op_done_cb, p);
}

/* The operations that return nothing but success. */
static gboolean
finish_boolean (GAsyncResult *result,
                GError      **error)
{
  Op *op = g_task_propagate_pointer (G_TASK (result), error);

  if (op == NULL)
    return FALSE;
  op_free (op);
  return TRUE;
}

static void
rs_involvement_store_finalize (GObject *object)
{
  RsInvolvementStore *self = RS_INVOLVEMENT_STORE (object);

  g_clear_object (&self->db);
  g_clear_pointer (&self->districts, g_hash_table_unref);
  g_clear_pointer (&self->rates, g_hash_table_unref);
  g_clear_pointer (&self->status, g_hash_table_unref);
  G_OBJECT_CLASS (rs_involvement_store_parent_class)->finalize (object);
}

static void
rs_involvement_store_class_init (RsInvolvementStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rs_involvement_store_finalize;
  /**
   * RsInvolvementStore::changed:
   * @process_id: the process whose lists changed
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
}

static void
rs_involvement_store_init (RsInvolvementStore *self)
{
  self->districts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->rates = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->status = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
}

RsInvolvementStore *
rs_involvement_store_new (RsDatabase *db)
{
  RsInvolvementStore *self = g_object_new (RS_TYPE_INVOLVEMENT_STORE, NULL);

  self->db = g_object_ref (db);
  return self;
}

static GListModel *
get_model (RsInvolvementStore *self,
           GHashTable         *table,
           gint64              process_id)
{
  gboolean fresh = g_hash_table_lookup (table, &process_id) == NULL;
  GListStore *store = model_for (table, process_id);

  if (fresh)
    rs_involvement_store_refresh (self, process_id);
  return G_LIST_MODEL (store);
}

GListModel *
rs_involvement_store_get_districts (RsInvolvementStore *self,
                                    gint64              process_id)
{
  g_return_val_if_fail (RS_IS_INVOLVEMENT_STORE (self), NULL);
  return get_model (self, self->districts, process_id);
}

GListModel *
rs_involvement_store_get_rates (RsInvolvementStore *self,
                                gint64              process_id)
{
  g_return_val_if_fail (RS_IS_INVOLVEMENT_STORE (self), NULL);
  return get_model (self, self->rates, process_id);
}

const char *
rs_involvement_store_get_status (RsInvolvementStore *self,
                                 gint64              process_id)
{
  g_return_val_if_fail (RS_IS_INVOLVEMENT_STORE (self), NULL);
  return g_hash_table_lookup (self->status, &process_id);
}

void
rs_involvement_store_refresh (RsInvolvementStore *self,
                              gint64              process_id)
{
  Op *op = g_new0 (Op, 1);

  g_return_if_fail (RS_IS_INVOLVEMENT_STORE (self));
  op->kind = OP_REFRESH;
  op->process_id = process_id;
  run (self, op, NULL, NULL, NULL, NULL);
}

void
rs_involvement_store_import_async (RsInvolvementStore  *self,
                                   gint64               process_id,
                                   RsInvolvementImport  what,
                                   GFile               *file,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  Op *op = g_new0 (Op, 1);

  g_return_if_fail (RS_IS_INVOLVEMENT_STORE (self));
  op->kind = OP_IMPORT;
  op->process_id = process_id;
  op->what = what;
  op->file = g_object_ref (file);
  run (self, op, cancellable, callback, user_data, rs_involvement_store_import_async);
}

gboolean
rs_involvement_store_import_finish (RsInvolvementStore  *self,
                                    GAsyncResult        *result,
                                    guint               *n_imported,
                                    guint               *n_flagged,
                                    GError             **error)
{
  Op *op = g_task_propagate_pointer (G_TASK (result), error);

  if (op == NULL)
    return FALSE;
  if (n_imported)
    *n_imported = op->n1;
  if (n_flagged)
    *n_flagged = op->n2;
  op_free (op);
  return TRUE;
}

void
rs_involvement_store_draw_async (RsInvolvementStore  *self,
                                 gint64               process_id,
                                 guint                households,
                                 guint64              seed,
                                 const char          *weights,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  Op *op = g_new0 (Op, 1);

  g_return_if_fail (RS_IS_INVOLVEMENT_STORE (self));
  op->kind = OP_DRAW;
  op->process_id = process_id;
  op->households = households;
  op->seed = seed;
  op->weights = g_strdup (weights);
  run (self, op, cancellable, callback, user_data, rs_involvement_store_draw_async);
}

gint64
rs_involvement_store_draw_finish (RsInvolvementStore  *self,
                                  GAsyncResult        *result,
                                  GError             **error)
{
  Op *op = g_task_propagate_pointer (G_TASK (result), error);
  gint64 id;

  if (op == NULL)
    return 0;
  id = op->draw_id;
  op_free (op);
  return id;
}

void
rs_involvement_store_set_target_async (RsInvolvementStore  *self,
                                       gint64               process_id,
                                       RsTargetKind         kind,
                                       const char          *district,
                                       double               target,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data)
{
  Op *op = g_new0 (Op, 1);

  g_return_if_fail (RS_IS_INVOLVEMENT_STORE (self));
  op->kind = OP_SET_TARGET;
  op->process_id = process_id;
  op->target_kind = kind;
  op->weights = g_strdup (district ? district : "");   /* the district */
  op->target = target;
  run (self, op, cancellable, callback, user_data, rs_involvement_store_set_target_async);
}

gboolean
rs_involvement_store_set_target_finish (RsInvolvementStore  *self,
                                        GAsyncResult        *result,
                                        GError             **error)
{
  return finish_boolean (result, error);
}

void
rs_involvement_store_to_pool_async (RsInvolvementStore  *self,
                                    gint64               process_id,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  Op *op = g_new0 (Op, 1);

  g_return_if_fail (RS_IS_INVOLVEMENT_STORE (self));
  op->kind = OP_TO_POOL;
  op->process_id = process_id;
  run (self, op, cancellable, callback, user_data, rs_involvement_store_to_pool_async);
}

gboolean
rs_involvement_store_to_pool_finish (RsInvolvementStore  *self,
                                     GAsyncResult        *result,
                                     guint               *n_added,
                                     GError             **error)
{
  Op *op = g_task_propagate_pointer (G_TASK (result), error);

  if (op == NULL)
    return FALSE;
  if (n_added)
    *n_added = op->n1;
  op_free (op);
  return TRUE;
}

void
rs_involvement_store_letters_async (RsInvolvementStore  *self,
                                    gint64               process_id,
                                    RsLetterKind         kind,
                                    RsLetterFormat       format,
                                    GFile               *dir,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  Op *op = g_new0 (Op, 1);

  g_return_if_fail (RS_IS_INVOLVEMENT_STORE (self));
  op->kind = OP_LETTERS;
  op->process_id = process_id;
  op->letter_kind = kind;
  op->letter_format = format;
  op->file = g_object_ref (dir);
  run (self, op, cancellable, callback, user_data, rs_involvement_store_letters_async);
}

void
rs_involvement_store_letters_for_async (RsInvolvementStore  *self,
                                        gint64               process_id,
                                        RsLetterKind         kind,
                                        RsLetterFormat       format,
                                        gint64               subject_id,
                                        GFile               *dir,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data)
{
  Op *op = g_new0 (Op, 1);

  g_return_if_fail (RS_IS_INVOLVEMENT_STORE (self));
  op->kind = OP_LETTERS;
  op->process_id = process_id;
  op->letter_kind = kind;
  op->letter_format = format;
  op->subject_id = subject_id;
  op->file = g_object_ref (dir);
  run (self, op, cancellable, callback, user_data, rs_involvement_store_letters_async);
}

char *
rs_involvement_store_letters_finish (RsInvolvementStore  *self,
                                     GAsyncResult        *result,
                                     guint               *n_letters,
                                     guint               *n_skipped,
                                     GError             **error)
{
  Op *op = g_task_propagate_pointer (G_TASK (result), error);
  char *path;

  if (op == NULL)
    return NULL;
  if (n_letters)
    *n_letters = op->n1;
  if (n_skipped)
    *n_skipped = op->n2;
  path = g_steal_pointer (&op->path);
  op_free (op);
  return path;
}

void
rs_involvement_store_get_template_async (RsInvolvementStore  *self,
                                         gint64               process_id,
                                         RsLetterKind         kind,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data)
{
  Op *op = g_new0 (Op, 1);

  g_return_if_fail (RS_IS_INVOLVEMENT_STORE (self));
  op->kind = OP_GET_TEMPLATE;
  op->process_id = process_id;
  op->letter_kind = kind;
  run (self, op, cancellable, callback, user_data, rs_involvement_store_get_template_async);
}

gboolean
rs_involvement_store_get_template_finish (RsInvolvementStore  *self,
                                          GAsyncResult        *result,
                                          char               **subject,
                                          char               **body,
                                          GError             **error)
{
  Op *op = g_task_propagate_pointer (G_TASK (result), error);

  if (op == NULL)
    return FALSE;
  *subject = g_steal_pointer (&op->subject);
  *body = g_steal_pointer (&op->body);
  op_free (op);
  return TRUE;
}

void
rs_involvement_store_set_template_async (RsInvolvementStore  *self,
                                         gint64               process_id,
                                         RsLetterKind         kind,
                                         const char          *subject,
                                         const char          *body,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data)
{
  Op *op = g_new0 (Op, 1);

  g_return_if_fail (RS_IS_INVOLVEMENT_STORE (self));
  op->kind = OP_SET_TEMPLATE;
  op->process_id = process_id;
  op->letter_kind = kind;
  op->subject = g_strdup (subject);
  op->body = g_strdup (body);
  run (self, op, cancellable, callback, user_data, rs_involvement_store_set_template_async);
}

gboolean
rs_involvement_store_set_template_finish (RsInvolvementStore  *self,
                                          GAsyncResult        *result,
                                          GError             **error)
{
  return finish_boolean (result, error);
}

void
rs_involvement_store_set_district_async (RsInvolvementStore  *self,
                                         gint64               process_id,
                                         const char          *name,
                                         gint64               population,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data)
{
  Op *op = g_new0 (Op, 1);

  g_return_if_fail (RS_IS_INVOLVEMENT_STORE (self));
  op->kind = OP_SET_DISTRICT;
  op->process_id = process_id;
  op->weights = g_strdup (name);     /* the district's name */
  op->target = population;
  run (self, op, cancellable, callback, user_data, rs_involvement_store_set_district_async);
}

gboolean
rs_involvement_store_set_district_finish (RsInvolvementStore  *self,
                                          GAsyncResult        *result,
                                          GError             **error)
{
  return finish_boolean (result, error);
}

void
rs_involvement_store_rename_district_async (RsInvolvementStore  *self,
                                            gint64               process_id,
                                            const char          *name,
                                            const char          *new_name,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data)
{
  Op *op = g_new0 (Op, 1);

  g_return_if_fail (RS_IS_INVOLVEMENT_STORE (self));
  op->kind = OP_RENAME_DISTRICT;
  op->process_id = process_id;
  op->weights = g_strdup (name);        /* the district's name */
  op->subject = g_strdup (new_name);    /* its new name */
  run (self, op, cancellable, callback, user_data, rs_involvement_store_rename_district_async);
}

gboolean
rs_involvement_store_rename_district_finish (RsInvolvementStore  *self,
                                             GAsyncResult        *result,
                                             GError             **error)
{
  return finish_boolean (result, error);
}

void
rs_involvement_store_remove_district_async (RsInvolvementStore  *self,
                                            gint64               process_id,
                                            const char          *name,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data)
{
  Op *op = g_new0 (Op, 1);

  g_return_if_fail (RS_IS_INVOLVEMENT_STORE (self));
  op->kind = OP_REMOVE_DISTRICT;
  op->process_id = process_id;
  op->weights = g_strdup (name);
  run (self, op, cancellable, callback, user_data, rs_involvement_store_remove_district_async);
}

gboolean
rs_involvement_store_remove_district_finish (RsInvolvementStore  *self,
                                             GAsyncResult        *result,
                                             gint64              *population,
                                             GError             **error)
{
  Op *op = g_task_propagate_pointer (G_TASK (result), error);

  if (op == NULL)
    return FALSE;
  if (population)
    *population = (gint64) op->target;
  op_free (op);
  return TRUE;
}
