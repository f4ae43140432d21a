/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-comment"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-comment.h"
#include "rs-hearing-response.h"

enum {
  F_CHANNEL,
  F_RECEIVED_ON,
  F_AUTHOR,
  F_PSEUDONYM,
  F_TEXT,
  F_DISTRICT,
  F_THEMES,
  F_REVIEW_REASON,
  F_SOURCE,
  N_FIELDS
};

struct _RsComment
{
  GObject parent_instance;

  gint64  id;
  gint64  process_id;
  guint   n_recommendations;
  guint   n_ideas;
  char   *fields[N_FIELDS];
};

G_DEFINE_FINAL_TYPE (RsComment, rs_comment, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_N_RECOMMENDATIONS,
  PROP_N_IDEAS,
  PROP_FIRST_STRING,
  N_PROPS = PROP_FIRST_STRING + N_FIELDS
};

static GParamSpec *properties[N_PROPS];
static const char * const field_names[N_FIELDS] = {
  "channel", "received-on", "author", "pseudonym", "text", "district", "themes",
  "review-reason", "source",
};

gboolean
rs_comment_channel_is_valid (const char *channel)
{
  return g_strcmp0 (channel, "web") == 0 || g_strcmp0 (channel, "email") == 0 ||
         g_strcmp0 (channel, "meeting") == 0 || g_strcmp0 (channel, "other") == 0;
}

const char *
rs_comment_channel_label (const char *channel)
{
  if (g_strcmp0 (channel, "web") == 0)
    return _("Web form");
  if (g_strcmp0 (channel, "email") == 0)
    return _("E-mail");
  if (g_strcmp0 (channel, "meeting") == 0)
    return _("Meeting post-it");
  return _("Other");
}

RsComment *
rs_comment_new (void)
{
  return g_object_new (RS_TYPE_COMMENT, NULL);
}

gint64
rs_comment_get_id (RsComment *self)
{
  g_return_val_if_fail (RS_IS_COMMENT (self), 0);
  return self->id;
}

void
rs_comment_set_id (RsComment *self,
                   gint64     id)
{
  g_return_if_fail (RS_IS_COMMENT (self));
  if (self->id != id)
    {
      self->id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
    }
}

gint64
rs_comment_get_process_id (RsComment *self)
{
  g_return_val_if_fail (RS_IS_COMMENT (self), 0);
  return self->process_id;
}

void
rs_comment_set_process_id (RsComment *self,
                           gint64     process_id)
{
  g_return_if_fail (RS_IS_COMMENT (self));
  self->process_id = process_id;
}

guint
rs_comment_get_n_recommendations (RsComment *self)
{
  g_return_val_if_fail (RS_IS_COMMENT (self), 0);
  return self->n_recommendations;
}

void
rs_comment_set_n_recommendations (RsComment *self,
                                  guint      n)
{
  g_return_if_fail (RS_IS_COMMENT (self));
  if (self->n_recommendations != n)
    {
      self->n_recommendations = n;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_RECOMMENDATIONS]);
    }
}

guint
rs_comment_get_n_ideas (RsComment *self)
{
  g_return_val_if_fail (RS_IS_COMMENT (self), 0);
  return self->n_ideas;
}

void
rs_comment_set_n_ideas (RsComment *self,
                        guint      n)
{
  g_return_if_fail (RS_IS_COMMENT (self));
  if (self->n_ideas != n)
    {
      self->n_ideas = n;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_IDEAS]);
    }
}

static const char *
get_field (RsComment *self,
           guint      field)
{
  g_return_val_if_fail (RS_IS_COMMENT (self), NULL);
  return self->fields[field] ? self->fields[field] : "";
}

static void
set_field (RsComment  *self,
           guint       field,
           const char *value)
{
  g_return_if_fail (RS_IS_COMMENT (self));
  if (g_strcmp0 (self->fields[field], value) == 0)
    return;
  g_free (self->fields[field]);
  self->fields[field] = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIRST_STRING + field]);
}

#define RS_COMMENT_STRING(field, index)                                            \
  const char *rs_comment_get_##field (RsComment *self) { return get_field (self, index); } \
  void rs_comment_set_##field (RsComment *self, const char *value) { set_field (self, index, value); }
RS_COMMENT_STRING (channel, F_CHANNEL)
RS_COMMENT_STRING (author, F_AUTHOR)
RS_COMMENT_STRING (pseudonym, F_PSEUDONYM)
RS_COMMENT_STRING (text, F_TEXT)
RS_COMMENT_STRING (district, F_DISTRICT)
RS_COMMENT_STRING (themes, F_THEMES)
RS_COMMENT_STRING (review_reason, F_REVIEW_REASON)
RS_COMMENT_STRING (source, F_SOURCE)
#undef RS_COMMENT_STRING

/* received_on may be NULL (unknown): not "" */
const char *
rs_comment_get_received_on (RsComment *self)
{
  g_return_val_if_fail (RS_IS_COMMENT (self), NULL);
  return self->fields[F_RECEIVED_ON];
}

