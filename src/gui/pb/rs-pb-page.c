/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-pb-page"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "rs-pb-ballot-entry.h"
#include "rs-pb-comparison.h"
#include "rs-pb-page.h"
#include "rs-pb-proposal-row.h"
#include "rs-pb-protocol.h"
#include "rs-pb-report.h"
#include "rs-pb-result-row.h"
#include "rs-pb-store.h"

struct _RsPbPage
{
  RsPage          parent_instance;

  RsPbStore      *store;
  GListModel     *pools;
  GListModel     *proposals;
  RsPbPool       *pool;
  RsPbPoolCount  *count;
  RsPbPoolCount  *greedy;
  guint           stats_source;

  AdwEntryRow    *age_row;
  AdwEntryRow    *amount_row;
  RsPbBallotEntry *ballot_entry;
  GtkDropDown    *ballot_row;
  GtkLabel       *ballots_label;
  AdwEntryRow    *choices_row;
  AdwEntryRow    *envelopes_row;
  AdwEntryRow    *name_row;
  AdwEntryRow    *new_cost_row;
  AdwEntryRow    *new_district_row;
  AdwEntryRow    *new_theme_row;
  AdwEntryRow    *new_title_row;
  GtkStack       *page_stack;
  GtkListBox     *proposal_list;
  GtkLabel       *proposals_label;
  GtkListBox     *result_list;
  GtkLabel       *result_label;
  GtkDropDown    *rule_row;
  GtkLabel       *turnout_label;
  AdwEntryRow    *years_row;
  AdwEntryRow    *proposals_to_row;
  AdwEntryRow    *assessment_to_row;
  AdwEntryRow    *voting_from_row;
  AdwEntryRow    *voting_to_row;
  AdwEntryRow    *result_on_row;
};

G_DEFINE_FINAL_TYPE (RsPbPage, rs_pb_page, RS_TYPE_PAGE)

static const char * const ballot_kinds[] = { "approval", "k-approval", "knapsack" };
static const RsPbRule rules[] = { RS_PB_RULE_EQUAL_SHARES_ADD1, RS_PB_RULE_EQUAL_SHARES,
                                  RS_PB_RULE_GREEDY };

