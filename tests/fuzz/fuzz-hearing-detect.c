/* SPDX-License-Identifier: MPL-2.0 */
/* Sniffing a response file's type from its bytes (no terminating NUL). */
#include "config.h"

#include <string.h>

#include "rs-fuzz.h"
#include "rs-hearing-import.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *copy = NULL;
  RsResponseFileType type;

  rs_fuzz_init ();
  if (size > RS_FUZZ_MAX_INPUT)
    return 0;
  /* An exact-size copy, so reading past the end is caught. */
  copy = g_malloc (MAX (size, 1));
  memcpy (copy, data, size);
  type = rs_hearing_import_detect (copy, size);
  g_assert (type <= RS_RESPONSE_FILE_MSG);
  return 0;
}
