/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>

#include "rs-database.h"

G_BEGIN_DECLS

/* Quality checklists built from the OECD Good Practice Principles for
 * Deliberative Processes (2020), the OECD Evaluation Guidelines (2021) and
 * the domain brief's criteria. Kinds: "lab" (guideline/QA checklist of a
 * lab) and "evaluation" (process evaluation of a panel or lab). */

typedef struct
{
  const char *criterion;   /* stable key, e.g. "clear-mandate" */
  const char *reference;   /* "GPP-01", "EV-D1", "Brief" */
  const char *title;       /* translatable, N_() */
  const char *hint;        /* what counts as evidence, N_() */
} RsChecklistCriterion;

typedef struct
{
  gint64      id;           /* 0 when not stored yet */
  char       *criterion;
  const char *reference;
  const char *title;        /* translated */
  const char *hint;         /* translated */
  gboolean    met;
  char       *evidence;
  int         n_files;      /* evidence files (attachments) */
} RsChecklistItem;

void        rs_checklist_item_free  (RsChecklistItem *item);
const RsChecklistCriterion *rs_checklist_criteria (const char *kind,
                                                   guint      *n_out);
/* The checklist of an owner ("lab" or "evaluation" + id): every criterion
 * of the template in order, with what is stored; stored items with an
 * unknown criterion come last. */
GPtrArray  *rs_checklist_load       (RsDatabase  *db,
                                     const char  *owner_type,
                                     gint64       owner_id,
                                     GError     **error);
gboolean    rs_checklist_set        (RsDatabase  *db,
                                     const char  *owner_type,
                                     gint64       owner_id,
                                     const char  *criterion,
                                     gboolean     met,
                                     const char  *evidence,
                                     GError     **error);
/* Counts met items; returns the total. */
guint       rs_checklist_count_met  (GPtrArray   *items,
                                     guint       *met_out);
/* "5 of 13 met" */
char       *rs_checklist_format_met (guint        met,
                                     guint        total);

G_END_DECLS
