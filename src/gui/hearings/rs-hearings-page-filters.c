/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-hearings-page"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-consulted-party.h"
#include "rs-hearings-page-private.h"

/* The filter of the responses list for one consulted party. The party ids
 * are kept on the dropdown, in the order of its items after "Any". */

#define PARTY_IDS_KEY "rs-party-ids"

gint64
_rs_hearings_page_get_party_filter (RsHearingsPage *self)
{
  GArray *ids = g_object_get_data (G_OBJECT (self->party_filter), PARTY_IDS_KEY);
  guint selected = gtk_drop_down_get_selected (self->party_filter);

  if (ids == NULL || selected == 0 || selected == GTK_INVALID_LIST_POSITION || selected > ids->len)
    return 0;
  return g_array_index (ids, gint64, selected - 1);
}

void
_rs_hearings_page_fill_party_filter (RsHearingsPage *self,
                                     GListModel     *parties)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 previous = _rs_hearings_page_get_party_filter (self);
  guint selected = 0;

  gtk_string_list_append (names, _("Any consulted party"));
  for (guint i = 0; parties != NULL && i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(RsConsultedParty) party = g_list_model_get_item (parties, i);
      gint64 id = rs_consulted_party_get_id (party);

      g_array_append_val (ids, id);
      gtk_string_list_append (names, rs_consulted_party_get_name (party));
      if (id == previous)
        selected = ids->len;
    }
  g_object_set_data_full (G_OBJECT (self->party_filter), PARTY_IDS_KEY, ids, (GDestroyNotify) g_array_unref);
  gtk_drop_down_set_model (self->party_filter, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->party_filter, selected);
}
