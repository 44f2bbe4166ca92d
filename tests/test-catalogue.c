/*
 * libbig tests — suite "catalogue": loading catalogues, metadata, the node
 * tree, built-in catalogues, reference counting.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test-common.h"

/* Pre-order of tests/data/small-catalogue.json. */
static const char *const small_ids[] = {"1", "1.1", "1.2", "1.2.1", "1.2.2", "2", "2.1"};
#define SMALL_COUNT (sizeof(small_ids) / sizeof(small_ids[0]))

static const big_node *find(const big_catalogue *cat, const char *id)
{
	const big_node *node = big_catalogue_find(cat, id);

	ck_assert_msg(node != NULL, "node %s not found", id);
	return node;
}

static void check_small_metadata(const big_catalogue *cat)
{
	ck_assert_str_eq(big_catalogue_id(cat), "small");
	ck_assert_str_eq(big_catalogue_version(cat), "0.9");
	ck_assert_str_eq(big_catalogue_title(cat), "Small test catalogue");
	ck_assert_str_eq(big_catalogue_language(cat), "nl");
	ck_assert_str_eq(big_catalogue_publisher(cat), "libbig tests");
	ck_assert_str_eq(big_catalogue_based_on(cat), "ISO/IEC 27002:2022");
	ck_assert_int_eq(big_catalogue_max_level(cat), 5);
	ck_assert_int_eq(big_catalogue_default_target(cat), 2);
	ck_assert_uint_eq(big_catalogue_node_count(cat), SMALL_COUNT);
	ck_assert_uint_eq(big_catalogue_diagnostic_count(cat), 0);
}

START_TEST(test_load_file)
{
	big_catalogue *cat = test_load_catalogue("small-catalogue.json");

	check_small_metadata(cat);
	big_catalogue_free(cat);
}
END_TEST

START_TEST(test_load_buffer)
{
	size_t len;
	char *text = test_read_data("small-catalogue.json", &len);
	/* Not NUL-terminated: garbage follows the document. */
	char *copy = malloc(len + 8);
	big_catalogue *cat = NULL;

	ck_assert_ptr_nonnull(copy);
	memcpy(copy, text, len);
	memcpy(copy + len, "garbage!", 8);
	assert_big_ok(big_catalogue_load_buffer(&cat, copy, len, NULL));
	ck_assert_ptr_nonnull(cat);
	check_small_metadata(cat);
	big_catalogue_free(cat);
	free(copy);
	free(text);
}
END_TEST

START_TEST(test_metadata_defaults)
{
	big_catalogue *cat = test_catalogue_from_string(
	    "{\"format\": \"libbig.catalogue\", \"format_version\": 1, \"id\": \"min\", "
	    "\"version\": \"2025.1\", \"nodes\": [{\"id\": \"x\", \"kind\": \"k\", \"title\": "
	    "\"X\"}]}");

	ck_assert_str_eq(big_catalogue_id(cat), "min");
	ck_assert_str_eq(big_catalogue_version(cat), "2025.1");
	ck_assert_str_eq(big_catalogue_title(cat), "");
	ck_assert_str_eq(big_catalogue_language(cat), "");
	ck_assert_str_eq(big_catalogue_publisher(cat), "");
	ck_assert_str_eq(big_catalogue_based_on(cat), "");
	ck_assert_int_eq(big_catalogue_max_level(cat), 5);
	ck_assert_int_eq(big_catalogue_default_target(cat), 3);
	ck_assert_uint_eq(big_catalogue_node_count(cat), 1);
	ck_assert_uint_eq(big_catalogue_root_count(cat), 1);
	ck_assert_str_eq(big_node_text(big_catalogue_node(cat, 0)), "");
	big_catalogue_free(cat);
}
END_TEST

START_TEST(test_pre_order)
{
	big_catalogue *cat = test_load_catalogue("small-catalogue.json");

	for (size_t i = 0; i < SMALL_COUNT; i++) {
		const big_node *node = big_catalogue_node(cat, i);

		ck_assert_msg(node != NULL, "node %zu is NULL", i);
		ck_assert_str_eq(big_node_id(node), small_ids[i]);
		ck_assert_uint_eq(big_node_index(node), i);
		ck_assert_ptr_eq(big_catalogue_find(cat, small_ids[i]), node);
	}
	ck_assert_ptr_null(big_catalogue_node(cat, SMALL_COUNT));
	ck_assert_ptr_null(big_catalogue_node(cat, (size_t)-1));
	big_catalogue_free(cat);
}
END_TEST

START_TEST(test_roots)
{
	big_catalogue *cat = test_load_catalogue("small-catalogue.json");

	ck_assert_uint_eq(big_catalogue_root_count(cat), 2);
	ck_assert_str_eq(big_node_id(big_catalogue_root(cat, 0)), "1");
	ck_assert_str_eq(big_node_id(big_catalogue_root(cat, 1)), "2");
	ck_assert_ptr_eq(big_catalogue_root(cat, 1), big_catalogue_node(cat, 5));
	ck_assert_ptr_null(big_catalogue_root(cat, 2));
	big_catalogue_free(cat);
}
END_TEST

