/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define RS_TYPE_PROCESS (rs_process_get_type ())
G_DECLARE_FINAL_TYPE (RsProcess, rs_process, RS, PROCESS, GObject)

RsProcess  *rs_process_new                   (gint64      id,
                                              const char *name,
                                              int         budget_year,
                                              const char *municipality_code,
                                              const char *municipality_name);
gint64      rs_process_get_id                (RsProcess  *self);
const char *rs_process_get_name              (RsProcess  *self);
void        rs_process_set_name              (RsProcess  *self,
                                              const char *name);
int         rs_process_get_budget_year       (RsProcess  *self);
const char *rs_process_get_municipality_code (RsProcess  *self);
const char *rs_process_get_municipality_name (RsProcess  *self);
/* The row's version when read (0: not read from the database; see
 * rs_process_store_save()). */
gint64      rs_process_get_version           (RsProcess  *self);
void        rs_process_set_version           (RsProcess  *self,
                                              gint64      version);

G_END_DECLS
