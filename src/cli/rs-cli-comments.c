/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-cli-comments"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "rs-cli.h"
#include "rs-comment-store.h"
#include "rs-context.h"
#include "rs-date.h"
#include "rs-district-summary.h"

/* raadslag-cli comments import|list|add|edit|delete|link, districts summary,
 * districts tag */

static char *opt_db;
static char *opt_process;
static char *opt_channel;
static char *opt_text;
static char *opt_author;
static char *opt_date;
static char *opt_district;
static char *opt_themes;
static char *opt_search;
static char *opt_id;
static char *opt_record;
static char *opt_person;
static char *opt_out;
static char *opt_recommendation;
static char *opt_idea;
static gboolean opt_json;
static gboolean opt_authors;
static gboolean opt_restore;
static gboolean opt_unlink;

#define DB_ENTRY { "db", 0, 0, G_OPTION_ARG_FILENAME, &opt_db, N_("Database file"), N_("FILE") }
#define PROCESS_ENTRY { "process", 0, 0, G_OPTION_ARG_STRING, &opt_process, N_("Budget process id"), N_("ID") }

static const GOptionEntry import_entries[] = {
  DB_ENTRY,
  PROCESS_ENTRY,
  { NULL }
};

static const GOptionEntry list_entries[] = {
  DB_ENTRY,
  PROCESS_ENTRY,
  { "search", 0, 0, G_OPTION_ARG_STRING, &opt_search, N_("Only comments whose text, themes or district hold TEXT"), N_("TEXT") },
  { "with-authors", 0, 0, G_OPTION_ARG_NONE, &opt_authors, N_("Show the authors’ names (personal data) instead of pseudonyms"), NULL },
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, N_("Print JSON"), NULL },
  { NULL }
};

#define FIELD_ENTRIES \
  { "channel", 0, 0, G_OPTION_ARG_STRING, &opt_channel, N_("web, email, meeting or other"), N_("CHANNEL") }, \
  { "text", 0, 0, G_OPTION_ARG_STRING, &opt_text, N_("The comment"), N_("TEXT") }, \
  { "author", 0, 0, G_OPTION_ARG_STRING, &opt_author, N_("Who wrote it (personal data; optional)"), N_("NAME") }, \
  { "date", 0, 0, G_OPTION_ARG_STRING, &opt_date, N_("Received on"), N_("DATE") }, \
  { "district", 0, 0, G_OPTION_ARG_STRING, &opt_district, N_("District, from the process’s list"), N_("TEXT") }, \
  { "themes", 0, 0, G_OPTION_ARG_STRING, &opt_themes, N_("Themes, separated by commas"), N_("A,B") }

static const GOptionEntry add_entries[] = {
  DB_ENTRY,
  PROCESS_ENTRY,
  FIELD_ENTRIES,
  { NULL }
};

static const GOptionEntry edit_entries[] = {
  DB_ENTRY,
  { "id", 0, 0, G_OPTION_ARG_STRING, &opt_id, N_("Comment id"), N_("ID") },
  FIELD_ENTRIES,
  { NULL }
};

static const GOptionEntry delete_entries[] = {
  DB_ENTRY,
  { "id", 0, 0, G_OPTION_ARG_STRING, &opt_id, N_("Comment id"), N_("ID") },
  { "restore", 0, 0, G_OPTION_ARG_NONE, &opt_restore, N_("Undo the deletion"), NULL },
  { NULL }
};

static const GOptionEntry link_entries[] = {
  DB_ENTRY,
  { "id", 0, 0, G_OPTION_ARG_STRING, &opt_id, N_("Comment id"), N_("ID") },
  { "recommendation", 0, 0, G_OPTION_ARG_STRING, &opt_recommendation, N_("Recommendation id (the comment becomes one of its origins)"), N_("ID") },
  { "idea", 0, 0, G_OPTION_ARG_STRING, &opt_idea, N_("Idea id"), N_("ID") },
  { "unlink", 0, 0, G_OPTION_ARG_NONE, &opt_unlink, N_("Remove the link"), NULL },
  { NULL }
};

