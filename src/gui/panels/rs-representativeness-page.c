/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-representativeness-page"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-representativeness-page.h"

struct _RsRepresentativenessPage
{
  RsPage parent_instance;
};

G_DEFINE_FINAL_TYPE (RsRepresentativenessPage, rs_representativeness_page, RS_TYPE_PAGE)

static void
rs_representativeness_page_class_init (RsRepresentativenessPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/rs-representativeness-page.ui");
}

static void
rs_representativeness_page_init (RsRepresentativenessPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
