/*
 * libbig tests — writes one document of each written-only kind from the test
 * data, for the committed fixtures in tests/data/documents/ (validated by
 * the schemas suite, compared byte for byte by the api suite):
 *
 *   aggregate-collaboration.json  the mean of collaboration RG-DEMO, which
 *                      holds SV-DEMO (tests/data/collaboration/)
 *   aggregate.json     a weighted mean of worked-assessment.json (GM9901) and
 *                      collaboration/worked-collaboration-assessment.json
 *                      (SV-DEMO), with GM9902 expected but missing;
 *   distribution.json  the scores of those two and worked-assessment-after.json,
 *                      with the publication guard at k = 3;
 *   trend.json         the trend of the mean of GM9901 and SV-DEMO (GM9902
 *                      expected, missing) to the mean of
 *                      worked-assessment-after.json (GM9901) and SV-DEMO
 *                      (GM9903 expected, missing): GM9902 left, GM9903 joined;
 *   migration.json     an assessment of small-catalogue.json migrated along
 *                      the mapping below to worked-catalogue.json.
 *
 * Usage: write-documents DATA_DIR OUT_DIR
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "big.h"

static const char *data_dir;

/* Every relationship, a source with two targets, a target with two sources,
 * an entry to a node above requirements, a source that is listed unmapped
 * and one that is only not_related. */
static const char mapping_json[] =
    "{\"format\": \"libbig.mapping\", \"format_version\": 1, \"id\": \"small-to-worked-migration\","
    " \"source\": {\"id\": \"small\", \"version\": \"0.9\"},"
    " \"target\": {\"id\": \"worked-example\", \"version\": \"1\"},"
    " \"entries\": ["
    "{\"source\": \"1.1\", \"target\": \"A.1\", \"relationship\": \"equal\"},"
    "{\"source\": \"1.1\", \"target\": \"A.2\", \"relationship\": \"intersect\"},"
    "{\"source\": \"2.1\", \"target\": \"A.2\", \"relationship\": \"subset\"},"
    "{\"source\": \"2.1\", \"target\": \"B\", \"relationship\": \"superset\"},"
    "{\"source\": \"1.2.1\", \"target\": \"A.3\", \"relationship\": \"not_related\"}],"
    " \"unmapped\": [\"1.2\"]}";

static char *path_of(const char *dir, const char *name)
{
	size_t n = strlen(dir) + strlen(name) + 2;
	char *p = malloc(n);
	if (!p) {
		fputs("write-documents: out of memory\n", stderr);
		exit(1);
	}
	snprintf(p, n, "%s/%s", dir, name);
	return p;
}

static void check(int rc, const char *what)
{
	if (rc != BIG_OK) {
		fprintf(stderr, "write-documents: %s: %s: %s\n", what, big_error_name(rc),
			big_error_last()->message);
		exit(1);
	}
}

static big_catalogue *catalogue(const char *name)
{
	big_catalogue *cat = NULL;
	char *p = path_of(data_dir, name);
	check(big_catalogue_load_file(&cat, p, NULL), p);
	free(p);
	return cat;
}

static big_assessment *assessment(const big_catalogue *cat, const char *name)
{
	big_assessment *a = NULL;
	char *p = path_of(data_dir, name);
	check(big_assessment_load_file(&a, cat, p, NULL), p);
	free(p);
	return a;
}

static void save(const char *dir, const char *name, char *text)
{
	char *p = path_of(dir, name);
	FILE *f = fopen(p, "wb");
	if (!f || fputs(text, f) == EOF || fclose(f) != 0) {
		fprintf(stderr, "write-documents: cannot write %s\n", p);
		exit(1);
	}
	free(p);
	big_free(text);
}

