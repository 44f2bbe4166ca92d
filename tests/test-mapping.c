/*
 * libbig tests — suite "mapping": loading libbig.mapping documents, getters,
 * lookups by source and by target, the built-in 2013→2022 mapping, and the
 * check of a mapping against its catalogues.
 *
 * Malformed mapping documents are in the suite "bad-input".
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test-common.h"

static big_mapping *load_data(const char *name)
{
	char *path = test_data_path(name);
	big_mapping *m = NULL;

	assert_big_ok(big_mapping_load_file(&m, path, NULL));
	ck_assert_ptr_nonnull(m);
	free(path);
	return m;
}

static big_mapping *load_string(const char *json, const big_load_options *opts)
{
	big_mapping *m = NULL;

	assert_big_ok(big_mapping_load_buffer(&m, json, strlen(json), opts));
	ck_assert_ptr_nonnull(m);
	return m;
}

static big_mapping *load_builtin(void)
{
	big_mapping *m = NULL;

	assert_big_ok(big_mapping_builtin(&m, "bio-to-bio2"));
	ck_assert_ptr_nonnull(m);
	return m;
}

static big_catalogue *builtin_catalogue(const char *name)
{
	big_catalogue *cat = NULL;

	assert_big_ok(big_catalogue_builtin(&cat, name));
	return cat;
}

static void check_entry(const big_mapping_entry *e, const char *source, const char *target,
			big_relationship relationship)
{
	ck_assert_ptr_nonnull(e);
	ck_assert_str_eq(e->source, source);
	ck_assert_str_eq(e->target, target);
	ck_assert_msg(e->relationship == relationship, "%s -> %s is %s, expected %s", source,
		      target, big_relationship_name(e->relationship),
		      big_relationship_name(relationship));
}

/* The only entry of @source (there must be exactly one). */
static const big_mapping_entry *only_entry(const big_mapping *m, const char *source)
{
	ck_assert_msg(big_mapping_source_entry_count(m, source) == 1, "%s has %zu entries", source,
		      big_mapping_source_entry_count(m, source));
	return big_mapping_source_entry(m, source, 0);
}

/* A mapping document between catalogues a 1 and b 2 with the given entries. */
#define DOC(entries)                                                                    \
	"{\"format\": \"libbig.mapping\", \"format_version\": 1, \"id\": \"m\", "       \
	"\"source\": {\"id\": \"a\", \"version\": \"1\"}, \"target\": {\"id\": \"b\", " \
	"\"version\": \"2\"}, \"entries\": [" entries "]}"
#define ENTRY(s, t, r) "{\"source\": \"" s "\", \"target\": \"" t "\", \"relationship\": \"" r "\"}"

START_TEST(test_relationship_names)
{
	static const char *const names[] = {"equal", "subset", "superset", "intersect",
					    "not_related"};
	big_relationship r;

	ck_assert_int_eq(BIG_RELATIONSHIP_COUNT, 5);
	for (int i = 0; i < BIG_RELATIONSHIP_COUNT; i++) {
		ck_assert_str_eq(big_relationship_name((big_relationship)i), names[i]);
		assert_big_ok(big_relationship_from_name(&r, names[i]));
		ck_assert_int_eq(r, i);
	}
	/* The values are part of the ABI. */
	ck_assert_int_eq(BIG_RELATIONSHIP_EQUAL, 0);
	ck_assert_int_eq(BIG_RELATIONSHIP_NOT_RELATED, 4);
	ck_assert_ptr_null(big_relationship_name(BIG_RELATIONSHIP_COUNT));
	ck_assert_ptr_null(big_relationship_name((big_relationship)-1));
	r = BIG_RELATIONSHIP_SUBSET;
	assert_big_fails(big_relationship_from_name(&r, "Equal"), BIG_EINVAL);
	assert_big_fails(big_relationship_from_name(&r, "similar"), BIG_EINVAL);
	assert_big_fails(big_relationship_from_name(&r, ""), BIG_EINVAL);
	assert_big_fails(big_relationship_from_name(&r, NULL), BIG_EINVAL);
	ck_assert_int_eq(r, BIG_RELATIONSHIP_SUBSET); /* untouched on failure */
}
END_TEST

