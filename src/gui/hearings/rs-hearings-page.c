/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-hearings-page"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-cycle-check.h"
#include "rs-date.h"
#include "rs-response-groups.h"
#include "rs-hearing-store.h"
#include "rs-change-monitor.h"
#include "rs-hearings-page.h"
#include "rs-hearings-page-private.h"
#include "rs-process-store.h"
#include "rs-response-coding-view.h"
#include "rs-response-store.h"

/*
 * The Hearings page: the rounds of the process, the responses (searchable,
 * filterable, coded one at a time in RsResponseCodingView), the consulted
 * parties with their status, and groups of similar responses. Import and
 * the white book export live in rs-hearings-page-jobs.c.
 *
 * Model stack of the response list:
 *   self->responses (GListStore of RsHearingResponse, replaced by each search)
 *     → GtkSingleSelection → GtkListView
 */

G_DEFINE_FINAL_TYPE (RsHearingsPage, rs_hearings_page, RS_TYPE_PAGE)

/* A search shows the best hits first and at most this many. */
#define RS_HEARINGS_MAX_HITS 500

static const char * const status_nicks[] = { NULL, "uncoded", "in-progress", "analysed", "late", "review" };
static const char * const sender_nicks[] = { NULL, "organisation", "private" };

/* Text with search markers as Pango markup, hits in bold on yellow. */
char *
_rs_hearings_snippet_markup (const char *snippet)
{
  g_autoptr(GString) out = g_string_new (NULL);
  const char *p = snippet;

  while (p && *p)
    {
      const char *mark = strpbrk (p, RS_SEARCH_MARK_START RS_SEARCH_MARK_END);
      g_autofree char *escaped = g_markup_escape_text (p, mark ? mark - p : -1);

      g_string_append (out, escaped);
      if (mark == NULL)
        break;
      g_string_append (out, *mark == RS_SEARCH_MARK_START[0]
                            ? "<span background=\"#f6d32d\" foreground=\"#000000\" weight=\"bold\">"
                            : "</span>");
      p = mark + 1;
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
first_lines (const char *text)
{
  g_autofree char *copy = g_strndup (text, 400);

  g_strdelimit (copy, "\n\r\t", ' ');
  return g_strdup (g_strstrip (copy));
}

static void
setup_response_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *sender = gtk_label_new (NULL);
  GtkWidget *badge = gtk_label_new (NULL);
  GtkWidget *date = gtk_label_new (NULL);
  GtkWidget *text = gtk_label_new (NULL);

  g_object_set (box, "margin-top", 6, "margin-bottom", 6, "margin-start", 6, "margin-end", 6, NULL);
  gtk_label_set_xalign (GTK_LABEL (sender), 0);
  gtk_label_set_ellipsize (GTK_LABEL (sender), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (sender, TRUE);
  gtk_widget_add_css_class (sender, "heading");
  gtk_widget_add_css_class (badge, "caption");
  gtk_widget_add_css_class (date, "caption");
  gtk_widget_add_css_class (date, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_ellipsize (GTK_LABEL (text), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (text, "dim-label");
  gtk_box_append (GTK_BOX (top), sender);
  gtk_box_append (GTK_BOX (top), badge);
  gtk_box_append (GTK_BOX (top), date);
  gtk_box_append (GTK_BOX (box), top);
  gtk_box_append (GTK_BOX (box), text);
  gtk_list_item_set_child (item, box);
}

static void
bind_response_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item)
{
  RsHearingResponse *r = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *top = gtk_widget_get_first_child (box);
  GtkWidget *sender = gtk_widget_get_first_child (top);
  GtkWidget *badge = gtk_widget_get_next_sibling (sender);
  GtkWidget *date = gtk_widget_get_next_sibling (badge);
  GtkWidget *text = gtk_widget_get_next_sibling (top);
  const char *summary = rs_hearing_response_get_summary (r);
  g_autofree char *markup = NULL;
  g_autofree char *accessible = NULL;
  const char *state;

  gtk_label_set_label (GTK_LABEL (sender), *rs_hearing_response_get_sender (r)
                                           ? rs_hearing_response_get_sender (r) : _("Unknown sender"));
  gtk_label_set_label (GTK_LABEL (date), rs_hearing_response_get_received_on (r));
  gtk_widget_remove_css_class (badge, "error");
  gtk_widget_remove_css_class (badge, "success");
  gtk_widget_remove_css_class (badge, "accent");
  gtk_widget_remove_css_class (badge, "warning");
  if (rs_hearing_response_get_late (r) && rs_hearing_response_needs_review (r))
    {
      state = _("Late, needs review");
      gtk_widget_add_css_class (badge, "error");
    }
  else if (rs_hearing_response_get_late (r))
    {
      state = _("Late");
      gtk_widget_add_css_class (badge, "error");
    }
  else if (rs_hearing_response_needs_review (r))
    {
      state = _("Needs review");
      gtk_widget_add_css_class (badge, "warning");
    }
  else if (rs_hearing_response_is_analysed (r))
    {
      state = _("Analysed");
      gtk_widget_add_css_class (badge, "success");
    }
  else if (rs_hearing_response_get_n_points (r) > 0)
    {
      state = _("In progress");
      gtk_widget_add_css_class (badge, "accent");
    }
  else
    state = "";
  gtk_label_set_label (GTK_LABEL (badge), state);
  if (strchr (summary, RS_SEARCH_MARK_START[0]) != NULL)
    {
      g_autofree char *line = g_strdelimit (g_strdup (summary), "\n\r\t", ' ');
      markup = _rs_hearings_snippet_markup (line);
    }
  else
    {
      g_autofree char *line = first_lines (rs_hearing_response_get_text (r));
      markup = g_markup_escape_text (line, -1);
    }
  gtk_label_set_markup (GTK_LABEL (text), markup);
  accessible = g_strdup_printf ("%s, %s %s", gtk_label_get_label (GTK_LABEL (sender)),
                                rs_hearing_response_get_received_on (r), state);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

/* Search */

static void
search_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(RsHearingsPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) found = rs_response_store_search_finish (RS_DATABASE (source), result, &error);
  g_autofree char *label = NULL;
  guint n;

  if (found == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        rs_page_show_error (RS_PAGE (self), error);
      return;
    }
  n = g_list_model_get_n_items (G_LIST_MODEL (found));
  {
    g_autofree gpointer *items = g_new (gpointer, MAX (n, 1));
    for (guint i = 0; i < n; i++)
      items[i] = g_list_model_get_item (G_LIST_MODEL (found), i);
    g_list_store_splice (self->responses, 0, g_list_model_get_n_items (G_LIST_MODEL (self->responses)),
                         items, n);
    for (guint i = 0; i < n; i++)
      g_object_unref (items[i]);
  }
  if (n >= RS_HEARINGS_MAX_HITS)
    label = g_strdup_printf (_("The %u best matches; refine the search to see others"), n);
  else
    label = g_strdup_printf (ngettext ("%u response", "%u responses", n), n);
  gtk_label_set_label (self->results_label, label);
}

static char *
dropdown_string (GtkDropDown *dropdown)
{
  GObject *item = gtk_drop_down_get_selected_item (dropdown);

  if (gtk_drop_down_get_selected (dropdown) == 0 || item == NULL)
    return NULL;
  return g_strdup (gtk_string_object_get_string (GTK_STRING_OBJECT (item)));
}

void
_rs_hearings_page_search (RsHearingsPage *self)
{
  RsDatabase *db = rs_page_get_database (RS_PAGE (self));
  const char * const *decisions = rs_decision_list ();
  guint status = gtk_drop_down_get_selected (self->status_filter);
  guint sender = gtk_drop_down_get_selected (self->sender_filter);
  guint decision = gtk_drop_down_get_selected (self->decision_filter);
  g_autofree char *theme = NULL;
  RsResponseFilter filter = { 0, };

  g_clear_handle_id (&self->search_timeout, g_source_remove);
  if (db == NULL || self->round == NULL)
    return;
  theme = dropdown_string (self->theme_filter);
  filter.query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  filter.status = status < G_N_ELEMENTS (status_nicks) ? status_nicks[status] : NULL;
  filter.party_type = sender < G_N_ELEMENTS (sender_nicks) ? sender_nicks[sender] : NULL;
  /* The decision list starts with "undecided", shown as "Any decision". */
  filter.decision = decision > 0 && decision < g_strv_length ((GStrv) decisions) ? decisions[decision] : NULL;
  filter.theme = theme;
  filter.party_id = _rs_hearings_page_get_party_filter (self);
  filter.preview_only = TRUE;
  filter.limit = RS_HEARINGS_MAX_HITS;
  rs_response_store_search_async (db, rs_hearing_round_get_id (self->round), &filter,
                                  rs_page_get_cancellable (RS_PAGE (self)), search_done_cb, g_object_ref (self));
}

static gboolean
search_timeout_cb (gpointer data)
{
  RsHearingsPage *self = data;

  self->search_timeout = 0;
  _rs_hearings_page_search (self);
  return G_SOURCE_REMOVE;
}

static void
search_changed_cb (RsHearingsPage *self)
{
  g_clear_handle_id (&self->search_timeout, g_source_remove);
  self->search_timeout = g_timeout_add (200, search_timeout_cb, self);
}

static void
response_selected_cb (RsHearingsPage *self)
{
  RsHearingResponse *r = gtk_single_selection_get_selected_item (self->selection);

  rs_response_coding_view_set_response (self->coding_view, r);
  /* Narrow: the list and the response take turns. */
  if (r != NULL && adw_leaflet_get_folded (self->responses_leaflet))
    adw_leaflet_set_visible_child (self->responses_leaflet, self->coding_pane);
}

/* The response shown can make the page too wide for both panes, so the
 * list and the response start taking turns right after a choice: show the
 * response chosen, not the list it was chosen from. */
static void
leaflet_folded_cb (RsHearingsPage *self)
{
  if (adw_leaflet_get_folded (self->responses_leaflet) &&
      gtk_single_selection_get_selected_item (self->selection) != NULL)
    adw_leaflet_set_visible_child (self->responses_leaflet, self->coding_pane);
}

static void
show_list_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RsHearingsPage *self = RS_HEARINGS_PAGE (widget);

  adw_leaflet_set_visible_child (self->responses_leaflet, self->responses_pane);
}

/* The round */

static void
update_progress (RsHearingsPage *self,
                 int             analysed,
                 int             total)
{
  g_autofree char *label = g_strdup_printf (_("%d of %d analysed"), analysed, total);

  gtk_label_set_label (self->progress_label, label);
  gtk_progress_bar_set_fraction (self->analysed_bar, total > 0 ? (double) analysed / total : 0.0);
}

static void
party_status_cb (GtkDropDown    *dropdown,
                 GParamSpec     *pspec,
                 RsHearingsPage *self)
{
  static const char * const statuses[] = { "invited", "reminded", "replied", "no-comments", "no-reply" };
  RsConsultedParty *party = g_object_get_data (G_OBJECT (dropdown), "rs-party");
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (self->loading || selected >= G_N_ELEMENTS (statuses) || self->round == NULL)
    return;
  _rs_hearings_page_set_party_status (self, rs_consulted_party_get_id (party), statuses[selected]);
}

static void
fill_parties (RsHearingsPage *self,
              GListModel     *parties)
{
  static const char * const statuses[] = { "invited", "reminded", "replied", "no-comments", "no-reply" };
  GtkWidget *child;
  guint n = g_list_model_get_n_items (parties), invited = 0, replied = 0;
  g_autofree char *summary = NULL;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->parties_list))) != NULL)
    gtk_list_box_remove (self->parties_list, child);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RsConsultedParty) party = g_list_model_get_item (parties, i);
      g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
      const char *status = rs_consulted_party_get_status (party);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *dropdown;
      g_autofree char *subtitle = NULL;
      g_autofree char *a11y = NULL;
      guint selected = GTK_INVALID_LIST_POSITION;

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), rs_consulted_party_get_name (party));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      subtitle = *rs_consulted_party_get_email (party)
                 ? g_strdup_printf ("%s · %s", rs_party_kind_get_label (rs_consulted_party_get_kind (party)),
                                    rs_consulted_party_get_email (party))
                 : g_strdup (rs_party_kind_get_label (rs_consulted_party_get_kind (party)));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      for (guint s = 0; s < G_N_ELEMENTS (statuses); s++)
        {
          gtk_string_list_append (labels, rs_party_status_get_label (statuses[s]));
          if (g_strcmp0 (status, statuses[s]) == 0)
            selected = s;
        }
      dropdown = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (labels)), NULL);
      gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
      gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), selected);
      a11y = g_strdup_printf (_("Status of %s"), rs_consulted_party_get_name (party));
      gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, a11y, -1);
      gtk_widget_set_tooltip_text (dropdown, a11y);
      g_object_set_data_full (G_OBJECT (dropdown), "rs-party", g_object_ref (party), g_object_unref);
      g_signal_connect (dropdown, "notify::selected", G_CALLBACK (party_status_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), dropdown);
      gtk_list_box_append (self->parties_list, row);
      invited += status != NULL;
      replied += g_strcmp0 (status, "replied") == 0 || g_strcmp0 (status, "no-comments") == 0;
    }
  summary = g_strdup_printf (_("%u parties invited to this round, %u have replied. The register "
                               "holds %u parties and is shared by all rounds."), invited, replied, n);
  gtk_label_set_label (self->parties_summary, summary);
}

