/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define RS_TYPE_HEARING_ROUND (rs_hearing_round_get_type ())
G_DECLARE_FINAL_TYPE (RsHearingRound, rs_hearing_round, RS, HEARING_ROUND, GObject)

/* A hearing round (høringsrunde) of a budget process. */
RsHearingRound *rs_hearing_round_new                 (gint64          id,
                                                      gint64          process_id,
                                                      const char     *title,
                                                      const char     *starts_on,
                                                      const char     *deadline);
gint64          rs_hearing_round_get_id              (RsHearingRound *self);
void            rs_hearing_round_set_id              (RsHearingRound *self,
                                                      gint64          id);
gint64          rs_hearing_round_get_process_id      (RsHearingRound *self);
const char     *rs_hearing_round_get_title           (RsHearingRound *self);
void            rs_hearing_round_set_title           (RsHearingRound *self,
                                                      const char     *title);
const char     *rs_hearing_round_get_starts_on       (RsHearingRound *self);
void            rs_hearing_round_set_starts_on       (RsHearingRound *self,
                                                      const char     *date);
const char     *rs_hearing_round_get_deadline        (RsHearingRound *self);
void            rs_hearing_round_set_deadline        (RsHearingRound *self,
                                                      const char     *date);
const char     *rs_hearing_round_get_material        (RsHearingRound *self);
void            rs_hearing_round_set_material        (RsHearingRound *self,
                                                      const char     *material);
gboolean        rs_hearing_round_get_statutory       (RsHearingRound *self);
void            rs_hearing_round_set_statutory       (RsHearingRound *self,
                                                      gboolean        statutory);
const char     *rs_hearing_round_get_legal_reference (RsHearingRound *self);
void            rs_hearing_round_set_legal_reference (RsHearingRound *self,
                                                      const char     *reference);
const char     *rs_hearing_round_get_case_number     (RsHearingRound *self);
void            rs_hearing_round_set_case_number     (RsHearingRound *self,
                                                      const char     *case_number);

G_END_DECLS
