/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-sessions-page"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "rs-sessions-page-private.h"

/* RsSessionsPage, continued: balanced table groups and manual pins. */

void
_rs_clear_box (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)) != NULL)
    {
      if (GTK_IS_LIST_BOX (box))
        gtk_list_box_remove (GTK_LIST_BOX (box), child);
      else if (GTK_IS_FLOW_BOX (box))
        gtk_flow_box_remove (GTK_FLOW_BOX (box), child);
      else
        gtk_widget_unparent (child);
    }
}

void
_rs_sessions_page_show_tables (RsSessionsPage *self)
{
  int max_table = 0;

  _rs_clear_box (GTK_WIDGET (self->tables_flow));
  for (guint i = 0; i < self->regs_array->len; i++)
    max_table = MAX (max_table, rs_registration_get_table_no (g_ptr_array_index (self->regs_array, i)));
  for (int t = 1; t <= max_table; t++)
    {
      GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
      g_autofree char *heading = g_strdup_printf (_("Table %d"), t);
      GtkWidget *label = gtk_label_new (heading);
      g_autoptr(GString) members = g_string_new (NULL);

      gtk_widget_add_css_class (card, "card");
      gtk_widget_add_css_class (label, "heading");
      gtk_widget_set_margin_top (label, 8);
      gtk_box_append (GTK_BOX (card), label);
      for (guint i = 0; i < self->regs_array->len; i++)
        {
          RsRegistration *r = g_ptr_array_index (self->regs_array, i);
          if (rs_registration_get_table_no (r) != t)
            continue;
          if (members->len)
            g_string_append_c (members, '\n');
          if (rs_registration_get_table_pinned (r))
            /* Translators: a person pinned to their table */
            g_string_append_printf (members, _("%s (pinned)"), rs_registration_get_pseudonym (r));
          else
            g_string_append (members, rs_registration_get_pseudonym (r));
        }
      label = gtk_label_new (members->str);
      gtk_widget_set_margin_bottom (label, 8);
      gtk_box_append (GTK_BOX (card), label);
      gtk_flow_box_append (self->tables_flow, card);
    }
}

static void
tables_made_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  gboolean current;
  g_autoptr(RsSessionsPage) self = rs_page_request_end (user_data, &current);
  g_autoptr(GError) error = NULL;
  RsSessionDetails *d = rs_session_details_finish (RS_DATABASE (source), result, &error);

  gtk_widget_set_sensitive (GTK_WIDGET (self->make_tables_button), TRUE);
  self->busy--;
  if (d == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        rs_page_show_error (RS_PAGE (self), error);
      return;
    }
  /* Another meeting chosen meanwhile, or this one read again after them. */
  if (_rs_sessions_page_show_result (self, d, current))
    {
      g_autofree char *text =
        g_strdup_printf (_("Balance: %.2f (mean distance from a perfect mix per table; 0 is perfect)"),
                         d->imbalance);

      gtk_label_set_text (self->balance_label, text);
    }
  rs_session_details_free (d);
}

void
_rs_sessions_page_make_tables_cb (RsSessionsPage *self)
{
  RsDatabase *db = rs_page_get_database (RS_PAGE (self));
  int size = gtk_spin_button_get_value_as_int (self->table_size);

  if (db == NULL || self->session_id == 0)
    return;
  gtk_widget_set_sensitive (GTK_WIDGET (self->make_tables_button), FALSE);
  self->busy++;
  gtk_label_set_text (self->balance_label,
                      _("Each table mixes the categories: rarest first, each person to the table "
                        "where their groups are least present. Pinned people stay."));
  rs_session_details_make_tables_async (db, self->session_id, size, rs_page_get_cancellable (RS_PAGE (self)),
                                        tables_made_cb, rs_page_request (RS_PAGE (self)));
}

static void
pinned_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  gboolean current;
  g_autoptr(RsSessionsPage) self = rs_page_request_end (user_data, &current);
  g_autoptr(GError) error = NULL;
  RsSessionDetails *d = rs_session_details_finish (RS_DATABASE (source), result, &error);

  self->busy--;
  if (d == NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->pin_entry), "error");
      rs_page_show_error (RS_PAGE (self), error);
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (self->pin_entry), "error");
  gtk_editable_set_text (GTK_EDITABLE (self->pin_entry), "");
  _rs_sessions_page_show_result (self, d, current);
  rs_session_details_free (d);
}

/* "P-0042 3" (or "42 3") pins a person to table 3; "P-0042 0" unpins. */
void
_rs_sessions_page_pin_cb (RsSessionsPage *self)
{
  RsDatabase *db = rs_page_get_database (RS_PAGE (self));
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->pin_entry))));
  char *space = strrchr (text, ' ');
  char *end = NULL;
  gint64 table;

  if (db == NULL || self->session_id == 0 || *text == '\0')
    return;
  table = space ? g_ascii_strtoll (space + 1, &end, 10) : -1;
  if (space == NULL || end == space + 1 || *end != '\0' || table < 0 || table > 999)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->pin_entry), "error");
      rs_page_add_toast (RS_PAGE (self),
                         adw_toast_new (_("Type a pseudonym or number, a space and the table number.")));
      return;
    }
  *space = '\0';
  self->busy++;
  rs_session_details_pin_async (db, self->session_id, g_strstrip (text), (int) table,
                                rs_page_get_cancellable (RS_PAGE (self)), pinned_cb,
                                rs_page_request (RS_PAGE (self)));
}