START_TEST(test_find_missing_leaves_error_alone)
{
	big_catalogue *cat = test_load_catalogue("small-catalogue.json");
	big_catalogue *other = NULL;

	assert_big_fails(big_catalogue_load_buffer(&other, "{", 1, NULL), BIG_ESYNTAX);
	ck_assert_ptr_null(big_catalogue_find(cat, "9.9"));
	ck_assert_ptr_null(big_catalogue_find(cat, ""));
	ck_assert_ptr_null(big_catalogue_find(cat, "1.2.1 "));
	ck_assert_msg(big_error_last()->code == BIG_ESYNTAX,
		      "a missing id changed the last error to %s",
		      big_error_name(big_error_last()->code));

	big_error_clear();
	ck_assert_ptr_null(big_catalogue_find(cat, "nope"));
	ck_assert_int_eq(big_error_last()->code, BIG_OK);
	big_catalogue_free(cat);
}
END_TEST

START_TEST(test_tree)
{
	big_catalogue *cat = test_load_catalogue("small-catalogue.json");
	const big_node *n1 = find(cat, "1"), *n11 = find(cat, "1.1"), *n12 = find(cat, "1.2");
	const big_node *n121 = find(cat, "1.2.1"), *n122 = find(cat, "1.2.2");
	const big_node *n2 = find(cat, "2"), *n21 = find(cat, "2.1");

	ck_assert_ptr_eq(big_node_catalogue(n121), cat);
	ck_assert_ptr_null(big_node_parent(n1));
	ck_assert_ptr_null(big_node_parent(n2));
	ck_assert_ptr_eq(big_node_parent(n11), n1);
	ck_assert_ptr_eq(big_node_parent(n12), n1);
	ck_assert_ptr_eq(big_node_parent(n121), n12);
	ck_assert_ptr_eq(big_node_parent(n122), n12);
	ck_assert_ptr_eq(big_node_parent(n21), n2);

	ck_assert_uint_eq(big_node_child_count(n1), 2);
	ck_assert_ptr_eq(big_node_child(n1, 0), n11);
	ck_assert_ptr_eq(big_node_child(n1, 1), n12);
	ck_assert_ptr_null(big_node_child(n1, 2));
	ck_assert_uint_eq(big_node_child_count(n12), 2);
	ck_assert_ptr_eq(big_node_child(n12, 0), n121);
	ck_assert_ptr_eq(big_node_child(n12, 1), n122);
	ck_assert_uint_eq(big_node_child_count(n11), 0);
	ck_assert_ptr_null(big_node_child(n11, 0));
	ck_assert_uint_eq(big_node_child_count(n2), 1);

	ck_assert_uint_eq(big_node_depth(n1), 0);
	ck_assert_uint_eq(big_node_depth(n11), 1);
	ck_assert_uint_eq(big_node_depth(n12), 1);
	ck_assert_uint_eq(big_node_depth(n121), 2);
	ck_assert_uint_eq(big_node_depth(n2), 0);
	ck_assert_uint_eq(big_node_depth(n21), 1);

	ck_assert_uint_eq(big_node_index(n1), 0);
	ck_assert_uint_eq(big_node_index(n122), 4);
	ck_assert_uint_eq(big_node_index(n21), 6);
	big_catalogue_free(cat);
}
END_TEST

START_TEST(test_node_fields)
{
	big_catalogue *cat = test_load_catalogue("small-catalogue.json");
	const big_node *n1 = find(cat, "1"), *n11 = find(cat, "1.1"), *n12 = find(cat, "1.2");
	const big_node *n21 = find(cat, "2.1");

	ck_assert_str_eq(big_node_kind(n1), "chapter");
	ck_assert_str_eq(big_node_title(n1), "Eerste hoofdstuk");
	ck_assert_str_eq(big_node_text(n1), "Langere tekst van het eerste hoofdstuk");
	ck_assert_str_eq(big_node_kind(n11), "control");
	ck_assert_str_eq(big_node_title(n11), "Leaf");
	ck_assert_str_eq(big_node_text(n11), "");
	ck_assert_str_eq(big_node_kind(find(cat, "1.2.1")), "measure");
	ck_assert_str_eq(big_node_title(n21),
			 "Beveiliging \xe2\x82\xac \xe2\x80\x94 \xe2\x80\x9cquoted\xe2\x80\x9d "
			 "\xc3\xbcn\xc3\xaf"
			 "code");
	ck_assert_str_eq(big_node_title(n12), "Assessable inner node");
	big_catalogue_free(cat);
}
END_TEST