static void check_small(const big_mapping *m)
{
	ck_assert_str_eq(big_mapping_id(m), "small-to-worked");
	ck_assert_str_eq(big_mapping_title(m), "Small catalogue to the worked example");
	ck_assert(test_contains(big_mapping_note(m), "every relationship once"));
	ck_assert_str_eq(big_mapping_source_id(m), "small");
	ck_assert_str_eq(big_mapping_source_version(m), "0.9");
	ck_assert_str_eq(big_mapping_target_id(m), "worked-example");
	ck_assert_str_eq(big_mapping_target_version(m), "1");
	ck_assert_uint_eq(big_mapping_diagnostic_count(m), 0);
	ck_assert_ptr_null(big_mapping_diagnostic(m, 0));

	/* Document order. */
	ck_assert_uint_eq(big_mapping_entry_count(m), 6);
	check_entry(big_mapping_entry_at(m, 0), "1.1", "A.1", BIG_RELATIONSHIP_EQUAL);
	check_entry(big_mapping_entry_at(m, 1), "1.2.1", "A.2", BIG_RELATIONSHIP_SUBSET);
	check_entry(big_mapping_entry_at(m, 2), "1.2.2", "A.2", BIG_RELATIONSHIP_SUBSET);
	check_entry(big_mapping_entry_at(m, 3), "1.2.2", "A.3", BIG_RELATIONSHIP_INTERSECT);
	check_entry(big_mapping_entry_at(m, 4), "2.1", "B.1", BIG_RELATIONSHIP_SUPERSET);
	check_entry(big_mapping_entry_at(m, 5), "2.1", "A.2", BIG_RELATIONSHIP_NOT_RELATED);
	ck_assert_ptr_null(big_mapping_entry_at(m, 6));
	ck_assert_ptr_null(big_mapping_entry_at(m, (size_t)-1));

	ck_assert_uint_eq(big_mapping_unmapped_count(m), 2);
	ck_assert_str_eq(big_mapping_unmapped(m, 0), "1.2");
	ck_assert_str_eq(big_mapping_unmapped(m, 1), "2");
	ck_assert_ptr_null(big_mapping_unmapped(m, 2));
}

START_TEST(test_load_file)
{
	big_mapping *m = load_data("small-mapping.json");

	check_small(m);
	big_mapping_free(m);
}
END_TEST

START_TEST(test_load_buffer)
{
	size_t len;
	char *text = test_read_data("small-mapping.json", &len);
	/* Not NUL-terminated: garbage follows the document. */
	char *copy = malloc(len + 8);
	big_mapping *m = NULL;

	ck_assert_ptr_nonnull(copy);
	memcpy(copy, text, len);
	memcpy(copy + len, "garbage!", 8);
	assert_big_ok(big_mapping_load_buffer(&m, copy, len, NULL));
	/* The mapping owns its strings: the input may go. */
	memset(copy, 'x', len);
	free(copy);
	free(text);
	check_small(m);
	big_mapping_free(m);
}
END_TEST

START_TEST(test_lookup_by_source)
{
	big_mapping *m = load_data("small-mapping.json");

	ck_assert_uint_eq(big_mapping_source_entry_count(m, "1.1"), 1);
	check_entry(big_mapping_source_entry(m, "1.1", 0), "1.1", "A.1", BIG_RELATIONSHIP_EQUAL);
	/* Two entries of one source, in document order, not adjacent to others. */
	ck_assert_uint_eq(big_mapping_source_entry_count(m, "2.1"), 2);
	check_entry(big_mapping_source_entry(m, "2.1", 0), "2.1", "B.1", BIG_RELATIONSHIP_SUPERSET);
	check_entry(big_mapping_source_entry(m, "2.1", 1), "2.1", "A.2",
		    BIG_RELATIONSHIP_NOT_RELATED);
	ck_assert_ptr_null(big_mapping_source_entry(m, "2.1", 2));
	/* The lookup returns the entries themselves, not copies. */
	ck_assert_ptr_eq(big_mapping_source_entry(m, "2.1", 1), big_mapping_entry_at(m, 5));
	/* A target id, an unmapped id, an unknown id, NULL. */
	ck_assert_uint_eq(big_mapping_source_entry_count(m, "A.1"), 0);
	ck_assert_uint_eq(big_mapping_source_entry_count(m, "1.2"), 0);
	ck_assert_uint_eq(big_mapping_source_entry_count(m, "9.9"), 0);
	ck_assert_uint_eq(big_mapping_source_entry_count(m, NULL), 0);
	ck_assert_ptr_null(big_mapping_source_entry(m, "9.9", 0));
	ck_assert_ptr_null(big_mapping_source_entry(m, NULL, 0));
	big_mapping_free(m);
}
END_TEST

