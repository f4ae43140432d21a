/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-redact"

#include "config.h"

#include <string.h>

#include "rs-report-i18n.h"

#include "rs-redact.h"

/* Danish street-name endings, followed by a house number, an optional
 * floor/side and an optional postcode and town. */
#define STREET_RE                                                                    \
  "\\b\\p{Lu}[\\p{L}\\-]*(?:vej|vejen|gade|gaden|allé|alle|stræde|strædet|plads|pladsen|" \
  "vænge|vænget|parken|park|torv|torvet|boulevard|bakke|bakken|brynet|toften|sti|stien|"  \
  "have|haven|høj|højen|engen|kvarter|kvarteret|løkke|løkken)"                            \
  "\\s+\\d+\\s?[A-Za-z]?\\b(?:,?\\s*\\d+\\.?\\s*(?:th|tv|mf|sal)\\.?)?"                   \
  "(?:,?\\s*\\d{4}\\s+\\p{Lu}\\p{L}+)?"
#define EMAIL_RE "[\\w.+\\-]+@[\\w\\-]+(?:\\.[\\w\\-]+)+"
#define PHONE_RE "(?<![\\d.,])(?:\\+45[\\s\\-]?)?(?:\\d{2}[\\s\\-]?){3}\\d{2}(?!\\d|[.,]\\d)"

gboolean
rs_redact_applies (RsHearingResponse *response,
                   gboolean           show_private_names)
{
  const char *override = rs_hearing_response_get_redaction_override (response);

  if (g_strcmp0 (override, "redact") == 0)
    return TRUE;
  if (g_strcmp0 (override, "show") == 0)
    return FALSE;
  return rs_hearing_response_is_private (response) && !show_private_names;
}

static char *
replace (const char *text,
         const char *pattern,
         const char *placeholder,
         GRegexCompileFlags flags)
{
  g_autoptr(GRegex) regex = g_regex_new (pattern, G_REGEX_OPTIMIZE | flags, 0, NULL);

  g_return_val_if_fail (regex != NULL, g_strdup (text));
  return g_regex_replace_literal (regex, text, -1, 0, placeholder, 0, NULL);
}

static char *
replace_literal_word (const char *text,
                      const char *word,
                      const char *placeholder)
{
  g_autofree char *escaped = g_regex_escape_string (word, -1);
  g_autofree char *pattern = g_strdup_printf ("(?<!\\w)%s(?!\\w)", escaped);

  return replace (text, pattern, placeholder, G_REGEX_CASELESS);
}

char *
rs_redact_text (const char *text,
                const char *sender,
                const char *sender_address)
{
  g_autofree char *out = g_strdup (text ? text : "");
  const char *name_ph = _("[name]");
  const char *address_ph = _("[address]");

  if (sender_address != NULL && *sender_address != '\0')
    {
      g_autofree char *next = replace_literal_word (out, sender_address, address_ph);
      g_free (out);
      out = g_steal_pointer (&next);
    }
  {
    g_autofree char *next = replace (out, EMAIL_RE, _("[e-mail]"), 0);
    g_free (out);
    out = g_steal_pointer (&next);
  }
  {
    g_autofree char *next = replace (out, STREET_RE, address_ph, 0);
    g_free (out);
    out = g_steal_pointer (&next);
  }
  {
    g_autofree char *next = replace (out, PHONE_RE, _("[phone]"), 0);
    g_free (out);
    out = g_steal_pointer (&next);
  }
  if (sender != NULL && *sender != '\0')
    {
      g_auto(GStrv) parts = g_regex_split_simple ("[\\s,]+", sender, 0, 0);
      g_autofree char *next = replace_literal_word (out, sender, name_ph);

      g_free (out);
      out = g_steal_pointer (&next);
      /* Each part of the name on its own, e.g. a signature with the first name only. */
      for (guint i = 0; parts[i] != NULL; i++)
        if (g_utf8_strlen (parts[i], -1) >= 2 && !strchr (parts[i], '@'))
          {
            next = replace_literal_word (out, parts[i], name_ph);
            g_free (out);
            out = g_steal_pointer (&next);
          }
    }
  return g_steal_pointer (&out);
}

char *
rs_redact_response_text (RsHearingResponse *response,
                         gboolean           show_private_names)
{
  if (!rs_redact_applies (response, show_private_names))
    return g_strdup (rs_hearing_response_get_text (response));
  return rs_redact_text (rs_hearing_response_get_text (response),
                         rs_hearing_response_get_sender (response),
                         rs_hearing_response_get_sender_address (response));
}

char *
rs_redact_sender (RsHearingResponse *response,
                  gboolean           show_private_names,
                  int                pseudonym)
{
  const char *sender = rs_hearing_response_get_sender (response);

  if (rs_redact_applies (response, show_private_names))
    return g_strdup_printf (_("Private citizen %d"), pseudonym);
  if (sender == NULL || *sender == '\0')
    return g_strdup (_("Unknown sender"));
  return g_strdup (sender);
}
