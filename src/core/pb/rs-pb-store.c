/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-pb-store"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-pb-store.h"

struct _RsPbStore
{
  GObject     parent_instance;

  RsDatabase *db;
  GHashTable *pools;       /* process id -> GListStore of RsPbPool */
  GHashTable *proposals;   /* pool id -> GListStore of RsPbProposal */
};

G_DEFINE_FINAL_TYPE (RsPbStore, rs_pb_store, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef enum
{
  OP_CREATE_POOL,
  OP_SAVE_POOL,
  OP_ADD_PROPOSAL,
  OP_ASSESS,
  OP_IMPORT_PROPOSALS,
  OP_IMPORT_BALLOTS,
  OP_ENTER_BALLOT,
  OP_CHECK_BALLOT,
  OP_STATS,
  OP_COUNT,
  OP_CARRY,
  OP_EXPORT,
  OP_MERGE,
  OP_LIST_POOLS,
  OP_LIST_PROPOSALS,
} OpKind;

/* One operation: its input and, after the job, its output. */
typedef struct
{
  OpKind         kind;
  gint64         id;          /* process, pool or proposal, by kind */
  gint64         pool_id;     /* the pool that changes, for ::changed */
  gint64         amount;
  char          *text[6];
  GStrv          codes;
  GFile         *file;
  RsPbPool      *pool;
  RsPbRule       rule;
  guint64        seed;
  gboolean       flag;
  /* Output. */
  gint64         new_id;
  guint          n1, n2;
  gboolean       matched;
  RsPbStats      stats;
  RsPbPoolCount *count;
  GPtrArray     *items;
  GArray        *ids;
} Op;

static void
op_free (gpointer data)
{
  Op *op = data;

  for (guint i = 0; i < G_N_ELEMENTS (op->text); i++)
    g_free (op->text[i]);
  g_strfreev (op->codes);
  g_clear_object (&op->file);
  g_clear_object (&op->pool);
  rs_pb_stats_clear (&op->stats);
  g_clear_pointer (&op->count, rs_pb_pool_count_free);
  g_clear_pointer (&op->items, g_ptr_array_unref);
  g_clear_pointer (&op->ids, g_array_unref);
  g_free (op);
}

static Op *
op_new (OpKind kind,
        gint64 pool_id)
{
  Op *op = g_new0 (Op, 1);

  op->kind = kind;
  op->pool_id = pool_id;
  op->id = pool_id;
  return op;
}

static gpointer
op_job (RsDatabase   *db,
        gpointer      data,
        GCancellable *cancellable,
        GError      **error)
{
  Op *op = data;
  gboolean ok = FALSE;

  switch (op->kind)
    {
    case OP_CREATE_POOL:
      op->pool = rs_pb_storage_create_pool (db, op->id, op->text[0], op->amount, error);
      if ((ok = op->pool != NULL))
        op->pool_id = rs_pb_pool_get_id (op->pool);
      break;
    case OP_SAVE_POOL:
      ok = rs_pb_storage_save_pool (db, op->pool, error);
      break;
    case OP_ADD_PROPOSAL:
      {
        RsPbProposalInput in = { .code = op->text[0], .title = op->text[1], .cost = op->amount,
                                 .district = op->text[2], .theme = op->text[3], .source = "typed" };
        op->new_id = rs_pb_storage_add_proposal (db, op->pool_id, &in, error);
        ok = op->new_id != 0;
      }
      break;
    case OP_ASSESS:
      ok = rs_pb_storage_assess (db, op->id, op->text[0], op->text[1], op->amount, error);
      break;
    case OP_IMPORT_PROPOSALS:
    case OP_IMPORT_BALLOTS:
      {
        g_autoptr(GBytes) bytes = g_file_load_bytes (op->file, cancellable, NULL, error);
        g_autofree char *name = g_file_get_basename (op->file);

        if (bytes != NULL)
          ok = op->kind == OP_IMPORT_BALLOTS
             ? rs_pb_storage_import_ballots (db, op->pool_id, bytes, name, &op->n1, &op->n2, error)
             : rs_pb_storage_import_proposals (db, op->pool_id, bytes, name, &op->n1, &op->n2,
                                               error);
      }
      break;
    case OP_ENTER_BALLOT:
    case OP_CHECK_BALLOT:
      {
        RsPbBallotInput in = { .voter_id = op->text[0], .paper_number = op->text[1],
                               .age_band = op->text[2], .district = op->text[3],
                               .channel = "paper", .codes = (const char * const *) op->codes };
        if (op->kind == OP_CHECK_BALLOT)
          ok = rs_pb_storage_check_ballot (db, op->pool_id, &in, &op->matched, error);
        else
          ok = rs_pb_storage_add_ballot (db, op->pool_id, &in, error) != 0;
      }
      break;
    case OP_STATS:
      ok = rs_pb_storage_stats (db, op->pool_id, &op->stats, error);
      break;
    case OP_COUNT:
      op->count = rs_pb_storage_count (db, op->pool_id, op->rule, op->seed, op->flag, error);
      ok = op->count != NULL;
      break;
    case OP_CARRY:
      ok = rs_pb_storage_carry_to_recommendations (db, op->id, &op->n1, error);
      break;
    case OP_MERGE:
      op->new_id = rs_pb_storage_merge (db, (gint64 *) op->ids->data, op->ids->len, op->text[0],
                                        error);
      ok = op->new_id != 0;
      break;
    case OP_EXPORT:
      op->text[5] = rs_pb_storage_export_pb (db, op->pool_id, error);
      ok = op->text[5] != NULL;
      break;
    case OP_LIST_POOLS:
      op->items = rs_pb_storage_list_pools (db, op->id, error);
      ok = op->items != NULL;
      break;
    case OP_LIST_PROPOSALS:
      op->items = rs_pb_storage_list_proposals (db, op->id, error);
      ok = op->items != NULL;
      break;
    default:
      g_assert_not_reached ();
    }
  /* A non-NULL marker; the Op itself carries the output. */
  return ok ? GINT_TO_POINTER (1) : NULL;
}

static const char *
op_changes (OpKind kind)
{
  switch (kind)
    {
    case OP_CREATE_POOL:
    case OP_SAVE_POOL: return "pool";
    case OP_ADD_PROPOSAL:
    case OP_ASSESS:
    case OP_IMPORT_PROPOSALS:
    case OP_MERGE: return "proposal";
    case OP_IMPORT_BALLOTS:
    case OP_ENTER_BALLOT:
    case OP_CHECK_BALLOT: return "ballot";
    case OP_COUNT:
    case OP_CARRY: return "result";
    case OP_STATS:
    case OP_EXPORT:
    case OP_LIST_POOLS:
    case OP_LIST_PROPOSALS:
    default: return NULL;
    }
}

/* When only the votes of the same proposals changed (a ballot came in),
 * the rows' objects are updated in place (notify::votes) instead of
 * replacing the list, so ballot entry does not rebuild the proposals list
 * at every ballot. Anything else replaces the items (items-changed). */
static gboolean
update_votes_in_place (GListStore *store,
                       GPtrArray  *items)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));

  if (n != items->len || n == 0 || !RS_IS_PB_PROPOSAL (items->pdata[0]))
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RsPbProposal) old = g_list_model_get_item (G_LIST_MODEL (store), i);
      RsPbProposal *new = items->pdata[i];

      if (rs_pb_proposal_get_id (old) != rs_pb_proposal_get_id (new) ||
          g_strcmp0 (rs_pb_proposal_get_status (old), rs_pb_proposal_get_status (new)) != 0 ||
          g_strcmp0 (rs_pb_proposal_get_title (old), rs_pb_proposal_get_title (new)) != 0 ||
          g_strcmp0 (rs_pb_proposal_get_reason (old), rs_pb_proposal_get_reason (new)) != 0 ||
          g_strcmp0 (rs_pb_proposal_get_district (old), rs_pb_proposal_get_district (new)) != 0 ||
          rs_pb_proposal_get_effective_cost (old) != rs_pb_proposal_get_effective_cost (new))
        return FALSE;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RsPbProposal) old = g_list_model_get_item (G_LIST_MODEL (store), i);
      int votes = rs_pb_proposal_get_votes (items->pdata[i]);

      if (rs_pb_proposal_get_votes (old) != votes)
        g_object_set (old, "votes", votes, NULL);
    }
  return TRUE;
}