START_TEST(test_lookup_by_target)
{
	big_mapping *m = load_data("small-mapping.json");

	ck_assert_uint_eq(big_mapping_target_entry_count(m, "A.2"), 3);
	check_entry(big_mapping_target_entry(m, "A.2", 0), "1.2.1", "A.2", BIG_RELATIONSHIP_SUBSET);
	check_entry(big_mapping_target_entry(m, "A.2", 1), "1.2.2", "A.2", BIG_RELATIONSHIP_SUBSET);
	check_entry(big_mapping_target_entry(m, "A.2", 2), "2.1", "A.2",
		    BIG_RELATIONSHIP_NOT_RELATED);
	ck_assert_ptr_null(big_mapping_target_entry(m, "A.2", 3));
	ck_assert_uint_eq(big_mapping_target_entry_count(m, "B.1"), 1);
	ck_assert_ptr_eq(big_mapping_target_entry(m, "B.1", 0), big_mapping_entry_at(m, 4));
	ck_assert_uint_eq(big_mapping_target_entry_count(m, "B.2"), 0);
	ck_assert_uint_eq(big_mapping_target_entry_count(m, "1.1"), 0);
	ck_assert_uint_eq(big_mapping_target_entry_count(m, NULL), 0);
	ck_assert_ptr_null(big_mapping_target_entry(m, "B.2", 0));
	ck_assert_ptr_null(big_mapping_target_entry(m, NULL, 0));
	big_mapping_free(m);
}
END_TEST

START_TEST(test_minimal_document)
{
	/* title, note and unmapped are optional; entries may be empty. */
	big_mapping *m = load_string(DOC(""), NULL);

	ck_assert_str_eq(big_mapping_id(m), "m");
	ck_assert_str_eq(big_mapping_title(m), "");
	ck_assert_str_eq(big_mapping_note(m), "");
	ck_assert_uint_eq(big_mapping_entry_count(m), 0);
	ck_assert_ptr_null(big_mapping_entry_at(m, 0));
	ck_assert_uint_eq(big_mapping_unmapped_count(m), 0);
	ck_assert_ptr_null(big_mapping_unmapped(m, 0));
	ck_assert_uint_eq(big_mapping_source_entry_count(m, "x"), 0);
	ck_assert_uint_eq(big_mapping_target_entry_count(m, "x"), 0);
	big_mapping_free(m);
}
END_TEST

START_TEST(test_pairs_are_told_apart)
{
	/* "a1"+"b" and "a"+"1b" read alike when glued together: both pairs are
	 * different, and so are a source and a target that swap places. */
	big_mapping *m = load_string(
	    DOC("{\"source\": \"a1\", \"target\": \"b\", \"relationship\": \"equal\"}, "
		"{\"source\": \"a\", \"target\": \"1b\", \"relationship\": \"equal\"}, "
		"{\"source\": \"b\", \"target\": \"a1\", \"relationship\": \"subset\"}, "
		"{\"source\": \"a1\", \"target\": \"a1\", \"relationship\": \"equal\"}"),
	    NULL);

	ck_assert_uint_eq(big_mapping_entry_count(m), 4);
	ck_assert_uint_eq(big_mapping_source_entry_count(m, "a1"), 2);
	ck_assert_uint_eq(big_mapping_target_entry_count(m, "a1"), 2);
	big_mapping_free(m);
}
END_TEST

START_TEST(test_unknown_fields_lenient_and_strict)
{
	const char *text =
	    "{\"format\": \"libbig.mapping\", \"format_version\": 1, \"id\": \"m\", "
	    "\"colour\": \"red\", \"source\": {\"id\": \"a\", \"version\": \"1\", \"url\": 1}, "
	    "\"target\": {\"id\": \"b\", \"version\": \"2\"}, \"entries\": "
	    "[{\"source\": \"x\", \"target\": \"y\", \"relationship\": \"equal\", \"why\": \"\"}]}";
	big_load_options strict = BIG_LOAD_OPTIONS_INIT;
	big_mapping *m = load_string(text, NULL);
	const big_diagnostic *d;
	static const char *const paths[] = {"$.colour", "$.source.url", "$.entries[0].why"};

	ck_assert_uint_eq(big_mapping_diagnostic_count(m), 3);
	for (size_t i = 0; i < 3; i++) {
		d = big_mapping_diagnostic(m, i);
		ck_assert_ptr_nonnull(d);
		ck_assert_int_eq(d->severity, BIG_SEVERITY_WARNING);
		ck_assert_str_eq(d->code, "unknown-field");
		ck_assert_str_eq(d->path, paths[i]);
	}
	ck_assert_ptr_null(big_mapping_diagnostic(m, 3));
	ck_assert_uint_eq(big_mapping_entry_count(m), 1);
	big_mapping_free(m);

	strict.flags = BIG_LOAD_STRICT;
	m = NULL;
	assert_big_fails(big_mapping_load_buffer(&m, text, strlen(text), &strict), BIG_ESCHEMA);
	ck_assert_ptr_null(m);
	ck_assert_str_eq(big_error_last()->path, "$.colour");
}
END_TEST

