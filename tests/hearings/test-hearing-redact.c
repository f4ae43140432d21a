/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include "rs-redact.h"

static const char letter[] =
  "Kære byråd\n\nJeg bor på Bøgevej 12, 2. th., 9990 Havbjerg og kan kontaktes på "
  "telefon 21 43 65 87, +45 33445566 eller mette.hansen@example.org.\n"
  "Budgettet er på 2,1 mio. kr. og sag 26.00.00-S00-1-26 nævner 2027.\n\nHilsen Mette Hansen\nMette";

static void
test_text (void)
{
  g_autofree char *out = rs_redact_text (letter, "Mette Hansen", "Bøgevej 12, 9990 Havbjerg");

  g_assert_null (strstr (out, "Mette"));
  g_assert_null (strstr (out, "Hansen"));
  g_assert_null (strstr (out, "Bøgevej"));
  g_assert_null (strstr (out, "21 43 65 87"));
  g_assert_null (strstr (out, "33445566"));
  g_assert_null (strstr (out, "@example.org"));
  g_assert_nonnull (strstr (out, "[name]"));
  g_assert_nonnull (strstr (out, "[address]"));
  g_assert_nonnull (strstr (out, "[phone]"));
  g_assert_nonnull (strstr (out, "[e-mail]"));
  /* Amounts, case numbers and years are not personal data. */
  g_assert_nonnull (strstr (out, "2,1 mio. kr."));
  g_assert_nonnull (strstr (out, "26.00.00-S00-1-26"));
  g_assert_nonnull (strstr (out, "2027"));
  g_assert_nonnull (strstr (out, "Kære byråd"));
}

static void
test_applies (void)
{
  g_autoptr(RsHearingResponse) r = rs_hearing_response_new ();
  g_autofree char *pseudonym = NULL;
  g_autofree char *named = NULL;
  g_autofree char *text = NULL;

  rs_hearing_response_set_sender (r, "Mette Hansen");
  rs_hearing_response_set_text (r, letter);
  rs_hearing_response_set_party_type (r, "private");
  g_assert_true (rs_redact_applies (r, FALSE));
  g_assert_false (rs_redact_applies (r, TRUE));
  pseudonym = rs_redact_sender (r, FALSE, 3);
  g_assert_cmpstr (pseudonym, ==, "Private citizen 3");
  text = rs_redact_response_text (r, FALSE);
  g_assert_null (strstr (text, "Hansen"));

  /* Per-response overrides win over the export's choice. */
  rs_hearing_response_set_redaction_override (r, "show");
  g_assert_false (rs_redact_applies (r, FALSE));
  named = rs_redact_sender (r, FALSE, 3);
  g_assert_cmpstr (named, ==, "Mette Hansen");
  rs_hearing_response_set_redaction_override (r, "redact");
  g_assert_true (rs_redact_applies (r, TRUE));

  /* Organisations are named. */
  rs_hearing_response_set_redaction_override (r, NULL);
  rs_hearing_response_set_party_type (r, "organisation");
  g_assert_false (rs_redact_applies (r, FALSE));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/hearings/redact/text", test_text);
  g_test_add_func ("/hearings/redact/applies", test_applies);
  return g_test_run ();
}
