/*
 * Fuzz target: the catalogue loader, in lenient and in strict mode.
 *
 * SPDX-License-Identifier: MIT
 */
#include <big.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	big_load_options opts = BIG_LOAD_OPTIONS_INIT;
	for (int strict = 0; strict <= 1; strict++) {
		big_catalogue *cat = NULL;
		opts.flags = strict ? BIG_LOAD_STRICT : 0;
		int rc = big_catalogue_load_buffer(&cat, (const char *)data, size, &opts);
		if ((rc == 0) != (cat != NULL) || (rc && !*big_error_last()->message))
			abort(); /* a failure must leave *out NULL and say why */
		if (cat) {
			/* Walk the whole tree: every node must be reachable and consistent. */
			for (size_t i = 0; i < big_catalogue_node_count(cat); i++) {
				const big_node *n = big_catalogue_node(cat, i);
				if (big_catalogue_find(cat, big_node_id(n)) != n ||
				    big_node_index(n) != i)
					abort();
			}
			big_catalogue_free(cat);
		}
	}
	return 0;
}
