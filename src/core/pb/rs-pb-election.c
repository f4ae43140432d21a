/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-pb-election"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "rs-pb-election.h"

struct _RsPbElection
{
  gint64      budget;
  GArray     *projects;     /* RsPbProject */
  GHashTable *by_id;        /* id -> index + 1 */
  GArray     *offsets;      /* guint32, n_ballots + 1 */
  GArray     *items;        /* guint32 project indices */
};

static void
project_clear (gpointer data)
{
  RsPbProject *p = data;

  g_free (p->id);
  g_free (p->name);
  g_free (p->district);
}

RsPbElection *
rs_pb_election_new (gint64 budget)
{
  RsPbElection *self = g_new0 (RsPbElection, 1);
  guint32 zero = 0;

  self->budget = budget;
  self->projects = g_array_new (FALSE, TRUE, sizeof (RsPbProject));
  g_array_set_clear_func (self->projects, project_clear);
  self->by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->offsets = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_array_append_val (self->offsets, zero);
  self->items = g_array_new (FALSE, FALSE, sizeof (guint32));
  return self;
}

void
rs_pb_election_free (RsPbElection *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->projects);
  g_hash_table_unref (self->by_id);
  g_array_unref (self->offsets);
  g_array_unref (self->items);
  g_free (self);
}

gint64
rs_pb_election_get_budget (const RsPbElection *self)
{
  return self->budget;
}

void
rs_pb_election_set_budget (RsPbElection *self,
                           gint64        budget)
{
  self->budget = budget;
}

int
rs_pb_election_add_project (RsPbElection *self,
                            const char   *id,
                            const char   *name,
                            gint64        cost,
                            const char   *district)
{
  RsPbProject p = { 0 };

  g_return_val_if_fail (id != NULL, -1);
  if (g_hash_table_contains (self->by_id, id))
    return -1;
  p.id = g_strdup (id);
  p.name = g_strdup (name ? name : "");
  p.cost = cost;
  p.district = district && *district ? g_strdup (district) : NULL;
  g_array_append_val (self->projects, p);
  g_hash_table_insert (self->by_id, g_strdup (id), GUINT_TO_POINTER (self->projects->len));
  return (int) self->projects->len - 1;
}

guint
rs_pb_election_get_n_projects (const RsPbElection *self)
{
  return self->projects->len;
}

const RsPbProject *
rs_pb_election_get_project (const RsPbElection *self,
                            guint               index)
{
  g_return_val_if_fail (index < self->projects->len, NULL);
  return &g_array_index (self->projects, RsPbProject, index);
}

int
rs_pb_election_find_project (const RsPbElection *self,
                             const char         *id)
{
  gpointer v = g_hash_table_lookup (self->by_id, id);

  return v ? (int) GPOINTER_TO_UINT (v) - 1 : -1;
}

static int
cmp_u32 (const void *a,
         const void *b)
{
  guint32 x = *(const guint32 *) a, y = *(const guint32 *) b;

  return x < y ? -1 : x > y;
}

void
rs_pb_election_add_ballot (RsPbElection *self,
                           const guint  *projects,
                           guint         n_projects)
{
  guint start = self->items->len;
  guint32 end;

  /* An empty ballot (a voter who marked nothing) counts as a ballot. */
  if (n_projects == 0)
    {
      end = start;
      g_array_append_val (self->offsets, end);
      return;
    }
  for (guint i = 0; i < n_projects; i++)
    {
      guint32 v = projects[i];

      g_return_if_fail (v < self->projects->len);
      g_array_append_val (self->items, v);
    }
  qsort (&g_array_index (self->items, guint32, start), n_projects, sizeof (guint32), cmp_u32);
  /* Drop repeats. */
  end = start;
  for (guint i = start; i < self->items->len; i++)
    if (i == start || g_array_index (self->items, guint32, i) !=
                      g_array_index (self->items, guint32, end - 1))
      g_array_index (self->items, guint32, end++) = g_array_index (self->items, guint32, i);
  g_array_set_size (self->items, end);
  g_array_append_val (self->offsets, end);
}

guint
rs_pb_election_get_n_ballots (const RsPbElection *self)
{
  return self->offsets->len - 1;
}

const guint32 *
rs_pb_election_get_ballot (const RsPbElection *self,
                           guint               index,
                           guint              *n_projects)
{
  guint32 a, b;

  g_return_val_if_fail (index + 1 < self->offsets->len, NULL);
  a = g_array_index (self->offsets, guint32, index);
  b = g_array_index (self->offsets, guint32, index + 1);
  *n_projects = b - a;
  return &g_array_index (self->items, guint32, a);
}

guint *
rs_pb_election_count_votes (const RsPbElection *self)
{
  guint *votes = g_new0 (guint, MAX (self->projects->len, 1));

  for (guint i = 0; i < self->items->len; i++)
    votes[g_array_index (self->items, guint32, i)]++;
  return votes;
}

RsPbElection *
rs_pb_election_restrict (const RsPbElection *self,
                         const char         *district,
                         gint64              budget)
{
  RsPbElection *out = rs_pb_election_new (budget);
  g_autofree int *map = g_new (int, MAX (self->projects->len, 1));
  g_autofree guint *scratch = g_new (guint, MAX (self->projects->len, 1));

  for (guint p = 0; p < self->projects->len; p++)
    {
      const RsPbProject *proj = &g_array_index (self->projects, RsPbProject, p);

      map[p] = -1;
      if (g_strcmp0 (proj->district, district) == 0)
        map[p] = rs_pb_election_add_project (out, proj->id, proj->name, proj->cost,
                                             proj->district);
    }
  for (guint b = 0; b + 1 < self->offsets->len; b++)
    {
      guint n;
      const guint32 *items = rs_pb_election_get_ballot (self, b, &n);
      guint k = 0;

      for (guint j = 0; j < n; j++)
        if (map[items[j]] >= 0)
          scratch[k++] = (guint) map[items[j]];
      if (k > 0)
        rs_pb_election_add_ballot (out, scratch, k);
    }
  return out;
}
