/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include "rs-page.h"

G_BEGIN_DECLS

#define RS_TYPE_HEARINGS_PAGE (rs_hearings_page_get_type ())
G_DECLARE_FINAL_TYPE (RsHearingsPage, rs_hearings_page, RS, HEARINGS_PAGE, RsPage)

G_END_DECLS
