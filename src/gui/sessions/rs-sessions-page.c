/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-sessions-page"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-attendance.h"
#include "rs-session-list.h"
#include "rs-session-row.h"
#include "rs-session-store.h"
#include "rs-change-monitor.h"
#include "rs-open-meeting-store.h"
#include "rs-sessions-page-private.h"
#include "rs-sessions-page.h"

G_DEFINE_FINAL_TYPE (RsSessionsPage, rs_sessions_page, RS_TYPE_PAGE)

enum {
  PROP_0,
  PROP_SESSION_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
format_when (RsSession *s)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
  g_autoptr(GDateTime) start = rs_session_parse_time (rs_session_get_starts_at (s), tz);
  g_autoptr(GDateTime) end = rs_session_parse_time (rs_session_get_ends_at (s), tz);
  g_autofree char *day = NULL;

  if (start == NULL)
    return g_strdup (rs_session_get_starts_at (s));
  /* Translators: a date in strftime format, e.g. "Saturday 13 June 2026" */
  day = g_date_time_format (start, _("%A %-d %B %Y"));
  if (end != NULL)
    {
      g_autofree char *a = g_date_time_format (start, "%H:%M");
      g_autofree char *b = g_date_time_format (end, "%H:%M");
      return g_strdup_printf ("%s, %s–%s", day, a, b);
    }
  {
    g_autofree char *a = g_date_time_format (start, "%H:%M");
    return g_strdup_printf ("%s, %s", day, a);
  }
}

/* ---- showing ---- */

/* The attendance of a category value; the first of each category names it. */
static GtkWidget *
create_stat_row (gpointer item,
                 gpointer user_data)
{
  RsSessionsPage *self = user_data;
  RsAttendanceStat *st = item;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *bar = gtk_level_bar_new_for_interval (0, 1);
  g_autofree char *count = g_strdup_printf (_("%d of %d"), rs_attendance_stat_get_attended (st),
                                            rs_attendance_stat_get_registered (st));
  GtkWidget *label = gtk_label_new (count);
  g_autoptr(RsAttendanceStat) previous = NULL;
  g_autofree char *title = NULL;
  guint position = 0;

  if (g_list_store_find (self->stats, st, &position) && position > 0)
    previous = g_list_model_get_item (G_LIST_MODEL (self->stats), position - 1);
  if (previous == NULL
      || g_strcmp0 (rs_attendance_stat_get_category (previous), rs_attendance_stat_get_category (st)) != 0)
    title = g_strdup_printf ("%s · %s", rs_attendance_stat_get_category (st), rs_attendance_stat_get_value (st));
  else
    title = g_strdup (rs_attendance_stat_get_value (st));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_level_bar_set_value (GTK_LEVEL_BAR (bar), rs_attendance_stat_get_share (st));
  gtk_widget_set_size_request (bar, 80, -1);
  gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (label, "numeric");
  gtk_widget_add_css_class (label, "dim-label");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), bar);
  return row;
}

/* An agenda item with its clock time, worked out from the meeting's start
 * and the durations of the items before it. */
static GtkWidget *
create_agenda_row (gpointer item,
                   gpointer user_data)
{
  RsSessionsPage *self = user_data;
  RsAgendaItem *a = item;
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
  g_autoptr(GDateTime) start = self->session ? rs_session_parse_time (rs_session_get_starts_at (self->session), tz)
                                             : NULL;
  int duration = rs_agenda_item_get_duration_min (a);
  const char *presenter = rs_agenda_item_get_presenter (a);
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *dur = g_strdup_printf (ngettext ("%d minute", "%d minutes", duration), duration);
  g_autofree char *time = NULL;
  GtkWidget *time_label;
  int before = 0;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->agenda)); i++)
    {
      g_autoptr(RsAgendaItem) other = g_list_model_get_item (G_LIST_MODEL (self->agenda), i);
      if (other == a)
        break;
      before += rs_agenda_item_get_duration_min (other);
    }
  if (start != NULL)
    {
      g_autoptr(GDateTime) clock = g_date_time_add_minutes (start, before);
      time = g_date_time_format (clock, "%H:%M");
    }
  time_label = gtk_label_new (time ? time : "");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), rs_agenda_item_get_title (a));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), presenter ? presenter : "");
  gtk_widget_add_css_class (time_label, "numeric");
  gtk_widget_add_css_class (time_label, "heading");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), time_label);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_label_new (dur));
  return row;
}

