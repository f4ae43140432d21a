/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-whitebook"

#include "config.h"

#include "rs-report-i18n.h"

#include "rs-date.h"
#include "rs-hearing-store.h"
#include "rs-process-store.h"
#include "rs-proposal-store.h"
#include "rs-redact.h"
#include "rs-response-groups.h"
#include "rs-response-store.h"
#include "rs-whitebook.h"

typedef struct
{
  const RsWhitebookOptions *options;
  GHashTable               *responses;   /* id → RsHearingResponse */
  GHashTable               *pseudonyms;  /* id → int */
  GHashTable               *groups;      /* response id → RsResponseGroup, members of groups */
  GHashTable               *printed;     /* RsResponseGroup → the response id printed for it */
  RsWhitebookProgress       progress;
  gpointer                  progress_data;
} Book;

/* Progress through the body, from @from to @to, every 200 responses. */
static void
body_progress (const Book *book,
               double      from,
               double      to,
               guint       i,
               guint       n)
{
  if (book->progress != NULL && n > 0 && i % 200 == 0)
    book->progress (from + (to - from) * i / n, book->progress_data);
}

/* A response is left out when it is in a group (a campaign), has no points
 * of its own and is not the one printed for its group. */
static gboolean
is_folded (const Book        *book,
           RsHearingResponse *r)
{
  gint64 id = rs_hearing_response_get_id (r);
  RsResponseGroup *group = g_hash_table_lookup (book->groups, &id);

  if (group == NULL || rs_hearing_response_get_n_points (r) > 0)
    return FALSE;
  return GPOINTER_TO_SIZE (g_hash_table_lookup (book->printed, group)) != (gsize) id;
}

/* "Sent by 500 (of which 12 organisations: …)" under the response printed
 * for a group. */
static void
add_campaign_note (RsDocument        *doc,
                   const Book        *book,
                   RsHearingResponse *r)
{
  gint64 id = rs_hearing_response_get_id (r);
  RsResponseGroup *group = g_hash_table_lookup (book->groups, &id);
  g_autoptr(GString) names = g_string_new (NULL);
  g_autofree char *note = NULL;
  guint n, shown = 0;

  if (group == NULL || GPOINTER_TO_SIZE (g_hash_table_lookup (book->printed, group)) != (gsize) id)
    return;
  n = g_list_model_get_n_items (G_LIST_MODEL (group->members));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RsHearingResponse) m = g_list_model_get_item (G_LIST_MODEL (group->members), i);
      if (rs_hearing_response_is_private (m))
        continue;
      g_string_append_printf (names, "%s%s", shown++ ? ", " : "", rs_hearing_response_get_sender (m));
    }
  if (group->n_organisations > 0)
    note = g_strdup_printf (ngettext ("Sent by %u (of which %u organisations: %s). The text is printed once.",
                                      "Sent by %u (of which %u organisations: %s). The text is printed once.",
                                      n), n, group->n_organisations, names->str);
  else
    note = g_strdup_printf (ngettext ("Sent by %u (no organisations). The text is printed once.",
                                      "Sent by %u (no organisations). The text is printed once.", n), n);
  rs_document_add_field (doc, _("Similar responses"), note);
}

static char *
count_text (const Book *book,
            int         count)
{
  int limit = book->options->small_cell_limit;

  if (limit > 0 && count > 0 && count < limit)
    return g_strdup_printf (_("fewer than %d"), limit);
  return g_strdup_printf ("%d", count);
}

static char *
sender_of (const Book        *book,
           RsHearingResponse *r)
{
  int pseudonym = GPOINTER_TO_INT (g_hash_table_lookup (book->pseudonyms,
                                                        GINT_TO_POINTER (rs_hearing_response_get_id (r))));
  return rs_redact_sender (r, book->options->show_private_names, pseudonym);
}

static char *
redacted (const Book        *book,
          RsHearingResponse *r,
          const char        *text)
{
  /* CPR numbers never leave, whoever the sender. */
  if (!rs_redact_applies (r, book->options->show_private_names))
    return rs_redact_cpr (text);
  return rs_redact_text (text, rs_hearing_response_get_sender (r),
                         rs_hearing_response_get_sender_address (r));
}

/* Paragraphs are separated by a blank line (only spaces between two line
 * ends). Split by hand: thousands of letters went through a regex before. */
