/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-audit-entry"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "rs-audit-entry.h"

struct _RsAuditEntry
{
  GObject  parent_instance;

  gint64   id;
  char    *at;
  char    *actor;
  gint64   process_id;
  char    *entity;
  gint64   entity_id;
  char    *action;
  char    *details;
};

G_DEFINE_FINAL_TYPE (RsAuditEntry, rs_audit_entry, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_AT,
  PROP_TIME,
  PROP_ACTOR,
  PROP_ENTITY,
  PROP_ENTITY_ID,
  PROP_ACTION,
  PROP_DETAILS,
  PROP_SUMMARY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rs_audit_entry_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  RsAuditEntry *self = RS_AUDIT_ENTRY (object);

  switch (prop_id)
    {
    case PROP_AT:
      g_value_set_string (value, self->at);
      break;
    case PROP_TIME:
      g_value_take_string (value, rs_audit_entry_format_time (self));
      break;
    case PROP_ACTOR:
      g_value_set_string (value, self->actor);
      break;
    case PROP_ENTITY:
      g_value_set_string (value, self->entity);
      break;
    case PROP_ENTITY_ID:
      g_value_set_int64 (value, self->entity_id);
      break;
    case PROP_ACTION:
      g_value_set_string (value, self->action);
      break;
    case PROP_DETAILS:
      g_value_set_string (value, self->details);
      break;
    case PROP_SUMMARY:
      g_value_take_string (value, rs_audit_entry_dup_summary (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_audit_entry_finalize (GObject *object)
{
  RsAuditEntry *self = RS_AUDIT_ENTRY (object);

  g_free (self->at);
  g_free (self->actor);
  g_free (self->entity);
  g_free (self->action);
  g_free (self->details);
  G_OBJECT_CLASS (rs_audit_entry_parent_class)->finalize (object);
}

static void
rs_audit_entry_class_init (RsAuditEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = rs_audit_entry_get_property;
  object_class->finalize = rs_audit_entry_finalize;

  properties[PROP_AT] = g_param_spec_string ("at", NULL, NULL, NULL,
                                             G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TIME] = g_param_spec_string ("time", NULL, NULL, NULL,
                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ACTOR] = g_param_spec_string ("actor", NULL, NULL, NULL,
                                                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ENTITY] = g_param_spec_string ("entity", NULL, NULL, NULL,
                                                 G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ENTITY_ID] = g_param_spec_int64 ("entity-id", NULL, NULL, 0, G_MAXINT64, 0,
                                                   G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ACTION] = g_param_spec_string ("action", NULL, NULL, NULL,
                                                 G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DETAILS] = g_param_spec_string ("details", NULL, NULL, NULL,
                                                  G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUMMARY] = g_param_spec_string ("summary", NULL, NULL, NULL,
                                                  G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rs_audit_entry_init (RsAuditEntry *self)
{
}

RsAuditEntry *
rs_audit_entry_new (gint64      id,
                    const char *at,
                    const char *actor,
                    gint64      process_id,
                    const char *entity,
                    gint64      entity_id,
                    const char *action,
                    const char *details)
{
  RsAuditEntry *self = g_object_new (RS_TYPE_AUDIT_ENTRY, NULL);

  self->id = id;
  self->at = g_strdup (at ? at : "");
  self->actor = g_strdup (actor ? actor : "");
  self->process_id = process_id;
  self->entity = g_strdup (entity ? entity : "");
  self->entity_id = entity_id;
  self->action = g_strdup (action ? action : "");
  self->details = g_strdup (details ? details : "");
  return self;
}

#define GETTER(type, field) \
  type rs_audit_entry_get_##field (RsAuditEntry *self) \
  { \
    g_return_val_if_fail (RS_IS_AUDIT_ENTRY (self), 0); \
    return self->field; \
  }

GETTER (gint64, id)
GETTER (const char *, at)
GETTER (const char *, actor)
GETTER (gint64, process_id)
GETTER (const char *, entity)
GETTER (gint64, entity_id)
GETTER (const char *, action)
GETTER (const char *, details)

char *
rs_audit_entry_format_time (RsAuditEntry *self)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;

  g_return_val_if_fail (RS_IS_AUDIT_ENTRY (self), NULL);
  utc = g_date_time_new_from_iso8601 (self->at, NULL);
  if (utc == NULL)
    return g_strdup (self->at);
  local = g_date_time_to_local (utc);
  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}

const char *
rs_audit_action_label (const char *action)
{
  static const struct { const char *action; const char *label; } labels[] = {
    { "create", N_("Created") },
    { "update", N_("Changed") },
    { "delete", N_("Deleted") },
    { "rename", N_("Renamed") },
    { "restore", N_("Restored") },
    { "decision", N_("Council answer recorded") },
    { "merge", N_("Merged") },
    { "split", N_("Split") },
    { "erase-personal-data", N_("Personal data erased") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_strcmp0 (action, labels[i].action) == 0)
      return _(labels[i].label);
  return action;
}

/* The stores name changed fields by column; the history shows labels. */
static const char *
field_label (const char *field)
{
  static const struct { const char *field; const char *label; } labels[] = {
    { "theme", N_("Theme") },
    { "budget_area", N_("Budget area") },
    { "decision", N_("Decision") },
    { "position", N_("Position") },
    { "proposal", N_("Budget proposal") },
    { "comment", N_("Comment") },
    { "title", N_("Title") },
    { "text", N_("Text") },
    { "rationale", N_("Rationale") },
    { "votes", N_("Votes") },
    { "status", N_("Status") },
    { "name", N_("Name") },
    { "mandate", N_("Mandate") },
    { "size", N_("Seats") },
    { "committee", N_("Committee") },
    { "meeting_date", N_("Meeting date") },
    { "resume", N_("Summary") },
    { "case_text", N_("Case presentation") },
    { "authority", N_("Decision-making authority") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_str_equal (field, labels[i].field))
      return _(labels[i].label);
  return field;
}

char *
rs_audit_entry_dup_summary (RsAuditEntry *self)
{
  g_autoptr(GString) details = NULL;
  g_auto(GStrv) parts = NULL;

  g_return_val_if_fail (RS_IS_AUDIT_ENTRY (self), NULL);
  if (*self->details == '\0')
    return g_strdup (rs_audit_action_label (self->action));
  details = g_string_new ("");
  parts = g_strsplit (self->details, "; ", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      const char *colon = strstr (parts[i], ": ");
      g_autofree char *field = colon ? g_strndup (parts[i], colon - parts[i]) : g_strdup (parts[i]);

      if (i > 0)
        g_string_append (details, "; ");
      g_string_append (details, field_label (field));
      if (colon != NULL)
        g_string_append (details, colon);
    }
  /* Translators: an action of the audit log, e.g. "Changed", and what
   * changed, e.g. "Decision: noted → changed; Comment". */
  return g_strdup_printf (_("%s: %s"), rs_audit_action_label (self->action), details->str);
}
