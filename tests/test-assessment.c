/*
 * libbig tests — suite "assessment": building an assessment through the API,
 * reading it back, and writing it as JSON (round trips).
 *
 * SPDX-License-Identifier: MIT
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "test-common.h"

static big_catalogue *worked;

static void setup(void)
{
	worked = test_load_catalogue("worked-catalogue.json");
}

static void teardown(void)
{
	big_catalogue_free(worked);
	worked = NULL;
}

static big_assessment *new_assessment(void)
{
	big_assessment *a = NULL;

	assert_big_ok(big_assessment_new(&a, worked, "GM9901", "2025"));
	ck_assert_ptr_nonnull(a);
	return a;
}

static const big_result *result(const big_assessment *a, const char *id)
{
	const big_result *r = big_assessment_result(a, id);

	ck_assert_msg(r != NULL, "no result for %s", id);
	return r;
}

/* The worked example of docs/scoring.md, built through the API. */
static big_assessment *build_worked(void)
{
	big_assessment *a = new_assessment();

	assert_big_ok(big_assessment_set_organisation_name(a, "Gemeente Voorbeeldstad"));
	assert_big_ok(big_assessment_set_assessed_on(a, "2025-10-01"));
	assert_big_ok(big_assessment_set_target(a, 3));
	assert_big_ok(big_assessment_set_status(a, "A.1", BIG_STATUS_IMPLEMENTED));
	assert_big_ok(big_assessment_set_maturity(a, "A.1", 4));
	assert_big_ok(big_assessment_set_status(a, "A.2", BIG_STATUS_PARTIALLY_IMPLEMENTED));
	assert_big_ok(big_assessment_set_maturity(a, "A.2", 2));
	assert_big_ok(big_assessment_set_status(a, "A.3", BIG_STATUS_NOT_APPLICABLE));
	assert_big_ok(big_assessment_set_explanation(a, "A.3", "Geen eigen datacenter"));
	assert_big_ok(big_assessment_set_expires(a, "A.3", "2026-12-31"));
	assert_big_ok(big_assessment_set_status(a, "B.1", BIG_STATUS_RISK_ACCEPTED));
	assert_big_ok(big_assessment_set_explanation(a, "B.1", "Vervanging gepland"));
	assert_big_ok(big_assessment_set_expires(a, "B.1", "2026-06-30"));
	assert_big_ok(big_assessment_set_status(a, "B.3", BIG_STATUS_NOT_APPLICABLE));
	return a;
}

static char *to_json(const big_assessment *a, unsigned int flags, size_t *len)
{
	char *out = NULL;
	size_t n = (size_t)-1;

	assert_big_ok(big_assessment_to_json(&out, &n, a, flags));
	ck_assert_ptr_nonnull(out);
	ck_assert_uint_eq(n, strlen(out));
	if (len != NULL)
		*len = n;
	return out;
}

/* Saves, loads, saves again: both texts must be the same bytes. */
static void check_round_trip(const big_assessment *a, unsigned int flags)
{
	size_t len1, len2;
	char *json1 = to_json(a, flags, &len1);
	big_assessment *b = NULL;
	char *json2;

	assert_big_ok(big_assessment_load_buffer(&b, worked, json1, len1, NULL));
	ck_assert_uint_eq(big_assessment_diagnostic_count(b), 0);
	json2 = to_json(b, flags, &len2);
	ck_assert_msg(len1 == len2 && memcmp(json1, json2, len1) == 0,
		      "round trip changed the document:\n%s\n---\n%s", json1, json2);
	big_free(json2);
	big_assessment_free(b);
	big_free(json1);
}

START_TEST(test_new_invalid)
{
	big_assessment *a = NULL;

	assert_big_fails(big_assessment_new(&a, NULL, "GM9901", "2025"), BIG_EINVAL);
	ck_assert_ptr_null(a);
	assert_big_fails(big_assessment_new(&a, worked, "", "2025"), BIG_EINVAL);
	ck_assert_ptr_null(a);
	assert_big_fails(big_assessment_new(&a, worked, NULL, "2025"), BIG_EINVAL);
	ck_assert_ptr_null(a);
	assert_big_fails(big_assessment_new(&a, worked, "GM9901", ""), BIG_EINVAL);
	ck_assert_ptr_null(a);
	assert_big_fails(big_assessment_new(&a, worked, "GM9901", NULL), BIG_EINVAL);
	ck_assert_ptr_null(a);
	assert_big_fails(big_assessment_new(NULL, worked, "GM9901", "2025"), BIG_EINVAL);
}
END_TEST

START_TEST(test_new_defaults)
{
	big_assessment *a = new_assessment();

	ck_assert_ptr_eq(big_assessment_catalogue(a), worked);
	ck_assert_str_eq(big_assessment_organisation_id(a), "GM9901");
	ck_assert_str_eq(big_assessment_organisation_name(a), "");
	ck_assert_str_eq(big_assessment_organisation_kind(a), "");
	ck_assert_str_eq(big_assessment_period(a), "2025");
	ck_assert_str_eq(big_assessment_assessed_on(a), "");
	ck_assert_int_eq(big_assessment_target(a), -1);
	ck_assert_uint_eq(big_assessment_attribute_count(a), 0);
	ck_assert_ptr_null(big_assessment_attribute_name(a, 0));
	ck_assert_uint_eq(big_assessment_diagnostic_count(a), 0);
	ck_assert_ptr_null(big_assessment_diagnostic(a, 0));
	for (size_t i = 0; i < big_catalogue_node_count(worked); i++) {
		const char *id = big_node_id(big_catalogue_node(worked, i));

		ck_assert_msg(big_assessment_result(a, id) == NULL,
			      "new assessment has a result for %s", id);
	}
	big_assessment_free(a);
}
END_TEST

