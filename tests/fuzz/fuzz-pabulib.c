/* SPDX-License-Identifier: MPL-2.0 */
/* The pabulib reader (.pb files for participatory budgeting): what parses
 * must write and parse again to the same sections, and counting its
 * election must not fail. */
#include "config.h"

#include <string.h>

#include "rs-fuzz.h"
#include "rs-pb-file.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(RsPbFile) file = NULL;
  g_autoptr(RsPbFile) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  rs_fuzz_init ();
  if (size > RS_FUZZ_MAX_INPUT)
    return 0;
  file = rs_pb_file_parse ((const char *) data, size, "election.pb", &error);
  if (file == NULL)
    {
      g_assert (error != NULL && g_utf8_validate (error->message, -1, NULL));
      return 0;
    }
  for (guint i = 0; file->warnings != NULL && i < file->warnings->len; i++)
    g_assert (g_utf8_validate (g_ptr_array_index (file->warnings, i), -1, NULL));
  text = rs_pb_file_to_string (file);
  g_assert (g_utf8_validate (text, -1, NULL));
  again = rs_pb_file_parse (text, strlen (text), "written.pb", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (again->meta->len, ==, file->meta->len);
  g_assert_cmpuint (again->projects->len, ==, file->projects->len);
  g_assert_cmpuint (again->votes->len, ==, file->votes->len);
  return 0;
}