START_TEST(test_tags_and_refs)
{
	big_catalogue *cat = test_load_catalogue("small-catalogue.json");
	const big_node *n11 = find(cat, "1.1"), *n12 = find(cat, "1.2");

	ck_assert_uint_eq(big_node_tag_count(n12), 2);
	ck_assert_str_eq(big_node_tag(n12, 0), "basishygiene");
	ck_assert_str_eq(big_node_tag(n12, 1), "ketenhygiene");
	ck_assert_ptr_null(big_node_tag(n12, 2));
	ck_assert_uint_eq(big_node_tag_count(n11), 0);
	ck_assert_ptr_null(big_node_tag(n11, 0));

	ck_assert_uint_eq(big_node_ref_count(n11), 2);
	ck_assert_str_eq(big_node_ref(n11, 0), "ISO 5.1");
	ck_assert_str_eq(big_node_ref(n11, 1), "ISO 5.2");
	ck_assert_ptr_null(big_node_ref(n11, 2));
	ck_assert_uint_eq(big_node_ref_count(n12), 0);
	ck_assert_ptr_null(big_node_ref(n12, 0));
	big_catalogue_free(cat);
}
END_TEST

START_TEST(test_weight)
{
	big_catalogue *cat = test_load_catalogue("small-catalogue.json");

	ck_assert_double_eq(big_node_weight(find(cat, "1")), 1.0);
	ck_assert_double_eq(big_node_weight(find(cat, "1.1")), 1.0);
	ck_assert_double_eq(big_node_weight(find(cat, "1.2")), 2.5);
	ck_assert_double_eq(big_node_weight(find(cat, "1.2.1")), 1.0);
	ck_assert_double_eq(big_node_weight(find(cat, "2")), 0.25);
	big_catalogue_free(cat);
}
END_TEST

START_TEST(test_assessable_and_mandatory)
{
	big_catalogue *cat = test_load_catalogue("small-catalogue.json");

	/* Defaults: a leaf is assessable, an inner node is not. */
	ck_assert_msg(big_node_is_assessable(find(cat, "1.1")), "leaf 1.1 is not assessable");
	ck_assert_msg(big_node_is_assessable(find(cat, "1.2.1")), "leaf 1.2.1 is not assessable");
	ck_assert_msg(big_node_is_assessable(find(cat, "2.1")), "leaf 2.1 is not assessable");
	ck_assert_msg(!big_node_is_assessable(find(cat, "1")), "inner node 1 is assessable");
	ck_assert_msg(!big_node_is_assessable(find(cat, "2")), "inner node 2 is assessable");
	/* Explicit overrides both ways. */
	ck_assert_msg(big_node_is_assessable(find(cat, "1.2")),
		      "inner node 1.2 with \"assessable\": true is not assessable");
	ck_assert_msg(!big_node_is_assessable(find(cat, "1.2.2")),
		      "leaf 1.2.2 with \"assessable\": false is assessable");

	ck_assert_msg(big_node_is_mandatory(find(cat, "1.2")), "1.2 is not mandatory");
	ck_assert_msg(!big_node_is_mandatory(find(cat, "1.1")), "1.1 is mandatory");
	ck_assert_msg(!big_node_is_mandatory(find(cat, "1.2.1")),
		      "1.2.1 (\"mandatory\": false) is mandatory");
	ck_assert_msg(!big_node_is_mandatory(find(cat, "1")), "1 is mandatory");
	big_catalogue_free(cat);
}
END_TEST

/* The built-in catalogues are named <id>-<version>, listed in name order. */
START_TEST(test_builtin_list)
{
	static const char *const names[] = {"big-2013", "bio-1.04", "bio2-1.2", "bio2-1.3"};
	size_t n = big_builtin_count();

	ck_assert_uint_eq(n, sizeof(names) / sizeof(names[0]));
	for (size_t i = 0; i < n; i++) {
		const char *name = big_builtin_name(i);
		big_catalogue *cat = NULL;
		char want[64];

		ck_assert_str_eq(name, names[i]);
		/* Every built-in catalogue loads, and its name is its id and version. */
		assert_big_ok(big_catalogue_builtin(&cat, name));
		ck_assert_ptr_nonnull(cat);
		ck_assert_uint_gt(big_catalogue_node_count(cat), 0);
		ck_assert_uint_eq(big_catalogue_diagnostic_count(cat), 0);
		snprintf(want, sizeof(want), "%s-%s", big_catalogue_id(cat),
			 big_catalogue_version(cat));
		ck_assert_str_eq(name, want);
		big_catalogue_free(cat);
	}
	ck_assert_ptr_null(big_builtin_name(n));
}
END_TEST

