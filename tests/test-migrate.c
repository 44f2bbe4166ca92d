/*
 * libbig tests — suite "migrate": the migration example of docs/scoring.md
 * ("Migration") on two small catalogues, and a BIO 1.04 assessment of the
 * fictional Gemeente Lindeveen migrated to BIO2 1.2 with the built-in
 * mapping "bio-to-bio2", and its BIO2 1.2 demo assessment migrated to BIO2
 * 1.3 with "bio2-1.2-to-1.3".
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "test-common.h"

/* The small example of docs/scoring.md. */
static const char *const src_json =
    "{\"format\":\"libbig.catalogue\",\"format_version\":1,\"id\":\"src\",\"version\":\"1\","
    "\"nodes\":[{\"id\":\"S\",\"kind\":\"chapter\",\"title\":\"S\",\"children\":["
    "{\"id\":\"S1\",\"kind\":\"control\",\"title\":\"S1\"},"
    "{\"id\":\"S2\",\"kind\":\"control\",\"title\":\"S2\"},"
    "{\"id\":\"S3\",\"kind\":\"control\",\"title\":\"S3\"},"
    "{\"id\":\"S4\",\"kind\":\"control\",\"title\":\"S4\"},"
    "{\"id\":\"S5\",\"kind\":\"control\",\"title\":\"S5\"},"
    "{\"id\":\"S6\",\"kind\":\"control\",\"title\":\"S6\"},"
    "{\"id\":\"S7\",\"kind\":\"control\",\"title\":\"S7\"},"
    "{\"id\":\"S8\",\"kind\":\"control\",\"title\":\"S8\"},"
    "{\"id\":\"S9\",\"kind\":\"control\",\"title\":\"S9\"},"
    "{\"id\":\"S10\",\"kind\":\"control\",\"title\":\"S10\"}]}]}";

static const char *const tgt_json =
    "{\"format\":\"libbig.catalogue\",\"format_version\":1,\"id\":\"tgt\",\"version\":\"1\","
    "\"nodes\":[{\"id\":\"T\",\"kind\":\"theme\",\"title\":\"T\",\"children\":["
    "{\"id\":\"T1\",\"kind\":\"control\",\"title\":\"T1\"},"
    "{\"id\":\"T2\",\"kind\":\"control\",\"title\":\"T2\"},"
    "{\"id\":\"T3\",\"kind\":\"control\",\"title\":\"T3\"},"
    "{\"id\":\"T4\",\"kind\":\"control\",\"title\":\"T4\"},"
    "{\"id\":\"T5\",\"kind\":\"control\",\"title\":\"T5\"},"
    "{\"id\":\"T6\",\"kind\":\"control\",\"title\":\"T6\",\"children\":["
    "{\"id\":\"T6.a\",\"kind\":\"measure\",\"title\":\"T6.a\"},"
    "{\"id\":\"T6.b\",\"kind\":\"measure\",\"title\":\"T6.b\"}]},"
    "{\"id\":\"T7\",\"kind\":\"control\",\"title\":\"T7\"},"
    "{\"id\":\"T8\",\"kind\":\"control\",\"title\":\"T8\"}]}]}";

static const char *const map_json =
    "{\"format\":\"libbig.mapping\",\"format_version\":1,\"id\":\"src-to-tgt\","
    "\"source\":{\"id\":\"src\",\"version\":\"1\"},\"target\":{\"id\":\"tgt\",\"version\":\"1\"},"
    "\"entries\":["
    "{\"source\":\"S1\",\"target\":\"T1\",\"relationship\":\"equal\"},"
    "{\"source\":\"S2\",\"target\":\"T2\",\"relationship\":\"subset\"},"
    "{\"source\":\"S3\",\"target\":\"T3\",\"relationship\":\"superset\"},"
    "{\"source\":\"S4\",\"target\":\"T4\",\"relationship\":\"intersect\"},"
    "{\"source\":\"S5\",\"target\":\"T5\",\"relationship\":\"equal\"},"
    "{\"source\":\"S6\",\"target\":\"T5\",\"relationship\":\"subset\"},"
    "{\"source\":\"S7\",\"target\":\"T6\",\"relationship\":\"equal\"},"
    "{\"source\":\"S8\",\"target\":\"T1\",\"relationship\":\"not_related\"},"
    "{\"source\":\"S10\",\"target\":\"T8\",\"relationship\":\"equal\"}],"
    "\"unmapped\":[\"S9\"]}";

static struct {
	big_catalogue *src, *tgt;
	big_mapping *map;
	big_assessment *a;
} ex;

static void set(big_assessment *a, const char *id, big_status st, int maturity)
{
	assert_big_ok(big_assessment_set_status(a, id, st));
	if (maturity >= 0)
		assert_big_ok(big_assessment_set_maturity(a, id, maturity));
}

