/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include "rs-catalog.h"
#include "rs-database.h"
#include "rs-document.h"

G_BEGIN_DECLS

/* What the council package can draw on besides the recommendations. */
typedef struct
{
  int panels;
  int selection_runs;
  int hearing_rounds;
  int evaluations;
  int sessions;
} RsCouncilSources;

/* The annexes and process facts of the council package, each computed with
 * aggregate queries only: no names, addresses or free text of people, and
 * every count of people under @limit shown as "< limit". */
gboolean rs_council_annex_sources            (RsDatabase       *db,
                                              gint64            process_id,
                                              RsCouncilSources *out,
                                              GError          **error);
/* Sagsfremstilling: who took part, how they were selected, sessions held. */
gboolean rs_council_annex_process_facts      (RsDocument       *doc,
                                              RsCatalog        *cat,
                                              RsDatabase       *db,
                                              gint64            process_id,
                                              int               limit,
                                              GError          **error);
/* Targets vs population vs pool vs selected vs attended per category value;
 * *credit_out gets the Statistics Denmark source credit when a benchmark
 * for the municipality exists (else NULL). */
gboolean rs_council_annex_representativeness (RsDocument       *doc,
                                              RsCatalog        *cat,
                                              RsDatabase       *db,
                                              gint64            process_id,
                                              int               limit,
                                              char            **credit_out,
                                              GError          **error);
gboolean rs_council_annex_selection          (RsDocument       *doc,
                                              RsCatalog        *cat,
                                              RsDatabase       *db,
                                              gint64            process_id,
                                              int               limit,
                                              GError          **error);
/* Counts by party type, theme and decision per hearing round. */
gboolean rs_council_annex_hearings           (RsDocument       *doc,
                                              RsCatalog        *cat,
                                              RsDatabase       *db,
                                              gint64            process_id,
                                              int               limit,
                                              GError          **error);
gboolean rs_council_annex_evaluation         (RsDocument       *doc,
                                              RsCatalog        *cat,
                                              RsDatabase       *db,
                                              gint64            process_id,
                                              int               limit,
                                              GError          **error);

G_END_DECLS