static void
set_int_text (AdwEntryRow *row,
              gint64       value)
{
  g_autofree char *text = value ? g_strdup_printf ("%" G_GINT64_FORMAT, value) : g_strdup ("");

  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static void
show_pool_fields (RsPbPage *self)
{
  RsPbPool *pool = self->pool;
  GPtrArray *env = rs_pb_pool_get_envelopes (pool);
  g_autoptr(GString) envelopes = g_string_new (NULL);
  g_autofree char *years = NULL;
  RsPbRule rule = RS_PB_RULE_EQUAL_SHARES_ADD1;

  gtk_editable_set_text (GTK_EDITABLE (self->name_row), rs_pb_pool_get_name (pool));
  set_int_text (self->amount_row, rs_pb_pool_get_amount (pool));
  if (rs_pb_pool_get_first_year (pool) > 0)
    years = rs_pb_pool_get_last_year (pool) > rs_pb_pool_get_first_year (pool)
          ? g_strdup_printf ("%d-%d", rs_pb_pool_get_first_year (pool), rs_pb_pool_get_last_year (pool))
          : g_strdup_printf ("%d", rs_pb_pool_get_first_year (pool));
  gtk_editable_set_text (GTK_EDITABLE (self->years_row), years ? years : "");
  for (guint i = 0; i < env->len; i++)
    {
      RsPbEnvelope *e = g_ptr_array_index (env, i);
      g_string_append_printf (envelopes, "%s%s=%" G_GINT64_FORMAT, i ? ", " : "", e->district,
                              e->amount);
    }
  gtk_editable_set_text (GTK_EDITABLE (self->envelopes_row), envelopes->str);
  for (guint i = 0; i < G_N_ELEMENTS (ballot_kinds); i++)
    if (g_str_equal (ballot_kinds[i], rs_pb_pool_get_ballot_kind (pool)))
      gtk_drop_down_set_selected (self->ballot_row, i);
  set_int_text (self->choices_row, rs_pb_pool_get_max_choices (pool));
  gtk_editable_set_text (GTK_EDITABLE (self->proposals_to_row),
                         rs_pb_pool_get_proposals_to (pool) ? rs_pb_pool_get_proposals_to (pool) : "");
  gtk_editable_set_text (GTK_EDITABLE (self->assessment_to_row),
                         rs_pb_pool_get_assessment_to (pool) ? rs_pb_pool_get_assessment_to (pool) : "");
  gtk_editable_set_text (GTK_EDITABLE (self->voting_from_row),
                         rs_pb_pool_get_voting_from (pool) ? rs_pb_pool_get_voting_from (pool) : "");
  gtk_editable_set_text (GTK_EDITABLE (self->voting_to_row),
                         rs_pb_pool_get_voting_to (pool) ? rs_pb_pool_get_voting_to (pool) : "");
  gtk_editable_set_text (GTK_EDITABLE (self->result_on_row),
                         rs_pb_pool_get_result_on (pool) ? rs_pb_pool_get_result_on (pool) : "");
  set_int_text (self->age_row, rs_pb_pool_get_min_age (pool));
  rs_pb_rule_from_string (rs_pb_pool_get_rule (pool), &rule);
  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    if (rules[i] == rule)
      gtk_drop_down_set_selected (self->rule_row, i);
}

static GtkWidget *
create_proposal_row (gpointer item,
                     gpointer user_data)
{
  return rs_pb_proposal_row_new (item);
}

static GtkWidget *
create_result_row (gpointer item,
                   gpointer user_data)
{
  return rs_pb_result_row_new (item);
}

static void
stats_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(RsPbPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GList) keys = NULL;
  RsPbStats stats;

  if (!rs_pb_store_stats_finish (RS_PB_STORE (object), result, &stats, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        rs_page_show_error (RS_PAGE (self), error);
      return;
    }
  {
    g_autofree char *a = g_strdup_printf (ngettext ("%d ballot", "%d ballots", stats.ballots),
                                          stats.ballots);
    g_autofree char *b = g_strdup_printf (_("%s; %d on paper, %d checked by second entry (%d "
                                            "differ), %d flagged for review."), a, stats.paper,
                                          stats.checked, stats.mismatches, stats.flagged);
    gtk_label_set_label (self->ballots_label, b);
  }
  for (int pass = 0; pass < 2; pass++)
    {
      GHashTable *table = pass == 0 ? stats.by_age_band : stats.by_district;

      g_string_append (text, pass == 0 ? _("Age band:") : _("District:"));
      g_clear_pointer (&keys, g_list_free);
      keys = g_list_sort (g_hash_table_get_keys (table), (GCompareFunc) g_strcmp0);
      for (GList *l = keys; l; l = l->next)
        {
          int n = GPOINTER_TO_INT (g_hash_table_lookup (table, l->data));
          /* Small cells are not shown (fewer than 5 ballots). */
          if (n < 5)
            g_string_append_printf (text, "\n  %s: <5", *(char *) l->data ? (char *) l->data
                                                                          : _("not given"));
          else
            g_string_append_printf (text, "\n  %s: %d (%.0f %%)",
                                    *(char *) l->data ? (char *) l->data : _("not given"), n,
                                    100.0 * n / MAX (stats.ballots, 1));
          if (pass == 0 && stats.population_share != NULL &&
              g_hash_table_lookup (stats.population_share, l->data) != NULL)
            g_string_append_printf (text, _(" — population %.0f %%"),
                                    *(double *) g_hash_table_lookup (stats.population_share,
                                                                     l->data));
        }
      g_string_append (text, "\n");
    }
  if (stats.population_credit != NULL)
    g_string_append_printf (text, _("Population: %s"), stats.population_credit);
  gtk_label_set_label (self->turnout_label, text->str);
  rs_pb_stats_clear (&stats);
}

static void
refresh_stats (RsPbPage *self)
{
  if (self->pool != NULL)
    rs_pb_store_stats_async (self->store, rs_pb_pool_get_id (self->pool),
                             rs_page_get_cancellable (RS_PAGE (self)), stats_cb,
                             g_object_ref (self));
}

static void
update_proposals_label (RsPbPage *self)
{
  guint n = self->proposals ? g_list_model_get_n_items (self->proposals) : 0;
  guint on_ballot = 0, open = 0;
  g_autofree char *text = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RsPbProposal) p = g_list_model_get_item (self->proposals, i);
      if (rs_pb_proposal_is_on_ballot (p))
        on_ballot++;
      else if (g_str_equal (rs_pb_proposal_get_status (p), "submitted"))
        open++;
    }
  text = g_strdup_printf (_("%u proposals: %u on the ballot, %u not assessed yet."), n, on_ballot,
                          open);
  gtk_label_set_label (self->proposals_label, text);
}

static void
show_pool (RsPbPage *self,
           RsPbPool *pool)
{
  g_set_object (&self->pool, pool);
  g_clear_pointer (&self->count, rs_pb_pool_count_free);
  g_clear_pointer (&self->greedy, rs_pb_pool_count_free);
  gtk_list_box_bind_model (self->result_list, NULL, NULL, NULL, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->result_list), FALSE);
  if (pool == NULL)
    {
      gtk_list_box_bind_model (self->proposal_list, NULL, NULL, NULL, NULL);
      if (self->proposals)
        g_signal_handlers_disconnect_by_data (self->proposals, self);
      self->proposals = NULL;
      gtk_stack_set_visible_child_name (self->page_stack, "empty");
      return;
    }
  show_pool_fields (self);
  if (self->proposals)
    g_signal_handlers_disconnect_by_data (self->proposals, self);
  self->proposals = rs_pb_store_get_proposals (self->store, rs_pb_pool_get_id (pool));
  g_signal_connect_swapped (self->proposals, "items-changed", G_CALLBACK (update_proposals_label),
                            self);
  gtk_list_box_bind_model (self->proposal_list, self->proposals, create_proposal_row, NULL, NULL);
  update_proposals_label (self);
  rs_pb_ballot_entry_set_pool (self->ballot_entry, self->store, rs_pb_pool_get_id (pool));
  refresh_stats (self);
  gtk_stack_set_visible_child_name (self->page_stack, "pool");
}