static void
open_similar_cb (GtkButton      *button,
                 RsHearingsPage *self)
{
  RsHearingResponse *r = g_object_get_data (G_OBJECT (button), "rs-response");

  gtk_selection_model_unselect_all (GTK_SELECTION_MODEL (self->selection));
  rs_response_coding_view_set_response (self->coding_view, r);
  adw_view_stack_set_visible_child_name (self->view_stack, "responses");
}

static void fill_duplicates (RsHearingsPage *self,
                             GPtrArray      *groups);

static void
groups_listed_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(RsHearingsPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) groups = rs_response_groups_list_finish (RS_DATABASE (source), result, &error);

  if (groups == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        rs_page_show_error (RS_PAGE (self), error);
      return;
    }
  fill_duplicates (self, groups);
}

static void
groups_changed (RsHearingsPage *self)
{
  RsDatabase *db = rs_page_get_database (RS_PAGE (self));

  if (db == NULL || self->round == NULL)
    return;
  rs_response_groups_list_async (db, rs_hearing_round_get_id (self->round), rs_page_get_cancellable (RS_PAGE (self)),
                                 groups_listed_cb, g_object_ref (self));
}

static void
group_job_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(RsHearingsPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!rs_response_groups_change_finish (RS_DATABASE (source), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        rs_page_show_error (RS_PAGE (self), error);
      return;
    }
  groups_changed (self);
}

