/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-open-registration-row"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-open-registration-row.h"
#include "rs-registration.h"

struct _RsOpenRegistrationRow
{
  GtkWidget           parent_instance;

  RsOpenRegistration *item;
  gboolean            binding;

  /* Template widgets */
  GtkWidget              *box;
  GtkButton          *cancel_button;
  GtkButton          *edit_button;
  GtkCheckButton     *present_check;
  GtkLabel           *review_label;
  GtkButton          *reviewed_button;
  GtkLabel           *subtitle_label;
  GtkLabel           *title_label;
};

G_DEFINE_FINAL_TYPE (RsOpenRegistrationRow, rs_open_registration_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

char *
rs_open_registration_review_text (const char *note)
{
  g_auto(GStrv) words = g_strsplit (note ? note : "", " ", -1);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; words[i]; i++)
    {
      const char *w = words[i], *text;

      if (*w == '\0')
        continue;
      if (g_str_equal (w, "duplicate"))
        text = _("registered twice for this meeting");
      else if (g_str_equal (w, "possible-duplicate"))
        text = _("same name and district as another registration");
      else if (g_str_equal (w, "age"))
        text = _("age not understood");
      else if (g_str_equal (w, "district"))
        text = _("district not in the list");
      else if (g_str_equal (w, "first-time"))
        text = _("first-time answer not understood");
      else if (g_str_equal (w, "date"))
        text = _("time of registration not understood");
      else if (g_str_equal (w, "columns"))
        text = _("the form row had missing or extra fields");
      else if (g_str_equal (w, "name"))
        text = _("no name given");
      else if (g_str_equal (w, "contact"))
        text = _("e-mail or phone not understood");
      else
        text = _("marked for review");
      if (out->len)
        g_string_append (out, "; ");
      g_string_append (out, text);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
show_item (RsOpenRegistrationRow *self)
{
  RsOpenRegistration *r = self->item;
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autofree char *title = NULL;
  g_autofree char *review = NULL;
  GVariant *target;
  int status;

  if (r == NULL)
    return;
  status = rs_open_registration_get_status (r);
  title = g_strdup_printf ("%s (%s)", rs_open_registration_get_name (r),
                           rs_open_registration_get_pseudonym (r));
  gtk_label_set_text (self->title_label, title);
  if (status == RS_REGISTRATION_WAITING)
    g_string_append_printf (subtitle, _("Waiting list, no. %d"), rs_open_registration_get_position (r));
  else if (status == RS_REGISTRATION_CANCELLED)
    g_string_append (subtitle, _("Cancelled"));
  else
    g_string_append (subtitle, _("Registered"));
  if (*rs_open_registration_get_age_band (r))
    g_string_append_printf (subtitle, " · %s", rs_open_registration_get_age_band (r));
  if (*rs_open_registration_get_district (r))
    g_string_append_printf (subtitle, " · %s", rs_open_registration_get_district (r));
  if (rs_open_registration_get_first_time (r) == 1)
    g_string_append_printf (subtitle, " · %s", _("first time"));
  if (*rs_open_registration_get_reminded_on (r))
    g_string_append_printf (subtitle, " · %s", _("reminded"));
  else if (*rs_open_registration_get_confirmed_on (r))
    g_string_append_printf (subtitle, " · %s", _("confirmed"));
  if (*rs_open_registration_get_other_meetings (r))
    g_string_append_printf (subtitle, " · %s %s", _("also:"), rs_open_registration_get_other_meetings (r));
  gtk_label_set_text (self->subtitle_label, subtitle->str);
  review = rs_open_registration_review_text (rs_open_registration_get_review_note (r));
  if (*review)
    {
      g_autofree char *text = g_strdup_printf (_("To review: %s"), review);
      gtk_label_set_text (self->review_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->review_label), *review != '\0');
  gtk_widget_set_visible (GTK_WIDGET (self->reviewed_button), *review != '\0');
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->title_label),
                               *rs_open_registration_get_source (r) ? rs_open_registration_get_source (r) : NULL);
  self->binding = TRUE;
  gtk_check_button_set_active (self->present_check, rs_open_registration_get_attended (r) == 1);
  self->binding = FALSE;
  gtk_widget_set_sensitive (GTK_WIDGET (self->present_check), status != RS_REGISTRATION_CANCELLED);
  gtk_widget_set_sensitive (GTK_WIDGET (self->cancel_button), status != RS_REGISTRATION_CANCELLED);
  if (status == RS_REGISTRATION_CANCELLED)
    gtk_widget_add_css_class (GTK_WIDGET (self), "dim-label");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "dim-label");
  target = g_variant_ref_sink (g_variant_new_int64 (rs_open_registration_get_id (r)));
  /* The actions are named once the target is there: a parametered action
   * without one cannot be looked up. */
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->edit_button), target);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->cancel_button), target);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->reviewed_button), target);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->edit_button), "registrations.edit");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->cancel_button), "registrations.cancel");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->reviewed_button), "registrations.reviewed");
  g_variant_unref (target);
}

static void
present_toggled_cb (RsOpenRegistrationRow *self)
{
  if (self->binding || self->item == NULL)
    return;
  gtk_widget_activate_action (GTK_WIDGET (self), "registrations.attend", "(xb)",
                              rs_open_registration_get_id (self->item),
                              gtk_check_button_get_active (self->present_check));
}

RsOpenRegistration *
rs_open_registration_row_get_item (RsOpenRegistrationRow *self)
{
  g_return_val_if_fail (RS_IS_OPEN_REGISTRATION_ROW (self), NULL);
  return self->item;
}

void
rs_open_registration_row_set_item (RsOpenRegistrationRow *self,
                                   RsOpenRegistration    *item)
{
  g_return_if_fail (RS_IS_OPEN_REGISTRATION_ROW (self));
  if (!g_set_object (&self->item, item))
    return;
  show_item (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
}

static void
rs_open_registration_row_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  RsOpenRegistrationRow *self = RS_OPEN_REGISTRATION_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_open_registration_row_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  RsOpenRegistrationRow *self = RS_OPEN_REGISTRATION_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      rs_open_registration_row_set_item (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_open_registration_row_dispose (GObject *object)
{
  RsOpenRegistrationRow *self = RS_OPEN_REGISTRATION_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RS_TYPE_OPEN_REGISTRATION_ROW);
  g_clear_object (&self->item);
  G_OBJECT_CLASS (rs_open_registration_row_parent_class)->dispose (object);
}

static void
rs_open_registration_row_class_init (RsOpenRegistrationRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rs_open_registration_row_dispose;
  object_class->get_property = rs_open_registration_row_get_property;
  object_class->set_property = rs_open_registration_row_set_property;

  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, RS_TYPE_OPEN_REGISTRATION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/rs-open-registration-row.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, RsOpenRegistrationRow, box);
  gtk_widget_class_bind_template_child (widget_class, RsOpenRegistrationRow, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, RsOpenRegistrationRow, edit_button);
  gtk_widget_class_bind_template_child (widget_class, RsOpenRegistrationRow, present_check);
  gtk_widget_class_bind_template_child (widget_class, RsOpenRegistrationRow, review_label);
  gtk_widget_class_bind_template_child (widget_class, RsOpenRegistrationRow, reviewed_button);
  gtk_widget_class_bind_template_child (widget_class, RsOpenRegistrationRow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, RsOpenRegistrationRow, title_label);
  gtk_widget_class_bind_template_callback (widget_class, present_toggled_cb);
}

static void
rs_open_registration_row_init (RsOpenRegistrationRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