START_TEST(test_invalid_arguments)
{
	big_mapping *m = (big_mapping *)1;
	const char *text = DOC("");

	assert_big_fails(big_mapping_load_buffer(NULL, text, strlen(text), NULL), BIG_EINVAL);
	assert_big_fails(big_mapping_load_buffer(&m, NULL, 0, NULL), BIG_EINVAL);
	ck_assert_ptr_null(m);
	assert_big_fails(big_mapping_load_file(NULL, "x.json", NULL), BIG_EINVAL);
	m = (big_mapping *)1;
	assert_big_fails(big_mapping_load_file(&m, "/nonexistent-libbig-dir/m.json", NULL),
			 BIG_EIO);
	ck_assert_ptr_null(m);
	ck_assert(test_contains(big_error_last()->message, "m.json"));
	assert_big_fails(big_mapping_builtin(NULL, "bio-to-bio2"), BIG_EINVAL);
	assert_big_fails(big_mapping_builtin(&m, NULL), BIG_EINVAL);
	m = (big_mapping *)1;
	assert_big_fails(big_mapping_builtin(&m, "bio-to-big"), BIG_ENOTFOUND);
	ck_assert_ptr_null(m);
	ck_assert(test_contains(big_error_last()->message, "bio-to-big"));
	/* A built-in catalogue is not a built-in mapping. */
	assert_big_fails(big_mapping_builtin(&m, "bio2"), BIG_ENOTFOUND);
	big_mapping_free(NULL);
}
END_TEST

START_TEST(test_builtin_names)
{
	int found = 0;

	ck_assert_uint_ge(big_builtin_mapping_count(), 1);
	for (size_t i = 0; i < big_builtin_mapping_count(); i++) {
		const char *name = big_builtin_mapping_name(i);
		big_mapping *m = NULL;

		ck_assert_ptr_nonnull(name);
		found += strcmp(name, "bio-to-bio2") == 0 || strcmp(name, "bio2-1.2-to-1.3") == 0;
		/* Each loads, strictly, under its own name as id. */
		assert_big_ok(big_mapping_builtin(&m, name));
		ck_assert_str_eq(big_mapping_id(m), name);
		ck_assert_uint_eq(big_mapping_diagnostic_count(m), 0);
		big_mapping_free(m);
	}
	ck_assert_int_eq(found, 2);
	ck_assert_uint_eq(big_builtin_mapping_count(), 2);
	ck_assert_ptr_null(big_builtin_mapping_name(big_builtin_mapping_count()));
}
END_TEST

