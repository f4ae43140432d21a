/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <glib.h>

#include "rs-change-kind.h"

G_BEGIN_DECLS

/* One table of the schema on the change path (private to the database). */
typedef struct
{
  const char  *table;
  RsChangeKind kind;
  gboolean     rowid_is_entity;  /* the row's id is the entity's id */
  const char  *process_sql;      /* the owning process of entity ?1, or NULL */
} RsChangeTable;

/* The entry for @table, or NULL for a table that announces nothing. */
const RsChangeTable *rs_change_table_lookup (const char *table);

/* The query finding the process of an entity of @kind (?1 its id), from the
 * first table whose rows are that kind's entities; NULL when there is none. */
const char          *rs_change_table_process_sql (RsChangeKind kind);

G_END_DECLS