START_TEST(test_organisation)
{
	big_assessment *a = new_assessment();

	assert_big_ok(big_assessment_set_organisation_name(a, "Gemeente Voorbeeldstad"));
	assert_big_ok(big_assessment_set_organisation_kind(a, "gemeente"));
	ck_assert_str_eq(big_assessment_organisation_name(a), "Gemeente Voorbeeldstad");
	ck_assert_str_eq(big_assessment_organisation_kind(a), "gemeente");
	assert_big_ok(big_assessment_set_organisation_name(a, "'s-Hertogenbosch"));
	ck_assert_str_eq(big_assessment_organisation_name(a), "'s-Hertogenbosch");
	big_assessment_free(a);
}
END_TEST

START_TEST(test_status)
{
	big_assessment *a = new_assessment();

	assert_big_ok(big_assessment_set_status(a, "A.1", BIG_STATUS_IMPLEMENTED));
	ck_assert_int_eq(big_result_status(result(a, "A.1")), BIG_STATUS_IMPLEMENTED);
	ck_assert_int_eq(big_result_maturity(result(a, "A.1")), -1);
	ck_assert_str_eq(big_node_id(big_result_node(result(a, "A.1"))), "A.1");
	assert_big_ok(big_assessment_set_status(a, "A.1", BIG_STATUS_RISK_ACCEPTED));
	ck_assert_int_eq(big_result_status(result(a, "A.1")), BIG_STATUS_RISK_ACCEPTED);
	for (int st = 0; st < BIG_STATUS_COUNT; st++) {
		assert_big_ok(big_assessment_set_status(a, "B.2", (big_status)st));
		ck_assert_int_eq(big_result_status(result(a, "B.2")), st);
	}
	ck_assert_ptr_null(big_assessment_result(a, "A.2"));

	assert_big_fails(big_assessment_set_status(a, "Z.9", BIG_STATUS_IMPLEMENTED),
			 BIG_ENOTFOUND);
	ck_assert_ptr_null(big_assessment_result(a, "Z.9"));
	assert_big_fails(big_assessment_set_status(a, NULL, BIG_STATUS_IMPLEMENTED), BIG_EINVAL);
	assert_big_fails(big_assessment_set_explanation(a, NULL, "x"), BIG_EINVAL);
	assert_big_fails(big_assessment_set_status(a, "A", BIG_STATUS_IMPLEMENTED), BIG_EINVAL);
	ck_assert_ptr_null(big_assessment_result(a, "A"));
	assert_big_fails(big_assessment_set_status(a, "A.2", BIG_STATUS_COUNT), BIG_EINVAL);
	assert_big_fails(big_assessment_set_status(a, "A.2", (big_status)-1), BIG_EINVAL);
	assert_big_fails(big_assessment_set_status(a, "A.2", (big_status)99), BIG_EINVAL);
	ck_assert_ptr_null(big_assessment_result(a, "A.2"));
	/* A failed call changed nothing. */
	ck_assert_int_eq(big_result_status(result(a, "A.1")), BIG_STATUS_RISK_ACCEPTED);
	big_assessment_free(a);
}
END_TEST

START_TEST(test_maturity)
{
	big_assessment *a = new_assessment();

	for (int m = 0; m <= 5; m++) {
		assert_big_ok(big_assessment_set_maturity(a, "A.1", m));
		ck_assert_int_eq(big_result_maturity(result(a, "A.1")), m);
	}
	/* A maturity alone records a result that is still not assessed. */
	ck_assert_int_eq(big_result_status(result(a, "A.1")), BIG_STATUS_NOT_ASSESSED);
	assert_big_fails(big_assessment_set_maturity(a, "A.1", 6), BIG_ERANGE);
	assert_big_fails(big_assessment_set_maturity(a, "A.1", -2), BIG_ERANGE);
	assert_big_fails(big_assessment_set_maturity(a, "A.1", 1000), BIG_ERANGE);
	ck_assert_int_eq(big_result_maturity(result(a, "A.1")), 5);
	assert_big_ok(big_assessment_set_maturity(a, "A.1", -1));
	ck_assert_int_eq(big_result_maturity(result(a, "A.1")), -1);
	assert_big_fails(big_assessment_set_maturity(a, "Z.9", 3), BIG_ENOTFOUND);
	assert_big_fails(big_assessment_set_maturity(a, "B", 3), BIG_EINVAL);
	big_assessment_free(a);
}
END_TEST

START_TEST(test_target)
{
	big_assessment *a = new_assessment();

	assert_big_ok(big_assessment_set_target(a, 3));
	ck_assert_int_eq(big_assessment_target(a), 3);
	assert_big_ok(big_assessment_set_target(a, 0));
	ck_assert_int_eq(big_assessment_target(a), 0);
	assert_big_ok(big_assessment_set_target(a, 5));
	ck_assert_int_eq(big_assessment_target(a), 5);
	assert_big_fails(big_assessment_set_target(a, 6), BIG_ERANGE);
	assert_big_fails(big_assessment_set_target(a, -2), BIG_ERANGE);
	ck_assert_int_eq(big_assessment_target(a), 5);
	assert_big_ok(big_assessment_set_target(a, -1));
	ck_assert_int_eq(big_assessment_target(a), -1);
	big_assessment_free(a);
}
END_TEST