static GtkWidget *
create_waiting_row (gpointer item,
                    gpointer user_data)
{
  GtkWidget *row = adw_action_row_new ();

  g_object_bind_property (item, "pseudonym", row, "title", G_BINDING_SYNC_CREATE);
  return row;
}

static gboolean
is_waiting (gpointer item,
            gpointer user_data)
{
  return rs_registration_get_status (item) == RS_REGISTRATION_WAITING;
}

/* Replaces the items of @store with those of @items. */
static void
store_replace (GListStore *store,
               GPtrArray  *items)
{
  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)), items->pdata, items->len);
}

void
_rs_sessions_page_show_session (RsSessionsPage *self,
              RsSessionDetails    *d)
{
  g_autofree char *when = format_when (d->info);
  g_autofree char *subtitle = *rs_session_get_place (d->info) ? g_strdup_printf ("%s · %s", when,
                                                                                 rs_session_get_place (d->info))
                                              : g_strdup (when);
  g_autofree char *summary = NULL;
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  int minutes = 0;

  gboolean other = self->session_id != rs_session_get_id (d->info);
  gboolean open;

  g_clear_object (&self->session);
  self->session = g_steal_pointer (&d->info);
  self->session_id = rs_session_get_id (self->session);
  if (other)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION_ID]);
  /* Open meetings take registrations from anyone: their own tab, shown
   * first when another meeting is chosen. */
  open = rs_session_kind_is_open (rs_session_get_kind (self->session));
  adw_view_stack_page_set_visible (self->public_page, open);
  rs_open_registrations_view_set_session (self->open_view, self->session_id);
  if (open && other)
    adw_view_stack_set_visible_child_name (self->view_stack, "public");
  else if (!open && g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "public") == 0)
    adw_view_stack_set_visible_child_name (self->view_stack, "attendance");
  /* This session's own tables, never the previous one's. */
  if (d->imbalance >= 0)
    {
      g_autofree char *balance =
        g_strdup_printf (_("Balance: %.2f (mean distance from a perfect mix per table; 0 is perfect)"),
                         d->imbalance);
      gtk_label_set_text (self->balance_label, balance);
    }
  else
    gtk_label_set_text (self->balance_label, _("No tables yet."));
  gtk_label_set_text (self->title_label, rs_session_get_title (self->session));
  gtk_label_set_text (self->when_label, subtitle);

  /* Agenda with clock times, registrations and who is waiting: the lists
   * are bound to these models. */
  store_replace (self->agenda, d->agenda);
  for (guint i = 0; i < d->agenda->len; i++)
    minutes += rs_agenda_item_get_duration_min (g_ptr_array_index (d->agenda, i));
  g_clear_pointer (&self->regs_array, g_ptr_array_unref);
  self->regs_array = g_steal_pointer (&d->regs);
  store_replace (self->registrations, self->regs_array);
  g_hash_table_remove_all (self->regs);
  for (guint i = 0; i < self->regs_array->len; i++)
    {
      RsRegistration *r = g_ptr_array_index (self->regs_array, i);
      gint64 person_id = rs_registration_get_person_id (r);

      g_hash_table_insert (self->regs, g_memdup2 (&person_id, sizeof person_id), r);
      if (rs_registration_get_status (r) == RS_REGISTRATION_REGISTERED)
        g_ptr_array_add (ids, g_strdup_printf ("%" G_GINT64_FORMAT, person_id));
    }
  g_ptr_array_add (ids, NULL);
  self->binding = TRUE;
  gtk_string_list_splice (self->people, 0, g_list_model_get_n_items (G_LIST_MODEL (self->people)),
                          (const char * const *) ids->pdata);
  self->binding = FALSE;

  /* The meeting's figures, in the template's rows. */
  {
    struct { GtkLabel *label; int value; } figures[] = {
      { self->registered_label, rs_session_get_registered (self->session) },
      { self->waiting_label, rs_session_get_waiting (self->session) },
      { self->present_label, rs_session_get_attended (self->session) },
      { self->minutes_label, minutes },
    };
    g_autofree char *capacity = rs_session_get_capacity (self->session)
                                ? g_strdup_printf ("%d", rs_session_get_capacity (self->session))
                                : g_strdup (_("No limit"));

    gtk_label_set_text (self->capacity_label, capacity);
    for (guint i = 0; i < G_N_ELEMENTS (figures); i++)
      {
        g_autofree char *text = g_strdup_printf ("%d", figures[i].value);
        gtk_label_set_text (figures[i].label, text);
      }
  }

  summary = g_strdup_printf (_("%d of %d present"), rs_session_get_attended (self->session),
                             rs_session_get_registered (self->session));
  gtk_label_set_text (self->attendance_summary, summary);
  store_replace (self->stats, d->stats);
  _rs_sessions_page_show_tables (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sessions.export-table-cards",
                                 gtk_widget_get_first_child (GTK_WIDGET (self->tables_flow)) != NULL);

  /* Keep the list's count in step: its row follows the meeting's properties. */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->sessions)); i++)
    {
      g_autoptr(RsSession) s = g_list_model_get_item (G_LIST_MODEL (self->sessions), i);
      if (rs_session_get_id (s) == self->session_id)
        {
          rs_session_set_title (s, rs_session_get_title (self->session));
          rs_session_set_starts_at (s, rs_session_get_starts_at (self->session));
          rs_session_set_attended (s, rs_session_get_attended (self->session));
          rs_session_set_registered (s, rs_session_get_registered (self->session));
        }
    }
}

