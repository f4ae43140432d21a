/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>

#include "rs-pb-election.h"

G_BEGIN_DECLS

#define RS_PB_FILE_ERROR (rs_pb_file_error_quark ())

typedef enum
{
  RS_PB_FILE_ERROR_SYNTAX,      /* broken structure: sections, quotes, columns */
  RS_PB_FILE_ERROR_VALUE,       /* a value that cannot be read: cost, budget, id */
} RsPbFileError;

typedef enum
{
  RS_PB_VOTE_APPROVAL,
  RS_PB_VOTE_ORDINAL,
  RS_PB_VOTE_CUMULATIVE,
  RS_PB_VOTE_SCORING,
  RS_PB_VOTE_CHOOSE_1,
} RsPbVoteType;

/* A pabulib .pb file (pabulib.org; the format as equalshares.net's compute
 * tool documents it in pb_file_format.md): a META section of key;value
 * lines, a PROJECTS and a VOTES section, each with a header row, fields
 * separated by ';' and optionally quoted with '"'. Every row's fields are
 * kept, so a file read and written again keeps its extra columns. */
typedef struct
{
  GPtrArray    *meta;             /* char *: key, value, key, value, … in file order */
  GStrv         project_columns;
  GPtrArray    *projects;         /* GStrv per row */
  GStrv         vote_columns;
  GPtrArray    *votes;            /* GStrv per row */
  RsPbVoteType  vote_type;
  RsPbElection *election;         /* the projects and ballots as approvals */
  GPtrArray    *warnings;         /* char *: translated, "FILE:LINE: message" */
} RsPbFile;

GQuark        rs_pb_file_error_quark        (void);
const char   *rs_pb_vote_type_to_string     (RsPbVoteType   type);

RsPbFile     *rs_pb_file_parse              (const char    *text,
                                             gsize          length,
                                             const char    *display_name,
                                             GError       **error);
RsPbFile     *rs_pb_file_load               (GFile         *file,
                                             GCancellable  *cancellable,
                                             GError       **error);
void          rs_pb_file_free               (RsPbFile      *self);
const char   *rs_pb_file_get_meta           (const RsPbFile *self,
                                             const char    *key);
/* Sets @key (adding it at the end when missing). */
void          rs_pb_file_set_meta           (RsPbFile      *self,
                                             const char    *key,
                                             const char    *value);
/* A file with the projects and approval ballots of @election (voter ids
 * 1…n unless @voter_ids gives them) and the META lines of @meta (pairs). */
RsPbFile     *rs_pb_file_new_from_election  (const RsPbElection *election,
                                             const char * const *meta,
                                             const char * const *voter_ids);
char         *rs_pb_file_to_string          (const RsPbFile *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsPbFile, rs_pb_file_free)

G_END_DECLS