static void
pools_changed_cb (RsPbPage *self)
{
  guint n = g_list_model_get_n_items (self->pools);
  g_autoptr(RsPbPool) pick = NULL;

  for (guint i = 0; i < n && self->pool; i++)
    {
      g_autoptr(RsPbPool) p = g_list_model_get_item (self->pools, i);
      if (rs_pb_pool_get_id (p) == rs_pb_pool_get_id (self->pool))
        pick = g_steal_pointer (&p);
    }
  if (pick == NULL && n > 0)
    pick = g_list_model_get_item (self->pools, n - 1);
  show_pool (self, pick);
}

static gboolean
stats_timeout_cb (gpointer data)
{
  RsPbPage *self = data;

  self->stats_source = 0;
  refresh_stats (self);
  return G_SOURCE_REMOVE;
}

static void
store_changed_cb (RsPbPage   *self,
                  const char *kind,
                  gint64      pool_id)
{
  /* While ballots are typed in, the statistics follow a moment later
   * rather than after every single ballot. */
  if (self->pool != NULL && pool_id == rs_pb_pool_get_id (self->pool) &&
      !g_str_equal (kind, "pool") && self->stats_source == 0)
    self->stats_source = g_timeout_add (400, stats_timeout_cb, self);
}

static void
rs_pb_page_process_changed (RsPage *page)
{
  RsPbPage *self = RS_PB_PAGE (page);
  RsProcess *process = rs_page_get_process (page);
  RsDatabase *db = rs_page_get_database (page);

  if (self->pools)
    g_signal_handlers_disconnect_by_data (self->pools, self);
  self->pools = NULL;
  show_pool (self, NULL);
  if (self->store != NULL && (db == NULL || rs_pb_store_get_database (self->store) != db))
    {
      g_signal_handlers_disconnect_by_data (self->store, self);
      g_clear_object (&self->store);
    }
  if (process == NULL || db == NULL)
    return;
  if (self->store == NULL)
    {
      self->store = rs_pb_store_new (db);
      g_signal_connect_object (self->store, "changed", G_CALLBACK (store_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }
  self->pools = rs_pb_store_get_pools (self->store, rs_process_get_id (process));
  g_signal_connect_swapped (self->pools, "items-changed", G_CALLBACK (pools_changed_cb), self);
  pools_changed_cb (self);
}

/* ---- Actions ---- */

static void
pool_created_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(RsPbPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(RsPbPool) pool = rs_pb_store_create_pool_finish (RS_PB_STORE (object), result, &error);

  if (pool == NULL)
    rs_page_show_error (RS_PAGE (self), error);
}

static void
new_pool_action (GtkWidget  *widget,
                 const char *name,
                 GVariant   *param)
{
  RsPbPage *self = RS_PB_PAGE (widget);
  RsProcess *process = rs_page_get_process (RS_PAGE (self));

  if (self->store == NULL || process == NULL)
    return;
  rs_pb_store_create_pool_async (self->store, rs_process_get_id (process),
                                 _("Development pool"), 0, rs_page_get_cancellable (RS_PAGE (self)),
                                 pool_created_cb, g_object_ref (self));
}

static gint64
row_int (AdwEntryRow *row)
{
  return g_ascii_strtoll (gtk_editable_get_text (GTK_EDITABLE (row)), NULL, 10);
}

static void
saved_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(RsPbPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!rs_pb_store_save_pool_finish (RS_PB_STORE (object), result, &error))
    rs_page_show_error (RS_PAGE (self), error);
  else
    rs_page_add_toast (RS_PAGE (self), adw_toast_new (_("Development pool saved")));
}

static void
save_pool_action (GtkWidget  *widget,
                  const char *name,
                  GVariant   *param)
{
  RsPbPage *self = RS_PB_PAGE (widget);
  g_autoptr(RsPbPool) pool = NULL;
  g_auto(GStrv) parts = NULL;
  int first = 0, last = 0;
  guint kind = gtk_drop_down_get_selected (self->ballot_row);
  guint rule = gtk_drop_down_get_selected (self->rule_row);

  if (self->pool == NULL)
    return;
  /* Edit a copy; the model's object changes when the store says so. */
  pool = g_object_new (RS_TYPE_PB_POOL, "id", rs_pb_pool_get_id (self->pool),
                       "process-id", rs_pb_pool_get_process_id (self->pool), NULL);
  sscanf (gtk_editable_get_text (GTK_EDITABLE (self->years_row)), "%d-%d", &first, &last);
  g_object_set (pool,
                "name", gtk_editable_get_text (GTK_EDITABLE (self->name_row)),
                "amount", MAX (row_int (self->amount_row), 0),
                "first-year", CLAMP (first, 0, 9999),
                "last-year", CLAMP (last ? last : first, 0, 9999),
                "ballot-kind", ballot_kinds[MIN (kind, G_N_ELEMENTS (ballot_kinds) - 1)],
                "max-choices", (int) CLAMP (row_int (self->choices_row), 0, 1000),
                "min-age", (int) CLAMP (row_int (self->age_row), 0, 120),
                "rule", rs_pb_rule_to_string (rules[MIN (rule, G_N_ELEMENTS (rules) - 1)]),
                "proposals-to", gtk_editable_get_text (GTK_EDITABLE (self->proposals_to_row)),
                "assessment-to", gtk_editable_get_text (GTK_EDITABLE (self->assessment_to_row)),
                "voting-from", gtk_editable_get_text (GTK_EDITABLE (self->voting_from_row)),
                "voting-to", gtk_editable_get_text (GTK_EDITABLE (self->voting_to_row)),
                "result-on", gtk_editable_get_text (GTK_EDITABLE (self->result_on_row)),
                NULL);
  parts = g_strsplit (gtk_editable_get_text (GTK_EDITABLE (self->envelopes_row)), ",", -1);
  for (guint i = 0; parts[i]; i++)
    {
      g_auto(GStrv) kv = g_strsplit (parts[i], "=", 2);
      if (kv[0] && kv[1] && *g_strstrip (kv[0]))
        rs_pb_pool_set_envelope (pool, kv[0], g_ascii_strtoll (g_strstrip (kv[1]), NULL, 10));
    }
  rs_pb_store_save_pool_async (self->store, pool, rs_page_get_cancellable (RS_PAGE (self)),
                               saved_cb, g_object_ref (self));
}

typedef struct
{
  RsPbPage *self;
  gboolean  ballots;
} ImportData;

static void
imported_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(RsPbPage) self = user_data;
  g_autoptr(GError) error = NULL;
  guint n = 0, flagged = 0;

  if (!rs_pb_store_import_csv_finish (RS_PB_STORE (object), result, &n, &flagged, &error))
    rs_page_show_error (RS_PAGE (self), error);
  else
    rs_page_add_toast (RS_PAGE (self), adw_toast_new_format (_("Imported %u, %u flagged for "
                                                               "review"), n, flagged));
}