static void
add_text (RsDocument *doc,
          const char *text)
{
  const char *start = text, *p = text;

  while (*p != '\0')
    {
      if (*p == '\n')
        {
          const char *q = p + 1;

          while (*q == ' ' || *q == '\t' || *q == '\r' || *q == '\f' || *q == '\v')
            q++;
          if (*q == '\n')
            {
              g_autofree char *paragraph = g_strndup (start, p - start);

              g_strstrip (paragraph);
              if (*paragraph != '\0')
                rs_document_add_paragraph (doc, paragraph);
              while (*q == '\n' || *q == ' ' || *q == '\t' || *q == '\r' || *q == '\f' || *q == '\v')
                q++;
              start = p = q;
              continue;
            }
        }
      p++;
    }
  {
    g_autofree char *paragraph = g_strdup (start);

    g_strstrip (paragraph);
    if (*paragraph != '\0')
      rs_document_add_paragraph (doc, paragraph);
  }
}

static char *
response_heading (const Book        *book,
                  RsHearingResponse *r)
{
  g_autofree char *sender = sender_of (book, r);
  g_autofree char *date = rs_date_format_long (rs_hearing_response_get_received_on (r));

  if (rs_hearing_response_get_late (r))
    return g_strdup_printf (_("%s, received %s (after the deadline)"), sender, date);
  return g_strdup_printf (_("%s, received %s"), sender, date);
}

static void
add_count_table (RsDocument  *doc,
                 const Book  *book,
                 const char  *key_header,
                 GHashTable  *counts,
                 GPtrArray   *order)
{
  const char *header[] = { key_header, _("Count"), NULL };

  rs_document_begin_table (doc, header);
  for (guint i = 0; i < order->len; i++)
    {
      const char *key = g_ptr_array_index (order, i);
      g_autofree char *n = count_text (book, GPOINTER_TO_INT (g_hash_table_lookup (counts, key)));
      const char *cells[] = { key, n, NULL };
      rs_document_add_row (doc, cells);
    }
  rs_document_end_table (doc);
}

/* Counts keyed by label, remembering the order labels first appeared in. */
typedef struct
{
  GHashTable *counts;  /* label → count; keys owned by order */
  GPtrArray  *order;
} Tally;

static void
tally_init (Tally *t)
{
  t->counts = g_hash_table_new (g_str_hash, g_str_equal);
  t->order = g_ptr_array_new_with_free_func (g_free);
}

static void
tally_clear (Tally *t)
{
  g_hash_table_unref (t->counts);
  g_ptr_array_unref (t->order);
}

static void
tally_add (Tally      *t,
           const char *label)
{
  gpointer key, value;

  if (g_hash_table_lookup_extended (t->counts, label, &key, &value))
    g_hash_table_insert (t->counts, key, GINT_TO_POINTER (GPOINTER_TO_INT (value) + 1));
  else
    {
      char *copy = g_strdup (label);
      g_ptr_array_add (t->order, copy);
      g_hash_table_insert (t->counts, copy, GINT_TO_POINTER (1));
    }
}

static void
progress_to (RsWhitebookProgress progress,
             gpointer            user_data,
             double              fraction)
{
  if (progress != NULL)
    progress (fraction, user_data);
}

