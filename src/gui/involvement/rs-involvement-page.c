/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-involvement-page"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-change-monitor.h"
#include "rs-district-view.h"
#include "rs-hearing-store.h"
#include "rs-session-details.h"
#include "rs-engagement-group.h"
#include "rs-involvement-page.h"
#include "rs-involvement-row.h"

struct _RsInvolvementPage
{
  RsPage              parent_instance;

  RsInvolvementStore *store;
  gint64              process_id;

  /* Template widgets */
  RsDistrictView     *district_view;
  GtkListBox         *districts_list;
  RsEngagementGroup  *engagement_group;
  GtkListBox         *rates_list;
  GtkLabel           *status_label;

  AdwToast           *undo_toast;   /* weak: the last "removed" toast */
  GtkWindow          *district_dialog;  /* weak: the open Edit District dialog */
  GtkWindow          *letters_dialog;   /* weak: the open Write Letters dialog */
};

G_DEFINE_FINAL_TYPE (RsInvolvementPage, rs_involvement_page, RS_TYPE_PAGE)

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  return rs_involvement_row_new (item);
}

/* A district's row, with its edit and remove buttons. */
static GtkWidget *
create_district_row (gpointer item,
                     gpointer user_data)
{
  GtkWidget *row = rs_involvement_row_new (item);
  const char *key = rs_involvement_item_get_key (item);
  GtkWidget *edit = gtk_button_new_from_icon_name ("document-edit-symbolic");
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_autofree char *edit_tip = g_strdup_printf (_("Rename “%s” or Set Its Population"), key);
  g_autofree char *remove_tip = g_strdup_printf (_("Remove “%s”"), key);

  for (guint i = 0; i < 2; i++)
    {
      GtkWidget *button = i == 0 ? edit : remove;
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "flat");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_string (key));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }
  gtk_actionable_set_action_name (GTK_ACTIONABLE (edit), "involvement.edit-district");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "involvement.remove-district");
  gtk_widget_set_tooltip_text (edit, edit_tip);
  gtk_widget_set_tooltip_text (remove, remove_tip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (edit), GTK_ACCESSIBLE_PROPERTY_LABEL, edit_tip, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, remove_tip, -1);
  return row;
}

static void
show_status (RsInvolvementPage *self)
{
  const char *status = self->store ? rs_involvement_store_get_status (self->store, self->process_id)
                                   : NULL;

  gtk_label_set_text (self->status_label, status ? status : "");
}

static void
store_changed_cb (RsInvolvementPage *self,
                  gint64             process_id)
{
  if (process_id != self->process_id)
    return;
  show_status (self);
  /* Targets and what they measure may have changed, and the districts. */
  rs_engagement_group_reload (self->engagement_group);
  rs_district_view_reload (self->district_view);
}

static void
rs_involvement_page_process_changed (RsPage *page)
{
  RsInvolvementPage *self = RS_INVOLVEMENT_PAGE (page);
  RsProcess *process = rs_page_get_process (page);
  RsDatabase *db = rs_page_get_database (page);

  rs_engagement_group_set_process (self->engagement_group, rs_page_get_context (page), process);
  rs_district_view_set_process (self->district_view, rs_page_get_context (page), process);
  if (process == NULL || db == NULL)
    {
      gtk_list_box_bind_model (self->rates_list, NULL, NULL, NULL, NULL);
      gtk_list_box_bind_model (self->districts_list, NULL, NULL, NULL, NULL);
      self->process_id = 0;
      show_status (self);
      return;
    }
  if (self->store == NULL)
    {
      self->store = rs_involvement_store_new (db);
      g_signal_connect_object (self->store, "changed", G_CALLBACK (store_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }
  self->process_id = rs_process_get_id (process);
  gtk_list_box_bind_model (self->rates_list,
                           rs_involvement_store_get_rates (self->store, self->process_id),
                           create_row, NULL, NULL);
  gtk_list_box_bind_model (self->districts_list,
                           rs_involvement_store_get_districts (self->store, self->process_id),
                           create_district_row, NULL, NULL);
  rs_involvement_store_refresh (self->store, self->process_id);
  show_status (self);
}

/* Pool members, registrations, attendance and hearing responses written
 * elsewhere change what the targets measure. */
static void
rs_involvement_page_data_changed (RsPage *page)
{
  RsInvolvementPage *self = RS_INVOLVEMENT_PAGE (page);

  if (self->store != NULL && self->process_id != 0)
    rs_involvement_store_refresh (self->store, self->process_id);
  rs_engagement_group_reload (self->engagement_group);
  rs_district_view_reload (self->district_view);
}

static void
imported_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(RsInvolvementPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint n = 0, flagged = 0;

  if (!rs_involvement_store_import_finish (RS_INVOLVEMENT_STORE (source), result, &n, &flagged,
                                           &error))
    {
      rs_page_show_error (RS_PAGE (self), error);
      return;
    }
  text = g_strdup_printf (_("Imported %u, of which %u flagged for review.\n"), n, flagged);
  rs_page_add_toast (RS_PAGE (self), adw_toast_new (g_strstrip (text)));
}

typedef struct
{
  RsInvolvementPage   *self;
  RsInvolvementImport  what;
} ImportData;

static void
import_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    gpointer         user_data)
{
  ImportData *d = user_data;

  if (response == GTK_RESPONSE_ACCEPT && d->self->store != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      rs_involvement_store_import_async (d->self->store, d->self->process_id, d->what, file,
                                         rs_page_get_cancellable (RS_PAGE (d->self)), imported_cb,
                                         g_object_ref (d->self));
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
  RsInvolvementPage *self = RS_INVOLVEMENT_PAGE (widget);
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  const char *title;
  ImportData *d;

  if (self->store == NULL)
    return;
  d = g_new0 (ImportData, 1);
  d->self = g_object_ref (self);
  if (g_str_equal (name, "involvement.import-replies"))
    {
      d->what = RS_INVOLVEMENT_IMPORT_REPLIES;
      title = _("Import Replies");
    }
  else if (g_str_equal (name, "involvement.import-districts"))
    {
      d->what = RS_INVOLVEMENT_IMPORT_DISTRICTS;
      title = _("Import Districts");
    }
  else
    {
      d->what = RS_INVOLVEMENT_IMPORT_ADDRESSES;
      title = _("Import Address List");
    }
  dialog = gtk_file_chooser_native_new (title, GTK_WINDOW (gtk_widget_get_root (widget)),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), NULL);
  gtk_file_filter_set_name (filter, _("CSV files"));
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_filter_add_suffix (filter, "txt");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  g_signal_connect (dialog, "response", G_CALLBACK (import_response_cb), d);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
drawn_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(RsInvolvementPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (rs_involvement_store_draw_finish (RS_INVOLVEMENT_STORE (source), result, &error) == 0)
    rs_page_show_error (RS_PAGE (self), error);
  else
    rs_page_add_toast (RS_PAGE (self), adw_toast_new (_("Invitations drawn and recorded")));
}

static void
draw_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  gpointer          user_data)
{
  g_autoptr(RsInvolvementPage) self = user_data;
  GtkSpinButton *households = g_object_get_data (G_OBJECT (dialog), "households");
  GtkEditable *seed_entry = g_object_get_data (G_OBJECT (dialog), "seed");
  GtkEditable *weights_entry = g_object_get_data (G_OBJECT (dialog), "weights");
  const char *seed_text;
  guint64 seed;

  if (!g_str_equal (response, "draw") || self->store == NULL)
    return;
  seed_text = gtk_editable_get_text (seed_entry);
  if (*seed_text == '\0')
    seed = ((guint64) g_random_int () << 32) | g_random_int ();
  else
    {
      char *end = NULL;
      seed = g_ascii_strtoull (seed_text, &end, 10);
      if (*end != '\0' || *seed_text == '-')
        {
          g_autoptr(GError) error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                                                         _("The seed is a whole number."));
          rs_page_show_error (RS_PAGE (self), error);
          return;
        }
    }
  rs_involvement_store_draw_async (self->store, self->process_id,
                                   (guint) gtk_spin_button_get_value_as_int (households), seed,
                                   gtk_editable_get_text (weights_entry),
                                   rs_page_get_cancellable (RS_PAGE (self)), drawn_cb,
                                   g_object_ref (self));
}

