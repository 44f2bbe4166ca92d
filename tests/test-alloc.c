/*
 * libbig tests — suite "alloc": every allocation of every loader, of scoring
 * and of every writer is made to fail in turn, through the allocator of
 * big_set_alloc_funcs() (and cJSON's, installed with cJSON_InitHooks()). Each
 * failure must give BIG_ENOMEM with a message, leave the output NULL and
 * leave nothing allocated; afterwards the same call succeeds.
 *
 * SPDX-License-Identifier: MIT
 */
#include <cjson/cJSON.h>
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test-common.h"

/* ---- The test allocator ---------------------------------------------- */

/* A header before every block marks it as ours: a block released by another
 * free function (or one of ours released by free()) is caught. */
#define MAGIC ((size_t)0x6c696262u) /* "libb" */
union header {
	max_align_t align;
	size_t magic;
};

static size_t calls;              /* allocations asked for since counting began */
static size_t fail_at = SIZE_MAX; /* the allocation that fails, SIZE_MAX: none */
static size_t failures;           /* allocations that failed */
static size_t live;               /* blocks allocated and not released */
static size_t foreign;            /* releases of blocks that are not ours */

static bool fails_now(void)
{
	if (calls++ != fail_at)
		return false;
	failures++;
	return true;
}

static void *test_malloc(size_t size)
{
	if (fails_now())
		return NULL;
	union header *h = malloc(sizeof(*h) + size);
	if (!h)
		return NULL;
	h->magic = MAGIC;
	live++;
	return h + 1;
}

static union header *ours(void *ptr)
{
	union header *h = (union header *)ptr - 1;
	if (h->magic == MAGIC)
		return h;
	foreign++;
	return NULL;
}

static void *test_realloc(void *ptr, size_t size)
{
	if (!ptr)
		return test_malloc(size);
	union header *h = ours(ptr);
	if (!h || fails_now())
		return NULL;
	h = realloc(h, sizeof(*h) + size);
	return h ? h + 1 : NULL;
}

static void test_free(void *ptr)
{
	union header *h;
	if (!ptr || !(h = ours(ptr)))
		return;
	h->magic = 0;
	live--;
	free(h);
}

/* ---- Documents ---------------------------------------------------------- */

/* A \u escape: read into a few blocks like any other text (json-tree.c). */
static const char catalogue_escaped_json[] =
    "{\"format\": \"libbig.catalogue\", \"format_version\": 1, \"id\": \"esc\",\n"
    " \"version\": \"1\", \"title\": \"Caf\\u00e9\", \"nodes\": [\n"
    "  {\"id\": \"a\", \"kind\": \"k\", \"title\": \"A\"},\n"
    "  {\"id\": \"b\", \"kind\": \"k\", \"title\": \"B\", \"tags\": [\"x\", \"y\"]}]}\n";

/* A catalogue with every kind of content: metadata, a maturity model with
 * criteria, status values, tags (one undeclared: a diagnostic), text, refs,
 * weights, an assessable inner node, profiles with extends, priority and all,
 * and an unknown field (a diagnostic). */
static const char catalogue_json[] =
    "{\"format\": \"libbig.catalogue\", \"format_version\": 1, \"id\": \"alloc\",\n"
    " \"version\": \"1\", \"title\": \"Allocation failures\", \"language\": \"nl\",\n"
    " \"publisher\": \"libbig tests\", \"based_on\": \"ISO/IEC 27002:2022\", \"x-note\": 1,\n"
    " \"maturity_model\": {\"levels\": [\n"
    "   {\"level\": 0, \"label\": \"geen\"},\n"
    "   {\"level\": 1, \"label\": \"begin\", \"criteria\": [{\"id\": \"owner\", \"label\": "
    "\"Eigenaar\"}]},\n"
    "   {\"level\": 2, \"label\": \"vast\", \"criteria\": [{\"id\": \"written\"}, {\"id\": "
    "\"approved\"}]},\n"
    "   {\"level\": 3, \"label\": \"bewezen\", \"criteria\": [{\"id\": \"tested\"}]}]},\n"
    " \"default_target\": 2, \"status_values\": {\"partially_implemented\": 0.6},\n"
    " \"tags\": [{\"id\": \"basis\", \"label\": \"Basis\"}, {\"id\": \"keten\"}, {\"id\": "
    "\"cloud\"}],\n"
    " \"nodes\": [\n"
    "  {\"id\": \"H1\", \"kind\": \"chapter\", \"title\": \"Een\", \"text\": \"Tekst\",\n"
    "   \"tags\": [\"basis\"], \"children\": [\n"
    "    {\"id\": \"H1.1\", \"kind\": \"control\", \"title\": \"a\", \"refs\": [\"ISO 5.1\", "
    "\"ISO 5.2\"],\n"
    "     \"mandatory\": true},\n"
    "    {\"id\": \"H1.2\", \"kind\": \"control\", \"title\": \"b\", \"weight\": 2.5,\n"
    "     \"tags\": [\"cloud\", \"undeclared\"], \"assessable\": true, \"children\": [\n"
    "      {\"id\": \"H1.2.1\", \"kind\": \"measure\", \"title\": \"c\"}]}]},\n"
    "  {\"id\": \"H2\", \"kind\": \"chapter\", \"title\": \"Twee\", \"weight\": 0.5, "
    "\"children\": [\n"
    "    {\"id\": \"H2.1\", \"kind\": \"control\", \"title\": \"d\", \"tags\": [\"keten\"]},\n"
    "    {\"id\": \"H2.2\", \"kind\": \"control\", \"title\": \"e\", \"tags\": [\"keten\", "
    "\"cloud\"]}]}],\n"
    " \"profiles\": [\n"
    "  {\"id\": \"basis\", \"title\": \"Basis\", \"tags\": [\"basis\"], \"priority\": "
    "[\"basis\", \"keten\"]},\n"
    "  {\"id\": \"keten\", \"tags\": [\"keten\"], \"extends\": [\"basis\"]},\n"
    "  {\"id\": \"alles\", \"all\": true, \"priority\": [\"cloud\"]}]}\n";

/* A text overlay over the catalogue above: titles and texts, a node with a
 * text only, an id the catalogue lacks and an unknown field (diagnostics). */
static const char texts_json[] =
    "{\"format\": \"libbig.texts\", \"format_version\": 1,\n"
    " \"catalogue\": {\"id\": \"alloc\", \"version\": \"1\"},\n"
    " \"language\": \"nl\", \"source\": \"tests\", \"licence\": \"CC0\", \"x-note\": 1,\n"
    " \"texts\": {\"H1.1\": {\"title\": \"Eerste\", \"text\": \"Doe het, \\\"goed\\\".\"},\n"
    "  \"H2.2\": {\"text\": \"Alleen tekst\"}, \"Z9\": {\"title\": \"weg\"}}}\n";