static void
import_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    gpointer         user_data)
{
  ImportData *d = user_data;

  if (response == GTK_RESPONSE_ACCEPT && d->self->pool != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      rs_pb_store_import_csv_async (d->self->store, rs_pb_pool_get_id (d->self->pool), file,
                                    d->ballots, rs_page_get_cancellable (RS_PAGE (d->self)),
                                    imported_cb, g_object_ref (d->self));
    }
  g_object_unref (d->self);
  g_free (d);
  g_object_unref (dialog);
}

static void
import_action (GtkWidget  *widget,
               const char *name,
               GVariant   *param)
{
  RsPbPage *self = RS_PB_PAGE (widget);
  gboolean ballots = g_str_equal (name, "pb.import-ballots");
  GtkFileChooserNative *dialog;
  ImportData *d;

  if (self->pool == NULL)
    return;
  dialog = gtk_file_chooser_native_new (ballots ? _("Import Ballots") : _("Import Proposals"),
                                        GTK_WINDOW (gtk_widget_get_root (widget)),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), NULL);
  d = g_new0 (ImportData, 1);
  d->self = g_object_ref (self);
  d->ballots = ballots;
  g_signal_connect (dialog, "response", G_CALLBACK (import_response_cb), d);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static RsPbProposal *
find_proposal (RsPbPage *self,
               gint64    id)
{
  guint n = self->proposals ? g_list_model_get_n_items (self->proposals) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RsPbProposal) p = g_list_model_get_item (self->proposals, i);
      if (rs_pb_proposal_get_id (p) == id)
        return g_steal_pointer (&p);
    }
  return NULL;
}

static void
assessed_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(RsPbPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!rs_pb_store_assess_finish (RS_PB_STORE (object), result, &error))
    rs_page_show_error (RS_PAGE (self), error);
}

static void
merged_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(RsPbPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (rs_pb_store_merge_finish (RS_PB_STORE (object), result, &error) == 0)
    rs_page_show_error (RS_PAGE (self), error);
  else
    rs_page_add_toast (RS_PAGE (self), adw_toast_new (_("Proposals merged; assess the new one")));
}