static GtkWidget *
labelled (const char *label,
          GtkWidget  *widget)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *caption = gtk_label_new_with_mnemonic (label);

  gtk_label_set_xalign (GTK_LABEL (caption), 0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (caption), widget);
  gtk_widget_add_css_class (caption, "caption-heading");
  gtk_box_append (GTK_BOX (box), caption);
  gtk_box_append (GTK_BOX (box), widget);
  return box;
}

static void
draw_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  RsInvolvementPage *self = RS_INVOLVEMENT_PAGE (widget);
  AdwMessageDialog *dialog;
  GtkWidget *box, *households, *seed, *weights;

  if (self->store == NULL)
    return;
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                                       _("Draw Invitations"),
                                                       _("Households are drawn by district, "
                                                         "one letter each. The same list, seed "
                                                         "and weights always give the same "
                                                         "letters; the draw is recorded.")));
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  households = gtk_spin_button_new_with_range (1, 1000000, 100);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (households), 3000);
  seed = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (seed), _("Empty: a new one is chosen"));
  gtk_entry_set_input_purpose (GTK_ENTRY (seed), GTK_INPUT_PURPOSE_DIGITS);
  weights = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (weights), _("e.g. Nørreby=2,Skovhuse=1.5"));
  gtk_entry_set_activates_default (GTK_ENTRY (weights), TRUE);
  gtk_box_append (GTK_BOX (box), labelled (_("_Households"), households));
  gtk_box_append (GTK_BOX (box), labelled (_("_Seed"), seed));
  gtk_box_append (GTK_BOX (box), labelled (_("_Weights for districts that answer less"), weights));
  g_object_set_data (G_OBJECT (dialog), "households", households);
  g_object_set_data (G_OBJECT (dialog), "seed", seed);
  g_object_set_data (G_OBJECT (dialog), "weights", weights);
  adw_message_dialog_set_extra_child (dialog, box);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "draw", _("_Draw"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "draw", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "draw");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (draw_response_cb), g_object_ref (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
pooled_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(RsInvolvementPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint n = 0;

  if (!rs_involvement_store_to_pool_finish (RS_INVOLVEMENT_STORE (source), result, &n, &error))
    {
      rs_page_show_error (RS_PAGE (self), error);
      return;
    }
  text = g_strdup_printf (ngettext ("Added %u person to the pool.\n",
                                    "Added %u people to the pool.\n", n), n);
  rs_page_add_toast (RS_PAGE (self), adw_toast_new (g_strstrip (text)));
}

static void
to_pool_action (GtkWidget  *widget,
                const char *name,
                GVariant   *param)
{
  RsInvolvementPage *self = RS_INVOLVEMENT_PAGE (widget);

  if (self->store != NULL)
    rs_involvement_store_to_pool_async (self->store, self->process_id,
                                        rs_page_get_cancellable (RS_PAGE (self)), pooled_cb,
                                        g_object_ref (self));
}

static void
target_set_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(RsInvolvementPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!rs_involvement_store_set_target_finish (RS_INVOLVEMENT_STORE (source), result, &error))
    rs_page_show_error (RS_PAGE (self), error);
}

