/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define RS_TYPE_INVOLVEMENT_ITEM (rs_involvement_item_get_type ())
G_DECLARE_FINAL_TYPE (RsInvolvementItem, rs_involvement_item, RS, INVOLVEMENT_ITEM, GObject)

/* One line of the involvement lists (a district with its population, a
 * row of response rates): a key (the district's name, a channel), a title,
 * a subtitle and a value, already in words; small cells already
 * suppressed. */
RsInvolvementItem *rs_involvement_item_new          (const char        *key,
                                                     const char        *title,
                                                     const char        *subtitle,
                                                     const char        *value);
const char        *rs_involvement_item_get_key      (RsInvolvementItem *self);
const char        *rs_involvement_item_get_title    (RsInvolvementItem *self);
const char        *rs_involvement_item_get_subtitle (RsInvolvementItem *self);
const char        *rs_involvement_item_get_value    (RsInvolvementItem *self);

G_END_DECLS