START_TEST(test_builtin_bio_to_bio2)
{
	static const char *const unmapped[] = {"6.1.3",  "6.1.4",  "6.1.5",  "9.2.5", "9.2.6",
					       "12.6.2", "12.7.1", "14.2.3", "14.2.4"};
	big_mapping *m = load_builtin();
	size_t per_source = 0, per_target = 0;

	ck_assert_str_eq(big_mapping_source_id(m), "bio");
	ck_assert_str_eq(big_mapping_source_version(m), "1.04");
	ck_assert_str_eq(big_mapping_target_id(m), "bio2");
	ck_assert_str_eq(big_mapping_target_version(m), "1.2");
	ck_assert(big_mapping_title(m)[0] != '\0');
	/* The note says what is missing and what is doubtful. */
	ck_assert(test_contains(big_mapping_note(m), "unmapped"));
	ck_assert(test_contains(big_mapping_note(m), "8.14"));

	/* 105 rows of the reference, in its order. */
	ck_assert_uint_eq(big_mapping_entry_count(m), 105);
	check_entry(big_mapping_entry_at(m, 0), "5.1.1", "5.1", BIG_RELATIONSHIP_SUBSET);
	check_entry(big_mapping_entry_at(m, 2), "6.1.1", "5.2", BIG_RELATIONSHIP_EQUAL);
	check_entry(only_entry(m, "6.1.1"), "6.1.1", "5.2", BIG_RELATIONSHIP_EQUAL);
	check_entry(only_entry(m, "5.1.1"), "5.1.1", "5.1", BIG_RELATIONSHIP_SUBSET);
	check_entry(only_entry(m, "11.2.6"), "11.2.6", "7.9", BIG_RELATIONSHIP_SUPERSET);
	check_entry(only_entry(m, "17.2.1"), "17.2.1", "8.14", BIG_RELATIONSHIP_INTERSECT);
	/* 2022's 5.1 merges 2013's 5.1.1 and 5.1.2. */
	ck_assert_uint_eq(big_mapping_target_entry_count(m, "5.1"), 2);
	check_entry(big_mapping_target_entry(m, "5.1", 1), "5.1.2", "5.1", BIG_RELATIONSHIP_SUBSET);
	/* The doubtful rows are kept as the reference gives them. */
	ck_assert_uint_eq(big_mapping_target_entry_count(m, "8.14"), 4);
	check_entry(only_entry(m, "13.2.1"), "13.2.1", "8.14", BIG_RELATIONSHIP_SUBSET);
	ck_assert_uint_eq(big_mapping_target_entry_count(m, "5.14"), 0);
	/* New in 2022: no source. */
	ck_assert_uint_eq(big_mapping_target_entry_count(m, "5.7"), 0);

	ck_assert_uint_eq(big_mapping_unmapped_count(m), 9);
	for (size_t i = 0; i < 9; i++) {
		ck_assert_str_eq(big_mapping_unmapped(m, i), unmapped[i]);
		ck_assert_uint_eq(big_mapping_source_entry_count(m, unmapped[i]), 0);
	}

	/* Every entry is found under its source and under its target. */
	for (size_t i = 0; i < big_mapping_entry_count(m); i++) {
		const big_mapping_entry *e = big_mapping_entry_at(m, i);
		size_t ns = big_mapping_source_entry_count(m, e->source);
		size_t nt = big_mapping_target_entry_count(m, e->target);
		int in_source = 0, in_target = 0;

		for (size_t k = 0; k < ns; k++)
			in_source += big_mapping_source_entry(m, e->source, k) == e;
		for (size_t k = 0; k < nt; k++)
			in_target += big_mapping_target_entry(m, e->target, k) == e;
		ck_assert_msg(in_source == 1 && in_target == 1, "entries[%zu] %s -> %s", i,
			      e->source, e->target);
		/* Count each group once, at its first entry. */
		per_source += big_mapping_source_entry(m, e->source, 0) == e ? ns : 0;
		per_target += big_mapping_target_entry(m, e->target, 0) == e ? nt : 0;
	}
	ck_assert_uint_eq(per_source, 105);
	ck_assert_uint_eq(per_target, 105);
	big_mapping_free(m);
}
END_TEST

/*
 * BIO2 1.2 -> 1.3 (docs/catalogues.md), from bio2-1.3-measures.csv and the
 * version table (libbig/catalogues/facts/bio2-1.2-to-1.3.csv): the 111
 * measures in force under their own id, the 5 moved ones and the 38 controls
 * without measures in both versions map one to one (154); the partial moves
 * and the measures withdrawn into another add 5 entries: 159.
 */
