/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include "rs-page.h"

G_BEGIN_DECLS

#define RS_TYPE_SESSIONS_PAGE (rs_sessions_page_get_type ())
G_DECLARE_FINAL_TYPE (RsSessionsPage, rs_sessions_page, RS, SESSIONS_PAGE, RsPage)

gint64  rs_sessions_page_get_session_id  (RsSessionsPage *self);
int     rs_sessions_page_get_n_present   (RsSessionsPage *self);
void    rs_sessions_page_select_session  (RsSessionsPage *self,
                                          gint64          session_id);
void    rs_sessions_page_make_tables     (RsSessionsPage *self,
                                          int             size);
void    rs_sessions_page_pin             (RsSessionsPage *self,
                                          const char     *who,
                                          int             table_no);
gboolean rs_sessions_page_is_busy        (RsSessionsPage *self);
const char *rs_sessions_page_get_balance (RsSessionsPage *self);
void    rs_sessions_page_type_attendance (RsSessionsPage *self,
                                          const char     *text);
void    rs_sessions_page_cancel_registration (RsSessionsPage *self,
                                              gint64          person_id);
void    rs_sessions_page_register        (RsSessionsPage *self,
                                          const char     *text);
gpointer rs_sessions_page_get_editor      (RsSessionsPage *self);  /* RsSessionEditor */
/* The public registrations of the meeting shown (RsOpenRegistrationsView),
 * and whether its tab is shown (an open meeting). */
gpointer rs_sessions_page_get_open_view   (RsSessionsPage *self);
gboolean rs_sessions_page_shows_public    (RsSessionsPage *self);
/* Imports attendance (or registrations) from @path as the Import Lists
 * menu does, on the database thread. */
void    rs_sessions_page_import_csv      (RsSessionsPage *self,
                                          const char     *path,
                                          gboolean        registrations);

G_END_DECLS
