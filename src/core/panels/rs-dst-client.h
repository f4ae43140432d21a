/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define RS_DST_ERROR (rs_dst_error_quark ())

typedef enum
{
  RS_DST_ERROR_NETWORK,
  RS_DST_ERROR_HTTP_STATUS,
  RS_DST_ERROR_PROTOCOL,
  RS_DST_ERROR_REMOTE_ERROR,
  RS_DST_ERROR_LIMIT,
  RS_DST_ERROR_CANCELLED,
  RS_DST_ERROR_SCHEMA_DRIFT,
} RsDstError;

#define RS_DST_DEFAULT_BASE_URL "https://api.statbank.dk/v1"

#define RS_TYPE_DST_CLIENT (rs_dst_client_get_type ())
G_DECLARE_FINAL_TYPE (RsDstClient, rs_dst_client, RS, DST_CLIENT, GObject)

/* A client for Statistics Denmark's StatBank API (v1) with one SoupSession:
 * POSTs JSON to <base>/tableinfo and <base>/data, retries transport errors,
 * HTTP 5xx and 429 (1 s, 2 s, 4 s; three tries), never 4xx, and turns the
 * service's error objects into RS_DST_ERROR_REMOTE_ERROR. */
GQuark       rs_dst_error_quark            (void);
/* The environment variable RAADSLAG_DST_BASE_URL, else the GSettings key
 * dst-base-url of @settings (may be NULL), else the public address. */
char        *rs_dst_resolve_base_url       (GSettings     *settings);
RsDstClient *rs_dst_client_new             (const char    *base_url);
const char  *rs_dst_client_get_base_url    (RsDstClient   *self);
void         rs_dst_client_set_timeout     (RsDstClient   *self,
                                            guint          seconds);
/* For tests: the first retry delay in milliseconds (doubles each time). */
void         rs_dst_client_set_retry_delay (RsDstClient   *self,
                                            guint          milliseconds);
void         rs_dst_client_post_async      (RsDstClient   *self,
                                            const char    *function,
                                            JsonNode      *body,
                                            GCancellable  *cancellable,
                                            GAsyncReadyCallback callback,
                                            gpointer       user_data);
/* The parsed JSON answer. */
JsonNode    *rs_dst_client_post_finish     (RsDstClient   *self,
                                            GAsyncResult  *result,
                                            GError       **error);

G_END_DECLS
