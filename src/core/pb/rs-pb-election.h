/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A participatory-budgeting election as the counting rules see it: a budget,
 * projects with integer costs (whole currency units) and approval ballots.
 * Plain data, no database and no GObject: rs-pb-count.c counts it,
 * rs-pb-file.c reads and writes it as pabulib .pb. */

typedef struct
{
  char   *id;          /* the project id, unique in the election */
  char   *name;        /* may be "" */
  gint64  cost;        /* > 0 */
  char   *district;    /* the envelope it belongs to; NULL: municipality-wide */
} RsPbProject;

typedef struct _RsPbElection RsPbElection;

RsPbElection      *rs_pb_election_new             (gint64              budget);
void               rs_pb_election_free            (RsPbElection       *self);
gint64             rs_pb_election_get_budget      (const RsPbElection *self);
void               rs_pb_election_set_budget      (RsPbElection       *self,
                                                   gint64              budget);
/* Returns the new project's index, or -1 when @id is already used. */
int                rs_pb_election_add_project     (RsPbElection       *self,
                                                   const char         *id,
                                                   const char         *name,
                                                   gint64              cost,
                                                   const char         *district);
guint              rs_pb_election_get_n_projects  (const RsPbElection *self);
const RsPbProject *rs_pb_election_get_project     (const RsPbElection *self,
                                                   guint               index);
int                rs_pb_election_find_project    (const RsPbElection *self,
                                                   const char         *id);
/* Adds one approval ballot: the indices of the approved projects. Repeated
 * indices are counted once. */
void               rs_pb_election_add_ballot      (RsPbElection       *self,
                                                   const guint        *projects,
                                                   guint               n_projects);
guint              rs_pb_election_get_n_ballots   (const RsPbElection *self);
/* The approved projects of ballot @index (sorted, no repeats). */
const guint32     *rs_pb_election_get_ballot      (const RsPbElection *self,
                                                   guint               index,
                                                   guint              *n_projects);
/* Approval counts per project (n_projects entries, newly allocated). */
guint             *rs_pb_election_count_votes     (const RsPbElection *self);

/* The election restricted to one envelope: the projects of @district (NULL:
 * the municipality-wide ones) and the ballots that approve at least one of
 * them, with @budget. */
RsPbElection      *rs_pb_election_restrict        (const RsPbElection *self,
                                                   const char         *district,
                                                   gint64              budget);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsPbElection, rs_pb_election_free)

G_END_DECLS