/* An assessment with attributes, criteria (one disagreeing with the maturity:
 * a diagnostic), evidence, owners, an explained exclusion, a risk acceptance,
 * a result for an unknown requirement and an unknown field (diagnostics). */
static const char assessment_json[] =
    "{\"format\": \"libbig.assessment\", \"format_version\": 1,\n"
    " \"catalogue\": {\"id\": \"alloc\", \"version\": \"1\"},\n"
    " \"organisation\": {\"id\": \"GM0001\", \"name\": \"Gemeente Een\", \"kind\": "
    "\"gemeente\",\n"
    "                  \"attributes\": {\"inhabitants\": 12000, \"area\": 31.5}},\n"
    " \"period\": \"2025\", \"assessed_on\": \"2025-10-01\", \"profile\": \"keten\", "
    "\"target\": 2,\n"
    " \"x-note\": true,\n"
    " \"results\": {\n"
    "  \"H1.1\": {\"status\": \"implemented\", \"maturity\": 3,\n"
    "           \"criteria_met\": [\"owner\", \"written\", \"approved\"],\n"
    "           \"evidence\": [\"beleid.pdf\", \"audit-2025.pdf\"], \"owner\": \"CISO\",\n"
    "           \"demonstration\": {\"opzet\": {\"demonstrated\": true, \"evidence\": [\n"
    "             {\"kind\": \"document\", \"what\": \"Beleid\", \"where\": \"intranet\"}]},\n"
    "             \"werking\": {\"demonstrated\": true, \"evidence\": [\n"
    "             {\"kind\": \"audit\", \"what\": \"ENSIA\", \"date\": \"2024-12-01\"}]}}},\n"
    "  \"H1.2\": {\"status\": \"partially_implemented\", \"criteria_met\": [\"owner\"],\n"
    "           \"explanation\": \"Loopt\", \"actions\": [{\"description\": \"Plan\",\n"
    "             \"owner\": \"IM\", \"due\": \"2025-06-30\", \"status\": \"planned\"},\n"
    "             {\"description\": \"Klaar\", \"status\": \"done\"}]},\n"
    "  \"H1.2.1\": {\"status\": \"risk_accepted\", \"explanation\": \"Vervanging gepland\",\n"
    "             \"owner\": \"IM\", \"expires\": \"2026-06-30\"},\n"
    "  \"H2.1\": {\"status\": \"not_applicable\", \"explanation\": \"Geen ketenpartners\",\n"
    "           \"expires\": \"2026-12-31\"},\n"
    "  \"H2.2\": {\"status\": \"not_implemented\", \"maturity\": 1},\n"
    "  \"H9.9\": {\"status\": \"implemented\"}}}\n";

/* A collaboration of three members with a redundant delegation and an
 * unknown field (diagnostics), and its own assessment. */
static const char collaboration_json[] =
    "{\"format\": \"libbig.collaboration\", \"format_version\": 1, \"id\": \"SV-ALLOC\",\n"
    " \"name\": \"Samenwerking\", \"kind\": \"ict\", \"x-note\": 1,\n"
    " \"catalogue\": {\"id\": \"alloc\", \"version\": \"1\"},\n"
    " \"members\": [{\"id\": \"GM0001\", \"weight\": 2}, {\"id\": \"GM0002\"}, {\"id\": "
    "\"GM0003\"}],\n"
    " \"delegated\": [\"H2.1\", \"H2\", \"H2\"], \"policy\": \"worst\"}\n";

static const char collaboration_result_json[] =
    "{\"format\": \"libbig.assessment\", \"format_version\": 1,\n"
    " \"catalogue\": {\"id\": \"alloc\", \"version\": \"1\"},\n"
    " \"organisation\": {\"id\": \"SV-ALLOC\", \"name\": \"Samenwerking\"},\n"
    " \"period\": \"2025\", \"assessed_on\": \"2025-09-15\", \"profile\": \"keten\",\n"
    " \"results\": {\n"
    "  \"H2.1\": {\"status\": \"implemented\", \"maturity\": 3, \"evidence\": [\"sv.pdf\"],\n"
    "           \"demonstration\": {\"bestaan\": {\"demonstrated\": true, \"evidence\": [\n"
    "             {\"kind\": \"pentest\", \"what\": \"Pentest\", \"date\": \"2025-03-01\"}]}}},\n"
    "  \"H2.2\": {\"status\": \"partially_implemented\", \"criteria_met\": [\"owner\"],\n"
    "           \"actions\": [{\"description\": \"Samen\", \"due\": \"2026-01-01\",\n"
    "             \"status\": \"in_progress\"}]}}}\n";

/* A collaboration with the one above as a member, a member without an
 * assessment, and no assessment of its own. */
static const char outer_json[] =
    "{\"format\": \"libbig.collaboration\", \"format_version\": 1, \"id\": \"SV-OUTER\",\n"
    " \"catalogue\": {\"id\": \"alloc\", \"version\": \"1\"},\n"
    " \"members\": [{\"id\": \"SV-ALLOC\", \"weight\": 3}, {\"id\": \"GM0004\"}, "
    "{\"id\": \"GM0002\"}],\n"
    " \"delegated\": [\"H1.1\"], \"policy\": \"best\"}\n";

/* A mapping from the catalogue above to tests/data/worked-catalogue.json with
 * every relationship, a target with several sources, and an unknown field. */
static const char mapping_json[] =
    "{\"format\": \"libbig.mapping\", \"format_version\": 1, \"id\": \"alloc-to-worked\",\n"
    " \"title\": \"Test\", \"note\": \"Every relationship\", \"x-note\": 1,\n"
    " \"source\": {\"id\": \"alloc\", \"version\": \"1\"},\n"
    " \"target\": {\"id\": \"worked-example\", \"version\": \"1\"},\n"
    " \"entries\": [\n"
    "  {\"source\": \"H1.1\", \"target\": \"A.1\", \"relationship\": \"equal\"},\n"
    "  {\"source\": \"H1.2\", \"target\": \"A.2\", \"relationship\": \"subset\"},\n"
    "  {\"source\": \"H1.2.1\", \"target\": \"A.2\", \"relationship\": \"intersect\"},\n"
    "  {\"source\": \"H2.1\", \"target\": \"B.1\", \"relationship\": \"superset\"},\n"
    "  {\"source\": \"H2.2\", \"target\": \"B.2\", \"relationship\": \"not_related\"}],\n"
    " \"unmapped\": [\"H1\", \"H2\"]}\n";

/* ---- Inputs of the operations, made with the allocator not failing ------ */

/* tests/data/model-catalogue.json and model-assessment.json, malloc'ed */
static char *catalogue_path, *assessment_path;

