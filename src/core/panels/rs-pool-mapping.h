/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  RS_CONTACT_NAME,
  RS_CONTACT_ADDRESS,
  RS_CONTACT_POSTCODE,
  RS_CONTACT_CITY,
  RS_CONTACT_EMAIL,
  RS_CONTACT_PHONE,
  RS_N_CONTACT_FIELDS
} RsContactField;

/* How the columns of a pool file map to a panel: which column holds the id,
 * the contact fields and the status, which column holds each category, and
 * extra spellings of values ("K", "female" → "Kvinde"). Stored as JSON in
 * import_mapping so the next import of the same kind of file needs no work. */
typedef struct
{
  char       *id_column;
  char       *status_column;
  char       *contact[RS_N_CONTACT_FIELDS];
  GHashTable *category_columns;  /* category name → column name */
  GHashTable *aliases;           /* category name → GHashTable (spelling → value name) */
  char       *age_on;            /* "YYYY-MM-DD": ages from birth dates on this day; NULL: today */
} RsPoolMapping;

RsPoolMapping *rs_pool_mapping_new          (void);
void           rs_pool_mapping_free         (RsPoolMapping *self);
RsPoolMapping *rs_pool_mapping_copy         (RsPoolMapping *self);
RsPoolMapping *rs_pool_mapping_from_json    (const char    *json,
                                             GError       **error);
char          *rs_pool_mapping_to_json      (RsPoolMapping *self);
void           rs_pool_mapping_set_column   (RsPoolMapping *self,
                                             const char    *category,
                                             const char    *column);
const char    *rs_pool_mapping_get_column   (RsPoolMapping *self,
                                             const char    *category);
void           rs_pool_mapping_add_alias    (RsPoolMapping *self,
                                             const char    *category,
                                             const char    *spelling,
                                             const char    *value);
const char    *rs_pool_mapping_lookup_alias (RsPoolMapping *self,
                                             const char    *category,
                                             const char    *spelling);
/* Fills what is not yet mapped by matching header names (case-insensitive)
 * with category names and the usual Danish and English contact headers. A
 * category of age bands takes a column of ages ("Alder", "Age") or, failing
 * that, of birth dates or CPR numbers ("Fødselsdato", "CPR-nr."). */
void           rs_pool_mapping_guess        (RsPoolMapping *self,
                                             GPtrArray     *header,
                                             GPtrArray     *categories);
char          *rs_pool_spelling_key         (const char    *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsPoolMapping, rs_pool_mapping_free)

G_END_DECLS