static void
add_front_page (RsDocument     *doc,
                RsHearingRound *round,
                GListModel     *responses,
                int             analysed,
                const Book     *book)
{
  g_autofree char *start = rs_date_format_long (rs_hearing_round_get_starts_on (round));
  g_autofree char *deadline = rs_date_format_long (rs_hearing_round_get_deadline (round));
  g_autofree char *period = g_strdup_printf (_("%s to %s"), start, deadline);
  guint n = g_list_model_get_n_items (responses);
  int late = 0;
  g_autofree char *received = NULL;
  g_autofree char *progress = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RsHearingResponse) r = g_list_model_get_item (responses, i);
      late += rs_hearing_response_get_late (r);
    }

  rs_document_add_heading (doc, 1, _("About the hearing"));
  rs_document_add_field (doc, _("Hearing period"), period);
  rs_document_add_field (doc, _("Legal basis"),
                         rs_hearing_round_get_statutory (round) ? _("Statutory hearing")
                                                                : _("Voluntary hearing"));
  if (*rs_hearing_round_get_legal_reference (round))
    rs_document_add_field (doc, _("Reference"), rs_hearing_round_get_legal_reference (round));
  if (*rs_hearing_round_get_case_number (round))
    rs_document_add_field (doc, _("Case number"), rs_hearing_round_get_case_number (round));
  if (*rs_hearing_round_get_material (round))
    rs_document_add_field (doc, _("Material"), rs_hearing_round_get_material (round));
  received = g_strdup_printf (ngettext ("%u response was received, %d of them after the deadline.",
                                        "%u responses were received, %d of them after the deadline.", n),
                              n, late);
  rs_document_add_paragraph (doc, received);
  if (book->options->order == RS_WHITEBOOK_ORDER_RESPONSE)
    progress = g_strdup_printf (_("%d of %u responses have been analysed. Responses not yet analysed "
                                  "are printed in full in their place."), analysed, n);
  else
    progress = g_strdup_printf (_("%d of %u responses have been analysed. Responses not yet analysed "
                                  "are printed in full at the end."), analysed, n);
  rs_document_add_paragraph (doc, progress);
  if (!book->options->show_private_names)
    rs_document_add_paragraph (doc, _("Private citizens are not named. Their names, addresses, "
                                      "e-mail addresses and phone numbers have been removed from "
                                      "the text."));
}

static void
add_statistics (RsDocument *doc,
                GListModel *responses,
                GListModel *points,
                const Book *book)
{
  Tally by_type, by_theme, by_decision;

  tally_init (&by_type);
  tally_init (&by_theme);
  tally_init (&by_decision);
  for (guint i = 0; i < g_list_model_get_n_items (responses); i++)
    {
      g_autoptr(RsHearingResponse) r = g_list_model_get_item (responses, i);
      tally_add (&by_type, rs_hearing_response_is_private (r) ? _("Private citizens")
                                                                : _("Organisations and bodies"));
    }
  for (guint i = 0; i < g_list_model_get_n_items (points); i++)
    {
      g_autoptr(RsResponsePoint) p = g_list_model_get_item (points, i);
      const char *theme = rs_response_point_get_theme (p);
      tally_add (&by_theme, *theme ? theme : _("No theme"));
      tally_add (&by_decision, rs_decision_get_label (rs_response_point_get_decision (p)));
    }

  rs_document_add_heading (doc, 1, _("Summary statistics"));
  rs_document_add_heading (doc, 2, _("Responses by sender"));
  add_count_table (doc, book, _("Sender"), by_type.counts, by_type.order);
  rs_document_add_heading (doc, 2, _("Points by theme"));
  if (by_theme.order->len)
    add_count_table (doc, book, _("Theme"), by_theme.counts, by_theme.order);
  else
    rs_document_add_paragraph (doc, _("No points have been coded yet."));
  rs_document_add_heading (doc, 2, _("Points by decision"));
  if (by_decision.order->len)
    add_count_table (doc, book, _("Decision"), by_decision.counts, by_decision.order);
  else
    rs_document_add_paragraph (doc, _("No points have been coded yet."));
  tally_clear (&by_type);
  tally_clear (&by_theme);
  tally_clear (&by_decision);
}

static gboolean
add_points (RsDocument   *doc,
            GListModel   *points,
            const Book   *book,
            GCancellable *cancellable,
            GError      **error)
{
  const char *theme = NULL;
  guint n = g_list_model_get_n_items (points);

  if (n == 0)
    return TRUE;
  rs_document_add_heading (doc, 1, _("Responses by theme"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RsResponsePoint) p = g_list_model_get_item (points, i);
      RsHearingResponse *r = g_hash_table_lookup (book->responses,
                                                  GINT_TO_POINTER (rs_response_point_get_response_id (p)));
      g_autofree char *heading = NULL;
      g_autofree char *excerpt = NULL;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      body_progress (book, 0.2, 0.35, i, n);
      if (r == NULL)
        continue;
      if (theme == NULL || g_strcmp0 (theme, rs_response_point_get_theme (p)) != 0)
        {
          theme = rs_response_point_get_theme (p);
          rs_document_add_heading (doc, 2, *theme ? theme : _("No theme"));
        }
      heading = response_heading (book, r);
      rs_document_add_heading (doc, 3, heading);
      add_campaign_note (doc, book, r);
      if (*rs_hearing_response_get_summary (r))
        {
          g_autofree char *summary = redacted (book, r, rs_hearing_response_get_summary (r));
          rs_document_add_field (doc, _("Summary"), summary);
        }
      excerpt = redacted (book, r, rs_response_point_get_excerpt (p));
      rs_document_add_quote (doc, excerpt);
      if (*rs_response_point_get_budget_area (p))
        rs_document_add_field (doc, _("Budget area"), rs_response_point_get_budget_area (p));
      rs_document_add_field (doc, _("Administration's comment"),
                             *rs_response_point_get_comment (p) ? rs_response_point_get_comment (p)
                                                                : _("No comment yet."));
      rs_document_add_field (doc, _("Decision"),
                             rs_decision_get_label (rs_response_point_get_decision (p)));
    }
  return TRUE;
}

