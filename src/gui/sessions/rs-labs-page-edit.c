/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-labs-page"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-lab-details.h"
#include "rs-labs-page-private.h"

/* RsLabsPage: the New Lab dialog and deleting a lab. */

/* The fields of the New Lab dialog and the RsLab property each sets
 * (the amount is parsed). */
static const struct { const char *key; const char *title; const char *property; } fields[] = {
  { "title", N_("Title"), "title" },
  { "problem", N_("Problem it addresses"), "problem" },
  { "invited", N_("Invited groups"), "invited-groups" },
  { "how", N_("How they are invited"), "invitation-method" },
  { "amount", N_("Funding, amount (kr.)"), NULL },
  { "granted-by", N_("Funding granted by"), "funding-granted-by" },
  { "date", N_("Funding granted on (YYYY-MM-DD)"), "funding-date" },
  { "facilitators", N_("External facilitators"), "external-facilitators" },
};

static void
inserted_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(RsLabsPage) self = user_data;
  g_autoptr(GError) error = NULL;
  gint64 id = rs_lab_store_insert_finish (RS_DATABASE (source), result, &error);

  if (id == 0)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        rs_page_show_error (RS_PAGE (self), error);
      return;
    }
  /* The live list shows the new lab when it has heard of it (perhaps
   * already); then it is shown. */
  _rs_labs_page_show_lab_id (self, id);
}

static void
deleted_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(RsLabsPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!rs_lab_store_delete_finish (RS_DATABASE (source), result, &error)
      && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    rs_page_show_error (RS_PAGE (self), error);
}

static gboolean
parse_amount (const char *text,
              double     *out)
{
  g_autoptr(GString) digits = g_string_new (NULL);
  char *end = NULL;

  /* "150.000" and "150 000,50" as Danes write them. */
  for (const char *p = text; *p; p++)
    if (*p != ' ' && *p != '.')
      g_string_append_c (digits, *p == ',' ? '.' : *p);
  *out = g_ascii_strtod (digits->str, &end);
  return digits->len > 0 && end != digits->str && *end == '\0' && *out >= 0;
}

static void
new_response_cb (AdwMessageDialog *dialog,
                 const char       *response,
                 RsLabsPage       *self)
{
  RsDatabase *db = rs_page_get_database (RS_PAGE (self));
  RsProcess *process = rs_page_get_process (RS_PAGE (self));
  GHashTable *entries = g_object_get_data (G_OBJECT (dialog), "entries");
  g_autoptr(RsLab) lab = NULL;
  const char *amount;
  double value = 0;

#define FIELD(k) g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (g_hash_table_lookup (entries, k)))))
  if (g_strcmp0 (response, "create") != 0 || db == NULL || process == NULL)
    return;
  lab = rs_lab_new ();
  rs_lab_set_process_id (lab, rs_process_get_id (process));
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (fields[i].property != NULL)
      {
        g_autofree char *text = FIELD (fields[i].key);
        g_object_set (lab, fields[i].property, text, NULL);
      }
#undef FIELD
  amount = gtk_editable_get_text (GTK_EDITABLE (g_hash_table_lookup (entries, "amount")));
  if (*amount != '\0')
    {
      if (!parse_amount (amount, &value))
        {
          g_autofree char *msg = g_strdup_printf (_("“%s” is not an amount in kroner."), amount);
          rs_page_add_toast (RS_PAGE (self), adw_toast_new (msg));
          return;
        }
      rs_lab_set_funding_amount (lab, value);
    }
  rs_lab_store_insert_async (db, lab, rs_page_get_cancellable (RS_PAGE (self)), inserted_cb, g_object_ref (self));
}

static void
delete_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    RsLabsPage       *self)
{
  RsDatabase *db = rs_page_get_database (RS_PAGE (self));

  if (g_strcmp0 (response, "delete") != 0 || db == NULL || self->lab == NULL)
    return;
  rs_lab_store_delete_async (db, rs_lab_get_id (self->lab), rs_page_get_cancellable (RS_PAGE (self)), deleted_cb,
                             g_object_ref (self));
}

void
_rs_labs_page_edit_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  RsLabsPage *self = RS_LABS_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWindow *parent = GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
  GtkWidget *dialog;

  if (rs_page_get_process (RS_PAGE (self)) == NULL)
    return;
  if (g_str_equal (action_name, "labs.delete"))
    {
      if (self->lab == NULL)
        return;
      dialog = adw_message_dialog_new (parent, _("Delete the Lab?"), NULL);
      adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                      _("“%s” is deleted with its record, funding and checklists. "
                                        "Its meetings and ideas are kept, without the lab."),
                                      rs_lab_get_title (self->lab));
      adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                        "delete", _("_Delete"), NULL);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                                  ADW_RESPONSE_DESTRUCTIVE);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
      g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, 0);
    }
  else
    {
      GtkWidget *group = adw_preferences_group_new ();
      GHashTable *entries = g_hash_table_new (g_str_hash, g_str_equal);

      dialog = adw_message_dialog_new (parent, _("New Lab"),
                                       _("A lab works on one specific problem and is funded on its own."));
      for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
        {
          GtkWidget *row = adw_entry_row_new ();
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(fields[i].title));
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
          g_hash_table_insert (entries, (gpointer) fields[i].key, row);
        }
      g_object_set_data_full (G_OBJECT (dialog), "entries", entries, (GDestroyNotify) g_hash_table_unref);
      adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), group);
      adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                        "create", _("C_reate"), NULL);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "create",
                                                  ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "create");
      g_signal_connect_object (dialog, "response", G_CALLBACK (new_response_cb), self, 0);
      g_set_weak_pointer (&self->new_dialog, dialog);
    }
  gtk_window_present (GTK_WINDOW (dialog));
}

/* For tests: fills a field of the New Lab dialog ("title", "problem",
 * "invited", "how", "amount", "granted-by", "date", "facilitators"), or
 * with @key NULL answers it with @text ("create", "cancel"). */
void
rs_labs_page_new_lab_fill (RsLabsPage *self,
                           const char *key,
                           const char *text)
{
  GHashTable *entries;

  g_return_if_fail (self->new_dialog != NULL);
  if (key == NULL)
    {
      adw_message_dialog_response (ADW_MESSAGE_DIALOG (self->new_dialog), text);
      return;
    }
  entries = g_object_get_data (G_OBJECT (self->new_dialog), "entries");
  gtk_editable_set_text (GTK_EDITABLE (g_hash_table_lookup (entries, key)), text);
}
