/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>

#include "rs-database.h"

G_BEGIN_DECLS

/* Categories (dimensions such as age or gender) of a panel, their values
 * and each value's target: a population share in percent and min/max
 * quotas for the panel's size. */

typedef struct
{
  gint64  id;          /* 0 until stored */
  char   *name;
  char   *code;        /* canonical code for Statistics Denmark groupings, or NULL */
  char   *aliases;     /* '|'-separated spellings used by imports */
  double  share;       /* target share in percent; < 0 when not set */
  int     min;         /* quota; -1 when not set */
  int     max;
} RsCategoryValue;

typedef struct
{
  gint64     id;
  char      *name;
  char      *preset;   /* age, gender, origin, socio-economic, education, district or NULL */
  gboolean   sensitive;
  GPtrArray *values;   /* RsCategoryValue */
} RsCategory;

RsCategory      *rs_category_new            (const char   *name,
                                             const char   *preset,
                                             gboolean      sensitive);
void             rs_category_free           (RsCategory   *category);
/* A deep copy, ids included. */
RsCategory      *rs_category_copy           (RsCategory   *category);
RsCategoryValue *rs_category_add_value      (RsCategory   *category,
                                             const char   *name,
                                             const char   *code,
                                             double        share);
RsCategoryValue *rs_category_find_value     (RsCategory   *category,
                                             const char   *name);
RsCategory      *rs_category_find           (GPtrArray    *categories,
                                             const char   *name);
/* A category preset matching Statistics Denmark's groupings. Its name and
 * values are data in Danish ("Køn": "Kvinde", "Mand"...; "Alder": "18–29
 * år"...), whatever the interface language; English spellings are aliases
 * for pool imports. */
RsCategory      *rs_category_new_preset     (const char   *preset);
const char * const *rs_category_preset_ids  (void);
/* The preset's title in the interface language, for menus. */
const char      *rs_category_preset_title   (const char   *preset);

/* The canonical code of a value (its code, or a preset spelling it
 * matches, e.g. "Kvinde" → "female"), or NULL. */
const char      *rs_category_value_canonical (RsCategory      *category,
                                              RsCategoryValue *value);
/* The age band of a value from its code or name: "18-29", "75 år og
 * derover" (→ 75..200). */
gboolean         rs_category_value_age_band  (RsCategoryValue *value,
                                              int             *lo,
                                              int             *hi);

/* Shares must add up to 100 % (within 0.05); quotas must allow a panel of
 * @size. The error names the category. */
gboolean         rs_category_validate       (RsCategory   *category,
                                             int           size,
                                             GError      **error);
/* Computes min/max from the shares for a panel of @size with
 * largest-remainder rounding; @tolerance is in percentage points. */
gboolean         rs_category_compute_quotas (RsCategory   *category,
                                             int           size,
                                             double        tolerance,
                                             GError      **error);
gboolean         rs_quota_largest_remainder (const double *shares,
                                             guint         n,
                                             int           size,
                                             int          *seats);

/* Storage. Save updates categories and values in place by id or name (so
 * people's attributes survive), adds new ones and removes the rest. */
GPtrArray       *rs_categories_load         (RsDatabase   *db,
                                             gint64        panel_id,
                                             GError      **error);
gboolean         rs_categories_save         (RsDatabase   *db,
                                             gint64        panel_id,
                                             GPtrArray    *categories,
                                             GError      **error);
/* The same for the GUI, on the database thread (rs-panel-store-async.c).
 * The save stores a copy of @categories, which the caller may go on
 * changing; the copy's new ids are not written back (a later save finds
 * the rows by name). */
void             rs_categories_load_async   (RsDatabase          *db,
                                             gint64               panel_id,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
GPtrArray       *rs_categories_load_finish  (RsDatabase          *db,
                                             GAsyncResult        *result,
                                             GError             **error);
void             rs_categories_save_async   (RsDatabase          *db,
                                             gint64               panel_id,
                                             GPtrArray           *categories,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
gboolean         rs_categories_save_finish  (RsDatabase          *db,
                                             GAsyncResult        *result,
                                             GError             **error);

/* The Sortition Foundation layout: category,feature,min,max (also
 * feature,value,min,max; an optional share column). */
GPtrArray       *rs_categories_parse_csv    (GBytes       *bytes,
                                             const char   *file_name,
                                             GError      **error);
char            *rs_categories_to_csv       (GPtrArray    *categories);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsCategory, rs_category_free)

G_END_DECLS
