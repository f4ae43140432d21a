/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>

#include "rs-database.h"

G_BEGIN_DECLS

/*
 * Balanced table groups. The heuristic (greedy, deterministic):
 *  1. n_tables = ceil (n_people / table_size); every table holds at most
 *     ceil (n_people / n_tables) people, so tables differ by at most one.
 *  2. Pinned people go to their table first.
 *  3. The others are placed rarest first (a person's rarity is the sum over
 *     categories of 1 / frequency of their value), each at the table with
 *     room where their values are least present so far (sum over categories
 *     of people with the same value); ties go to the emptiest table, then
 *     the lowest number.
 * Balance is measured as the mean absolute difference between the count of
 * a value at a table and its expected count there (table size × the value's
 * overall share), over all tables, categories and values: 0 is perfect.
 */

/* @values: n_people × n_categories value ids, row by row (0: unknown).
 * @pins: per person a table index (0-based) or -1. Returns a newly
 * allocated array of n_people table indexes; *n_tables_out gets the count. */
int        *rs_table_groups_assign    (guint         n_people,
                                       guint         n_categories,
                                       const gint64 *values,
                                       const int    *pins,
                                       guint         table_size,
                                       guint        *n_tables_out);
double      rs_table_groups_imbalance (guint         n_people,
                                       guint         n_categories,
                                       const gint64 *values,
                                       const int    *tables,
                                       guint         n_tables);

/* Splits the session's attendees (or, before attendance is recorded, its
 * registered people) into tables of @table_size, keeping pinned people at
 * their table, and stores table numbers (1-based). *imbalance_out gets the
 * balance measure above. */
gboolean    rs_table_groups_assign_session (RsDatabase *db,
                                            gint64      session_id,
                                            guint       table_size,
                                            double     *imbalance_out,
                                            GError    **error);
/* The balance measure of the session's tables as stored; *imbalance_out
 * gets -1 when the session has no tables yet. */
gboolean    rs_table_groups_session_balance (RsDatabase *db,
                                             gint64      session_id,
                                             double     *imbalance_out,
                                             GError    **error);
/* Pins a person to a table (table_no 1-based), or unpins with 0. */
gboolean    rs_table_groups_pin       (RsDatabase   *db,
                                       gint64        session_id,
                                       gint64        person_id,
                                       int           table_no,
                                       GError      **error);

G_END_DECLS