static const char *const bad_dates[] = {
    "",
    "2025",
    "2025-10",
    "2025-1-01",
    "2025-10-1",
    "25-10-01",
    "2025/10/01",
    "01-10-2025",
    "2025-13-01",
    "2025-00-10",
    "2025-10-00",
    "2025-10-32",
    "2025-02-30",
    "2025-02-29",
    "2025-04-31",
    "2025-10-01x",
    " 2025-10-01",
    "2025-10-01 ",
    "abcd-ef-gh",
    "2025-10-01T12:00:00Z",
    "+2025-10-01",
    "2025-1a-01",
};

START_TEST(test_assessed_on)
{
	big_assessment *a = new_assessment();

	assert_big_ok(big_assessment_set_assessed_on(a, "2025-10-01"));
	ck_assert_str_eq(big_assessment_assessed_on(a), "2025-10-01");
	assert_big_ok(big_assessment_set_assessed_on(a, "2024-02-29"));
	ck_assert_str_eq(big_assessment_assessed_on(a), "2024-02-29");
	assert_big_ok(big_assessment_set_assessed_on(a, "2000-02-29"));
	assert_big_ok(big_assessment_set_assessed_on(a, "2025-12-31"));
	for (size_t i = 0; i < sizeof(bad_dates) / sizeof(bad_dates[0]); i++) {
		int rc = big_assessment_set_assessed_on(a, bad_dates[i]);

		ck_assert_msg(rc == BIG_EINVAL, "assessed_on \"%s\" gave %s, expected BIG_EINVAL",
			      bad_dates[i], big_error_name(rc));
		ck_assert_int_eq(big_error_last()->code, BIG_EINVAL);
	}
	assert_big_fails(big_assessment_set_assessed_on(a, "1900-02-29"), BIG_EINVAL);
	ck_assert_str_eq(big_assessment_assessed_on(a), "2025-12-31");
	assert_big_ok(big_assessment_set_assessed_on(a, NULL));
	ck_assert_str_eq(big_assessment_assessed_on(a), "");
	big_assessment_free(a);
}
END_TEST

START_TEST(test_expires)
{
	big_assessment *a = new_assessment();

	assert_big_ok(big_assessment_set_expires(a, "A.3", "2026-12-31"));
	ck_assert_str_eq(big_result_expires(result(a, "A.3")), "2026-12-31");
	for (size_t i = 0; i < sizeof(bad_dates) / sizeof(bad_dates[0]); i++) {
		int rc = big_assessment_set_expires(a, "A.3", bad_dates[i]);

		ck_assert_msg(rc == BIG_EINVAL, "expires \"%s\" gave %s, expected BIG_EINVAL",
			      bad_dates[i], big_error_name(rc));
	}
	ck_assert_str_eq(big_result_expires(result(a, "A.3")), "2026-12-31");
	assert_big_ok(big_assessment_set_expires(a, "A.3", NULL));
	ck_assert_str_eq(big_result_expires(result(a, "A.3")), "");
	assert_big_fails(big_assessment_set_expires(a, "Z.9", "2026-12-31"), BIG_ENOTFOUND);
	big_assessment_free(a);
}
END_TEST

START_TEST(test_explanation_owner_evidence)
{
	big_assessment *a = new_assessment();
	const big_result *r;

	assert_big_ok(big_assessment_set_explanation(a, "B.1", "Vervanging gepland"));
	assert_big_ok(big_assessment_set_owner(a, "B.1", "CISO"));
	assert_big_ok(big_assessment_add_evidence(a, "B.1", "besluit-2025-17.pdf"));
	assert_big_ok(big_assessment_add_evidence(a, "B.1", "https://example.org/risico"));
	assert_big_ok(big_assessment_add_evidence(a, "B.1", "besluit-2025-17.pdf"));
	r = result(a, "B.1");
	ck_assert_int_eq(big_result_status(r), BIG_STATUS_NOT_ASSESSED);
	ck_assert_str_eq(big_result_explanation(r), "Vervanging gepland");
	ck_assert_str_eq(big_result_owner(r), "CISO");
	ck_assert_str_eq(big_result_expires(r), "");
	ck_assert_uint_eq(big_result_evidence_count(r), 3);
	ck_assert_str_eq(big_result_evidence(r, 0), "besluit-2025-17.pdf");
	ck_assert_str_eq(big_result_evidence(r, 1), "https://example.org/risico");
	ck_assert_str_eq(big_result_evidence(r, 2), "besluit-2025-17.pdf");
	ck_assert_ptr_null(big_result_evidence(r, 3));

	assert_big_ok(big_assessment_set_explanation(a, "B.1", NULL));
	assert_big_ok(big_assessment_set_owner(a, "B.1", NULL));
	r = result(a, "B.1");
	ck_assert_str_eq(big_result_explanation(r), "");
	ck_assert_str_eq(big_result_owner(r), "");
	ck_assert_uint_eq(big_result_evidence_count(r), 3);

	assert_big_fails(big_assessment_set_explanation(a, "Z.9", "x"), BIG_ENOTFOUND);
	assert_big_fails(big_assessment_set_owner(a, "Z.9", "x"), BIG_ENOTFOUND);
	assert_big_fails(big_assessment_add_evidence(a, "Z.9", "x"), BIG_ENOTFOUND);
	assert_big_fails(big_assessment_set_explanation(a, "B", "x"), BIG_EINVAL);
	assert_big_fails(big_assessment_add_evidence(a, "B.1", NULL), BIG_EINVAL);
	ck_assert_uint_eq(big_result_evidence_count(result(a, "B.1")), 3);

	/* A fresh result has empty getters. */
	assert_big_ok(big_assessment_set_status(a, "A.2", BIG_STATUS_NOT_IMPLEMENTED));
	r = result(a, "A.2");
	ck_assert_str_eq(big_result_explanation(r), "");
	ck_assert_str_eq(big_result_owner(r), "");
	ck_assert_str_eq(big_result_expires(r), "");
	ck_assert_uint_eq(big_result_evidence_count(r), 0);
	ck_assert_ptr_null(big_result_evidence(r, 0));
	big_assessment_free(a);
}
END_TEST

