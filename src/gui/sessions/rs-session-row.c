/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-session-row"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-date.h"
#include "rs-session.h"
#include "rs-session-row.h"

struct _RsSessionRow
{
  RsItemRow parent_instance;
};

G_DEFINE_FINAL_TYPE (RsSessionRow, rs_session_row, RS_TYPE_ITEM_ROW)

/* "13 June 2026 · 96 of 102 present" ("13. juni 2026 · …" in Danish) */
static char *
subtitle_of (GObject *item)
{
  RsSession *session = RS_SESSION (item);
  const char *starts_at = rs_session_get_starts_at (session);
  g_autofree char *day = g_strndup (starts_at ? starts_at : "", 10);
  g_autofree char *date = rs_date_format_long (day);

  return g_strdup_printf (_("%s · %d of %d present"), date ? date : day, rs_session_get_attended (session),
                          rs_session_get_registered (session));
}

static void
rs_session_row_class_init (RsSessionRowClass *klass)
{
  static const char * const subtitle_properties[] = { "starts-at", "attended", "registered", NULL };
  RsItemRowClass *row_class = RS_ITEM_ROW_CLASS (klass);

  row_class->item_type = RS_TYPE_SESSION;
  row_class->subtitle_properties = subtitle_properties;
  row_class->subtitle_of = subtitle_of;
}

static void
rs_session_row_init (RsSessionRow *self)
{
}

GtkWidget *
rs_session_row_new (RsSession *item)
{
  return g_object_new (RS_TYPE_SESSION_ROW, "item", item, NULL);
}

RsSession *
rs_session_row_get_item (RsSessionRow *self)
{
  g_return_val_if_fail (RS_IS_SESSION_ROW (self), NULL);
  return rs_item_row_get_item (RS_ITEM_ROW (self));
}

void
rs_session_row_set_item (RsSessionRow *self,
                         RsSession    *item)
{
  g_return_if_fail (RS_IS_SESSION_ROW (self));
  rs_item_row_set_item (RS_ITEM_ROW (self), item);
}