static void
run_group_job (RsHearingsPage *self,
               GArray         *ids)
{
  RsDatabase *db = rs_page_get_database (RS_PAGE (self));

  if (db == NULL || ids->len == 0)
    {
      g_array_unref (ids);
      return;
    }
  rs_response_groups_change_async (db, ids, rs_page_get_cancellable (RS_PAGE (self)), group_job_done_cb,
                                   g_object_ref (self));
  g_array_unref (ids);
}

static void
group_confirm_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  RsHearingsPage   *self)
{
  GArray *ids = g_object_steal_data (G_OBJECT (dialog), "rs-ids");

  if (ids == NULL)
    return;
  if (g_strcmp0 (response, "apply") == 0)
    run_group_job (self, ids);
  else
    g_array_unref (ids);
}

/* Neither can be undone from the page: ask first. */
static void
confirm_group_change (RsHearingsPage *self,
                      GArray         *ids,
                      const char     *heading,
                      const char     *body,
                      const char     *apply)
{
  GtkWidget *dialog = adw_message_dialog_new (_rs_hearings_page_get_window (self), heading, body);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "apply", apply, NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "apply", ADW_RESPONSE_DESTRUCTIVE);
  g_object_set_data_full (G_OBJECT (dialog), "rs-ids", ids, (GDestroyNotify) g_array_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (group_confirm_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
exclude_member_cb (GtkButton      *button,
                   RsHearingsPage *self)
{
  RsHearingResponse *r = g_object_get_data (G_OBJECT (button), "rs-response");
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 id = rs_hearing_response_get_id (r);
  g_autofree char *body = g_strdup_printf (_("The response from %s will count as a letter of its own in the "
                                             "white book and in the positions, and is not grouped again."),
                                           rs_hearing_response_get_sender (r));

  g_array_append_val (ids, id);
  confirm_group_change (self, ids, _("Take the Response Out of the Group?"), body, _("_Take Out"));
}

static void
split_group_cb (GtkButton      *button,
                RsHearingsPage *self)
{
  GPtrArray *checks = g_object_get_data (G_OBJECT (button), "rs-checks");
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (checks, i);
      if (gtk_check_button_get_active (check))
        {
          gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (check), "rs-id"));
          g_array_append_val (ids, id);
        }
    }
  /* The button is off until two are checked; one alone is "not part of
   * this group". */
  if (ids->len < 2)
    {
      g_array_unref (ids);
      return;
    }
  {
    g_autofree char *body = g_strdup_printf (ngettext ("The %u checked response becomes a group of its own.",
                                                       "The %u checked responses become a group of their own; "
                                                       "the white book prints them as a separate group.",
                                                       ids->len), ids->len);
    confirm_group_change (self, ids, _("Split Off the Checked Responses?"), body, _("_Split Off"));
  }
}

