/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-labs-page"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-checklist.h"
#include "rs-evaluation-store.h"
#include "rs-labs-page-private.h"

/* RsLabsPage: the lab's process evaluation — aggregated questionnaire
 * answers and the evaluation criteria with evidence. */

/* On the database thread, after the lab itself is loaded: stores what @a
 * asks for (an answer, an evaluation criterion) and loads the evaluation. */
gboolean
_rs_labs_page_load_evaluation (RsDatabase *db,
                               LabArgs    *a,
                               LabData    *d,
                               GError    **error)
{
  if ((d->evaluation_id = rs_evaluation_ensure (db, "lab", a->id, error)) == 0)
    return FALSE;
  if (a->question != NULL
      && !rs_evaluation_set_answer (db, d->evaluation_id, a->question, a->answer, a->count, error))
    return FALSE;
  if (a->criterion != NULL && g_strcmp0 (a->owner_type, "evaluation") == 0
      && !rs_checklist_set (db, "evaluation", d->evaluation_id, a->criterion, a->met, a->evidence, error))
    return FALSE;
  return (d->answers = rs_evaluation_answers (db, d->evaluation_id, error)) != NULL
         && (d->criteria = rs_checklist_load (db, "evaluation", d->evaluation_id, error)) != NULL;
}

static void
add_answer_cb (GtkWidget  *button,
               RsLabsPage *self)
{
  GtkWidget *question = g_object_get_data (G_OBJECT (button), "question");
  GtkWidget *answer = g_object_get_data (G_OBJECT (button), "answer");
  GtkWidget *count = g_object_get_data (G_OBJECT (button), "count");
  g_autofree char *q = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (question))));
  g_autofree char *ans = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (answer))));
  LabArgs *a;

  if (self->lab == NULL)
    return;
  if (*q == '\0' || *ans == '\0')
    {
      rs_page_add_toast (RS_PAGE (self), adw_toast_new (_("Type a question and an answer first.")));
      gtk_widget_grab_focus (*q == '\0' ? question : answer);
      return;
    }
  a = g_new0 (LabArgs, 1);
  a->id = self->lab->id;
  a->question = g_steal_pointer (&q);
  a->answer = g_steal_pointer (&ans);
  a->count = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (count));
  _rs_labs_page_run_load (self, a);
}

static GtkWidget *
labelled (GtkWidget  *widget,
          const char *label)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  return widget;
}

static void
show_answers (RsLabsPage *self,
              GPtrArray  *answers)
{
  GtkWidget *row = adw_preferences_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *question = labelled (gtk_entry_new (), _("Question"));
  GtkWidget *answer = labelled (gtk_entry_new (), _("Answer"));
  GtkWidget *count = labelled (gtk_spin_button_new_with_range (0, 100000, 1), _("Number of participants"));
  GtkWidget *add = gtk_button_new_with_mnemonic (_("_Add"));
  const char *last = NULL;

  for (guint i = 0; i < answers->len; i++)
    {
      RsEvaluationAnswer *an = g_ptr_array_index (answers, i);
      GtkWidget *r = adw_action_row_new ();
      /* Translators: number of participants, then their share of the question's answers */
      g_autofree char *text = g_strdup_printf (_("%d · %.0f %%"), an->count, 100.0 * an->share);
      GtkWidget *label = gtk_label_new (text);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (r), an->answer);
      if (g_strcmp0 (last, an->question) != 0)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (r), an->question);
      last = an->question;
      gtk_widget_add_css_class (label, "numeric");
      adw_action_row_add_suffix (ADW_ACTION_ROW (r), label);
      _rs_labs_page_add_row (self, self->answers_group, r);
    }

  /* Entry row: question, answer, count, Add (Enter in any field adds). */
  gtk_entry_set_placeholder_text (GTK_ENTRY (question), _("Question"));
  gtk_entry_set_placeholder_text (GTK_ENTRY (answer), _("Answer"));
  gtk_widget_set_hexpand (question, TRUE);
  gtk_widget_set_hexpand (answer, TRUE);
  gtk_widget_set_tooltip_text (count, _("Number of participants"));
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  if (last != NULL)
    gtk_editable_set_text (GTK_EDITABLE (question), last);
  gtk_box_append (GTK_BOX (box), question);
  gtk_box_append (GTK_BOX (box), answer);
  gtk_box_append (GTK_BOX (box), count);
  gtk_box_append (GTK_BOX (box), add);
  g_object_set_data (G_OBJECT (add), "question", question);
  g_object_set_data (G_OBJECT (add), "answer", answer);
  g_object_set_data (G_OBJECT (add), "count", count);
  g_signal_connect (add, "clicked", G_CALLBACK (add_answer_cb), self);
  g_signal_connect_swapped (question, "activate", G_CALLBACK (gtk_widget_activate), add);
  g_signal_connect_swapped (answer, "activate", G_CALLBACK (gtk_widget_activate), add);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data (G_OBJECT (self), "rs-answer-add", add);
  _rs_labs_page_add_row (self, self->answers_group, row);
}

void
_rs_labs_page_show_evaluation (RsLabsPage *self,
                               LabData    *d)
{
  show_answers (self, d->answers);
  _rs_labs_page_show_checklist (self, self->criteria_group, "evaluation", d->criteria);
}

/* For tests: types an aggregated answer into the questionnaire and adds it. */
void
rs_labs_page_add_answer (RsLabsPage *self,
                         const char *question,
                         const char *answer,
                         int         count)
{
  GtkWidget *add = g_object_get_data (G_OBJECT (self), "rs-answer-add");

  g_return_if_fail (add != NULL);
  gtk_editable_set_text (GTK_EDITABLE (g_object_get_data (G_OBJECT (add), "question")), question);
  gtk_editable_set_text (GTK_EDITABLE (g_object_get_data (G_OBJECT (add), "answer")), answer);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (g_object_get_data (G_OBJECT (add), "count")), count);
  g_signal_emit_by_name (add, "clicked");
}