/* Shows @d, the result of a request (see rs_page_request()), when no read
 * was asked for since and it is the meeting chosen: a write to the meeting
 * shown before another was chosen shows nothing. */
gboolean
_rs_sessions_page_show_result (RsSessionsPage   *self,
                               RsSessionDetails *d,
                               gboolean          current)
{
  if (!current || rs_session_get_id (d->info) != self->wanted_id)
    return FALSE;
  _rs_sessions_page_show_session (self, d);
  return TRUE;
}

static void
session_loaded_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  gboolean current;
  g_autoptr(RsSessionsPage) self = rs_page_request_end (user_data, &current);
  g_autoptr(GError) error = NULL;
  g_autoptr(RsSessionDetails) d = rs_session_details_load_finish (RS_DATABASE (source), result, &error);

  /* A read asked for later shows the meeting as it is now. */
  if (!current)
    return;
  if (d == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        rs_page_show_error (RS_PAGE (self), error);
      return;
    }
  _rs_sessions_page_show_result (self, d, current);
}

/* Reads the meeting @id and shows it, unless another read is asked for
 * before the result arrives. */
static void
load_session (RsSessionsPage *self,
              gint64          id)
{
  RsDatabase *db = rs_page_get_database (RS_PAGE (self));

  if (db == NULL)
    return;
  self->wanted_id = id;
  rs_session_details_load_async (db, id, rs_page_get_cancellable (RS_PAGE (self)), session_loaded_cb,
                                 rs_page_request_read (RS_PAGE (self)));
}

/* Narrow: the list and the meeting take turns. */
static void
session_activated_cb (RsSessionsPage *self,
                      GtkListBoxRow  *row)
{
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->content_pane);
}

static void
show_list_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RsSessionsPage *self = RS_SESSIONS_PAGE (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->list_pane);
}

/* The user chose a meeting (the page's own selections are quiet). */
static void
session_selected_cb (RsSessionsPage *self,
                     GtkListBoxRow  *row)
{
  g_autoptr(RsSession) session = NULL;
  int index;

  if (row == NULL || self->quiet_select)
    return;
  index = gtk_list_box_row_get_index (row);
  if (index >= 0 && (session = g_list_model_get_item (G_LIST_MODEL (self->sessions), (guint) index)) != NULL
      && rs_session_get_id (session) != self->wanted_id)
    load_session (self, rs_session_get_id (session));
}