static void example_setup(void)
{
	ex.src = test_catalogue_from_string(src_json);
	ex.tgt = test_catalogue_from_string(tgt_json);
	assert_big_ok(big_mapping_load_buffer(&ex.map, map_json, strlen(map_json), NULL));
	assert_big_ok(big_assessment_new(&ex.a, ex.src, "GM9901", "2024"));
	assert_big_ok(big_assessment_set_organisation_name(ex.a, "Gemeente Lindeveen"));
	assert_big_ok(big_assessment_set_assessed_on(ex.a, "2024-10-01"));
	assert_big_ok(big_assessment_set_target(ex.a, 3));
	set(ex.a, "S1", BIG_STATUS_IMPLEMENTED, 4);
	set(ex.a, "S2", BIG_STATUS_IMPLEMENTED, 4);
	set(ex.a, "S3", BIG_STATUS_IMPLEMENTED, 5);
	set(ex.a, "S4", BIG_STATUS_NOT_IMPLEMENTED, 1);
	set(ex.a, "S5", BIG_STATUS_PARTIALLY_IMPLEMENTED, 3);
	set(ex.a, "S6", BIG_STATUS_IMPLEMENTED, 4);
	set(ex.a, "S7", BIG_STATUS_IMPLEMENTED, 3);
	assert_big_ok(big_assessment_set_explanation(ex.a, "S7", "Beleid vastgesteld"));
	assert_big_ok(big_assessment_set_owner(ex.a, "S7", "CISO"));
	assert_big_ok(big_assessment_add_evidence(ex.a, "S7", "doc-1"));
	assert_big_ok(big_assessment_add_action(ex.a, "S7", "Beleid evalueren", "CISO",
						"2025-03-31", BIG_ACTION_IN_PROGRESS));
	assert_big_ok(big_assessment_add_action(ex.a, "S7", "Beleid publiceren", NULL, NULL,
						BIG_ACTION_DONE));
	/* T5 takes S6's result; the open actions of S5, not chosen, come too
	 * (each description once, done ones not) */
	assert_big_ok(
	    big_assessment_add_action(ex.a, "S6", "Gedeeld plan", NULL, NULL, BIG_ACTION_PLANNED));
	assert_big_ok(
	    big_assessment_add_action(ex.a, "S5", "Gedeeld plan", "IM", NULL, BIG_ACTION_PLANNED));
	assert_big_ok(
	    big_assessment_add_action(ex.a, "S5", "Afgerond", NULL, NULL, BIG_ACTION_DONE));
	assert_big_ok(big_assessment_add_action(ex.a, "S5", "Logging inrichten", "IT", "2025-06-30",
						BIG_ACTION_IN_PROGRESS));
	set(ex.a, "S8", BIG_STATUS_IMPLEMENTED, 2);
	set(ex.a, "S9", BIG_STATUS_IMPLEMENTED, 2);
	/* S10: no result */
}

static void example_teardown(void)
{
	big_assessment_free(ex.a);
	big_mapping_free(ex.map);
	big_catalogue_free(ex.tgt);
	big_catalogue_free(ex.src);
	memset(&ex, 0, sizeof(ex));
}

static big_migration *migrate(const big_assessment *a, const big_mapping *map,
			      const big_catalogue *tgt, const big_migrate_options *opts)
{
	big_migration *m = NULL;

	assert_big_ok(big_migrate(&m, a, map, tgt, opts));
	ck_assert_ptr_nonnull(m);
	return m;
}

/* Status and maturity of a migrated result (maturity -1 when none). */
static void check_result(const big_assessment *a, const char *id, big_status st, int maturity)
{
	const big_result *r = big_assessment_result(a, id);

	ck_assert_msg(r != NULL, "%s has no result", id);
	ck_assert_msg(big_result_status(r) == st, "%s: status %s, expected %s", id,
		      big_status_name(big_result_status(r)), big_status_name(st));
	ck_assert_msg(big_result_maturity(r) == maturity, "%s: maturity %d, expected %d", id,
		      big_result_maturity(r), maturity);
}

static void check_origin(const big_migration *m, const char *target, size_t i, const char *source,
			 big_relationship rel, const char *via, bool capped, bool chosen)
{
	const big_migration_origin *o = big_migration_provenance(m, target, i);

	ck_assert_msg(o != NULL, "%s: no source %zu", target, i);
	ck_assert_str_eq(o->source, source);
	ck_assert_int_eq(o->relationship, rel);
	ck_assert_str_eq(o->via, via);
	ck_assert_msg(o->capped == capped && o->chosen == chosen, "%s/%s: capped %d chosen %d",
		      target, source, o->capped, o->chosen);
}

