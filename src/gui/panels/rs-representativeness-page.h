/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include "rs-page.h"

G_BEGIN_DECLS

#define RS_TYPE_REPRESENTATIVENESS_PAGE (rs_representativeness_page_get_type ())
G_DECLARE_FINAL_TYPE (RsRepresentativenessPage, rs_representativeness_page, RS, REPRESENTATIVENESS_PAGE, RsPage)

/* What the page shows (for tests): the panels to choose from, and the pool
 * size of the panel shown (-1 with no panel). */
guint rs_representativeness_page_get_n_panels  (RsRepresentativenessPage *self);
int   rs_representativeness_page_get_pool_size (RsRepresentativenessPage *self);

G_END_DECLS