static struct {
	big_catalogue *cat, *worked;
	big_assessment *a[3]; /* GM0001 loaded, GM0002 and GM0003 built */
	big_assessment *collab_result;
	big_collaboration *collab, *outer;
	big_collaboration *collabs[2]; /* the pool: collab and outer */
	big_assessment *pool[4];       /* a[0..2] and collab_result */
	big_aggregate_report *nested;  /* outer, aggregated */
	big_catalogue *model;          /* tests/data/model-catalogue.json */
	big_mapping *mapping;
	big_texts *texts;
	big_report *report, *texts_report;
	big_report *reports[3];
	big_comparison *comparison;
	big_aggregate_report *aggregate;
	big_aggregate_report *earlier; /* a[1], a[2] and the missing GM0005 */
	big_trend *trend;              /* from earlier to aggregate */
	big_distribution *distribution;
	big_migration *migration;
	big_workbook *workbook; /* the template of a[0] with the overlay */
	char *sheets[16];       /* its sheets as CSV */
	size_t sheet_len[16];
} in;

/* The results of GM0002 and GM0003 (i implemented, p partially, n not, x an
 * explained exclusion, . none) for H1.1 H1.2 H1.2.1 H2.1 H2.2. */
static const char *const req_ids[] = {"H1.1", "H1.2", "H1.2.1", "H2.1", "H2.2"};

static int build_assessment(big_assessment **out, const char *org, double inhabitants,
			    const char *results)
{
	big_assessment *a = NULL;
	*out = NULL;
	int rc = big_assessment_new(&a, in.cat, org, "2025");
	if (!rc)
		rc = big_assessment_set_organisation_name(a, org);
	if (!rc)
		rc = big_assessment_set_organisation_kind(a, "gemeente");
	if (!rc)
		rc = big_assessment_set_attribute(a, "inhabitants", inhabitants);
	if (!rc)
		rc = big_assessment_set_assessed_on(a, "2025-10-01");
	if (!rc)
		rc = big_assessment_set_profile(a, "keten");
	if (!rc)
		rc = big_assessment_set_target(a, 2);
	static const char *const criteria[] = {"owner", "written"};
	for (size_t i = 0; !rc && i < 5; i++) {
		const char *id = req_ids[i];
		switch (results[i]) {
		case 'i':
			rc = big_assessment_set_status(a, id, BIG_STATUS_IMPLEMENTED);
			if (!rc)
				rc = big_assessment_set_criteria_met(a, id, criteria, 2);
			if (!rc)
				rc = big_assessment_add_evidence(a, id, "bewijs.pdf");
			if (!rc)
				rc = big_assessment_set_demonstrated(a, id, BIG_DIMENSION_OPZET,
								     true);
			if (!rc)
				rc = big_assessment_add_demonstration_evidence(
				    a, id, BIG_DIMENSION_WERKING, BIG_EVIDENCE_SELF_ASSESSMENT,
				    "Zelfevaluatie", "register", "2025-05-01");
			break;
		case 'p':
			rc = big_assessment_set_status(a, id, BIG_STATUS_PARTIALLY_IMPLEMENTED);
			if (!rc)
				rc = big_assessment_set_maturity(a, id, 1);
			if (!rc)
				rc = big_assessment_set_owner(a, id, "IM");
			if (!rc)
				rc = big_assessment_add_action(a, id, "Verbeteren", "IM",
							       "2026-03-31", BIG_ACTION_PLANNED);
			break;
		case 'n':
			rc = big_assessment_set_status(a, id, BIG_STATUS_NOT_IMPLEMENTED);
			break;
		case 'x':
			rc = big_assessment_set_status(a, id, BIG_STATUS_NOT_APPLICABLE);
			if (!rc)
				rc = big_assessment_set_explanation(a, id, "Niet van toepassing");
			if (!rc)
				rc = big_assessment_set_expires(a, id, "2026-12-31");
			break;
		}
	}
	if (rc) {
		big_assessment_free(a);
		return rc;
	}
	*out = a;
	return 0;
}

/* The template of in.a[1] (built, with improvement actions), in English,
 * with the overlay's titles. */
static const big_workbook_options *workbook_options(void)
{
	static big_workbook_options wo;
	wo = (big_workbook_options)BIG_WORKBOOK_OPTIONS_INIT;
	wo.previous = in.a[1];
	wo.texts = in.texts;
	wo.lang = "en";
	return &wo;
}

/* in.workbook read back from its CSV files. */
static int read_csv_workbook(big_workbook **out)
{
	big_workbook *wb = NULL;
	char name[64];
	int rc = big_workbook_new(&wb);
	for (size_t i = 0; !rc && i < big_workbook_sheet_count(in.workbook); i++) {
		snprintf(name, sizeof(name), "w-%s.csv", big_workbook_sheet_name(in.workbook, i));
		rc = big_workbook_add_csv(wb, name, in.sheets[i], in.sheet_len[i]);
	}
	if (rc) {
		big_workbook_free(wb);
		wb = NULL;
	}
	*out = wb;
	return rc;
}

/* Scores with the overlay in.texts and its texts shown. */
static const big_score_options *texts_options(void)
{
	static big_score_options so;
	so = (big_score_options)BIG_SCORE_OPTIONS_INIT;
	so.texts = in.texts;
	so.include_text = true;
	return &so;
}

/* Scores with a reference date for the overdue actions. */
static const big_score_options *as_of_options(void)
{
	static big_score_options so;
	so = (big_score_options)BIG_SCORE_OPTIONS_INIT;
	so.as_of = "2026-06-30";
	return &so;
}

