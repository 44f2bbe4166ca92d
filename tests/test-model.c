/*
 * Suite 'model': the maturity model, declared tags and profiles of a
 * catalogue (docs/formats.md), and their errors.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test-common.h"

static big_catalogue *model;

static void setup(void)
{
	model = test_load_catalogue("model-catalogue.json");
}

static void teardown(void)
{
	big_catalogue_free(model);
	model = NULL;
}

/* The ids of the requirements a profile selects, joined by spaces. */
static const char *selection(const char *profile)
{
	static char buf[256];
	const big_profile *p = big_catalogue_find_profile(model, profile);
	ck_assert_msg(p != NULL, "no profile %s", profile);
	buf[0] = '\0';
	for (size_t i = 0; i < big_profile_requirement_count(p); i++) {
		if (i)
			strcat(buf, " ");
		strcat(buf, big_node_id(big_profile_requirement(p, i)));
	}
	return buf;
}

static const char *priority(const char *profile)
{
	static char buf[256];
	const big_profile *p = big_catalogue_find_profile(model, profile);
	buf[0] = '\0';
	for (size_t i = 0; i < big_profile_priority_count(p); i++) {
		if (i)
			strcat(buf, " ");
		strcat(buf, big_profile_priority(p, i));
	}
	return buf;
}

START_TEST(test_custom_maturity_model)
{
	static const char *const ids[] = {"owner", "written", "approved", "tested"};
	static const int levels[] = {1, 2, 2, 3};

	ck_assert_int_eq(big_catalogue_max_level(model), 3);
	ck_assert_int_eq(big_catalogue_default_target(model), 2);
	ck_assert_str_eq(big_catalogue_level_label(model, 0), "geen");
	ck_assert_str_eq(big_catalogue_level_label(model, 3), "bewezen");
	ck_assert_ptr_null(big_catalogue_level_label(model, 4));
	ck_assert_ptr_null(big_catalogue_level_label(model, -1));
	ck_assert_uint_eq(big_catalogue_criterion_count(model), 4);
	for (size_t i = 0; i < 4; i++) {
		const big_criterion *c = big_catalogue_criterion(model, i);
		ck_assert_str_eq(c->id, ids[i]);
		ck_assert_int_eq(c->level, levels[i]);
		ck_assert_ptr_eq(big_catalogue_find_criterion(model, ids[i]), c);
	}
	ck_assert_str_eq(big_catalogue_criterion(model, 1)->label, "Beschreven");
	ck_assert_str_eq(big_catalogue_criterion(model, 2)->label, "");
	ck_assert_ptr_null(big_catalogue_criterion(model, 4));
	ck_assert_ptr_null(big_catalogue_find_criterion(model, "documented"));
}
END_TEST

START_TEST(test_default_maturity_model)
{
	static const char *const labels[] = {"niet aanwezig",        "initieel",
					     "herhaalbaar",          "gedefinieerd",
					     "beheerst en meetbaar", "geoptimaliseerd"};
	static const char *const ids[] = {"performed", "documented", "implemented", "monitored",
					  "improved"};
	big_catalogue *cat = test_load_catalogue("worked-catalogue.json");

	ck_assert_int_eq(big_catalogue_max_level(cat), 5);
	ck_assert_int_eq(big_catalogue_default_target(cat), 3);
	for (int l = 0; l <= 5; l++)
		ck_assert_str_eq(big_catalogue_level_label(cat, l), labels[l]);
	ck_assert_uint_eq(big_catalogue_criterion_count(cat), 5);
	for (int i = 0; i < 5; i++) {
		ck_assert_str_eq(big_catalogue_criterion(cat, (size_t)i)->id, ids[i]);
		ck_assert_int_eq(big_catalogue_criterion(cat, (size_t)i)->level, i + 1);
	}
	ck_assert_int_eq(big_catalogue_find_criterion(cat, "monitored")->level, 4);
	ck_assert_uint_eq(big_catalogue_tag_count(cat), 0);
	ck_assert_uint_eq(big_catalogue_profile_count(cat), 0);
	big_catalogue_free(cat);
}
END_TEST

