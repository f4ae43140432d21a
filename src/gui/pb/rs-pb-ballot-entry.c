/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-pb-ballot-entry"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-pb-ballot-entry.h"

struct _RsPbBallotEntry
{
  GtkBox        parent_instance;

  RsPbStore    *store;
  gint64        pool_id;
  GCancellable *cancellable;

  AdwEntryRow  *age_row;
  GtkSwitch    *check_switch;
  AdwEntryRow  *codes_row;
  AdwEntryRow  *district_row;
  AdwEntryRow  *number_row;
  GtkLabel     *status_label;
  AdwEntryRow  *voter_row;
};

G_DEFINE_FINAL_TYPE (RsPbBallotEntry, rs_pb_ballot_entry, GTK_TYPE_BOX)

static void
next_field_cb (RsPbBallotEntry *self,
               AdwEntryRow     *row)
{
  GtkWidget *next = row == self->voter_row ? GTK_WIDGET (self->number_row)
                  : row == self->number_row ? GTK_WIDGET (self->age_row)
                  : row == self->age_row ? GTK_WIDGET (self->district_row)
                  : GTK_WIDGET (self->codes_row);

  gtk_widget_grab_focus (next);
}

static void
set_status (RsPbBallotEntry *self,
            const char      *text,
            gboolean         bad)
{
  gtk_label_set_label (self->status_label, text);
  if (bad)
    gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "error");
}

typedef struct
{
  RsPbBallotEntry *self;
  char            *voter;
  char            *fields[4];   /* number, age band, district, codes: restored on rejection */
  gboolean         check;
} Entered;

static void
entered_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  Entered *e = user_data;
  g_autoptr(GError) error = NULL;
  gboolean matched = FALSE;
  gboolean ok = rs_pb_store_enter_ballot_finish (RS_PB_STORE (object), result, &matched, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    goto out;
  if (!ok)
    {
      g_autofree char *text = g_strdup_printf (_("Voter %s: %s"), e->voter, error->message);
      set_status (e->self, text, TRUE);
      /* If the next ballot has not been started, bring this one back to fix. */
      if (*gtk_editable_get_text (GTK_EDITABLE (e->self->voter_row)) == '\0')
        {
          gtk_editable_set_text (GTK_EDITABLE (e->self->voter_row), e->voter);
          gtk_editable_set_text (GTK_EDITABLE (e->self->number_row), e->fields[0]);
          gtk_editable_set_text (GTK_EDITABLE (e->self->age_row), e->fields[1]);
          gtk_editable_set_text (GTK_EDITABLE (e->self->district_row), e->fields[2]);
          gtk_editable_set_text (GTK_EDITABLE (e->self->codes_row), e->fields[3]);
          gtk_widget_grab_focus (GTK_WIDGET (e->self->codes_row));
        }
    }
  else if (e->check)
    {
      g_autofree char *text = g_strdup_printf (matched ? _("Voter %s: the second entry matches.")
                                                       : _("Voter %s: the second entry differs "
                                                           "from the first; check the paper "
                                                           "ballot."), e->voter);
      set_status (e->self, text, !matched);
    }
  else
    {
      g_autofree char *text = g_strdup_printf (_("Voter %s: ballot saved."), e->voter);
      set_status (e->self, text, FALSE);
    }
out:
  g_object_unref (e->self);
  g_free (e->voter);
  for (guint i = 0; i < G_N_ELEMENTS (e->fields); i++)
    g_free (e->fields[i]);
  g_free (e);
}

static void
submit_cb (RsPbBallotEntry *self)
{
  const char *voter = gtk_editable_get_text (GTK_EDITABLE (self->voter_row));
  g_auto(GStrv) parts = g_strsplit_set (gtk_editable_get_text (GTK_EDITABLE (self->codes_row)),
                                        " ,;", -1);
  g_autoptr(GPtrArray) codes = g_ptr_array_new ();
  Entered *e;

  if (self->store == NULL)
    return;
  if (*g_strstrip ((char *) voter) == '\0')
    {
      set_status (self, _("Type the voter ID first."), TRUE);
      gtk_widget_grab_focus (GTK_WIDGET (self->voter_row));
      return;
    }
  for (guint i = 0; parts[i]; i++)
    if (*parts[i])
      g_ptr_array_add (codes, parts[i]);
  g_ptr_array_add (codes, NULL);

  e = g_new0 (Entered, 1);
  e->self = g_object_ref (self);
  e->voter = g_strdup (voter);
  e->check = gtk_switch_get_active (self->check_switch);
  e->fields[0] = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->number_row)));
  e->fields[1] = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->age_row)));
  e->fields[2] = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->district_row)));
  e->fields[3] = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->codes_row)));
  rs_pb_store_enter_ballot_async (self->store, self->pool_id, voter,
                                  gtk_editable_get_text (GTK_EDITABLE (self->number_row)),
                                  gtk_editable_get_text (GTK_EDITABLE (self->age_row)),
                                  gtk_editable_get_text (GTK_EDITABLE (self->district_row)),
                                  (const char * const *) codes->pdata, e->check,
                                  self->cancellable, entered_cb, e);
  /* Ready for the next ballot at once; a rejected one is reported with its
   * voter id, so it can be typed again. The district often repeats. */
  gtk_editable_set_text (GTK_EDITABLE (self->voter_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->number_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->age_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->codes_row), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->voter_row));
}

static void
rs_pb_ballot_entry_dispose (GObject *object)
{
  RsPbBallotEntry *self = RS_PB_BALLOT_ENTRY (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (rs_pb_ballot_entry_parent_class)->dispose (object);
}

static void
rs_pb_ballot_entry_class_init (RsPbBallotEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rs_pb_ballot_entry_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/rs-pb-ballot-entry.ui");
  gtk_widget_class_bind_template_child (widget_class, RsPbBallotEntry, age_row);
  gtk_widget_class_bind_template_child (widget_class, RsPbBallotEntry, check_switch);
  gtk_widget_class_bind_template_child (widget_class, RsPbBallotEntry, codes_row);
  gtk_widget_class_bind_template_child (widget_class, RsPbBallotEntry, district_row);
  gtk_widget_class_bind_template_child (widget_class, RsPbBallotEntry, number_row);
  gtk_widget_class_bind_template_child (widget_class, RsPbBallotEntry, status_label);
  gtk_widget_class_bind_template_child (widget_class, RsPbBallotEntry, voter_row);
  gtk_widget_class_bind_template_callback (widget_class, next_field_cb);
  gtk_widget_class_bind_template_callback (widget_class, submit_cb);
}

static void
rs_pb_ballot_entry_init (RsPbBallotEntry *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
}

GtkWidget *
rs_pb_ballot_entry_new (void)
{
  return g_object_new (RS_TYPE_PB_BALLOT_ENTRY, NULL);
}

void
rs_pb_ballot_entry_set_pool (RsPbBallotEntry *self,
                             RsPbStore       *store,
                             gint64           pool_id)
{
  g_return_if_fail (RS_IS_PB_BALLOT_ENTRY (self));
  g_set_object (&self->store, store);
  self->pool_id = pool_id;
  set_status (self, "", FALSE);
}