START_TEST(test_example)
{
	big_migration *m = migrate(ex.a, ex.map, ex.tgt, NULL);
	const big_assessment *a = big_migration_assessment(m);

	ck_assert_ptr_eq(big_assessment_catalogue(a), ex.tgt);
	ck_assert_str_eq(big_assessment_organisation_id(a), "GM9901");
	ck_assert_str_eq(big_assessment_organisation_name(a), "Gemeente Lindeveen");
	ck_assert_str_eq(big_assessment_period(a), "2024");
	ck_assert_str_eq(big_assessment_assessed_on(a), "2024-10-01");
	ck_assert_int_eq(big_assessment_target(a), 3);

	ck_assert_uint_eq(big_migration_migrated_count(m), 8);
	ck_assert_uint_eq(big_migration_review_count(m), 6);

	/* equal: copied, no review */
	check_result(a, "T1", BIG_STATUS_IMPLEMENTED, 4);
	ck_assert_uint_eq(big_migration_provenance_count(m, "T1"), 1); /* S8 is not_related */
	check_origin(m, "T1", 0, "S1", BIG_RELATIONSHIP_EQUAL, "T1", false, true);
	ck_assert(!big_migration_needs_review(m, "T1"));
	ck_assert(!big_migration_capped(m, "T1"));
	/* subset: capped, maturity at most 2 */
	check_result(a, "T2", BIG_STATUS_PARTIALLY_IMPLEMENTED, 2);
	check_origin(m, "T2", 0, "S2", BIG_RELATIONSHIP_SUBSET, "T2", true, true);
	ck_assert(big_migration_needs_review(m, "T2"));
	ck_assert(big_migration_capped(m, "T2"));
	/* superset: copied, but reviewed */
	check_result(a, "T3", BIG_STATUS_IMPLEMENTED, 5);
	ck_assert(big_migration_needs_review(m, "T3"));
	ck_assert(!big_migration_capped(m, "T3"));
	/* intersect: nothing to cap */
	check_result(a, "T4", BIG_STATUS_NOT_IMPLEMENTED, 1);
	check_origin(m, "T4", 0, "S4", BIG_RELATIONSHIP_INTERSECT, "T4", false, true);
	ck_assert(big_migration_needs_review(m, "T4"));
	/* two sources: S5 partially 3, S6 capped to partially 2: the lower maturity wins */
	ck_assert_uint_eq(big_migration_provenance_count(m, "T5"), 2);
	check_origin(m, "T5", 0, "S5", BIG_RELATIONSHIP_EQUAL, "T5", false, false);
	check_origin(m, "T5", 1, "S6", BIG_RELATIONSHIP_SUBSET, "T5", true, true);
	check_result(a, "T5", BIG_STATUS_PARTIALLY_IMPLEMENTED, 2);
	ck_assert(big_migration_needs_review(m, "T5"));
	/* an entry to a control with measures applies to each measure, capped */
	const char *measures[] = {"T6.a", "T6.b"};
	for (size_t i = 0; i < 2; i++) {
		const char *id = measures[i];
		check_result(a, id, BIG_STATUS_PARTIALLY_IMPLEMENTED, 2);
		check_origin(m, id, 0, "S7", BIG_RELATIONSHIP_EQUAL, "T6", true, true);
		ck_assert(big_migration_needs_review(m, id));
		const big_result *r = big_assessment_result(a, id);
		ck_assert_str_eq(big_result_explanation(r), "Beleid vastgesteld");
		ck_assert_str_eq(big_result_owner(r), "CISO");
		ck_assert_uint_eq(big_result_evidence_count(r), 2);
		ck_assert_str_eq(big_result_evidence(r, 0), "doc-1");
		ck_assert_str_eq(big_result_evidence(r, 1),
				 "migrated from src 1 S7 (equal, via T6)");
		/* the actions follow the result, as its explanation and owner do */
		ck_assert_uint_eq(big_result_action_count(r), 2);
		const big_action *x = big_result_action(r, 0);
		ck_assert_str_eq(big_action_description(x), "Beleid evalueren");
		ck_assert_str_eq(big_action_owner(x), "CISO");
		ck_assert_str_eq(big_action_due(x), "2025-03-31");
		ck_assert_int_eq(big_action_get_status(x), BIG_ACTION_IN_PROGRESS);
		ck_assert_int_eq(big_action_get_status(big_result_action(r, 1)), BIG_ACTION_DONE);
	}
	ck_assert_uint_eq(big_result_action_count(big_assessment_result(a, "T2")), 0);
	const big_result *t5 = big_assessment_result(a, "T5");
	ck_assert_uint_eq(big_result_action_count(t5), 2);
	ck_assert_str_eq(big_action_description(big_result_action(t5, 0)), "Gedeeld plan");
	ck_assert_ptr_null(big_action_owner(big_result_action(t5, 0))); /* S6's own */
	ck_assert_str_eq(big_action_description(big_result_action(t5, 1)), "Logging inrichten");
	ck_assert_str_eq(big_action_due(big_result_action(t5, 1)), "2025-06-30");
	ck_assert_int_eq(big_action_get_status(big_result_action(t5, 1)), BIG_ACTION_IN_PROGRESS);
	ck_assert_str_eq(big_result_evidence(big_assessment_result(a, "T2"), 0),
			 "migrated from src 1 S2 (subset)");
	ck_assert_uint_eq(big_migration_provenance_count(m, "T6"), 0); /* not a requirement */
	/* a source without a result: mapped, but nothing to carry over */
	ck_assert_uint_eq(big_migration_provenance_count(m, "T8"), 1);
	ck_assert_ptr_null(big_assessment_result(a, "T8"));
	ck_assert(!big_migration_needs_review(m, "T8"));

	ck_assert_uint_eq(big_migration_unmapped_target_count(m), 1);
	ck_assert_str_eq(big_migration_unmapped_target(m, 0), "T7");
	ck_assert_ptr_null(big_migration_unmapped_target(m, 1));
	ck_assert_ptr_null(big_assessment_result(a, "T7"));
	ck_assert_uint_eq(big_migration_unmapped_source_count(m), 2);
	ck_assert_str_eq(big_migration_unmapped_source(m, 0), "S8");
	ck_assert_str_eq(big_migration_unmapped_source(m, 1), "S9");
	ck_assert_ptr_null(big_migration_unmapped_source(m, 2));

	/* the migrated assessment scores: flat (1 + .5 + 1 + 0 + .5 + .5 + .5 + 0 + 0) / 9 */
	big_score_options so = BIG_SCORE_OPTIONS_INIT;
	big_report *rep = NULL;
	so.rollup = BIG_ROLLUP_FLAT;
	assert_big_ok(big_score(&rep, a, &so));
	ck_assert_double_eq(big_report_overall(rep)->implementation, 4.0 / 9.0);
	ck_assert_uint_eq(big_report_overall(rep)->counts[BIG_STATUS_PARTIALLY_IMPLEMENTED], 4);
	big_report_free(rep);
	big_migration_free(m);
}
END_TEST

