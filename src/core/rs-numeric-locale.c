/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-numeric-locale"

#include "config.h"

#include <locale.h>
#include <string.h>

#include "rs-numeric-locale.h"

struct _RsNumericLocale
{
  locale_t previous;
  locale_t numeric;   /* (locale_t) 0 if it could not be made */
};

RsNumericLocale *
rs_numeric_locale_begin (void)
{
  RsNumericLocale *scope = g_new0 (RsNumericLocale, 1);
  locale_t base = duplocale (uselocale ((locale_t) 0));

  /* A copy of the thread's locale with only the number format replaced;
   * newlocale() consumes @base, also on success. */
  if (base != (locale_t) 0)
    {
      scope->numeric = newlocale (LC_NUMERIC_MASK, "C", base);
      if (scope->numeric == (locale_t) 0)
        freelocale (base);
    }
  if (scope->numeric != (locale_t) 0)
    scope->previous = uselocale (scope->numeric);
  return scope;
}

void
rs_numeric_locale_end (RsNumericLocale *scope)
{
  if (scope == NULL)
    return;
  if (scope->numeric != (locale_t) 0)
    {
      uselocale (scope->previous);
      freelocale (scope->numeric);
    }
  g_free (scope);
}

char *
rs_format_decimal (const char *language,
                   double      value,
                   int         digits)
{
  char format[16];
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  gboolean comma = language != NULL && g_ascii_strncasecmp (language, "da", 2) == 0
                   && strchr ("_-.@", language[2]) != NULL;

  g_snprintf (format, sizeof format, "%%.%df", CLAMP (digits, 0, 9));
  g_ascii_formatd (buf, sizeof buf, format, value);
  if (comma)
    for (char *p = buf; *p; p++)
      if (*p == '.')
        *p = ',';
  return g_strdup (buf);
}
