/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>

#include "rs-hearing-response.h"

G_BEGIN_DECLS

/* Shared by the response importers (rs-hearing-import*.c). */

/* @data as UTF-8: in @charset when it is given and converts cleanly, else
 * UTF-8 when valid, else Windows-1252 with U+FFFD for bytes it leaves
 * undefined (*@replaced is then TRUE). Never NULL. Search markers
 * (\x02, \x03) become spaces. */
char *rs_import_decode_text     (const char *data,
                                 gsize       length,
                                 const char *charset,
                                 gboolean   *replaced);
/* The text of an HTML body: tags dropped, block ends as line breaks,
 * entities decoded, style and script left out. */
char *rs_import_html_to_text    (const char *html);
/* The text of an OpenDocument text file (its content.xml), or NULL. */
char *rs_import_odt_text        (GBytes     *bytes);
/* The text of a Word (.docx) document, or NULL. */
char *rs_import_docx_text       (GBytes     *bytes);
/* The text of a PDF, its creation date (YYYY-MM-DD or NULL) and author;
 * NULL with @error when it cannot be read. Empty when it has no text. */
char *rs_import_pdf_text        (GBytes     *bytes,
                                 char      **created,
                                 char      **author,
                                 GError    **error);
/* A reply's own text: the quoted thread below "On … wrote:", "Den … skrev:",
 * "-----Original Message-----", an Outlook "From:/Fra:" block or "> "
 * lines is cut off; PGP clear-sign armour is removed. */
char *rs_import_strip_quoted    (const char *text);
/* TRUE when @line holds nothing but ASCII white space. */
gboolean rs_import_is_blank     (const char *line);
/* Whitespace runs as one space, trimmed: the text compared for duplicates. */
char *rs_import_content_hash    (const char *sender,
                                 const char *text);

/* rs-hearing-import-mail.c: an e-mail as a response; never NULL unless
 * the message cannot be parsed at all. */
RsHearingResponse *rs_import_read_email (const char *display,
                                         GBytes     *bytes,
                                         const char *fallback_date,
                                         GError    **error);

/* rs-hearing-import-msg.c: an Outlook .msg file (a Compound File). */
gboolean           rs_import_is_msg     (const char *data,
                                         gsize       length);
RsHearingResponse *rs_import_read_msg   (const char *display,
                                         GBytes     *bytes,
                                         const char *fallback_date,
                                         GError    **error);

G_END_DECLS
