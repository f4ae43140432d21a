/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include "rs-attendance.h"
#include "rs-checklist.h"
#include "rs-evaluation-details.h"
#include "rs-idea-store.h"
#include "rs-lab-details.h"
#include "rs-lab-list.h"
#include "rs-process-store.h"
#include "rs-session-details.h"
#include "rs-session-list.h"
#include "rs-session-plan.h"
#include "rs-session-store.h"
#include "rs-test-utils.h"

/* The stores of the sessions area: an entity changed through one store
 * handle (a synchronous call, as the CLI or another page makes it) reaches
 * the live lists that show it with no reload call; the typed operations the
 * GUI calls run on the database thread and hand back GObjects. */

typedef gboolean (*Condition) (gpointer data);

static gboolean
give_up (gpointer data)
{
  g_error ("%s did not become current", (const char *) data);
  return G_SOURCE_REMOVE;
}

static void
wait_until (Condition   cond,
            gpointer    data,
            const char *what)
{
  guint guard = g_timeout_add_seconds (20, give_up, (gpointer) what);

  while (!cond (data))
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (guard);
}

static void
async_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static GAsyncResult *
wait_result (GAsyncResult **slot)
{
  g_clear_object (slot);
  while (*slot == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *slot;
}

/* The database thread lets go of a job's task only after its callback ran:
 * iterate until the test holds the last reference. */
static void
wait_for_last_reference (RsDatabase *db)
{
  while (G_OBJECT (db)->ref_count > 1)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (1000);
    }
}

/* ---- labs ---- */

typedef struct
{
  RsLabList  *list;
  guint       n;
  const char *title;
  int         n_ideas;
  guint       met;
} LabExpect;

static gboolean
labs_are (gpointer data)
{
  LabExpect *e = data;
  g_autoptr(RsLab) lab = NULL;

  if (!rs_lab_list_get_loaded (e->list) || g_list_model_get_n_items (G_LIST_MODEL (e->list)) != e->n)
    return FALSE;
  if (e->n == 0)
    return TRUE;
  lab = g_list_model_get_item (G_LIST_MODEL (e->list), 0);
  return g_strcmp0 (rs_lab_get_title (lab), e->title) == 0 && rs_lab_get_n_ideas (lab) == e->n_ideas
         && rs_lab_get_checklist_met (lab) == e->met;
}