static gboolean
add_uncoded (RsDocument   *doc,
             GListModel   *responses,
             const Book   *book,
             GCancellable *cancellable,
             GError      **error)
{
  gboolean any = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (responses); i++)
    {
      g_autoptr(RsHearingResponse) r = g_list_model_get_item (responses, i);
      g_autofree char *heading = NULL;
      g_autofree char *text = NULL;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      body_progress (book, 0.35, 0.5, i, g_list_model_get_n_items (responses));
      if (rs_hearing_response_get_n_points (r) > 0 || is_folded (book, r))
        continue;
      if (!any)
        {
          rs_document_add_heading (doc, 1, _("Responses not yet analysed"));
          rs_document_add_paragraph (doc, _("These responses have not been split into points yet; "
                                            "they are printed in full."));
          any = TRUE;
        }
      heading = response_heading (book, r);
      rs_document_add_heading (doc, 3, heading);
      add_campaign_note (doc, book, r);
      if (*rs_hearing_response_get_subject (r))
        {
          g_autofree char *subject = redacted (book, r, rs_hearing_response_get_subject (r));
          rs_document_add_field (doc, _("Subject"), subject);
        }
      text = rs_redact_response_text (r, book->options->show_private_names);
      add_text (doc, text);
    }
  return TRUE;
}


static int
compare_points (gconstpointer a,
                gconstpointer b)
{
  RsResponsePoint *pa = *(RsResponsePoint **) a, *pb = *(RsResponsePoint **) b;

  if (rs_response_point_get_start (pa) != rs_response_point_get_start (pb))
    return rs_response_point_get_start (pa) < rs_response_point_get_start (pb) ? -1 : 1;
  return rs_response_point_get_id (pa) < rs_response_point_get_id (pb) ? -1
         : rs_response_point_get_id (pa) > rs_response_point_get_id (pb);
}

/* Every response in the order received: heading, channel, summary, then its
 * points with comment and decision, or its full text when uncoded. */
