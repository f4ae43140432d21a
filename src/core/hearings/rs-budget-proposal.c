/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-budget-proposal"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>

#include "rs-budget-proposal.h"

struct _RsBudgetProposal
{
  GObject  parent_instance;

  gint64   id;
  gint64   round_id;
  char    *number;
  char    *title;
  char    *area;
  char    *comment;
  gboolean has_amount;
  gint64   amount;
};

G_DEFINE_FINAL_TYPE (RsBudgetProposal, rs_budget_proposal, G_TYPE_OBJECT)

static void
rs_budget_proposal_finalize (GObject *object)
{
  RsBudgetProposal *self = (RsBudgetProposal *) object;

  g_free (self->number);
  g_free (self->title);
  g_free (self->area);
  g_free (self->comment);
  G_OBJECT_CLASS (rs_budget_proposal_parent_class)->finalize (object);
}

static void
rs_budget_proposal_class_init (RsBudgetProposalClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rs_budget_proposal_finalize;
}

static void
rs_budget_proposal_init (RsBudgetProposal *self)
{
  self->number = g_strdup ("");
  self->title = g_strdup ("");
  self->area = g_strdup ("");
  self->comment = g_strdup ("");
}

RsBudgetProposal *
rs_budget_proposal_new (const char *number,
                        const char *title)
{
  RsBudgetProposal *self = g_object_new (RS_TYPE_BUDGET_PROPOSAL, NULL);

  rs_budget_proposal_set_number (self, number);
  rs_budget_proposal_set_title (self, title);
  return self;
}

#define STRING_ACCESSORS(field)                                            \
  const char *                                                             \
  rs_budget_proposal_get_##field (RsBudgetProposal *self)                  \
  {                                                                        \
    g_return_val_if_fail (RS_IS_BUDGET_PROPOSAL (self), NULL);             \
    return self->field;                                                    \
  }                                                                        \
  void                                                                     \
  rs_budget_proposal_set_##field (RsBudgetProposal *self,                  \
                                  const char       *value)                 \
  {                                                                        \
    g_return_if_fail (RS_IS_BUDGET_PROPOSAL (self));                       \
    g_free (self->field);                                                  \
    self->field = g_strstrip (g_strdup (value ? value : ""));              \
  }

STRING_ACCESSORS (number)
STRING_ACCESSORS (title)
STRING_ACCESSORS (area)
STRING_ACCESSORS (comment)

gint64
rs_budget_proposal_get_id (RsBudgetProposal *self)
{
  g_return_val_if_fail (RS_IS_BUDGET_PROPOSAL (self), 0);
  return self->id;
}

void
rs_budget_proposal_set_id (RsBudgetProposal *self,
                           gint64            id)
{
  g_return_if_fail (RS_IS_BUDGET_PROPOSAL (self));
  self->id = id;
}

gint64
rs_budget_proposal_get_round_id (RsBudgetProposal *self)
{
  g_return_val_if_fail (RS_IS_BUDGET_PROPOSAL (self), 0);
  return self->round_id;
}

void
rs_budget_proposal_set_round_id (RsBudgetProposal *self,
                                 gint64            round_id)
{
  g_return_if_fail (RS_IS_BUDGET_PROPOSAL (self));
  self->round_id = round_id;
}

gboolean
rs_budget_proposal_has_amount (RsBudgetProposal *self)
{
  g_return_val_if_fail (RS_IS_BUDGET_PROPOSAL (self), FALSE);
  return self->has_amount;
}

gint64
rs_budget_proposal_get_amount (RsBudgetProposal *self)
{
  g_return_val_if_fail (RS_IS_BUDGET_PROPOSAL (self), 0);
  return self->amount;
}

void
rs_budget_proposal_set_amount (RsBudgetProposal *self,
                               gint64            kroner)
{
  g_return_if_fail (RS_IS_BUDGET_PROPOSAL (self));
  self->has_amount = TRUE;
  self->amount = kroner;
}