START_TEST(test_attributes)
{
	big_assessment *a = new_assessment();
	double v = -1;

	assert_big_ok(big_assessment_set_attribute(a, "inhabitants", 41250));
	assert_big_ok(big_assessment_set_attribute(a, "area_km2", 52.75));
	assert_big_ok(big_assessment_set_attribute(a, "budget", -0.5));
	ck_assert_uint_eq(big_assessment_attribute_count(a), 3);
	ck_assert_str_eq(big_assessment_attribute_name(a, 0), "inhabitants");
	ck_assert_str_eq(big_assessment_attribute_name(a, 1), "area_km2");
	ck_assert_str_eq(big_assessment_attribute_name(a, 2), "budget");
	ck_assert_ptr_null(big_assessment_attribute_name(a, 3));
	assert_big_ok(big_assessment_attribute(&v, a, "inhabitants"));
	ck_assert_double_eq(v, 41250);
	assert_big_ok(big_assessment_attribute(&v, a, "area_km2"));
	ck_assert_double_eq(v, 52.75);

	/* Replacing keeps the count and the order. */
	assert_big_ok(big_assessment_set_attribute(a, "inhabitants", 41301));
	ck_assert_uint_eq(big_assessment_attribute_count(a), 3);
	ck_assert_str_eq(big_assessment_attribute_name(a, 0), "inhabitants");
	assert_big_ok(big_assessment_attribute(&v, a, "inhabitants"));
	ck_assert_double_eq(v, 41301);

	v = 7;
	assert_big_fails(big_assessment_attribute(&v, a, "employees"), BIG_ENOTFOUND);
	assert_big_fails(big_assessment_set_attribute(a, "", 1), BIG_EINVAL);
	assert_big_fails(big_assessment_set_attribute(a, NULL, 1), BIG_EINVAL);
	assert_big_fails(big_assessment_set_attribute(a, "x", NAN), BIG_EINVAL);
	assert_big_fails(big_assessment_set_attribute(a, "x", INFINITY), BIG_EINVAL);
	assert_big_fails(big_assessment_set_attribute(a, "x", -INFINITY), BIG_EINVAL);
	assert_big_fails(big_assessment_attribute(&v, a, "x"), BIG_ENOTFOUND);
	ck_assert_uint_eq(big_assessment_attribute_count(a), 3);
	big_assessment_free(a);
}
END_TEST

START_TEST(test_status_names)
{
	static const char *const names[BIG_STATUS_COUNT] = {
	    "implemented",    "partially_implemented", "not_implemented",
	    "not_applicable", "risk_accepted",         "not_assessed",
	};
	big_status st;

	for (int i = 0; i < BIG_STATUS_COUNT; i++) {
		ck_assert_str_eq(big_status_name((big_status)i), names[i]);
		st = BIG_STATUS_COUNT;
		assert_big_ok(big_status_from_name(&st, names[i]));
		ck_assert_int_eq(st, i);
	}
	ck_assert_ptr_null(big_status_name(BIG_STATUS_COUNT));
	ck_assert_ptr_null(big_status_name((big_status)-1));
	assert_big_fails(big_status_from_name(&st, "done"), BIG_EINVAL);
	assert_big_fails(big_status_from_name(&st, "Implemented"), BIG_EINVAL);
	assert_big_fails(big_status_from_name(&st, ""), BIG_EINVAL);
	assert_big_fails(big_status_from_name(&st, "implemented "), BIG_EINVAL);
}
END_TEST

START_TEST(test_loaded_getters)
{
	big_assessment *a = test_load_assessment(worked, "worked-assessment.json");
	const big_result *r;

	ck_assert_ptr_eq(big_assessment_catalogue(a), worked);
	ck_assert_str_eq(big_assessment_organisation_id(a), "GM9901");
	ck_assert_str_eq(big_assessment_organisation_name(a), "Gemeente Voorbeeldstad");
	ck_assert_str_eq(big_assessment_organisation_kind(a), "");
	ck_assert_str_eq(big_assessment_period(a), "2025");
	ck_assert_str_eq(big_assessment_assessed_on(a), "2025-10-01");
	ck_assert_int_eq(big_assessment_target(a), 3);
	ck_assert_uint_eq(big_assessment_diagnostic_count(a), 0);

	r = result(a, "A.1");
	ck_assert_int_eq(big_result_status(r), BIG_STATUS_IMPLEMENTED);
	ck_assert_int_eq(big_result_maturity(r), 4);
	r = result(a, "A.2");
	ck_assert_int_eq(big_result_status(r), BIG_STATUS_PARTIALLY_IMPLEMENTED);
	ck_assert_int_eq(big_result_maturity(r), 2);
	r = result(a, "A.3");
	ck_assert_int_eq(big_result_status(r), BIG_STATUS_NOT_APPLICABLE);
	ck_assert_int_eq(big_result_maturity(r), -1);
	ck_assert_str_eq(big_result_explanation(r), "Geen eigen datacenter");
	ck_assert_str_eq(big_result_expires(r), "2026-12-31");
	ck_assert_str_eq(big_result_owner(r), "");
	r = result(a, "B.1");
	ck_assert_int_eq(big_result_status(r), BIG_STATUS_RISK_ACCEPTED);
	ck_assert_str_eq(big_result_explanation(r), "Vervanging gepland");
	ck_assert_str_eq(big_result_expires(r), "2026-06-30");
	ck_assert_ptr_null(big_assessment_result(a, "B.2"));
	r = result(a, "B.3");
	ck_assert_int_eq(big_result_status(r), BIG_STATUS_NOT_APPLICABLE);
	ck_assert_str_eq(big_result_explanation(r), "");
	ck_assert_str_eq(big_result_expires(r), "");
	ck_assert_ptr_null(big_assessment_result(a, "A"));
	big_assessment_free(a);
}
END_TEST

