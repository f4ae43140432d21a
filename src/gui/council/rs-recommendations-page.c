/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-recommendations-page"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-recommendations-page.h"

struct _RsRecommendationsPage
{
  RsPage parent_instance;
};

G_DEFINE_FINAL_TYPE (RsRecommendationsPage, rs_recommendations_page, RS_TYPE_PAGE)

static void
rs_recommendations_page_class_init (RsRecommendationsPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/rs-recommendations-page.ui");
}

static void
rs_recommendations_page_init (RsRecommendationsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