static gboolean
add_by_response (RsDocument   *doc,
                 GListModel   *responses,
                 GListModel   *points,
                 const Book   *book,
                 GCancellable *cancellable,
                 GError      **error)
{
  g_autoptr(GHashTable) by_response = g_hash_table_new_full (NULL, NULL, NULL,
                                                             (GDestroyNotify) g_ptr_array_unref);
  guint n = g_list_model_get_n_items (responses);

  for (guint i = 0; i < g_list_model_get_n_items (points); i++)
    {
      RsResponsePoint *p = g_list_model_get_item (points, i);
      gpointer key = GINT_TO_POINTER (rs_response_point_get_response_id (p));
      GPtrArray *list = g_hash_table_lookup (by_response, key);

      if (list == NULL)
        {
          list = g_ptr_array_new_with_free_func (g_object_unref);
          g_hash_table_insert (by_response, key, list);
        }
      g_ptr_array_add (list, p);
    }
  if (n == 0)
    return TRUE;
  rs_document_add_heading (doc, 1, _("Responses in the order received"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RsHearingResponse) r = g_list_model_get_item (responses, i);
      GPtrArray *list = g_hash_table_lookup (by_response, GINT_TO_POINTER (rs_hearing_response_get_id (r)));
      g_autofree char *heading = NULL;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      body_progress (book, 0.2, 0.5, i, n);
      if (is_folded (book, r))
        continue;
      heading = response_heading (book, r);
      rs_document_add_heading (doc, 2, heading);
      add_campaign_note (doc, book, r);
      if (*rs_hearing_response_get_channel (r))
        rs_document_add_field (doc, _("Channel"), rs_hearing_channel_get_label (rs_hearing_response_get_channel (r)));
      if (*rs_hearing_response_get_subject (r))
        {
          g_autofree char *subject = redacted (book, r, rs_hearing_response_get_subject (r));
          rs_document_add_field (doc, _("Subject"), subject);
        }
      if (*rs_hearing_response_get_summary (r))
        {
          g_autofree char *summary = redacted (book, r, rs_hearing_response_get_summary (r));
          rs_document_add_field (doc, _("Summary"), summary);
        }
      if (list == NULL || list->len == 0)
        {
          g_autofree char *text = rs_redact_response_text (r, book->options->show_private_names);
          rs_document_add_paragraph (doc, _("Not yet analysed; the response is printed in full."));
          add_text (doc, text);
          continue;
        }
      g_ptr_array_sort (list, compare_points);
      for (guint j = 0; j < list->len; j++)
        {
          RsResponsePoint *p = g_ptr_array_index (list, j);
          g_autofree char *excerpt = redacted (book, r, rs_response_point_get_excerpt (p));
          const char *theme = rs_response_point_get_theme (p);

          rs_document_add_quote (doc, excerpt);
          rs_document_add_field (doc, _("Theme"), *theme ? theme : _("No theme"));
          if (*rs_response_point_get_budget_area (p))
            rs_document_add_field (doc, _("Budget area"), rs_response_point_get_budget_area (p));
          rs_document_add_field (doc, _("Administration's comment"),
                                 *rs_response_point_get_comment (p) ? rs_response_point_get_comment (p)
                                                                    : _("No comment yet."));
          rs_document_add_field (doc, _("Decision"),
                                 rs_decision_get_label (rs_response_point_get_decision (p)));
        }
    }
  return TRUE;
}

/* The rules behind every count, printed so readers can check them. */
static void
add_counting_rules (RsDocument *doc,
                    const Book *book,
                    guint       n_groups,
                    guint       n_grouped)
{
  g_autofree char *groups = NULL;
  g_autofree char *small = NULL;
  const char *items[6];

  rs_document_add_heading (doc, 2, _("How responses are counted"));
  groups = g_strdup_printf (ngettext ("%u responses are in %u group of identical or near-identical responses.",
                                      "%u responses are in %u groups of identical or near-identical responses.",
                                      n_groups), n_grouped, n_groups);
  rs_document_add_paragraph (doc, groups);
  if (book->options->small_cell_limit > 0)
    small = g_strdup_printf (_("Organisations are named. Private citizens are counted, not named; a count of "
                               "private citizens below %d is shown as “fewer than %d”."),
                             book->options->small_cell_limit, book->options->small_cell_limit);
  else
    small = g_strdup (_("Organisations are named. Private citizens are counted, not named."));
  items[0] = _("Responses that share at least half of their three-word sequences form a group (such as a "
               "campaign letter). The secretariat can take a response out of a group or split a group. A "
               "group's text is printed once, with the number of senders.");
  items[1] = _("Every response counts in the totals, the responses of a group included.");
  items[2] = _("A response in a group that has no points of its own takes the positions of the group's first "
               "coded response.");
  items[3] = _("Each sender counts once per proposal and position, however many responses they sent. Senders "
               "are the same when they are the same consulted party, or have the same name and e-mail "
               "address; a response without either counts on its own.");
  items[4] = small;
  items[5] = NULL;
  rs_document_add_list (doc, items, TRUE);
}

static char *
private_count_text (const Book *book,
                    guint       n)
{
  int limit = book->options->small_cell_limit;

  if (n == 0)
    return g_strdup ("0");
  if (limit > 0 && n < (guint) limit)
    return g_strdup_printf (_("fewer than %d"), limit);
  return g_strdup_printf ("%u", n);
}

/* A section per budget proposal: who was for and against, the
 * administration's comment and the counts. */