static void
target_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    gpointer          user_data)
{
  g_autoptr(RsInvolvementPage) self = user_data;
  GtkDropDown *kind = g_object_get_data (G_OBJECT (dialog), "kind");
  GtkEditable *district = g_object_get_data (G_OBJECT (dialog), "district");
  GtkSpinButton *value = g_object_get_data (G_OBJECT (dialog), "value");

  if (!g_str_equal (response, "set") || self->store == NULL)
    return;
  rs_involvement_store_set_target_async (self->store, self->process_id,
                                         gtk_drop_down_get_selected (kind),
                                         gtk_editable_get_text (district),
                                         gtk_spin_button_get_value (value),
                                         rs_page_get_cancellable (RS_PAGE (self)), target_set_cb,
                                         g_object_ref (self));
}

static void
set_target_action (GtkWidget  *widget,
                   const char *name,
                   GVariant   *param)
{
  RsInvolvementPage *self = RS_INVOLVEMENT_PAGE (widget);
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  AdwMessageDialog *dialog;
  GtkWidget *box, *kind, *district, *value;

  if (self->store == NULL)
    return;
  for (guint k = 0; k < RS_N_TARGET_KINDS; k++)
    gtk_string_list_append (kinds, rs_target_kind_get_label (k));
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                                       _("Set Engagement Target"),
                                                       _("Shares are percentages. A district "
                                                         "applies to the participants target "
                                                         "only.")));
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  kind = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&kinds)), NULL);
  district = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (district), _("Empty: the whole municipality"));
  value = gtk_spin_button_new_with_range (0, 1000000, 1);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (value), 100);
  gtk_entry_set_activates_default (GTK_ENTRY (district), TRUE);
  gtk_box_append (GTK_BOX (box), labelled (_("_Target"), kind));
  gtk_box_append (GTK_BOX (box), labelled (_("_District"), district));
  gtk_box_append (GTK_BOX (box), labelled (_("_Value"), value));
  g_object_set_data (G_OBJECT (dialog), "kind", kind);
  g_object_set_data (G_OBJECT (dialog), "district", district);
  g_object_set_data (G_OBJECT (dialog), "value", value);
  adw_message_dialog_set_extra_child (dialog, box);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "set", _("_Set"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "set", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "set");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (target_response_cb), g_object_ref (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The letter kinds for the dialogs, in the order of RsLetterKind. */
static const char * const *
letter_kind_labels (void)
{
  static const char *labels[RS_N_LETTER_KINDS + 1];

  if (labels[0] == NULL)
    {
      labels[RS_LETTER_INVITATION] = _("Invitation to the drawn households");
      labels[RS_LETTER_CONFIRMATION] = _("Confirmation to the members");
      labels[RS_LETTER_RESERVE] = _("Letter to the reserves");
      labels[RS_LETTER_MEETING] = _("Meeting invitation");
      labels[RS_LETTER_THANK_YOU] = _("Thank-you to participants");
      labels[RS_LETTER_REMINDER] = _("Meeting reminder");
      labels[RS_LETTER_YOU_SAID_WE_DID] = _("“You said, we did” to participants");
      labels[RS_LETTER_RECEIPT] = _("Receipt to each hearing party");
      labels[RS_LETTER_ANSWER] = _("Answer to each hearing party (white book)");
    }
  return labels;
}

static void
letters_written_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(RsInvolvementPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  guint n = 0, skipped = 0;

  path = rs_involvement_store_letters_finish (RS_INVOLVEMENT_STORE (source), result, &n, &skipped,
                                              &error);
  if (path == NULL)
    {
      rs_page_show_error (RS_PAGE (self), error);
      return;
    }
  text = g_strdup_printf (ngettext ("Wrote %u letter to %s.\n", "Wrote %u letters to %s.\n", n),
                          n, path);
  rs_page_add_toast (RS_PAGE (self), adw_toast_new (g_strstrip (text)));
}

typedef struct
{
  RsInvolvementPage *self;
  RsLetterKind       kind;
  RsLetterFormat     format;
  gint64             subject_id;
} LetterData;

static void
letters_folder_cb (GtkNativeDialog *dialog,
                   int              response,
                   gpointer         user_data)
{
  LetterData *d = user_data;

  if (response == GTK_RESPONSE_ACCEPT && d->self->store != NULL)
    {
      g_autoptr(GFile) folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      rs_involvement_store_letters_for_async (d->self->store, d->self->process_id, d->kind, d->format,
                                              d->subject_id, folder,
                                              rs_page_get_cancellable (RS_PAGE (d->self)),
                                              letters_written_cb, g_object_ref (d->self));
    }
  g_object_unref (d->self);
  g_free (d);
  g_object_unref (dialog);
}

/* ---- the meeting or hearing round a letter is about ---- */

static gboolean
kind_has_meeting (RsLetterKind kind)
{
  return kind == RS_LETTER_MEETING || kind == RS_LETTER_REMINDER;
}

static gboolean
kind_has_round (RsLetterKind kind)
{
  return kind == RS_LETTER_RECEIPT || kind == RS_LETTER_ANSWER;
}

/* The chosen meeting or round of the Write Letters dialog, 0: the default. */
static gint64
letter_subject_id (AdwMessageDialog *dialog)
{
  GtkDropDown *kind = g_object_get_data (G_OBJECT (dialog), "kind");
  GtkDropDown *subject = g_object_get_data (G_OBJECT (dialog), "subject");
  GArray *ids = g_object_get_data (G_OBJECT (dialog),
                                   kind_has_meeting (gtk_drop_down_get_selected (kind)) ? "meeting-ids"
                                   : "round-ids");
  guint selected = gtk_drop_down_get_selected (subject);

  if (ids == NULL || !gtk_widget_get_visible (g_object_get_data (G_OBJECT (dialog), "subject-box")) ||
      selected == GTK_INVALID_LIST_POSITION || selected >= ids->len)
    return 0;
  return g_array_index (ids, gint64, selected);
}

/* Fills the dialog's third choice for the chosen kind: the process's
 * meetings, or its hearing rounds, after a first "the default" entry. */
static void
show_letter_subjects (AdwMessageDialog *dialog)
{
  GtkDropDown *kind = g_object_get_data (G_OBJECT (dialog), "kind");
  GtkDropDown *subject = g_object_get_data (G_OBJECT (dialog), "subject");
  GtkWidget *box = g_object_get_data (G_OBJECT (dialog), "subject-box");
  GtkLabel *caption = g_object_get_data (G_OBJECT (dialog), "subject-caption");
  RsLetterKind k = gtk_drop_down_get_selected (kind);
  GtkStringList *labels = g_object_get_data (G_OBJECT (dialog), kind_has_meeting (k) ? "meeting-labels"
                                                                                        : "round-labels");

  gtk_widget_set_visible (box, (kind_has_meeting (k) || kind_has_round (k)) && labels != NULL);
  if (!gtk_widget_get_visible (box))
    return;
  gtk_label_set_text_with_mnemonic (caption, kind_has_meeting (k) ? _("_Meeting") : _("_Hearing round"));
  gtk_drop_down_set_model (subject, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (subject, 0);
}

static void
letter_kind_changed_cb (GtkDropDown      *kind,
                        GParamSpec       *pspec,
                        AdwMessageDialog *dialog)
{
  show_letter_subjects (dialog);
}

static void
letter_meetings_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(AdwMessageDialog) dialog = user_data;
  g_autoptr(GListStore) sessions = rs_session_store_list_finish (RS_DATABASE (source), result, NULL);
  GtkStringList *labels;
  GArray *ids;
  gint64 none = 0;

  if (sessions == NULL)
    return;
  labels = gtk_string_list_new (NULL);
  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_string_list_append (labels, _("The next meeting with registrations"));
  g_array_append_val (ids, none);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (sessions)); i++)
    {
      g_autoptr(RsSession) session = g_list_model_get_item (G_LIST_MODEL (sessions), i);
      const char *starts = rs_session_get_starts_at (session);
      g_autofree char *label = g_strdup_printf ("%.10s · %s", starts ? starts : "", rs_session_get_title (session));
      gint64 id = rs_session_get_id (session);

      gtk_string_list_append (labels, label);
      g_array_append_val (ids, id);
    }
  g_object_set_data_full (G_OBJECT (dialog), "meeting-labels", labels, g_object_unref);
  g_object_set_data_full (G_OBJECT (dialog), "meeting-ids", ids, (GDestroyNotify) g_array_unref);
  show_letter_subjects (dialog);
}

