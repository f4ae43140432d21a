/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include "rs-page.h"

G_BEGIN_DECLS

#define RS_TYPE_LABS_PAGE (rs_labs_page_get_type ())
G_DECLARE_FINAL_TYPE (RsLabsPage, rs_labs_page, RS, LABS_PAGE, RsPage)

G_END_DECLS
