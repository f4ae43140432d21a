/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define RS_SELECTION_ERROR (rs_selection_error_quark ())

typedef enum
{
  RS_SELECTION_ERROR_PARSE,
  RS_SELECTION_ERROR_INFEASIBLE,
  RS_SELECTION_ERROR_SOLVER,
  RS_SELECTION_ERROR_INVALID,
} RsSelectionError;

/* One value of a category ("female" of "gender") with its quota. */
typedef struct
{
  char *name;
  int   category;
  int   min;
  int   max;
  int   min_flex;   /* lowest min the relaxation may suggest */
  int   max_flex;   /* highest max the relaxation may suggest */
} RsSelectionValue;

typedef struct
{
  char *name;
  int   first_value;
  int   n_values;
} RsSelectionCategory;

typedef struct
{
  char  *id;
  int   *values;     /* value index for each category */
  char  *household;  /* normalised household key, or NULL */
  GStrv  row;        /* the input row (for selected.csv / remaining.csv) */
  gint64 db_id;      /* person id in the database, 0 for files */
} RsSelectionPerson;

/* A pool of people, categories with quotas and the panel size. */
typedef struct _RsSelectionInstance RsSelectionInstance;

struct _RsSelectionInstance
{
  gatomicrefcount ref_count;
  int       size;
  GArray   *categories;  /* RsSelectionCategory */
  GArray   *values;      /* RsSelectionValue */
  GArray   *people;      /* RsSelectionPerson */
  GStrv     header;      /* respondents header, or NULL */
};

#define rs_selection_instance_category(s, i) (&g_array_index ((s)->categories, RsSelectionCategory, (i)))
#define rs_selection_instance_value(s, i)    (&g_array_index ((s)->values, RsSelectionValue, (i)))
#define rs_selection_instance_person(s, i)   (&g_array_index ((s)->people, RsSelectionPerson, (i)))

GQuark               rs_selection_error_quark          (void);

RsSelectionInstance *rs_selection_instance_new         (int                  size);
RsSelectionInstance *rs_selection_instance_ref         (RsSelectionInstance *self);
void                 rs_selection_instance_unref       (RsSelectionInstance *self);
int                  rs_selection_instance_n_people    (RsSelectionInstance *self);
int                  rs_selection_instance_n_values    (RsSelectionInstance *self);
int                  rs_selection_instance_n_categories (RsSelectionInstance *self);

/* Adds a category (or returns the existing one of that name). */
int                  rs_selection_instance_add_category (RsSelectionInstance *self,
                                                         const char          *name);
int                  rs_selection_instance_add_value    (RsSelectionInstance *self,
                                                         int                  category,
                                                         const char          *name,
                                                         int                  min,
                                                         int                  max,
                                                         int                  min_flex,
                                                         int                  max_flex);
/* Value index of @name in @category (case-insensitive, trimmed), or -1. */
int                  rs_selection_instance_find_value   (RsSelectionInstance *self,
                                                         int                  category,
                                                         const char          *name);
int                  rs_selection_instance_find_category (RsSelectionInstance *self,
                                                          const char          *name);
/* @values has one value index per category; copied. */
int                  rs_selection_instance_add_person   (RsSelectionInstance *self,
                                                         const char          *id,
                                                         const int           *values,
                                                         const char          *household,
                                                         const char * const  *row);

/* Normalises an address: case-folded, whitespace collapsed; NULL if empty. */
char                *rs_selection_normalise_household   (const char * const  *parts);

/* SHA-256 of a canonical text of the categories / the pool as used. */
char                *rs_selection_instance_categories_sha256 (RsSelectionInstance *self);
char                *rs_selection_instance_pool_sha256       (RsSelectionInstance *self);

/* Reading the Sortition Foundation's CSV formats. */
gboolean             rs_selection_read_categories (RsSelectionInstance *self,
                                                   const char          *path,
                                                   GError             **error);
gboolean             rs_selection_read_respondents (RsSelectionInstance *self,
                                                    const char          *path,
                                                    const char          *id_column,
                                                    const char * const  *address_columns,
                                                    GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsSelectionInstance, rs_selection_instance_unref)

G_END_DECLS
