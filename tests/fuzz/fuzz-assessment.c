/*
 * Fuzz target: the assessment loader, against a small catalogue, followed
 * by scoring and serialisation of whatever loads.
 *
 * SPDX-License-Identifier: MIT
 */
#include <big.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"

static const char catalogue[] =
    "{\"format\":\"libbig.catalogue\",\"format_version\":1,\"id\":\"fuzz\",\"version\":\"1\","
    "\"status_values\":{\"partially_implemented\":0.6,\"risk_accepted\":0.1},"
    "\"tags\":[{\"id\":\"t1\"},{\"id\":\"t2\"}],"
    "\"nodes\":[{\"id\":\"A\",\"kind\":\"chapter\",\"title\":\"A\",\"tags\":[\"t1\"],"
    "\"children\":[{\"id\":\"A.1\",\"kind\":\"r\",\"title\":\"a1\"},"
    "{\"id\":\"A.2\",\"kind\":\"r\",\"title\":\"a2\",\"weight\":2,\"mandatory\":true}]},"
    "{\"id\":\"B\",\"kind\":\"r\",\"title\":\"B\",\"assessable\":true,\"children\":["
    "{\"id\":\"B.1\",\"kind\":\"r\",\"title\":\"b1\",\"tags\":[\"t2\"]}]}],"
    "\"profiles\":[{\"id\":\"p1\",\"tags\":[\"t1\"]},"
    "{\"id\":\"p2\",\"tags\":[\"t2\"],\"extends\":[\"p1\"],\"priority\":[\"t2\",\"t1\"]}]}";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static big_catalogue *cat;
	if (!cat && big_catalogue_load_buffer(&cat, catalogue, strlen(catalogue), NULL))
		abort();
	big_load_options opts = BIG_LOAD_OPTIONS_INIT;
	for (int strict = 0; strict <= 1; strict++) {
		big_assessment *a = NULL;
		opts.flags = strict ? BIG_LOAD_STRICT : 0;
		int rc = big_assessment_load_buffer(&a, cat, (const char *)data, size, &opts);
		if ((rc == 0) != (a != NULL))
			abort();
		if (!a)
			continue;
		for (int rollup = 0; rollup < 3; rollup++) {
			big_score_options so = BIG_SCORE_OPTIONS_INIT;
			big_report *r = NULL;
			char *json = NULL;
			so.rollup = (big_rollup)rollup;
			if (big_score(&r, a, &so) || big_report_to_json(&json, NULL, r, 0))
				abort();
			const big_scores *s = big_report_overall(r);
			if (s->has_implementation &&
			    !(s->implementation >= 0 && s->implementation <= 1))
				abort();
			big_free(json);
			big_report_free(r);
		}
		/* What loads must save and load again to the same bytes. */
		char *one = NULL, *two = NULL;
		big_assessment *b = NULL;
		if (big_assessment_to_json(&one, NULL, a, 0) ||
		    big_assessment_load_buffer(&b, cat, one, strlen(one), NULL) ||
		    big_assessment_to_json(&two, NULL, b, 0) || strcmp(one, two) != 0)
			abort();
		big_free(one);
		big_free(two);
		big_assessment_free(b);
		big_assessment_free(a);
	}
	return 0;
}
