/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include "rs-test-utils.h"
#include "rs-selection-instance.h"

/* Reads a categories/respondents pair from tests/data/selection. */
static inline RsSelectionInstance *
load_instance (const char *categories,
               const char *respondents,
               int         size,
               const char *id_column,
               const char *address)
{
  g_autofree char *c = rs_test_data_path (categories);
  g_autofree char *r = rs_test_data_path (respondents);
  g_auto(GStrv) addr = address ? g_strsplit (address, ",", -1) : NULL;
  g_autoptr(GError) error = NULL;
  RsSelectionInstance *instance = rs_selection_instance_new (size);

  g_assert_true (rs_selection_read_categories (instance, c, &error));
  g_assert_no_error (error);
  g_assert_true (rs_selection_read_respondents (instance, r, id_column, (const char * const *) addr, &error));
  g_assert_no_error (error);
  return instance;
}

static inline RsSelectionInstance *
load_small (void)
{
  return load_instance ("selection/small-categories.csv", "selection/small-respondents.csv", 20, NULL, NULL);
}

static inline RsSelectionInstance *
load_households (void)
{
  return load_instance ("selection/households-categories.csv", "selection/households-respondents.csv", 8,
                        "person", "address,zip");
}
