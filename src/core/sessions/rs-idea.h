/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define RS_TYPE_IDEA (rs_idea_get_type ())
G_DECLARE_FINAL_TYPE (RsIdea, rs_idea, RS, IDEA, GObject)

/* An idea captured in a session or lab (a post-it), with its theme, dot
 * votes, status and notes. It keeps its origin (session, lab, panel) and,
 * when it was carried into a later budget process, the idea it came from.
 * A value object; rs-idea-store.h reads and writes it. */

RsIdea     *rs_idea_new                   (void);
RsIdea     *rs_idea_copy                  (RsIdea *self);
gint64      rs_idea_get_id                (RsIdea *self);
void        rs_idea_set_id                (RsIdea *self,
                                           gint64 value);
gint64      rs_idea_get_process_id        (RsIdea *self);
void        rs_idea_set_process_id        (RsIdea *self,
                                           gint64 value);
/* 0: none */
gint64      rs_idea_get_session_id        (RsIdea *self);
void        rs_idea_set_session_id        (RsIdea *self,
                                           gint64 value);
/* 0: none */
gint64      rs_idea_get_lab_id            (RsIdea *self);
void        rs_idea_set_lab_id            (RsIdea *self,
                                           gint64 value);
/* 0: none */
gint64      rs_idea_get_panel_id          (RsIdea *self);
void        rs_idea_set_panel_id          (RsIdea *self,
                                           gint64 value);
/* The idea it was carried over from, 0: none. */
gint64      rs_idea_get_parent_id         (RsIdea *self);
void        rs_idea_set_parent_id         (RsIdea *self,
                                           gint64 value);
const char *rs_idea_get_municipality_code (RsIdea *self);
void        rs_idea_set_municipality_code (RsIdea *self,
                                           const char *value);
const char *rs_idea_get_text              (RsIdea *self);
void        rs_idea_set_text              (RsIdea *self,
                                           const char *value);
/* "" when it has none. */
const char *rs_idea_get_theme             (RsIdea *self);
void        rs_idea_set_theme             (RsIdea *self,
                                           const char *value);
const char *rs_idea_get_notes             (RsIdea *self);
void        rs_idea_set_notes             (RsIdea *self,
                                           const char *value);
const char *rs_idea_get_created_at        (RsIdea *self);
void        rs_idea_set_created_at        (RsIdea *self,
                                           const char *value);
/* "Lab: …" / "Session: …" / "Panel: …" */
const char *rs_idea_get_origin            (RsIdea *self);
void        rs_idea_set_origin            (RsIdea *self,
                                           const char *value);
int         rs_idea_get_votes             (RsIdea *self);
void        rs_idea_set_votes             (RsIdea *self,
                                           int value);
/* An RsIdeaStatus. */
int         rs_idea_get_status            (RsIdea *self);
void        rs_idea_set_status            (RsIdea *self,
                                           int value);
int         rs_idea_get_n_photos          (RsIdea *self);
void        rs_idea_set_n_photos          (RsIdea *self,
                                           int value);
/* A name of the process's district list, "" for none. */
const char *rs_idea_get_district          (RsIdea *self);
void        rs_idea_set_district          (RsIdea *self,
                                           const char *value);

G_END_DECLS
