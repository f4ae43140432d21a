/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-dst-client"

#include "config.h"

#include <string.h>

#include <libsoup/soup.h>
#include <glib/gi18n.h>

#include "rs-dst-client.h"

#define MAX_TRIES 3

struct _RsDstClient
{
  GObject      parent_instance;

  SoupSession *session;
  char        *base_url;
  guint        retry_delay_ms;
};

G_DEFINE_FINAL_TYPE (RsDstClient, rs_dst_client, G_TYPE_OBJECT)

G_DEFINE_QUARK (rs-dst-error-quark, rs_dst_error)

typedef struct
{
  char    *function;
  GBytes  *body;
  guint    tries;
  guint    timeout_id;
  SoupMessage *message;
} Request;

static void
request_free (Request *request)
{
  g_free (request->function);
  g_bytes_unref (request->body);
  g_clear_object (&request->message);
  g_clear_handle_id (&request->timeout_id, g_source_remove);
  g_free (request);
}

static void
rs_dst_client_finalize (GObject *object)
{
  RsDstClient *self = RS_DST_CLIENT (object);

  g_clear_object (&self->session);
  g_free (self->base_url);
  G_OBJECT_CLASS (rs_dst_client_parent_class)->finalize (object);
}

static void
rs_dst_client_class_init (RsDstClientClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rs_dst_client_finalize;
}

static void
rs_dst_client_init (RsDstClient *self)
{
  self->session = soup_session_new_with_options ("user-agent",
                                                 "Raadslag/" PACKAGE_VERSION
                                                 " (+https://github.com/raadslag/raadslag)",
                                                 "timeout", 60, "idle-timeout", 60, NULL);
  self->retry_delay_ms = 1000;
}

char *
rs_dst_resolve_base_url (GSettings *settings)
{
  const char *env = g_getenv ("RAADSLAG_DST_BASE_URL");

  if (env != NULL && *env != '\0')
    return g_strdup (env);
  if (settings != NULL)
    {
      g_autofree char *url = g_settings_get_string (settings, "dst-base-url");
      if (url != NULL && *url != '\0')
        return g_steal_pointer (&url);
    }
  return g_strdup (RS_DST_DEFAULT_BASE_URL);
}

RsDstClient *
rs_dst_client_new (const char *base_url)
{
  RsDstClient *self = g_object_new (RS_TYPE_DST_CLIENT, NULL);

  self->base_url = base_url ? g_strdup (base_url) : rs_dst_resolve_base_url (NULL);
  while (g_str_has_suffix (self->base_url, "/"))
    self->base_url[strlen (self->base_url) - 1] = '\0';
  return self;
}

const char *
rs_dst_client_get_base_url (RsDstClient *self)
{
  return self->base_url;
}

void
rs_dst_client_set_timeout (RsDstClient *self,
                           guint        seconds)
{
  g_object_set (self->session, "timeout", seconds, NULL);
}

void
rs_dst_client_set_retry_delay (RsDstClient *self,
                               guint        milliseconds)
{
  self->retry_delay_ms = milliseconds;
}

static void send_request (GTask *task);

static gboolean
retry_cb (gpointer user_data)
{
  GTask *task = user_data;
  Request *request = g_task_get_task_data (task);

  request->timeout_id = 0;
  if (g_cancellable_is_cancelled (g_task_get_cancellable (task)))
    {
      g_task_return_new_error (task, RS_DST_ERROR, RS_DST_ERROR_CANCELLED,
                               _("The request to Statistics Denmark was cancelled."));
      g_object_unref (task);
      return G_SOURCE_REMOVE;
    }
  send_request (task);
  return G_SOURCE_REMOVE;
}

static void
retry_or_fail (GTask  *task,
               GError *error)
{
  RsDstClient *self = g_task_get_source_object (task);
  Request *request = g_task_get_task_data (task);

  if (request->tries < MAX_TRIES && !g_cancellable_is_cancelled (g_task_get_cancellable (task)))
    {
      g_debug ("Retrying %s after: %s", request->function, error->message);
      g_error_free (error);
      request->timeout_id = g_timeout_add (self->retry_delay_ms << (request->tries - 1),
                                           retry_cb, task);
      return;
    }
  g_task_return_error (task, error);
  g_object_unref (task);
}

/* The service's error object: {"errorTypeCode": "...", "message": "..."}. */
/* A member's text when it is a string, else "" (never a json-glib
 * critical for a member of another type). */
static const char *
string_member (JsonObject *object,
               const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return "";
  return json_node_get_string (node);
}

