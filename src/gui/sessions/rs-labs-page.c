/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-labs-page"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-labs-page.h"

struct _RsLabsPage
{
  RsPage parent_instance;
};

G_DEFINE_FINAL_TYPE (RsLabsPage, rs_labs_page, RS_TYPE_PAGE)

static void
rs_labs_page_class_init (RsLabsPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/rs-labs-page.ui");
}

static void
rs_labs_page_init (RsLabsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