int main(int argc, char **argv)
{
	char *text = NULL;

	if (argc != 3) {
		fputs("usage: write-documents DATA_DIR OUT_DIR\n", stderr);
		return 2;
	}
	data_dir = argv[1];

	big_catalogue *worked = catalogue("worked-catalogue.json");
	big_assessment *as[3] = {
	    assessment(worked, "worked-assessment.json"),
	    assessment(worked, "collaboration/worked-collaboration-assessment.json"),
	    assessment(worked, "worked-assessment-after.json"),
	};

	/* aggregate */
	static const char *const expected[] = {"GM9901", "SV-DEMO", "GM9902"};
	static const double weights[] = {2, 1};
	static const double expected_weights[] = {2, 1, 1};
	big_aggregate_options ao = BIG_AGGREGATE_OPTIONS_INIT;
	big_aggregate_report *ag = NULL;
	ao.method = BIG_AGGREGATE_WEIGHTED_MEAN;
	ao.weights = weights;
	ao.expected_members = expected;
	ao.expected_member_count = 3;
	ao.expected_weights = expected_weights;
	check(big_aggregate(&ag, (const big_assessment *const *)as, 2, &ao), "big_aggregate");
	check(big_aggregate_report_to_json(&text, NULL, ag, 0), "big_aggregate_report_to_json");
	save(argv[2], "aggregate.json", text);
	big_aggregate_report_free(ag);

	/* a collaboration aggregate: RG-DEMO holds SV-DEMO (GM9901 and the
	 * missing GM9902, chapter B delegated) and the missing GM9903 */
	big_collaboration *sv = NULL, *rg = NULL;
	char *svp = path_of(data_dir, "collaboration/worked-collaboration.json");
	char *rgp = path_of(data_dir, "collaboration/worked-region.json");
	check(big_collaboration_load_file(&sv, worked, svp, NULL), svp);
	check(big_collaboration_load_file(&rg, worked, rgp, NULL), rgp);
	const big_collaboration *pool[] = {sv, rg};
	big_aggregate_options co = BIG_AGGREGATE_OPTIONS_INIT;
	co.method = BIG_AGGREGATE_MEAN;
	check(big_aggregate_collaboration(&ag, rg, pool, 2, (const big_assessment *const *)as, 2,
					  &co),
	      "big_aggregate_collaboration");
	check(big_aggregate_report_to_json(&text, NULL, ag, 0), "big_aggregate_report_to_json");
	save(argv[2], "aggregate-collaboration.json", text);
	big_aggregate_report_free(ag);
	big_collaboration_free(sv);
	big_collaboration_free(rg);
	free(svp);
	free(rgp);

	/* trend */
	static const char *const left[] = {"GM9901", "SV-DEMO", "GM9902"};
	static const char *const joined[] = {"GM9901", "SV-DEMO", "GM9903"};
	const big_assessment *later[] = {as[2], as[1]};
	big_aggregate_report *tb = NULL, *ta = NULL;
	big_trend *tr = NULL;
	big_aggregate_options to = BIG_AGGREGATE_OPTIONS_INIT;
	to.method = BIG_AGGREGATE_MEAN;
	to.expected_members = left;
	to.expected_member_count = 3;
	check(big_aggregate(&tb, (const big_assessment *const *)as, 2, &to), "big_aggregate");
	to.expected_members = joined;
	check(big_aggregate(&ta, later, 2, &to), "big_aggregate");
	check(big_trend_new(&tr, tb, ta), "big_trend_new");
	check(big_trend_to_json(&text, NULL, tr, 0), "big_trend_to_json");
	save(argv[2], "trend.json", text);
	big_trend_free(tr);
	big_aggregate_report_free(tb);
	big_aggregate_report_free(ta);

	/* distribution */
	big_report *rs[3] = {NULL, NULL, NULL};
	big_distribution_options dopt = BIG_DISTRIBUTION_OPTIONS_INIT;
	big_distribution *d = NULL;
	for (int i = 0; i < 3; i++)
		check(big_score(&rs[i], as[i], NULL), "big_score");
	dopt.k = 3;
	check(big_distribution_new(&d, (const big_report *const *)rs, 3, &dopt),
	      "big_distribution_new");
	check(big_distribution_to_json(&text, NULL, d, 0), "big_distribution_to_json");
	save(argv[2], "distribution.json", text);
	big_distribution_free(d);
	for (int i = 0; i < 3; i++)
		big_report_free(rs[i]);

	/* migration */
	big_catalogue *small = catalogue("small-catalogue.json");
	big_mapping *map = NULL;
	big_assessment *sa = NULL;
	big_migration *m = NULL;
	check(big_mapping_load_buffer(&map, mapping_json, strlen(mapping_json), NULL),
	      "the mapping");
	check(big_assessment_new(&sa, small, "GM9901", "2024"), "big_assessment_new");
	check(big_assessment_set_organisation_name(sa, "Gemeente Voorbeeldstad"), "name");
	check(big_assessment_set_status(sa, "1.1", BIG_STATUS_IMPLEMENTED), "1.1");
	check(big_assessment_set_maturity(sa, "1.1", 4), "1.1");
	check(big_assessment_set_status(sa, "2.1", BIG_STATUS_PARTIALLY_IMPLEMENTED), "2.1");
	check(big_assessment_set_maturity(sa, "2.1", 3), "2.1");
	check(big_assessment_set_status(sa, "1.2.1", BIG_STATUS_IMPLEMENTED), "1.2.1");
	check(big_migrate(&m, sa, map, worked, NULL), "big_migrate");
	check(big_migration_to_json(&text, NULL, m, 0), "big_migration_to_json");
	save(argv[2], "migration.json", text);
	big_migration_free(m);
	big_assessment_free(sa);
	big_mapping_free(map);
	big_catalogue_free(small);

	for (int i = 0; i < 3; i++)
		big_assessment_free(as[i]);
	big_catalogue_free(worked);
	return 0;
}
