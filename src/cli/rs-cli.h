/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <json-glib/json-glib.h>

#include "rs-database.h"

G_BEGIN_DECLS

/* Exit codes: 0 success, 1 user error (message on stderr), 2 usage. */
enum {
  RS_CLI_OK = 0,
  RS_CLI_ERROR = 1,
  RS_CLI_USAGE = 2,
};

typedef struct
{
  const char *name;      /* "processes", or two words: "panel create" */
  const char *summary;   /* translatable, marked with N_() */
  int       (*run)       (int argc, char **argv);
} RsCliCommand;

/* Each area keeps its own NULL-terminated command table. */
extern const RsCliCommand rs_cli_process_commands[];
extern const RsCliCommand rs_cli_panels_commands[];
extern const RsCliCommand rs_cli_selection_commands[];
extern const RsCliCommand rs_cli_hearings_commands[];
extern const RsCliCommand rs_cli_hearing_analysis_commands[];
extern const RsCliCommand rs_cli_sessions_commands[];
extern const RsCliCommand rs_cli_council_commands[];
extern const RsCliCommand rs_cli_pb_commands[];
extern const RsCliCommand rs_cli_privacy_commands[];
extern const RsCliCommand rs_cli_involvement_commands[];
extern const RsCliCommand rs_cli_audit_commands[];
extern const RsCliCommand rs_cli_db_copy_commands[];
extern const RsCliCommand rs_cli_comments_commands[];
extern const RsCliCommand rs_cli_db_commands[];
extern const RsCliCommand rs_cli_open_meetings_commands[];

/* Parses options; returns -1 to go on, or the exit code to return. */
int         rs_cli_parse_options   (GOptionContext *context,
                                    int            *argc,
                                    char         ***argv);
/* The common start of a command: parses @entries (usage line naming
 * @parameter, NULL when the command takes no positional arguments), checks
 * that exactly @n_positional arguments remain (-1: any number) and that the
 * --db option (whose variable is *@db_path) was given. Returns -1 to go on,
 * or the exit code. */
int         rs_cli_parse_command   (const char          *name,
                                    const char          *summary,
                                    const char          *parameter,
                                    int                  n_positional,
                                    const GOptionEntry  *entries,
                                    char               **db_path,
                                    int                 *argc,
                                    char              ***argv);
/* rs_cli_parse_command() and then opens the database. */
int         rs_cli_open_command    (const char          *name,
                                    const char          *summary,
                                    const char          *parameter,
                                    int                  n_positional,
                                    const GOptionEntry  *entries,
                                    char               **db_path,
                                    int                 *argc,
                                    char              ***argv,
                                    RsDatabase         **db_out);
/* Opens the database; a missing or empty file is an error unless
 * rs_cli_allow_create() was called (by init and sample). */
RsDatabase *rs_cli_open_database   (const char     *path,
                                    GError        **error);
void        rs_cli_allow_create    (void);
int         rs_cli_fail            (const GError   *error);
int         rs_cli_usage_error     (const char     *command,
                                    const char     *message);
void        rs_cli_print_json      (JsonNode       *node);
gboolean    rs_cli_parse_id        (const char     *text,
                                    gint64         *out);
/* Reads the id given with --@option of @command. Returns -1 to go on, or
 * the usage exit code after "Give a numeric id with --OPTION.". */
int         rs_cli_need_id         (const char     *command,
                                    const char     *option,
                                    const char     *text,
                                    gint64         *out);
/* Checks a --language value: NULL (the user's language), "da" or "en".
 * Returns -1 to go on, or the usage exit code after a message. */
int         rs_cli_check_language  (const char     *command,
                                    const char     *language);

/* The --language option of every export command. */
extern const char rs_cli_language_description[];
extern const char rs_cli_language_argument[];
#define RS_CLI_LANGUAGE_ENTRY(variable) \
  { "language", 0, 0, G_OPTION_ARG_STRING, &(variable), \
    rs_cli_language_description, rs_cli_language_argument }

G_END_DECLS