static void
split_check_toggled_cb (GtkCheckButton *check,
                        GtkWidget      *split)
{
  GPtrArray *checks = g_object_get_data (G_OBJECT (split), "rs-checks");
  guint n = 0;

  for (guint i = 0; i < checks->len; i++)
    n += gtk_check_button_get_active (g_ptr_array_index (checks, i));
  gtk_widget_set_sensitive (split, n >= 2);
}

/* A group of 500 would be 500 rows: the first ones are shown, the rest
 * counted. */
#define MAX_GROUP_ROWS 50

static void
fill_duplicates (RsHearingsPage *self,
                 GPtrArray      *groups)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->duplicates_box))) != NULL)
    gtk_box_remove (self->duplicates_box, child);
  if (groups->len == 0)
    {
      GtkWidget *status = adw_status_page_new ();
      adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "edit-copy-symbolic");
      adw_status_page_set_title (ADW_STATUS_PAGE (status), _("No Similar Responses"));
      adw_status_page_set_description (ADW_STATUS_PAGE (status),
                                       _("Responses that share most of their text, such as a campaign "
                                         "letter, are grouped here so they can be coded once."));
      gtk_box_append (self->duplicates_box, status);
      return;
    }
  {
    GtkWidget *intro = gtk_label_new (_("Groups of responses that share most of their wording, found when "
                                        "they were imported. Code the first response of a group: the white "
                                        "book prints it once with the number of senders, and its positions "
                                        "count for every sender who has no points of their own. Remove a "
                                        "response that does not belong, or check several and split them "
                                        "into a group of their own."));
    gtk_label_set_wrap (GTK_LABEL (intro), TRUE);
    gtk_label_set_xalign (GTK_LABEL (intro), 0);
    gtk_box_append (self->duplicates_box, intro);
  }
  for (guint g = 0; g < groups->len; g++)
    {
      RsResponseGroup *group = g_ptr_array_index (groups, g);
      guint n = g_list_model_get_n_items (G_LIST_MODEL (group->members));
      GtkWidget *pref = adw_preferences_group_new ();
      GtkWidget *split = gtk_button_new_with_mnemonic (_("_Split Off Checked"));
      GPtrArray *checks = g_ptr_array_new ();
      g_autofree char *title = g_strdup_printf (ngettext ("Group %u: sent by %u (of which %u organisations)",
                                                          "Group %u: sent by %u (of which %u organisations)", n),
                                                g + 1, n, group->n_organisations);
      g_autoptr(RsHearingResponse) first = g_list_model_get_item (G_LIST_MODEL (group->members), 0);
      g_autofree char *description = first_lines (rs_hearing_response_get_text (first));

      if (g_utf8_strlen (description, -1) > 160)
        {
          char *end = g_utf8_offset_to_pointer (description, 160);
          strcpy (end, "…");
        }
      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (pref), title);
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (pref), description);
      gtk_widget_set_sensitive (split, FALSE);
      gtk_widget_set_valign (split, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (split, _("Move the checked responses into a new group of their own"));
      g_object_set_data_full (G_OBJECT (split), "rs-checks", checks, (GDestroyNotify) g_ptr_array_unref);
      g_signal_connect (split, "clicked", G_CALLBACK (split_group_cb), self);
      adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (pref), split);
      for (guint i = 0; i < MIN (n, MAX_GROUP_ROWS); i++)
        {
          g_autoptr(RsHearingResponse) r = g_list_model_get_item (G_LIST_MODEL (group->members), i);
          GtkWidget *row = adw_action_row_new ();
          GtkWidget *open = gtk_button_new_from_icon_name ("go-next-symbolic");
          GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
          GtkWidget *check = gtk_check_button_new ();
          g_autofree char *subtitle = g_strdup_printf ("%s · %s", rs_hearing_response_get_received_on (r),
                                                       rs_hearing_response_is_private (r)
                                                       ? _("Private citizen") : _("Organisation"));
          g_autofree char *label = g_strdup_printf (_("Open the response from %s"),
                                                    rs_hearing_response_get_sender (r));
          g_autofree char *remove_label = g_strdup_printf (_("The response from %s is not part of this group"),
                                                           rs_hearing_response_get_sender (r));
          g_autofree char *check_label = g_strdup_printf (_("Split off the response from %s"),
                                                          rs_hearing_response_get_sender (r));

          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), rs_hearing_response_get_sender (r));
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
          gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
          gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, check_label, -1);
          g_object_set_data (G_OBJECT (check), "rs-id", GSIZE_TO_POINTER ((gsize) rs_hearing_response_get_id (r)));
          g_signal_connect (check, "toggled", G_CALLBACK (split_check_toggled_cb), split);
          g_ptr_array_add (checks, check);
          adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
          gtk_widget_add_css_class (remove, "flat");
          gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
          gtk_widget_set_tooltip_text (remove, remove_label);
          gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label, -1);
          g_object_set_data_full (G_OBJECT (remove), "rs-response", g_object_ref (r), g_object_unref);
          g_signal_connect (remove, "clicked", G_CALLBACK (exclude_member_cb), self);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
          gtk_widget_add_css_class (open, "flat");
          gtk_widget_set_valign (open, GTK_ALIGN_CENTER);
          gtk_widget_set_tooltip_text (open, label);
          gtk_accessible_update_property (GTK_ACCESSIBLE (open), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
          g_object_set_data_full (G_OBJECT (open), "rs-response", g_object_ref (r), g_object_unref);
          g_signal_connect (open, "clicked", G_CALLBACK (open_similar_cb), self);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), open);
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (pref), row);
        }
      if (n > MAX_GROUP_ROWS)
        {
          GtkWidget *more = adw_action_row_new ();
          g_autofree char *more_title = g_strdup_printf (ngettext ("and %u more response", "and %u more responses",
                                                                   n - MAX_GROUP_ROWS), n - MAX_GROUP_ROWS);
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (more), more_title);
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (pref), more);
        }
      gtk_box_append (self->duplicates_box, pref);
    }
}

