/*
 * libbig tests — suite "fingerprint": SHA-256 against the test vectors of
 * FIPS 180-4 (libbig/core/sha256.c), and the content fingerprint of a
 * catalogue (docs/formats.md, "Fingerprint"): what changes it and what does
 * not, assessments and collaborations that name one, a catalogue that claims
 * the name of a built-in one. tests/check-fingerprint.py checks the
 * canonical text against a second implementation and the documentation.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sha256.h"
#include "test-common.h"

static void hex_of(char out[65], const void *data, size_t len)
{
	big__sha256_hex(out, data, len);
}

START_TEST(test_sha256_vectors)
{
	/* FIPS 180-4's examples (NIST, "SHA256.pdf") and SHAVS's long message. */
	static const struct {
		const char *msg, *digest;
	} v[] = {
	    {"abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
	    {"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
	    {"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
	     "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"},
	    {"abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmno"
	     "p"
	     "qrlmnopqrsmnopqrstnopqrstu",
	     "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"},
	};
	char hex[65];
	for (size_t i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
		hex_of(hex, v[i].msg, strlen(v[i].msg));
		ck_assert_str_eq(hex, v[i].digest);
	}
	/* One million times 'a', fed in pieces of 1000. */
	struct big_sha256 s;
	unsigned char d[BIG_SHA256_SIZE], a[1000];
	memset(a, 'a', sizeof(a));
	big__sha256_init(&s);
	for (int i = 0; i < 1000; i++)
		big__sha256_update(&s, a, sizeof(a));
	big__sha256_final(&s, d);
	for (int i = 0; i < BIG_SHA256_SIZE; i++)
		snprintf(hex + 2 * i, 3, "%02x", d[i]);
	ck_assert_str_eq(hex, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}
END_TEST

START_TEST(test_sha256_padding)
{
	/* Lengths around the block and padding boundaries (bytes i % 251),
	 * digests from Python's hashlib; and every split of the message into
	 * two updates gives the same digest. */
	static const struct {
		size_t len;
		const char *digest;
	} v[] = {
	    {55, "463eb28e72f82e0a96c0a4cc53690c571281131f672aa229e0d45ae59b598b59"},
	    {56, "da2ae4d6b36748f2a318f23e7ab1dfdf45acdc9d049bd80e59de82a60895f562"},
	    {57, "2fe741af801cc238602ac0ec6a7b0c3a8a87c7fc7d7f02a3fe03d1c12eac4d8f"},
	    {63, "29af2686fd53374a36b0846694cc342177e428d1647515f078784d69cdb9e488"},
	    {64, "fdeab9acf3710362bd2658cdc9a29e8f9c757fcf9811603a8c447cd1d9151108"},
	    {65, "4bfd2c8b6f1eec7a2afeb48b934ee4b2694182027e6d0fc075074f2fabb31781"},
	    {119, "da18797ed7c3a777f0847f429724a2d8cd5138e6ed2895c3fa1a6d39d18f7ec6"},
	    {120, "f52b23db1fbb6ded89ef42a23ce0c8922c45f25c50b568a93bf1c075420bbb7c"},
	};
	unsigned char msg[128];
	char hex[65];
	for (size_t i = 0; i < sizeof(msg); i++)
		msg[i] = (unsigned char)(i % 251);
	for (size_t i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
		hex_of(hex, msg, v[i].len);
		ck_assert_str_eq(hex, v[i].digest);
		for (size_t cut = 0; cut <= v[i].len; cut++) {
			struct big_sha256 s;
			unsigned char d[BIG_SHA256_SIZE];
			big__sha256_init(&s);
			big__sha256_update(&s, msg, cut);
			big__sha256_update(&s, msg + cut, v[i].len - cut);
			big__sha256_final(&s, d);
			for (int k = 0; k < BIG_SHA256_SIZE; k++)
				snprintf(hex + 2 * k, 3, "%02x", d[k]);
			ck_assert_str_eq(hex, v[i].digest);
		}
	}
}
END_TEST

#define MINI_HEAD                                                                      \
	"{\"format\": \"libbig.catalogue\", \"format_version\": 1, \"id\": \"mini\", " \
	"\"version\": \"1\", "
#define MINI_A1(extra)                                                                       \
	"{\"id\": \"A.1\", \"kind\": \"measure\", \"title\": \"Maatregel\", \"weight\": 2, " \
	"\"mandatory\": true, \"tags\": [\"basis\"]" extra "}"

/* The worked example of docs/formats.md, "Worked example: a fingerprint". */
static const char mini[] = MINI_HEAD
    "\"maturity_model\": {\"levels\": [{\"level\": 0, \"label\": \"geen\"}, {\"level\": "
    "1, \"label\": \"gedaan\", \"criteria\": [{\"id\": \"done\", \"label\": "
    "\"Gedaan\"}]}]}, \"default_target\": 1, \"nodes\": [{\"id\": \"A\", \"kind\": "
    "\"theme\", \"title\": \"Thema A\", \"titles\": {\"en\": \"Theme A\"}, "
    "\"children\": [" MINI_A1("") ", {\"id\": \"A.2\", \"kind\": \"measure\", \"title\": "
				  "\"Nog een\", \"weight\": 0.5}]}], \"profiles\": [{\"id\": "
				  "\"basis\", \"title\": \"Basis\", \"tags\": [\"basis\"]}]}";

#define MINI_FINGERPRINT "sha256:c6a9ec96af6658c862ddee9caf3d5fae813533165b12afca69f3da79600e44e6"

/* @json's fingerprint, copied. */
static void fingerprint_of(char out[72], const char *json)
{
	big_catalogue *cat = test_catalogue_from_string(json);
	snprintf(out, 72, "%s", test_fingerprint(cat));
	big_catalogue_free(cat);
}

/* @json with the first @from replaced by @to, in a static buffer. */
static const char *edit(const char *json, const char *from, const char *to)
{
	static char buf[4096];
	const char *at = strstr(json, from);
	ck_assert_msg(at != NULL, "no \"%s\" to replace", from);
	snprintf(buf, sizeof(buf), "%.*s%s%s", (int)(at - json), json, to, at + strlen(from));
	return buf;
}

START_TEST(test_fingerprint_worked_example)
{
	/* Computed from the loaded model: whitespace, member order, escapes and
	 * defaults written out change nothing; titles, texts, refs, labels and
	 * metadata are out. */
	static const char *const same[][2] = {
	    {"\"id\": \"mini\"", "\"id\": \"mini\""},
	    {"\"id\": \"A.2\", \"kind\": \"measure\"",
	     "\"kind\":\"measure\",\"assessable\":true,\"tags\":[],"
	     "\"mandatory\":false,\n\t\"id\":\"A\\u002e2\""},
	    {"\"default_target\": 1,", "\"status_values\": {\"not_assessed\": 0, \"implemented\": "
				       "1}, \"default_target\": 1,"},
	    {"\"id\": \"mini\"", "\"id\": \"mini2\""},
	    {"\"Thema A\"", "\"Een ander thema\""},
	    {"\"tags\": [\"basis\"]", "\"tags\": [\"basis\"], \"titles\": {\"en\": \"Measure\"}, "
				      "\"text\": \"Langere tekst\", \"refs\": [\"ISO 5.1\"]"},
	    {"\"label\": \"gedaan\"", "\"label\": \"uitgevoerd\""},
	};
	char fp[72];
	for (size_t i = 0; i < sizeof(same) / sizeof(same[0]); i++) {
		fingerprint_of(fp, edit(mini, same[i][0], same[i][1]));
		ck_assert_msg(strcmp(fp, MINI_FINGERPRINT) == 0, "%s -> %s: %s", same[i][0],
			      same[i][1], fp);
	}
}
END_TEST

START_TEST(test_fingerprint_changes)
{
	/* What scoring reads: each change gives another fingerprint. */
	static const char *const edits[][2] = {
	    {"\"weight\": 2", "\"weight\": 3"},
	    {"\"mandatory\": true", "\"mandatory\": false"},
	    {"\"tags\": [\"basis\"]", "\"tags\": [\"basis\", \"extra\"]"},
	    {"\"kind\": \"theme\"", "\"kind\": \"chapter\""},
	    {"\"default_target\": 1", "\"default_target\": 0"},
	    {"\"id\": \"done\"", "\"id\": \"klaar\""},
	    {"\"weight\": 0.5}", "\"weight\": 0.5, \"assessable\": false}"},
	    {"\"default_target\": 1,", "\"default_target\": 1, \"status_values\": "
				       "{\"partially_implemented\": 0.6},"},
	    {"\"tags\": [\"basis\"]}]", "\"all\": true}]"},
	    {"\"id\": \"A.2\"", "\"id\": \"A.3\""},
	};
	char fp[sizeof(edits) / sizeof(edits[0])][72];
	for (size_t i = 0; i < sizeof(edits) / sizeof(edits[0]); i++) {
		fingerprint_of(fp[i], edit(mini, edits[i][0], edits[i][1]));
		ck_assert_msg(strcmp(fp[i], MINI_FINGERPRINT) != 0,
			      "%s -> %s: the same fingerprint", edits[i][0], edits[i][1]);
		for (size_t k = 0; k < i; k++)
			ck_assert_str_ne(fp[i], fp[k]);
	}
}
END_TEST

START_TEST(test_fingerprint_builtin)
{
	/* A built-in catalogue loaded from its own document has its
	 * fingerprint, without a warning; the fingerprint has its shape. */
	for (size_t i = 0; i < big_builtin_count(); i++) {
		big_catalogue *a, *b;
		const char *text;
		size_t len;
		ck_assert_int_eq(big_catalogue_builtin(&a, big_builtin_name(i)), 0);
		ck_assert_int_eq(big_builtin_json(&text, &len, big_builtin_name(i)), 0);
		ck_assert_int_eq(big_catalogue_load_buffer(&b, text, len, NULL), 0);
		ck_assert_str_eq(test_fingerprint(a), test_fingerprint(b));
		ck_assert_uint_eq(big_catalogue_diagnostic_count(b), 0);
		const char *fp = test_fingerprint(a);
		ck_assert_uint_eq(strlen(fp), 71);
		ck_assert_int_eq(strncmp(fp, "sha256:", 7), 0);
		ck_assert_uint_eq(strspn(fp + 7, "0123456789abcdef"), 64);
		big_catalogue_free(a);
		big_catalogue_free(b);
	}
}
END_TEST

/* A catalogue "bio2" "1.3" of one requirement: not the built-in one. */
static const char claims_bio2_13[] =
    "{\"format\": \"libbig.catalogue\", \"format_version\": 1, \"id\": \"bio2\", "
    "\"version\": \"1.3\", \"nodes\": [{\"id\": \"5.1\", \"kind\": \"k\", \"title\": \"T\"}]}";

START_TEST(test_builtin_name)
{
	big_catalogue *cat, *builtin;
	ck_assert_int_eq(big_catalogue_builtin(&builtin, "bio2-1.3"), 0);
	ck_assert_int_eq(
	    big_catalogue_load_buffer(&cat, claims_bio2_13, strlen(claims_bio2_13), NULL), 0);
	ck_assert_uint_eq(big_catalogue_diagnostic_count(cat), 1);
	const big_diagnostic *d = big_catalogue_diagnostic(cat, 0);
	ck_assert_str_eq(d->code, "builtin-name");
	ck_assert_str_eq(d->path, "$.id");
	ck_assert_int_eq(d->severity, BIG_SEVERITY_WARNING);
	ck_assert_msg(test_contains(d->message, test_fingerprint(cat)) &&
			  test_contains(d->message, test_fingerprint(builtin)) &&
			  test_contains(d->message, "bio2-1.3"),
		      "message \"%s\"", d->message);
	big_catalogue_free(cat);

	big_load_options strict = BIG_LOAD_OPTIONS_INIT;
	strict.flags = BIG_LOAD_STRICT;
	assert_big_fails(
	    big_catalogue_load_buffer(&cat, claims_bio2_13, strlen(claims_bio2_13), &strict),
	    BIG_EMISMATCH);
	ck_assert_ptr_null(cat);
	ck_assert_str_eq(big_error_last()->path, "$.id");
	ck_assert_msg(test_contains(big_error_last()->message, test_fingerprint(builtin)),
		      "message \"%s\"", big_error_last()->message);
	big_catalogue_free(builtin);

	/* Another version of a built-in id, or a built-in version of another
	 * id, claims nothing. */
	const char *other = edit(claims_bio2_13, "\"1.3\"", "\"1.9\"");
	ck_assert_int_eq(big_catalogue_load_buffer(&cat, other, strlen(other), &strict), 0);
	big_catalogue_free(cat);
	other = edit(claims_bio2_13, "\"bio2\"", "\"bio3\"");
	ck_assert_int_eq(big_catalogue_load_buffer(&cat, other, strlen(other), &strict), 0);
	big_catalogue_free(cat);
}
END_TEST

#define ASSESSMENT(fingerprint)                                                                  \
	"{\"format\": \"libbig.assessment\", \"format_version\": 1, \"catalogue\": {\"id\": "    \
	"\"mini\", \"version\": \"1\"" fingerprint "}, \"organisation\": {\"id\": \"GM0001\"}, " \
	"\"period\": \"2025\", \"results\": {\"A.1\": {\"status\": \"implemented\"}}}"

START_TEST(test_assessment_fingerprint)
{
	big_catalogue *cat = test_catalogue_from_string(mini), *other;
	big_assessment *a;
	char *json;
	size_t len;
	static const char pinned[] = ASSESSMENT(", \"fingerprint\": \"" MINI_FINGERPRINT "\"");
	static const char plain[] = ASSESSMENT("");

	/* Named and the same: loads, and is written with it again. */
	ck_assert_int_eq(big_assessment_load_buffer(&a, cat, pinned, strlen(pinned), NULL), 0);
	ck_assert_int_eq(big_assessment_to_json(&json, &len, a, BIG_JSON_COMPACT), 0);
	ck_assert_msg(test_contains(json, "\"fingerprint\":\"" MINI_FINGERPRINT "\""), "%s", json);
	big_free(json);
	big_assessment_free(a);
	/* Not named: loads as before, and is written without it. */
	ck_assert_int_eq(big_assessment_load_buffer(&a, cat, plain, strlen(plain), NULL), 0);
	ck_assert_int_eq(big_assessment_to_json(&json, &len, a, 0), 0);
	ck_assert_msg(!test_contains(json, "fingerprint"), "%s", json);
	big_free(json);
	big_assessment_free(a);

	/* The same name, other content: refused, with both fingerprints. */
	other = test_catalogue_from_string(edit(mini, "\"weight\": 2", "\"weight\": 3"));
	assert_big_fails(big_assessment_load_buffer(&a, other, pinned, strlen(pinned), NULL),
			 BIG_EMISMATCH);
	ck_assert_ptr_null(a);
	const big_error *e = big_error_last();
	ck_assert_str_eq(e->path, "$.catalogue.fingerprint");
	ck_assert_msg(test_contains(e->message, MINI_FINGERPRINT) &&
			  test_contains(e->message, test_fingerprint(other)) &&
			  test_contains(e->message, "<buffer>: $.catalogue.fingerprint: "
						    "assessment is for catalogue mini 1 with"),
		      "message \"%s\"", e->message);
	ck_assert_int_eq(big_assessment_load_buffer(&a, other, plain, strlen(plain), NULL), 0);
	big_assessment_free(a);
	/* Not a string. */
	static const char bad[] = ASSESSMENT(", \"fingerprint\": 1");
	assert_big_fails(big_assessment_load_buffer(&a, cat, bad, strlen(bad), NULL), BIG_ESCHEMA);
	ck_assert_str_eq(big_error_last()->path, "$.catalogue.fingerprint");
	big_catalogue_free(other);
	big_catalogue_free(cat);
}
END_TEST

#define COLLABORATION(fingerprint)                                                            \
	"{\"format\": \"libbig.collaboration\", \"format_version\": 1, \"id\": \"SV1\", "     \
	"\"catalogue\": {\"id\": \"mini\", \"version\": \"1\"" fingerprint "}, \"members\": " \
	"[\"GM0001\", \"GM0002\"], \"delegated\": [\"A.1\"]}"

START_TEST(test_collaboration_fingerprint)
{
	big_catalogue *cat = test_catalogue_from_string(mini);
	big_catalogue *other =
	    test_catalogue_from_string(edit(mini, "\"weight\": 2", "\"weight\": 3"));
	big_collaboration *c;
	static const char pinned[] = COLLABORATION(", \"fingerprint\": \"" MINI_FINGERPRINT "\"");
	ck_assert_int_eq(big_collaboration_load_buffer(&c, cat, pinned, strlen(pinned), NULL), 0);
	big_collaboration_free(c);
	assert_big_fails(big_collaboration_load_buffer(&c, other, pinned, strlen(pinned), NULL),
			 BIG_EMISMATCH);
	ck_assert_str_eq(big_error_last()->path, "$.catalogue.fingerprint");
	ck_assert_msg(test_contains(big_error_last()->message, "collaboration is for catalogue"),
		      "%s", big_error_last()->message);
	big_catalogue_free(other);
	big_catalogue_free(cat);
}
END_TEST

/* Documents of one catalogue loaded twice may be used together; of two
 * catalogues of one id and version that score differently (another weight,
 * the same nodes) they may not: comparisons, aggregates and effective
 * assessments refuse them, naming both fingerprints. */
static void assert_two_catalogues(int rc, const char *fingerprint, const char *what)
{
	assert_big_fails(rc, BIG_EMISMATCH);
	const char *m = big_error_last()->message;
	ck_assert_msg(test_contains(m, MINI_FINGERPRINT) && test_contains(m, fingerprint) &&
			  test_contains(m, what) && test_contains(m, "score differently"),
		      "message \"%s\"", m);
}

START_TEST(test_combined_by_fingerprint)
{
	big_catalogue *cat = test_catalogue_from_string(mini);
	big_catalogue *twice = test_catalogue_from_string(mini);
	big_catalogue *other =
	    test_catalogue_from_string(edit(mini, "\"weight\": 2", "\"weight\": 3"));
	static const char plain[] = ASSESSMENT("");
	static const char coll[] = COLLABORATION("");
	big_assessment *a, *b, *c, *eff = NULL;
	big_collaboration *sv;
	big_comparison *cmp = NULL;
	big_aggregate_report *ag = NULL;
	const char *fp = test_fingerprint(other);
	ck_assert_int_eq(big_assessment_load_buffer(&a, cat, plain, strlen(plain), NULL), 0);
	const char *second = edit(plain, "GM0001", "GM0002");
	ck_assert_int_eq(big_assessment_load_buffer(&b, twice, second, strlen(second), NULL), 0);
	ck_assert_int_eq(big_assessment_load_buffer(&c, other, second, strlen(second), NULL), 0);
	ck_assert_int_eq(big_collaboration_load_buffer(&sv, cat, coll, strlen(coll), NULL), 0);

	ck_assert_int_eq(big_compare(&cmp, a, b, NULL), 0);
	big_comparison_free(cmp);
	assert_two_catalogues(big_compare(&cmp, a, c, NULL), fp, "the assessments are made");
	const big_assessment *ok[] = {a, b}, *mixed[] = {a, c};
	ck_assert_int_eq(big_aggregate(&ag, ok, 2, NULL), 0);
	big_aggregate_report_free(ag);
	assert_two_catalogues(big_aggregate(&ag, mixed, 2, NULL), fp, "the documents are made");
	ck_assert_int_eq(big_effective_assessment(&eff, sv, b, NULL), 0);
	big_assessment_free(eff);
	assert_two_catalogues(big_effective_assessment(&eff, sv, c, NULL), fp,
			      "the documents are made");

	big_collaboration_free(sv);
	big_assessment_free(a);
	big_assessment_free(b);
	big_assessment_free(c);
	big_catalogue_free(other);
	big_catalogue_free(twice);
	big_catalogue_free(cat);
}
END_TEST

START_TEST(test_reports_record_it)
{
	/* The report names the catalogue's fingerprint beside its id and version. */
	big_catalogue *cat = test_catalogue_from_string(mini);
	big_assessment *a;
	big_report *r;
	char *json;
	size_t len;
	static const char plain[] = ASSESSMENT("");
	ck_assert_int_eq(big_assessment_load_buffer(&a, cat, plain, strlen(plain), NULL), 0);
	ck_assert_int_eq(big_score(&r, a, NULL), 0);
	ck_assert_int_eq(big_report_to_json(&json, &len, r, BIG_JSON_COMPACT), 0);
	ck_assert_msg(test_contains(json, "\"catalogue\":{\"id\":\"mini\",\"version\":\"1\","
					  "\"fingerprint\":\"" MINI_FINGERPRINT "\"}"),
		      "%s", json);
	big_free(json);
	big_report_free(r);
	big_assessment_free(a);
	big_catalogue_free(cat);
}
END_TEST

#define MAPPING(fingerprint)                                                                     \
	"{\"format\": \"libbig.mapping\", \"format_version\": 1, \"id\": \"m\", \"source\": "    \
	"{\"id\": \"mini\", \"version\": \"1\"" fingerprint "}, \"target\": {\"id\": \"mini\", " \
	"\"version\": \"1\"}, \"entries\": [{\"source\": \"A.1\", \"target\": \"A.2\", "         \
	"\"relationship\": \"subset\"}]}"

START_TEST(test_mapping_fingerprint)
{
	big_catalogue *cat = test_catalogue_from_string(mini);
	big_catalogue *other =
	    test_catalogue_from_string(edit(mini, "\"weight\": 2", "\"weight\": 3"));
	big_mapping *m;
	static const char pinned[] = MAPPING(", \"fingerprint\": \"" MINI_FINGERPRINT "\"");
	static const char plain[] = MAPPING("");
	ck_assert_int_eq(big_mapping_load_buffer(&m, pinned, strlen(pinned), NULL), 0);
	ck_assert_int_eq(big_mapping_check(m, cat, cat), 0);
	ck_assert_int_eq(big_mapping_check(m, cat, other), 0); /* the target names none */
	assert_big_fails(big_mapping_check(m, other, cat), BIG_EMISMATCH);
	ck_assert_str_eq(big_error_last()->path, "$.source.fingerprint");
	ck_assert_msg(test_contains(big_error_last()->message, MINI_FINGERPRINT) &&
			  test_contains(big_error_last()->message, test_fingerprint(other)),
		      "%s", big_error_last()->message);
	big_mapping_free(m);
	ck_assert_int_eq(big_mapping_load_buffer(&m, plain, strlen(plain), NULL), 0);
	ck_assert_int_eq(big_mapping_check(m, other, cat), 0);
	big_mapping_free(m);
	big_catalogue_free(other);
	big_catalogue_free(cat);
}
END_TEST

static Suite *fingerprint_suite(void)
{
	Suite *s = suite_create("fingerprint");
	TCase *tc = tcase_create("sha256");
	tcase_add_test(tc, test_sha256_vectors);
	tcase_add_test(tc, test_sha256_padding);
	suite_add_tcase(s, tc);
	tc = tcase_create("fingerprint");
	tcase_add_test(tc, test_fingerprint_worked_example);
	tcase_add_test(tc, test_fingerprint_changes);
	tcase_add_test(tc, test_fingerprint_builtin);
	tcase_add_test(tc, test_builtin_name);
	tcase_add_test(tc, test_assessment_fingerprint);
	tcase_add_test(tc, test_collaboration_fingerprint);
	tcase_add_test(tc, test_mapping_fingerprint);
	tcase_add_test(tc, test_reports_record_it);
	tcase_add_test(tc, test_combined_by_fingerprint);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return test_run_suite(fingerprint_suite());
}