START_TEST(test_builtin_bio2_12_to_13)
{
	static const struct {
		const char *source, *target;
		big_relationship rel;
	} changed[] = {
	    /* the first part of 5.01.01 moved to 5.02.01 */
	    {"5.01.01", "5.01.01", BIG_RELATIONSHIP_SUPERSET},
	    {"5.01.01", "5.02.01", BIG_RELATIONSHIP_INTERSECT},
	    {"5.02.01", "5.02.01", BIG_RELATIONSHIP_SUBSET},
	    /* moved as a whole (the measure texts; the version table differs
	     * for 5.25.01 and 8.08.06) */
	    {"5.04.02", "5.10.02", BIG_RELATIONSHIP_EQUAL},
	    {"5.04.03", "5.10.03", BIG_RELATIONSHIP_EQUAL},
	    {"5.24.06", "5.21.05", BIG_RELATIONSHIP_EQUAL},
	    {"5.25.01", "5.26.02", BIG_RELATIONSHIP_EQUAL},
	    {"8.08.06", "5.24.08", BIG_RELATIONSHIP_EQUAL},
	    /* withdrawn into another */
	    {"5.21.01", "5.21.03", BIG_RELATIONSHIP_SUBSET},
	    {"8.24.03", "8.24.01", BIG_RELATIONSHIP_SUBSET},
	    /* the first paragraph of 7.10.02, described at 7.10.01 */
	    {"7.10.02", "7.10.02", BIG_RELATIONSHIP_SUPERSET},
	    {"7.10.02", "7.10.01", BIG_RELATIONSHIP_INTERSECT},
	    /* the first bullet of 8.01.02 is the new 6.03.04 */
	    {"8.01.02", "8.01.02", BIG_RELATIONSHIP_SUPERSET},
	    {"8.01.02", "6.03.04", BIG_RELATIONSHIP_SUPERSET},
	};
	static const char *const unmapped[] = {"5.10", "5.26", "5.35.01", "7.01.01"};
	big_mapping *m = NULL;
	big_catalogue *v12 = builtin_catalogue("bio2-1.2"), *v13 = builtin_catalogue("bio2-1.3");
	size_t count[BIG_RELATIONSHIP_COUNT] = {0}, sourceless = 0, found = 0;

	assert_big_ok(big_mapping_builtin(&m, "bio2-1.2-to-1.3"));
	ck_assert_str_eq(big_mapping_id(m), "bio2-1.2-to-1.3");
	ck_assert_str_eq(big_mapping_source_id(m), "bio2");
	ck_assert_str_eq(big_mapping_source_version(m), "1.2");
	ck_assert_str_eq(big_mapping_target_id(m), "bio2");
	ck_assert_str_eq(big_mapping_target_version(m), "1.3");
	ck_assert_uint_eq(big_mapping_diagnostic_count(m), 0);
	assert_big_ok(big_mapping_check(m, v12, v13));
	/* The note names the contradictions kept as the measure texts give them. */
	ck_assert(test_contains(big_mapping_note(m), "5.25.01, 5.26.01, 8.08.06"));

	ck_assert_uint_eq(big_mapping_entry_count(m), 159);
	for (size_t i = 0; i < big_mapping_entry_count(m); i++) {
		const big_mapping_entry *e = big_mapping_entry_at(m, i);
		const big_node *src = big_catalogue_find(v12, e->source);
		const big_node *dst = big_catalogue_find(v13, e->target);

		count[e->relationship]++;
		/* requirement to requirement: a result moves as it is */
		ck_assert_msg(src && big_node_is_assessable(src), "source %s", e->source);
		ck_assert_msg(dst && big_node_is_assessable(dst), "target %s", e->target);
		if (e->relationship == BIG_RELATIONSHIP_EQUAL && strcmp(e->source, e->target) == 0)
			continue;
		for (size_t k = 0; k < sizeof(changed) / sizeof(changed[0]); k++)
			if (strcmp(changed[k].source, e->source) == 0 &&
			    strcmp(changed[k].target, e->target) == 0) {
				check_entry(e, changed[k].source, changed[k].target,
					    changed[k].rel);
				found++;
			}
	}
	ck_assert_uint_eq(found, sizeof(changed) / sizeof(changed[0]));
	ck_assert_uint_eq(count[BIG_RELATIONSHIP_EQUAL], 150);
	ck_assert_uint_eq(count[BIG_RELATIONSHIP_SUBSET], 3);
	ck_assert_uint_eq(count[BIG_RELATIONSHIP_SUPERSET], 4);
	ck_assert_uint_eq(count[BIG_RELATIONSHIP_INTERSECT], 2);
	ck_assert_uint_eq(count[BIG_RELATIONSHIP_NOT_RELATED], 0);

	/* The withdrawn measures without a target, and the controls that get
	 * measures in 1.3 (from 5.4 and 5.25), have no counterpart. */
	ck_assert_uint_eq(big_mapping_unmapped_count(m), 4);
	for (size_t i = 0; i < 4; i++) {
		ck_assert_str_eq(big_mapping_unmapped(m, i), unmapped[i]);
		ck_assert_uint_eq(big_mapping_source_entry_count(m, unmapped[i]), 0);
	}
	/* Every 1.3 requirement has a source but 5.25, left without a measure. */
	for (size_t i = 0; i < big_catalogue_requirement_count(v13); i++) {
		const char *id = big_node_id(big_catalogue_requirement(v13, i));
		if (big_mapping_target_entry_count(m, id) == 0) {
			sourceless++;
			ck_assert_str_eq(id, "5.25");
		}
	}
	ck_assert_uint_eq(sourceless, 1);
	/* 5.26.01 of the 1.3 text ("moved to 5.25.02") exists in neither version. */
	ck_assert_uint_eq(big_mapping_source_entry_count(m, "5.26.01"), 0);
	ck_assert_uint_eq(big_mapping_target_entry_count(m, "5.25.02"), 0);
	big_catalogue_free(v12);
	big_catalogue_free(v13);
	big_mapping_free(m);
}
END_TEST

