/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>

#include "rs-database.h"

G_BEGIN_DECLS

/* One identity for a person wherever a person is typed in or read from a
 * file: the pseudonym ("P-0042", any case, "P42" too), its number ("42",
 * "0042") or the id in the source register (the registration form's id,
 * person.external_id). Internal database ids are never accepted. */

#define RS_PERSON_REF_ERROR (rs_person_ref_error_quark ())

typedef enum
{
  RS_PERSON_REF_ERROR_EMPTY,
  RS_PERSON_REF_ERROR_NOT_FOUND,
  RS_PERSON_REF_ERROR_AMBIGUOUS,
  RS_PERSON_REF_ERROR_NOT_REGISTERED,
} RsPersonRefError;

typedef enum
{
  RS_PERSON_REF_ANY,        /* pseudonym, its number or source id */
  RS_PERSON_REF_PSEUDONYM,  /* pseudonym or its number only */
  RS_PERSON_REF_SOURCE_ID,  /* source id only */
} RsPersonRefKind;

typedef struct
{
  gint64           person_id;
  gint64           panel_id;
  char            *pseudonym;
  RsPersonRefKind  matched;   /* RS_PERSON_REF_PSEUDONYM or RS_PERSON_REF_SOURCE_ID */
} RsPersonRef;

GQuark        rs_person_ref_error_quark   (void);
void          rs_person_ref_free          (RsPersonRef *ref);

/* Which kind a CSV column header names: "pseudonym"/"pseudonym_nr" →
 * pseudonym; "source_id", "external_id", "kilde_id", "løbenr" → source id;
 * "id", "person", "person_id", "deltager" → any. Returns FALSE when the
 * header names none of them (the row is data, not a header). */
gboolean      rs_person_ref_kind_from_header (const char      *header,
                                              RsPersonRefKind *kind_out);

/* Resolves @text among the pool of @panel_id, or, when @panel_id is 0,
 * among the pools of every panel of @process_id (of every process when
 * that is 0 too: a person who asks to be erased names no process). Errors (in
 * RS_PERSON_REF_ERROR) say which kind of reference failed: "There is no
 * P-0042 in this pool.", "There is no person with source id X in this
 * pool.", or that a bare number names two different people. */
RsPersonRef  *rs_person_ref_resolve       (RsDatabase      *db,
                                           gint64           process_id,
                                           gint64           panel_id,
                                           const char      *text,
                                           RsPersonRefKind  kind,
                                           GError         **error);
/* The same within what a session belongs to: the pool of its panel, or
 * the pools of its process's panels for a lab or open meeting. When
 * several people match, the one registered for the session is meant. */
RsPersonRef  *rs_person_ref_resolve_for_session (RsDatabase      *db,
                                                 gint64           session_id,
                                                 const char      *text,
                                                 RsPersonRefKind  kind,
                                                 GError         **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsPersonRef, rs_person_ref_free)

G_END_DECLS