START_TEST(test_tags)
{
	ck_assert_uint_eq(big_catalogue_tag_count(model), 4);
	ck_assert_str_eq(big_catalogue_tag(model, 0)->id, "bbn1");
	ck_assert_str_eq(big_catalogue_tag(model, 0)->label, "BBN1");
	ck_assert_str_eq(big_catalogue_find_tag(model, "bbn3")->label, "");
	ck_assert_ptr_null(big_catalogue_find_tag(model, "bbn4"));
	ck_assert_ptr_null(big_catalogue_tag(model, 4));
	/* A requirement carries the tags of its ancestors. */
	ck_assert(big_node_carries_tag(big_catalogue_find(model, "H1.1"), "bbn1"));
	ck_assert(big_node_carries_tag(big_catalogue_find(model, "H1.2"), "cloud"));
	ck_assert(!big_node_carries_tag(big_catalogue_find(model, "H1.1"), "cloud"));
	ck_assert(!big_node_carries_tag(big_catalogue_find(model, "H2.3"), "bbn1"));
	ck_assert_uint_eq(big_catalogue_diagnostic_count(model), 0);
	ck_assert_uint_eq(big_catalogue_requirement_count(model), 5);
	ck_assert_str_eq(big_node_id(big_catalogue_requirement(model, 4)), "H2.3");
	ck_assert_ptr_null(big_catalogue_requirement(model, 5));
}
END_TEST

START_TEST(test_profile_selection)
{
	ck_assert_uint_eq(big_catalogue_profile_count(model), 6);
	ck_assert_str_eq(selection("bbn1"), "H1.1 H1.2");
	ck_assert_str_eq(selection("bbn2"), "H1.1 H1.2 H2.1");
	ck_assert_str_eq(selection("bbn3"), "H1.1 H1.2 H2.1 H2.2");
	ck_assert_str_eq(selection("cloud"), "H1.2 H2.2");
	ck_assert_str_eq(selection("alles"), "H1.1 H1.2 H2.1 H2.2 H2.3");
	ck_assert_str_eq(selection("cloud-bbn1"), "H1.1 H1.2 H2.2");
	ck_assert_ptr_null(big_catalogue_find_profile(model, "bbn4"));
}
END_TEST

START_TEST(test_profile_properties)
{
	const big_profile *bbn3 = big_catalogue_find_profile(model, "bbn3");
	const big_profile *alles = big_catalogue_find_profile(model, "alles");
	const big_profile *cloud = big_catalogue_find_profile(model, "cloud");

	ck_assert_ptr_eq(big_profile_catalogue(bbn3), model);
	ck_assert_ptr_eq(big_catalogue_profile(model, 0), bbn3);
	ck_assert_str_eq(big_profile_id(bbn3), "bbn3");
	ck_assert_str_eq(big_profile_title(bbn3), "BBN3");
	ck_assert_str_eq(big_profile_title(cloud), "");
	ck_assert_uint_eq(big_profile_tag_count(bbn3), 1);
	ck_assert_str_eq(big_profile_tag(bbn3, 0), "bbn3");
	ck_assert_ptr_null(big_profile_tag(bbn3, 1));
	ck_assert_uint_eq(big_profile_extends_count(bbn3), 1);
	ck_assert_ptr_eq(big_profile_extends(bbn3, 0), big_catalogue_find_profile(model, "bbn2"));
	ck_assert_ptr_null(big_profile_extends(bbn3, 1));
	ck_assert(big_profile_selects_all(alles));
	ck_assert(!big_profile_selects_all(bbn3));
	/* Priority: its own, else that of the first profile it extends. */
	ck_assert_str_eq(priority("bbn1"), "bbn1 bbn2 bbn3");
	ck_assert_str_eq(priority("bbn3"), "bbn1 bbn2 bbn3");
	ck_assert_str_eq(priority("alles"), "cloud");
	ck_assert_str_eq(priority("cloud"), "");
	ck_assert_str_eq(priority("cloud-bbn1"), "");
	/* Only requirements of this catalogue are selected. */
	ck_assert(big_profile_selects(bbn3, big_catalogue_find(model, "H2.2")));
	ck_assert(!big_profile_selects(bbn3, big_catalogue_find(model, "H2.3")));
	ck_assert(!big_profile_selects(alles, big_catalogue_find(model, "H1")));
	ck_assert(!big_profile_selects(alles, NULL));
	big_catalogue *other = test_load_catalogue("model-catalogue.json");
	ck_assert(!big_profile_selects(alles, big_catalogue_find(other, "H1.1")));
	big_catalogue_free(other);
}
END_TEST

