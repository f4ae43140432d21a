/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/*
 * RsDocument: a small, format-neutral document model for every report
 * Rådslag writes (white book, council package, lab summary, protocol,
 * "you said, we did"). Content is plain text only, never markup: each
 * writer escapes it, so nothing from a response or a name can break the
 * output. Writers: PDF (cairo + Pango, page numbers, table of contents),
 * ODT (OpenDocument, zip + XML) and HTML (one self-contained file).
 */

#define RS_DOCUMENT_ERROR (rs_document_error_quark ())

typedef enum
{
  RS_DOCUMENT_ERROR_WRITE,
  RS_DOCUMENT_ERROR_FORMAT,
} RsDocumentError;

typedef enum
{
  RS_DOCUMENT_FORMAT_PDF,
  RS_DOCUMENT_FORMAT_ODT,
  RS_DOCUMENT_FORMAT_HTML,
} RsDocumentFormat;

#define RS_TYPE_DOCUMENT (rs_document_get_type ())
G_DECLARE_FINAL_TYPE (RsDocument, rs_document, RS, DOCUMENT, GObject)

GQuark      rs_document_error_quark     (void);

/* @language is a tag like "da" or "en" (NULL means "en"). The words the
 * writers add themselves ("Indhold", "Side 3 af 9") follow it, not the
 * UI locale: "da" and "da-DK" give Danish, anything else English. */
RsDocument *rs_document_new             (const char          *title,
                                         const char          *language);
void        rs_document_set_subtitle    (RsDocument          *self,
                                         const char          *subtitle);
/* Printed at the foot of every page / at the end (e.g. the source credit
 * "Kilde: Danmarks Statistik, FOLK1A"). */
void        rs_document_set_footer      (RsDocument          *self,
                                         const char          *footer);
void        rs_document_set_show_toc    (RsDocument          *self,
                                         gboolean             show_toc);

/* level 1..3; level 1 and 2 headings go into the table of contents. */
void        rs_document_add_heading     (RsDocument          *self,
                                         int                  level,
                                         const char          *text);
void        rs_document_add_paragraph   (RsDocument          *self,
                                         const char          *text);
/* A quoted passage, e.g. a point from a hearing response. */
void        rs_document_add_quote       (RsDocument          *self,
                                         const char          *text);
void        rs_document_add_list        (RsDocument          *self,
                                         const char * const  *items,
                                         gboolean             numbered);
/* "Key: value" lines, e.g. "Received: 2026-09-28". */
void        rs_document_add_field       (RsDocument          *self,
                                         const char          *key,
                                         const char          *value);
/* A table: begin with the header cells, add rows of n_columns cells. */
void        rs_document_begin_table     (RsDocument          *self,
                                         const char * const  *header);
void        rs_document_add_row         (RsDocument          *self,
                                         const char * const  *cells);
void        rs_document_end_table       (RsDocument          *self);
/* A PNG image (e.g. a chart) with its text alternative. */
void        rs_document_add_image       (RsDocument          *self,
                                         GBytes              *png,
                                         const char          *alt_text);
void        rs_document_add_page_break  (RsDocument          *self);

/* Writes the whole document to @path: into a temporary file in the same
 * folder that is renamed over @path only when complete, so a failure or
 * cancellation (G_IO_ERROR_CANCELLED, checked between blocks and pages)
 * leaves no file and an existing one untouched. Other errors are
 * RS_DOCUMENT_ERROR_WRITE with a translated message naming the file. */
gboolean    rs_document_write           (RsDocument          *self,
                                         RsDocumentFormat     format,
                                         const char          *path,
                                         GCancellable        *cancellable,
                                         GError             **error);
/* The same in a worker thread, for the GUI. The document must not be
 * changed until the callback runs. */
void        rs_document_write_async     (RsDocument          *self,
                                         RsDocumentFormat     format,
                                         const char          *path,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data);
gboolean    rs_document_write_finish    (RsDocument          *self,
                                         GAsyncResult        *result,
                                         GError             **error);
/* The format from a name: "pdf", "odt", "html" (case-insensitive). */
gboolean    rs_document_format_from_string (const char       *name,
                                            RsDocumentFormat *format);

/* Accessors (added for writers and callers; the model is otherwise
 * write-only). */
const char *rs_document_get_title       (RsDocument          *self);
const char *rs_document_get_subtitle    (RsDocument          *self);
const char *rs_document_get_language    (RsDocument          *self);
const char *rs_document_get_footer      (RsDocument          *self);
gboolean    rs_document_get_show_toc    (RsDocument          *self);
/* The usual file name extension of a format, without the dot. */
const char *rs_document_format_get_extension (RsDocumentFormat format);

G_END_DECLS