static void
merge_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   gpointer          user_data)
{
  g_autoptr(RsPbPage) self = user_data;
  GtkWidget *box = adw_message_dialog_get_extra_child (dialog);
  GtkEditable *codes_entry = GTK_EDITABLE (gtk_widget_get_first_child (box));
  GtkEditable *title_entry = GTK_EDITABLE (gtk_widget_get_next_sibling (GTK_WIDGET (codes_entry)));
  g_auto(GStrv) codes = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (!g_str_equal (response, "merge") || self->pool == NULL || self->proposals == NULL)
    return;
  codes = g_strsplit_set (gtk_editable_get_text (codes_entry), " ,;", -1);
  for (guint i = 0; codes[i]; i++)
    for (guint j = 0; *codes[i] && j < g_list_model_get_n_items (self->proposals); j++)
      {
        g_autoptr(RsPbProposal) p = g_list_model_get_item (self->proposals, j);
        if (g_ascii_strcasecmp (rs_pb_proposal_get_code (p), codes[i]) == 0)
          {
            gint64 id = rs_pb_proposal_get_id (p);
            g_array_append_val (ids, id);
          }
      }
  rs_pb_store_merge_async (self->store, rs_pb_pool_get_id (self->pool), (gint64 *) ids->data,
                           ids->len, gtk_editable_get_text (title_entry),
                           rs_page_get_cancellable (RS_PAGE (self)), merged_cb,
                           g_object_ref (self));
}

static void
merge_action (GtkWidget  *widget,
              const char *name,
              GVariant   *param)
{
  RsPbPage *self = RS_PB_PAGE (widget);
  AdwMessageDialog *dialog;
  GtkWidget *box, *codes, *title;

  if (self->pool == NULL)
    return;
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                                       _("Merge Duplicates"),
                                                       _("The merged proposals stay, marked as "
                                                         "merged, and the new one gets their "
                                                         "summed cost.")));
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  codes = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (codes), _("Numbers, e.g. N-02 N-03"));
  title = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (title), _("Title of the merged proposal"));
  gtk_entry_set_activates_default (GTK_ENTRY (title), TRUE);
  gtk_box_append (GTK_BOX (box), codes);
  gtk_box_append (GTK_BOX (box), title);
  adw_message_dialog_set_extra_child (dialog, box);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "merge", _("_Merge"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "merge", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "merge");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (merge_response_cb), g_object_ref (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
reject_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    gpointer          user_data)
{
  g_autoptr(RsPbPage) self = user_data;
  RsPbProposal *proposal = g_object_get_data (G_OBJECT (dialog), "proposal");
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));

  if (g_str_equal (response, "reject"))
    rs_pb_store_assess_async (self->store, proposal, "not-feasible", gtk_editable_get_text (entry),
                              -1, rs_page_get_cancellable (RS_PAGE (self)), assessed_cb,
                              g_object_ref (self));
}

static void
mark_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  RsPbPage *self = RS_PB_PAGE (widget);
  g_autoptr(RsPbProposal) proposal = find_proposal (self, g_variant_get_int64 (param));
  AdwMessageDialog *dialog;
  GtkWidget *entry;

  if (proposal == NULL)
    return;
  if (g_str_equal (name, "pb.mark-feasible"))
    {
      rs_pb_store_assess_async (self->store, proposal, "feasible", NULL,
                                rs_pb_proposal_get_revised_cost (proposal),
                                rs_page_get_cancellable (RS_PAGE (self)), assessed_cb,
                                g_object_ref (self));
      return;
    }
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                                       _("Not Feasible?"),
                                                       _("The reason is published with the "
                                                         "ballot list.")));
  entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Reason"));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  adw_message_dialog_set_extra_child (dialog, entry);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "reject", _("_Not Feasible"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "reject", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "reject");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "proposal", g_object_ref (proposal), g_object_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (reject_response_cb), g_object_ref (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_result (RsPbPage *self)
{
  g_autoptr(GListModel) model = NULL;
  gint64 spent = 0, greedy_spent = 0;
  guint funded = 0, greedy_funded = 0;
  g_autofree char *text = NULL;

  if (self->count == NULL || self->greedy == NULL)
    return;
  for (guint i = 0; i < self->count->results->len; i++)
    {
      RsPbResult *r = g_ptr_array_index (self->count->results, i);
      RsPbResult *g = g_ptr_array_index (self->greedy->results, i);
      spent += r->spent;
      funded += r->funded->len;
      greedy_spent += g->spent;
      greedy_funded += g->funded->len;
    }
  {
    g_autofree char *a = rs_pb_format_amount (spent);
    g_autofree char *b = rs_pb_format_amount (greedy_spent);
    g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, self->count->result_id);

    text = g_strdup_printf (_("%s funds %u projects for DKK %s; greedy counting would fund %u "
                              "for DKK %s. Saved as result %s."),
                            rs_pb_rule_get_label (self->count->rule), funded, a, greedy_funded, b,
                            id);
  }
  gtk_label_set_label (self->result_label, text);
  model = rs_pb_comparison_list_new (self->count, self->greedy);
  gtk_list_box_bind_model (self->result_list, model, create_result_row, NULL, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->result_list), TRUE);
}