static void
set_string_list (GtkDropDown        *dropdown,
                 const char         *any,
                 const char * const *items)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);

  gtk_string_list_append (list, any);
  for (guint i = 0; items && items[i]; i++)
    gtk_string_list_append (list, items[i]);
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (list));
  gtk_drop_down_set_selected (dropdown, 0);
}

static void
round_loaded_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(RsHearingsPage) self = user_data;
  g_autoptr(GError) error = NULL;
  RsHearingRoundDetails *d = rs_hearing_round_details_load_finish (RS_DATABASE (source), result, &error);
  g_autofree char *start = NULL, *deadline = NULL, *info = NULL;
  g_autoptr(GString) warnings = g_string_new (NULL);

  if (d == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        rs_page_show_error (RS_PAGE (self), error);
      return;
    }
  self->loading = TRUE;
  g_set_object (&self->round, d->round);
  start = rs_date_format_long (rs_hearing_round_get_starts_on (d->round));
  deadline = rs_date_format_long (rs_hearing_round_get_deadline (d->round));
  info = g_strdup_printf (_("%s to %s"), start, deadline);
  if (*rs_hearing_round_get_case_number (d->round))
    {
      g_autofree char *tooltip = g_strdup_printf (_("Case number %s"), rs_hearing_round_get_case_number (d->round));
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->round_info), tooltip);
    }
  gtk_label_set_label (self->round_info, info);
  for (guint i = 0; i < d->warnings->len; i++)
    g_string_append_printf (warnings, "%s%s", i ? "\n" : "", (char *) g_ptr_array_index (d->warnings, i));
  gtk_label_set_label (self->warning_label, warnings->str);
  gtk_revealer_set_reveal_child (self->warning_revealer, d->warnings->len > 0);
  update_progress (self, d->analysed, d->total);
  set_string_list (self->theme_filter, _("Any theme"), (const char * const *) d->themes);
  fill_parties (self, G_LIST_MODEL (d->parties));
  _rs_hearings_page_fill_party_filter (self, G_LIST_MODEL (d->parties));
  fill_duplicates (self, d->groups);
  _rs_hearings_page_load_proposals (self);
  rs_response_coding_view_set_response (self->coding_view, NULL);
  self->loading = FALSE;
  rs_hearing_round_details_free (d);
  _rs_hearings_page_search (self);
}

