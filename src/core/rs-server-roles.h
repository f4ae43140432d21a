/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include "rs-database.h"

G_BEGIN_DECLS

/* The roles of a shared database on a PostgreSQL server (sql/pg/roles.sql):
 * the server, not Rådslag, enforces what each may read and write. */
typedef enum
{
  RS_SERVER_ROLE_FACILITATOR,
  RS_SERVER_ROLE_SECRETARIAT,
  RS_SERVER_ROLE_COUNCIL,
  RS_SERVER_ROLE_READONLY,
} RsServerRole;

/* "facilitator", "secretariat", "council", "readonly" ↔ the role. */
gboolean     rs_server_role_from_nick  (const char   *nick,
                                        RsServerRole *role_out);
/* The PostgreSQL role, e.g. "raadslag_facilitator". */
const char  *rs_server_role_to_pg_name (RsServerRole  role);
/* Creates the roles (when missing) and gives them their privileges on
 * this database; may run again. */
gboolean     rs_server_roles_setup     (RsDatabase   *db,
                                        GError      **error);
/* Makes the PostgreSQL user @user a member of @role. */
gboolean     rs_server_roles_grant     (RsDatabase   *db,
                                        const char   *user,
                                        RsServerRole  role,
                                        GError      **error);
/* The members of the four roles, as "user\trole" lines, sorted. */
GStrv        rs_server_roles_members   (RsDatabase   *db,
                                        GError      **error);

G_END_DECLS