static GtkWidget *
create_session_row (gpointer item,
                    gpointer user_data)
{
  return rs_session_row_new (item);
}

/* Selects the row at @index without reading its meeting. */
static void
select_row_quietly (RsSessionsPage *self,
                    int             index)
{
  self->quiet_select = TRUE;
  gtk_list_box_select_row (self->session_list, gtk_list_box_get_row_at_index (self->session_list, index));
  self->quiet_select = FALSE;
}

/* Selects the row at @index and reads its meeting again, also when the row
 * was selected already (the list reloads after every change); while tables
 * or a pin are being made for that meeting, their own result shows it. */
static void
select_index (RsSessionsPage *self,
              int             index)
{
  g_autoptr(RsSession) session = g_list_model_get_item (G_LIST_MODEL (self->sessions), (guint) index);

  if (session == NULL)
    return;
  select_row_quietly (self, index);
  if (self->busy == 0 || rs_session_get_id (session) != self->wanted_id)
    load_session (self, rs_session_get_id (session));
}

/* The live list (re)loaded: after a process switch, or a meeting or
 * registration changed here or elsewhere. Stay on the meeting chosen (and
 * read it again); otherwise show the next meeting, or the latest when all
 * are over. */
static void
sessions_loaded_cb (RsSessionsPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->sessions));
  gint64 chosen = self->wanted_id ? self->wanted_id : self->session_id;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *today = NULL;
  int index;

  if (n == 0)
    {
      gtk_stack_set_visible_child_name (self->page_stack, "empty");
      return;
    }
  index = chosen ? rs_session_list_find (self->sessions, chosen) : -1;
  now = g_date_time_new_now_local ();
  today = g_date_time_format (now, "%Y-%m-%d");
  for (guint i = 0; i < n && index < 0; i++)
    {
      g_autoptr(RsSession) session = g_list_model_get_item (G_LIST_MODEL (self->sessions), i);
      if (g_strcmp0 (rs_session_get_starts_at (session), today) >= 0)
        index = (int) i;
    }
  if (index < 0)
    index = (int) n - 1;
  select_index (self, index);
  /* The list appears with its row selected: focus moving into it from the
   * empty page (its button had it) lands there. Were the list shown first,
   * the focus would select the first meeting, as if the user had. */
  self->quiet_select = TRUE;
  gtk_stack_set_visible_child_name (self->page_stack, "sessions");
  self->quiet_select = FALSE;
  if (gtk_list_box_get_selected_row (self->session_list) != gtk_list_box_get_row_at_index (self->session_list, index))
    select_row_quietly (self, index);
}

static void
rs_sessions_page_process_changed (RsPage *page)
{
  RsSessionsPage *self = RS_SESSIONS_PAGE (page);
  RsProcess *process = rs_page_get_process (page);
  RsDatabase *db = rs_page_get_database (page);

  gtk_stack_set_visible_child_name (self->page_stack, "empty");
  if (db == NULL)
    return;
  rs_open_registrations_view_set_database (self->open_view, db, process ? rs_process_get_id (process) : 0);
  /* self->sessions (RsSessionList, live) ─▶ session_list (RsSessionRow) */
  if (self->sessions == NULL)
    {
      self->sessions = rs_session_list_new (db, process ? rs_process_get_id (process) : 0);
      g_signal_connect_object (self->sessions, "loaded", G_CALLBACK (sessions_loaded_cb), self,
                               G_CONNECT_SWAPPED);
      gtk_list_box_bind_model (self->session_list, G_LIST_MODEL (self->sessions), create_session_row, NULL, NULL);
    }
  else
    rs_session_list_set_process_id (self->sessions, process ? rs_process_get_id (process) : 0);
}

/* ---- attendance ---- */

static void register_walk_in_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *parameter);

static void
walk_in_clicked_cb (AdwToast       *toast,
                    RsSessionsPage *self)
{
  const char *text = g_object_get_data (G_OBJECT (toast), "walk-in");

  if (text != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "sessions.register-walk-in", "s", text);
}