START_TEST(test_keep_maturity)
{
	big_migrate_options opts = BIG_MIGRATE_OPTIONS_INIT;
	opts.flags = BIG_MIGRATE_KEEP_MATURITY;
	big_migration *m = migrate(ex.a, ex.map, ex.tgt, &opts);
	check_result(big_migration_assessment(m), "T2", BIG_STATUS_PARTIALLY_IMPLEMENTED, 4);
	check_result(big_migration_assessment(m), "T6.a", BIG_STATUS_PARTIALLY_IMPLEMENTED, 3);
	big_migration_free(m);
}
END_TEST

START_TEST(test_errors)
{
	big_migration *m = NULL;
	big_migrate_options opts = BIG_MIGRATE_OPTIONS_INIT;
	big_catalogue *bio2 = NULL;

	assert_big_fails(big_migrate(NULL, ex.a, ex.map, ex.tgt, NULL), BIG_EINVAL);
	assert_big_fails(big_migrate(&m, NULL, ex.map, ex.tgt, NULL), BIG_EINVAL);
	assert_big_fails(big_migrate(&m, ex.a, NULL, ex.tgt, NULL), BIG_EINVAL);
	assert_big_fails(big_migrate(&m, ex.a, ex.map, NULL, NULL), BIG_EINVAL);
	opts.version = 99;
	assert_big_fails(big_migrate(&m, ex.a, ex.map, ex.tgt, &opts), BIG_EINVAL);
	opts.version = BIG_MIGRATE_OPTIONS_VERSION;
	opts.flags = 1u << 7;
	assert_big_fails(big_migrate(&m, ex.a, ex.map, ex.tgt, &opts), BIG_EINVAL);
	/* the mapping's target is not that catalogue; the assessment is not of its source */
	assert_big_ok(big_catalogue_builtin(&bio2, "bio2"));
	assert_big_fails(big_migrate(&m, ex.a, ex.map, bio2, NULL), BIG_EMISMATCH);
	assert_big_fails(big_migrate(&m, ex.a, ex.map, ex.src, NULL), BIG_EMISMATCH);
	ck_assert_ptr_null(m);
	big_catalogue_free(bio2);

	/* an entry from a node that is not a requirement */
	const char *bad = "{\"format\":\"libbig.mapping\",\"format_version\":1,\"id\":\"x\","
			  "\"source\":{\"id\":\"src\",\"version\":\"1\"},"
			  "\"target\":{\"id\":\"tgt\",\"version\":\"1\"},"
			  "\"entries\":[{\"source\":\"S\",\"target\":\"T1\","
			  "\"relationship\":\"equal\"}]}";
	big_mapping *bm = NULL;
	assert_big_ok(big_mapping_load_buffer(&bm, bad, strlen(bad), NULL));
	assert_big_fails(big_migrate(&m, ex.a, bm, ex.tgt, NULL), BIG_EINVAL);
	big_mapping_free(bm);

	ck_assert_uint_eq(big_migration_migrated_count(NULL), 0);
	ck_assert_ptr_null(big_migration_assessment(NULL));
	ck_assert(!big_migration_needs_review(NULL, "T1"));
	big_migration_free(NULL);
}
END_TEST