static void make_inputs(void)
{
	big_score_options so = BIG_SCORE_OPTIONS_INIT;
	big_aggregate_options ao = BIG_AGGREGATE_OPTIONS_INIT;
	big_distribution_options dopt = BIG_DISTRIBUTION_OPTIONS_INIT;

	catalogue_path = test_data_path("model-catalogue.json");
	assessment_path = test_data_path("model-assessment.json");
	in.cat = test_catalogue_from_string(catalogue_json);
	in.model = test_load_catalogue("model-catalogue.json");
	in.worked = test_load_catalogue("worked-catalogue.json");
	assert_big_ok(big_assessment_load_buffer(&in.a[0], in.cat, assessment_json,
						 strlen(assessment_json), NULL));
	assert_big_ok(build_assessment(&in.a[1], "GM0002", 30000, "pinix"));
	assert_big_ok(build_assessment(&in.a[2], "GM0003", 5000, "nppin"));
	assert_big_ok(big_assessment_load_buffer(&in.collab_result, in.cat,
						 collaboration_result_json,
						 strlen(collaboration_result_json), NULL));
	assert_big_ok(big_collaboration_load_buffer(&in.collab, in.cat, collaboration_json,
						    strlen(collaboration_json), NULL));
	assert_big_ok(
	    big_collaboration_load_buffer(&in.outer, in.cat, outer_json, strlen(outer_json), NULL));
	assert_big_ok(
	    big_mapping_load_buffer(&in.mapping, mapping_json, strlen(mapping_json), NULL));
	/* The diagnostics are collected (their allocations fail in turn too). */
	ck_assert_uint_ge(big_catalogue_diagnostic_count(in.cat), 2);
	ck_assert_uint_ge(big_assessment_diagnostic_count(in.a[0]), 2);
	ck_assert_uint_ge(big_collaboration_diagnostic_count(in.collab), 2);
	ck_assert_uint_ge(big_mapping_diagnostic_count(in.mapping), 1);
	in.collabs[0] = in.collab;
	in.collabs[1] = in.outer;
	for (size_t i = 0; i < 3; i++)
		in.pool[i] = in.a[i];
	in.pool[3] = in.collab_result;
	assert_big_ok(big_aggregate_collaboration(&in.nested, in.outer,
						  (const big_collaboration *const *)in.collabs, 2,
						  (const big_assessment *const *)in.pool, 4, NULL));
	assert_big_ok(big_score(&in.report, in.a[0], NULL));
	assert_big_ok(
	    big_texts_load_buffer(&in.texts, in.cat, texts_json, strlen(texts_json), NULL));
	ck_assert_uint_eq(big_texts_diagnostic_count(in.texts), 2);
	assert_big_ok(big_score(&in.texts_report, in.a[0], texts_options()));
	ck_assert_uint_ge(big_report_diagnostic_count(in.report), 3);
	for (size_t i = 0; i < 3; i++)
		assert_big_ok(big_score(&in.reports[i], in.a[i], &so));
	assert_big_ok(big_compare(&in.comparison, in.a[0], in.a[1], NULL));
	ao.expected_members = (const char *const[]){"GM0001", "GM0004"};
	ao.expected_member_count = 2;
	assert_big_ok(big_aggregate(&in.aggregate, (const big_assessment *const *)in.a, 3, &ao));
	ao.expected_members = (const char *const[]){"GM0005"};
	ao.expected_member_count = 1;
	assert_big_ok(big_aggregate(&in.earlier, (const big_assessment *const *)in.a + 1, 2, &ao));
	assert_big_ok(big_trend_new(&in.trend, in.earlier, in.aggregate));
	dopt.k = 2;
	assert_big_ok(big_distribution_new(&in.distribution, (const big_report *const *)in.reports,
					   3, &dopt));
	assert_big_ok(big_migrate(&in.migration, in.a[0], in.mapping, in.worked, NULL));
	assert_big_ok(big_assessment_add_action(in.a[1], "H1.1", "Back-ups testen", "IT",
						"2026-03-31", BIG_ACTION_IN_PROGRESS));
	assert_big_ok(big_assessment_add_action(in.a[1], "H1.1", "Herstel oefenen", NULL, NULL,
						BIG_ACTION_PLANNED));
	assert_big_ok(big_workbook_template(&in.workbook, in.cat, workbook_options()));
	ck_assert_uint_le(big_workbook_sheet_count(in.workbook), 16);
	for (size_t i = 0; i < big_workbook_sheet_count(in.workbook); i++)
		assert_big_ok(big_workbook_sheet_to_csv(&in.sheets[i], &in.sheet_len[i],
							in.workbook, i, BIG_WORKBOOK_CSV_EXCEL));
}

static void free_inputs(void)
{
	for (size_t i = 0; i < 16; i++)
		big_free(in.sheets[i]);
	big_workbook_free(in.workbook);
	big_migration_free(in.migration);
	big_distribution_free(in.distribution);
	big_trend_free(in.trend);
	big_aggregate_report_free(in.earlier);
	big_aggregate_report_free(in.aggregate);
	big_aggregate_report_free(in.nested);
	big_comparison_free(in.comparison);
	for (size_t i = 0; i < 3; i++)
		big_report_free(in.reports[i]);
	big_report_free(in.report);
	big_report_free(in.texts_report);
	big_texts_free(in.texts);
	big_mapping_free(in.mapping);
	big_collaboration_free(in.collab);
	big_collaboration_free(in.outer);
	big_catalogue_free(in.model);
	big_assessment_free(in.collab_result);
	for (size_t i = 0; i < 3; i++)
		big_assessment_free(in.a[i]);
	big_catalogue_free(in.worked);
	big_catalogue_free(in.cat);
	memset(&in, 0, sizeof(in));
	free(catalogue_path);
	free(assessment_path);
	catalogue_path = assessment_path = NULL;
}

/* ---- The operations ------------------------------------------------------ */

/* What an operation's output pointer holds before the call: the call must
 * set it to NULL when it fails. */
static char not_set;
#define NOT_SET ((void *)&not_set)

/* An operation that makes a handle of @type, `made`, with the call @...; it
 * is released with @release. */
#define HANDLE_OP(name, type, release, ...) \
	static int run_##name(void **out)   \
	{                                   \
		type *made = NOT_SET;       \
		int rc = __VA_ARGS__;       \
		*out = made;                \
		return rc;                  \
	}                                   \
	static void free_##name(void *p)    \
	{                                   \
		release(p);                 \
	}

/* An operation that writes text, `made` of `len` bytes, with the call @.... */
#define TEXT_OP(name, ...)                                    \
	static int run_##name(void **out)                     \
	{                                                     \
		char *made = NOT_SET;                         \
		size_t len = 0;                               \
		int rc = __VA_ARGS__;                         \
		if (!rc)                                      \
			ck_assert_uint_eq(len, strlen(made)); \
		*out = made;                                  \
		return rc;                                    \
	}                                                     \
	static void free_##name(void *p)                      \
	{                                                     \
		big_free(p);                                  \
	}

/* Options for the call under test (static: the call outlives the helper). */
static const big_score_options *score_options(big_rollup rollup, const char *profile)
{
	static big_score_options so;
	so = (big_score_options)BIG_SCORE_OPTIONS_INIT;
	so.rollup = rollup;
	so.profile = profile;
	so.target = 3;
	return &so;
}

static const char *const expected_members[] = {"GM0002", "GM0009"};
static const double expected_weights[] = {30000, 7000};

static const big_aggregate_options *aggregate_options(big_aggregate_method method)
{
	static big_aggregate_options ao;
	ao = (big_aggregate_options)BIG_AGGREGATE_OPTIONS_INIT;
	ao.method = method;
	ao.rollup = BIG_ROLLUP_FLAT;
	ao.profile = "alles";
	ao.weight_attribute = method == BIG_AGGREGATE_WEIGHTED_MEAN ? "inhabitants" : NULL;
	ao.expected_members = expected_members;
	ao.expected_member_count = 2;
	ao.expected_weights = expected_weights;
	return &ao;
}