static void
marked_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  gboolean current;
  g_autoptr(RsSessionsPage) self = rs_page_request_end (user_data, &current);
  g_autoptr(GError) error = NULL;
  RsSessionDetails *d = rs_session_details_finish (RS_DATABASE (source), result, &error);

  if (d == NULL)
    {
      if (g_error_matches (error, RS_PERSON_REF_ERROR, RS_PERSON_REF_ERROR_NOT_REGISTERED)
          && self->last_typed != NULL)
        {
          /* Never counted silently: registering a walk-in is a choice. */
          AdwToast *toast = adw_toast_new (error->message);
          adw_toast_set_button_label (toast, _("_Register and Mark Present"));
          /* The toast lives in the window's overlay, outside this page:
           * its button calls back rather than naming a page action. */
          g_object_set_data_full (G_OBJECT (toast), "walk-in", g_strdup (self->last_typed), g_free);
          g_signal_connect_object (toast, "button-clicked", G_CALLBACK (walk_in_clicked_cb), self, 0);
          adw_toast_set_timeout (toast, 10);
          rs_page_add_toast (RS_PAGE (self), toast);
        }
      else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        rs_page_add_toast (RS_PAGE (self), adw_toast_new (error->message));
      gtk_widget_add_css_class (GTK_WIDGET (self->attendance_entry), "error");
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (self->attendance_entry), "error");
  _rs_sessions_page_show_result (self, d, current);
  rs_session_details_free (d);
}

static void
attendance_entry_activate_cb (RsSessionsPage *self)
{
  RsDatabase *db = rs_page_get_database (RS_PAGE (self));
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->attendance_entry));

  if (db == NULL || self->session_id == 0 || *text == '\0')
    return;
  g_free (self->last_typed);
  self->last_typed = g_strdup (text);
  rs_session_details_mark_async (db, self->session_id, 0, text, TRUE, FALSE,
                                 rs_page_get_cancellable (RS_PAGE (self)), marked_cb,
                                 rs_page_request (RS_PAGE (self)));
  gtk_editable_set_text (GTK_EDITABLE (self->attendance_entry), "");
}

static void
register_walk_in_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  RsSessionsPage *self = RS_SESSIONS_PAGE (widget);
  RsDatabase *db = rs_page_get_database (RS_PAGE (self));

  if (db == NULL || self->session_id == 0)
    return;
  rs_session_details_mark_async (db, self->session_id, 0, g_variant_get_string (parameter, NULL), TRUE, TRUE,
                                 rs_page_get_cancellable (RS_PAGE (self)), marked_cb,
                                 rs_page_request (RS_PAGE (self)));
}

static void
present_toggled_cb (GtkCheckButton *check,
                    RsSessionsPage *self)
{
  RsDatabase *db = rs_page_get_database (RS_PAGE (self));
  gint64 person = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (check), "person-id"));

  if (self->binding || db == NULL || person == 0)
    return;
  rs_session_details_mark_async (db, self->session_id, person, NULL, gtk_check_button_get_active (check), FALSE,
                                 rs_page_get_cancellable (RS_PAGE (self)), marked_cb,
                                 rs_page_request (RS_PAGE (self)));
}

static void
setup_person_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 RsSessionsPage           *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *extra = gtk_label_new (NULL);

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_widget_add_css_class (extra, "dim-label");
  gtk_box_append (GTK_BOX (box), check);
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), extra);
  g_signal_connect (check, "toggled", G_CALLBACK (present_toggled_cb), self);
  gtk_list_item_set_child (item, box);
}

static void
bind_person_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                RsSessionsPage           *self)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *check = gtk_widget_get_first_child (box);
  GtkWidget *name = gtk_widget_get_next_sibling (check);
  GtkWidget *extra = gtk_widget_get_next_sibling (name);
  const char *id_text = gtk_string_object_get_string (gtk_list_item_get_item (item));
  gint64 id = g_ascii_strtoll (id_text, NULL, 10);
  RsRegistration *r = g_hash_table_lookup (self->regs, &id);
  g_autofree char *table = NULL;

  if (r == NULL)
    return;
  self->binding = TRUE;
  g_object_set_data (G_OBJECT (check), "person-id", GSIZE_TO_POINTER ((gsize) id));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), rs_registration_get_attended (r) == 1);
  self->binding = FALSE;
  gtk_label_set_text (GTK_LABEL (name), rs_registration_get_pseudonym (r));
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  rs_registration_get_pseudonym (r), -1);
  table = rs_registration_get_table_no (r) ? g_strdup_printf (_("Table %d"),
                                                              rs_registration_get_table_no (r)) : g_strdup ("");
  gtk_label_set_text (GTK_LABEL (extra), table);
}