START_TEST(test_take_and_outlive)
{
	big_migration *m = migrate(ex.a, ex.map, ex.tgt, NULL);
	big_assessment *a = NULL;

	/* the migration keeps what it needs: free the inputs first */
	example_teardown();
	assert_big_ok(big_migration_take_assessment(&a, m));
	ck_assert_ptr_nonnull(a);
	ck_assert_ptr_null(big_migration_assessment(m));
	big_assessment *again = a;
	assert_big_fails(big_migration_take_assessment(&again, m), BIG_ENOTFOUND);
	ck_assert_ptr_null(again);
	check_origin(m, "T5", 1, "S6", BIG_RELATIONSHIP_SUBSET, "T5", true, true);
	char *json = NULL;
	assert_big_ok(big_migration_to_json(&json, NULL, m, BIG_JSON_COMPACT));
	big_migration_free(m);
	ck_assert(test_contains(json, "\"format\":\"libbig.migration\""));
	big_free(json);
	assert_big_ok(big_assessment_set_status(a, "T7", BIG_STATUS_IMPLEMENTED));
	/* take the reference path: big_assessment_free(a) drops the last catalogue ref */
	big_assessment_free(a);
}
END_TEST

static const cJSON *get(const cJSON *o, const char *key)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
	ck_assert_msg(v != NULL, "no member %s", key);
	return v;
}

START_TEST(test_json)
{
	big_migration *m = migrate(ex.a, ex.map, ex.tgt, NULL);
	char *a = NULL, *b = NULL;
	size_t len = 0;

	assert_big_ok(big_migration_to_json(&a, &len, m, 0));
	ck_assert_uint_eq(len, strlen(a));
	big_migration_free(m);
	m = migrate(ex.a, ex.map, ex.tgt, NULL);
	assert_big_ok(big_migration_to_json(&b, NULL, m, 0));
	ck_assert_str_eq(a, b); /* deterministic */
	assert_big_fails(big_migration_to_json(NULL, NULL, m, 0), BIG_EINVAL);

	cJSON *doc = cJSON_Parse(a);
	ck_assert_ptr_nonnull(doc);
	ck_assert_str_eq(get(doc, "format")->valuestring, "libbig.migration");
	ck_assert_str_eq(get(doc, "mapping")->valuestring, "src-to-tgt");
	ck_assert_str_eq(get(get(doc, "source"), "id")->valuestring, "src");
	ck_assert_str_eq(get(get(doc, "target"), "id")->valuestring, "tgt");
	const cJSON *sum = get(doc, "summary");
	ck_assert_int_eq(get(sum, "requirements")->valueint, 9);
	ck_assert_int_eq(get(sum, "migrated")->valueint, 8);
	ck_assert_int_eq(get(sum, "needs_review")->valueint, 6);
	ck_assert_int_eq(get(sum, "capped")->valueint, 4);
	ck_assert_int_eq(get(sum, "unmapped_targets")->valueint, 1);
	ck_assert_int_eq(get(sum, "unmapped_sources")->valueint, 2);
	const cJSON *reqs = get(doc, "requirements");
	ck_assert_int_eq(cJSON_GetArraySize(reqs), 8);
	const cJSON *t5 = cJSON_GetArrayItem(reqs, 4);
	ck_assert_str_eq(get(t5, "id")->valuestring, "T5");
	ck_assert_str_eq(get(t5, "status")->valuestring, "partially_implemented");
	ck_assert_int_eq(get(t5, "maturity")->valueint, 2);
	ck_assert_int_eq(cJSON_GetArraySize(get(t5, "sources")), 2);
	const cJSON *t8 = cJSON_GetArrayItem(reqs, 7);
	ck_assert(cJSON_IsNull(get(t8, "status")));
	const cJSON *us = get(doc, "unmapped_sources");
	ck_assert(cJSON_IsFalse(get(cJSON_GetArrayItem(us, 0), "listed_in_mapping")));
	ck_assert(cJSON_IsTrue(get(cJSON_GetArrayItem(us, 1), "listed_in_mapping")));
	cJSON_Delete(doc);
	big_free(a);
	big_free(b);
	big_migration_free(m);
}
END_TEST

/* The provenance report as CSV: every target requirement in catalogue order,
 * then the unmapped sources (docs/formats.md, section libbig.migration). */
START_TEST(test_csv)
{
	static const char expected[] =
	    "kind,id,title,status,maturity,needs_review,capped,sources,listed_in_mapping\r\n"
	    "migrated,T1,T1,implemented,4,false,false,S1:equal,\r\n"
	    "migrated,T2,T2,partially_implemented,2,true,true,S2:subset,\r\n"
	    "migrated,T3,T3,implemented,5,true,false,S3:superset,\r\n"
	    "migrated,T4,T4,not_implemented,1,true,false,S4:intersect,\r\n"
	    "migrated,T5,T5,partially_implemented,2,true,true,S5:equal|S6:subset,\r\n"
	    "migrated,T6.a,T6.a,partially_implemented,2,true,true,S7:equal:T6,\r\n"
	    "migrated,T6.b,T6.b,partially_implemented,2,true,true,S7:equal:T6,\r\n"
	    "unmapped_target,T7,T7,,,,,,\r\n"
	    "migrated,T8,T8,,,false,false,S10:equal,\r\n"
	    "unmapped_source,S8,,,,,,,false\r\n"
	    "unmapped_source,S9,,,,,,,true\r\n";
	big_migration *m = migrate(ex.a, ex.map, ex.tgt, NULL);
	char *csv = NULL;
	size_t len = 0;

	assert_big_ok(big_migration_to_csv(&csv, &len, m, 0));
	ck_assert_uint_eq(len, strlen(csv));
	ck_assert_str_eq(csv, expected);
	big_free(csv);
	assert_big_ok(big_migration_to_csv(&csv, NULL, m, BIG_CSV_BOM));
	ck_assert_mem_eq(csv, "\xef\xbb\xbfkind,id,", 11);
	big_free(csv);
	assert_big_fails(big_migration_to_csv(NULL, NULL, m, 0), BIG_EINVAL);
	assert_big_fails(big_migration_to_csv(&csv, NULL, NULL, 0), BIG_EINVAL);
	big_migration_free(m);
}
END_TEST