static void
letter_rounds_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(AdwMessageDialog) dialog = user_data;
  g_autoptr(GListStore) rounds = rs_hearing_round_store_list_finish (RS_DATABASE (source), result, NULL);
  GtkStringList *labels;
  GArray *ids;
  gint64 none = 0;

  if (rounds == NULL)
    return;
  labels = gtk_string_list_new (NULL);
  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_string_list_append (labels, _("The latest hearing round"));
  g_array_append_val (ids, none);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (rounds)); i++)
    {
      g_autoptr(RsHearingRound) round = g_list_model_get_item (G_LIST_MODEL (rounds), i);
      gint64 id = rs_hearing_round_get_id (round);

      gtk_string_list_append (labels, rs_hearing_round_get_title (round));
      g_array_append_val (ids, id);
    }
  g_object_set_data_full (G_OBJECT (dialog), "round-labels", labels, g_object_unref);
  g_object_set_data_full (G_OBJECT (dialog), "round-ids", ids, (GDestroyNotify) g_array_unref);
  show_letter_subjects (dialog);
}

static void
letters_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     gpointer          user_data)
{
  g_autoptr(RsInvolvementPage) self = user_data;
  GtkDropDown *kind = g_object_get_data (G_OBJECT (dialog), "kind");
  GtkDropDown *format = g_object_get_data (G_OBJECT (dialog), "format");
  GtkFileChooserNative *chooser;
  LetterData *d;

  if (!g_str_equal (response, "write") || self->store == NULL)
    return;
  d = g_new0 (LetterData, 1);
  d->self = g_object_ref (self);
  d->kind = gtk_drop_down_get_selected (kind);
  d->format = gtk_drop_down_get_selected (format);
  d->subject_id = letter_subject_id (dialog);
  chooser = gtk_file_chooser_native_new (_("Folder for the Letters"),
                                         GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                         GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER, _("_Write"), NULL);
  g_signal_connect (chooser, "response", G_CALLBACK (letters_folder_cb), d);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
write_letters_action (GtkWidget  *widget,
                      const char *name,
                      GVariant   *param)
{
  RsInvolvementPage *self = RS_INVOLVEMENT_PAGE (widget);
  /* In the order of RsLetterKind and RsLetterFormat. */
  const char * const *kinds = letter_kind_labels ();
  const char *formats[] = { _("PDF, to print"), _("OpenDocument, to edit"),
                            _("Mail drafts (mbox)"), NULL };
  AdwMessageDialog *dialog;
  GtkWidget *box, *kind, *format, *subject, *subject_box;

  if (self->store == NULL)
    return;
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                                       _("Write Letters"),
                                                       _("Letters in Danish from the process’s "
                                                         "templates. Rådslag sends nothing: print "
                                                         "them or open the drafts in your mail "
                                                         "program.")));
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  kind = gtk_drop_down_new_from_strings (kinds);
  format = gtk_drop_down_new_from_strings (formats);
  subject = gtk_drop_down_new (NULL, NULL);
  subject_box = labelled (_("_Meeting"), subject);
  gtk_widget_set_visible (subject_box, FALSE);
  gtk_box_append (GTK_BOX (box), labelled (_("_Letter"), kind));
  gtk_box_append (GTK_BOX (box), subject_box);
  gtk_box_append (GTK_BOX (box), labelled (_("_Format"), format));
  g_object_set_data (G_OBJECT (dialog), "kind", kind);
  g_object_set_data (G_OBJECT (dialog), "format", format);
  g_object_set_data (G_OBJECT (dialog), "subject", subject);
  g_object_set_data (G_OBJECT (dialog), "subject-box", subject_box);
  g_object_set_data (G_OBJECT (dialog), "subject-caption", gtk_widget_get_first_child (subject_box));
  g_signal_connect (kind, "notify::selected", G_CALLBACK (letter_kind_changed_cb), dialog);
  rs_session_store_list_async (rs_page_get_database (RS_PAGE (self)), self->process_id,
                               rs_page_get_cancellable (RS_PAGE (self)), letter_meetings_cb,
                               g_object_ref (dialog));
  rs_hearing_round_store_list_async (rs_page_get_database (RS_PAGE (self)), self->process_id,
                                     rs_page_get_cancellable (RS_PAGE (self)), letter_rounds_cb,
                                     g_object_ref (dialog));
  g_set_weak_pointer (&self->letters_dialog, GTK_WINDOW (dialog));
  adw_message_dialog_set_extra_child (dialog, box);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "write", _("_Choose Folder…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "write", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "write");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (letters_response_cb), g_object_ref (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
template_loaded_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(AdwMessageDialog) dialog = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *subject = NULL, *body = NULL;
  GtkEditable *subject_entry = g_object_get_data (G_OBJECT (dialog), "subject");
  GtkTextView *body_view = g_object_get_data (G_OBJECT (dialog), "body");

  if (!rs_involvement_store_get_template_finish (RS_INVOLVEMENT_STORE (source), result, &subject,
                                                 &body, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Could not read the letter template: %s", error->message);
      return;
    }
  if (subject_entry == NULL || body_view == NULL)
    return;
  gtk_editable_set_text (subject_entry, subject);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (body_view), body, -1);
}

