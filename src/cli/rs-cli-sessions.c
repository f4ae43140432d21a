/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-cli-sessions"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-cli.h"

const RsCliCommand rs_cli_sessions_commands[] = {
  { NULL }
};