START_TEST(test_bio2_profiles)
{
	/* Counts from ../shared/reference/bio2-1.2-measures.csv. */
	static const struct {
		const char *id;
		size_t count;
	} expected[] = {{"basishygiene", 105},
			{"ketenhygiene", 35},
			{"overheidsrisico", 15},
			{"overheidsmaatregelen", 120},
			{"alles", 160}};
	big_catalogue *bio2 = NULL;
	assert_big_ok(big_catalogue_builtin(&bio2, "bio2"));
	ck_assert_uint_eq(big_catalogue_tag_count(bio2), 3);
	ck_assert_str_eq(big_catalogue_find_tag(bio2, "basishygiene")->label, "Basishygiëne");
	ck_assert_uint_eq(big_catalogue_profile_count(bio2), 5);
	for (size_t i = 0; i < 5; i++) {
		const big_profile *p = big_catalogue_find_profile(bio2, expected[i].id);
		ck_assert_msg(p != NULL, "no profile %s", expected[i].id);
		ck_assert_msg(big_profile_requirement_count(p) == expected[i].count,
			      "%s selects %zu, expected %zu", expected[i].id,
			      big_profile_requirement_count(p), expected[i].count);
	}
	const big_profile *all = big_catalogue_find_profile(bio2, "alles");
	ck_assert_uint_eq(big_profile_priority_count(all), 3);
	ck_assert_str_eq(big_profile_priority(all, 0), "basishygiene");
	ck_assert_str_eq(big_profile_priority(all, 2), "overheidsrisico");
	/* A control without measures (5.6) is risk-based: only "alles" has it. */
	ck_assert(big_profile_selects(all, big_catalogue_find(bio2, "5.6")));
	ck_assert(!big_profile_selects(big_catalogue_find_profile(bio2, "overheidsmaatregelen"),
				       big_catalogue_find(bio2, "5.6")));
	ck_assert_uint_eq(big_catalogue_diagnostic_count(bio2), 0);
	big_catalogue_free(bio2);
}
END_TEST

/* Loads a catalogue written with ' for ". */
static big_catalogue *from_quoted(const char *text)
{
	char *doc = strdup(text);
	for (char *p = doc; *p; p++)
		if (*p == '\'')
			*p = '"';
	big_catalogue *cat = test_catalogue_from_string(doc);
	free(doc);
	return cat;
}

START_TEST(test_unknown_tags_are_diagnostics)
{
	big_catalogue *cat =
	    from_quoted("{'format':'libbig.catalogue','format_version':1,'id':'t','version':'1',"
			"'tags':[{'id':'a'}],"
			"'nodes':[{'id':'1','kind':'k','title':'t','tags':['a','b']}],"
			"'profiles':[{'id':'p','tags':['c'],'priority':['a','d']}]}");
	static const char *const paths[] = {"$.nodes[0].tags[1]", "$.profiles[0].tags[0]",
					    "$.profiles[0].priority[1]"};

	ck_assert_uint_eq(big_catalogue_diagnostic_count(cat), 3);
	for (size_t i = 0; i < 3; i++) {
		const big_diagnostic *d = big_catalogue_diagnostic(cat, i);
		ck_assert_str_eq(d->code, "unknown-tag");
		ck_assert_str_eq(d->path, paths[i]);
		ck_assert_int_eq(d->severity, BIG_SEVERITY_WARNING);
	}
	/* Profile p names a tag no node carries: it selects nothing, legitimately. */
	ck_assert_uint_eq(big_profile_requirement_count(big_catalogue_profile(cat, 0)), 0);
	big_catalogue_free(cat);

	/* Without a declaration, any tag is fine. */
	cat = from_quoted("{'format':'libbig.catalogue','format_version':1,'id':'t','version':'1',"
			  "'nodes':[{'id':'1','kind':'k','title':'t','tags':['x']}]}");
	ck_assert_uint_eq(big_catalogue_diagnostic_count(cat), 0);
	big_catalogue_free(cat);
}
END_TEST

/* A chain of @n profiles, each extending the next; the last one extends
 * profile @loop_to (or nothing when negative). */
