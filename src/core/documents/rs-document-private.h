/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include "rs-document.h"

G_BEGIN_DECLS

/* The blocks of an RsDocument, shared by the writers. Every string in a
 * block is valid UTF-8 without control characters other than '\n' and
 * '\t' (the model cleans its input), so writers only need to escape. */

typedef enum
{
  RS_BLOCK_HEADING,
  RS_BLOCK_PARAGRAPH,
  RS_BLOCK_QUOTE,
  RS_BLOCK_LIST,
  RS_BLOCK_FIELD,
  RS_BLOCK_TABLE,
  RS_BLOCK_IMAGE,
  RS_BLOCK_PAGE_BREAK,
} RsBlockKind;

typedef struct
{
  RsBlockKind  kind;
  int          level;      /* heading: 1..3 */
  int          anchor;     /* heading: 1, 2, 3... in document order */
  gboolean     numbered;   /* list */
  char        *text;       /* heading, paragraph, quote, field value, image alt text */
  char        *key;        /* field */
  GStrv        items;      /* list items; table header cells */
  GPtrArray   *rows;       /* table: GStrv of n_columns cells each */
  guint        n_columns;  /* table */
  GBytes      *png;        /* image */
} RsBlock;

/* Strings that follow the document's language, not the UI locale. */
typedef enum
{
  RS_DOCUMENT_STRING_CONTENTS,
  RS_DOCUMENT_STRING_PAGE_X_OF_Y,   /* two %d */
  RS_DOCUMENT_STRING_PAGE,          /* the word before a page number field */
  RS_DOCUMENT_STRING_OF,            /* the word between page and page count */
  RS_DOCUMENT_STRING_IMAGE,         /* fallback alt text */
} RsDocumentString;

GPtrArray  *_rs_document_get_blocks    (RsDocument        *self);
const char *_rs_document_string        (RsDocument        *self,
                                        RsDocumentString   id);
/* "Page 3 of 9" / "Side 3 af 9" in the document's language. */
char       *_rs_document_page_label    (RsDocument        *self,
                                        int                page,
                                        int                n_pages);
/* A BCP 47-ish language tag safe to put into an attribute ("und" if unset
 * or malformed). */
const char *_rs_document_language_tag  (RsDocument        *self);

/* Writers: each writes the whole document to @out and checks @cancellable
 * between blocks or pages. */
gboolean    _rs_document_write_pdf     (RsDocument        *self,
                                        GOutputStream     *out,
                                        GCancellable      *cancellable,
                                        GError           **error);
gboolean    _rs_document_write_odt     (RsDocument        *self,
                                        GOutputStream     *out,
                                        GCancellable      *cancellable,
                                        GError           **error);
gboolean    _rs_document_write_html    (RsDocument        *self,
                                        GOutputStream     *out,
                                        GCancellable      *cancellable,
                                        GError           **error);

/* Escapes &, <, >, " and ' for XML and HTML text and attributes. */
void        _rs_document_append_escaped (GString          *out,
                                         const char       *text);
/* The pixel size of a PNG from its IHDR chunk; FALSE if it is not a PNG. */
gboolean    _rs_document_png_size      (GBytes            *png,
                                        guint             *width,
                                        guint             *height);

G_END_DECLS