static const GOptionEntry export_entries[] = {
  DB_ENTRY,
  PROCESS_ENTRY,
  { "out", 0, 0, G_OPTION_ARG_FILENAME, &opt_out, N_("The CSV file to write"), N_("FILE") },
  { NULL }
};

static const GOptionEntry summary_entries[] = {
  DB_ENTRY,
  PROCESS_ENTRY,
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, N_("Print JSON"), NULL },
  { NULL }
};

static const GOptionEntry tag_entries[] = {
  DB_ENTRY,
  { "record", 0, 0, G_OPTION_ARG_STRING, &opt_record, N_("idea, comment, response, recommendation, session or attendance"), N_("KIND") },
  { "id", 0, 0, G_OPTION_ARG_STRING, &opt_id, N_("The record’s id (for attendance: the meeting’s)"), N_("ID") },
  { "person", 0, 0, G_OPTION_ARG_STRING, &opt_person, N_("For attendance: the person’s id"), N_("ID") },
  { "district", 0, 0, G_OPTION_ARG_STRING, &opt_district, N_("District, from the process’s list (empty: none)"), N_("TEXT") },
  { NULL }
};

static int
cmd_comments_import (int    argc,
                     char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsDatabase) db = NULL;
  RsCommentImportReport report = { 0 };
  gint64 process_id;
  int n;
  int rc = rs_cli_open_command ("comments import",
                                _("Import digital comments from a web form’s CSV export or e-mails (.eml)"),
                                _("FILE…"), -1, import_entries, &opt_db, &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  if ((rc = rs_cli_need_id ("comments import", "process", opt_process, &process_id)) >= 0)
    return rc;
  if (argc < 2)
    return rs_cli_usage_error ("comments import", _("Give one or more files."));
  n = rs_comment_store_import (db, process_id, (const char * const *) argv + 1, &report, NULL, &error);
  if (n < 0)
    return rs_cli_fail (error);
  for (guint i = 0; report.notes != NULL && i < report.notes->len; i++)
    g_print ("%s\n", (const char *) g_ptr_array_index (report.notes, i));
  g_print (ngettext ("Imported %d comment, of which %d flagged for review.\n",
                     "Imported %d comments, of which %d flagged for review.\n", n), n, report.review);
  if (report.skipped > 0)
    g_print (ngettext ("Skipped %d comment already imported.\n",
                       "Skipped %d comments already imported.\n", report.skipped), report.skipped);
  rs_comment_import_report_clear (&report);
  return RS_CLI_OK;
}

