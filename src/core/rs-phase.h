/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <glib-object.h>

#include "rs-types.h"

G_BEGIN_DECLS

#define RS_TYPE_PHASE (rs_phase_get_type ())
G_DECLARE_FINAL_TYPE (RsPhase, rs_phase, RS, PHASE, GObject)

RsPhase     *rs_phase_new              (gint64       id,
                                        gint64       process_id,
                                        RsPhaseKind  kind,
                                        const char  *starts_on,
                                        const char  *ends_on);
RsPhase     *rs_phase_copy             (RsPhase     *self);
gint64       rs_phase_get_id           (RsPhase     *self);
gint64       rs_phase_get_process_id   (RsPhase     *self);
RsPhaseKind  rs_phase_get_kind         (RsPhase     *self);
const char  *rs_phase_get_starts_on    (RsPhase     *self);
void         rs_phase_set_starts_on    (RsPhase     *self,
                                        const char  *date);
const char  *rs_phase_get_ends_on      (RsPhase     *self);
void         rs_phase_set_ends_on      (RsPhase     *self,
                                        const char  *date);
/* The dates as read from the database or last saved (rs_phase_new() sets
 * them to the dates given): rs_phase_store_save() refuses a save when the
 * stored row no longer has them, because someone else changed it. */
const char  *rs_phase_get_stored_starts_on (RsPhase   *self);
const char  *rs_phase_get_stored_ends_on   (RsPhase   *self);
void         rs_phase_set_stored       (RsPhase     *self,
                                        const char  *starts_on,
                                        const char  *ends_on);
const char  *rs_phase_kind_to_nick     (RsPhaseKind  kind);
gboolean     rs_phase_kind_from_nick   (const char  *nick,
                                        RsPhaseKind *kind);
const char  *rs_phase_kind_get_title   (RsPhaseKind  kind);
const char  *rs_phase_kind_get_description (RsPhaseKind kind);

G_END_DECLS