START_TEST(test_check_builtin)
{
	big_mapping *m = load_builtin();
	big_catalogue *bio = builtin_catalogue("bio");
	big_catalogue *bio2 = builtin_catalogue("bio2");

	assert_big_ok(big_mapping_check(m, bio, bio2));
	big_catalogue_free(bio);
	big_catalogue_free(bio2);
	big_mapping_free(m);
}
END_TEST

START_TEST(test_check_file)
{
	big_mapping *m = load_data("small-mapping.json");
	big_catalogue *small = test_load_catalogue("small-catalogue.json");
	big_catalogue *worked = test_load_catalogue("worked-catalogue.json");

	assert_big_ok(big_mapping_check(m, small, worked));
	assert_big_fails(big_mapping_check(m, worked, small), BIG_EMISMATCH);
	big_catalogue_free(small);
	big_catalogue_free(worked);
	big_mapping_free(m);
}
END_TEST

START_TEST(test_check_mismatch)
{
	big_mapping *m = load_builtin();
	big_catalogue *bio = builtin_catalogue("bio");
	big_catalogue *bio2 = builtin_catalogue("bio2");
	big_catalogue *big = builtin_catalogue("big");
	big_catalogue *other = test_catalogue_from_string(
	    "{\"format\": \"libbig.catalogue\", \"format_version\": 1, \"id\": \"bio2\", "
	    "\"version\": \"1.3\", \"nodes\": [{\"id\": \"5.1\", \"kind\": \"k\", \"title\": "
	    "\"T\"}]}");
	const big_error *e;

	/* Swapped. */
	assert_big_fails(big_mapping_check(m, bio2, bio), BIG_EMISMATCH);
	e = big_error_last();
	ck_assert_str_eq(e->path, "$.source");
	ck_assert_msg(test_contains(e->message, "bio 1.04") &&
			  test_contains(e->message, "bio2 1.2"),
		      "message \"%s\" names neither catalogue", e->message);
	/* The source right, the target wrong; then another version of the right id. */
	assert_big_fails(big_mapping_check(m, bio, big), BIG_EMISMATCH);
	ck_assert_str_eq(big_error_last()->path, "$.target");
	assert_big_fails(big_mapping_check(m, bio, other), BIG_EMISMATCH);
	e = big_error_last();
	ck_assert_str_eq(e->path, "$.target");
	ck_assert_msg(test_contains(e->message, "bio2 1.3"), "message \"%s\"", e->message);
	assert_big_fails(big_mapping_check(NULL, bio, bio2), BIG_EINVAL);
	assert_big_fails(big_mapping_check(m, NULL, bio2), BIG_EINVAL);
	assert_big_fails(big_mapping_check(m, bio, NULL), BIG_EINVAL);
	big_catalogue_free(bio);
	big_catalogue_free(bio2);
	big_catalogue_free(big);
	big_catalogue_free(other);
	big_mapping_free(m);
}
END_TEST

/* A mapping from bio 1.04 to bio2 1.2 with the given entries and unmapped ids. */
#define BIO_DOC(entries, unmapped)                                                              \
	"{\"format\": \"libbig.mapping\", \"format_version\": 1, \"id\": \"t\", "               \
	"\"source\": {\"id\": \"bio\", \"version\": \"1.04\"}, \"target\": {\"id\": "           \
	"\"bio2\", \"version\": \"1.2\"}, \"entries\": [" entries "], \"unmapped\": [" unmapped \
	"]}"

static void check_not_found(const char *json, const char *path, const char *message)
{
	big_mapping *m = load_string(json, NULL);
	big_catalogue *bio = builtin_catalogue("bio");
	big_catalogue *bio2 = builtin_catalogue("bio2");
	const big_error *e;

	assert_big_fails(big_mapping_check(m, bio, bio2), BIG_ENOTFOUND);
	e = big_error_last();
	ck_assert_str_eq(e->path, path);
	ck_assert_str_eq(e->message, message);
	big_catalogue_free(bio);
	big_catalogue_free(bio2);
	big_mapping_free(m);
}

