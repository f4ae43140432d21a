/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <adwaita.h>

#include "rs-involvement-item.h"
#include "rs-involvement-store.h"

G_BEGIN_DECLS

#define RS_TYPE_DISTRICTS_GROUP (rs_districts_group_get_type ())
G_DECLARE_FINAL_TYPE (RsDistrictsGroup, rs_districts_group, RS, DISTRICTS_GROUP, AdwPreferencesGroup)

/* The Involvement page's "Districts" group: the municipality's districts
 * with their population, from @store for the process (NULL: none), each
 * with its edit and remove buttons (the page's involvement.edit-district
 * and involvement.remove-district). */
void               rs_districts_group_set_store      (RsDistrictsGroup   *self,
                                                      RsInvolvementStore *store,
                                                      gint64              process_id);
/* The district @key's item on the list (borrowed), or NULL. */
RsInvolvementItem *rs_districts_group_find           (RsDistrictsGroup   *self,
                                                      const char         *key);
/* Takes @key off the list (records keep the name, and count for no
 * district until it is added again), with an Undo toast on the page that
 * adds it back with its population. */
void               rs_districts_group_remove         (RsDistrictsGroup   *self,
                                                      const char         *key);
/* For tests: the list, and the toast of the last removed district. */
GtkListBox        *rs_districts_group_get_list       (RsDistrictsGroup   *self);
AdwToast          *rs_districts_group_get_undo_toast (RsDistrictsGroup   *self);

G_END_DECLS