static void
greedy_counted_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(RsPbPage) self = user_data;
  g_autoptr(GError) error = NULL;
  RsPbPoolCount *count = rs_pb_store_count_finish (RS_PB_STORE (object), result, &error);

  if (count == NULL)
    {
      rs_page_show_error (RS_PAGE (self), error);
      return;
    }
  g_clear_pointer (&self->greedy, rs_pb_pool_count_free);
  self->greedy = count;
  show_result (self);
}

static void
counted_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(RsPbPage) self = user_data;
  g_autoptr(GError) error = NULL;
  RsPbPoolCount *count = rs_pb_store_count_finish (RS_PB_STORE (object), result, &error);

  if (count == NULL)
    {
      rs_page_show_error (RS_PAGE (self), error);
      return;
    }
  g_clear_pointer (&self->count, rs_pb_pool_count_free);
  self->count = count;
  if (self->pool != NULL)
    rs_pb_store_count_async (self->store, rs_pb_pool_get_id (self->pool), RS_PB_RULE_GREEDY,
                             count->seed, FALSE, rs_page_get_cancellable (RS_PAGE (self)),
                             greedy_counted_cb, g_object_ref (self));
}

static void
count_action (GtkWidget  *widget,
              const char *name,
              GVariant   *param)
{
  RsPbPage *self = RS_PB_PAGE (widget);
  RsPbRule rule = RS_PB_RULE_EQUAL_SHARES_ADD1;

  if (self->pool == NULL)
    return;
  rs_pb_rule_from_string (rs_pb_pool_get_rule (self->pool), &rule);
  gtk_label_set_label (self->result_label, _("Counting…"));
  rs_pb_store_count_async (self->store, rs_pb_pool_get_id (self->pool), rule,
                           (guint64) rs_pb_pool_get_tie_seed (self->pool), TRUE,
                           rs_page_get_cancellable (RS_PAGE (self)), counted_cb,
                           g_object_ref (self));
}

static void
carried_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(RsPbPage) self = user_data;
  g_autoptr(GError) error = NULL;
  guint n = 0;

  if (!rs_pb_store_carry_finish (RS_PB_STORE (object), result, &n, &error))
    rs_page_show_error (RS_PAGE (self), error);
  else
    rs_page_add_toast (RS_PAGE (self),
                       adw_toast_new_format (ngettext ("%u funded project carried into the "
                                                       "recommendations",
                                                       "%u funded projects carried into the "
                                                       "recommendations", n), n));
}

static void
carry_action (GtkWidget  *widget,
              const char *name,
              GVariant   *param)
{
  RsPbPage *self = RS_PB_PAGE (widget);

  if (self->count == NULL || self->count->result_id == 0 || self->pool == NULL)
    {
      rs_page_add_toast (RS_PAGE (self), adw_toast_new (_("Count the ballots first")));
      return;
    }
  rs_pb_store_carry_async (self->store, rs_pb_pool_get_id (self->pool), self->count->result_id,
                           rs_page_get_cancellable (RS_PAGE (self)), carried_cb,
                           g_object_ref (self));
}

static void
report_written_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(RsPbPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!rs_document_write_finish (RS_DOCUMENT (object), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        rs_page_show_error (RS_PAGE (self), error);
    }
  else
    rs_page_add_toast (RS_PAGE (self), adw_toast_new (_("Report saved")));
}

/* A .pdf, .odt or .html name writes the result report (explanations and
 * the protocol); any other name the plain-text protocol. */
static void
protocol_response_cb (GtkNativeDialog *dialog,
                      int              response,
                      gpointer         user_data)
{
  g_autoptr(RsPbPage) self = user_data;

  if (response == GTK_RESPONSE_ACCEPT && self->count != NULL && self->pool != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = g_file_get_path (file);
      const char *dot = path ? strrchr (path, '.') : NULL;
      RsDocumentFormat format;
      g_autoptr(GError) error = NULL;

      if (dot != NULL && rs_document_format_from_string (dot + 1, &format))
        {
          g_autoptr(RsDocument) doc = rs_pb_report_result (self->pool, self->count, self->greedy,
                                                           NULL);
          rs_document_write_async (doc, format, path, rs_page_get_cancellable (RS_PAGE (self)),
                                   report_written_cb, g_object_ref (self));
        }
      else
        {
          g_autoptr(GString) text = g_string_new (NULL);

          for (guint i = 0; i < self->count->results->len; i++)
            {
              g_autofree char *part = rs_pb_protocol_to_text (g_ptr_array_index (self->count->results, i),
                                                              g_ptr_array_index (self->count->elections, i),
                                                              g_ptr_array_index (self->count->envelopes, i),
                                                              self->count->input_sha256);
              g_string_append_printf (text, "%s\n", part);
            }
          if (!g_file_replace_contents (file, text->str, text->len, NULL, FALSE,
                                        G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, &error))
            rs_page_show_error (RS_PAGE (self), error);
        }
    }
  g_object_unref (dialog);
}

