/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <adwaita.h>

#include "rs-context.h"

G_BEGIN_DECLS

#define RS_TYPE_APPLICATION (rs_application_get_type ())
G_DECLARE_FINAL_TYPE (RsApplication, rs_application, RS, APPLICATION, AdwApplication)

RsApplication *rs_application_new         (void);
RsContext     *rs_application_get_context (RsApplication *self);

G_END_DECLS
