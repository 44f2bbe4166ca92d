/*
 * Fuzz target: the text overlay loader (`libbig.texts`) over the built-in
 * BIO2 1.3, in lenient and in strict mode; every node's title and text, and
 * a report scored with the overlay and its texts shown.
 *
 * SPDX-License-Identifier: MIT
 */
#include <big.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"

static void walk(const big_texts *t, const big_catalogue *cat)
{
	size_t given = 0;
	for (size_t i = 0; i < big_catalogue_node_count(cat); i++) {
		const big_node *n = big_catalogue_node(cat, i);
		const char *title = big_texts_node_title(t, n), *text = big_texts_node_text(t, n);
		given += title || text;
		if (!big_texts_title_lang(t, n, NULL) || !big_texts_title_lang(t, n, "en") ||
		    (title && strcmp(big_texts_title_lang(t, n, big_texts_language(t)), title)))
			abort(); /* a title always; the overlay's for its own language */
	}
	if (given != big_texts_count(t))
		abort();
	for (size_t i = 0; i < big_texts_diagnostic_count(t); i++)
		if (big_texts_diagnostic(t, i)->path[0] != '$')
			abort(); /* every diagnostic names its place */
}

/* Scores an empty assessment with the overlay and writes every output. */
static void report(const big_texts *t, const big_catalogue *cat)
{
	big_assessment *a = NULL;
	big_report *r = NULL;
	big_score_options o = BIG_SCORE_OPTIONS_INIT;
	char *out = NULL;
	o.texts = t;
	o.include_text = true;
	if (big_assessment_new(&a, cat, "GM0001", "2026") || big_score(&r, a, &o))
		abort();
	if (big_report_to_json(&out, NULL, r, 0))
		abort();
	big_free(out);
	if (big_report_to_csv(&out, NULL, r, 0))
		abort();
	big_free(out);
	if (big_report_gaps_to_csv(&out, NULL, r, 0))
		abort();
	big_free(out);
	big_report_free(r);
	big_assessment_free(a);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static big_catalogue *cat; /* loaded once, kept for the process */
	big_load_options opts = BIG_LOAD_OPTIONS_INIT;
	if (!cat && big_catalogue_builtin(&cat, "bio2-1.3"))
		abort();
	for (int strict = 0; strict <= 1; strict++) {
		big_texts *t = NULL;
		opts.flags = strict ? BIG_LOAD_STRICT : 0;
		int rc = big_texts_load_buffer(&t, cat, (const char *)data, size, &opts);
		if ((rc == 0) != (t != NULL) || (rc && !*big_error_last()->message))
			abort(); /* a failure must leave *out NULL and say why */
		if (t) {
			walk(t, cat);
			report(t, cat);
			big_texts_free(t);
		}
	}
	return 0;
}