void
_rs_hearings_page_load_round (RsHearingsPage *self)
{
  RsDatabase *db = rs_page_get_database (RS_PAGE (self));
  RsContext *context = rs_page_get_context (RS_PAGE (self));
  guint selected = gtk_drop_down_get_selected (self->round_dropdown);
  g_autoptr(RsHearingRound) round = NULL;

  if (db == NULL || self->rounds == NULL ||
      selected >= g_list_model_get_n_items (G_LIST_MODEL (self->rounds)))
    return;
  round = g_list_model_get_item (G_LIST_MODEL (self->rounds), selected);
  rs_hearing_round_details_load_async (db, rs_hearing_round_get_id (round),
                                       context ? rs_context_get_min_hearing_days (context)
                                               : RS_DEFAULT_MIN_HEARING_DAYS,
                                       rs_page_get_cancellable (RS_PAGE (self)), round_loaded_cb,
                                       g_object_ref (self));
}

static void
rounds_loaded_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(RsHearingsPage) self = user_data;
  g_autoptr(GError) error = NULL;
  GListStore *rounds = rs_hearing_round_store_list_finish (RS_DATABASE (source), result, &error);
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);
  guint n, select;

  if (rounds == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        rs_page_show_error (RS_PAGE (self), error);
      return;
    }
  g_clear_object (&self->rounds);
  self->rounds = rounds;
  n = g_list_model_get_n_items (G_LIST_MODEL (rounds));
  select = n > 0 ? n - 1 : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RsHearingRound) round = g_list_model_get_item (G_LIST_MODEL (rounds), i);
      gtk_string_list_append (titles, rs_hearing_round_get_title (round));
      if (rs_hearing_round_get_id (round) == self->select_round_id)
        select = i;
    }
  self->select_round_id = 0;
  gtk_stack_set_visible_child_name (self->main_stack, n > 0 ? "round" : "empty");
  self->loading = TRUE;
  gtk_drop_down_set_model (self->round_dropdown, G_LIST_MODEL (titles));
  gtk_drop_down_set_selected (self->round_dropdown, select);
  self->loading = FALSE;
  _rs_hearings_page_load_round (self);
}