static void
template_kind_changed_cb (GtkDropDown      *kind,
                          GParamSpec       *pspec,
                          AdwMessageDialog *dialog)
{
  RsInvolvementPage *self = g_object_get_data (G_OBJECT (dialog), "page");

  rs_involvement_store_get_template_async (self->store, self->process_id,
                                           gtk_drop_down_get_selected (kind),
                                           rs_page_get_cancellable (RS_PAGE (self)),
                                           template_loaded_cb, g_object_ref (dialog));
}

static void
template_saved_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(RsInvolvementPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!rs_involvement_store_set_template_finish (RS_INVOLVEMENT_STORE (source), result, &error))
    rs_page_show_error (RS_PAGE (self), error);
  else
    rs_page_add_toast (RS_PAGE (self), adw_toast_new (_("Letter template saved")));
}

static void
template_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      gpointer          user_data)
{
  g_autoptr(RsInvolvementPage) self = user_data;
  GtkDropDown *kind = g_object_get_data (G_OBJECT (dialog), "kind");
  GtkEditable *subject = g_object_get_data (G_OBJECT (dialog), "subject");
  GtkTextView *body = g_object_get_data (G_OBJECT (dialog), "body");
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  if (self->store == NULL || g_str_equal (response, "cancel"))
    return;
  if (g_str_equal (response, "reset"))
    {
      rs_involvement_store_set_template_async (self->store, self->process_id,
                                               gtk_drop_down_get_selected (kind), NULL, NULL,
                                               rs_page_get_cancellable (RS_PAGE (self)),
                                               template_saved_cb, g_object_ref (self));
      return;
    }
  gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (body), &start, &end);
  text = gtk_text_buffer_get_text (gtk_text_view_get_buffer (body), &start, &end, FALSE);
  rs_involvement_store_set_template_async (self->store, self->process_id,
                                           gtk_drop_down_get_selected (kind),
                                           gtk_editable_get_text (subject), text,
                                           rs_page_get_cancellable (RS_PAGE (self)),
                                           template_saved_cb, g_object_ref (self));
}

