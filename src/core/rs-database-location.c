/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-database-location"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-database-location.h"

gboolean
rs_database_location_is_server (const char *location)
{
  return location != NULL &&
         (g_str_has_prefix (location, "postgresql://") || g_str_has_prefix (location, "postgres://"));
}

char *
rs_database_location_display (const char *location)
{
  g_autoptr(GUri) uri = NULL;

  if (!rs_database_location_is_server (location))
    return g_filename_display_name (location);
  uri = g_uri_parse (location, G_URI_FLAGS_HAS_PASSWORD | G_URI_FLAGS_ENCODED, NULL);
  if (uri == NULL)
    return g_strdup (location);
  return g_uri_to_string_partial (uri, G_URI_HIDE_PASSWORD);
}

RsDatabase *
rs_database_open_location (const char          *location,
                           RsDatabaseOpenFlags  flags,
                           GError             **error)
{
  g_return_val_if_fail (location != NULL, NULL);
  if (rs_database_location_is_server (location) && !HAVE_POSTGRESQL)
    {
      g_autofree char *display = rs_database_location_display (location);

      /* Never opened as a file path, which would create a folder named
       * "postgresql:". With the PostgreSQL backend built in (meson finds
       * libpq), rs_database_open_full() opens server URIs itself. */
      g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_OPEN,
                   _("Cannot connect to “%s”: this Rådslag has no PostgreSQL support yet. "
                     "Open a database file instead."), display);
      return NULL;
    }
  return rs_database_open_full (location, flags, error);
}