/* The short names of earlier releases stand for one version each. */
START_TEST(test_builtin_alias)
{
	static const struct {
		const char *alias, *name, *id, *version;
	} want[] = {{"big", "big-2013", "big", "2013"},
		    {"bio", "bio-1.04", "bio", "1.04"},
		    {"bio2", "bio2-1.2", "bio2", "1.2"}};

	for (size_t w = 0; w < sizeof(want) / sizeof(want[0]); w++) {
		big_catalogue *cat = NULL;
		const char *by_alias = NULL, *by_name = NULL;
		size_t alias_len = 0, name_len = 0;

		ck_assert_str_eq(big_builtin_alias(want[w].name), want[w].alias);
		ck_assert_str_eq(big_builtin_alias(want[w].alias), want[w].alias);
		assert_big_ok(big_catalogue_builtin(&cat, want[w].alias));
		ck_assert_str_eq(big_catalogue_id(cat), want[w].id);
		ck_assert_str_eq(big_catalogue_version(cat), want[w].version);
		big_catalogue_free(cat);
		/* The alias gives the same bytes as the name. */
		assert_big_ok(big_builtin_json(&by_alias, &alias_len, want[w].alias));
		assert_big_ok(big_builtin_json(&by_name, &name_len, want[w].name));
		ck_assert_ptr_eq(by_alias, by_name);
		ck_assert_uint_eq(alias_len, name_len);
	}
	/* No alias: unknown names, mappings, NULL. */
	ck_assert_ptr_null(big_builtin_alias("bio3"));
	ck_assert_ptr_null(big_builtin_alias(""));
	ck_assert_ptr_null(big_builtin_alias("bio-to-bio2"));
	ck_assert_ptr_null(big_builtin_alias("bio2-1.3")); /* bio2 stays 1.2 in this release */
	ck_assert_ptr_null(big_builtin_alias(NULL));
	/* An alias names a catalogue, not a mapping. */
	big_mapping *m = NULL;
	assert_big_fails(big_mapping_builtin(&m, "bio2"), BIG_ENOTFOUND);
	ck_assert_ptr_null(m);
}
END_TEST

/* The built-in documents are the shipped files, byte for byte, and load. */
START_TEST(test_builtin_json)
{
	const char *names[] = {"bio2-1.2", "bio-1.04", "big-2013", "bio-to-bio2"};
	const char *files[] = {"bio2-1.2.json", "bio-1.04.json", "big-2013.json",
			       "bio-to-bio2.json"};
	for (size_t i = 0; i < 4; i++) {
		const char *text = NULL;
		size_t len = 0, flen = 0;
		char path[512];
		snprintf(path, sizeof(path), "%s/../../libbig/catalogues/%s", test_data_dir(),
			 files[i]);
		char *file = test_read_file(path, &flen);
		assert_big_ok(big_builtin_json(&text, &len, names[i]));
		ck_assert_uint_eq(len, flen);
		ck_assert(memcmp(text, file, len) == 0);
		free(file);
	}
	const char *text = NULL;
	size_t len = 0;
	assert_big_fails(big_builtin_json(&text, &len, "nosuch"), BIG_ENOTFOUND);
	assert_big_fails(big_builtin_json(NULL, &len, "bio2"), BIG_EINVAL);
}
END_TEST

START_TEST(test_builtin_unknown)
{
	big_catalogue *cat = NULL;

	assert_big_fails(big_catalogue_builtin(&cat, "bio3"), BIG_ENOTFOUND);
	ck_assert_ptr_null(cat);
	assert_big_fails(big_catalogue_builtin(&cat, ""), BIG_ENOTFOUND);
	ck_assert_ptr_null(cat);
}
END_TEST

/* Counts per kind of the built-in catalogues on the ISO 27002 structure, as
 * ../shared/reference/ gives them (14/35/114 for 2013, 11/39/133 for 2005). */
START_TEST(test_builtin_iso_structures)
{
	static const struct {
		const char *name, *version, *based_on;
		size_t chapters, objectives, controls;
	} want[] = {{"bio", "1.04", "ISO/IEC 27002:2013", 14, 35, 114},
		    {"big", "2013", "ISO/IEC 27002:2005", 11, 39, 133}};

	for (size_t w = 0; w < 2; w++) {
		big_catalogue *cat = NULL;
		size_t count[3] = {0, 0, 0};
		static const char *const kinds[] = {"chapter", "objective", "control"};

		assert_big_ok(big_catalogue_builtin(&cat, want[w].name));
		ck_assert_str_eq(big_catalogue_version(cat), want[w].version);
		ck_assert_str_eq(big_catalogue_based_on(cat), want[w].based_on);
		for (size_t i = 0; i < big_catalogue_node_count(cat); i++) {
			const big_node *n = big_catalogue_node(cat, i);
			int k = 0;
			while (k < 3 && strcmp(big_node_kind(n), kinds[k]) != 0)
				k++;
			ck_assert_msg(k < 3, "%s: node %s has kind %s", want[w].name,
				      big_node_id(n), big_node_kind(n));
			count[k]++;
			/* The controls, and only they, are the requirements. */
			ck_assert(big_node_is_assessable(n) == (k == 2));
			ck_assert_uint_eq(big_node_depth(n), (unsigned)k);
		}
		ck_assert_uint_eq(count[0], want[w].chapters);
		ck_assert_uint_eq(count[1], want[w].objectives);
		ck_assert_uint_eq(count[2], want[w].controls);
		ck_assert_uint_eq(big_catalogue_requirement_count(cat), want[w].controls);
		ck_assert_uint_eq(big_catalogue_diagnostic_count(cat), 0);
		big_catalogue_free(cat);
	}
}
END_TEST

