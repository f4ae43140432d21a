/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-population-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-municipalities.h"
#include "rs-population.h"
#include "rs-population-dialog.h"

struct _RsPopulationDialog
{
  AdwWindow       parent_instance;

  RsDatabase     *db;
  GSettings      *settings;
  GCancellable   *cancellable;
  GPtrArray      *benchmarks;
  gboolean        done;

  GtkDropDown    *municipality;
  GtkProgressBar *progress;
  GtkLabel       *message;
  GtkLabel       *credit;
  GtkWidget      *fetch_button;
  GtkWidget      *use_button;
  GtkWidget      *cancel_button;
};

G_DEFINE_FINAL_TYPE (RsPopulationDialog, rs_population_dialog, ADW_TYPE_WINDOW)

enum { USE_TARGETS, N_SIGNALS };
static guint signals[N_SIGNALS];

char *
rs_population_credit_text (GPtrArray *benchmarks)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; benchmarks && i < benchmarks->len; i++)
    {
      RsBenchmark *bm = g_ptr_array_index (benchmarks, i);
      if (text->len)
        g_string_append_c (text, '\n');
      g_string_append_printf (text, "%s (%s)", bm->source_credit, bm->period);
    }
  return g_string_free (text, FALSE);
}

static const RsMunicipality *
selected_municipality (RsPopulationDialog *self)
{
  guint n = 0;
  const RsMunicipality *all = rs_municipalities (&n);
  guint i = gtk_drop_down_get_selected (self->municipality);

  return i < n ? &all[i] : NULL;
}

static void
set_busy (RsPopulationDialog *self,
          gboolean            busy)
{
  gtk_widget_set_visible (GTK_WIDGET (self->progress), busy);
  gtk_widget_set_sensitive (self->fetch_button, !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->municipality), !busy);
  gtk_widget_set_sensitive (self->use_button, !busy && self->benchmarks && self->benchmarks->len > 0);
  gtk_button_set_label (GTK_BUTTON (self->cancel_button), busy ? _("_Cancel") : _("_Close"));
}

static void
show_error (RsPopulationDialog *self,
            const GError       *error)
{
  GtkWidget *dialog;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
      g_error_matches (error, RS_DST_ERROR, RS_DST_ERROR_CANCELLED))
    {
      gtk_label_set_text (self->message, _("Fetching was cancelled; nothing was changed."));
      return;
    }
  gtk_label_set_text (self->message, error->message);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Could Not Fetch Population Figures"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog), "%s", error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(RsPopulationDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  GPtrArray *list = rs_population_load_finish (RS_DATABASE (source), result, &error);
  g_autofree char *credit = NULL;

  /* Closed meanwhile. */
  if (self->db == NULL)
    {
      g_clear_pointer (&list, g_ptr_array_unref);
      return;
    }
  g_clear_object (&self->cancellable);
  self->done = TRUE;
  g_clear_pointer (&self->benchmarks, g_ptr_array_unref);
  self->benchmarks = list;
  set_busy (self, FALSE);
  if (list == NULL)
    {
      show_error (self, error);
      return;
    }
  credit = rs_population_credit_text (list);
  gtk_label_set_text (self->credit, credit);
  gtk_widget_set_visible (GTK_WIDGET (self->credit), list->len > 0);
  gtk_label_set_text (self->message, list->len
                      ? _("The figures are stored. Use them as the panel’s target shares?")
                      : _("No population figures are stored for this municipality."));
}

static void
fetched_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(RsPopulationDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  const RsMunicipality *m = selected_municipality (self);

  if (!rs_population_fetch_finish (result, &error))
    {
      if (self->db == NULL)
        return;  /* closed meanwhile */
      g_clear_object (&self->cancellable);
      self->done = TRUE;
      set_busy (self, FALSE);
      show_error (self, error);
      return;
    }
  if (self->db == NULL)
    return;
  /* Still busy (and cancellable) until the stored figures are read back. */
  gtk_progress_bar_set_fraction (self->progress, 1.0);
  rs_population_load_async (self->db, m->code, self->cancellable, loaded_cb, g_object_ref (self));
}

static void
progress_cb (double      fraction,
             const char *message,
             gpointer    user_data)
{
  RsPopulationDialog *self = user_data;

  gtk_progress_bar_set_fraction (self->progress, CLAMP (fraction, 0, 1));
  if (message)
    gtk_label_set_text (self->message, message);
}