static gboolean
add_proposals (RsDocument   *doc,
               GListModel   *proposals,
               GPtrArray    *counts,
               const Book   *book,
               GCancellable *cancellable,
               GError      **error)
{
  guint n = g_list_model_get_n_items (proposals);
  const char *header[] = { _("Position"), _("Organisations"), _("Private citizens"), _("Responses"), NULL };
  RsPositionCount *outside = NULL;

  for (guint i = 0; i < counts->len; i++)
    if (((RsPositionCount *) g_ptr_array_index (counts, i))->proposal_id == 0)
      outside = g_ptr_array_index (counts, i);
  if (n == 0 && outside == NULL)
    return TRUE;
  rs_document_add_heading (doc, 1, _("Positions on the budget proposals"));
  rs_document_add_paragraph (doc, _("For each proposal: the organisations that took a position, named, and "
                                    "the number of private citizens, counted by the rules above."));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RsBudgetProposal) p = g_list_model_get_item (proposals, i);
      g_autofree char *label = rs_budget_proposal_dup_label (p);
      gboolean any = FALSE;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      rs_document_add_heading (doc, 2, label);
      if (*rs_budget_proposal_get_area (p))
        rs_document_add_field (doc, _("Budget area"), rs_budget_proposal_get_area (p));
      if (rs_budget_proposal_has_amount (p))
        {
          g_autofree char *amount = rs_amount_format (rs_budget_proposal_get_amount (p));
          rs_document_add_field (doc, _("Amount"), amount);
        }
      for (guint k = 0; k < counts->len; k++)
        {
          RsPositionCount *c = g_ptr_array_index (counts, k);
          g_autofree char *orgs = NULL;
          g_autofree char *private = NULL;
          g_autofree char *responses = NULL;
          const char *cells[5];

          if (c->proposal_id != rs_budget_proposal_get_id (p))
            continue;
          if (!any)
            rs_document_begin_table (doc, header);
          any = TRUE;
          g_ptr_array_add (c->organisations, NULL);
          orgs = c->organisations->len > 1 ? g_strjoinv (", ", (char **) c->organisations->pdata) : g_strdup ("–");
          g_ptr_array_remove_index (c->organisations, c->organisations->len - 1);
          private = private_count_text (book, c->n_private);
          responses = g_strdup_printf ("%u", c->n_responses);
          cells[0] = rs_position_get_label (c->position);
          cells[1] = orgs;
          cells[2] = private;
          cells[3] = responses;
          cells[4] = NULL;
          rs_document_add_row (doc, cells);
        }
      if (any)
        rs_document_end_table (doc);
      else
        rs_document_add_paragraph (doc, _("No response has taken a position on this proposal yet."));
      rs_document_add_field (doc, _("Administration's comment"),
                             *rs_budget_proposal_get_comment (p) ? rs_budget_proposal_get_comment (p)
                                                                  : _("No comment yet."));
    }
  if (outside != NULL)
    {
      g_autofree char *private = private_count_text (book, outside->n_private);
      g_autofree char *text = NULL;

      g_ptr_array_add (outside->organisations, NULL);
      if (outside->organisations->len > 1)
        {
          g_autofree char *orgs = g_strjoinv (", ", (char **) outside->organisations->pdata);
          text = g_strdup_printf (_("Organisations: %s. Private citizens: %s."), orgs, private);
        }
      else
        text = g_strdup_printf (_("Private citizens: %s."), private);
      g_ptr_array_remove_index (outside->organisations, outside->organisations->len - 1);
      rs_document_add_heading (doc, 2, _("Outside the hearing's scope"));
      rs_document_add_paragraph (doc, text);
    }
  return TRUE;
}

static void
add_annex (RsDocument *doc,
           GListModel *parties)
{
  const char *header[] = { _("Consulted party"), _("Status"), _("Date"), NULL };

  rs_document_add_page_break (doc);
  rs_document_add_heading (doc, 1, _("Annex: consulted parties"));
  rs_document_begin_table (doc, header);
  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(RsConsultedParty) p = g_list_model_get_item (parties, i);
      const char *status = rs_consulted_party_get_status (p);
      const char *date = rs_consulted_party_get_status_date (p);
      const char *cells[4];

      if (status == NULL)
        continue;
      cells[0] = rs_consulted_party_get_name (p);
      cells[1] = rs_party_status_get_label (status);
      cells[2] = date ? date : "";
      cells[3] = NULL;
      rs_document_add_row (doc, cells);
    }
  rs_document_end_table (doc);
}

