/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define RS_INVOLVEMENT_ERROR (rs_involvement_error_quark ())

typedef enum
{
  RS_INVOLVEMENT_ERROR_INVALID,   /* a file or a value that cannot be used */
  RS_INVOLVEMENT_ERROR_NOT_FOUND, /* no such process, panel, draw or template */
} RsInvolvementError;

GQuark      rs_involvement_error_quark (void);

/* Helpers for the area's CSV files (not for callers outside it). */
int         _rs_involvement_find_heading (GPtrArray          *row,
                                          const char * const *names);
const char *_rs_involvement_field        (GPtrArray          *row,
                                          int                 column);

G_END_DECLS