/* ---- tables ---- */




/* ---- life cycle ---- */

static void
rs_sessions_page_dispose (GObject *object)
{
  RsSessionsPage *self = RS_SESSIONS_PAGE (object);

  /* Unbound and unreferenced, the live list goes and cancels its loading. */
  if (self->sessions != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->sessions, self);
      gtk_list_box_bind_model (self->session_list, NULL, NULL, NULL, NULL);
    }
  g_clear_object (&self->sessions);
  g_clear_object (&self->agenda);
  g_clear_object (&self->stats);
  g_clear_object (&self->registrations);
  g_clear_object (&self->session);
  g_clear_pointer (&self->regs, g_hash_table_unref);
  g_clear_pointer (&self->regs_array, g_ptr_array_unref);
  g_clear_object (&self->people);
  g_clear_weak_pointer (&self->editor);
  g_clear_pointer (&self->last_typed, g_free);

  G_OBJECT_CLASS (rs_sessions_page_parent_class)->dispose (object);
}

static void
rs_sessions_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  RsSessionsPage *self = RS_SESSIONS_PAGE (object);

  switch (prop_id)
    {
    case PROP_SESSION_ID:
      g_value_set_int64 (value, self->session_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_sessions_page_class_init (RsSessionsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  RsPageClass *page_class = RS_PAGE_CLASS (klass);

  object_class->dispose = rs_sessions_page_dispose;
  object_class->get_property = rs_sessions_page_get_property;

  /**
   * RsSessionsPage:session-id:
   * The meeting shown (0: none yet); notified when another one is shown.
   */
  properties[PROP_SESSION_ID] =
    g_param_spec_int64 ("session-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  page_class->process_changed = rs_sessions_page_process_changed;
  /* Meetings, registrations and attendance changed anywhere reach the page
   * through its live RsSessionList. */

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/rs-sessions-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RsSessionsPage, agenda_list);
  gtk_widget_class_bind_template_child (widget_class, RsSessionsPage, capacity_label);
  gtk_widget_class_bind_template_child (widget_class, RsSessionsPage, registered_label);
  gtk_widget_class_bind_template_child (widget_class, RsSessionsPage, waiting_label);
  gtk_widget_class_bind_template_child (widget_class, RsSessionsPage, present_label);
  gtk_widget_class_bind_template_child (widget_class, RsSessionsPage, minutes_label);
  gtk_widget_class_bind_template_child (widget_class, RsSessionsPage, attendance_entry);
  gtk_widget_class_bind_template_child (widget_class, RsSessionsPage, attendance_summary);
  gtk_widget_class_bind_template_child (widget_class, RsSessionsPage, balance_label);
  gtk_widget_class_bind_template_child (widget_class, RsSessionsPage, capacity_list);
  gtk_widget_class_bind_template_child (widget_class, RsSessionsPage, make_tables_button);
  gtk_widget_class_bind_template_child (widget_class, RsSessionsPage, page_stack);
  gtk_widget_class_bind_template_child (widget_class, RsSessionsPage, people_view);
  gtk_widget_class_bind_template_child (widget_class, RsSessionsPage, pin_entry);
  gtk_widget_class_bind_template_child (widget_class, RsSessionsPage, session_list);
  gtk_widget_class_bind_template_child (widget_class, RsSessionsPage, stats_list);
  gtk_widget_class_bind_template_child (widget_class, RsSessionsPage, table_size);
  gtk_widget_class_bind_template_child (widget_class, RsSessionsPage, tables_flow);
  gtk_widget_class_bind_template_child (widget_class, RsSessionsPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, RsSessionsPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, RsSessionsPage, waiting_list);
  gtk_widget_class_bind_template_child (widget_class, RsSessionsPage, register_entry);
  gtk_widget_class_bind_template_child (widget_class, RsSessionsPage, registered_list);
  gtk_widget_class_bind_template_callback (widget_class, _rs_sessions_page_register_cb);
  gtk_widget_class_bind_template_child (widget_class, RsSessionsPage, when_label);
  gtk_widget_class_bind_template_child (widget_class, RsSessionsPage, public_page);
  gtk_widget_class_bind_template_child (widget_class, RsSessionsPage, open_view);
  gtk_widget_class_bind_template_callback (widget_class, attendance_entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, _rs_sessions_page_make_tables_cb);
  gtk_widget_class_bind_template_callback (widget_class, _rs_sessions_page_pin_cb);
  gtk_widget_class_bind_template_callback (widget_class, session_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, session_activated_cb);
  gtk_widget_class_bind_template_child (widget_class, RsSessionsPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, RsSessionsPage, list_pane);
  gtk_widget_class_bind_template_child (widget_class, RsSessionsPage, content_pane);
  gtk_widget_class_install_action (widget_class, "sessions.show-list", NULL, show_list_action);

  gtk_widget_class_install_action (widget_class, "sessions.new", NULL, _rs_sessions_page_edit_action);
  gtk_widget_class_install_action (widget_class, "sessions.register-walk-in", "s", register_walk_in_action);
  gtk_widget_class_install_action (widget_class, "sessions.import-attendance", NULL, _rs_sessions_page_import_action);
  gtk_widget_class_install_action (widget_class, "sessions.import-registrations", NULL, _rs_sessions_page_import_action);
  gtk_widget_class_install_action (widget_class, "sessions.edit", NULL, _rs_sessions_page_edit_action);
  gtk_widget_class_install_action (widget_class, "sessions.delete", NULL, _rs_sessions_page_edit_action);
  gtk_widget_class_install_action (widget_class, "sessions.export-agenda", NULL, _rs_sessions_page_export_action);
  gtk_widget_class_install_action (widget_class, "sessions.export-sheet", NULL, _rs_sessions_page_export_action);
  gtk_widget_class_install_action (widget_class, "sessions.export-sheet-names", NULL, _rs_sessions_page_export_action);
  gtk_widget_class_install_action (widget_class, "sessions.export-badges", NULL, _rs_sessions_page_export_action);
  gtk_widget_class_install_action (widget_class, "sessions.export-table-cards", NULL, _rs_sessions_page_export_action);
}

static void
rs_sessions_page_init (RsSessionsPage *self)
{
  GtkListItemFactory *factory;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->regs = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->agenda = g_list_store_new (RS_TYPE_AGENDA_ITEM);
  gtk_list_box_bind_model (self->agenda_list, G_LIST_MODEL (self->agenda), create_agenda_row, self, NULL);
  self->stats = g_list_store_new (RS_TYPE_ATTENDANCE_STAT);
  gtk_list_box_bind_model (self->stats_list, G_LIST_MODEL (self->stats), create_stat_row, self, NULL);
  /* self->registrations ─▶ GtkFilterListModel (waiting) ─▶ waiting_list */
  self->registrations = g_list_store_new (RS_TYPE_REGISTRATION);
  {
    g_autoptr(GtkFilterListModel) waiting =
      gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->registrations)),
                                 GTK_FILTER (gtk_custom_filter_new (is_waiting, NULL, NULL)));
    GtkWidget *nobody = adw_action_row_new ();

    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (nobody), _("Nobody is waiting"));
    gtk_list_box_set_placeholder (self->waiting_list, nobody);
    gtk_list_box_bind_model (self->waiting_list, G_LIST_MODEL (waiting), create_waiting_row, NULL, NULL);
  }
  _rs_sessions_page_bind_registered (self);
  self->people = gtk_string_list_new (NULL);
  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_person_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_person_cb), self);
  gtk_list_view_set_factory (self->people_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->people_view,
                           GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->people)))));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sessions.export-table-cards", FALSE);
}