static RsDocument *
build (RsDatabase               *db,
       gint64                    round_id,
       const RsWhitebookOptions *options,
       const char               *language,
       GCancellable             *cancellable,
       RsWhitebookProgress       progress,
       gpointer                  user_data,
       GError                  **error)
{
  g_autoptr(RsHearingRound) round = NULL;
  g_autoptr(RsProcess) process = NULL;
  g_autoptr(GListStore) responses = NULL;
  g_autoptr(GListStore) points = NULL;
  g_autoptr(GListStore) parties = NULL;
  g_autoptr(RsDocument) doc = NULL;
  g_autofree char *title = NULL;
  g_autoptr(GHashTable) by_id = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  g_autoptr(GHashTable) pseudonyms = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) groups_by_response = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GHashTable) printed = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) groups = NULL;
  g_autoptr(GListStore) proposals = NULL;
  g_autoptr(GPtrArray) counts = NULL;
  Book book = { options, by_id, pseudonyms, groups_by_response, printed, progress, user_data };
  guint n_grouped = 0;
  int analysed = 0, total = 0, next_pseudonym = 1;

  round = rs_hearing_round_store_get (db, round_id, error);
  if (round == NULL)
    return NULL;
  process = rs_process_store_get (db, rs_hearing_round_get_process_id (round), error);
  if (process == NULL ||
      (responses = rs_response_store_list (db, round_id, error)) == NULL ||
      (points = rs_response_point_store_list_round (db, round_id, error)) == NULL ||
      (parties = rs_consulted_party_store_list (db, round_id, error)) == NULL ||
      rs_response_groups_update (db, round_id, cancellable, error) < 0 ||
      (groups = rs_response_groups_list (db, round_id, error)) == NULL ||
      (proposals = rs_proposal_store_list (db, round_id, error)) == NULL ||
      (counts = rs_proposal_store_count_positions (db, round_id, error)) == NULL ||
      !rs_response_store_progress (db, round_id, &analysed, &total, error))
    return NULL;
  progress_to (progress, user_data, 0.1);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (responses)); i++)
    {
      RsHearingResponse *r = g_list_model_get_item (G_LIST_MODEL (responses), i);
      gpointer id = GINT_TO_POINTER (rs_hearing_response_get_id (r));
      g_hash_table_insert (by_id, id, r);
      if (rs_redact_applies (r, options->show_private_names))
        g_hash_table_insert (pseudonyms, id, GINT_TO_POINTER (next_pseudonym++));
    }

  /* Each group is printed once: its first coded response, or its first. */
  for (guint g = 0; g < groups->len; g++)
    {
      RsResponseGroup *group = g_ptr_array_index (groups, g);
      guint n = g_list_model_get_n_items (G_LIST_MODEL (group->members));
      gint64 chosen = group->id;
      gboolean coded = FALSE;

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(RsHearingResponse) m = g_list_model_get_item (G_LIST_MODEL (group->members), i);
          gint64 id = rs_hearing_response_get_id (m);
          RsHearingResponse *full = g_hash_table_lookup (by_id, GINT_TO_POINTER (id));

          g_hash_table_insert (groups_by_response, g_memdup2 (&id, sizeof id), group);
          if (!coded && full != NULL && rs_hearing_response_get_n_points (full) > 0)
            chosen = id, coded = TRUE;
        }
      /* No member coded: the representative. */
      g_hash_table_insert (printed, group, GSIZE_TO_POINTER ((gsize) chosen));
      n_grouped += n;
    }

  title = g_strdup_printf (_("White book: %s"), rs_hearing_round_get_title (round));
  doc = rs_document_new (title, language);
  rs_document_set_subtitle (doc, rs_process_get_name (process));
  rs_document_set_show_toc (doc, TRUE);
  if (*rs_hearing_round_get_case_number (round))
    {
      g_autofree char *footer = g_strdup_printf (_("Case %s"), rs_hearing_round_get_case_number (round));
      rs_document_set_footer (doc, footer);
    }

  add_front_page (doc, round, G_LIST_MODEL (responses), analysed, &book);
  add_statistics (doc, G_LIST_MODEL (responses), G_LIST_MODEL (points), &book);
  add_counting_rules (doc, &book, groups->len, n_grouped);
  if (!add_proposals (doc, G_LIST_MODEL (proposals), counts, &book, cancellable, error))
    return NULL;
  progress_to (progress, user_data, 0.2);
  if (options->order == RS_WHITEBOOK_ORDER_RESPONSE)
    {
      if (!add_by_response (doc, G_LIST_MODEL (responses), G_LIST_MODEL (points), &book,
                            cancellable, error))
        return NULL;
    }
  else
    {
      if (!add_points (doc, G_LIST_MODEL (points), &book, cancellable, error))
        return NULL;
      progress_to (progress, user_data, 0.35);
      if (!add_uncoded (doc, G_LIST_MODEL (responses), &book, cancellable, error))
        return NULL;
    }
  add_annex (doc, G_LIST_MODEL (parties));
  progress_to (progress, user_data, 0.5);
  return g_steal_pointer (&doc);
}

