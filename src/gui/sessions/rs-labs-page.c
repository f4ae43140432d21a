/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-labs-page"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-checklist.h"
#include "rs-evaluation-store.h"
#include "rs-evaluation-view.h"
#include "rs-idea-board.h"
#include "rs-lab-store.h"
#include "rs-labs-page-private.h"
#include "rs-labs-page.h"
#include "rs-report-language-row.h"
#include "rs-session-report.h"

G_DEFINE_FINAL_TYPE (RsLabsPage, rs_labs_page, RS_TYPE_PAGE)

void
_rs_lab_data_free (LabData *d)
{
  g_clear_pointer (&d->lab, rs_lab_free);
  g_clear_pointer (&d->checklist, g_ptr_array_unref);
  g_free (d);
}

void
_rs_lab_args_free (LabArgs *a)
{
  g_clear_pointer (&a->lab, rs_lab_free);
  g_free (a->criterion);
  g_free (a->evidence);
  g_free (a->path);
  g_free (a->owner_type);
  g_free (a);
}

static RsLab *
lab_copy (const RsLab *l)
{
  RsLab *c = g_memdup2 (l, sizeof (RsLab));

  c->title = g_strdup (l->title);
  c->problem = g_strdup (l->problem);
  c->invited_groups = g_strdup (l->invited_groups);
  c->invitation_method = g_strdup (l->invitation_method);
  c->funding_granted_by = g_strdup (l->funding_granted_by);
  c->funding_date = g_strdup (l->funding_date);
  c->external_facilitators = g_strdup (l->external_facilitators);
  c->outcome = g_strdup (l->outcome);
  c->next_steps = g_strdup (l->next_steps);
  c->status = g_strdup (l->status);
  return c;
}

/* ---- jobs ---- */

static gpointer
load_job (RsDatabase   *db,
          gpointer      data,
          GCancellable *cancellable,
          GError      **error)
{
  LabArgs *a = data;
  LabData *d = g_new0 (LabData, 1);

  if (a->lab != NULL && !rs_lab_store_update (db, a->lab, error))
    goto fail;
  if (a->criterion != NULL && g_strcmp0 (a->owner_type, "evaluation") != 0
      && !rs_checklist_set (db, "lab", a->id, a->criterion, a->met, a->evidence, error))
    goto fail;
  if ((d->lab = rs_lab_store_get (db, a->id, error)) == NULL
      || (d->checklist = rs_checklist_load (db, "lab", a->id, error)) == NULL)
    goto fail;
  return d;

fail:
  _rs_lab_data_free (d);
  return NULL;
}

static gpointer
export_job (RsDatabase   *db,
            gpointer      data,
            GCancellable *cancellable,
            GError      **error)
{
  LabArgs *a = data;
  g_autoptr(RsDocument) doc = rs_session_report_lab_summary (db, a->id, a->limit, a->language,
                                                                       error);
  RsDocumentFormat format = g_str_has_suffix (a->path, ".html") ? RS_DOCUMENT_FORMAT_HTML
                                                                 : RS_DOCUMENT_FORMAT_PDF;

  if (doc == NULL || !rs_document_write (doc, format, a->path, cancellable, error))
    return NULL;
  return GINT_TO_POINTER (1);
}

/* ---- showing ---- */


static void
remove_added_rows (RsLabsPage *self)
{
  for (guint i = 0; i + 1 < self->added_rows->len; i += 2)
    adw_preferences_group_remove (g_ptr_array_index (self->added_rows, i),
                                  g_ptr_array_index (self->added_rows, i + 1));
  g_ptr_array_set_size (self->added_rows, 0);
}

void
_rs_labs_page_add_row (RsLabsPage          *self,
         AdwPreferencesGroup *group,
         GtkWidget           *row)
{
  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->added_rows, group);
  g_ptr_array_add (self->added_rows, row);
}