static void
edit_template_action (GtkWidget  *widget,
                      const char *name,
                      GVariant   *param)
{
  RsInvolvementPage *self = RS_INVOLVEMENT_PAGE (widget);
  const char * const *kinds = letter_kind_labels ();
  AdwMessageDialog *dialog;
  GtkWidget *box, *kind, *subject, *scroller, *body, *fields;

  if (self->store == NULL)
    return;
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                                       _("Letter Templates"), NULL));
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  kind = gtk_drop_down_new_from_strings (kinds);
  subject = gtk_entry_new ();
  body = gtk_text_view_new ();
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (body), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (body), 6);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (body), 6);
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 260);
  gtk_scrolled_window_set_min_content_width (GTK_SCROLLED_WINDOW (scroller), 420);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), body);
  gtk_widget_add_css_class (scroller, "card");
  fields = gtk_label_new (_("Merge fields: {navn} {adresse} {postnr} {kommune} {proces} {panel} "
                            "{mandat} {møde} {dato} {sted} {afsender}; in “you said, we did” "
                            "{anbefalinger}; in hearing receipts and answers {høring} {modtaget} "
                            "{svar}. A blank line starts a new paragraph."));
  gtk_label_set_wrap (GTK_LABEL (fields), TRUE);
  gtk_label_set_xalign (GTK_LABEL (fields), 0);
  gtk_widget_add_css_class (fields, "dim-label");
  gtk_widget_add_css_class (fields, "caption");
  gtk_box_append (GTK_BOX (box), labelled (_("_Letter"), kind));
  gtk_box_append (GTK_BOX (box), labelled (_("_Subject"), subject));
  gtk_box_append (GTK_BOX (box), labelled (_("_Text"), scroller));
  gtk_box_append (GTK_BOX (box), fields);
  g_object_set_data (G_OBJECT (dialog), "page", self);
  g_object_set_data (G_OBJECT (dialog), "kind", kind);
  /* Held with the dialog: a template may arrive after it closed. */
  g_object_set_data_full (G_OBJECT (dialog), "subject", g_object_ref (subject), g_object_unref);
  g_object_set_data_full (G_OBJECT (dialog), "body", g_object_ref (body), g_object_unref);
  adw_message_dialog_set_extra_child (dialog, box);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "reset", _("_Built-in Text"),
                                    "save", _("_Save"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect (kind, "notify::selected", G_CALLBACK (template_kind_changed_cb), dialog);
  g_signal_connect (dialog, "response", G_CALLBACK (template_response_cb), g_object_ref (self));
  template_kind_changed_cb (GTK_DROP_DOWN (kind), NULL, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
district_set_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(RsInvolvementPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!rs_involvement_store_set_district_finish (RS_INVOLVEMENT_STORE (source), result, &error))
    rs_page_show_error (RS_PAGE (self), error);
}

static void
district_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      gpointer          user_data)
{
  g_autoptr(RsInvolvementPage) self = user_data;
  GtkEditable *name = g_object_get_data (G_OBJECT (dialog), "name");
  GtkSpinButton *population = g_object_get_data (G_OBJECT (dialog), "population");
  gint64 value;

  if (!g_str_equal (response, "add") || self->store == NULL)
    return;
  value = gtk_spin_button_get_value_as_int (population);
  rs_involvement_store_set_district_async (self->store, self->process_id,
                                           gtk_editable_get_text (name), value > 0 ? value : -1,
                                           rs_page_get_cancellable (RS_PAGE (self)),
                                           district_set_cb, g_object_ref (self));
}

static void
add_district_action (GtkWidget  *widget,
                     const char *action,
                     GVariant   *param)
{
  RsInvolvementPage *self = RS_INVOLVEMENT_PAGE (widget);
  AdwMessageDialog *dialog;
  GtkWidget *box, *name, *population;

  if (self->store == NULL)
    return;
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                                       _("Add District"),
                                                       _("A district that is already on the list "
                                                         "gets the new population.")));
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  name = gtk_entry_new ();
  gtk_entry_set_activates_default (GTK_ENTRY (name), TRUE);
  population = gtk_spin_button_new_with_range (0, 10000000, 100);
  gtk_box_append (GTK_BOX (box), labelled (_("_Name"), name));
  gtk_box_append (GTK_BOX (box), labelled (_("_Population (0: not known)"), population));
  g_object_set_data (G_OBJECT (dialog), "name", name);
  g_object_set_data (G_OBJECT (dialog), "population", population);
  adw_message_dialog_set_extra_child (dialog, box);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "add", _("_Add"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "add", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "add");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (district_response_cb), g_object_ref (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- editing and removing a district ---- */

static void
district_renamed_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(RsInvolvementPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_object_steal_data (G_OBJECT (self), "renamed-to");
  gint64 population = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (self), "renamed-population")) - 1;

  if (!rs_involvement_store_rename_district_finish (RS_INVOLVEMENT_STORE (source), result, &error))
    {
      rs_page_show_error (RS_PAGE (self), error);
      return;
    }
  if (self->store != NULL && name != NULL)
    rs_involvement_store_set_district_async (self->store, self->process_id, name, population,
                                             rs_page_get_cancellable (RS_PAGE (self)),
                                             district_set_cb, g_object_ref (self));
}

static void
edit_district_response_cb (AdwMessageDialog *dialog,
                           const char       *response,
                           gpointer          user_data)
{
  g_autoptr(RsInvolvementPage) self = user_data;
  GtkEditable *name = g_object_get_data (G_OBJECT (dialog), "name");
  GtkSpinButton *population = g_object_get_data (G_OBJECT (dialog), "population");
  const char *old_name = g_object_get_data (G_OBJECT (dialog), "old-name");
  g_autofree char *new_name = g_strstrip (g_strdup (gtk_editable_get_text (name)));
  gint64 value;

  if (!g_str_equal (response, "save") || self->store == NULL)
    return;
  value = gtk_spin_button_get_value_as_int (population);
  value = value > 0 ? value : -1;
  if (g_strcmp0 (new_name, old_name) == 0)
    {
      rs_involvement_store_set_district_async (self->store, self->process_id, old_name, value,
                                               rs_page_get_cancellable (RS_PAGE (self)),
                                               district_set_cb, g_object_ref (self));
      return;
    }
  /* Renamed first; the population goes on the new name once it stands. */
  g_object_set_data_full (G_OBJECT (self), "renamed-to", g_strdup (new_name), g_free);
  g_object_set_data (G_OBJECT (self), "renamed-population", GSIZE_TO_POINTER ((gsize) (value + 1)));
  rs_involvement_store_rename_district_async (self->store, self->process_id, old_name, new_name,
                                              rs_page_get_cancellable (RS_PAGE (self)),
                                              district_renamed_cb, g_object_ref (self));
}