/* Built-in catalogue @name, a BIO2 of @version on ISO/IEC 27002:2022. */
static big_catalogue *builtin_bio2(const char *name, const char *version)
{
	big_catalogue *cat = NULL;

	assert_big_ok(big_catalogue_builtin(&cat, name));
	ck_assert_ptr_nonnull(cat);
	ck_assert_str_eq(big_catalogue_id(cat), "bio2");
	ck_assert_str_eq(big_catalogue_version(cat), version);
	ck_assert_str_eq(big_catalogue_based_on(cat), "ISO/IEC 27002:2022");
	ck_assert_int_eq(big_catalogue_max_level(cat), 5);
	ck_assert_int_eq(big_catalogue_default_target(cat), 3);
	ck_assert_uint_eq(big_catalogue_diagnostic_count(cat), 0);
	return cat;
}

START_TEST(test_builtin_bio2)
{
	big_catalogue *cat = NULL;
	size_t themes = 0, controls = 0, measures = 0, others = 0;
	const big_node *measure, *bare_control, *control;
	int basis = 0;

	cat = builtin_bio2("bio2", "1.2");
	for (size_t i = 0; i < big_catalogue_node_count(cat); i++) {
		const char *kind = big_node_kind(big_catalogue_node(cat, i));

		if (strcmp(kind, "theme") == 0)
			themes++;
		else if (strcmp(kind, "control") == 0)
			controls++;
		else if (strcmp(kind, "measure") == 0)
			measures++;
		else
			others++;
	}
	ck_assert_uint_eq(themes, 4);
	ck_assert_uint_eq(controls, 93);
	ck_assert_uint_eq(measures, 120);
	ck_assert_uint_eq(others, 0);
	ck_assert_uint_eq(big_catalogue_node_count(cat), 4 + 93 + 120);
	ck_assert_uint_eq(big_catalogue_root_count(cat), 4);
	ck_assert_str_eq(big_node_id(big_catalogue_root(cat, 0)), "5");
	ck_assert_str_eq(big_node_id(big_catalogue_root(cat, 3)), "8");

	measure = find(cat, "5.01.01");
	ck_assert_str_eq(big_node_kind(measure), "measure");
	ck_assert_msg(big_node_is_mandatory(measure), "5.01.01 is not mandatory");
	ck_assert_msg(big_node_is_assessable(measure), "5.01.01 is not assessable");
	for (size_t i = 0; i < big_node_tag_count(measure); i++)
		if (strcmp(big_node_tag(measure, i), "basishygiene") == 0)
			basis = 1;
	ck_assert_msg(basis, "5.01.01 has no tag basishygiene");
	ck_assert_str_eq(big_node_id(big_node_parent(measure)), "5.1");
	ck_assert_uint_eq(big_node_depth(measure), 2);

	/* 5.3 (segregation of duties) has no overheidsmaatregel. */
	bare_control = find(cat, "5.3");
	ck_assert_str_eq(big_node_kind(bare_control), "control");
	ck_assert_uint_eq(big_node_child_count(bare_control), 0);
	ck_assert_msg(big_node_is_assessable(bare_control),
		      "control 5.3 without measures is not assessable");
	control = find(cat, "5.1");
	ck_assert_uint_gt(big_node_child_count(control), 0);
	ck_assert_msg(!big_node_is_assessable(control), "control 5.1 with measures is assessable");
	ck_assert_msg(!big_node_is_assessable(find(cat, "5")), "theme 5 is assessable");
	big_catalogue_free(cat);
}
END_TEST

/*
 * BIO2 1.3, from ../shared/reference/bio2-1.3-measures.csv: its 166 headings
 * are 117 measures in force (geldend), 39 "geen overheidsmaatregel", 6 moved
 * (verplaatst) and 4 withdrawn (vervallen). The measures in force are the
 * mandatory requirements, under 54 controls; the other 39 controls are
 * requirements themselves: 156 in all (docs/catalogues.md).
 */
static const char *const bio2_13_bare_controls[] = {
    "5.3",  "5.6",  "5.7",  "5.11", "5.13", "5.25", "5.29", "5.31", "5.32", "5.34",
    "5.37", "6.4",  "6.5",  "6.6",  "6.7",  "7.3",  "7.4",  "7.5",  "7.6",  "7.8",
    "7.9",  "7.11", "7.12", "7.13", "7.14", "8.4",  "8.6",  "8.9",  "8.10", "8.11",
    "8.12", "8.14", "8.17", "8.23", "8.25", "8.26", "8.28", "8.33", "8.34"};

