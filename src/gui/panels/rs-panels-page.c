/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-panels-page"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-panels-page.h"

struct _RsPanelsPage
{
  RsPage parent_instance;
};

G_DEFINE_FINAL_TYPE (RsPanelsPage, rs_panels_page, RS_TYPE_PAGE)

static void
rs_panels_page_class_init (RsPanelsPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/rs-panels-page.ui");
}

static void
rs_panels_page_init (RsPanelsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