void
_rs_hearings_page_load_rounds (RsHearingsPage *self)
{
  RsDatabase *db = rs_page_get_database (RS_PAGE (self));
  RsProcess *process = rs_page_get_process (RS_PAGE (self));

  if (db == NULL || process == NULL)
    {
      gtk_stack_set_visible_child_name (self->main_stack, "empty");
      return;
    }
  rs_response_coding_view_set_database (self->coding_view, db);
  rs_hearing_round_store_list_async (db, rs_process_get_id (process), rs_page_get_cancellable (RS_PAGE (self)),
                                     rounds_loaded_cb, g_object_ref (self));
}

static void
round_selected_cb (RsHearingsPage *self)
{
  if (!self->loading)
    _rs_hearings_page_load_round (self);
}

static void
progress_loaded_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(RsHearingsPage) self = user_data;
  int analysed = 0, total = 0;

  if (rs_response_store_progress_finish (RS_DATABASE (source), result, &analysed, &total, NULL))
    update_progress (self, analysed, total);
}

static void
coding_changed_cb (RsHearingsPage *self)
{
  RsDatabase *db = rs_page_get_database (RS_PAGE (self));
  RsHearingResponse *r = rs_response_coding_view_get_response (self->coding_view);
  guint position;

  if (db == NULL || self->round == NULL)
    return;
  if (r != NULL && g_list_store_find (self->responses, r, &position))
    g_list_model_items_changed (G_LIST_MODEL (self->responses), position, 1, 1);
  rs_response_store_progress_async (db, rs_hearing_round_get_id (self->round),
                                    rs_page_get_cancellable (RS_PAGE (self)), progress_loaded_cb,
                                    g_object_ref (self));
}

/* A search and filters belong to the process they were set in. */
static void
reset_filters (RsHearingsPage *self)
{
  GtkDropDown *filters[] = { self->sender_filter, self->status_filter, self->theme_filter,
                             self->party_filter, self->decision_filter };

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  for (guint i = 0; i < G_N_ELEMENTS (filters); i++)
    gtk_drop_down_set_selected (filters[i], 0);
  g_clear_handle_id (&self->search_timeout, g_source_remove);
}

static void
rs_hearings_page_process_changed (RsPage *page)
{
  RsHearingsPage *self = RS_HEARINGS_PAGE (page);
  RsProcess *process = rs_page_get_process (page);
  gint64 process_id = process ? rs_process_get_id (process) : 0;

  if (process_id != self->filters_process_id)
    {
      self->filters_process_id = process_id;
      self->select_round_id = 0;
      reset_filters (self);
    }
  _rs_hearings_page_load_rounds (self);
}

/* A round was added, changed or removed, here or elsewhere: list the rounds
 * again and stay on the one shown. */
static void
rs_hearings_page_data_changed (RsPage *page)
{
  RsHearingsPage *self = RS_HEARINGS_PAGE (page);

  if (self->round != NULL && self->select_round_id == 0)
    self->select_round_id = rs_hearing_round_get_id (self->round);
  _rs_hearings_page_load_rounds (self);
}

static void
rs_hearings_page_dispose (GObject *object)
{
  RsHearingsPage *self = RS_HEARINGS_PAGE (object);

  g_clear_handle_id (&self->search_timeout, g_source_remove);
  if (self->round_dialog)
    gtk_window_destroy (GTK_WINDOW (self->round_dialog));
  g_clear_weak_pointer (&self->round_dialog);
  if (self->job_cancellable)
    g_cancellable_cancel (self->job_cancellable);
  g_clear_object (&self->job_cancellable);
  g_clear_object (&self->rounds);
  g_clear_object (&self->round);
  g_clear_object (&self->responses);
  g_clear_object (&self->selection);
  G_OBJECT_CLASS (rs_hearings_page_parent_class)->dispose (object);
}