static int
cmd_comments_list (int    argc,
                   char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(GListStore) list = NULL;
  gint64 process_id;
  guint n;
  int rc = rs_cli_open_command ("comments list", _("List the digital comments of a process"),
                                NULL, 0, list_entries, &opt_db, &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  if ((rc = rs_cli_need_id ("comments list", "process", opt_process, &process_id)) >= 0)
    return rc;
  if ((list = rs_comment_store_list (db, process_id, opt_search, &error)) == NULL)
    return rs_cli_fail (error);
  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  if (opt_json)
    {
      g_autoptr(JsonBuilder) b = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_array (b);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(RsComment) c = g_list_model_get_item (G_LIST_MODEL (list), i);
          json_builder_begin_object (b);
          json_builder_set_member_name (b, "id");
          json_builder_add_int_value (b, rs_comment_get_id (c));
          json_builder_set_member_name (b, "pseudonym");
          json_builder_add_string_value (b, rs_comment_get_pseudonym (c));
          if (opt_authors)
            {
              json_builder_set_member_name (b, "author");
              json_builder_add_string_value (b, rs_comment_get_author (c));
            }
          json_builder_set_member_name (b, "channel");
          json_builder_add_string_value (b, rs_comment_get_channel (c));
          json_builder_set_member_name (b, "received_on");
          if (rs_comment_get_received_on (c) != NULL)
            json_builder_add_string_value (b, rs_comment_get_received_on (c));
          else
            json_builder_add_null_value (b);
          json_builder_set_member_name (b, "district");
          json_builder_add_string_value (b, rs_comment_get_district (c));
          json_builder_set_member_name (b, "themes");
          json_builder_add_string_value (b, rs_comment_get_themes (c));
          json_builder_set_member_name (b, "review");
          json_builder_add_string_value (b, rs_comment_get_review_reason (c));
          json_builder_set_member_name (b, "recommendations");
          json_builder_add_int_value (b, rs_comment_get_n_recommendations (c));
          json_builder_set_member_name (b, "text");
          json_builder_add_string_value (b, rs_comment_get_text (c));
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      root = json_builder_get_root (b);
      rs_cli_print_json (root);
      return RS_CLI_OK;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RsComment) c = g_list_model_get_item (G_LIST_MODEL (list), i);
      g_autofree char *text = g_strdup (rs_comment_get_text (c));

      g_strdelimit (text, "\r\n\t", ' ');
      /* id, who, channel, date, district, themes, flag, text */
      g_print ("%" G_GINT64_FORMAT "\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", rs_comment_get_id (c),
               opt_authors && *rs_comment_get_author (c) ? rs_comment_get_author (c)
                                                         : rs_comment_get_pseudonym (c),
               rs_comment_get_channel (c),
               rs_comment_get_received_on (c) ? rs_comment_get_received_on (c) : "–",
               rs_comment_get_district (c), rs_comment_get_themes (c),
               rs_comment_needs_review (c) ? _("review") : "", text);
    }
  return RS_CLI_OK;
}

static gboolean
apply_fields (RsComment *c,
              GError   **error)
{
  if (opt_channel != NULL)
    rs_comment_set_channel (c, opt_channel);
  if (opt_text != NULL)
    rs_comment_set_text (c, opt_text);
  if (opt_author != NULL)
    rs_comment_set_author (c, opt_author);
  if (opt_district != NULL)
    rs_comment_set_district (c, opt_district);
  if (opt_themes != NULL)
    rs_comment_set_themes (c, opt_themes);
  if (opt_date != NULL)
    {
      g_autofree char *iso = *opt_date ? rs_date_normalize (opt_date, error) : NULL;
      if (*opt_date && iso == NULL)
        return FALSE;
      rs_comment_set_received_on (c, iso);
    }
  return TRUE;
}