static void
ballot_list_response_cb (GtkNativeDialog *dialog,
                         int              response,
                         gpointer         user_data)
{
  g_autoptr(RsPbPage) self = user_data;

  if (response == GTK_RESPONSE_ACCEPT && self->pool != NULL && self->proposals != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = g_file_get_path (file);
      const char *dot = path ? strrchr (path, '.') : NULL;
      g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(RsDocument) doc = NULL;
      RsDocumentFormat format = RS_DOCUMENT_FORMAT_PDF;

      if (dot != NULL)
        rs_document_format_from_string (dot + 1, &format);
      for (guint i = 0; i < g_list_model_get_n_items (self->proposals); i++)
        g_ptr_array_add (list, g_list_model_get_item (self->proposals, i));
      doc = rs_pb_report_ballot_list (self->pool, list, NULL);
      rs_document_write_async (doc, format, path, rs_page_get_cancellable (RS_PAGE (self)),
                               report_written_cb, g_object_ref (self));
    }
  g_object_unref (dialog);
}

static void
save_ballot_list_action (GtkWidget  *widget,
                         const char *name,
                         GVariant   *param)
{
  RsPbPage *self = RS_PB_PAGE (widget);
  GtkFileChooserNative *dialog;

  if (self->pool == NULL)
    return;
  dialog = gtk_file_chooser_native_new (_("Save Ballot List"),
                                        GTK_WINDOW (gtk_widget_get_root (widget)),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), _("ballot-list.pdf"));
  g_signal_connect (dialog, "response", G_CALLBACK (ballot_list_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

typedef struct
{
  RsPbPage *self;
  GFile    *file;
} ExportData;

static void
exported_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  ExportData *d = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = rs_pb_store_export_pb_finish (RS_PB_STORE (object), result, &error);

  if (text == NULL ||
      !g_file_replace_contents (d->file, text, strlen (text), NULL, FALSE,
                                G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        rs_page_show_error (RS_PAGE (d->self), error);
    }
  else
    rs_page_add_toast (RS_PAGE (d->self), adw_toast_new (_("Ballots exported")));
  g_object_unref (d->self);
  g_object_unref (d->file);
  g_free (d);
}

static void
export_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    gpointer         user_data)
{
  g_autoptr(RsPbPage) self = user_data;

  if (response == GTK_RESPONSE_ACCEPT && self->pool != NULL)
    {
      ExportData *d = g_new0 (ExportData, 1);

      d->self = g_object_ref (self);
      d->file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      rs_pb_store_export_pb_async (self->store, rs_pb_pool_get_id (self->pool),
                                   rs_page_get_cancellable (RS_PAGE (self)), exported_cb, d);
    }
  g_object_unref (dialog);
}

static void
export_pb_action (GtkWidget  *widget,
                  const char *name,
                  GVariant   *param)
{
  RsPbPage *self = RS_PB_PAGE (widget);
  GtkFileChooserNative *dialog;

  if (self->pool == NULL)
    return;
  dialog = gtk_file_chooser_native_new (_("Export for Recount"),
                                        GTK_WINDOW (gtk_widget_get_root (widget)),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), _("ballots.pb"));
  g_signal_connect (dialog, "response", G_CALLBACK (export_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
save_protocol_action (GtkWidget  *widget,
                      const char *name,
                      GVariant   *param)
{
  RsPbPage *self = RS_PB_PAGE (widget);
  GtkFileChooserNative *dialog;

  if (self->count == NULL)
    {
      rs_page_add_toast (RS_PAGE (self), adw_toast_new (_("Count the ballots first")));
      return;
    }
  dialog = gtk_file_chooser_native_new (_("Save Result Report"),
                                        GTK_WINDOW (gtk_widget_get_root (widget)),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), _("result.pdf"));
  g_signal_connect (dialog, "response", G_CALLBACK (protocol_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
proposal_added_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(RsPbPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (rs_pb_store_add_proposal_finish (RS_PB_STORE (object), result, &error) == 0)
    {
      rs_page_show_error (RS_PAGE (self), error);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->new_title_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->new_cost_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->new_theme_row), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->new_title_row));
}

static void
add_proposal_action (GtkWidget  *widget,
                     const char *name,
                     GVariant   *param)
{
  RsPbPage *self = RS_PB_PAGE (widget);

  if (self->pool == NULL)
    return;
  rs_pb_store_add_proposal_async (self->store, rs_pb_pool_get_id (self->pool), NULL,
                                  gtk_editable_get_text (GTK_EDITABLE (self->new_title_row)),
                                  MAX (row_int (self->new_cost_row), 0),
                                  gtk_editable_get_text (GTK_EDITABLE (self->new_district_row)),
                                  gtk_editable_get_text (GTK_EDITABLE (self->new_theme_row)),
                                  rs_page_get_cancellable (RS_PAGE (self)), proposal_added_cb,
                                  g_object_ref (self));
}

static void
add_proposal_activated_cb (RsPbPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "pb.add-proposal", NULL);
}

static void
rs_pb_page_dispose (GObject *object)
{
  RsPbPage *self = RS_PB_PAGE (object);

  if (self->pools)
    g_signal_handlers_disconnect_by_data (self->pools, self);
  if (self->proposals)
    g_signal_handlers_disconnect_by_data (self->proposals, self);
  self->pools = NULL;
  self->proposals = NULL;
  g_clear_handle_id (&self->stats_source, g_source_remove);
  g_clear_object (&self->pool);
  g_clear_pointer (&self->count, rs_pb_pool_count_free);
  g_clear_pointer (&self->greedy, rs_pb_pool_count_free);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (rs_pb_page_parent_class)->dispose (object);
}

static void
rs_pb_page_class_init (RsPbPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  RsPageClass *page_class = RS_PAGE_CLASS (klass);

  object_class->dispose = rs_pb_page_dispose;
  page_class->process_changed = rs_pb_page_process_changed;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/rs-pb-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RsPbPage, age_row);
  gtk_widget_class_bind_template_child (widget_class, RsPbPage, amount_row);
  gtk_widget_class_bind_template_child (widget_class, RsPbPage, ballot_entry);
  gtk_widget_class_bind_template_child (widget_class, RsPbPage, ballot_row);
  gtk_widget_class_bind_template_child (widget_class, RsPbPage, ballots_label);
  gtk_widget_class_bind_template_child (widget_class, RsPbPage, choices_row);
  gtk_widget_class_bind_template_child (widget_class, RsPbPage, envelopes_row);
  gtk_widget_class_bind_template_child (widget_class, RsPbPage, name_row);
  gtk_widget_class_bind_template_child (widget_class, RsPbPage, new_cost_row);
  gtk_widget_class_bind_template_child (widget_class, RsPbPage, new_district_row);
  gtk_widget_class_bind_template_child (widget_class, RsPbPage, new_theme_row);
  gtk_widget_class_bind_template_child (widget_class, RsPbPage, new_title_row);
  gtk_widget_class_bind_template_callback (widget_class, add_proposal_activated_cb);
  gtk_widget_class_bind_template_child (widget_class, RsPbPage, page_stack);
  gtk_widget_class_bind_template_child (widget_class, RsPbPage, proposal_list);
  gtk_widget_class_bind_template_child (widget_class, RsPbPage, proposals_label);
  gtk_widget_class_bind_template_child (widget_class, RsPbPage, result_list);
  gtk_widget_class_bind_template_child (widget_class, RsPbPage, result_label);
  gtk_widget_class_bind_template_child (widget_class, RsPbPage, rule_row);
  gtk_widget_class_bind_template_child (widget_class, RsPbPage, turnout_label);
  gtk_widget_class_bind_template_child (widget_class, RsPbPage, years_row);
  gtk_widget_class_bind_template_child (widget_class, RsPbPage, proposals_to_row);
  gtk_widget_class_bind_template_child (widget_class, RsPbPage, assessment_to_row);
  gtk_widget_class_bind_template_child (widget_class, RsPbPage, voting_from_row);
  gtk_widget_class_bind_template_child (widget_class, RsPbPage, voting_to_row);
  gtk_widget_class_bind_template_child (widget_class, RsPbPage, result_on_row);

  gtk_widget_class_install_action (widget_class, "pb.new-pool", NULL, new_pool_action);
  gtk_widget_class_install_action (widget_class, "pb.save-pool", NULL, save_pool_action);
  gtk_widget_class_install_action (widget_class, "pb.import-proposals", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "pb.add-proposal", NULL, add_proposal_action);
  gtk_widget_class_install_action (widget_class, "pb.import-ballots", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "pb.mark-feasible", "x", mark_action);
  gtk_widget_class_install_action (widget_class, "pb.mark-not-feasible", "x", mark_action);
  gtk_widget_class_install_action (widget_class, "pb.count", NULL, count_action);
  gtk_widget_class_install_action (widget_class, "pb.carry", NULL, carry_action);
  gtk_widget_class_install_action (widget_class, "pb.save-protocol", NULL, save_protocol_action);
  gtk_widget_class_install_action (widget_class, "pb.export-pb", NULL, export_pb_action);
  gtk_widget_class_install_action (widget_class, "pb.merge", NULL, merge_action);
  gtk_widget_class_install_action (widget_class, "pb.save-ballot-list", NULL,
                                   save_ballot_list_action);

  g_type_ensure (RS_TYPE_PB_BALLOT_ENTRY);
}

static void
rs_pb_page_init (RsPbPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