RsDocument *
rs_whitebook_build (RsDatabase               *db,
                    gint64                    round_id,
                    const RsWhitebookOptions *options,
                    GCancellable             *cancellable,
                    RsWhitebookProgress       progress,
                    gpointer                  user_data,
                    GError                  **error)
{
  g_autoptr(RsCatalog) cat = rs_catalog_new (options->language);
  RsDocument *doc;

  /* Every word of the book, the labels included, in the report's language. */
  rs_catalog_push_thread_default (cat);
  doc = build (db, round_id, options, rs_catalog_get_language (cat), cancellable,
               progress, user_data, error);
  rs_catalog_pop_thread_default (cat);
  return doc;
}

gboolean
rs_whitebook_export (RsDatabase               *db,
                     gint64                    round_id,
                     const RsWhitebookOptions *options,
                     RsDocumentFormat          format,
                     const char               *path,
                     GCancellable             *cancellable,
                     RsWhitebookProgress       progress,
                     gpointer                  user_data,
                     GError                  **error)
{
  g_autoptr(RsDocument) doc = rs_whitebook_build (db, round_id, options, cancellable,
                                                  progress, user_data, error);

  if (doc == NULL)
    return FALSE;
  if (!rs_document_write (doc, format, path, cancellable, error))
    return FALSE;
  progress_to (progress, user_data, 1.0);
  return TRUE;
}

/* For the GUI: the document is built on the database thread (it reads
 * every area of the round); writing it out needs no SQL and runs in a
 * worker through rs_document_write_async(). */

typedef struct
{
  gint64              round_id;
  RsWhitebookOptions  options;
  RsProgressRelay    *relay;
} BuildJob;

static void
build_job_free (BuildJob *job)
{
  g_clear_pointer (&job->relay, rs_progress_relay_unref);
  g_free (job);
}

static void
build_progress (double   fraction,
                gpointer user_data)
{
  rs_progress_relay_post (user_data, fraction);
}

static gpointer
build_job (RsDatabase *db, gpointer data, GCancellable *cancellable, GError **error)
{
  BuildJob *job = data;

  return rs_whitebook_build (db, job->round_id, &job->options, cancellable,
                             job->relay ? build_progress : NULL, job->relay, error);
}

void
rs_whitebook_build_async (RsDatabase               *db,
                          gint64                    round_id,
                          const RsWhitebookOptions *options,
                          RsProgressFunc            progress,
                          gpointer                  progress_data,
                          GDestroyNotify            progress_destroy,
                          GCancellable             *cancellable,
                          GAsyncReadyCallback       callback,
                          gpointer                  user_data)
{
  BuildJob *job = g_new0 (BuildJob, 1);

  job->round_id = round_id;
  if (options != NULL)
    job->options = *options;
  job->options.language = g_intern_string (job->options.language);
  if (progress != NULL)
    job->relay = rs_progress_relay_new (progress, progress_data, progress_destroy);
  else if (progress_destroy != NULL)
    progress_destroy (progress_data);
  rs_database_run_async (db, build_job, job, (GDestroyNotify) build_job_free, g_object_unref, cancellable,
                         callback, user_data);
}

RsDocument *
rs_whitebook_build_finish (RsDatabase   *db,
                           GAsyncResult *result,
                           GError      **error)
{
  return rs_database_run_finish (db, result, error);
}