/* For tests: the shown session, and how many are present there. */
gint64
rs_sessions_page_get_session_id (RsSessionsPage *self)
{
  g_return_val_if_fail (RS_IS_SESSIONS_PAGE (self), 0);
  return self->session_id;
}

int
rs_sessions_page_get_n_present (RsSessionsPage *self)
{
  g_return_val_if_fail (RS_IS_SESSIONS_PAGE (self), 0);
  return self->session ? rs_session_get_attended (self->session) : -1;
}

/* Types @text into the attendance entry and presses Enter. */
void
rs_sessions_page_type_attendance (RsSessionsPage *self,
                                  const char     *text)
{
  g_return_if_fail (RS_IS_SESSIONS_PAGE (self));
  gtk_editable_set_text (GTK_EDITABLE (self->attendance_entry), text);
  g_signal_emit_by_name (self->attendance_entry, "activate");
}

/* Chooses the session with @session_id, when it is in the list, as a
 * click on its row does; it is shown once read. */
void
rs_sessions_page_select_session (RsSessionsPage *self,
                                 gint64          session_id)
{
  int position;

  g_return_if_fail (RS_IS_SESSIONS_PAGE (self));
  if (self->sessions != NULL && (position = rs_session_list_find (self->sessions, session_id)) >= 0)
    gtk_list_box_select_row (self->session_list, gtk_list_box_get_row_at_index (self->session_list, position));
}