static int
cmd_comments_add (int    argc,
                  char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(RsComment) c = rs_comment_new ();
  gint64 process_id;
  int rc = rs_cli_open_command ("comments add", _("Add a comment, e.g. a meeting’s post-it"),
                                NULL, 0, add_entries, &opt_db, &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  if ((rc = rs_cli_need_id ("comments add", "process", opt_process, &process_id)) >= 0)
    return rc;
  if (opt_text == NULL)
    return rs_cli_usage_error ("comments add", _("Give the comment with --text."));
  if (opt_channel != NULL && !rs_comment_channel_is_valid (opt_channel))
    return rs_cli_usage_error ("comments add", _("The channel is web, email, meeting or other."));
  rs_comment_set_process_id (c, process_id);
  if (opt_channel == NULL)
    opt_channel = g_strdup ("meeting");
  if (!apply_fields (c, &error) || rs_comment_store_add (db, c, &error) == 0)
    return rs_cli_fail (error);
  g_print (_("Added comment %lld (%s).\n"), (long long) rs_comment_get_id (c),
           rs_comment_get_pseudonym (c));
  if (rs_comment_needs_review (c))
    {
      g_autofree char *why = rs_comment_describe_review (c);
      g_print ("%s\n", why);
    }
  return RS_CLI_OK;
}

static int
cmd_comments_edit (int    argc,
                   char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(RsComment) c = NULL;
  gint64 id;
  int rc = rs_cli_open_command ("comments edit", _("Change a comment’s text, district, themes …"),
                                NULL, 0, edit_entries, &opt_db, &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  if ((rc = rs_cli_need_id ("comments edit", "id", opt_id, &id)) >= 0)
    return rc;
  if ((c = rs_comment_store_get (db, id, &error)) == NULL || !apply_fields (c, &error) ||
      !rs_comment_store_update (db, c, &error))
    return rs_cli_fail (error);
  return RS_CLI_OK;
}

static int
cmd_comments_delete (int    argc,
                     char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsDatabase) db = NULL;
  gint64 id;
  int rc = rs_cli_open_command ("comments delete", _("Delete a comment (--restore undoes it)"),
                                NULL, 0, delete_entries, &opt_db, &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  if ((rc = rs_cli_need_id ("comments delete", "id", opt_id, &id)) >= 0)
    return rc;
  if (!(opt_restore ? rs_comment_store_restore (db, id, &error) : rs_comment_store_delete (db, id, &error)))
    return rs_cli_fail (error);
  return RS_CLI_OK;
}

static int
cmd_comments_link (int    argc,
                   char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsDatabase) db = NULL;
  const char *type = opt_recommendation != NULL ? "recommendation" : "idea";
  gint64 id, target;
  gboolean ok;
  int rc = rs_cli_open_command ("comments link", _("Link a comment to a recommendation (as its origin) or an idea"),
                                NULL, 0, link_entries, &opt_db, &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  type = opt_recommendation != NULL ? "recommendation" : "idea";
  if ((rc = rs_cli_need_id ("comments link", "id", opt_id, &id)) >= 0)
    return rc;
  if ((opt_recommendation == NULL) == (opt_idea == NULL))
    return rs_cli_usage_error ("comments link", _("Give either --recommendation ID or --idea ID."));
  if ((rc = rs_cli_need_id ("comments link", type, opt_recommendation ? opt_recommendation : opt_idea,
                            &target)) >= 0)
    return rc;
  ok = opt_unlink ? rs_comment_store_unlink (db, id, type, target, &error)
                  : rs_comment_store_link (db, id, type, target, &error);
  return ok ? RS_CLI_OK : rs_cli_fail (error);
}

static int
cmd_comments_export (int    argc,
                     char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsDatabase) db = NULL;
  gint64 process_id;
  int n;
  int rc = rs_cli_open_command ("comments export",
                                _("Write the comments as CSV for sharing: pseudonyms, never authors"),
                                NULL, 0, export_entries, &opt_db, &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  if ((rc = rs_cli_need_id ("comments export", "process", opt_process, &process_id)) >= 0)
    return rc;
  if (opt_out == NULL)
    return rs_cli_usage_error ("comments export", _("Give the file to write with --out FILE."));
  if ((n = rs_comment_store_export_csv (db, process_id, opt_out, &error)) < 0)
    return rs_cli_fail (error);
  g_print (ngettext ("Wrote %d comment to %s\n", "Wrote %d comments to %s\n", n), n, opt_out);
  return RS_CLI_OK;
}

static int
cmd_districts_summary (int    argc,
                       char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(RsContext) context = NULL;
  gint64 process_id;
  int limit;
  int rc = rs_cli_open_command ("districts summary",
                                _("Per district: comments, ideas, hearing responses, recommendations, "
                                  "meetings and participants against its population share"),
                                NULL, 0, summary_entries, &opt_db, &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  if ((rc = rs_cli_need_id ("districts summary", "process", opt_process, &process_id)) >= 0)
    return rc;
  if ((list = rs_district_summary_load (db, process_id, &error)) == NULL)
    return rs_cli_fail (error);
  context = rs_context_new (db, NULL);
  limit = rs_context_get_small_cell_limit (context);
  if (opt_json)
    {
      g_autoptr(JsonBuilder) b = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_array (b);
      for (guint i = 0; i < list->len; i++)
        {
          RsDistrictCounts *c = g_ptr_array_index (list, i);
          const struct { const char *name; int n; } counts[] = {
            { "comments", c->comments }, { "ideas", c->ideas }, { "responses", c->responses },
            { "recommendations", c->recommendations }, { "sessions", c->sessions },
            { "participants", c->participants },
          };
          json_builder_begin_object (b);
          json_builder_set_member_name (b, "district");
          json_builder_add_string_value (b, c->district);
          if (c->population_share >= 0)
            {
              json_builder_set_member_name (b, "population_share");
              json_builder_add_double_value (b, c->population_share);
            }
          /* Small cells are left out. */
          for (guint k = 0; k < G_N_ELEMENTS (counts); k++)
            if (counts[k].n == 0 || counts[k].n >= limit)
              {
                json_builder_set_member_name (b, counts[k].name);
                json_builder_add_int_value (b, counts[k].n);
              }
          if (c->participant_share >= 0 && (c->participants == 0 || c->participants >= limit))
            {
              json_builder_set_member_name (b, "participant_share");
              json_builder_add_double_value (b, c->participant_share);
            }
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      root = json_builder_get_root (b);
      rs_cli_print_json (root);
      return RS_CLI_OK;
    }
  /* TRANSLATORS: column heads of "districts summary", separated by tabs */
  g_print ("%s\n", _("District\tPopulation\tComments\tIdeas\tResponses\tRecommendations\tMeetings\tParticipants"));
  for (guint i = 0; i < list->len; i++)
    {
      RsDistrictCounts *c = g_ptr_array_index (list, i);
      g_autofree char *pop = rs_district_format_share (c->population_share, 0, limit);
      g_autofree char *comments = rs_district_format_count (c->comments, limit);
      g_autofree char *ideas = rs_district_format_count (c->ideas, limit);
      g_autofree char *responses = rs_district_format_count (c->responses, limit);
      g_autofree char *recs = rs_district_format_count (c->recommendations, limit);
      g_autofree char *sessions = rs_district_format_count (c->sessions, limit);
      g_autofree char *people = rs_district_format_count (c->participants, limit);
      g_autofree char *share = rs_district_format_share (c->participant_share, c->participants, limit);

      g_print ("%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s (%s)\n", c->district, pop, comments, ideas, responses,
               recs, sessions, people, share);
    }
  return RS_CLI_OK;
}

static int
cmd_districts_tag (int    argc,
                   char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsDatabase) db = NULL;
  RsDistrictRecord kind;
  gint64 id, person = 0;
  int rc = rs_cli_open_command ("districts tag", _("Set the district of an idea, comment, hearing "
                                                   "response, recommendation, meeting or attendance"),
                                NULL, 0, tag_entries, &opt_db, &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  if (!rs_district_record_from_string (opt_record, &kind))
    return rs_cli_usage_error ("districts tag", _("Give --record idea, comment, response, "
                                                  "recommendation, session or attendance."));
  if ((rc = rs_cli_need_id ("districts tag", "id", opt_id, &id)) >= 0)
    return rc;
  if (kind == RS_DISTRICT_RECORD_ATTENDANCE &&
      (rc = rs_cli_need_id ("districts tag", "person", opt_person, &person)) >= 0)
    return rc;
  if (!rs_district_record_set (db, kind, id, person, opt_district, &error))
    return rs_cli_fail (error);
  return RS_CLI_OK;
}

const RsCliCommand rs_cli_comments_commands[] = {
  { "comments import", N_("Import digital comments (web form CSV, e-mail .eml)"), cmd_comments_import },
  { "comments list", N_("List the digital comments of a process"), cmd_comments_list },
  { "comments add", N_("Add a digital comment, e.g. a meeting’s post-it"), cmd_comments_add },
  { "comments edit", N_("Change a digital comment"), cmd_comments_edit },
  { "comments delete", N_("Delete a digital comment, or restore it"), cmd_comments_delete },
  { "comments link", N_("Link a comment to a recommendation or an idea"), cmd_comments_link },
  { "comments export", N_("Write the comments as CSV, with pseudonyms"), cmd_comments_export },
  { "districts summary", N_("What came from and concerns each district"), cmd_districts_summary },
  { "districts tag", N_("Set the district of a record"), cmd_districts_tag },
  { NULL, NULL, NULL }
};