static char *chain(int n, int loop_to)
{
	size_t cap = (size_t)n * 64 + 256;
	char *doc = malloc(cap);
	size_t len = (size_t)snprintf(doc, cap,
				      "{\"format\":\"libbig.catalogue\",\"format_version\":1,"
				      "\"id\":\"c\",\"version\":\"1\",\"nodes\":[{\"id\":\"1\","
				      "\"kind\":\"k\",\"title\":\"t\",\"tags\":[\"x\"]}],"
				      "\"profiles\":[");
	for (int i = 0; i < n; i++) {
		if (i < n - 1)
			len +=
			    (size_t)snprintf(doc + len, cap - len,
					     "{\"id\":\"p%d\",\"extends\":[\"p%d\"]},", i, i + 1);
		else if (loop_to >= 0)
			len +=
			    (size_t)snprintf(doc + len, cap - len,
					     "{\"id\":\"p%d\",\"extends\":[\"p%d\"]}", i, loop_to);
		else
			len += (size_t)snprintf(doc + len, cap - len,
						"{\"id\":\"p%d\",\"tags\":[\"x\"]}", i);
	}
	snprintf(doc + len, cap - len, "]}");
	return doc;
}

START_TEST(test_long_chains)
{
	/* No recursion over `extends`: a long chain neither overflows the stack
	 * nor hides a cycle at its end. */
	char *doc = chain(20000, -1);
	big_catalogue *cat = NULL;
	assert_big_ok(big_catalogue_load_buffer(&cat, doc, strlen(doc), NULL));
	ck_assert_uint_eq(big_profile_requirement_count(big_catalogue_find_profile(cat, "p0")), 1);
	big_catalogue_free(cat);
	free(doc);

	doc = chain(20000, 19990);
	assert_big_fails(big_catalogue_load_buffer(&cat, doc, strlen(doc), NULL), BIG_ESCHEMA);
	ck_assert_ptr_null(cat);
	ck_assert_msg(test_contains(big_error_last()->message, "cycle"), "%s",
		      big_error_last()->message);
	ck_assert_msg(test_contains(big_error_last()->message, "p19990 -> p19991"), "%s",
		      big_error_last()->message);
	free(doc);
}
END_TEST

static const struct {
	const char *name;
	const char *text; /* ' stands for " */
	int code;
	const char *path;
	const char *message; /* a part of the message, or NULL */
} bad[] = {
    {"levels out of order",
     "'maturity_model':{'levels':[{'level':0,'label':'a'},{'level':2,'label':'b'}]}", BIG_ERANGE,
     "$.maturity_model.levels[1].level", "expected level 1"},
    {"one level", "'maturity_model':{'levels':[{'level':0,'label':'a'}]}", BIG_ERANGE,
     "$.maturity_model.levels", "2 to 10 levels"},
    {"eleven levels",
     "'maturity_model':{'levels':[{'level':0,'label':'a'},{'level':1,'label':'a'},"
     "{'level':2,'label':'a'},{'level':3,'label':'a'},{'level':4,'label':'a'},"
     "{'level':5,'label':'a'},{'level':6,'label':'a'},{'level':7,'label':'a'},"
     "{'level':8,'label':'a'},{'level':9,'label':'a'},{'level':10,'label':'a'}]}",
     BIG_ERANGE, "$.maturity_model.levels", NULL},
    {"level without label", "'maturity_model':{'levels':[{'level':0},{'level':1,'label':'b'}]}",
     BIG_ESCHEMA, "$.maturity_model.levels[0].label", "missing"},
    {"empty level label",
     "'maturity_model':{'levels':[{'level':0,'label':''},{'level':1,'label':'b'}]}", BIG_ESCHEMA,
     "$.maturity_model.levels[0].label", NULL},
    {"criteria on level 0",
     "'maturity_model':{'levels':[{'level':0,'label':'a','criteria':[{'id':'x'}]},"
     "{'level':1,'label':'b'}]}",
     BIG_ESCHEMA, "$.maturity_model.levels[0].criteria", "level 0"},
    {"duplicate criterion",
     "'maturity_model':{'levels':[{'level':0,'label':'a'},{'level':1,'label':'b',"
     "'criteria':[{'id':'x'}]},{'level':2,'label':'c','criteria':[{'id':'x'}]}]}",
     BIG_EDUPLICATE, "$.maturity_model.levels[2].criteria[0].id", "level 1"},
    {"criterion without id",
     "'maturity_model':{'levels':[{'level':0,'label':'a'},{'level':1,'label':'b',"
     "'criteria':[{'label':'x'}]}]}",
     BIG_ESCHEMA, "$.maturity_model.levels[1].criteria[0].id", NULL},
    {"levels not an array", "'maturity_model':{'levels':{}}", BIG_ESCHEMA,
     "$.maturity_model.levels", "an array"},
    {"maturity model without levels", "'maturity_model':{}", BIG_ESCHEMA, "$.maturity_model.levels",
     "missing"},
    {"default target above the custom model",
     "'maturity_model':{'levels':[{'level':0,'label':'a'},{'level':1,'label':'b'}]},"
     "'default_target':2",
     BIG_ERANGE, "$.default_target", "between 0 and 1"},
    {"duplicate tag", "'tags':[{'id':'a'},{'id':'a'}]", BIG_EDUPLICATE, "$.tags[1].id", "tags[0]"},
    {"tag without id", "'tags':[{'label':'a'}]", BIG_ESCHEMA, "$.tags[0].id", NULL},
    {"tags not objects", "'tags':['a']", BIG_ESCHEMA, "$.tags[0]", "an object"},
    {"duplicate profile", "'profiles':[{'id':'p','all':true},{'id':'p','all':true}]",
     BIG_EDUPLICATE, "$.profiles[1].id", "profiles[0]"},
    {"unknown extended profile", "'profiles':[{'id':'p','extends':['q']}]", BIG_ENOTFOUND,
     "$.profiles[0].extends[0]", "no profile \"q\""},
    {"cycle of two",
     "'profiles':[{'id':'a','extends':['b']},{'id':'b','extends':['a']},{'id':'c','all':true}]",
     BIG_ESCHEMA, "$.profiles[0].extends", "a -> b -> a"},
    {"profile extending itself", "'profiles':[{'id':'a','tags':['x'],'extends':['a']}]",
     BIG_ESCHEMA, "$.profiles[0].extends", "a -> a"},
    {"profile selecting nothing", "'profiles':[{'id':'p','title':'P'}]", BIG_ESCHEMA,
     "$.profiles[0]", "selects nothing"},
    {"profile extending a profile twice",
     "'profiles':[{'id':'a','all':true},{'id':'b','extends':['a','a']}]", BIG_EDUPLICATE,
     "$.profiles[1].extends[1]", NULL},
    {"profile all not a boolean", "'profiles':[{'id':'a','all':1}]", BIG_ESCHEMA,
     "$.profiles[0].all", "a boolean"},
    {"profile without id", "'profiles':[{'all':true}]", BIG_ESCHEMA, "$.profiles[0].id", "missing"},
    {"profiles not an array", "'profiles':{'id':'a'}", BIG_ESCHEMA, "$.profiles", NULL},
    {"empty profile tag", "'profiles':[{'id':'a','tags':['']}]", BIG_ESCHEMA,
     "$.profiles[0].tags[0]", "empty"},
};