/*
 * The demo: a BIO 1.04 assessment of Gemeente Lindeveen (GM9901), period
 * 2023, with a deterministic mix over the 114 controls in catalogue order:
 * control k gets the status of k mod 8 from the table below (k mod 8 = 7: no
 * result) and maturity k mod 6 when implemented, partially or not
 * implemented; the not_applicable ones are properly explained.
 */
static big_assessment *demo_bio(const big_catalogue *bio)
{
	static const int pattern[8] = {
	    BIG_STATUS_IMPLEMENTED,    BIG_STATUS_PARTIALLY_IMPLEMENTED,
	    BIG_STATUS_IMPLEMENTED,    BIG_STATUS_NOT_IMPLEMENTED,
	    BIG_STATUS_IMPLEMENTED,    BIG_STATUS_PARTIALLY_IMPLEMENTED,
	    BIG_STATUS_NOT_APPLICABLE, -1,
	};
	big_assessment *a = NULL;

	assert_big_ok(big_assessment_new(&a, bio, "GM9901", "2023"));
	assert_big_ok(big_assessment_set_organisation_name(a, "Gemeente Lindeveen"));
	assert_big_ok(big_assessment_set_organisation_kind(a, "gemeente"));
	assert_big_ok(big_assessment_set_assessed_on(a, "2023-11-15"));
	assert_big_ok(big_assessment_set_target(a, 3));
	ck_assert_uint_eq(big_catalogue_requirement_count(bio), 114);
	for (size_t k = 0; k < 114; k++) {
		const char *id = big_node_id(big_catalogue_requirement(bio, k));
		int st = pattern[k % 8];
		if (st < 0)
			continue;
		assert_big_ok(big_assessment_set_status(a, id, (big_status)st));
		if (st == BIG_STATUS_NOT_APPLICABLE) {
			assert_big_ok(big_assessment_set_explanation(a, id, "Niet van toepassing"));
			assert_big_ok(big_assessment_set_expires(a, id, "2024-12-31"));
		} else {
			assert_big_ok(big_assessment_set_maturity(a, id, (int)(k % 6)));
		}
	}
	return a;
}