static const big_aggregate_options *collaboration_options(big_aggregate_method method,
							  const char *attribute)
{
	static big_aggregate_options ao;
	ao = (big_aggregate_options)BIG_AGGREGATE_OPTIONS_INIT;
	ao.method = method;
	ao.weight_attribute = attribute;
	ao.rollup = BIG_ROLLUP_WEAKEST;
	return &ao;
}

/* Flattened nesting under the publication guard (k = 2). */
static const big_aggregate_options *flatten_options(void)
{
	big_aggregate_options *ao =
	    (big_aggregate_options *)collaboration_options(BIG_AGGREGATE_MEAN, NULL);
	ao->flatten = true;
	ao->k = 2;
	return ao;
}

static const big_load_options strict = {BIG_LOAD_OPTIONS_VERSION, BIG_LOAD_STRICT, 0, 0, NULL};

/* A catalogue loaded and asked for its fingerprint (computed then). */
static int fingerprinted(big_catalogue **out)
{
	int rc = big_catalogue_load_buffer(out, catalogue_json, strlen(catalogue_json), NULL);
	const char *fp = "unset";
	if (rc == 0 && (rc = big_catalogue_fingerprint(&fp, *out)) != 0) {
		ck_assert_ptr_null(fp); /* the out parameter says so too */
		big_catalogue_free(*out);
		*out = NULL;
	} else if (rc == 0) {
		ck_assert_int_eq(strncmp(fp, "sha256:", 7), 0);
	}
	return rc;
}

/* A catalogue with the id and version of the built-in bio2-1.3 and other
 * content: the built-in is loaded and both fingerprints are computed. */
static const char claims_builtin_json[] =
    "{\"format\": \"libbig.catalogue\", \"format_version\": 1, \"id\": \"bio2\", "
    "\"version\": \"1.3\", \"nodes\": [{\"id\": \"5.1\", \"kind\": \"k\", \"title\": \"T\"}]}";

HANDLE_OP(catalogue_fingerprint, big_catalogue, big_catalogue_free, fingerprinted(&made))
HANDLE_OP(catalogue_claims_builtin, big_catalogue, big_catalogue_free,
	  big_catalogue_load_buffer(&made, claims_builtin_json, strlen(claims_builtin_json), NULL))
HANDLE_OP(catalogue_file, big_catalogue, big_catalogue_free,
	  big_catalogue_load_file(&made, catalogue_path, NULL))
HANDLE_OP(catalogue_buffer, big_catalogue, big_catalogue_free,
	  big_catalogue_load_buffer(&made, catalogue_json, strlen(catalogue_json), NULL))
HANDLE_OP(catalogue_builtin, big_catalogue, big_catalogue_free, big_catalogue_builtin(&made, "bio"))
HANDLE_OP(catalogue_escaped, big_catalogue, big_catalogue_free,
	  big_catalogue_load_buffer(&made, catalogue_escaped_json, strlen(catalogue_escaped_json),
				    NULL))
HANDLE_OP(assessment_buffer, big_assessment, big_assessment_free,
	  big_assessment_load_buffer(&made, in.cat, assessment_json, strlen(assessment_json), NULL))
HANDLE_OP(assessment_file, big_assessment, big_assessment_free,
	  big_assessment_load_file(&made, in.model, assessment_path, NULL))
HANDLE_OP(assessment_strict, big_assessment, big_assessment_free,
	  big_assessment_load_buffer(&made, in.cat, collaboration_result_json,
				     strlen(collaboration_result_json), &strict))
HANDLE_OP(assessment_build, big_assessment, big_assessment_free,
	  build_assessment(&made, "GM0005", 1000, "ipnx."))
HANDLE_OP(mapping_buffer, big_mapping, big_mapping_free,
	  big_mapping_load_buffer(&made, mapping_json, strlen(mapping_json), NULL))
HANDLE_OP(mapping_builtin, big_mapping, big_mapping_free, big_mapping_builtin(&made, "bio-to-bio2"))
HANDLE_OP(texts_buffer, big_texts, big_texts_free,
	  big_texts_load_buffer(&made, in.cat, texts_json, strlen(texts_json), NULL))
HANDLE_OP(score_texts, big_report, big_report_free, big_score(&made, in.a[0], texts_options()))
HANDLE_OP(collaboration_buffer, big_collaboration, big_collaboration_free,
	  big_collaboration_load_buffer(&made, in.cat, collaboration_json,
					strlen(collaboration_json), NULL))
HANDLE_OP(score_default, big_report, big_report_free, big_score(&made, in.a[0], NULL))
HANDLE_OP(score_as_of, big_report, big_report_free, big_score(&made, in.a[1], as_of_options()))
HANDLE_OP(score_hierarchical, big_report, big_report_free,
	  big_score(&made, in.a[0], score_options(BIG_ROLLUP_HIERARCHICAL, "alles")))
HANDLE_OP(score_flat, big_report, big_report_free,
	  big_score(&made, in.a[0], score_options(BIG_ROLLUP_FLAT, "basis")))
HANDLE_OP(score_weakest, big_report, big_report_free,
	  big_score(&made, in.a[1], score_options(BIG_ROLLUP_WEAKEST, "keten")))
HANDLE_OP(compare, big_comparison, big_comparison_free, big_compare(&made, in.a[0], in.a[1], NULL))
HANDLE_OP(effective, big_assessment, big_assessment_free,
	  big_effective_assessment(&made, in.collab, in.a[0], in.collab_result))
/* without the collaboration's assessment: warnings collaboration-silent */
HANDLE_OP(effective_silent, big_assessment, big_assessment_free,
	  big_effective_assessment(&made, in.collab, in.a[0], NULL))
HANDLE_OP(aggregate_weakest, big_aggregate_report, big_aggregate_report_free,
	  big_aggregate(&made, (const big_assessment *const *)in.a, 3,
			aggregate_options(BIG_AGGREGATE_WEAKEST)))
HANDLE_OP(aggregate_mean, big_aggregate_report, big_aggregate_report_free,
	  big_aggregate(&made, (const big_assessment *const *)in.a, 3,
			aggregate_options(BIG_AGGREGATE_MEAN)))
HANDLE_OP(aggregate_weighted, big_aggregate_report, big_aggregate_report_free,
	  big_aggregate(&made, (const big_assessment *const *)in.a, 3,
			aggregate_options(BIG_AGGREGATE_WEIGHTED_MEAN)))
HANDLE_OP(aggregate_median, big_aggregate_report, big_aggregate_report_free,
	  big_aggregate(&made, (const big_assessment *const *)in.a, 3,
			aggregate_options(BIG_AGGREGATE_MEDIAN)))
HANDLE_OP(aggregate_collaboration, big_aggregate_report, big_aggregate_report_free,
	  big_aggregate_collaboration(&made, in.outer, (const big_collaboration *const *)in.collabs,
				      2, (const big_assessment *const *)in.pool, 4,
				      collaboration_options(BIG_AGGREGATE_WEIGHTED_MEAN, NULL)))