START_TEST(test_check_missing_node)
{
	check_not_found(
	    BIO_DOC(ENTRY("5.1.1", "5.1", "subset") ", " ENTRY("5.1.2", "5.99", "subset"),
		    "\"6.1.3\""),
	    "$.entries[1].target", "entries[1].target: catalogue bio2 1.2 has no node \"5.99\"");
	check_not_found(
	    BIO_DOC(ENTRY("5.1.1", "5.1", "subset") ", " ENTRY("5.1.9", "5.1", "subset"), ""),
	    "$.entries[1].source", "entries[1].source: catalogue bio 1.04 has no node \"5.1.9\"");
	/* A 2022 id on the source side. */
	check_not_found(BIO_DOC(ENTRY("5.37", "5.37", "equal"), ""), "$.entries[0].source",
			"entries[0].source: catalogue bio 1.04 has no node \"5.37\"");
	check_not_found(BIO_DOC(ENTRY("5.1.1", "5.1", "subset"), "\"6.1.3\", \"6.1.6\""),
			"$.unmapped[1]", "unmapped[1]: catalogue bio 1.04 has no node \"6.1.6\"");
}
END_TEST

START_TEST(test_many_entries)
{
	/* 3000 sources with 3 targets each; lookups stay exact at scale. */
	enum { SOURCES = 3000, TARGETS = 3 };
	size_t cap = 64 + (size_t)SOURCES * TARGETS * 80, len = 0;
	char *text = malloc(cap);
	big_mapping *m = NULL;
	char id[32];

	ck_assert_ptr_nonnull(text);
	len += (size_t)snprintf(text + len, cap - len, "%s", DOC(""));
	len -= 2; /* reopen the entries: drop "]}" */
	for (int s = 0; s < SOURCES; s++)
		for (int t = 0; t < TARGETS; t++)
			len += (size_t)snprintf(text + len, cap - len,
						"%s{\"source\": \"s%d\", \"target\": \"t%d\", "
						"\"relationship\": \"intersect\"}",
						s || t ? ", " : "", s, (s + t) % SOURCES);
	len += (size_t)snprintf(text + len, cap - len, "]}");
	assert_big_ok(big_mapping_load_buffer(&m, text, len, NULL));
	ck_assert_uint_eq(big_mapping_entry_count(m), SOURCES * TARGETS);
	for (int s = 0; s < SOURCES; s += 97) {
		snprintf(id, sizeof(id), "s%d", s);
		ck_assert_uint_eq(big_mapping_source_entry_count(m, id), TARGETS);
		ck_assert_ptr_eq(big_mapping_source_entry(m, id, 2),
				 big_mapping_entry_at(m, (size_t)s * TARGETS + 2));
		snprintf(id, sizeof(id), "t%d", s);
		ck_assert_uint_eq(big_mapping_target_entry_count(m, id), TARGETS);
	}
	big_mapping_free(m);

	/* The same pair twice, far apart, is found. */
	len -= 2;
	len += (size_t)snprintf(text + len, cap - len,
				", {\"source\": \"s5\", \"target\": \"t6\", \"relationship\": "
				"\"equal\"}]}");
	m = (big_mapping *)1;
	assert_big_fails(big_mapping_load_buffer(&m, text, len, NULL), BIG_EDUPLICATE);
	ck_assert_ptr_null(m);
	snprintf(id, sizeof(id), "$.entries[%d]", SOURCES * TARGETS);
	ck_assert_str_eq(big_error_last()->path, id);
	ck_assert(test_contains(big_error_last()->message, "entries[16]"));
	free(text);
}
END_TEST

static Suite *mapping_suite(void)
{
	Suite *s = suite_create("mapping");
	TCase *tc = tcase_create("load");

	tcase_add_test(tc, test_relationship_names);
	tcase_add_test(tc, test_load_file);
	tcase_add_test(tc, test_load_buffer);
	tcase_add_test(tc, test_minimal_document);
	tcase_add_test(tc, test_pairs_are_told_apart);
	tcase_add_test(tc, test_unknown_fields_lenient_and_strict);
	tcase_add_test(tc, test_invalid_arguments);
	suite_add_tcase(s, tc);

	tc = tcase_create("lookup");
	tcase_add_test(tc, test_lookup_by_source);
	tcase_add_test(tc, test_lookup_by_target);
	tcase_add_test(tc, test_many_entries);
	suite_add_tcase(s, tc);

	tc = tcase_create("builtin");
	tcase_add_test(tc, test_builtin_names);
	tcase_add_test(tc, test_builtin_bio_to_bio2);
	tcase_add_test(tc, test_builtin_bio2_12_to_13);
	suite_add_tcase(s, tc);

	tc = tcase_create("check");
	tcase_add_test(tc, test_check_builtin);
	tcase_add_test(tc, test_check_file);
	tcase_add_test(tc, test_check_mismatch);
	tcase_add_test(tc, test_check_missing_node);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return test_run_suite(mapping_suite());
}