START_TEST(test_loaded_attributes)
{
	static const char doc[] =
	    "{\"format\": \"libbig.assessment\", \"format_version\": 1, "
	    "\"catalogue\": {\"id\": \"worked-example\", \"version\": \"1\"}, "
	    "\"organisation\": {\"id\": \"SV01\", \"name\": \"Sociale dienst\", \"kind\": "
	    "\"samenwerkingsverband\", \"attributes\": {\"inhabitants\": 41250, \"members\": 3, "
	    "\"share\": 0.125}}, \"period\": \"2025\", \"results\": {}}";
	big_assessment *a = NULL;
	double v = 0;

	assert_big_ok(big_assessment_load_buffer(&a, worked, doc, sizeof(doc) - 1, NULL));
	ck_assert_str_eq(big_assessment_organisation_kind(a), "samenwerkingsverband");
	ck_assert_int_eq(big_assessment_target(a), -1);
	ck_assert_str_eq(big_assessment_assessed_on(a), "");
	ck_assert_uint_eq(big_assessment_attribute_count(a), 3);
	ck_assert_str_eq(big_assessment_attribute_name(a, 0), "inhabitants");
	ck_assert_str_eq(big_assessment_attribute_name(a, 1), "members");
	ck_assert_str_eq(big_assessment_attribute_name(a, 2), "share");
	assert_big_ok(big_assessment_attribute(&v, a, "inhabitants"));
	ck_assert_double_eq(v, 41250);
	assert_big_ok(big_assessment_attribute(&v, a, "share"));
	ck_assert_double_eq(v, 0.125);
	check_round_trip(a, 0);
	big_assessment_free(a);
}
END_TEST

START_TEST(test_demonstration)
{
	big_assessment *a = new_assessment();
	const big_result *r;
	const big_demonstration *d;
	const big_evidence_ref *e;

	assert_big_ok(big_assessment_set_status(a, "A.1", BIG_STATUS_IMPLEMENTED));
	r = result(a, "A.1");
	for (int k = 0; k < BIG_DIMENSION_COUNT; k++)
		ck_assert_ptr_null(big_result_demonstration(r, (big_dimension)k));
	assert_big_ok(big_assessment_set_demonstrated(a, "A.1", BIG_DIMENSION_BESTAAN, true));
	d = big_result_demonstration(r, BIG_DIMENSION_BESTAAN);
	ck_assert_ptr_nonnull(d);
	ck_assert(big_demonstration_demonstrated(d));
	ck_assert_uint_eq(big_demonstration_evidence_count(d), 0);
	ck_assert_ptr_null(big_demonstration_evidence(d, 0));
	ck_assert_ptr_null(big_result_demonstration(r, BIG_DIMENSION_OPZET));
	/* Evidence alone records the dimension, not demonstrated. */
	assert_big_ok(big_assessment_add_demonstration_evidence(
	    a, "A.1", BIG_DIMENSION_WERKING, BIG_EVIDENCE_RED_TEAM, "Red team 2025", NULL, NULL));
	assert_big_ok(big_assessment_add_demonstration_evidence(a, "A.1", BIG_DIMENSION_WERKING,
								BIG_EVIDENCE_AUDIT, "ENSIA",
								"https://x/ensia", "2025-06-01"));
	d = big_result_demonstration(r, BIG_DIMENSION_WERKING);
	ck_assert(!big_demonstration_demonstrated(d));
	ck_assert_uint_eq(big_demonstration_evidence_count(d), 2);
	e = big_demonstration_evidence(d, 0);
	ck_assert_int_eq(e->kind, BIG_EVIDENCE_RED_TEAM);
	ck_assert_str_eq(e->what, "Red team 2025");
	ck_assert_ptr_null(e->where);
	ck_assert_ptr_null(e->date);
	e = big_demonstration_evidence(d, 1);
	ck_assert_int_eq(e->kind, BIG_EVIDENCE_AUDIT);
	ck_assert_str_eq(e->where, "https://x/ensia");
	ck_assert_str_eq(e->date, "2025-06-01");
	/* A dimension of a requirement without a result records it. */
	assert_big_ok(big_assessment_set_demonstrated(a, "B.1", BIG_DIMENSION_OPZET, false));
	ck_assert_int_eq(big_result_status(result(a, "B.1")), BIG_STATUS_NOT_ASSESSED);

	assert_big_fails(big_assessment_set_demonstrated(a, "A.1", BIG_DIMENSION_COUNT, true),
			 BIG_EINVAL);
	assert_big_fails(big_assessment_set_demonstrated(a, "A.2", (big_dimension)-1, true),
			 BIG_EINVAL);
	ck_assert_ptr_null(big_assessment_result(a, "A.2"));
	assert_big_fails(big_assessment_set_demonstrated(a, "Z.9", BIG_DIMENSION_OPZET, true),
			 BIG_ENOTFOUND);
	assert_big_fails(big_assessment_add_demonstration_evidence(a, "A.2", BIG_DIMENSION_OPZET,
								   BIG_EVIDENCE_KIND_COUNT, "x",
								   NULL, NULL),
			 BIG_EINVAL);
	assert_big_fails(big_assessment_add_demonstration_evidence(
			     a, "A.2", BIG_DIMENSION_OPZET, BIG_EVIDENCE_OTHER, "", NULL, NULL),
			 BIG_EINVAL);
	assert_big_fails(big_assessment_add_demonstration_evidence(
			     a, "A.2", BIG_DIMENSION_OPZET, BIG_EVIDENCE_OTHER, NULL, NULL, NULL),
			 BIG_EINVAL);
	assert_big_fails(big_assessment_add_demonstration_evidence(
			     a, "A.2", BIG_DIMENSION_OPZET, BIG_EVIDENCE_OTHER, "x", "\xff", NULL),
			 BIG_EINVAL);
	assert_big_fails(big_assessment_add_demonstration_evidence(a, "A.2", BIG_DIMENSION_OPZET,
								   BIG_EVIDENCE_OTHER, "x", NULL,
								   "2025-6-1"),
			 BIG_EINVAL);
	ck_assert_ptr_null(big_assessment_result(a, "A.2"));
	ck_assert_ptr_null(big_result_demonstration(r, BIG_DIMENSION_COUNT));
	check_round_trip(a, 0);
	check_round_trip(a, BIG_JSON_COMPACT);
	big_assessment_free(a);
}
END_TEST