static void
splice_all (GListStore *store,
            GPtrArray  *items)
{
  if (update_votes_in_place (store, items))
    return;
  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)),
                       items->pdata, items->len);
}

/* The database task's data is a JobData owned by rs-database.c; to reach
 * our Op after the job, the callback gets it through this pair. */
typedef struct
{
  RsPbStore  *store;      /* strong */
  Op         *op;         /* owned by the database task */
  GTask      *task;       /* the caller's, or NULL for an internal refresh */
  GListStore *model;      /* for refreshes */
} Pending;

static void refresh_models (RsPbStore *self, OpKind kind, gint64 pool_id);

static void
op_done_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  Pending *p = user_data;
  g_autoptr(GError) error = NULL;
  gboolean ok = rs_database_run_finish_boolean (RS_DATABASE (object), result, &error);
  Op *op = p->op;
  const char *kind = op->kind == OP_COUNT && !op->flag ? NULL : op_changes (op->kind);

  if (p->model != NULL)
    {
      if (ok)
        splice_all (p->model, op->items);
      else
        g_warning ("Could not read a list: %s", error->message);
    }
  else if (ok && kind != NULL)
    {
      refresh_models (p->store, op->kind, op->pool_id);
      g_signal_emit (p->store, signals[CHANGED], 0, kind, op->pool_id);
    }
  if (p->task != NULL)
    {
      if (ok)
        g_task_return_pointer (p->task, p->op, op_free);
      else
        {
          op_free (p->op);
          g_task_return_error (p->task, g_steal_pointer (&error));
        }
      g_object_unref (p->task);
    }
  else
    op_free (p->op);
  g_clear_object (&p->model);
  g_object_unref (p->store);
  g_free (p);
}

