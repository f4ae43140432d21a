/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-hearings-page"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-hearings-page.h"

struct _RsHearingsPage
{
  RsPage parent_instance;
};

G_DEFINE_FINAL_TYPE (RsHearingsPage, rs_hearings_page, RS_TYPE_PAGE)

static void
rs_hearings_page_class_init (RsHearingsPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/rs-hearings-page.ui");
}

static void
rs_hearings_page_init (RsHearingsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