START_TEST(test_dimension_names)
{
	static const char *const dims[] = {"opzet", "bestaan", "werking"};
	static const char *const kinds[] = {"document", "self_assessment", "audit",
					    "pentest",  "red_team",        "other"};
	big_dimension d;
	big_evidence_kind k;

	for (int i = 0; i < BIG_DIMENSION_COUNT; i++) {
		ck_assert_str_eq(big_dimension_name((big_dimension)i), dims[i]);
		assert_big_ok(big_dimension_from_name(&d, dims[i]));
		ck_assert_int_eq(d, i);
	}
	for (int i = 0; i < BIG_EVIDENCE_KIND_COUNT; i++) {
		ck_assert_str_eq(big_evidence_kind_name((big_evidence_kind)i), kinds[i]);
		assert_big_ok(big_evidence_kind_from_name(&k, kinds[i]));
		ck_assert_int_eq(k, i);
	}
	ck_assert_ptr_null(big_dimension_name(BIG_DIMENSION_COUNT));
	ck_assert_ptr_null(big_evidence_kind_name(BIG_EVIDENCE_KIND_COUNT));
	assert_big_fails(big_dimension_from_name(&d, "Opzet"), BIG_EINVAL);
	assert_big_fails(big_evidence_kind_from_name(&k, "red-team"), BIG_EINVAL);
	assert_big_fails(big_evidence_kind_from_name(NULL, "audit"), BIG_EINVAL);
}
END_TEST

START_TEST(test_actions)
{
	big_assessment *a = build_worked();
	const big_result *r = result(a, "A.2");
	const big_action *x;
	big_action_status st;
	char *json;

	ck_assert_uint_eq(big_result_action_count(r), 0);
	ck_assert_ptr_null(big_result_action(r, 0));
	assert_big_ok(big_assessment_add_action(a, "A.2", "Back-ups testen", "IT-beheer",
						"2026-03-31", BIG_ACTION_PLANNED));
	assert_big_ok(
	    big_assessment_add_action(a, "A.2", "Herstelplan", NULL, NULL, BIG_ACTION_DONE));
	ck_assert_uint_eq(big_result_action_count(r), 2);
	x = big_result_action(r, 0);
	ck_assert_str_eq(big_action_description(x), "Back-ups testen");
	ck_assert_str_eq(big_action_owner(x), "IT-beheer");
	ck_assert_str_eq(big_action_due(x), "2026-03-31");
	ck_assert_int_eq(big_action_get_status(x), BIG_ACTION_PLANNED);
	x = big_result_action(r, 1);
	ck_assert_str_eq(big_action_description(x), "Herstelplan");
	ck_assert_ptr_null(big_action_owner(x));
	ck_assert_ptr_null(big_action_due(x));
	ck_assert_int_eq(big_action_get_status(x), BIG_ACTION_DONE);
	ck_assert_ptr_null(big_result_action(r, 2));

	/* bad input: nothing is added */
	assert_big_fails(big_assessment_add_action(a, "A.2", "", NULL, NULL, BIG_ACTION_PLANNED),
			 BIG_EINVAL);
	assert_big_fails(big_assessment_add_action(a, "A.2", NULL, NULL, NULL, BIG_ACTION_PLANNED),
			 BIG_EINVAL);
	assert_big_fails(big_assessment_add_action(a, "A.2", " \t", NULL, NULL, BIG_ACTION_PLANNED),
			 BIG_EINVAL);
	assert_big_fails(
	    big_assessment_add_action(a, "A.2", "x", NULL, "2026-02-29", BIG_ACTION_PLANNED),
	    BIG_EINVAL);
	assert_big_fails(big_assessment_add_action(a, "A.2", "x", "\xff", NULL, BIG_ACTION_PLANNED),
			 BIG_EINVAL);
	assert_big_fails(big_assessment_add_action(a, "A.2", "x", NULL, NULL,
						   (big_action_status)BIG_ACTION_STATUS_COUNT),
			 BIG_EINVAL);
	assert_big_fails(big_assessment_add_action(a, "Z.9", "x", NULL, NULL, BIG_ACTION_PLANNED),
			 BIG_ENOTFOUND);
	assert_big_fails(big_assessment_add_action(a, "A", "x", NULL, NULL, BIG_ACTION_PLANNED),
			 BIG_EINVAL);
	assert_big_fails(big_assessment_clear_actions(a, "Z.9"), BIG_ENOTFOUND);
	ck_assert_uint_eq(big_result_action_count(r), 2);

	/* written after the demonstration, before the source; order kept */
	json = to_json(a, BIG_JSON_COMPACT, NULL);
	ck_assert_msg(strstr(json,
			     "\"A.2\":{\"status\":\"partially_implemented\",\"maturity\":2,"
			     "\"actions\":[{\"description\":\"Back-ups testen\",\"owner\":"
			     "\"IT-beheer\",\"due\":\"2026-03-31\",\"status\":\"planned\"},"
			     "{\"description\":\"Herstelplan\",\"status\":\"done\"}]}") != NULL,
		      "%s", json);
	big_free(json);
	check_round_trip(a, 0);
	check_round_trip(a, BIG_JSON_COMPACT);

	/* an action on a requirement without a result records it */
	ck_assert_ptr_null(big_assessment_result(a, "B.2"));
	assert_big_ok(big_assessment_add_action(a, "B.2", "Inventariseren", NULL, NULL,
						BIG_ACTION_IN_PROGRESS));
	ck_assert_int_eq(big_result_status(result(a, "B.2")), BIG_STATUS_NOT_ASSESSED);
	check_round_trip(a, 0);

	assert_big_ok(big_assessment_clear_actions(a, "A.2"));
	ck_assert_uint_eq(big_result_action_count(r), 0);
	ck_assert_ptr_nonnull(big_assessment_result(a, "A.2"));
	json = to_json(a, BIG_JSON_COMPACT, NULL);
	ck_assert_ptr_null(strstr(json, "Back-ups"));
	big_free(json);
	big_assessment_free(a);

	ck_assert_str_eq(big_action_status_name(BIG_ACTION_PLANNED), "planned");
	ck_assert_str_eq(big_action_status_name(BIG_ACTION_IN_PROGRESS), "in_progress");
	ck_assert_str_eq(big_action_status_name(BIG_ACTION_DONE), "done");
	ck_assert_ptr_null(big_action_status_name(BIG_ACTION_STATUS_COUNT));
	assert_big_ok(big_action_status_from_name(&st, "in_progress"));
	ck_assert_int_eq(st, BIG_ACTION_IN_PROGRESS);
	assert_big_fails(big_action_status_from_name(&st, "in progress"), BIG_EINVAL);
}
END_TEST

