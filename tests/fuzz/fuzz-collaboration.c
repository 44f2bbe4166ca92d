/*
 * Fuzz target: the collaboration loader, in lenient and in strict mode, its
 * getters, and the effective assessment of a member under whatever loads,
 * saved and loaded again.
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
    "\"nodes\":[{\"id\":\"A\",\"kind\":\"chapter\",\"title\":\"A\",\"children\":["
    "{\"id\":\"A.1\",\"kind\":\"r\",\"title\":\"a1\"},"
    "{\"id\":\"A.2\",\"kind\":\"r\",\"title\":\"a2\",\"weight\":2}]},"
    "{\"id\":\"B\",\"kind\":\"r\",\"title\":\"B\",\"assessable\":true,\"children\":["
    "{\"id\":\"B.1\",\"kind\":\"r\",\"title\":\"b1\"}]}]}";

static big_catalogue *cat;
static big_assessment *member, *theirs;

static void setup(void)
{
	if (cat)
		return;
	if (big_catalogue_load_buffer(&cat, catalogue, strlen(catalogue), NULL) ||
	    big_assessment_new(&member, cat, "GM9901", "2025") ||
	    big_assessment_set_status(member, "A.1", BIG_STATUS_IMPLEMENTED) ||
	    big_assessment_set_status(member, "B.1", BIG_STATUS_NOT_APPLICABLE) ||
	    big_assessment_set_explanation(member, "B.1", "x") ||
	    big_assessment_new(&theirs, cat, "SV", "2025") ||
	    big_assessment_set_status(theirs, "A.2", BIG_STATUS_PARTIALLY_IMPLEMENTED) ||
	    big_assessment_set_maturity(theirs, "A.2", 2) ||
	    big_assessment_set_status(theirs, "B", BIG_STATUS_IMPLEMENTED))
		abort();
}

static void walk(const big_collaboration *c)
{
	if (!*big_collaboration_id(c) || !big_policy_name(big_collaboration_policy(c)))
		abort();
	size_t n = big_collaboration_member_count(c);
	for (size_t i = 0; i < n; i++)
		if (!big_collaboration_has_member(c, big_collaboration_member_id(c, i)) ||
		    !(big_collaboration_member_weight(c, i) > 0))
			abort();
	for (size_t i = 0; i < big_collaboration_delegated_count(c); i++) {
		const big_node *node = big_collaboration_delegated(c, i);
		if (!node || !big_collaboration_delegates(c, big_node_id(node)))
			abort();
	}
	for (size_t i = 0; i < big_collaboration_diagnostic_count(c); i++)
		if (!big_collaboration_diagnostic(c, i)->path)
			abort();
}

/* The effective assessment of @member (when it is a member), which must save
 * and load again to the same bytes. */
static void effective(const big_collaboration *c, const big_assessment *with)
{
	big_assessment *e = NULL, *b = NULL;
	int rc = big_effective_assessment(&e, c, member, with);
	if (rc) {
		if (e || (rc != BIG_ENOTFOUND && rc != BIG_EMISMATCH))
			abort();
		return;
	}
	char *one = NULL, *two = NULL;
	if (big_assessment_to_json(&one, NULL, e, 0) ||
	    big_assessment_load_buffer(&b, cat, one, strlen(one), NULL) ||
	    big_assessment_to_json(&two, NULL, b, 0) || strcmp(one, two) != 0)
		abort();
	for (size_t i = 0; i < big_catalogue_requirement_count(cat); i++) {
		const char *id = big_node_id(big_catalogue_requirement(cat, i));
		bool delegated = big_assessment_provenance(e, id) == BIG_PROVENANCE_DELEGATED;
		if (delegated != (big_assessment_provenance(b, id) == BIG_PROVENANCE_DELEGATED) ||
		    (delegated && !big_collaboration_delegates(c, id)))
			abort();
	}
	big_free(one);
	big_free(two);
	big_assessment_free(b);
	big_assessment_free(e);
}

static bool fraction(bool has, double v)
{
	return !has || (v >= 0 && v <= 1);
}

/* The collaboration aggregated under every method, with itself in the pool
 * of collaborations: a member that is the collaboration is a cycle. */
static void aggregate(const big_collaboration *c)
{
	const big_assessment *pool[] = {member, theirs};
	const big_collaboration *collabs[] = {c};
	big_aggregate_options o = BIG_AGGREGATE_OPTIONS_INIT;
	for (int m = BIG_AGGREGATE_WEAKEST; m <= BIG_AGGREGATE_MEDIAN; m++) {
		big_aggregate_report *ag = NULL;
		char *json = NULL;
		o.method = (big_aggregate_method)m;
		int rc = big_aggregate_collaboration(&ag, c, collabs, 1, pool, 2, &o);
		if (rc) {
			if (ag || (rc != BIG_ESCHEMA && rc != BIG_EMISMATCH))
				abort();
			continue;
		}
		const big_aggregate_scores *s = big_aggregate_report_overall(ag);
		if (big_aggregate_report_member_count(ag) != big_collaboration_member_count(c) ||
		    s->n > big_aggregate_report_member_count(ag) ||
		    !fraction(s->has_implementation, s->implementation) ||
		    !fraction(s->has_coverage, s->coverage) ||
		    !fraction(s->has_coverage, s->comply_or_explain) ||
		    big_aggregate_report_to_json(&json, NULL, ag, 0))
			abort();
		big_free(json);
		big_aggregate_report_free(ag);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	big_load_options opts = BIG_LOAD_OPTIONS_INIT;
	setup();
	for (int strict = 0; strict <= 1; strict++) {
		big_collaboration *c = NULL;
		opts.flags = strict ? BIG_LOAD_STRICT : 0;
		int rc = big_collaboration_load_buffer(&c, cat, (const char *)data, size, &opts);
		if ((rc == 0) != (c != NULL) || (rc && !*big_error_last()->message))
			abort(); /* a failure must leave *out NULL and say why */
		if (c) {
			walk(c);
			effective(c, NULL);
			effective(c, theirs);
			aggregate(c);
			big_collaboration_free(c);
		}
	}
	return 0;
}
