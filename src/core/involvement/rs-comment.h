/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define RS_TYPE_COMMENT (rs_comment_get_type ())
G_DECLARE_FINAL_TYPE (RsComment, rs_comment, RS, COMMENT, GObject)

/* A digital comment of the involvement phase, outside any hearing round:
 * from a web form, an e-mail or a meeting's post-its. The author is
 * personal data; the pseudonym ("K-0001") is what shared exports show. */

/* The channels: "web", "email", "meeting", "other". */
gboolean    rs_comment_channel_is_valid  (const char *channel);
/* Translated, e.g. "Web form". */
const char *rs_comment_channel_label     (const char *channel);

RsComment  *rs_comment_new               (void);

gint64      rs_comment_get_id            (RsComment  *self);
void        rs_comment_set_id            (RsComment  *self,
                                          gint64      id);
gint64      rs_comment_get_process_id    (RsComment  *self);
void        rs_comment_set_process_id    (RsComment  *self,
                                          gint64      process_id);

#define RS_COMMENT_STRING(field)                                                   \
  const char *rs_comment_get_##field (RsComment *self);                            \
  void        rs_comment_set_##field (RsComment *self, const char *value);
RS_COMMENT_STRING (channel)
RS_COMMENT_STRING (received_on)
RS_COMMENT_STRING (author)
RS_COMMENT_STRING (pseudonym)
RS_COMMENT_STRING (text)
RS_COMMENT_STRING (district)
RS_COMMENT_STRING (themes)
RS_COMMENT_STRING (review_reason)
RS_COMMENT_STRING (source)
#undef RS_COMMENT_STRING

/* The number of links to recommendations (set by the store's list). */
guint       rs_comment_get_n_recommendations (RsComment *self);
void        rs_comment_set_n_recommendations (RsComment *self,
                                              guint      n);

/* The number of links to ideas (set by the store's list). */
guint       rs_comment_get_n_ideas           (RsComment *self);
void        rs_comment_set_n_ideas           (RsComment *self,
                                              guint      n);

/* Review reason codes, comma separated in review_reason. */
void        rs_comment_add_review_reason     (RsComment  *self,
                                              const char *code);
gboolean    rs_comment_needs_review          (RsComment  *self);
/* The review reasons as translated sentences ("" when none). */
char       *rs_comment_describe_review       (RsComment  *self);
/* Themes from "a; b, c" as a normalised "a, b, c" (trimmed, no repeats). */
char       *rs_comment_normalize_themes      (const char *themes);

G_END_DECLS
