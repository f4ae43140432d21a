/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <adwaita.h>

#include "rs-database.h"

G_BEGIN_DECLS

/* A link or unlink made in the editor, applied when it is saved. */
typedef struct
{
  char     *origin_type;
  gint64    origin_id;
  gboolean  link;
} RsOriginChange;

void     rs_origin_change_free    (RsOriginChange *change);
/* On the database thread: applies @changes (RsOriginChange) to @recommendation_id. */
gboolean rs_origin_changes_apply  (RsDatabase     *db,
                                   gint64          recommendation_id,
                                   GPtrArray      *changes,
                                   GError        **error);

#define RS_TYPE_ORIGIN_LIST (rs_origin_list_get_type ())
G_DECLARE_FINAL_TYPE (RsOriginList, rs_origin_list, RS, ORIGIN_LIST, AdwPreferencesGroup)

/* The recommendation's origins (RsRecommendationOrigin), shown with their
 * text or title, each with an unlink button, and a menu to link an idea,
 * session, lab or hearing point of @process_id. */
void       rs_origin_list_set          (RsOriginList *self,
                                        RsDatabase   *db,
                                        gint64        process_id,
                                        GPtrArray    *origins);
void       rs_origin_list_set_editable (RsOriginList *self,
                                        gboolean      editable);
/* The links and unlinks made since rs_origin_list_set() (RsOriginChange). */
GPtrArray *rs_origin_list_dup_changes  (RsOriginList *self);
/* For tests: acts as if @origin_id (with @label) was chosen in the chooser. */
void       rs_origin_list_link         (RsOriginList *self,
                                        const char   *origin_type,
                                        gint64        origin_id,
                                        const char   *label);
void       rs_origin_list_unlink       (RsOriginList *self,
                                        const char   *origin_type,
                                        gint64        origin_id);

G_END_DECLS