/* The district @key's item in the store's list (borrowed), or NULL. */
static RsInvolvementItem *
find_district (RsInvolvementPage *self,
               const char        *key)
{
  GListModel *model = rs_involvement_store_get_districts (self->store, self->process_id);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(RsInvolvementItem) item = g_list_model_get_item (model, i);
      if (g_strcmp0 (rs_involvement_item_get_key (item), key) == 0)
        return item;   /* the model keeps it alive */
    }
  return NULL;
}

static void
edit_district_action (GtkWidget  *widget,
                      const char *action,
                      GVariant   *param)
{
  RsInvolvementPage *self = RS_INVOLVEMENT_PAGE (widget);
  const char *key = g_variant_get_string (param, NULL);
  RsInvolvementItem *item;
  AdwMessageDialog *dialog;
  GtkWidget *box, *name, *population;

  if (self->store == NULL || (item = find_district (self, key)) == NULL)
    return;
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                                       _("Edit District"),
                                                       _("A new name follows the district on the "
                                                         "address list, the invitations, the "
                                                         "targets and every record that carries "
                                                         "it.")));
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  name = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (name), key);
  gtk_entry_set_activates_default (GTK_ENTRY (name), TRUE);
  population = gtk_spin_button_new_with_range (0, 10000000, 100);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (population),
                             g_ascii_strtod (rs_involvement_item_get_value (item), NULL));
  gtk_box_append (GTK_BOX (box), labelled (_("_Name"), name));
  gtk_box_append (GTK_BOX (box), labelled (_("_Population (0: not known)"), population));
  g_object_set_data (G_OBJECT (dialog), "name", name);
  g_object_set_data (G_OBJECT (dialog), "population", population);
  g_object_set_data_full (G_OBJECT (dialog), "old-name", g_strdup (key), g_free);
  adw_message_dialog_set_extra_child (dialog, box);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "save", _("_Save"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (edit_district_response_cb), g_object_ref (self));
  g_set_weak_pointer (&self->district_dialog, GTK_WINDOW (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

typedef struct
{
  GWeakRef  page;     /* the toast may outlive the page */
  char     *name;
  gint64    population;
} Removed;

static void
removed_free (gpointer data)
{
  Removed *r = data;

  g_weak_ref_clear (&r->page);
  g_free (r->name);
  g_free (r);
}

static void
undo_remove_cb (AdwToast *toast,
                Removed  *r)
{
  g_autoptr(RsInvolvementPage) self = g_weak_ref_get (&r->page);

  if (self == NULL || self->store == NULL)
    return;
  rs_involvement_store_set_district_async (self->store, self->process_id, r->name, r->population,
                                           rs_page_get_cancellable (RS_PAGE (self)), district_set_cb,
                                           g_object_ref (self));
}

static void
district_removed_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  Removed *r = user_data;
  g_autoptr(RsInvolvementPage) self = g_weak_ref_get (&r->page);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (!rs_involvement_store_remove_district_finish (RS_INVOLVEMENT_STORE (source), result,
                                                    &r->population, &error) || self == NULL)
    {
      if (self != NULL)
        rs_page_show_error (RS_PAGE (self), error);
      removed_free (r);
      return;
    }
  /* TRANSLATORS: a toast with an Undo button */
  title = g_strdup_printf (_("District “%s” removed"), r->name);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_timeout (toast, 8);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_remove_cb), r,
                         (GClosureNotify) (void (*) (void)) removed_free, 0);
  g_set_weak_pointer (&self->undo_toast, toast);
  rs_page_add_toast (RS_PAGE (self), toast);
}

/* Removing a district takes it off the list (records keep the name, and
 * count for no district until it is added again); Undo adds it back with
 * its population. */
static void
remove_district_action (GtkWidget  *widget,
                        const char *action,
                        GVariant   *param)
{
  RsInvolvementPage *self = RS_INVOLVEMENT_PAGE (widget);
  Removed *r;

  if (self->store == NULL)
    return;
  r = g_new0 (Removed, 1);
  g_weak_ref_init (&r->page, self);
  r->name = g_strdup (g_variant_get_string (param, NULL));
  rs_involvement_store_remove_district_async (self->store, self->process_id, r->name,
                                              rs_page_get_cancellable (RS_PAGE (self)),
                                              district_removed_cb, r);
}

AdwToast *
rs_involvement_page_get_undo_toast (RsInvolvementPage *self)
{
  g_return_val_if_fail (RS_IS_INVOLVEMENT_PAGE (self), NULL);
  return self->undo_toast;
}

GtkWindow *
rs_involvement_page_get_letters_dialog (RsInvolvementPage *self)
{
  g_return_val_if_fail (RS_IS_INVOLVEMENT_PAGE (self), NULL);
  return self->letters_dialog;
}

/* For tests: the Write Letters dialog's choices, and what Write does with
 * them (without the folder chooser). */
gboolean
rs_involvement_page_choose_letter (RsInvolvementPage *self,
                                   RsLetterKind       kind,
                                   guint              subject)
{
  AdwMessageDialog *dialog;
  GtkDropDown *subjects;

  g_return_val_if_fail (RS_IS_INVOLVEMENT_PAGE (self), FALSE);
  if ((dialog = ADW_MESSAGE_DIALOG (self->letters_dialog)) == NULL)
    return FALSE;
  gtk_drop_down_set_selected (g_object_get_data (G_OBJECT (dialog), "kind"), kind);
  subjects = g_object_get_data (G_OBJECT (dialog), "subject");
  if (!gtk_widget_get_visible (g_object_get_data (G_OBJECT (dialog), "subject-box")) ||
      gtk_drop_down_get_model (subjects) == NULL ||
      subject >= g_list_model_get_n_items (gtk_drop_down_get_model (subjects)))
    return FALSE;
  gtk_drop_down_set_selected (subjects, subject);
  return TRUE;
}

