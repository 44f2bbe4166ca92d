/*
 * The libFuzzer entry point, shared by the fuzz targets and by replay.c,
 * the standalone driver that replays a corpus in the normal test run.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIG_FUZZ_H
#define BIG_FUZZ_H

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#endif /* BIG_FUZZ_H */