/* The headings that are not measures in force: no node of the catalogue. */
static const char *const bio2_13_not_in_force[] = {
    /* geen_overheidsmaatregel (39) */
    "5.03.01", "5.06.01", "5.07.01", "5.10.01", "5.11.01", "5.13.01", "5.29.01", "5.31.01",
    "5.32.01", "5.34.01", "5.37.01", "6.04.01", "6.05.01", "6.06.01", "6.07.01", "7.03.01",
    "7.04.01", "7.05.01", "7.06.01", "7.08.01", "7.09.01", "7.11.01", "7.12.01", "7.13.01",
    "7.14.01", "8.04.01", "8.06.01", "8.09.01", "8.10.01", "8.11.01", "8.12.01", "8.14.01",
    "8.17.01", "8.23.01", "8.25.01", "8.26.01", "8.28.01", "8.33.01", "8.34.01",
    /* verplaatst (6) */
    "5.04.02", "5.04.03", "5.24.06", "5.25.01", "5.26.01", "8.08.06",
    /* vervallen (4) */
    "5.21.01", "5.35.01", "7.01.01", "8.24.03"};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

START_TEST(test_builtin_bio2_13)
{
	big_catalogue *cat = NULL;
	size_t themes = 0, controls = 0, measures = 0, bare = 0, with_measures = 0;

	cat = builtin_bio2("bio2-1.3", "1.3");
	for (size_t i = 0; i < big_catalogue_node_count(cat); i++) {
		const big_node *n = big_catalogue_node(cat, i);
		const char *kind = big_node_kind(n);

		if (strcmp(kind, "theme") == 0) {
			themes++;
			ck_assert(!big_node_is_assessable(n));
		} else if (strcmp(kind, "control") == 0) {
			controls++;
			/* A control is assessed itself exactly when it has no measure. */
			ck_assert(big_node_is_assessable(n) == (big_node_child_count(n) == 0));
			bare += big_node_child_count(n) == 0;
			with_measures += big_node_child_count(n) > 0;
			ck_assert(!big_node_is_mandatory(n));
		} else {
			ck_assert_str_eq(kind, "measure");
			measures++;
			ck_assert(big_node_is_assessable(n) && big_node_is_mandatory(n));
			/* 1.3 has no categories: one tag, the same for every measure. */
			ck_assert_uint_eq(big_node_tag_count(n), 1);
			ck_assert_str_eq(big_node_tag(n, 0), "overheidsmaatregel");
		}
	}
	ck_assert_uint_eq(themes, 4);
	ck_assert_uint_eq(controls, 93);
	ck_assert_uint_eq(measures, 117);
	ck_assert_uint_eq(with_measures, 54);
	ck_assert_uint_eq(bare, 39);
	ck_assert_uint_eq(big_catalogue_requirement_count(cat), 156);
	for (size_t i = 0; i < COUNT(bio2_13_bare_controls); i++) {
		const big_node *n = find(cat, bio2_13_bare_controls[i]);
		ck_assert_msg(big_node_is_assessable(n) && big_node_child_count(n) == 0,
			      "control %s is not assessed itself", bio2_13_bare_controls[i]);
	}
	for (size_t i = 0; i < COUNT(bio2_13_not_in_force); i++)
		ck_assert_msg(big_catalogue_find(cat, bio2_13_not_in_force[i]) == NULL,
			      "%s is a node, but not in force in 1.3", bio2_13_not_in_force[i]);

	/* 5.25 lost its only measure (5.25.01 moved to 5.26.02): assessed itself. */
	ck_assert(big_node_is_assessable(find(cat, "5.25")));
	/* 5.10 says "geen overheidsmaatregel" (5.10.01) beside two measures in
	 * force, moved from 5.4: the facts as given, so 5.10 is not assessed itself. */
	const big_node *c510 = find(cat, "5.10");
	ck_assert(!big_node_is_assessable(c510));
	ck_assert_uint_eq(big_node_child_count(c510), 2);
	ck_assert_str_eq(big_node_id(big_node_child(c510, 0)), "5.10.02");
	ck_assert_str_eq(big_node_id(big_node_child(c510, 1)), "5.10.03");
	/* New in 1.3, or moved there. */
	static const char *const arrived[] = {"5.10.02", "5.10.03", "5.21.05",
					      "5.24.08", "5.26.02", "6.03.04"};
	for (size_t i = 0; i < COUNT(arrived); i++)
		ck_assert(big_node_is_mandatory(find(cat, arrived[i])));
	ck_assert_str_eq(big_node_id(big_node_parent(find(cat, "6.03.04"))), "6.3");

	/* Two profiles: the measures, and everything; no category can be built. */
	ck_assert_uint_eq(big_catalogue_tag_count(cat), 1);
	ck_assert_uint_eq(big_catalogue_profile_count(cat), 2);
	const big_profile *om = big_catalogue_find_profile(cat, "overheidsmaatregelen");
	const big_profile *all = big_catalogue_find_profile(cat, "alles");
	ck_assert_ptr_nonnull(om);
	ck_assert_ptr_nonnull(all);
	ck_assert_uint_eq(big_profile_requirement_count(om), 117);
	ck_assert_uint_eq(big_profile_requirement_count(all), 156);
	ck_assert(big_profile_selects_all(all));
	ck_assert_ptr_null(big_catalogue_find_profile(cat, "basishygiene"));
	ck_assert_ptr_null(big_catalogue_find_tag(cat, "basishygiene"));
	big_catalogue_free(cat);
}
END_TEST

