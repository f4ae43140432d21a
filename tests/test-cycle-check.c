/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include "rs-cycle-check.h"
#include "rs-phase.h"

/* A plan where every rule holds: hearing 11–30 Sep between readings on
 * 10 Sep and 8 Oct, recommendations due 7 Sep. */
static GListStore *
good_plan (void)
{
  static const char *dates[RS_N_PHASES][2] = {
    { "2025-11-20", "2025-11-20" }, { "2026-01-12", "2026-02-27" },
    { "2026-03-02", "2026-09-05" }, { "2026-09-07", "2026-09-07" },
    { "2026-09-10", "2026-09-10" }, { "2026-09-11", "2026-09-30" },
    { "2026-10-08", "2026-10-08" }, { "2026-11-02", "2026-11-30" },
    { "2026-12-01", "2026-12-18" },
  };
  GListStore *store = g_list_store_new (RS_TYPE_PHASE);

  for (int k = 0; k < RS_N_PHASES; k++)
    {
      g_autoptr(RsPhase) p = rs_phase_new (k + 1, 1, k, dates[k][0], dates[k][1]);
      g_list_store_append (store, p);
    }
  return store;
}

static RsPhase *
phase (GListStore *store,
       RsPhaseKind kind)
{
  RsPhase *p = g_list_model_get_item (G_LIST_MODEL (store), kind);
  g_object_unref (p);
  return p;
}

static gboolean
has_warning (GPtrArray          *warnings,
             RsCycleWarningKind  kind)
{
  for (guint i = 0; i < warnings->len; i++)
    if (((RsCycleWarning *) g_ptr_array_index (warnings, i))->kind == kind)
      return TRUE;
  return FALSE;
}

static void
test_good_plan (void)
{
  g_autoptr(GListStore) plan = good_plan ();
  g_autoptr(GPtrArray) warnings = rs_cycle_check (G_LIST_MODEL (plan), 14);

  g_assert_cmpuint (warnings->len, ==, 0);
}

static void
test_short_hearing (void)
{
  g_autoptr(GListStore) plan = good_plan ();
  g_autoptr(GPtrArray) warnings = NULL;

  /* 11–20 September is 10 days. */
  rs_phase_set_ends_on (phase (plan, RS_PHASE_HEARING), "2026-09-20");
  warnings = rs_cycle_check (G_LIST_MODEL (plan), 14);
  g_assert_true (has_warning (warnings, RS_CYCLE_WARNING_HEARING_TOO_SHORT));
  g_assert_cmpuint (warnings->len, ==, 1);
  g_assert_nonnull (strstr (((RsCycleWarning *) warnings->pdata[0])->message, "10"));

  /* Exactly the minimum is fine: 11–24 September is 14 days. */
  g_clear_pointer (&warnings, g_ptr_array_unref);
  rs_phase_set_ends_on (phase (plan, RS_PHASE_HEARING), "2026-09-24");
  warnings = rs_cycle_check (G_LIST_MODEL (plan), 14);
  g_assert_false (has_warning (warnings, RS_CYCLE_WARNING_HEARING_TOO_SHORT));

  /* A configurable minimum. */
  g_clear_pointer (&warnings, g_ptr_array_unref);
  warnings = rs_cycle_check (G_LIST_MODEL (plan), 21);
  g_assert_true (has_warning (warnings, RS_CYCLE_WARNING_HEARING_TOO_SHORT));
}

static void
test_hearing_outside_readings (void)
{
  g_autoptr(GListStore) plan = good_plan ();
  g_autoptr(GPtrArray) warnings = NULL;

  /* The hearing runs past the second reading. */
  rs_phase_set_ends_on (phase (plan, RS_PHASE_HEARING), "2026-10-15");
  warnings = rs_cycle_check (G_LIST_MODEL (plan), 14);
  g_assert_true (has_warning (warnings, RS_CYCLE_WARNING_HEARING_OUTSIDE_READINGS));

  /* The hearing starts before the first reading. */
  g_clear_pointer (&warnings, g_ptr_array_unref);
  rs_phase_set_ends_on (phase (plan, RS_PHASE_HEARING), "2026-09-30");
  rs_phase_set_starts_on (phase (plan, RS_PHASE_HEARING), "2026-09-01");
  warnings = rs_cycle_check (G_LIST_MODEL (plan), 14);
  g_assert_true (has_warning (warnings, RS_CYCLE_WARNING_HEARING_OUTSIDE_READINGS));
}

static void
test_recommendations_late (void)
{
  g_autoptr(GListStore) plan = good_plan ();
  g_autoptr(GPtrArray) warnings = NULL;

  rs_phase_set_starts_on (phase (plan, RS_PHASE_RECOMMENDATIONS), "2026-09-15");
  rs_phase_set_ends_on (phase (plan, RS_PHASE_RECOMMENDATIONS), "2026-09-15");
  warnings = rs_cycle_check (G_LIST_MODEL (plan), 14);
  g_assert_true (has_warning (warnings, RS_CYCLE_WARNING_RECOMMENDATIONS_LATE));
}

static void
test_missing_and_reversed (void)
{
  g_autoptr(GListStore) plan = good_plan ();
  g_autoptr(GPtrArray) warnings = NULL;

  rs_phase_set_starts_on (phase (plan, RS_PHASE_FIRST_READING), NULL);
  rs_phase_set_ends_on (phase (plan, RS_PHASE_FIRST_READING), NULL);
  rs_phase_set_starts_on (phase (plan, RS_PHASE_GOALS), "2026-03-01");
  rs_phase_set_ends_on (phase (plan, RS_PHASE_GOALS), "2026-02-01");
  warnings = rs_cycle_check (G_LIST_MODEL (plan), 14);
  g_assert_true (has_warning (warnings, RS_CYCLE_WARNING_MISSING_DATE));
  g_assert_true (has_warning (warnings, RS_CYCLE_WARNING_ENDS_BEFORE_START));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/cycle/good-plan", test_good_plan);
  g_test_add_func ("/cycle/short-hearing", test_short_hearing);
  g_test_add_func ("/cycle/hearing-outside-readings", test_hearing_outside_readings);
  g_test_add_func ("/cycle/recommendations-late", test_recommendations_late);
  g_test_add_func ("/cycle/missing-and-reversed", test_missing_and_reversed);
  return g_test_run ();
}
