/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-sessions-page"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-sessions-page.h"

struct _RsSessionsPage
{
  RsPage parent_instance;
};

G_DEFINE_FINAL_TYPE (RsSessionsPage, rs_sessions_page, RS_TYPE_PAGE)

static void
rs_sessions_page_class_init (RsSessionsPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/rs-sessions-page.ui");
}

static void
rs_sessions_page_init (RsSessionsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