START_TEST(test_bad_model)
{
	char doc[2048], *p;
	big_catalogue *cat = (big_catalogue *)&doc; /* must be reset to NULL */
	int n = snprintf(doc, sizeof(doc),
			 "{'format':'libbig.catalogue','format_version':1,'id':'t','version':'1',"
			 "%s,'nodes':[{'id':'1','kind':'k','title':'t'}]}",
			 bad[_i].text);
	ck_assert_int_lt(n, (int)sizeof(doc));
	for (p = doc; *p; p++)
		if (*p == '\'')
			*p = '"';
	int rc = big_catalogue_load_buffer(&cat, doc, strlen(doc), NULL);
	const big_error *e = big_error_last();
	ck_assert_msg(rc == bad[_i].code, "%s: got %s, expected %s: %s", bad[_i].name,
		      big_error_name(rc), big_error_name(bad[_i].code), e->message);
	ck_assert_ptr_null(cat);
	ck_assert_msg(strcmp(e->path, bad[_i].path) == 0, "%s: path %s, expected %s", bad[_i].name,
		      e->path, bad[_i].path);
	ck_assert_msg(!bad[_i].message || test_contains(e->message, bad[_i].message),
		      "%s: message \"%s\" lacks \"%s\"", bad[_i].name, e->message, bad[_i].message);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("model");
	TCase *tc = tcase_create("model");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_custom_maturity_model);
	tcase_add_test(tc, test_default_maturity_model);
	tcase_add_test(tc, test_tags);
	tcase_add_test(tc, test_profile_selection);
	tcase_add_test(tc, test_profile_properties);
	tcase_add_test(tc, test_unknown_tags_are_diagnostics);
	tcase_add_test(tc, test_bio2_profiles);
	tcase_add_test(tc, test_long_chains);
	tcase_add_loop_test(tc, test_bad_model, 0, (int)(sizeof(bad) / sizeof(bad[0])));
	suite_add_tcase(s, tc);
	return test_run_suite(s);
}