static void
save_lab (RsLabsPage *self)
{
  LabArgs *a = g_new0 (LabArgs, 1);

  a->id = self->lab->id;
  a->lab = lab_copy (self->lab);
  _rs_labs_page_run_load (self, a);
}

static void
field_applied_cb (AdwEntryRow *row,
                  RsLabsPage  *self)
{
  char **field = g_object_get_data (G_OBJECT (row), "field");
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));

  if (self->lab == NULL || field == NULL)
    return;
  g_free (*field);
  *field = g_strdup (text);
  save_lab (self);
}

static void
amount_applied_cb (AdwEntryRow *row,
                   RsLabsPage  *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  g_autofree char *clean = g_strdelimit (g_strstrip (g_strdup (text)), ".", ' ');
  g_autoptr(GString) digits = g_string_new (NULL);
  char *end = NULL;
  double value;

  if (self->lab == NULL)
    return;
  for (const char *p = clean; *p; p++)
    if (*p != ' ')
      g_string_append_c (digits, *p == ',' ? '.' : *p);
  if (digits->len == 0)
    {
      self->lab->funded = FALSE;
      save_lab (self);
      return;
    }
  value = g_ascii_strtod (digits->str, &end);
  if (end == digits->str || *end != '\0' || value < 0)
    {
      g_autofree char *msg = g_strdup_printf (_("“%s” is not an amount in kroner."), text);
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      rs_page_add_toast (RS_PAGE (self), adw_toast_new (msg));
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  self->lab->funded = TRUE;
  self->lab->funding_amount = value;
  save_lab (self);
}

static GtkWidget *
entry_row (RsLabsPage *self,
           const char *title,
           char      **field)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), *field ? *field : "");
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
  if (field != NULL)
    {
      g_object_set_data (G_OBJECT (row), "field", field);
      g_signal_connect (row, "apply", G_CALLBACK (field_applied_cb), self);
    }
  return row;
}

static void
met_toggled_cb (GtkSwitch  *sw,
                GParamSpec *pspec,
                RsLabsPage *self)
{
  GtkWidget *expander = g_object_get_data (G_OBJECT (sw), "expander");
  GtkWidget *evidence = g_object_get_data (G_OBJECT (expander), "evidence");
  LabArgs *a;

  if (self->filling || self->lab == NULL)
    return;
  a = g_new0 (LabArgs, 1);
  a->id = self->lab->id;
  a->criterion = g_strdup (g_object_get_data (G_OBJECT (expander), "criterion"));
  a->owner_type = g_strdup (g_object_get_data (G_OBJECT (expander), "owner-type"));
  a->met = gtk_switch_get_active (sw);
  a->evidence = g_strdup (gtk_editable_get_text (GTK_EDITABLE (evidence)));
  _rs_labs_page_run_load (self, a);
}

static void
evidence_applied_cb (AdwEntryRow *row,
                     RsLabsPage  *self)
{
  GtkWidget *expander = g_object_get_data (G_OBJECT (row), "expander");
  GtkSwitch *sw = g_object_get_data (G_OBJECT (expander), "switch");
  LabArgs *a;

  if (self->lab == NULL)
    return;
  a = g_new0 (LabArgs, 1);
  a->id = self->lab->id;
  a->criterion = g_strdup (g_object_get_data (G_OBJECT (expander), "criterion"));
  a->owner_type = g_strdup (g_object_get_data (G_OBJECT (expander), "owner-type"));
  a->met = gtk_switch_get_active (sw);
  a->evidence = g_strdup (gtk_editable_get_text (GTK_EDITABLE (row)));
  _rs_labs_page_run_load (self, a);
}