void
rs_comment_set_received_on (RsComment  *self,
                            const char *value)
{
  set_field (self, F_RECEIVED_ON, value != NULL && *value != '\0' ? value : NULL);
}

void
rs_comment_add_review_reason (RsComment  *self,
                              const char *code)
{
  const char *now = get_field (self, F_REVIEW_REASON);
  g_auto(GStrv) codes = g_strsplit (now, ",", -1);
  g_autofree char *joined = NULL;

  if (*now != '\0' && g_strv_contains ((const char * const *) codes, code))
    return;
  joined = *now ? g_strconcat (now, ",", code, NULL) : g_strdup (code);
  set_field (self, F_REVIEW_REASON, joined);
}

gboolean
rs_comment_needs_review (RsComment *self)
{
  return *get_field (self, F_REVIEW_REASON) != '\0';
}

char *
rs_comment_describe_review (RsComment *self)
{
  g_auto(GStrv) codes = g_strsplit (get_field (self, F_REVIEW_REASON), ",", -1);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; codes[i] != NULL; i++)
    {
      const char *s = NULL;
      g_autofree char *other = NULL;

      if (*codes[i] == '\0')
        continue;
      if (g_str_equal (codes[i], "no-text"))
        s = _("The comment has no text.");
      else if (g_str_equal (codes[i], "date"))
        s = _("The date could not be read.");
      else if (g_str_equal (codes[i], "district"))
        s = _("The district is not on the process’s district list.");
      else if (g_str_equal (codes[i], "columns"))
        s = _("The row has a different number of fields than the header.");
      else if (g_str_equal (codes[i], "marked"))
        s = _("Marked for review.");
      else if (g_str_equal (codes[i], "channel"))
        s = _("The channel is not one of web, e-mail, meeting or other.");
      else
        {
          /* The e-mail intake's reasons, described as for hearing responses. */
          g_autoptr(RsHearingResponse) r = rs_hearing_response_new ();
          rs_hearing_response_add_review_reason (r, codes[i]);
          other = rs_hearing_response_describe_review (r);
          s = other;
        }
      if (s != NULL && *s != '\0')
        g_string_append_printf (out, "%s%s", out->len ? " " : "", s);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

char *
rs_comment_normalize_themes (const char *themes)
{
  g_auto(GStrv) parts = g_regex_split_simple ("[;,|]", themes ? themes : "", 0, 0);
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *t = g_strstrip (g_strdup (parts[i]));
      g_autofree char *key = NULL;
      gboolean dup = FALSE;

      if (*t == '\0')
        continue;
      key = g_utf8_casefold (t, -1);
      for (guint j = 0; j < seen->len && !dup; j++)
        dup = g_str_equal (g_ptr_array_index (seen, j), key);
      if (dup)
        continue;
      g_ptr_array_add (seen, g_steal_pointer (&key));
      g_string_append_printf (out, "%s%s", out->len ? ", " : "", t);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
rs_comment_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  RsComment *self = RS_COMMENT (object);

  if (prop_id == PROP_ID)
    g_value_set_int64 (value, self->id);
  else if (prop_id == PROP_N_RECOMMENDATIONS)
    g_value_set_uint (value, self->n_recommendations);
  else if (prop_id == PROP_N_IDEAS)
    g_value_set_uint (value, self->n_ideas);
  else if (prop_id >= PROP_FIRST_STRING && prop_id < N_PROPS)
    g_value_set_string (value, self->fields[prop_id - PROP_FIRST_STRING]);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
rs_comment_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  RsComment *self = RS_COMMENT (object);

  if (prop_id == PROP_ID)
    rs_comment_set_id (self, g_value_get_int64 (value));
  else if (prop_id == PROP_N_RECOMMENDATIONS)
    rs_comment_set_n_recommendations (self, g_value_get_uint (value));
  else if (prop_id == PROP_N_IDEAS)
    rs_comment_set_n_ideas (self, g_value_get_uint (value));
  else if (prop_id >= PROP_FIRST_STRING && prop_id < N_PROPS)
    set_field (self, prop_id - PROP_FIRST_STRING, g_value_get_string (value));
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
rs_comment_finalize (GObject *object)
{
  RsComment *self = RS_COMMENT (object);

  for (guint i = 0; i < N_FIELDS; i++)
    g_free (self->fields[i]);
  G_OBJECT_CLASS (rs_comment_parent_class)->finalize (object);
}

static void
rs_comment_class_init (RsCommentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rs_comment_finalize;
  object_class->get_property = rs_comment_get_property;
  object_class->set_property = rs_comment_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                            G_PARAM_STATIC_STRINGS);
  properties[PROP_N_RECOMMENDATIONS] =
    g_param_spec_uint ("n-recommendations", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_IDEAS] =
    g_param_spec_uint ("n-ideas", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  for (guint i = 0; i < N_FIELDS; i++)
    properties[PROP_FIRST_STRING + i] =
      g_param_spec_string (field_names[i], NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rs_comment_init (RsComment *self)
{
  self->fields[F_CHANNEL] = g_strdup ("web");
}
