/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  const char *code;    /* three digits, leading zeros kept */
  const char *name;
  const char *region;  /* 081–085 */
} RsMunicipality;

const RsMunicipality *rs_municipalities      (guint      *n_out);
/* By code ("461", "0461") or name ("Odense"); NULL when unknown. */
const RsMunicipality *rs_municipality_lookup (const char *code);

G_END_DECLS