void
rs_budget_proposal_clear_amount (RsBudgetProposal *self)
{
  g_return_if_fail (RS_IS_BUDGET_PROPOSAL (self));
  self->has_amount = FALSE;
  self->amount = 0;
}

char *
rs_budget_proposal_dup_label (RsBudgetProposal *self)
{
  g_return_val_if_fail (RS_IS_BUDGET_PROPOSAL (self), NULL);
  if (*self->number == '\0')
    return g_strdup (self->title);
  return g_strdup_printf ("%s %s", self->number, self->title);
}

gboolean
rs_amount_parse (const char *text,
                 gint64     *kroner)
{
  g_autoptr(GString) digits = g_string_new (NULL);
  g_autofree char *lower = g_utf8_strdown (text ? text : "", -1);
  const char *p = g_strstrip (lower);
  gboolean negative = FALSE, decimals = FALSE, any = FALSE;
  double factor = 1, value;
  char *end = NULL;

  if (g_str_has_prefix (p, "-") || g_str_has_prefix (p, "−") || g_str_has_prefix (p, "–"))
    {
      negative = TRUE;
      p = g_utf8_next_char (p);
    }
  for (; *p; p++)
    {
      if (g_ascii_isdigit (*p))
        {
          g_string_append_c (digits, *p);
          any = TRUE;
        }
      else if (*p == '.' && !decimals)
        continue;   /* thousands separator */
      else if (*p == ',' && !decimals)
        {
          g_string_append_c (digits, '.');
          decimals = TRUE;
        }
      else if (*p == ' ' || (guchar) *p == 0xc2 || (guchar) *p == 0xa0)
        continue;   /* spaces, also no-break */
      else
        break;
    }
  while (*p == ' ')
    p++;
  if (g_str_has_prefix (p, "mio"))
    factor = 1e6, p += 3;
  else if (g_str_has_prefix (p, "mia"))
    factor = 1e9, p += 3;
  while (*p == '.' || *p == ' ')
    p++;
  if (g_str_has_prefix (p, "kr"))
    p += 2;
  while (*p == '.' || *p == ' ')
    p++;
  if (!any || *p != '\0')
    return FALSE;
  value = g_ascii_strtod (digits->str, &end) * factor;
  if (end == NULL || *end != '\0' || value > 1e15)
    return FALSE;
  *kroner = (gint64) llround (negative ? -value : value);
  return TRUE;
}

char *
rs_amount_format (gint64 kroner)
{
  g_autofree char *digits = g_strdup_printf ("%" G_GINT64_FORMAT, kroner < 0 ? -kroner : kroner);
  g_autoptr(GString) out = g_string_new (kroner < 0 ? "−" : "");
  gsize n = strlen (digits);

  for (gsize i = 0; i < n; i++)
    {
      if (i > 0 && (n - i) % 3 == 0)
        g_string_append_c (out, '.');
      g_string_append_c (out, digits[i]);
    }
  /* TRANSLATORS: an amount in Danish kroner, e.g. "2.500.000 kr." */
  return g_strdup_printf (_("%s kr."), out->str);
}

RsBudgetProposal *
rs_budget_proposal_copy (RsBudgetProposal *self)
{
  RsBudgetProposal *copy = rs_budget_proposal_new (rs_budget_proposal_get_number (self),
                                                   rs_budget_proposal_get_title (self));

  rs_budget_proposal_set_id (copy, rs_budget_proposal_get_id (self));
  rs_budget_proposal_set_round_id (copy, rs_budget_proposal_get_round_id (self));
  rs_budget_proposal_set_area (copy, rs_budget_proposal_get_area (self));
  rs_budget_proposal_set_comment (copy, rs_budget_proposal_get_comment (self));
  if (rs_budget_proposal_has_amount (self))
    rs_budget_proposal_set_amount (copy, rs_budget_proposal_get_amount (self));
  return copy;
}
