/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define RS_TYPE_RESPONSE_POINT (rs_response_point_get_type ())
G_DECLARE_FINAL_TYPE (RsResponsePoint, rs_response_point, RS, RESPONSE_POINT, GObject)

/* A coded point of a response (høringspunkt): an excerpt given by character
 * offsets into the response text, a theme, a budget area, the administration's
 * comment and a decision ("undecided", "changed", "not-changed",
 * "out-of-scope", "noted"). */
RsResponsePoint *rs_response_point_new             (gint64           id,
                                                    gint64           response_id,
                                                    int              start_offset,
                                                    int              end_offset,
                                                    const char      *excerpt);
gint64           rs_response_point_get_id          (RsResponsePoint *self);
void             rs_response_point_set_id          (RsResponsePoint *self,
                                                    gint64           id);
/* A copy to hand to another thread. */
RsResponsePoint *rs_response_point_dup             (RsResponsePoint *self);
gint64           rs_response_point_get_response_id (RsResponsePoint *self);
int              rs_response_point_get_start       (RsResponsePoint *self);
int              rs_response_point_get_end         (RsResponsePoint *self);
const char      *rs_response_point_get_excerpt     (RsResponsePoint *self);

#define RS_RESPONSE_POINT_STRING(field)                                         \
  const char *rs_response_point_get_##field (RsResponsePoint *self);            \
  void        rs_response_point_set_##field (RsResponsePoint *self,             \
                                             const char      *value);
RS_RESPONSE_POINT_STRING (theme)
RS_RESPONSE_POINT_STRING (budget_area)
RS_RESPONSE_POINT_STRING (comment)
RS_RESPONSE_POINT_STRING (decision)
/* The position on the point's budget proposal: "" (none), "for",
 * "against", "concern", "other" or "outside-scope" (outside the hearing's
 * scope; also without a proposal). */
RS_RESPONSE_POINT_STRING (position)
#undef RS_RESPONSE_POINT_STRING

/* The budget proposal the point concerns (0: none). */
gint64           rs_response_point_get_proposal_id (RsResponsePoint *self);
void             rs_response_point_set_proposal_id (RsResponsePoint *self,
                                                    gint64           proposal_id);
/* The row's version when it was read (see v2-sharing.sql); a save
 * started from an older version than the stored one is refused. */
gint64           rs_response_point_get_version     (RsResponsePoint *self);
void             rs_response_point_set_version     (RsResponsePoint *self,
                                                    gint64           version);
gboolean         rs_position_is_valid              (const char      *position);
/* A translated label for a position nick. */
const char      *rs_position_get_label             (const char      *position);
/* The position nicks in display order ("" first), NULL-terminated. */
const char * const *rs_position_list               (void);

gboolean         rs_decision_is_valid              (const char      *decision);
/* A translated label for a decision nick. */
const char      *rs_decision_get_label             (const char      *decision);
/* The decision nicks in display order, NULL-terminated. */
const char * const *rs_decision_list               (void);

G_END_DECLS