HANDLE_OP(aggregate_collaboration_attribute, big_aggregate_report, big_aggregate_report_free,
	  big_aggregate_collaboration(&made, in.collab, NULL, 0,
				      (const big_assessment *const *)in.pool, 4,
				      collaboration_options(BIG_AGGREGATE_WEIGHTED_MEAN,
							    "inhabitants")))
HANDLE_OP(aggregate_collaboration_median, big_aggregate_report, big_aggregate_report_free,
	  big_aggregate_collaboration(&made, in.outer, (const big_collaboration *const *)in.collabs,
				      2, (const big_assessment *const *)in.pool, 4,
				      collaboration_options(BIG_AGGREGATE_MEDIAN, NULL)))
HANDLE_OP(aggregate_collaboration_flatten, big_aggregate_report, big_aggregate_report_free,
	  big_aggregate_collaboration(&made, in.outer, (const big_collaboration *const *)in.collabs,
				      2, (const big_assessment *const *)in.pool, 4,
				      flatten_options()))
/* Joiners and a leaver: both aggregates over the stayers are made. */
HANDLE_OP(trend, big_trend, big_trend_free, big_trend_new(&made, in.earlier, in.aggregate))
HANDLE_OP(distribution, big_distribution, big_distribution_free,
	  big_distribution_new(&made, (const big_report *const *)in.reports, 3, NULL))
HANDLE_OP(migrate, big_migration, big_migration_free,
	  big_migrate(&made, in.a[0], in.mapping, in.worked,
		      &(big_migrate_options){BIG_MIGRATE_OPTIONS_VERSION, BIG_MIGRATE_KEEP_MATURITY,
					     NULL}))
HANDLE_OP(workbook_template, big_workbook, big_workbook_free,
	  big_workbook_template(&made, in.cat, workbook_options()))
HANDLE_OP(workbook_read_csv, big_workbook, big_workbook_free, read_csv_workbook(&made))
HANDLE_OP(workbook_import, big_assessment, big_assessment_free,
	  big_workbook_import(&made, in.workbook, in.cat, NULL))
TEXT_OP(workbook_csv,
	big_workbook_sheet_to_csv(&made, &len, in.workbook, 0, BIG_WORKBOOK_CSV_EXCEL))
TEXT_OP(assessment_json, big_assessment_to_json(&made, &len, in.a[0], 0))
TEXT_OP(report_json, big_report_to_json(&made, &len, in.report, 0))
TEXT_OP(report_csv, big_report_to_csv(&made, &len, in.report, BIG_CSV_BOM))
TEXT_OP(gaps_csv, big_report_gaps_to_csv(&made, &len, in.report, 0))
TEXT_OP(texts_report_json, big_report_to_json(&made, &len, in.texts_report, 0))
TEXT_OP(texts_report_csv, big_report_to_csv(&made, &len, in.texts_report, 0))
TEXT_OP(texts_gaps_csv, big_report_gaps_to_csv(&made, &len, in.texts_report, 0))
TEXT_OP(comparison_json, big_comparison_to_json(&made, &len, in.comparison, BIG_JSON_COMPACT))
TEXT_OP(aggregate_json, big_aggregate_report_to_json(&made, &len, in.aggregate, 0))
TEXT_OP(aggregate_csv, big_aggregate_report_to_csv(&made, &len, in.aggregate, 0))
TEXT_OP(nested_json, big_aggregate_report_to_json(&made, &len, in.nested, BIG_JSON_COMPACT))
TEXT_OP(nested_csv, big_aggregate_report_to_csv(&made, &len, in.nested, BIG_CSV_BOM))
TEXT_OP(trend_json, big_trend_to_json(&made, &len, in.trend, 0))
TEXT_OP(trend_csv, big_trend_to_csv(&made, &len, in.trend, BIG_CSV_SAFE))
TEXT_OP(ranking_csv, big_aggregate_report_ranking_to_csv(&made, &len, in.nested, 0))
TEXT_OP(aggregate_gaps_csv, big_aggregate_report_gaps_to_csv(&made, &len, in.nested, 0))
TEXT_OP(distribution_json, big_distribution_to_json(&made, &len, in.distribution, 0))
TEXT_OP(distribution_csv, big_distribution_to_csv(&made, &len, in.distribution, 0))
TEXT_OP(migration_json, big_migration_to_json(&made, &len, in.migration, 0))
TEXT_OP(migration_csv, big_migration_to_csv(&made, &len, in.migration, 0))

struct op {
	const char *name;
	int (*run)(void **out);
	void (*release)(void *made);
};

#define OP(name)                               \
	{                                      \
#name, run_##name, free_##name \
	}
static const struct op ops[] = {
    OP(catalogue_file),
    OP(catalogue_buffer),
    OP(catalogue_builtin),
    OP(catalogue_escaped),
    OP(catalogue_fingerprint),
    OP(catalogue_claims_builtin),
    OP(assessment_file),
    OP(assessment_buffer),
    OP(assessment_strict),
    OP(assessment_build),
    OP(assessment_json),
    OP(mapping_buffer),
    OP(mapping_builtin),
    OP(collaboration_buffer),
    OP(texts_buffer),
    OP(score_texts),
    OP(texts_report_json),
    OP(texts_report_csv),
    OP(texts_gaps_csv),
    OP(score_default),
    OP(score_as_of),
    OP(score_hierarchical),
    OP(score_flat),
    OP(score_weakest),
    OP(report_json),
    OP(report_csv),
    OP(gaps_csv),
    OP(compare),
    OP(comparison_json),
    OP(effective),
    OP(effective_silent),
    OP(aggregate_weakest),
    OP(aggregate_mean),
    OP(aggregate_weighted),
    OP(aggregate_median),
    OP(aggregate_json),
    OP(aggregate_csv),
    OP(aggregate_collaboration),
    OP(aggregate_collaboration_attribute),
    OP(aggregate_collaboration_median),
    OP(aggregate_collaboration_flatten),
    OP(nested_json),
    OP(nested_csv),
    OP(trend),
    OP(trend_json),
    OP(trend_csv),
    OP(ranking_csv),
    OP(aggregate_gaps_csv),
    OP(distribution),
    OP(distribution_json),
    OP(distribution_csv),
    OP(migrate),
    OP(migration_json),
    OP(migration_csv),
    OP(workbook_template),
    OP(workbook_csv),
    OP(workbook_read_csv),
    OP(workbook_import),
};
#define OP_COUNT (sizeof(ops) / sizeof(ops[0]))

/* ---- The tests ----------------------------------------------------------- */

/* Runs @op with allocation number @fail (SIZE_MAX: none) failing; returns
 * its code and the number of allocations it asked for. */
