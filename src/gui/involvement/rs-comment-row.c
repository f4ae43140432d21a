/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-comment-row"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-comment-row.h"

struct _RsCommentRow
{
  AdwActionRow  parent_instance;

  RsComment    *comment;

  /* Template widgets */
  GtkButton    *delete_button;
  GtkButton    *edit_button;
  GtkImage     *review_icon;
};

G_DEFINE_FINAL_TYPE (RsCommentRow, rs_comment_row, ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_COMMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GRegex *
whitespace (void)
{
  static GRegex *regex;

  if (g_once_init_enter (&regex))
    g_once_init_leave (&regex, g_regex_new ("\\s+", G_REGEX_OPTIMIZE, 0, NULL));
  return regex;
}

static void
show_comment (RsCommentRow *self)
{
  RsComment *c = self->comment;
  g_autoptr(GString) subtitle = g_string_new (rs_comment_get_pseudonym (c));
  g_autofree char *text = g_regex_replace_literal (whitespace (), rs_comment_get_text (c), -1, 0,
                                                   " ", 0, NULL);
  GVariant *target = g_variant_new_int64 (rs_comment_get_id (c));
  guint n = rs_comment_get_n_recommendations (c);

  g_strstrip (text);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), *text ? text : _("(no text)"));
  g_string_append_printf (subtitle, " · %s", rs_comment_channel_label (rs_comment_get_channel (c)));
  if (rs_comment_get_received_on (c) != NULL)
    g_string_append_printf (subtitle, " · %s", rs_comment_get_received_on (c));
  if (*rs_comment_get_district (c))
    g_string_append_printf (subtitle, " · %s", rs_comment_get_district (c));
  if (*rs_comment_get_themes (c))
    g_string_append_printf (subtitle, " · %s", rs_comment_get_themes (c));
  if (n > 0)
    {
      /* TRANSLATORS: under a comment linked to recommendations as their origin */
      g_autofree char *origin = g_strdup_printf (ngettext ("origin of %u recommendation",
                                                           "origin of %u recommendations", n), n);
      g_string_append_printf (subtitle, " · %s", origin);
    }
  if (rs_comment_get_n_ideas (c) > 0)
    {
      guint n_ideas = rs_comment_get_n_ideas (c);
      /* TRANSLATORS: under a comment linked to the ideas it fed */
      g_autofree char *fed = g_strdup_printf (ngettext ("fed %u idea", "fed %u ideas", n_ideas), n_ideas);
      g_string_append_printf (subtitle, " · %s", fed);
    }
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle->str);
  gtk_widget_set_visible (GTK_WIDGET (self->review_icon), rs_comment_needs_review (c));
  if (rs_comment_needs_review (c))
    {
      g_autofree char *why = rs_comment_describe_review (c);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->review_icon), why);
    }
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->edit_button), target);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->delete_button), target);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self), target);
}

static void
rs_comment_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  RsCommentRow *self = RS_COMMENT_ROW (object);

  switch (prop_id)
    {
    case PROP_COMMENT:
      g_value_set_object (value, self->comment);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_comment_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  RsCommentRow *self = RS_COMMENT_ROW (object);

  switch (prop_id)
    {
    case PROP_COMMENT:
      g_set_object (&self->comment, g_value_get_object (value));
      if (self->comment != NULL)
        show_comment (self);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_comment_row_dispose (GObject *object)
{
  RsCommentRow *self = RS_COMMENT_ROW (object);

  g_clear_object (&self->comment);
  G_OBJECT_CLASS (rs_comment_row_parent_class)->dispose (object);
}

static void
rs_comment_row_class_init (RsCommentRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rs_comment_row_dispose;
  object_class->get_property = rs_comment_row_get_property;
  object_class->set_property = rs_comment_row_set_property;
  properties[PROP_COMMENT] = g_param_spec_object ("comment", NULL, NULL, RS_TYPE_COMMENT,
                                                  G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                                  G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/rs-comment-row.ui");
  gtk_widget_class_bind_template_child (widget_class, RsCommentRow, delete_button);
  gtk_widget_class_bind_template_child (widget_class, RsCommentRow, edit_button);
  gtk_widget_class_bind_template_child (widget_class, RsCommentRow, review_icon);
}

static void
rs_comment_row_init (RsCommentRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
rs_comment_row_new (RsComment *comment)
{
  g_return_val_if_fail (RS_IS_COMMENT (comment), NULL);
  return g_object_new (RS_TYPE_COMMENT_ROW, "comment", comment, NULL);
}

RsComment *
rs_comment_row_get_comment (RsCommentRow *self)
{
  g_return_val_if_fail (RS_IS_COMMENT_ROW (self), NULL);
  return self->comment;
}