void
_rs_labs_page_show_checklist (RsLabsPage          *self,
                              AdwPreferencesGroup *group,
                              const char          *owner_type,
                              GPtrArray           *items)
{
  guint met = 0, total = rs_checklist_count_met (items, &met);
  g_autofree char *text = rs_checklist_format_met (met, total);
  g_autofree char *description =
    g_strdup_printf (_("%s. Built from the OECD good practice principles for deliberative "
                       "processes and the criteria of the budget process."), text);

  if (g_strcmp0 (owner_type, "lab") == 0)
    adw_preferences_group_set_description (group, description);
  else
    adw_preferences_group_set_description (group, text);
  for (guint i = 0; i < items->len; i++)
    {
      RsChecklistItem *item = g_ptr_array_index (items, i);
      GtkWidget *expander = adw_expander_row_new ();
      GtkWidget *sw = gtk_switch_new ();
      GtkWidget *evidence = adw_entry_row_new ();
      g_autofree char *subtitle = NULL;

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), item->title);
      if (*item->evidence)
        subtitle = g_strdup_printf ("%s · %s", item->reference, item->evidence);
      else
        subtitle = g_strdup_printf (_("%s · No evidence yet (%s)"), item->reference, item->hint);
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), subtitle);
      gtk_switch_set_active (GTK_SWITCH (sw), item->met);
      gtk_widget_set_valign (sw, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (sw), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      item->title, -1);
      adw_expander_row_add_action (ADW_EXPANDER_ROW (expander), sw);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (evidence), _("Evidence"));
      gtk_editable_set_text (GTK_EDITABLE (evidence), item->evidence);
      adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (evidence), TRUE);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), evidence);
      g_object_set_data_full (G_OBJECT (expander), "criterion", g_strdup (item->criterion), g_free);
      g_object_set_data (G_OBJECT (expander), "evidence", evidence);
      g_object_set_data (G_OBJECT (expander), "owner-type", (gpointer) owner_type);
      g_object_set_data (G_OBJECT (expander), "switch", sw);
      g_object_set_data (G_OBJECT (sw), "expander", expander);
      g_object_set_data (G_OBJECT (evidence), "expander", expander);
      g_signal_connect (sw, "notify::active", G_CALLBACK (met_toggled_cb), self);
      g_signal_connect (evidence, "apply", G_CALLBACK (evidence_applied_cb), self);
      _rs_labs_page_add_row (self, group, expander);
    }
}

static void
update_list_row (RsLabsPage *self,
                 const RsLab *lab)
{
  for (guint i = 0; self->labs && i < self->labs->len; i++)
    if (((RsLab *) g_ptr_array_index (self->labs, i))->id == lab->id)
      {
        GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->lab_list, (int) i);
        g_autofree char *met = rs_checklist_format_met (lab->checklist_met, lab->checklist_total);
        g_autofree char *sub = lab->funded ? g_strdup_printf (_("%s · %'.0f kr."), met, lab->funding_amount)
                                           : g_strdup (met);
        if (row != NULL)
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), sub);
      }
}