START_TEST(test_loaded_actions)
{
	static const char doc[] =
	    "{\"format\": \"libbig.assessment\", \"format_version\": 1, "
	    "\"catalogue\": {\"id\": \"worked-example\", \"version\": \"1\"}, "
	    "\"organisation\": {\"id\": \"GM9901\"}, \"period\": \"2025\", \"results\": "
	    "{\"A.2\": {\"status\": \"not_implemented\", \"actions\": [{\"status\": \"done\", "
	    "\"description\": \"Eerst\"}, {\"description\": \"Tweede\", \"due\": \"2026-01-31\", "
	    "\"owner\": \"CISO\", \"status\": \"in_progress\"}]}, \"A.1\": {\"status\": "
	    "\"implemented\", \"actions\": []}}}";
	big_assessment *a = NULL;

	assert_big_ok(big_assessment_load_buffer(&a, worked, doc, sizeof(doc) - 1, NULL));
	const big_result *r = result(a, "A.2");
	ck_assert_uint_eq(big_result_action_count(r), 2);
	ck_assert_str_eq(big_action_description(big_result_action(r, 0)), "Eerst");
	ck_assert_int_eq(big_action_get_status(big_result_action(r, 0)), BIG_ACTION_DONE);
	ck_assert_str_eq(big_action_owner(big_result_action(r, 1)), "CISO");
	ck_assert_str_eq(big_action_due(big_result_action(r, 1)), "2026-01-31");
	ck_assert_uint_eq(big_result_action_count(result(a, "A.1")), 0);
	check_round_trip(a, 0);
	big_assessment_free(a);
}
END_TEST

START_TEST(test_round_trip_built)
{
	big_assessment *a = build_worked();

	assert_big_ok(big_assessment_set_organisation_kind(a, "gemeente"));
	assert_big_ok(big_assessment_set_attribute(a, "inhabitants", 41250));
	assert_big_ok(big_assessment_set_attribute(a, "density", 0.1));
	assert_big_ok(big_assessment_set_owner(a, "B.1", "CISO"));
	assert_big_ok(big_assessment_add_evidence(a, "A.1", "beleid-2025.pdf"));
	assert_big_ok(big_assessment_add_evidence(a, "A.1", "notulen \"MT\" 12\\3"));
	assert_big_ok(
	    big_assessment_set_explanation(a, "A.2", "Regel\nmet \ttab en \xc3\xa9\xe2\x82\xac"));
	check_round_trip(a, 0);
	check_round_trip(a, BIG_JSON_COMPACT);
	big_assessment_free(a);
}
END_TEST

START_TEST(test_round_trip_file)
{
	big_assessment *a = test_load_assessment(worked, "worked-assessment.json");

	check_round_trip(a, 0);
	check_round_trip(a, BIG_JSON_COMPACT);
	big_assessment_free(a);
}
END_TEST

START_TEST(test_built_equals_loaded)
{
	/* The same assessment built through the API and loaded from the file. */
	big_assessment *built = build_worked();
	big_assessment *loaded = test_load_assessment(worked, "worked-assessment.json");
	char *json1 = to_json(built, 0, NULL);
	char *json2 = to_json(loaded, 0, NULL);

	ck_assert_str_eq(json1, json2);
	big_free(json1);
	big_free(json2);
	big_assessment_free(built);
	big_assessment_free(loaded);
}
END_TEST

