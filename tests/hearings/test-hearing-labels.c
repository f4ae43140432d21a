/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include "rs-catalog.h"
#include "rs-consulted-party.h"
#include "rs-hearing-response.h"

/* Stored nicks ("user-board", "email") are never shown as they are: the
 * interface and the reports show labels, in the report's language. */
static void
test_labels (void)
{
  static const char *const kinds[] = { "union", "user-board", "association", "business",
                                       "local-council", "internal" };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    g_assert_cmpstr (rs_party_kind_get_label (kinds[i]), !=, kinds[i]);
  /* A kind typed into an imported file is shown as it was written. */
  g_assert_cmpstr (rs_party_kind_get_label ("Borgergruppe"), ==, "Borgergruppe");
  g_assert_cmpstr (rs_hearing_channel_get_label ("Fax"), ==, "Fax");

  {
    g_autoptr(RsReportScope) scope = rs_report_scope_begin ("en");

    g_assert_cmpstr (rs_party_kind_get_label ("user-board"), ==, "User board");
    g_assert_cmpstr (rs_party_kind_get_label ("union"), ==, "Trade union");
    g_assert_cmpstr (rs_hearing_channel_get_label ("email"), ==, "E-mail");
  }
  {
    g_autoptr(RsReportScope) scope = rs_report_scope_begin ("da");

    g_assert_cmpstr (rs_party_kind_get_label ("user-board"), ==, "Brugerråd eller -bestyrelse");
    g_assert_cmpstr (rs_party_kind_get_label ("union"), ==, "Fagforening");
    g_assert_cmpstr (rs_hearing_channel_get_label ("letter"), ==, "Brev");
    {
      /* Scopes nest: the inner language wins until it ends. */
      g_autoptr(RsReportScope) inner = rs_report_scope_begin ("en");
      g_assert_cmpstr (rs_hearing_channel_get_label ("letter"), ==, "Letter");
    }
    g_assert_cmpstr (rs_hearing_channel_get_label ("letter"), ==, "Brev");
  }
  g_assert_null (rs_catalog_get_thread_default ());
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/hearings/labels", test_labels);
  return g_test_run ();
}
