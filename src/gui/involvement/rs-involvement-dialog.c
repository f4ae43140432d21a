/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-involvement-dialog"

#include "config.h"

#include "rs-involvement-dialog.h"

typedef struct
{
  RsPage             *page;
  RsInvolvementStore *store;
  gint64              process_id;
} RsInvolvementDialogPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (RsInvolvementDialog, rs_involvement_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum
{
  PROP_0,
  PROP_PAGE,
  PROP_STORE,
  PROP_PROCESS_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rs_involvement_dialog_constructed (GObject *object)
{
  RsInvolvementDialogPrivate *priv = rs_involvement_dialog_get_instance_private (RS_INVOLVEMENT_DIALOG (object));

  G_OBJECT_CLASS (rs_involvement_dialog_parent_class)->constructed (object);
  if (priv->page != NULL)
    gtk_window_set_transient_for (GTK_WINDOW (object),
                                  GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (priv->page))));
}

static void
rs_involvement_dialog_dispose (GObject *object)
{
  RsInvolvementDialogPrivate *priv = rs_involvement_dialog_get_instance_private (RS_INVOLVEMENT_DIALOG (object));

  g_clear_object (&priv->page);
  g_clear_object (&priv->store);
  G_OBJECT_CLASS (rs_involvement_dialog_parent_class)->dispose (object);
}

static void
rs_involvement_dialog_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  RsInvolvementDialogPrivate *priv = rs_involvement_dialog_get_instance_private (RS_INVOLVEMENT_DIALOG (object));

  switch (prop_id)
    {
    case PROP_PAGE:
      g_value_set_object (value, priv->page);
      break;
    case PROP_STORE:
      g_value_set_object (value, priv->store);
      break;
    case PROP_PROCESS_ID:
      g_value_set_int64 (value, priv->process_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_involvement_dialog_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  RsInvolvementDialogPrivate *priv = rs_involvement_dialog_get_instance_private (RS_INVOLVEMENT_DIALOG (object));

  switch (prop_id)
    {
    case PROP_PAGE:
      priv->page = g_value_dup_object (value);
      break;
    case PROP_STORE:
      priv->store = g_value_dup_object (value);
      break;
    case PROP_PROCESS_ID:
      priv->process_id = g_value_get_int64 (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_involvement_dialog_class_init (RsInvolvementDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = rs_involvement_dialog_constructed;
  object_class->dispose = rs_involvement_dialog_dispose;
  object_class->get_property = rs_involvement_dialog_get_property;
  object_class->set_property = rs_involvement_dialog_set_property;

  properties[PROP_PAGE] = g_param_spec_object ("page", NULL, NULL, RS_TYPE_PAGE, flags);
  properties[PROP_STORE] = g_param_spec_object ("store", NULL, NULL, RS_TYPE_INVOLVEMENT_STORE, flags);
  properties[PROP_PROCESS_ID] = g_param_spec_int64 ("process-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rs_involvement_dialog_init (RsInvolvementDialog *self)
{
}

RsPage *
rs_involvement_dialog_get_page (RsInvolvementDialog *self)
{
  RsInvolvementDialogPrivate *priv = rs_involvement_dialog_get_instance_private (self);

  g_return_val_if_fail (RS_IS_INVOLVEMENT_DIALOG (self), NULL);
  return priv->page;
}

RsInvolvementStore *
rs_involvement_dialog_get_store (RsInvolvementDialog *self)
{
  RsInvolvementDialogPrivate *priv = rs_involvement_dialog_get_instance_private (self);

  g_return_val_if_fail (RS_IS_INVOLVEMENT_DIALOG (self), NULL);
  return priv->store;
}

gint64
rs_involvement_dialog_get_process_id (RsInvolvementDialog *self)
{
  RsInvolvementDialogPrivate *priv = rs_involvement_dialog_get_instance_private (self);

  g_return_val_if_fail (RS_IS_INVOLVEMENT_DIALOG (self), 0);
  return priv->process_id;
}

GCancellable *
rs_involvement_dialog_get_cancellable (RsInvolvementDialog *self)
{
  RsInvolvementDialogPrivate *priv = rs_involvement_dialog_get_instance_private (self);

  g_return_val_if_fail (RS_IS_INVOLVEMENT_DIALOG (self), NULL);
  return priv->page ? rs_page_get_cancellable (priv->page) : NULL;
}
