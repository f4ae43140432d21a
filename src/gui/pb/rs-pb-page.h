/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include "rs-page.h"

G_BEGIN_DECLS

#define RS_TYPE_PB_PAGE (rs_pb_page_get_type ())
G_DECLARE_FINAL_TYPE (RsPbPage, rs_pb_page, RS, PB_PAGE, RsPage)

/* The Citizens' Budget (Borgerbudget) page: a development pool's details,
 * its proposals and their assessment, paper ballot entry and who voted,
 * and the count by Equal Shares beside greedy with explanations. All data
 * comes from RsPbStore's live models. */

G_END_DECLS