static void
run_op (RsPbStore   *self,
        Op          *op,
        GTask       *task,
        GListStore  *model)
{
  Pending *p = g_new0 (Pending, 1);

  p->store = g_object_ref (self);
  p->op = op;
  p->task = task;
  p->model = model ? g_object_ref (model) : NULL;
  /* The Op outlives the job: op_done_cb frees or hands it on. */
  rs_database_run_async (self->db, op_job, op, NULL, NULL,
                         task ? g_task_get_cancellable (task) : NULL, op_done_cb, p);
}

static void
refresh_models (RsPbStore *self,
                OpKind     kind,
                gint64     pool_id)
{
  GListStore *model;

  if (kind == OP_CREATE_POOL || kind == OP_SAVE_POOL)
    {
      GHashTableIter iter;
      gpointer key, value;

      /* A pool changed: re-read every process's list (there are few). */
      g_hash_table_iter_init (&iter, self->pools);
      while (g_hash_table_iter_next (&iter, &key, &value))
        run_op (self, op_new (OP_LIST_POOLS, *(gint64 *) key), NULL, value);
    }
  if ((model = g_hash_table_lookup (self->proposals, &pool_id)) != NULL)
    run_op (self, op_new (OP_LIST_PROPOSALS, pool_id), NULL, model);
}

static GTask *
new_task (RsPbStore          *self,
          gpointer            tag,
          GCancellable       *cancellable,
          GAsyncReadyCallback callback,
          gpointer            user_data)
{
  GTask *task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, tag);
  return task;
}