static GError *
remote_error (JsonNode   *root,
              const char *table)
{
  JsonObject *object;
  const char *code, *message;

  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return NULL;
  object = json_node_get_object (root);
  if (!json_object_has_member (object, "errorTypeCode"))
    return NULL;
  /* Untrusted: a member of another type reads as empty. */
  code = string_member (object, "errorTypeCode");
  message = string_member (object, "message");
  return g_error_new (RS_DST_ERROR,
                      g_str_equal (code, "REQUEST-LIMIT") ? RS_DST_ERROR_LIMIT : RS_DST_ERROR_REMOTE_ERROR,
                      _("Statistics Denmark refused the request for %s: %s (%s)."),
                      table, message, code);
}

static void
send_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  GTask *task = user_data;
  Request *request = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  gboolean parsed;
  guint status;
  GError *remote;

  bytes = soup_session_send_and_read_finish (SOUP_SESSION (source), result, &error);
  if (bytes == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_task_return_new_error (task, RS_DST_ERROR, RS_DST_ERROR_CANCELLED,
                                   _("The request to Statistics Denmark was cancelled."));
          g_object_unref (task);
          return;
        }
      retry_or_fail (task, g_error_new (RS_DST_ERROR, RS_DST_ERROR_NETWORK,
                                        _("Could not reach Statistics Denmark at %s: %s"),
                                        g_uri_get_host (soup_message_get_uri (request->message))
                                          ? g_uri_get_host (soup_message_get_uri (request->message)) : "",
                                        error->message));
      return;
    }
  status = soup_message_get_status (request->message);
  parsed = g_bytes_get_size (bytes) > 0 &&
           json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL),
                                       g_bytes_get_size (bytes), NULL);
  remote = parsed ? remote_error (json_parser_get_root (parser), request->function) : NULL;
  if (status >= 500 || status == 429)
    {
      g_clear_error (&remote);
      retry_or_fail (task, g_error_new (RS_DST_ERROR, RS_DST_ERROR_HTTP_STATUS,
                                        _("Statistics Denmark answered with HTTP status %u (%s)."),
                                        status, soup_message_get_reason_phrase (request->message)));
      return;
    }
  if (remote != NULL)
    {
      g_task_return_error (task, remote);
      g_object_unref (task);
      return;
    }
  if (status < 200 || status >= 300)
    g_task_return_new_error (task, RS_DST_ERROR, RS_DST_ERROR_HTTP_STATUS,
                             _("Statistics Denmark answered with HTTP status %u (%s)."),
                             status, soup_message_get_reason_phrase (request->message));
  else if (!parsed || json_parser_get_root (parser) == NULL)
    g_task_return_new_error (task, RS_DST_ERROR, RS_DST_ERROR_PROTOCOL,
                             _("Statistics Denmark’s answer to “%s” is not valid JSON."),
                             request->function);
  else
    g_task_return_pointer (task, json_node_copy (json_parser_get_root (parser)),
                           (GDestroyNotify) json_node_unref);
  g_object_unref (task);
}

static void
send_request (GTask *task)
{
  RsDstClient *self = g_task_get_source_object (task);
  Request *request = g_task_get_task_data (task);
  g_autofree char *url = g_strdup_printf ("%s/%s", self->base_url, request->function);

  request->tries++;
  g_clear_object (&request->message);
  request->message = soup_message_new (SOUP_METHOD_POST, url);
  if (request->message == NULL)
    {
      g_task_return_new_error (task, RS_DST_ERROR, RS_DST_ERROR_NETWORK,
                               _("“%s” is not a valid address for Statistics Denmark."), url);
      g_object_unref (task);
      return;
    }
  soup_message_set_request_body_from_bytes (request->message, "application/json", request->body);
  soup_session_send_and_read_async (self->session, request->message, G_PRIORITY_DEFAULT,
                                    g_task_get_cancellable (task), send_cb, task);
}

void
rs_dst_client_post_async (RsDstClient        *self,
                          const char         *function,
                          JsonNode           *body,
                          GCancellable       *cancellable,
                          GAsyncReadyCallback callback,
                          gpointer            user_data)
{
  GTask *task = g_task_new (self, cancellable, callback, user_data);
  Request *request = g_new0 (Request, 1);
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  gsize length = 0;
  char *text;

  json_generator_set_root (generator, body);
  text = json_generator_to_data (generator, &length);
  request->function = g_strdup (function);
  request->body = g_bytes_new_take (text, length);
  g_task_set_source_tag (task, rs_dst_client_post_async);
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_task_data (task, request, (GDestroyNotify) request_free);
  send_request (task);
}

JsonNode *
rs_dst_client_post_finish (RsDstClient  *self,
                           GAsyncResult *result,
                           GError      **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