START_TEST(test_reference_counting)
{
	big_catalogue *cat = test_load_catalogue("small-catalogue.json");
	big_catalogue *again = big_catalogue_ref(cat);
	big_assessment *a = NULL;
	const big_catalogue *held;

	ck_assert_ptr_eq(again, cat);
	big_catalogue_free(cat);
	/* One reference is left: still usable. */
	ck_assert_str_eq(big_catalogue_id(again), "small");
	ck_assert_str_eq(big_node_id(big_catalogue_node(again, 6)), "2.1");

	/* An assessment keeps its catalogue alive. */
	assert_big_ok(big_assessment_new(&a, again, "GM0001", "2025"));
	big_catalogue_free(again);
	held = big_assessment_catalogue(a);
	ck_assert_ptr_eq(held, again);
	ck_assert_str_eq(big_catalogue_id(held), "small");
	ck_assert_ptr_nonnull(big_catalogue_find(held, "1.2.1"));
	big_assessment_free(a);
}
END_TEST

START_TEST(test_report_keeps_catalogue)
{
	big_catalogue *cat = test_load_catalogue("small-catalogue.json");
	big_assessment *a = NULL;
	big_report *r = NULL;

	assert_big_ok(big_assessment_new(&a, cat, "GM0001", "2025"));
	assert_big_ok(big_assessment_set_status(a, "1.1", BIG_STATUS_IMPLEMENTED));
	assert_big_ok(big_score(&r, a, NULL));
	big_assessment_free(a);
	big_catalogue_free(cat);
	ck_assert_str_eq(big_catalogue_id(big_report_catalogue(r)), "small");
	ck_assert_ptr_nonnull(big_report_find(r, "1.1"));
	big_report_free(r);
}
END_TEST

START_TEST(test_many_references)
{
	big_catalogue *cat = NULL;

	assert_big_ok(big_catalogue_builtin(&cat, "bio2"));
	for (int i = 0; i < 100; i++)
		ck_assert_ptr_eq(big_catalogue_ref(cat), cat);
	for (int i = 0; i < 100; i++)
		big_catalogue_free(cat);
	ck_assert_str_eq(big_catalogue_id(cat), "bio2");
	big_catalogue_free(cat);
}
END_TEST

START_TEST(test_free_null)
{
	big_catalogue_free(NULL);
	big_assessment_free(NULL);
	big_report_free(NULL);
	big_free(NULL);
}
END_TEST

#define UNKNOWN_FIELDS                                                                      \
	"{\"format\": \"libbig.catalogue\", \"format_version\": 1, \"id\": \"u\", "         \
	"\"version\": \"1\", \"colour\": \"red\", \"nodes\": [{\"id\": \"1\", \"kind\": "   \
	"\"chapter\", \"title\": \"C\", \"children\": [{\"id\": \"1.1\", \"kind\": \"k\", " \
	"\"title\": \"T\", \"extra\": {\"a\": 1}}]}]}"

START_TEST(test_unknown_field_lenient)
{
	big_catalogue *cat = test_catalogue_from_string(UNKNOWN_FIELDS);
	const char *paths[2];

	ck_assert_uint_eq(big_catalogue_diagnostic_count(cat), 2);
	for (size_t i = 0; i < 2; i++) {
		const big_diagnostic *d = big_catalogue_diagnostic(cat, i);

		ck_assert_ptr_nonnull(d);
		ck_assert_str_eq(d->code, "unknown-field");
		ck_assert_msg(d->message != NULL && d->message[0] != '\0', "empty message");
		ck_assert_msg(d->severity == BIG_SEVERITY_INFO ||
				  d->severity == BIG_SEVERITY_WARNING,
			      "severity %d", (int)d->severity);
		paths[i] = d->path;
	}
	/* In document order. */
	ck_assert_str_eq(paths[0], "$.colour");
	ck_assert_str_eq(paths[1], "$.nodes[0].children[0].extra");
	ck_assert_ptr_null(big_catalogue_diagnostic(cat, 2));
	/* The catalogue is complete nevertheless. */
	ck_assert_uint_eq(big_catalogue_node_count(cat), 2);
	big_catalogue_free(cat);
}
END_TEST