static void
show_lab (RsLabsPage *self,
          LabData    *d)
{
  RsProcess *process = rs_page_get_process (RS_PAGE (self));
  gboolean same = self->lab != NULL && self->lab->id == d->lab->id;
  g_autofree char *subtitle = NULL;
  g_autofree char *amount = NULL;
  GtkWidget *row;

  g_clear_pointer (&self->lab, rs_lab_free);
  self->lab = lab_copy (d->lab);
  self->filling = TRUE;
  remove_added_rows (self);

  gtk_label_set_text (self->title_label, self->lab->title);
  subtitle = g_strdup_printf (ngettext ("%s · %d idea · %d taking part", "%s · %d ideas · %d taking part",
                                        self->lab->n_ideas),
                              g_strcmp0 (self->lab->status, "completed") == 0 ? _("Completed")
                              : g_strcmp0 (self->lab->status, "running") == 0 ? _("Running") : _("Planned"),
                              self->lab->n_ideas, self->lab->n_participants);
  gtk_label_set_text (self->subtitle_label, subtitle);

  _rs_labs_page_show_checklist (self, self->checklist_group, "lab", d->checklist);
  if (!same)
    {
      GtkWidget *view = rs_evaluation_view_new (rs_page_get_context (RS_PAGE (self)), "lab",
                                                self->lab->id);
      rs_evaluation_view_set_scrolls (RS_EVALUATION_VIEW (view), FALSE);
      adw_bin_set_child (self->evaluation_bin, view);
    }

  _rs_labs_page_add_row (self, self->record_group, entry_row (self, _("Problem"), &self->lab->problem));
  _rs_labs_page_add_row (self, self->record_group, entry_row (self, _("Invited"), &self->lab->invited_groups));
  _rs_labs_page_add_row (self, self->record_group, entry_row (self, _("How they were invited"), &self->lab->invitation_method));
  _rs_labs_page_add_row (self, self->record_group, entry_row (self, _("External facilitators"), &self->lab->external_facilitators));
  _rs_labs_page_add_row (self, self->record_group, entry_row (self, _("Outcome"), &self->lab->outcome));
  _rs_labs_page_add_row (self, self->record_group, entry_row (self, _("Next steps"), &self->lab->next_steps));

  amount = self->lab->funded ? g_strdup_printf ("%.0f", self->lab->funding_amount) : g_strdup ("");
  row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Amount (kr.)"));
  gtk_editable_set_text (GTK_EDITABLE (row), amount);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
  adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (row), GTK_INPUT_PURPOSE_NUMBER);
  g_signal_connect (row, "apply", G_CALLBACK (amount_applied_cb), self);
  _rs_labs_page_add_row (self, self->funding_group, row);
  _rs_labs_page_add_row (self, self->funding_group, entry_row (self, _("Granted by"), &self->lab->funding_granted_by));
  _rs_labs_page_add_row (self, self->funding_group, entry_row (self, _("Granted on (YYYY-MM-DD)"), &self->lab->funding_date));
  self->filling = FALSE;

  update_list_row (self, self->lab);
  if (!same && process != NULL)
    rs_idea_board_load (self->board, rs_page_get_database (RS_PAGE (self)), rs_process_get_id (process),
                        self->lab->id, rs_page_get_cancellable (RS_PAGE (self)));
}

static void
lab_loaded_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(RsLabsPage) self = user_data;
  g_autoptr(GError) error = NULL;
  LabData *d = rs_database_run_finish (RS_DATABASE (source), result, &error);

  if (d == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        rs_page_show_error (RS_PAGE (self), error);
      return;
    }
  show_lab (self, d);
  _rs_lab_data_free (d);
}

void
_rs_labs_page_run_load (RsLabsPage *self,
          LabArgs    *args)
{
  RsDatabase *db = rs_page_get_database (RS_PAGE (self));

  if (db == NULL)
    {
      _rs_lab_args_free (args);
      return;
    }
  rs_database_run_async (db, load_job, args, (GDestroyNotify) _rs_lab_args_free,
                         (GDestroyNotify) _rs_lab_data_free, rs_page_get_cancellable (RS_PAGE (self)),
                         lab_loaded_cb, g_object_ref (self));
}

/* Narrow: the list and the lab take turns. */
static void
lab_activated_cb (RsLabsPage    *self,
                  GtkListBoxRow *row)
{
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->content_pane);
}

static void
show_list_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RsLabsPage *self = RS_LABS_PAGE (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->list_pane);
}

static void
lab_selected_cb (RsLabsPage    *self,
                 GtkListBoxRow *row)
{
  LabArgs *a;
  int index;

  if (row == NULL || self->labs == NULL)
    return;
  index = gtk_list_box_row_get_index (row);
  if (index < 0 || (guint) index >= self->labs->len)
    return;
  a = g_new0 (LabArgs, 1);
  a->id = ((RsLab *) g_ptr_array_index (self->labs, index))->id;
  g_clear_pointer (&self->lab, rs_lab_free);
  _rs_labs_page_run_load (self, a);
}