static Op *
finish_op (RsPbStore    *self,
           GAsyncResult *result,
           GError      **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
rs_pb_store_dispose (GObject *object)
{
  RsPbStore *self = RS_PB_STORE (object);

  g_clear_pointer (&self->pools, g_hash_table_unref);
  g_clear_pointer (&self->proposals, g_hash_table_unref);
  g_clear_object (&self->db);
  G_OBJECT_CLASS (rs_pb_store_parent_class)->dispose (object);
}

static void
rs_pb_store_class_init (RsPbStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rs_pb_store_dispose;

  /**
   * RsPbStore::changed:
   * @kind: "pool", "proposal", "ballot" or "result"
   * @pool_id: the pool that changed
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_INT64);
}

static void
rs_pb_store_init (RsPbStore *self)
{
  self->pools = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->proposals = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
}

RsPbStore *
rs_pb_store_new (RsDatabase *db)
{
  RsPbStore *self;

  g_return_val_if_fail (RS_IS_DATABASE (db), NULL);
  self = g_object_new (RS_TYPE_PB_STORE, NULL);
  self->db = g_object_ref (db);
  return self;
}

RsDatabase *
rs_pb_store_get_database (RsPbStore *self)
{
  return self->db;
}

static GListModel *
get_model (RsPbStore  *self,
           GHashTable *table,
           GType       type,
           OpKind      kind,
           gint64      id)
{
  GListStore *model = g_hash_table_lookup (table, &id);

  if (model == NULL)
    {
      model = g_list_store_new (type);
      g_hash_table_insert (table, g_memdup2 (&id, sizeof id), model);
      run_op (self, op_new (kind, id), NULL, model);
    }
  return G_LIST_MODEL (model);
}

GListModel *
rs_pb_store_get_pools (RsPbStore *self,
                       gint64     process_id)
{
  g_return_val_if_fail (RS_IS_PB_STORE (self), NULL);
  return get_model (self, self->pools, RS_TYPE_PB_POOL, OP_LIST_POOLS, process_id);
}

GListModel *
rs_pb_store_get_proposals (RsPbStore *self,
                           gint64     pool_id)
{
  g_return_val_if_fail (RS_IS_PB_STORE (self), NULL);
  return get_model (self, self->proposals, RS_TYPE_PB_PROPOSAL, OP_LIST_PROPOSALS, pool_id);
}

void
rs_pb_store_notify_changed (RsPbStore  *self,
                            const char *kind,
                            gint64      pool_id)
{
  refresh_models (self, OP_SAVE_POOL, pool_id);
  g_signal_emit (self, signals[CHANGED], 0, kind, pool_id);
}

/* ---- Operations ---- */

void
rs_pb_store_create_pool_async (RsPbStore          *self,
                               gint64              process_id,
                               const char         *name,
                               gint64              amount,
                               GCancellable       *cancellable,
                               GAsyncReadyCallback callback,
                               gpointer            user_data)
{
  Op *op = op_new (OP_CREATE_POOL, 0);

  op->id = process_id;
  op->text[0] = g_strdup (name);
  op->amount = amount;
  run_op (self, op, new_task (self, rs_pb_store_create_pool_async, cancellable, callback,
                              user_data), NULL);
}

RsPbPool *
rs_pb_store_create_pool_finish (RsPbStore    *self,
                                GAsyncResult *result,
                                GError      **error)
{
  Op *op = finish_op (self, result, error);
  RsPbPool *pool;

  if (op == NULL)
    return NULL;
  pool = g_steal_pointer (&op->pool);
  op_free (op);
  return pool;
}

void
rs_pb_store_save_pool_async (RsPbStore          *self,
                             RsPbPool           *pool,
                             GCancellable       *cancellable,
                             GAsyncReadyCallback callback,
                             gpointer            user_data)
{
  Op *op = op_new (OP_SAVE_POOL, rs_pb_pool_get_id (pool));

  op->pool = g_object_ref (pool);
  run_op (self, op, new_task (self, rs_pb_store_save_pool_async, cancellable, callback,
                              user_data), NULL);
}

static gboolean
finish_boolean (RsPbStore    *self,
                GAsyncResult *result,
                GError      **error)
{
  Op *op = finish_op (self, result, error);

  if (op == NULL)
    return FALSE;
  op_free (op);
  return TRUE;
}

gboolean
rs_pb_store_save_pool_finish (RsPbStore    *self,
                              GAsyncResult *result,
                              GError      **error)
{
  return finish_boolean (self, result, error);
}

void
rs_pb_store_add_proposal_async (RsPbStore          *self,
                                gint64              pool_id,
                                const char         *code,
                                const char         *title,
                                gint64              cost,
                                const char         *district,
                                const char         *theme,
                                GCancellable       *cancellable,
                                GAsyncReadyCallback callback,
                                gpointer            user_data)
{
  Op *op = op_new (OP_ADD_PROPOSAL, pool_id);

  op->text[0] = g_strdup (code);
  op->text[1] = g_strdup (title);
  op->text[2] = g_strdup (district);
  op->text[3] = g_strdup (theme);
  op->amount = cost;
  run_op (self, op, new_task (self, rs_pb_store_add_proposal_async, cancellable, callback,
                              user_data), NULL);
}

gint64
rs_pb_store_add_proposal_finish (RsPbStore    *self,
                                 GAsyncResult *result,
                                 GError      **error)
{
  Op *op = finish_op (self, result, error);
  gint64 id;

  if (op == NULL)
    return 0;
  id = op->new_id;
  op_free (op);
  return id;
}

void
rs_pb_store_assess_async (RsPbStore          *self,
                          RsPbProposal       *proposal,
                          const char         *status,
                          const char         *reason,
                          gint64              revised_cost,
                          GCancellable       *cancellable,
                          GAsyncReadyCallback callback,
                          gpointer            user_data)
{
  Op *op = op_new (OP_ASSESS, rs_pb_proposal_get_pool_id (proposal));

  op->id = rs_pb_proposal_get_id (proposal);
  op->text[0] = g_strdup (status);
  op->text[1] = g_strdup (reason);
  op->amount = revised_cost;
  run_op (self, op, new_task (self, rs_pb_store_assess_async, cancellable, callback, user_data),
          NULL);
}

gboolean
rs_pb_store_assess_finish (RsPbStore    *self,
                           GAsyncResult *result,
                           GError      **error)
{
  return finish_boolean (self, result, error);
}

void
rs_pb_store_import_csv_async (RsPbStore          *self,
                              gint64              pool_id,
                              GFile              *file,
                              gboolean            ballots,
                              GCancellable       *cancellable,
                              GAsyncReadyCallback callback,
                              gpointer            user_data)
{
  Op *op = op_new (ballots ? OP_IMPORT_BALLOTS : OP_IMPORT_PROPOSALS, pool_id);

  op->file = g_object_ref (file);
  run_op (self, op, new_task (self, rs_pb_store_import_csv_async, cancellable, callback,
                              user_data), NULL);
}

gboolean
rs_pb_store_import_csv_finish (RsPbStore    *self,
                               GAsyncResult *result,
                               guint        *n_imported,
                               guint        *n_flagged,
                               GError      **error)
{
  Op *op = finish_op (self, result, error);

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
rs_pb_store_enter_ballot_async (RsPbStore          *self,
                                gint64              pool_id,
                                const char         *voter_id,
                                const char         *paper_number,
                                const char         *age_band,
                                const char         *district,
                                const char * const *codes,
                                gboolean            check,
                                GCancellable       *cancellable,
                                GAsyncReadyCallback callback,
                                gpointer            user_data)
{
  Op *op = op_new (check ? OP_CHECK_BALLOT : OP_ENTER_BALLOT, pool_id);

  op->text[0] = g_strdup (voter_id);
  op->text[1] = g_strdup (paper_number);
  op->text[2] = g_strdup (age_band);
  op->text[3] = g_strdup (district);
  op->codes = g_strdupv ((GStrv) codes);
  run_op (self, op, new_task (self, rs_pb_store_enter_ballot_async, cancellable, callback,
                              user_data), NULL);
}

gboolean
rs_pb_store_enter_ballot_finish (RsPbStore    *self,
                                 GAsyncResult *result,
                                 gboolean     *matched,
                                 GError      **error)
{
  Op *op = finish_op (self, result, error);

  if (op == NULL)
    return FALSE;
  if (matched)
    *matched = op->matched;
  op_free (op);
  return TRUE;
}

void
rs_pb_store_stats_async (RsPbStore          *self,
                         gint64              pool_id,
                         GCancellable       *cancellable,
                         GAsyncReadyCallback callback,
                         gpointer            user_data)
{
  run_op (self, op_new (OP_STATS, pool_id),
          new_task (self, rs_pb_store_stats_async, cancellable, callback, user_data), NULL);
}

gboolean
rs_pb_store_stats_finish (RsPbStore    *self,
                          GAsyncResult *result,
                          RsPbStats    *out,
                          GError      **error)
{
  Op *op = finish_op (self, result, error);

  if (op == NULL)
    return FALSE;
  *out = op->stats;
  op->stats.by_age_band = NULL;
  op->stats.by_district = NULL;
  op->stats.population_share = NULL;
  op->stats.population_credit = NULL;
  op_free (op);
  return TRUE;
}

void
rs_pb_store_count_async (RsPbStore          *self,
                         gint64              pool_id,
                         RsPbRule            rule,
                         guint64             seed,
                         gboolean            save,
                         GCancellable       *cancellable,
                         GAsyncReadyCallback callback,
                         gpointer            user_data)
{
  Op *op = op_new (OP_COUNT, pool_id);

  op->rule = rule;
  op->seed = seed;
  op->flag = save;
  run_op (self, op, new_task (self, rs_pb_store_count_async, cancellable, callback, user_data),
          NULL);
}

RsPbPoolCount *
rs_pb_store_count_finish (RsPbStore    *self,
                          GAsyncResult *result,
                          GError      **error)
{
  Op *op = finish_op (self, result, error);
  RsPbPoolCount *count;

  if (op == NULL)
    return NULL;
  count = g_steal_pointer (&op->count);
  op_free (op);
  return count;
}

void
rs_pb_store_merge_async (RsPbStore          *self,
                         gint64              pool_id,
                         const gint64       *ids,
                         guint               n_ids,
                         const char         *title,
                         GCancellable       *cancellable,
                         GAsyncReadyCallback callback,
                         gpointer            user_data)
{
  Op *op = op_new (OP_MERGE, pool_id);

  op->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_array_append_vals (op->ids, ids, n_ids);
  op->text[0] = g_strdup (title);
  run_op (self, op, new_task (self, rs_pb_store_merge_async, cancellable, callback, user_data),
          NULL);
}

gint64
rs_pb_store_merge_finish (RsPbStore    *self,
                          GAsyncResult *result,
                          GError      **error)
{
  Op *op = finish_op (self, result, error);
  gint64 id;

  if (op == NULL)
    return 0;
  id = op->new_id;
  op_free (op);
  return id;
}

void
rs_pb_store_export_pb_async (RsPbStore          *self,
                             gint64              pool_id,
                             GCancellable       *cancellable,
                             GAsyncReadyCallback callback,
                             gpointer            user_data)
{
  run_op (self, op_new (OP_EXPORT, pool_id),
          new_task (self, rs_pb_store_export_pb_async, cancellable, callback, user_data), NULL);
}

char *
rs_pb_store_export_pb_finish (RsPbStore    *self,
                              GAsyncResult *result,
                              GError      **error)
{
  Op *op = finish_op (self, result, error);
  char *text;

  if (op == NULL)
    return NULL;
  text = g_steal_pointer (&op->text[5]);
  op_free (op);
  return text;
}

void
rs_pb_store_carry_async (RsPbStore          *self,
                         gint64              pool_id,
                         gint64              result_id,
                         GCancellable       *cancellable,
                         GAsyncReadyCallback callback,
                         gpointer            user_data)
{
  Op *op = op_new (OP_CARRY, pool_id);

  op->id = result_id;
  run_op (self, op, new_task (self, rs_pb_store_carry_async, cancellable, callback, user_data),
          NULL);
}

gboolean
rs_pb_store_carry_finish (RsPbStore    *self,
                          GAsyncResult *result,
                          guint        *n_carried,
                          GError      **error)
{
  Op *op = finish_op (self, result, error);

  if (op == NULL)
    return FALSE;
  if (n_carried)
    *n_carried = op->n1;
  op_free (op);
  return TRUE;
}
