/*
 * Fuzz target: the catalogue loader, in lenient and in strict mode; a loaded
 * catalogue is then scored and its reports written (in its default titles
 * and in English), so that the writers see whatever ids, titles and tags a
 * catalogue can hold.
 *
 * SPDX-License-Identifier: MIT
 */
#include <big.h>
#include <cjson/cJSON.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"

/* An assessment of @cat with every status in turn, maturities, and
 * explanations that are proper or expired. */
static big_assessment *assess(const big_catalogue *cat)
{
	big_assessment *a = NULL;
	if (big_assessment_new(&a, cat, "GM0001", "2025") ||
	    big_assessment_set_assessed_on(a, "2025-06-30"))
		abort();
	int levels = big_catalogue_max_level(cat) + 2; /* -1 (none) to the highest */
	for (size_t i = 0; i < big_catalogue_requirement_count(cat); i++) {
		const char *id = big_node_id(big_catalogue_requirement(cat, i));
		big_status status = (big_status)(i % BIG_STATUS_COUNT);
		if (big_assessment_set_status(a, id, status) ||
		    big_assessment_set_maturity(a, id, (int)(i % (size_t)levels) - 1))
			abort();
		if ((status == BIG_STATUS_NOT_APPLICABLE || status == BIG_STATUS_RISK_ACCEPTED) &&
		    (big_assessment_set_explanation(a, id, "Uitleg \"x\"\n") ||
		     big_assessment_set_expires(a, id, i % 4 < 2 ? "2026-01-01" : "2024-12-31")))
			abort();
	}
	return a;
}

/* The report JSON must read back as JSON, of the length said. */
static void check_json(const big_report *r, unsigned flags)
{
	char *json = NULL;
	size_t len = 0;
	if (big_report_to_json(&json, &len, r, flags) || strlen(json) != len)
		abort();
	cJSON *tree = cJSON_ParseWithLength(json, len);
	if (!tree)
		abort();
	cJSON_Delete(tree);
	big_free(json);
}

static void check_csv(const big_report *r)
{
	char *csv = NULL;
	size_t len = 0;
	if (big_report_to_csv(&csv, &len, r, BIG_CSV_SAFE) || strlen(csv) != len)
		abort();
	big_free(csv);
	if (big_report_gaps_to_csv(&csv, &len, r, 0) || strlen(csv) != len)
		abort();
	big_free(csv);
}

/* Scores under every roll-up, without a profile and with each of the first
 * few, and writes every report. */
static void score_and_write(const big_catalogue *cat)
{
	big_assessment *a = assess(cat);
	size_t profiles = big_catalogue_profile_count(cat);
	for (int m = 0; m < 3; m++)
		for (size_t p = 0; p <= profiles && p <= 3; p++) {
			big_score_options o = BIG_SCORE_OPTIONS_INIT;
			big_report *r = NULL;
			o.rollup = (big_rollup)m;
			o.lang = p % 2 ? "en" : NULL;
			o.profile =
			    p < profiles ? big_profile_id(big_catalogue_profile(cat, p)) : "";
			if (big_score(&r, a, &o))
				abort();
			check_json(r, 0);
			check_json(r, BIG_JSON_COMPACT);
			check_csv(r);
			big_report_free(r);
		}
	big_assessment_free(a);
}

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
				/* Every title it has in another language, and the
				 * default for one it lacks. */
				for (size_t k = 0; k < big_node_title_count(n); k++)
					if (!big_node_title_lang(n, big_node_title_language(n, k)))
						abort();
				if (big_node_title_lang(n, "x-none") != big_node_title(n) &&
				    big_node_title_count(n) == 0)
					abort();
			}
			score_and_write(cat);
			big_catalogue_free(cat);
		}
	}
	return 0;
}
