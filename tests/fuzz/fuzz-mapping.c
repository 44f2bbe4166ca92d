/*
 * Fuzz target: the mapping loader, in lenient and in strict mode, the
 * lookups of every entry, and the check against the built-in bio and bio2
 * catalogues.
 *
 * SPDX-License-Identifier: MIT
 */
#include <big.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"

/* Whether @e is among the @n entries that @get returns for @id. */
static int listed(const big_mapping *m, const char *id, size_t n, const big_mapping_entry *e,
		  const big_mapping_entry *(*get)(const big_mapping *, const char *, size_t))
{
	for (size_t k = 0; k < n; k++)
		if (get(m, id, k) == e)
			return 1;
	return 0;
}

static void walk(const big_mapping *m)
{
	size_t n = big_mapping_entry_count(m), sources = 0, targets = 0;
	for (size_t i = 0; i < n; i++) {
		const big_mapping_entry *e = big_mapping_entry_at(m, i);
		if (!e || !*e->source || !*e->target || !big_relationship_name(e->relationship))
			abort();
		size_t ns = big_mapping_source_entry_count(m, e->source);
		size_t nt = big_mapping_target_entry_count(m, e->target);
		if (!listed(m, e->source, ns, e, big_mapping_source_entry) ||
		    !listed(m, e->target, nt, e, big_mapping_target_entry))
			abort(); /* every entry is found under its source and its target */
		/* Count each group once, at its first entry. */
		sources += big_mapping_source_entry(m, e->source, 0) == e ? ns : 0;
		targets += big_mapping_target_entry(m, e->target, 0) == e ? nt : 0;
	}
	if (sources != n || targets != n || big_mapping_entry_at(m, n))
		abort();
	for (size_t i = 0; i < big_mapping_unmapped_count(m); i++)
		if (big_mapping_source_entry_count(m, big_mapping_unmapped(m, i)) != 0)
			abort(); /* an unmapped id has no entry */
}

static void check(const big_mapping *m)
{
	static big_catalogue *bio, *bio2; /* loaded once, kept for the process */
	if (!bio && big_catalogue_builtin(&bio, "bio"))
		abort();
	if (!bio2 && big_catalogue_builtin(&bio2, "bio2"))
		abort();
	int rc = big_mapping_check(m, bio, bio2);
	if (rc != 0 && rc != BIG_EMISMATCH && rc != BIG_ENOTFOUND)
		abort();
	if (rc && (big_error_last()->code != rc || big_error_last()->path[0] != '$'))
		abort(); /* a failed check names the place */
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	big_load_options opts = BIG_LOAD_OPTIONS_INIT;
	for (int strict = 0; strict <= 1; strict++) {
		big_mapping *m = NULL;
		opts.flags = strict ? BIG_LOAD_STRICT : 0;
		int rc = big_mapping_load_buffer(&m, (const char *)data, size, &opts);
		if ((rc == 0) != (m != NULL) || (rc && !*big_error_last()->message))
			abort(); /* a failure must leave *out NULL and say why */
		if (m) {
			walk(m);
			check(m);
			big_mapping_free(m);
		}
	}
	return 0;
}
