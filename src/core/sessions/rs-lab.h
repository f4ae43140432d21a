/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define RS_TYPE_LAB (rs_lab_get_type ())
G_DECLARE_FINAL_TYPE (RsLab, rs_lab, RS, LAB, GObject)

/* A lab record: the problem, who was invited and how, the funding decision
 * (labs are not statutory and are funded one by one), external
 * facilitators, outcome and next steps. A value object; RsLabStore reads
 * and writes it. The counts (checklist, meetings, ideas, participants) are
 * filled when it is read. */
RsLab      *rs_lab_new                       (void);
RsLab      *rs_lab_copy                      (RsLab      *self);
/* The row's version when read (0: not read from the database, saved
 * whatever is stored; see rs_lab_store_update()). */
gint64      rs_lab_get_version               (RsLab      *self);
void        rs_lab_set_version               (RsLab      *self,
                                              gint64      version);
gint64      rs_lab_get_id                    (RsLab      *self);
void        rs_lab_set_id                    (RsLab      *self,
                                              gint64      id);
gint64      rs_lab_get_process_id            (RsLab      *self);
void        rs_lab_set_process_id            (RsLab      *self,
                                              gint64      process_id);
const char *rs_lab_get_title                 (RsLab      *self);
void        rs_lab_set_title                 (RsLab      *self,
                                              const char *title);
const char *rs_lab_get_problem               (RsLab      *self);
void        rs_lab_set_problem               (RsLab      *self,
                                              const char *problem);
const char *rs_lab_get_invited_groups        (RsLab      *self);
void        rs_lab_set_invited_groups        (RsLab      *self,
                                              const char *groups);
const char *rs_lab_get_invitation_method     (RsLab      *self);
void        rs_lab_set_invitation_method     (RsLab      *self,
                                              const char *method);
/* Whether a funding amount is set. */
gboolean    rs_lab_get_funded                (RsLab      *self);
void        rs_lab_set_funded                (RsLab      *self,
                                              gboolean    funded);
/* DKK; setting it marks the lab funded. */
double      rs_lab_get_funding_amount        (RsLab      *self);
void        rs_lab_set_funding_amount        (RsLab      *self,
                                              double      amount);
const char *rs_lab_get_funding_granted_by    (RsLab      *self);
void        rs_lab_set_funding_granted_by    (RsLab      *self,
                                              const char *granted_by);
/* YYYY-MM-DD or NULL. */
const char *rs_lab_get_funding_date          (RsLab      *self);
void        rs_lab_set_funding_date          (RsLab      *self,
                                              const char *date);
const char *rs_lab_get_external_facilitators (RsLab      *self);
void        rs_lab_set_external_facilitators (RsLab      *self,
                                              const char *facilitators);
const char *rs_lab_get_outcome               (RsLab      *self);
void        rs_lab_set_outcome               (RsLab      *self,
                                              const char *outcome);
const char *rs_lab_get_next_steps            (RsLab      *self);
void        rs_lab_set_next_steps            (RsLab      *self,
                                              const char *next_steps);
/* "planned", "running" or "completed". */
const char *rs_lab_get_status                (RsLab      *self);
void        rs_lab_set_status                (RsLab      *self,
                                              const char *status);
guint       rs_lab_get_checklist_met         (RsLab      *self);
guint       rs_lab_get_checklist_total       (RsLab      *self);
void        rs_lab_set_checklist             (RsLab      *self,
                                              guint       met,
                                              guint       total);
int         rs_lab_get_n_sessions            (RsLab      *self);
int         rs_lab_get_n_ideas               (RsLab      *self);
/* Distinct people present at its sessions. */
int         rs_lab_get_n_participants        (RsLab      *self);
void        rs_lab_set_counts                (RsLab      *self,
                                              int         n_sessions,
                                              int         n_ideas,
                                              int         n_participants);

G_END_DECLS