START_TEST(test_bio_to_bio2)
{
	big_catalogue *bio = NULL, *bio2 = NULL;
	big_mapping *map = NULL;

	assert_big_ok(big_catalogue_builtin(&bio, "bio"));
	assert_big_ok(big_catalogue_builtin(&bio2, "bio2"));
	assert_big_ok(big_mapping_builtin(&map, "bio-to-bio2"));
	big_assessment *src = demo_bio(bio);
	big_migration *m = migrate(src, map, bio2, NULL);
	const big_assessment *a = big_migration_assessment(m);

	/*
	 * Independently of libbig's rule: a bio2 requirement is mapped when some
	 * entry targets it or (for a measure) its control. docs/scoring.md gives
	 * the same numbers, computed from the reference CSVs.
	 */
	size_t mapped = 0, n = big_catalogue_requirement_count(bio2);
	for (size_t i = 0; i < n; i++) {
		const big_node *r = big_catalogue_requirement(bio2, i);
		const big_node *c = big_node_parent(r);
		if (big_mapping_target_entry_count(map, big_node_id(r)) ||
		    (c && !big_node_is_assessable(c) && big_node_depth(c) == 1 &&
		     big_mapping_target_entry_count(map, big_node_id(c))))
			mapped++;
	}
	ck_assert_uint_eq(n, 160);
	ck_assert_uint_eq(mapped, 137);
	ck_assert_uint_eq(big_migration_migrated_count(m), 137);
	ck_assert_uint_eq(big_migration_review_count(m), 115);
	ck_assert_uint_eq(big_migration_unmapped_target_count(m), 23);
	ck_assert_str_eq(big_migration_unmapped_target(m, 0), "5.05.01");
	ck_assert_str_eq(big_migration_unmapped_target(m, 22), "8.34");
	ck_assert_uint_eq(big_migration_unmapped_source_count(m), 9);
	for (size_t i = 0; i < 9; i++)
		ck_assert_str_eq(big_migration_unmapped_source(m, i), big_mapping_unmapped(map, i));

	/* 5.1.1 (implemented, 0) capped to partially 0 beats 5.1.2 (partially, 1) */
	ck_assert_uint_eq(big_migration_provenance_count(m, "5.01.01"), 2);
	check_origin(m, "5.01.01", 0, "5.1.1", BIG_RELATIONSHIP_SUBSET, "5.1", true, true);
	check_origin(m, "5.01.01", 1, "5.1.2", BIG_RELATIONSHIP_SUBSET, "5.1", false, false);
	check_result(a, "5.01.01", BIG_STATUS_PARTIALLY_IMPLEMENTED, 0);
	ck_assert_str_eq(big_result_evidence(big_assessment_result(a, "5.01.01"), 0),
			 "migrated from bio 1.04 5.1.1 (subset, via 5.1)");

	char *json = NULL;
	assert_big_ok(big_migration_to_json(&json, NULL, m, 0));
	cJSON *doc = cJSON_Parse(json);
	const cJSON *sum = get(doc, "summary");
	ck_assert_int_eq(get(sum, "capped")->valueint, 31);
	cJSON_Delete(doc);
	big_free(json);

	/* the migrated assessment scored against bio2, all 160 requirements */
	big_score_options so = BIG_SCORE_OPTIONS_INIT;
	big_report *rep = NULL;
	so.rollup = BIG_ROLLUP_FLAT;
	assert_big_ok(big_score(&rep, a, &so));
	const big_scores *o = big_report_overall(rep);
	ck_assert_uint_eq(o->applicable, 160);
	ck_assert_uint_eq(o->counts[BIG_STATUS_IMPLEMENTED], 10);
	ck_assert_uint_eq(o->counts[BIG_STATUS_PARTIALLY_IMPLEMENTED], 54);
	ck_assert_uint_eq(o->counts[BIG_STATUS_NOT_IMPLEMENTED], 26);
	ck_assert_uint_eq(o->counts[BIG_STATUS_NOT_APPLICABLE], 23);
	ck_assert_uint_eq(o->counts[BIG_STATUS_NOT_ASSESSED], 47);
	ck_assert_double_eq(o->implementation, 37.0 / 137.0);
	ck_assert_double_eq(o->maturity_mean, 183.0 / 90.0);
	ck_assert_double_eq(o->coverage, 113.0 / 160.0);
	big_report_free(rep);
	so.rollup = BIG_ROLLUP_HIERARCHICAL;
	assert_big_ok(big_score(&rep, a, &so));
	ck_assert_double_eq(big_report_overall(rep)->implementation, 0.4218166890580684);
	big_report_free(rep);

	big_migration_free(m);
	big_assessment_free(src);
	big_mapping_free(map);
	big_catalogue_free(bio2);
	big_catalogue_free(bio);
}
END_TEST

/*
 * The demo (examples/data/demo-assessment.json: Gemeente Lindeveen, BIO2 1.2,
 * 157 results on 160 requirements) to BIO2 1.3. The figures follow from the
 * facts (docs/catalogues.md, "The BIO2 1.2 -> 1.3 mapping"): every 1.3
 * requirement has a source but 5.25; eight have a source that is not equal or
 * several sources (5.01.01, 5.02.01, 5.21.03, 6.03.04, 7.10.01, 7.10.02,
 * 8.01.02, 8.24.01) and need review; 5.10, 5.26, 5.35.01 and 7.01.01 have no
 * counterpart.
 */