static void
labs_listed_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(RsLabsPage) self = user_data;
  g_autoptr(GError) error = NULL;
  GPtrArray *labs = rs_lab_store_list_finish (RS_DATABASE (source), result, &error);
  GtkWidget *child;

  if (labs == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        rs_page_show_error (RS_PAGE (self), error);
      return;
    }
  g_clear_pointer (&self->labs, g_ptr_array_unref);
  self->labs = labs;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->lab_list))) != NULL)
    gtk_list_box_remove (self->lab_list, child);
  for (guint i = 0; i < labs->len; i++)
    {
      RsLab *lab = g_ptr_array_index (labs, i);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), lab->title);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
      /* Activating a row opens it when the list is folded. */
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_list_box_append (self->lab_list, row);
      update_list_row (self, lab);
    }
  gtk_stack_set_visible_child_name (self->page_stack, labs->len ? "labs" : "empty");
  if (labs->len > 0)
    gtk_list_box_select_row (self->lab_list, gtk_list_box_get_row_at_index (self->lab_list, 0));
}

void
rs_labs_page_process_changed (RsPage *page)
{
  RsLabsPage *self = RS_LABS_PAGE (page);
  RsProcess *process = rs_page_get_process (page);
  RsDatabase *db = rs_page_get_database (page);

  g_clear_pointer (&self->lab, rs_lab_free);
  gtk_stack_set_visible_child_name (self->page_stack, "empty");
  if (process == NULL || db == NULL)
    return;
  rs_lab_store_list_async (db, rs_process_get_id (process), rs_page_get_cancellable (page), labs_listed_cb,
                           g_object_ref (self));
}

/* ---- export ---- */

static void
exported_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(RsLabsPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!rs_database_run_finish_boolean (RS_DATABASE (source), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        rs_page_show_error (RS_PAGE (self), error);
      return;
    }
  rs_page_add_toast (RS_PAGE (self), adw_toast_new (_("Saved the lab summary")));
}