static void
fetch_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  RsPopulationDialog *self = RS_POPULATION_DIALOG (widget);
  const RsMunicipality *m = selected_municipality (self);
  g_autofree char *url = NULL;
  g_autoptr(RsDstClient) client = NULL;
  g_autofree char *text = NULL;

  if (m == NULL || self->cancellable)
    return;
  url = rs_dst_resolve_base_url (self->settings);
  client = rs_dst_client_new (url);
  self->done = FALSE;
  self->cancellable = g_cancellable_new ();
  g_clear_pointer (&self->benchmarks, g_ptr_array_unref);
  gtk_widget_set_visible (GTK_WIDGET (self->credit), FALSE);
  gtk_progress_bar_set_fraction (self->progress, 0);
  text = g_strdup_printf (_("Fetching figures for %s from Statistics Denmark…"), m->name);
  gtk_label_set_text (self->message, text);
  set_busy (self, TRUE);
  /* The task keeps the client alive until it finishes. */
  rs_population_fetch_async (client, self->db, m->code, progress_cb, self, self->cancellable,
                             fetched_cb, g_object_ref (self));
}

static void
use_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  RsPopulationDialog *self = RS_POPULATION_DIALOG (widget);

  if (self->benchmarks == NULL || self->benchmarks->len == 0)
    return;
  g_signal_emit (self, signals[USE_TARGETS], 0, self->benchmarks);
  gtk_window_close (GTK_WINDOW (self));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RsPopulationDialog *self = RS_POPULATION_DIALOG (widget);

  if (self->cancellable)
    g_cancellable_cancel (self->cancellable);
  else
    gtk_window_close (GTK_WINDOW (self));
}

static void
rs_population_dialog_dispose (GObject *object)
{
  RsPopulationDialog *self = RS_POPULATION_DIALOG (object);

  if (self->cancellable)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->db);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->benchmarks, g_ptr_array_unref);
  G_OBJECT_CLASS (rs_population_dialog_parent_class)->dispose (object);
}

static void
rs_population_dialog_class_init (RsPopulationDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = rs_population_dialog_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/raadslag/Raadslag/ui/rs-population-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RsPopulationDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, RsPopulationDialog, credit);
  gtk_widget_class_bind_template_child (widget_class, RsPopulationDialog, fetch_button);
  gtk_widget_class_bind_template_child (widget_class, RsPopulationDialog, message);
  gtk_widget_class_bind_template_child (widget_class, RsPopulationDialog, municipality);
  gtk_widget_class_bind_template_child (widget_class, RsPopulationDialog, progress);
  gtk_widget_class_bind_template_child (widget_class, RsPopulationDialog, use_button);
  gtk_widget_class_install_action (widget_class, "population.fetch", NULL, fetch_action);
  gtk_widget_class_install_action (widget_class, "population.use", NULL, use_action);
  gtk_widget_class_install_action (widget_class, "population.cancel", NULL, cancel_action);
  signals[USE_TARGETS] = g_signal_new ("use-targets", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                       NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_PTR_ARRAY);
}

static void
rs_population_dialog_init (RsPopulationDialog *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint n = 0;
  const RsMunicipality *all = rs_municipalities (&n);

  gtk_widget_init_template (GTK_WIDGET (self));
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *label = g_strdup_printf ("%s (%s)", all[i].name, all[i].code);
      gtk_string_list_append (names, label);
    }
  gtk_drop_down_set_model (self->municipality, G_LIST_MODEL (names));
}

RsPopulationDialog *
rs_population_dialog_new (GtkWindow  *parent,
                          RsDatabase *db,
                          GSettings  *settings)
{
  RsPopulationDialog *self = g_object_new (RS_TYPE_POPULATION_DIALOG, "transient-for", parent, NULL);

  self->db = g_object_ref (db);
  self->settings = settings ? g_object_ref (settings) : NULL;
  return self;
}

gboolean
rs_population_dialog_select (RsPopulationDialog *self,
                             const char         *municipality)
{
  const RsMunicipality *m = rs_municipality_lookup (municipality);
  guint n = 0;
  const RsMunicipality *all = rs_municipalities (&n);

  if (m == NULL)
    return FALSE;
  gtk_drop_down_set_selected (self->municipality, m - all);
  return TRUE;
}

gboolean
rs_population_dialog_is_done (RsPopulationDialog *self)
{
  return self->done;
}

gboolean
rs_population_dialog_has_figures (RsPopulationDialog *self)
{
  return self->benchmarks && self->benchmarks->len > 0;
}

const char *
rs_population_dialog_get_message (RsPopulationDialog *self)
{
  return gtk_label_get_text (self->message);
}