static void
rs_hearings_page_class_init (RsHearingsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  RsPageClass *page_class = RS_PAGE_CLASS (klass);

  object_class->dispose = rs_hearings_page_dispose;
  page_class->process_changed = rs_hearings_page_process_changed;
  page_class->data_changed = rs_hearings_page_data_changed;
  page_class->watched_changes = RS_CHANGE_MASK (RS_CHANGE_HEARING_ROUND);

  g_type_ensure (RS_TYPE_RESPONSE_CODING_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/rs-hearings-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RsHearingsPage, main_stack);
  gtk_widget_class_bind_template_child (widget_class, RsHearingsPage, round_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RsHearingsPage, responses_leaflet);
  gtk_widget_class_bind_template_child (widget_class, RsHearingsPage, responses_pane);
  gtk_widget_class_bind_template_child (widget_class, RsHearingsPage, coding_pane);
  gtk_widget_class_install_action (widget_class, "hearings.show-list", NULL, show_list_action);
  gtk_widget_class_bind_template_child (widget_class, RsHearingsPage, round_info);
  gtk_widget_class_bind_template_child (widget_class, RsHearingsPage, progress_label);
  gtk_widget_class_bind_template_child (widget_class, RsHearingsPage, analysed_bar);
  gtk_widget_class_bind_template_child (widget_class, RsHearingsPage, warning_revealer);
  gtk_widget_class_bind_template_child (widget_class, RsHearingsPage, warning_label);
  gtk_widget_class_bind_template_child (widget_class, RsHearingsPage, job_revealer);
  gtk_widget_class_bind_template_child (widget_class, RsHearingsPage, job_label);
  gtk_widget_class_bind_template_child (widget_class, RsHearingsPage, job_progress);
  gtk_widget_class_bind_template_child (widget_class, RsHearingsPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, RsHearingsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, RsHearingsPage, sender_filter);
  gtk_widget_class_bind_template_child (widget_class, RsHearingsPage, status_filter);
  gtk_widget_class_bind_template_child (widget_class, RsHearingsPage, theme_filter);
  gtk_widget_class_bind_template_child (widget_class, RsHearingsPage, party_filter);
  gtk_widget_class_bind_template_child (widget_class, RsHearingsPage, decision_filter);
  gtk_widget_class_bind_template_child (widget_class, RsHearingsPage, results_label);
  gtk_widget_class_bind_template_child (widget_class, RsHearingsPage, responses_view);
  gtk_widget_class_bind_template_child (widget_class, RsHearingsPage, coding_view);
  gtk_widget_class_bind_template_child (widget_class, RsHearingsPage, parties_summary);
  gtk_widget_class_bind_template_child (widget_class, RsHearingsPage, parties_list);
  gtk_widget_class_bind_template_child (widget_class, RsHearingsPage, duplicates_box);
  gtk_widget_class_bind_template_child (widget_class, RsHearingsPage, proposals_box);
  _rs_hearings_page_install_actions (widget_class);
  _rs_hearings_page_install_proposal_actions (widget_class);
  _rs_hearings_page_install_edit_actions (widget_class);
}

/* Import and White Book make sense once there is a round. */
static void
main_stack_changed_cb (RsHearingsPage *self)
{
  GtkWidget *header = rs_page_get_header_widget (RS_PAGE (self));

  if (header != NULL)
    gtk_widget_set_visible (header, g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "round") == 0);
}

static void
rs_hearings_page_init (RsHearingsPage *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  const char *senders[] = { _("All senders"), _("Organisations"), _("Private citizens"), NULL };
  const char *statuses[] = { _("Any status"), _("Not coded"), _("In progress"), _("Analysed"),
                             _("Late"), _("Needs review"), NULL };
  g_autoptr(GPtrArray) decisions = g_ptr_array_new ();
  const char * const *nicks = rs_decision_list ();

  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_object (self->main_stack, "notify::visible-child-name", G_CALLBACK (main_stack_changed_cb),
                           self, G_CONNECT_SWAPPED);
  main_stack_changed_cb (self);

  self->responses = g_list_store_new (RS_TYPE_HEARING_RESPONSE);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->responses)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_response_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_response_cb), NULL);
  gtk_list_view_set_factory (self->responses_view, factory);
  gtk_list_view_set_model (self->responses_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_swapped (self->selection, "notify::selected", G_CALLBACK (response_selected_cb), self);
  g_signal_connect_swapped (self->responses_leaflet, "notify::folded", G_CALLBACK (leaflet_folded_cb), self);

  set_string_list (self->sender_filter, senders[0], senders + 1);
  set_string_list (self->status_filter, statuses[0], statuses + 1);
  for (guint i = 1; nicks[i] != NULL; i++)
    g_ptr_array_add (decisions, (gpointer) rs_decision_get_label (nicks[i]));
  g_ptr_array_add (decisions, NULL);
  set_string_list (self->decision_filter, _("Any decision"), (const char * const *) decisions->pdata);
  set_string_list (self->theme_filter, _("Any theme"), NULL);
  _rs_hearings_page_fill_party_filter (self, NULL);

  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb), self);
  g_signal_connect_swapped (self->sender_filter, "notify::selected", G_CALLBACK (search_changed_cb), self);
  g_signal_connect_swapped (self->status_filter, "notify::selected", G_CALLBACK (search_changed_cb), self);
  g_signal_connect_swapped (self->theme_filter, "notify::selected", G_CALLBACK (search_changed_cb), self);
  g_signal_connect_swapped (self->party_filter, "notify::selected", G_CALLBACK (search_changed_cb), self);
  g_signal_connect_swapped (self->decision_filter, "notify::selected", G_CALLBACK (search_changed_cb), self);
  g_signal_connect_swapped (self->round_dropdown, "notify::selected", G_CALLBACK (round_selected_cb), self);
  g_signal_connect_swapped (self->coding_view, "changed", G_CALLBACK (coding_changed_cb), self);
  gtk_stack_set_visible_child_name (self->main_stack, "empty");
}
