/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include "rs-page.h"

G_BEGIN_DECLS

#define RS_TYPE_REPRESENTATIVENESS_PAGE (rs_representativeness_page_get_type ())
G_DECLARE_FINAL_TYPE (RsRepresentativenessPage, rs_representativeness_page, RS, REPRESENTATIVENESS_PAGE, RsPage)

G_END_DECLS