static int run_op(const struct op *op, size_t fail, void **made, size_t *count)
{
	calls = 0;
	failures = 0;
	fail_at = fail;
	big_error_clear();
	*made = NOT_SET;
	int rc = op->run(made);
	fail_at = SIZE_MAX;
	*count = calls;
	return rc;
}

/* Runs @op once normally and once with each of its allocations failing. */
START_TEST(test_each_allocation_fails)
{
	const struct op *op = &ops[_i];
	void *made;
	size_t n, count;

	make_inputs();
	size_t before = live;
	int rc = run_op(op, SIZE_MAX, &made, &n);
	ck_assert_msg(rc == BIG_OK, "%s: %s: %s", op->name, big_error_name(rc),
		      big_error_last()->message);
	ck_assert_ptr_nonnull(made);
	ck_assert_ptr_ne(made, NOT_SET);
	op->release(made);
	ck_assert_msg(live == before, "%s leaks %zu blocks", op->name, live - before);
	ck_assert_msg(n > 0, "%s allocates nothing", op->name);

	for (size_t i = 0; i < n; i++) {
		rc = run_op(op, i, &made, &count);
		ck_assert_msg(failures == 1, "%s: allocation %zu of %zu was not asked for",
			      op->name, i, n);
		ck_assert_msg(rc == BIG_ENOMEM, "%s, allocation %zu of %zu failing: %s: %s",
			      op->name, i, n, big_error_name(rc), big_error_last()->message);
		ck_assert_int_eq(big_error_last()->code, BIG_ENOMEM);
		ck_assert_msg(test_contains(big_error_last()->message, "out of memory"),
			      "%s, allocation %zu: message \"%s\"", op->name, i,
			      big_error_last()->message);
		ck_assert_msg(made == NULL, "%s, allocation %zu: output not NULL", op->name, i);
		ck_assert_msg(live == before, "%s, allocation %zu of %zu failing: %zu blocks leak",
			      op->name, i, n, live - before);
		ck_assert_uint_eq(foreign, 0);
	}

	/* And the allocator works again. */
	rc = run_op(op, SIZE_MAX, &made, &count);
	ck_assert_msg(rc == BIG_OK, "%s afterwards: %s", op->name, big_error_last()->message);
	ck_assert_uint_eq(count, n);
	op->release(made);
	free_inputs();
	ck_assert_uint_eq(live, 0);
	ck_assert_uint_eq(foreign, 0);
}
END_TEST

static const struct op *find_op(const char *name)
{
	for (size_t i = 0; i < OP_COUNT; i++)
		if (strcmp(ops[i].name, name) == 0)
			return &ops[i];
	ck_abort_msg("no operation %s", name);
	return NULL;
}

/* Every block libbig and cJSON allocate comes from the installed functions
 * and goes back to them. */
START_TEST(test_everything_goes_through_the_allocator)
{
	const struct op *op = find_op("catalogue_builtin");
	size_t n;
	void *made;

	calls = 0;
	make_inputs();
	ck_assert_uint_gt(calls, 100);
	ck_assert_uint_gt(live, 10);
	ck_assert_int_eq(run_op(op, SIZE_MAX, &made, &n), BIG_OK);
	ck_assert_uint_gt(n, 5); /* parsed by libbig into a few blocks (json-tree.c) */
	op->release(made);
	op = find_op("catalogue_escaped");
	ck_assert_int_eq(run_op(op, SIZE_MAX, &made, &n), BIG_OK);
	ck_assert_uint_lt(n, 10); /* not cJSON's block per value and string (20 here) */
	op->release(made);
	free_inputs();
	ck_assert_uint_eq(live, 0);
	ck_assert_uint_eq(foreign, 0);
}
END_TEST

START_TEST(test_get_and_set)
{
	big_malloc_fn m = NULL;
	big_realloc_fn r = NULL;
	big_free_fn f = NULL;

	big_get_alloc_funcs(&m, &r, &f);
	ck_assert(m == test_malloc && r == test_realloc && f == test_free);
	big_get_alloc_funcs(NULL, NULL, NULL);

	/* Some but not all: refused, nothing changes. */
	assert_big_fails(big_set_alloc_funcs(malloc, NULL, free), BIG_EINVAL);
	assert_big_fails(big_set_alloc_funcs(NULL, NULL, test_free), BIG_EINVAL);
	big_get_alloc_funcs(&m, &r, &f);
	ck_assert(m == test_malloc && r == test_realloc && f == test_free);

	/* None: the C library's again (cJSON's too), and libbig works with it. */
	assert_big_ok(big_set_alloc_funcs(NULL, NULL, NULL));
	cJSON_InitHooks(NULL);
	big_get_alloc_funcs(&m, &r, &f);
	ck_assert(m == malloc && r == realloc && f == free);
	calls = 0;
	big_catalogue *cat = test_catalogue_from_string(catalogue_json);
	big_assessment *a = NULL;
	assert_big_ok(
	    big_assessment_load_buffer(&a, cat, assessment_json, strlen(assessment_json), NULL));
	char *text = NULL;
	assert_big_ok(big_assessment_to_json(&text, NULL, a, 0));
	ck_assert(test_contains(text, "\"GM0001\""));
	big_free(text);
	big_assessment_free(a);
	big_catalogue_free(cat);
	ck_assert_uint_eq(calls, 0);
	ck_assert_uint_eq(live, 0);
	assert_big_ok(big_set_alloc_funcs(test_malloc, test_realloc, test_free));
	cJSON_InitHooks(&(cJSON_Hooks){test_malloc, test_free});
}
END_TEST

/* ---- Bad documents under failing allocations ----------------------------- */

enum kind { CATALOGUE, ASSESSMENT, COLLABORATION, MAPPING };

/* The good documents above with one change that makes them fail late, after
 * most of their allocations. */
static const struct bad {
	const char *name;
	enum kind kind;
	const char *from, *to; /* the first @from of the document becomes @to */
	int code;
} bads[] = {
    {"syntax error at the end", CATALOGUE, "\"cloud\"]}]}\n", "\"cloud\"]} {}]}\n", BIG_ESYNTAX},
    {"duplicate node id", CATALOGUE, "{\"id\": \"H2.2\"", "{\"id\": \"H1.1\"", BIG_EDUPLICATE},
    {"profile extends nothing", CATALOGUE, "\"extends\": [\"basis\"]", "\"extends\": [\"x\"]",
     BIG_ENOTFOUND},
    {"unknown field, strict", CATALOGUE, "\"x-note\": 1,", "\"x-note\": 1, \"zz\": 2,",
     BIG_ESCHEMA},
    {"maturity out of range", ASSESSMENT, "\"maturity\": 1}", "\"maturity\": 7}", BIG_ERANGE},
    {"unknown action status", ASSESSMENT, "\"status\": \"done\"}", "\"status\": \"finished\"}",
     BIG_ESCHEMA},
    {"another catalogue", ASSESSMENT, "\"id\": \"alloc\", \"version\": \"1\"",
     "\"id\": \"alloc\", \"version\": \"2\"", BIG_EMISMATCH},
    {"unknown delegated node", COLLABORATION, "[\"H2.1\", \"H2\", \"H2\"]",
     "[\"H2.1\", \"H2\", \"H7\"]", BIG_ENOTFOUND},
    {"member twice", COLLABORATION, "{\"id\": \"GM0003\"}", "{\"id\": \"GM0001\"}", BIG_EDUPLICATE},
    {"unknown relationship", MAPPING, "\"not_related\"", "\"unrelated\"", BIG_ESCHEMA},
};
#define BAD_COUNT (sizeof(bads) / sizeof(bads[0]))

