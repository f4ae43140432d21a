/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <stddef.h>
#include <stdint.h>

#include "rs-database.h"

G_BEGIN_DECLS

/*
 * Shared helpers of the fuzz harnesses. Every harness defines
 * LLVMFuzzerTestOneInput(); the fuzz build (-Dfuzzing=true) links each one
 * with libFuzzer, the ordinary build compiles each with the entry point
 * renamed (rs_fuzz_entry_<name>) into the replay test.
 */

int          LLVMFuzzerTestOneInput    (const uint8_t *data,
                                        size_t         size);

/* Makes GLib criticals and warnings fatal (they are findings) once. */
void         rs_fuzz_init              (void);
/* Writes @data to this process's scratch file named @name (e.g. "x.csv")
 * and returns its path (owned by the helper, valid until the next call). */
const char  *rs_fuzz_write_file        (const char    *name,
                                        const uint8_t *data,
                                        size_t         size);
/* A per-process in-memory database with one process, a hearing round and a
 * panel with the gender and age presets as categories. */
RsDatabase  *rs_fuzz_database          (void);
gint64       rs_fuzz_panel_id          (void);
gint64       rs_fuzz_round_id          (void);
/* Splits @data at the first newline: the line (NUL-terminated copy) and
 * the rest. */
char        *rs_fuzz_split_line        (const uint8_t  *data,
                                        size_t          size,
                                        const uint8_t **rest,
                                        size_t         *rest_size);

/* Inputs above this size are skipped: parsers are linear, and the fuzzer
 * finds more with short inputs. */
#define RS_FUZZ_MAX_INPUT (256 * 1024)

G_END_DECLS