gint64
rs_involvement_page_get_letter_subject (RsInvolvementPage *self)
{
  g_return_val_if_fail (RS_IS_INVOLVEMENT_PAGE (self), 0);
  return self->letters_dialog ? letter_subject_id (ADW_MESSAGE_DIALOG (self->letters_dialog)) : 0;
}

GtkWindow *
rs_involvement_page_get_district_dialog (RsInvolvementPage *self)
{
  g_return_val_if_fail (RS_IS_INVOLVEMENT_PAGE (self), NULL);
  return self->district_dialog;
}

RsInvolvementStore *
rs_involvement_page_get_store (RsInvolvementPage *self)
{
  g_return_val_if_fail (RS_IS_INVOLVEMENT_PAGE (self), NULL);
  return self->store;
}

GtkListBox *
rs_involvement_page_get_rates_list (RsInvolvementPage *self)
{
  g_return_val_if_fail (RS_IS_INVOLVEMENT_PAGE (self), NULL);
  return self->rates_list;
}

RsDistrictView *
rs_involvement_page_get_district_view (RsInvolvementPage *self)
{
  g_return_val_if_fail (RS_IS_INVOLVEMENT_PAGE (self), NULL);
  return self->district_view;
}

GtkListBox *
rs_involvement_page_get_districts_list (RsInvolvementPage *self)
{
  g_return_val_if_fail (RS_IS_INVOLVEMENT_PAGE (self), NULL);
  return self->districts_list;
}

const char *
rs_involvement_page_get_status (RsInvolvementPage *self)
{
  g_return_val_if_fail (RS_IS_INVOLVEMENT_PAGE (self), NULL);
  return gtk_label_get_text (self->status_label);
}

static void
rs_involvement_page_dispose (GObject *object)
{
  RsInvolvementPage *self = RS_INVOLVEMENT_PAGE (object);

  if (self->rates_list != NULL)
    gtk_list_box_bind_model (self->rates_list, NULL, NULL, NULL, NULL);
  if (self->districts_list != NULL)
    gtk_list_box_bind_model (self->districts_list, NULL, NULL, NULL, NULL);
  g_clear_object (&self->store);
  g_clear_weak_pointer (&self->undo_toast);
  g_clear_weak_pointer (&self->district_dialog);
  g_clear_weak_pointer (&self->letters_dialog);
  G_OBJECT_CLASS (rs_involvement_page_parent_class)->dispose (object);
}

static void
rs_involvement_page_class_init (RsInvolvementPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  RsPageClass *page_class = RS_PAGE_CLASS (klass);

  object_class->dispose = rs_involvement_page_dispose;
  page_class->process_changed = rs_involvement_page_process_changed;
  page_class->data_changed = rs_involvement_page_data_changed;
  page_class->watched_changes = RS_CHANGE_MASK (RS_CHANGE_INVOLVEMENT) |
                                RS_CHANGE_MASK (RS_CHANGE_PERSON) |
                                RS_CHANGE_MASK (RS_CHANGE_REGISTRATION) |
                                RS_CHANGE_MASK (RS_CHANGE_SESSION) |
                                RS_CHANGE_MASK (RS_CHANGE_RESPONSE) |
                                RS_CHANGE_MASK (RS_CHANGE_PANEL) |
                                RS_CHANGE_MASK (RS_CHANGE_IDEA) |
                                RS_CHANGE_MASK (RS_CHANGE_RECOMMENDATION);

  g_type_ensure (RS_TYPE_ENGAGEMENT_GROUP);
  g_type_ensure (RS_TYPE_DISTRICT_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/rs-involvement-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RsInvolvementPage, district_view);
  gtk_widget_class_bind_template_child (widget_class, RsInvolvementPage, districts_list);
  gtk_widget_class_bind_template_child (widget_class, RsInvolvementPage, engagement_group);
  gtk_widget_class_bind_template_child (widget_class, RsInvolvementPage, rates_list);
  gtk_widget_class_bind_template_child (widget_class, RsInvolvementPage, status_label);

  /* "import" and "export": the window's Ctrl+I and Ctrl+E reach them. */
  gtk_widget_class_install_action (widget_class, "involvement.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "involvement.import-replies", NULL,
                                   import_action);
  gtk_widget_class_install_action (widget_class, "involvement.import-districts", NULL,
                                   import_action);
  gtk_widget_class_install_action (widget_class, "involvement.draw", NULL, draw_action);
  gtk_widget_class_install_action (widget_class, "involvement.to-pool", NULL, to_pool_action);
  gtk_widget_class_install_action (widget_class, "involvement.export", NULL,
                                   write_letters_action);
  gtk_widget_class_install_action (widget_class, "involvement.edit-template", NULL,
                                   edit_template_action);
  gtk_widget_class_install_action (widget_class, "involvement.edit-district", "s",
                                   edit_district_action);
  gtk_widget_class_install_action (widget_class, "involvement.remove-district", "s",
                                   remove_district_action);
  gtk_widget_class_install_action (widget_class, "involvement.add-district", NULL,
                                   add_district_action);
  gtk_widget_class_install_action (widget_class, "involvement.set-target", NULL,
                                   set_target_action);
}

static void
rs_involvement_page_init (RsInvolvementPage *self)
{
  GtkWidget *button;

  gtk_widget_init_template (GTK_WIDGET (self));
  button = gtk_button_new_with_mnemonic (_("Set _Target…"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "involvement.set-target");
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self->engagement_group), button);
}