/* Loads @text as a document of @kind (strict for a catalogue: its unknown
 * field is then an error), and frees what was made at once. */
static int load(enum kind kind, const char *text, void **made)
{
	const big_load_options *o = kind == CATALOGUE && strstr(text, "\"zz\"") ? &strict : NULL;
	size_t len = strlen(text);
	int rc;

	*made = NOT_SET;
	switch (kind) {
	case CATALOGUE: {
		big_catalogue *c = NOT_SET;
		rc = big_catalogue_load_buffer(&c, text, len, o);
		*made = c;
		big_catalogue_free(rc ? NULL : c);
		break;
	}
	case ASSESSMENT: {
		big_assessment *a = NOT_SET;
		rc = big_assessment_load_buffer(&a, in.cat, text, len, o);
		*made = a;
		big_assessment_free(rc ? NULL : a);
		break;
	}
	case COLLABORATION: {
		big_collaboration *c = NOT_SET;
		rc = big_collaboration_load_buffer(&c, in.cat, text, len, o);
		*made = c;
		big_collaboration_free(rc ? NULL : c);
		break;
	}
	default: {
		big_mapping *m = NOT_SET;
		rc = big_mapping_load_buffer(&m, text, len, o);
		*made = m;
		big_mapping_free(rc ? NULL : m);
		break;
	}
	}
	return rc;
}

/* @text with its first @from replaced by @to; malloc'ed. */
static char *replaced(const char *text, const char *from, const char *to)
{
	const char *at = strstr(text, from);
	ck_assert_msg(at != NULL, "\"%s\" not found", from);
	size_t head = (size_t)(at - text), n = strlen(text) - strlen(from) + strlen(to) + 1;
	char *s = malloc(n);
	ck_assert_ptr_nonnull(s);
	snprintf(s, n, "%.*s%s%s", (int)head, text, to, at + strlen(from));
	return s;
}

/* A bad document gives its error or, when an allocation fails first,
 * BIG_ENOMEM; either way nothing is made and nothing leaks. */
START_TEST(test_bad_document_under_failures)
{
	static const char *const docs[] = {catalogue_json, assessment_json, collaboration_json,
					   mapping_json};
	const struct bad *bad = &bads[_i];
	void *made;

	make_inputs();
	size_t before = live;
	char *text = replaced(docs[bad->kind], bad->from, bad->to);
	calls = 0;
	big_error_clear();
	int rc = load(bad->kind, text, &made);
	ck_assert_msg(rc == bad->code, "%s: %s: %s", bad->name, big_error_name(rc),
		      big_error_last()->message);
	ck_assert_ptr_null(made);
	size_t n = calls;
	ck_assert_uint_gt(n, 3);
	for (size_t i = 0; i < n; i++) {
		calls = 0;
		fail_at = i;
		big_error_clear();
		rc = load(bad->kind, text, &made);
		fail_at = SIZE_MAX;
		ck_assert_msg(rc == bad->code || rc == BIG_ENOMEM, "%s, allocation %zu: %s: %s",
			      bad->name, i, big_error_name(rc), big_error_last()->message);
		ck_assert_int_eq(big_error_last()->code, rc);
		ck_assert_ptr_null(made);
		ck_assert_msg(live == before, "%s, allocation %zu of %zu failing: %zu blocks leak",
			      bad->name, i, n, live - before);
	}
	free(text);
	free_inputs();
	ck_assert_uint_eq(live, 0);
	ck_assert_uint_eq(foreign, 0);
}
END_TEST

/* A document cJSON rejects is never taken for an allocation failure: with
 * no allocation failing, no input of the fuzz corpus gives BIG_ENOMEM. */
START_TEST(test_corpus_never_out_of_memory)
{
	static const char *const targets[] = {"assessment", "catalogue", "collaboration",
					      "mapping"};
	size_t files = 0, rejected = 0;

	for (size_t t = 0; t < 4; t++) {
		char dir[4096];
		snprintf(dir, sizeof(dir), "%s/../fuzz/corpus/%s", test_data_dir(), targets[t]);
		DIR *d = opendir(dir);
		ck_assert_msg(d != NULL, "cannot open %s", dir);
		for (struct dirent *e; (e = readdir(d));) {
			char path[8192];
			size_t len;
			if (e->d_name[0] == '.')
				continue;
			snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
			char *text = test_read_file(path, &len);
			ck_assert_ptr_nonnull(text);
			big_catalogue *cat = NOT_SET;
			int rc = big_catalogue_load_buffer(&cat, text, len, NULL);
			ck_assert_msg(rc != BIG_ENOMEM, "%s: %s", path, big_error_last()->message);
			big_catalogue_free(rc ? NULL : cat);
			rejected += rc == BIG_ESYNTAX;
			files++;
			free(text);
		}
		closedir(d);
	}
	ck_assert_uint_gt(files, 100);
	ck_assert_uint_gt(rejected, 10);
	ck_assert_uint_eq(live, 0);
}
END_TEST

static Suite *alloc_suite(void)
{
	Suite *s = suite_create("alloc");
	TCase *tc = tcase_create("every allocation");

	tcase_add_loop_test(tc, test_each_allocation_fails, 0, (int)OP_COUNT);
	tcase_set_timeout(tc, 600);
	suite_add_tcase(s, tc);
	tc = tcase_create("allocator");
	tcase_add_test(tc, test_everything_goes_through_the_allocator);
	tcase_add_test(tc, test_get_and_set);
	tcase_add_loop_test(tc, test_bad_document_under_failures, 0, (int)BAD_COUNT);
	tcase_add_test(tc, test_corpus_never_out_of_memory);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	int rc = big_set_alloc_funcs(test_malloc, test_realloc, test_free);
	if (rc)
		return EXIT_FAILURE;
	/* cJSON's blocks come from the same allocator, so they fail in turn. */
	cJSON_InitHooks(&(cJSON_Hooks){test_malloc, test_free});
	return test_run_suite(alloc_suite());
}