START_TEST(test_to_json_content)
{
	big_assessment *a = build_worked();
	char *json;
	cJSON *doc, *item, *results;
	static const char *const order[] = {"A.1", "A.2", "A.3", "B.1", "B.2", "B.3"};
	int i = 0;

	/* Set out of catalogue order: the output is in catalogue order all the same. */
	assert_big_ok(big_assessment_set_status(a, "B.2", BIG_STATUS_NOT_IMPLEMENTED));
	assert_big_ok(big_assessment_set_status(a, "A.1", BIG_STATUS_IMPLEMENTED));
	json = to_json(a, 0, NULL);
	ck_assert_msg(json[strlen(json) - 1] == '\n', "the document does not end with a newline");
	doc = cJSON_Parse(json);
	ck_assert_msg(doc != NULL, "output is not JSON:\n%s", json);
	ck_assert_str_eq(cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(doc, "format")),
			 "libbig.assessment");
	item = cJSON_GetObjectItemCaseSensitive(doc, "format_version");
	ck_assert_msg(cJSON_IsNumber(item) && item->valuedouble == 1, "format_version is not 1");
	item = cJSON_GetObjectItemCaseSensitive(doc, "catalogue");
	ck_assert_str_eq(cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(item, "id")),
			 "worked-example");
	ck_assert_str_eq(cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(item, "version")),
			 "1");
	item = cJSON_GetObjectItemCaseSensitive(doc, "organisation");
	ck_assert_str_eq(cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(item, "id")),
			 "GM9901");
	ck_assert_str_eq(cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(doc, "period")),
			 "2025");
	ck_assert_str_eq(cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(doc, "assessed_on")),
			 "2025-10-01");
	item = cJSON_GetObjectItemCaseSensitive(doc, "target");
	ck_assert_msg(cJSON_IsNumber(item) && item->valuedouble == 3, "target is not 3");

	results = cJSON_GetObjectItemCaseSensitive(doc, "results");
	ck_assert_msg(cJSON_IsObject(results), "results is not an object");
	cJSON_ArrayForEach(item, results)
	{
		ck_assert_msg(i < 6, "too many results");
		ck_assert_str_eq(item->string, order[i]);
		i++;
	}
	ck_assert_int_eq(i, 6);
	item = cJSON_GetObjectItemCaseSensitive(results, "A.3");
	ck_assert_str_eq(cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(item, "status")),
			 "not_applicable");
	ck_assert_str_eq(
	    cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(item, "explanation")),
	    "Geen eigen datacenter");
	ck_assert_str_eq(cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(item, "expires")),
			 "2026-12-31");
	item = cJSON_GetObjectItemCaseSensitive(results, "A.1");
	ck_assert_double_eq(
	    cJSON_GetNumberValue(cJSON_GetObjectItemCaseSensitive(item, "maturity")), 4);
	cJSON_Delete(doc);
	big_free(json);
	big_assessment_free(a);
}
END_TEST

START_TEST(test_compact_is_one_line)
{
	big_assessment *a = build_worked();
	size_t len;
	char *json = to_json(a, BIG_JSON_COMPACT, &len);

	ck_assert_msg(strchr(json, '\n') == json + len - 1,
		      "compact output is not one line ending with a newline:\n%s", json);
	big_free(json);
	big_assessment_free(a);
}
END_TEST

START_TEST(test_result_pointer_after_change)
{
	/* Results are looked up anew after a change; values follow the change. */
	big_assessment *a = new_assessment();

	for (size_t i = 0; i < big_catalogue_node_count(worked); i++) {
		const big_node *node = big_catalogue_node(worked, i);

		if (big_node_is_assessable(node))
			assert_big_ok(
			    big_assessment_set_maturity(a, big_node_id(node), (int)(i % 6)));
	}
	for (size_t i = 0; i < big_catalogue_node_count(worked); i++) {
		const big_node *node = big_catalogue_node(worked, i);

		if (big_node_is_assessable(node))
			ck_assert_int_eq(big_result_maturity(result(a, big_node_id(node))),
					 (int)(i % 6));
	}
	big_assessment_free(a);
}
END_TEST

static Suite *assessment_suite(void)
{
	Suite *s = suite_create("assessment");
	TCase *tc = tcase_create("build");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_new_invalid);
	tcase_add_test(tc, test_new_defaults);
	tcase_add_test(tc, test_organisation);
	tcase_add_test(tc, test_status);
	tcase_add_test(tc, test_maturity);
	tcase_add_test(tc, test_target);
	tcase_add_test(tc, test_assessed_on);
	tcase_add_test(tc, test_expires);
	tcase_add_test(tc, test_explanation_owner_evidence);
	tcase_add_test(tc, test_attributes);
	tcase_add_test(tc, test_status_names);
	tcase_add_test(tc, test_result_pointer_after_change);
	tcase_add_test(tc, test_demonstration);
	tcase_add_test(tc, test_dimension_names);
	tcase_add_test(tc, test_actions);
	suite_add_tcase(s, tc);

	tc = tcase_create("load");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_loaded_getters);
	tcase_add_test(tc, test_loaded_attributes);
	tcase_add_test(tc, test_loaded_actions);
	suite_add_tcase(s, tc);

	tc = tcase_create("json");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_round_trip_built);
	tcase_add_test(tc, test_round_trip_file);
	tcase_add_test(tc, test_built_equals_loaded);
	tcase_add_test(tc, test_to_json_content);
	tcase_add_test(tc, test_compact_is_one_line);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return test_run_suite(assessment_suite());
}
