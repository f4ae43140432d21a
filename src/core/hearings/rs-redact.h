/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <glib.h>

#include "rs-hearing-response.h"

G_BEGIN_DECLS

/* Whether a response's sender and personal details are hidden: private
 * senders are, unless the export shows private names; a per-response
 * override ("show" / "redact") wins over both. */
gboolean  rs_redact_applies      (RsHearingResponse *response,
                                  gboolean           show_private_names);
/* @text with CPR numbers ("010190-1234", "0101901234": a plausible birth
 * date and four digits) replaced by "[CPR number]". Every export does this,
 * whoever the sender. */
char     *rs_redact_cpr          (const char        *text);
/* @text with CPR numbers, the sender's name, their address, street addresses, e-mail
 * addresses and phone numbers replaced by placeholders ("[name]", ...). */
char     *rs_redact_text         (const char        *text,
                                  const char        *sender,
                                  const char        *sender_address);
/* The response's text, redacted when rs_redact_applies(). */
char     *rs_redact_response_text (RsHearingResponse *response,
                                   gboolean           show_private_names);
/* The sender to print: the name, or "Private citizen N" when redacted. */
char     *rs_redact_sender       (RsHearingResponse *response,
                                  gboolean           show_private_names,
                                  int                pseudonym);

G_END_DECLS