START_TEST(test_unknown_field_strict)
{
	big_load_options opts = BIG_LOAD_OPTIONS_INIT;
	big_catalogue *cat = NULL;
	const char *nested =
	    "{\"format\": \"libbig.catalogue\", \"format_version\": 1, \"id\": \"u\", "
	    "\"version\": \"1\", \"nodes\": [{\"id\": \"1\", \"kind\": \"chapter\", \"title\": "
	    "\"C\", \"children\": [{\"id\": \"1.1\", \"kind\": \"k\", \"title\": \"T\", "
	    "\"extra\": true}]}]}";

	opts.flags = BIG_LOAD_STRICT;
	assert_big_fails(big_catalogue_load_buffer(&cat, nested, strlen(nested), &opts),
			 BIG_ESCHEMA);
	ck_assert_ptr_null(cat);
	ck_assert_str_eq(big_error_last()->path, "$.nodes[0].children[0].extra");
	ck_assert_msg(test_contains(big_error_last()->message, "$.nodes[0].children[0].extra"),
		      "message \"%s\" lacks the path", big_error_last()->message);

	assert_big_fails(
	    big_catalogue_load_buffer(&cat, UNKNOWN_FIELDS, strlen(UNKNOWN_FIELDS), &opts),
	    BIG_ESCHEMA);
	ck_assert_ptr_null(cat);
	/* The same document loads without BIG_LOAD_STRICT. */
	assert_big_ok(big_catalogue_load_buffer(&cat, nested, strlen(nested), NULL));
	ck_assert_uint_eq(big_catalogue_diagnostic_count(cat), 1);
	big_catalogue_free(cat);
}
END_TEST

START_TEST(test_worked_catalogue)
{
	big_catalogue *cat = test_load_catalogue("worked-catalogue.json");
	static const char *const ids[] = {"A", "A.1", "A.2", "A.3", "B", "B.1", "B.2", "B.3"};

	ck_assert_str_eq(big_catalogue_id(cat), "worked-example");
	ck_assert_uint_eq(big_catalogue_node_count(cat), 8);
	for (size_t i = 0; i < 8; i++)
		ck_assert_str_eq(big_node_id(big_catalogue_node(cat, i)), ids[i]);
	ck_assert_double_eq(big_node_weight(find(cat, "A.3")), 2.0);
	ck_assert_double_eq(big_node_weight(find(cat, "B.2")), 3.0);
	ck_assert_msg(big_node_is_mandatory(find(cat, "B.1")), "B.1 is not mandatory");
	ck_assert_msg(!big_node_is_assessable(find(cat, "A")), "A is assessable");
	ck_assert_msg(big_node_is_assessable(find(cat, "B.3")), "B.3 is not assessable");
	big_catalogue_free(cat);
}
END_TEST

static Suite *catalogue_suite(void)
{
	Suite *s = suite_create("catalogue");
	TCase *tc = tcase_create("load");

	tcase_add_test(tc, test_load_file);
	tcase_add_test(tc, test_load_buffer);
	tcase_add_test(tc, test_metadata_defaults);
	tcase_add_test(tc, test_worked_catalogue);
	suite_add_tcase(s, tc);

	tc = tcase_create("nodes");
	tcase_add_test(tc, test_pre_order);
	tcase_add_test(tc, test_roots);
	tcase_add_test(tc, test_find_missing_leaves_error_alone);
	tcase_add_test(tc, test_tree);
	tcase_add_test(tc, test_node_fields);
	tcase_add_test(tc, test_tags_and_refs);
	tcase_add_test(tc, test_weight);
	tcase_add_test(tc, test_assessable_and_mandatory);
	suite_add_tcase(s, tc);

	tc = tcase_create("builtin");
	tcase_add_test(tc, test_builtin_list);
	tcase_add_test(tc, test_builtin_alias);
	tcase_add_test(tc, test_builtin_unknown);
	tcase_add_test(tc, test_builtin_json);
	tcase_add_test(tc, test_builtin_bio2);
	tcase_add_test(tc, test_builtin_bio2_13);
	tcase_add_test(tc, test_builtin_iso_structures);
	suite_add_tcase(s, tc);

	tc = tcase_create("lifetime");
	tcase_add_test(tc, test_reference_counting);
	tcase_add_test(tc, test_report_keeps_catalogue);
	tcase_add_test(tc, test_many_references);
	tcase_add_test(tc, test_free_null);
	suite_add_tcase(s, tc);

	tc = tcase_create("unknown-fields");
	tcase_add_test(tc, test_unknown_field_lenient);
	tcase_add_test(tc, test_unknown_field_strict);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return test_run_suite(catalogue_suite());
}