static void
save_response_cb (GtkNativeDialog *dialog,
                  int              response,
                  RsLabsPage      *self)
{
  RsDatabase *db = rs_page_get_database (RS_PAGE (self));
  RsContext *context = rs_page_get_context (RS_PAGE (self));

  if (response == GTK_RESPONSE_ACCEPT && db != NULL && self->lab != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      LabArgs *a = g_new0 (LabArgs, 1);

      a->id = self->lab->id;
      a->path = g_file_get_path (file);
      a->limit = context ? rs_context_get_small_cell_limit (context) : 5;
      a->language = rs_report_language_get_choice (GTK_FILE_CHOOSER (dialog));
      rs_database_run_async (db, export_job, a, (GDestroyNotify) _rs_lab_args_free, NULL,
                             rs_page_get_cancellable (RS_PAGE (self)), exported_cb, g_object_ref (self));
    }
  g_object_unref (dialog);
  g_object_unref (self);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RsLabsPage *self = RS_LABS_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) pdf = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) html = gtk_file_filter_new ();

  if (self->lab == NULL)
    return;
  dialog = gtk_file_chooser_native_new (_("Export the Lab Summary"),
                                        GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_filter_set_name (pdf, _("PDF document"));
  gtk_file_filter_add_suffix (pdf, "pdf");
  gtk_file_filter_set_name (html, _("Web page (HTML)"));
  gtk_file_filter_add_suffix (html, "html");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), pdf);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), html);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), _("lab-summary.pdf"));
  rs_report_language_add_choice (GTK_FILE_CHOOSER (dialog));
  g_signal_connect (dialog, "response", G_CALLBACK (save_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
board_changed_cb (RsLabsPage *self)
{
  LabArgs *a;

  /* Idea counts live in the lab record: refresh it quietly. */
  if (self->lab == NULL)
    return;
  a = g_new0 (LabArgs, 1);
  a->id = self->lab->id;
  _rs_labs_page_run_load (self, a);
}

/* ---- life cycle ---- */

static void
rs_labs_page_dispose (GObject *object)
{
  RsLabsPage *self = RS_LABS_PAGE (object);

  g_clear_pointer (&self->labs, g_ptr_array_unref);
  g_clear_pointer (&self->lab, rs_lab_free);
  g_clear_pointer (&self->added_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (rs_labs_page_parent_class)->dispose (object);
}

static void
rs_labs_page_class_init (RsLabsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  RsPageClass *page_class = RS_PAGE_CLASS (klass);

  object_class->dispose = rs_labs_page_dispose;
  page_class->process_changed = rs_labs_page_process_changed;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/rs-labs-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RsLabsPage, board);
  gtk_widget_class_bind_template_child (widget_class, RsLabsPage, checklist_group);
  gtk_widget_class_bind_template_child (widget_class, RsLabsPage, evaluation_bin);
  gtk_widget_class_bind_template_child (widget_class, RsLabsPage, export_button);
  gtk_widget_class_bind_template_child (widget_class, RsLabsPage, funding_group);
  gtk_widget_class_bind_template_child (widget_class, RsLabsPage, ideas_group);
  gtk_widget_class_bind_template_child (widget_class, RsLabsPage, lab_list);
  gtk_widget_class_bind_template_child (widget_class, RsLabsPage, page_stack);
  gtk_widget_class_bind_template_child (widget_class, RsLabsPage, record_group);
  gtk_widget_class_bind_template_child (widget_class, RsLabsPage, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, RsLabsPage, title_label);
  gtk_widget_class_bind_template_callback (widget_class, lab_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, lab_activated_cb);
  gtk_widget_class_bind_template_child (widget_class, RsLabsPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, RsLabsPage, list_pane);
  gtk_widget_class_bind_template_child (widget_class, RsLabsPage, content_pane);
  gtk_widget_class_install_action (widget_class, "labs.show-list", NULL, show_list_action);

  gtk_widget_class_install_action (widget_class, "labs.export-summary", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "labs.new", NULL, _rs_labs_page_edit_action);
  gtk_widget_class_install_action (widget_class, "labs.delete", NULL, _rs_labs_page_edit_action);

  g_type_ensure (RS_TYPE_IDEA_BOARD);
}

static void
rs_labs_page_init (RsLabsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->added_rows = g_ptr_array_new ();
  g_signal_connect_swapped (self->board, "changed", G_CALLBACK (board_changed_cb), self);
}

/* For tests. */
RsIdeaBoard *
rs_labs_page_get_board (RsLabsPage *self)
{
  g_return_val_if_fail (RS_IS_LABS_PAGE (self), NULL);
  return self->board;
}

gint64
rs_labs_page_get_lab_id (RsLabsPage *self)
{
  g_return_val_if_fail (RS_IS_LABS_PAGE (self), 0);
  return self->lab ? self->lab->id : 0;
}

const char *
rs_labs_page_get_checklist_summary (RsLabsPage *self)
{
  g_return_val_if_fail (RS_IS_LABS_PAGE (self), NULL);
  return adw_preferences_group_get_description (self->checklist_group);
}

/* The shown lab's evaluation view, or NULL before a lab is shown. */
GtkWidget *
rs_labs_page_get_evaluation_view (RsLabsPage *self)
{
  g_return_val_if_fail (RS_IS_LABS_PAGE (self), NULL);
  return adw_bin_get_child (self->evaluation_bin);
}

/* Adds a questionnaire answer to the shown lab's evaluation (for tests and
 * keyboard users alike, through the evaluation view's own add row). */
void
rs_labs_page_add_answer (RsLabsPage *self,
                         const char *question,
                         const char *answer,
                         int         count)
{
  GtkWidget *view;

  g_return_if_fail (RS_IS_LABS_PAGE (self));
  view = adw_bin_get_child (self->evaluation_bin);
  g_return_if_fail (RS_IS_EVALUATION_VIEW (view));
  rs_evaluation_view_add_answer (RS_EVALUATION_VIEW (view), question, answer, count);
}