START_TEST(test_bio2_12_to_13)
{
	big_catalogue *v12 = NULL, *v13 = NULL;
	big_mapping *map = NULL;
	static const char *const review[] = {"5.01.01", "5.02.01", "5.21.03", "6.03.04",
					     "7.10.01", "7.10.02", "8.01.02", "8.24.01"};
	static const char *const unmapped[] = {"5.10", "5.26", "5.35.01", "7.01.01"};

	assert_big_ok(big_catalogue_builtin(&v12, "bio2-1.2"));
	assert_big_ok(big_catalogue_builtin(&v13, "bio2-1.3"));
	assert_big_ok(big_mapping_builtin(&map, "bio2-1.2-to-1.3"));
	big_assessment *src = test_load_assessment(v12, "../../examples/data/demo-assessment.json");
	big_migration *m = migrate(src, map, v13, NULL);
	const big_assessment *a = big_migration_assessment(m);

	ck_assert_uint_eq(big_migration_migrated_count(m), 155);
	ck_assert_uint_eq(big_migration_review_count(m), 8);
	for (size_t i = 0; i < big_catalogue_requirement_count(v13); i++) {
		const char *id = big_node_id(big_catalogue_requirement(v13, i));
		bool listed = false;
		for (size_t k = 0; k < sizeof(review) / sizeof(review[0]); k++)
			listed = listed || strcmp(review[k], id) == 0;
		ck_assert_msg(big_migration_needs_review(m, id) == listed, "%s: review %d", id,
			      !listed);
	}
	ck_assert_uint_eq(big_migration_unmapped_target_count(m), 1);
	ck_assert_str_eq(big_migration_unmapped_target(m, 0), "5.25");
	ck_assert_ptr_null(big_assessment_result(a, "5.25"));
	ck_assert_uint_eq(big_migration_unmapped_source_count(m), 4);
	for (size_t i = 0; i < 4; i++)
		ck_assert_str_eq(big_migration_unmapped_source(m, i), unmapped[i]);

	/* Moved: the result comes along, with its provenance, not for review. */
	check_result(a, "5.10.02", BIG_STATUS_IMPLEMENTED, 4);
	check_origin(m, "5.10.02", 0, "5.04.02", BIG_RELATIONSHIP_EQUAL, "5.10.02", false, true);
	ck_assert_str_eq(big_result_evidence(big_assessment_result(a, "5.10.02"), 1),
			 "migrated from bio2 1.2 5.04.02 (equal)");
	check_result(a, "5.26.02", BIG_STATUS_IMPLEMENTED, 4);
	check_result(a, "5.24.08", BIG_STATUS_IMPLEMENTED, 5);
	/* 6.03.04 is the first bullet of 8.01.02: superset copies, for review. */
	check_result(a, "6.03.04", BIG_STATUS_IMPLEMENTED, 3);
	check_origin(m, "6.03.04", 0, "8.01.02", BIG_RELATIONSHIP_SUPERSET, "6.03.04", false, true);
	/* 5.02.01 got the first part of 5.01.01: both implemented, both capped. */
	ck_assert_uint_eq(big_migration_provenance_count(m, "5.02.01"), 2);
	check_origin(m, "5.02.01", 0, "5.01.01", BIG_RELATIONSHIP_INTERSECT, "5.02.01", true, true);
	check_origin(m, "5.02.01", 1, "5.02.01", BIG_RELATIONSHIP_SUBSET, "5.02.01", true, false);
	check_result(a, "5.02.01", BIG_STATUS_PARTIALLY_IMPLEMENTED, 2);
	/* 8.24.03 (implemented, 2) withdrawn into 8.24.01 (implemented, 3). */
	check_origin(m, "8.24.01", 1, "8.24.03", BIG_RELATIONSHIP_SUBSET, "8.24.01", true, true);
	check_result(a, "8.24.01", BIG_STATUS_PARTIALLY_IMPLEMENTED, 2);
	/* 5.21.01 (implemented, 5) into 5.21.03 (partially, 1): the latter wins. */
	check_origin(m, "5.21.03", 0, "5.21.01", BIG_RELATIONSHIP_SUBSET, "5.21.03", true, false);
	check_result(a, "5.21.03", BIG_STATUS_PARTIALLY_IMPLEMENTED, 1);

	/*
	 * Scored against 1.3: of the demo's 1.2 counts (96 implemented, 34
	 * partially, 16 not, 6 not applicable, 4 risk accepted, 4 not assessed),
	 * the 4 unmapped sources and the 2 measures withdrawn into another leave
	 * 6 implemented; 6.03.04 brings 1; 5.02.01 and 8.24.01 are capped (2 from
	 * implemented to partially); 5.25 is not assessed.
	 */
	big_report *rep = NULL;
	assert_big_ok(big_score(&rep, a, NULL));
	const big_scores *o = big_report_overall(rep);
	ck_assert_uint_eq(o->applicable, 156);
	ck_assert_uint_eq(o->counts[BIG_STATUS_IMPLEMENTED], 96 - 6 + 1 - 2);
	ck_assert_uint_eq(o->counts[BIG_STATUS_PARTIALLY_IMPLEMENTED], 34 + 2);
	ck_assert_uint_eq(o->counts[BIG_STATUS_NOT_IMPLEMENTED], 16);
	ck_assert_uint_eq(o->counts[BIG_STATUS_NOT_APPLICABLE], 6);
	ck_assert_uint_eq(o->counts[BIG_STATUS_RISK_ACCEPTED], 4);
	ck_assert_uint_eq(o->counts[BIG_STATUS_NOT_ASSESSED], 4 + 1);
	big_report_free(rep);

	big_migration_free(m);
	big_assessment_free(src);
	big_mapping_free(map);
	big_catalogue_free(v13);
	big_catalogue_free(v12);
}
END_TEST

static Suite *migrate_suite(void)
{
	Suite *s = suite_create("migrate");
	TCase *tc = tcase_create("example");

	tcase_add_checked_fixture(tc, example_setup, example_teardown);
	tcase_add_test(tc, test_example);
	tcase_add_test(tc, test_keep_maturity);
	tcase_add_test(tc, test_errors);
	tcase_add_test(tc, test_take_and_outlive);
	tcase_add_test(tc, test_json);
	tcase_add_test(tc, test_csv);
	suite_add_tcase(s, tc);
	tc = tcase_create("bio-to-bio2");
	tcase_add_test(tc, test_bio_to_bio2);
	suite_add_tcase(s, tc);
	tc = tcase_create("bio2-1.2-to-1.3");
	tcase_add_test(tc, test_bio2_12_to_13);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return test_run_suite(migrate_suite());
}