static void
test_lab_store (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(RsDatabase) db = rs_test_open_temp_database (&dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(RsProcess) process = rs_process_store_create (db, "Budget 2037", 2037, NULL, NULL, &error);
  gint64 pid = rs_process_get_id (process);
  g_autoptr(RsLabList) list = NULL;
  g_autoptr(RsLab) lab = rs_lab_new ();
  g_autoptr(RsLabDetails) details = NULL;
  g_autoptr(GPtrArray) ideas = NULL;
  GAsyncResult *result = NULL;
  RsIdeaOrigin origin = { 0, };
  LabExpect e = { 0, };
  gint64 id;

  g_assert_no_error (error);
  list = rs_lab_list_new (db, pid);
  e.list = list;
  wait_until (labs_are, &e, "the empty lab list");

  /* Created through the store: the list shows it. */
  rs_lab_set_process_id (lab, pid);
  rs_lab_set_title (lab, "Lab om legepladser");
  rs_lab_set_funding_amount (lab, 50000);
  id = rs_lab_store_insert (db, lab, &error);
  g_assert_no_error (error);
  e.n = 1;
  e.title = "Lab om legepladser";
  wait_until (labs_are, &e, "the new lab");

  /* Renamed, an idea and a met criterion: the list's item follows. */
  rs_lab_set_id (lab, id);
  rs_lab_set_title (lab, "Lab om legepladser og parker");
  g_assert_true (rs_lab_store_update (db, lab, &error));
  origin.process_id = pid;
  origin.lab_id = id;
  g_assert_cmpint (rs_idea_store_add (db, &origin, "Flere bænke", NULL, &error), >, 0);
  g_assert_true (rs_checklist_set (db, "lab", id, "clear-mandate", TRUE, "Byrådets beslutning", &error));
  g_assert_no_error (error);
  e.title = "Lab om legepladser og parker";
  e.n_ideas = 1;
  e.met = 1;
  wait_until (labs_are, &e, "the changed lab");

  /* The typed operations of the Labs page and the idea board. */
  rs_lab_details_check_async (db, id, "clear-mandate", FALSE, "", NULL, async_done_cb, &result);
  details = rs_lab_details_finish (db, wait_result (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rs_lab_get_checklist_met (details->lab), ==, 0);
  g_assert_cmpuint (rs_checklist_count_met (details->checklist, NULL), >, 0);
  e.met = 0;
  wait_until (labs_are, &e, "the unchecked criterion");

  origin.lab_id = id;
  rs_idea_store_add_async (db, &origin, "Vand i parken", "Natur", NULL, async_done_cb, &result);
  g_assert_true (rs_idea_store_change_finish (db, wait_result (&result), &error));
  g_assert_no_error (error);
  rs_idea_store_list_lab_async (db, id, NULL, async_done_cb, &result);
  ideas = rs_idea_store_list_lab_finish (db, wait_result (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ideas->len, ==, 2);
  g_assert_true (RS_IS_IDEA (g_ptr_array_index (ideas, 0)));
  e.n_ideas = 2;
  wait_until (labs_are, &e, "the second idea");

  /* Deleted through the typed operation: the list empties. */
  rs_lab_store_delete_async (db, id, NULL, async_done_cb, &result);
  g_assert_true (rs_lab_store_delete_finish (db, wait_result (&result), &error));
  g_assert_no_error (error);
  e.n = 0;
  wait_until (labs_are, &e, "the deleted lab");

  g_clear_object (&result);
  g_assert_finalize_object (g_steal_pointer (&list));
  g_clear_object (&process);
  wait_for_last_reference (db);
  g_clear_object (&db);
  rs_test_remove_dir (dir);
}

/* ---- meetings ---- */

typedef struct
{
  RsSessionList *list;
  gint64         id;
  const char    *title;
  int            attended;
  guint          n;
} SessionExpect;

static gboolean
session_is (gpointer data)
{
  SessionExpect *e = data;
  int position;
  g_autoptr(RsSession) session = NULL;

  if (!rs_session_list_get_loaded (e->list) || g_list_model_get_n_items (G_LIST_MODEL (e->list)) != e->n)
    return FALSE;
  if ((position = rs_session_list_find (e->list, e->id)) < 0)
    return e->title == NULL;
  session = g_list_model_get_item (G_LIST_MODEL (e->list), (guint) position);
  return g_strcmp0 (rs_session_get_title (session), e->title) == 0
         && rs_session_get_attended (session) == e->attended;
}

static void
test_session_list (void)
{
  g_autofree char *dir = NULL;
  gint64 pid = 0;
  g_autoptr(RsDatabase) db = rs_test_open_sample_database (&dir, &pid);
  g_autoptr(GError) error = NULL;
  g_autoptr(RsSessionList) list = rs_session_list_new (db, pid);
  g_autoptr(RsSession) session = NULL;
  g_autoptr(GPtrArray) regs = NULL;
  g_autoptr(RsSessionDetails) details = NULL;
  g_autoptr(GArray) ids = NULL;
  GAsyncResult *result = NULL;
  RsSessionPlan plan = { 0, };
  SessionExpect e = { list, 0, NULL, 0, 0 };
  gint64 person = 0;
  guint n;

  e.n = (guint) rs_test_query_int (db, "SELECT count(*) FROM session WHERE process_id = ?", pid);
  g_assert_cmpuint (e.n, >, 0);
  wait_until (session_is, &e, "the sample's meetings");
  n = e.n;

  /* A new meeting through the typed operation of the editor. */
  plan.process_id = pid;
  plan.title = g_strdup ("Ekstra møde");
  plan.kind = g_strdup ("open-meeting");
  plan.date = g_strdup ("2027-11-02");
  plan.start = g_strdup ("18:00");
  plan.end = g_strdup ("");
  rs_session_plan_save_async (db, &plan, NULL, async_done_cb, &result);
  rs_session_plan_clear (&plan);
  ids = rs_session_plan_save_finish (db, wait_result (&result), NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 1);
  e.id = g_array_index (ids, gint64, 0);
  e.title = "Ekstra møde";
  e.n = n + 1;
  wait_until (session_is, &e, "the new meeting");

  /* Renamed through the store and a person present: the item follows. */
  session = rs_session_store_get (db, e.id, &error);
  g_assert_no_error (error);
  rs_session_set_title (session, "Ekstra møde om parker");
  g_assert_true (rs_session_store_update (db, session, &error));
  person = rs_test_query_int (db, "SELECT p.id FROM person p JOIN panel x ON x.id = p.panel_id "
                                  "WHERE x.process_id = ? AND p.role != 'chair' LIMIT 1", pid);
  g_assert_cmpint (person, >, 0);
  g_assert_true (rs_session_store_register (db, e.id, person, NULL, &error));
  g_assert_true (rs_attendance_set (db, e.id, person, TRUE, FALSE, &error));
  g_assert_no_error (error);
  e.title = "Ekstra møde om parker";
  e.attended = 1;
  wait_until (session_is, &e, "the renamed meeting");

  regs = rs_session_store_registrations (db, e.id, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (regs->len, ==, 1);
  g_assert_true (RS_IS_REGISTRATION (g_ptr_array_index (regs, 0)));
  g_assert_cmpint (rs_registration_get_person_id (g_ptr_array_index (regs, 0)), ==, person);
  g_assert_cmpint (rs_registration_get_attended (g_ptr_array_index (regs, 0)), ==, 1);

  /* Absent again through the page's typed operation. */
  rs_session_details_mark_async (db, e.id, person, NULL, FALSE, FALSE, NULL, async_done_cb, &result);
  details = rs_session_details_finish (db, wait_result (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpint (rs_session_get_attended (details->info), ==, 0);
  e.attended = 0;
  wait_until (session_is, &e, "the absent person");

  /* Deleted: gone from the list. */
  g_assert_true (rs_session_store_delete (db, e.id, &error));
  e.title = NULL;
  e.n = n;
  wait_until (session_is, &e, "the deleted meeting");

  g_clear_object (&result);
  g_assert_finalize_object (g_steal_pointer (&list));
  wait_for_last_reference (db);
  g_clear_object (&db);
  rs_test_remove_dir (dir);
}

/* ---- evaluation ---- */

static void
test_evaluation_details (void)
{
  g_autofree char *dir = NULL;
  gint64 pid = 0;
  g_autoptr(RsDatabase) db = rs_test_open_sample_database (&dir, &pid);
  g_autoptr(GError) error = NULL;
  g_autoptr(RsEvaluationDetails) details = NULL;
  GAsyncResult *result = NULL;
  gint64 panel = rs_test_query_int (db, "SELECT id FROM panel WHERE process_id = ? LIMIT 1", pid);
  guint answers;

  rs_evaluation_details_load_async (db, "panel", panel, NULL, async_done_cb, &result);
  details = rs_evaluation_details_finish (db, wait_result (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpint (details->evaluation_id, >, 0);
  g_assert_nonnull (details->figures);
  answers = details->answers->len;
  g_clear_pointer (&details, rs_evaluation_details_free);

  rs_evaluation_details_answer_async (db, "panel", panel, "Vil du deltage igen?", "Ja", 9, NULL,
                                      async_done_cb, &result);
  details = rs_evaluation_details_finish (db, wait_result (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (details->answers->len, ==, answers + 1);
  g_clear_pointer (&details, rs_evaluation_details_free);

  rs_evaluation_details_check_async (db, "panel", panel, "EV-not-a-criterion", TRUE, "x", NULL,
                                     async_done_cb, &result);
  details = rs_evaluation_details_finish (db, wait_result (&result), &error);
  /* An unknown criterion is kept, listed after the template's. */
  g_assert_no_error (error);
  g_assert_nonnull (details);

  g_clear_object (&result);
  wait_for_last_reference (db);
  g_clear_object (&db);
  rs_test_remove_dir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sessions-stores/lab-store", test_lab_store);
  g_test_add_func ("/sessions-stores/session-list", test_session_list);
  g_test_add_func ("/sessions-stores/evaluation-details", test_evaluation_details);
  return g_test_run ();
}