/* Shows the Tables view and makes tables of @size, as the button does. */
void
rs_sessions_page_make_tables (RsSessionsPage *self,
                              int             size)
{
  g_return_if_fail (RS_IS_SESSIONS_PAGE (self));
  adw_view_stack_set_visible_child_name (self->view_stack, "tables");
  gtk_spin_button_set_value (self->table_size, size);
  g_signal_emit_by_name (self->make_tables_button, "clicked");
}

gboolean
rs_sessions_page_is_busy (RsSessionsPage *self)
{
  g_return_val_if_fail (RS_IS_SESSIONS_PAGE (self), FALSE);
  return self->busy > 0;
}

/* Types "@who @table_no" into the pin entry and presses Enter. */
void
rs_sessions_page_pin (RsSessionsPage *self,
                      const char     *who,
                      int             table_no)
{
  g_autofree char *text = g_strdup_printf ("%s %d", who, table_no);

  g_return_if_fail (RS_IS_SESSIONS_PAGE (self));
  gtk_editable_set_text (GTK_EDITABLE (self->pin_entry), text);
  g_signal_emit_by_name (self->pin_entry, "activate");
}

/* The balance line of the meeting shown (for tests). */
const char *
rs_sessions_page_get_balance (RsSessionsPage *self)
{
  g_return_val_if_fail (RS_IS_SESSIONS_PAGE (self), NULL);
  return gtk_label_get_text (self->balance_label);
}

/* Lists the meetings again and shows @select_id (0: the next meeting). */
void
_rs_sessions_page_reload (RsSessionsPage *self,
                          gint64          select_id)
{
  int position = self->sessions && select_id ? rs_session_list_find (self->sessions, select_id) : -1;

  /* The list reloads itself after the change that led here and then stays
   * on select_id; when it already has it, show it now. */
  if (self->session_id != select_id)
    {
      self->session_id = select_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION_ID]);
    }
  if (select_id == 0)
    g_clear_object (&self->session);
  if (position >= 0)
    {
      load_session (self, select_id);
      select_row_quietly (self, position);
    }
  else
    {
      /* Nothing asked for before is wanted any more. */
      self->wanted_id = select_id;
      rs_page_drop_requests (RS_PAGE (self));
    }
}

/* What a registration's Cancel button does. */
void
rs_sessions_page_cancel_registration (RsSessionsPage *self,
                                      gint64          person_id)
{
  g_return_if_fail (RS_IS_SESSIONS_PAGE (self));
  _rs_sessions_page_cancel (self, person_id);
}

/* Types @text into the Register entry and presses Enter. */
void
rs_sessions_page_register (RsSessionsPage *self,
                           const char     *text)
{
  g_return_if_fail (RS_IS_SESSIONS_PAGE (self));
  gtk_editable_set_text (GTK_EDITABLE (self->register_entry), text);
  g_signal_emit_by_name (self->register_entry, "activate");
}
