/*
 * bigscore gap — the gap list of an assessment in priority order, as a
 * text table, CSV or JSON.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "bigscore.h"
#include "text-labels.h"

struct gap_args {
	struct bs_common c;
	int json, compact, csv;
	int without_action, overdue; /* only the gaps without an open action, or overdue */
	struct bs_csv csv_opts;
	unsigned int csv_flags;
	const char *limit, *kind;
	struct bs_list operands;
};

static void print_help(void)
{
	printf(
	    "Usage: bigscore gap [OPTION]... ASSESSMENT.json\n"
	    "\n"
	    "Lists the gaps of an assessment: every applicable requirement that falls\n"
	    "short, in priority order (the profile's tag priority, mandatory first,\n"
	    "then weight x size, then catalogue order). Rank 1 is the first to work\n"
	    "on. ASSESSMENT.json may be '-' for standard input.\n"
	    "\n"
	    "Options:\n"
	    "%s%s%s%s%s"
	    "  --kind KIND        only gaps of kind implementation, maturity,\n"
	    "                     explanation or werking\n"
	    "  --without-action   only the gaps without an open improvement action\n"
	    "  --overdue          only the gaps with an open action due before the\n"
	    "                     reference date (--as-of, else the assessment's\n"
	    "                     assessed_on)\n"
	    "  --as-of DATE       the reference date of --overdue, YYYY-MM-DD\n"
	    "  --limit N          only the first N gaps (after --kind, --without-action\n"
	    "                     and --overdue)\n"
	    "  --csv              print CSV (RFC 4180) instead, as 'score --gaps-csv'\n"
	    "  --json             print JSON instead: {\"catalogue\", \"organisation\",\n"
	    "                     \"period\", \"profile\", \"target\", \"count\" (all gaps),\n"
	    "                     \"gaps\": [{\"rank\", \"id\", \"title\", \"kinds\", \"size\",\n"
	    "                     \"status\", \"maturity\", \"tag\", \"mandatory\", \"weight\",\n"
	    "                     \"owner\", \"actions\" (the open ones), \"without_action\",\n"
	    "                     \"overdue\" and with --show-text \"text\"}]}\n"
	    "  --compact          with --json: one line without indentation\n"
	    "%s"
	    "  -h, --help         show this help\n"
	    "\n"
	    "%s",
	    bs_load_help, bs_score_help, bs_lang_help, bs_texts_help, bs_member_help, bs_csv_help,
	    bs_exit_help);
}

static int parse_args(struct gap_args *ga, int argc, char **argv, long *limit, unsigned *kinds)
{
	const struct bs_opt opts[] = {
	    BS_LOAD_OPTS(&ga->c),
	    BS_SCORE_OPTS(&ga->c),
	    BS_TEXTS_OPTS(&ga->c),
	    BS_MEMBER_OPTS(&ga->c),
	    {"--json", BS_FLAG, &ga->json},
	    {"--compact", BS_FLAG, &ga->compact},
	    {"--csv", BS_FLAG, &ga->csv},
	    {"--limit", BS_VALUE, &ga->limit},
	    {"--kind", BS_VALUE, &ga->kind},
	    {"--without-action", BS_FLAG, &ga->without_action},
	    {"--overdue", BS_FLAG, &ga->overdue},
	    {"--as-of", BS_VALUE, &ga->c.as_of},
	    BS_CSV_OPTS(&ga->csv_opts),
	};
	int status = bs_parse("gap", argc, argv, opts, sizeof(opts) / sizeof(opts[0]),
			      &ga->operands, print_help);

	if (status >= 0)
		return status;
	if (ga->operands.count != 1)
		return bs_usage_error("gap", ga->operands.count ? "more than one assessment given"
								: "no assessment given");
	if (ga->json && ga->csv)
		return bs_usage_error("gap", "--json and --csv exclude each other");
	if (ga->compact && !ga->json)
		return bs_usage_error("gap", "--compact needs --json");
	if (ga->without_action && ga->overdue)
		return bs_usage_error("gap", "--without-action and --overdue exclude each other: "
					     "an overdue gap has an open action");
	if (ga->c.as_of && !bs_is_date(ga->c.as_of))
		return bs_usage_error("gap", "--as-of must be a date YYYY-MM-DD, not '%s'",
				      ga->c.as_of);
	if (ga->limit &&
	    (status = bs_parse_int("gap", "--limit", ga->limit, 0, 1000000, limit)) >= 0)
		return status;
	*kinds = ~0u;
	if (ga->kind && big_gap_kind_from_name(kinds, ga->kind) < 0)
		return bs_usage_error(
		    "gap",
		    "unknown gap kind '%s' (implementation, maturity, explanation or werking)",
		    ga->kind);
	if ((status = bs_texts_check(&ga->c, "gap")) >= 0)
		return status;
	if ((status = bs_member_check(&ga->c, "gap")) >= 0)
		return status;
	return bs_csv_flags(&ga->csv_flags, &ga->csv_opts, "gap");
}

/* Length of the CSV record at @p s (through its CRLF), quotes respected. */
static size_t csv_record(const char *s, size_t len)
{
	int quoted = 0;

	for (size_t i = 0; i < len; i++) {
		if (s[i] == '"')
			quoted = !quoted;
		else if (!quoted && s[i] == '\n')
			return i + 1;
	}
	return len;
}

/* The gaps CSV of libbig, with only the header and the rows of @p index. */
static int print_csv(const big_report *r, const size_t *index, size_t n, unsigned int flags)
{
	char *text = NULL;
	size_t len = 0, at = 0, row = 0, next = 0;
	int rc = big_report_gaps_to_csv(&text, &len, r, flags);

	if (rc < 0)
		return bs_library_error(NULL);
	while (at < len) {
		size_t k = csv_record(text + at, len - at);

		/* Row 0 is the header; row i + 1 is gap i. */
		if (row == 0 || (next < n && index[next] == row - 1)) {
			fwrite(text + at, 1, k, stdout);
			next += row != 0;
		}
		at += k;
		row++;
	}
	big_free(text);
	return BS_OK;
}

/* cJSON's adders return NULL (or false) when they cannot allocate: each of
 * these says whether it could. */
static bool add_string(cJSON *o, const char *key, const char *value)
{
	return cJSON_AddStringToObject(o, key, value) != NULL;
}

static bool add_number(cJSON *o, const char *key, double value)
{
	return cJSON_AddNumberToObject(o, key, value) != NULL;
}

/* @p value as a number, or null when it is negative (no maturity). */
static bool add_level(cJSON *o, const char *key, int value)
{
	return value >= 0 ? add_number(o, key, value) : cJSON_AddNullToObject(o, key) != NULL;
}

static bool add_string_or_null(cJSON *o, const char *key, const char *value)
{
	return value ? add_string(o, key, value) : cJSON_AddNullToObject(o, key) != NULL;
}

/* "actions": the open actions of gap @p gap, or false (out of memory). */
static bool add_actions(cJSON *o, const big_report *r, size_t gap)
{
	cJSON *list = cJSON_AddArrayToObject(o, "actions");
	bool ok = list != NULL;

	for (size_t i = 0; ok && i < big_report_gap(r, gap)->open_actions; i++) {
		const big_action *x = big_report_gap_action(r, gap, i);
		cJSON *a = cJSON_CreateObject();

		ok = a && add_string(a, "description", big_action_description(x)) &&
		     (!big_action_owner(x) || add_string(a, "owner", big_action_owner(x))) &&
		     (!big_action_due(x) || add_string(a, "due", big_action_due(x))) &&
		     add_string(a, "status", big_action_status_name(big_action_get_status(x))) &&
		     cJSON_AddItemToArray(list, a);
		if (!ok)
			cJSON_Delete(a); /* not in the list */
	}
	return ok;
}

/* Gap @p g as an object, or NULL (out of memory). */
static cJSON *gap_json(const big_gap *g, size_t rank, const big_report *r)
{
	cJSON *o = cJSON_CreateObject(), *kinds = NULL;
	bool ok = o && add_number(o, "rank", (double)rank) &&
		  add_string(o, "id", big_node_id(g->node)) &&
		  add_string(o, "title", big_report_node_title(r, g->node)) &&
		  (kinds = cJSON_AddArrayToObject(o, "kinds")) != NULL;

	for (unsigned int k = 0; ok && k < BIG_GAP_KIND_COUNT; k++)
		if (g->kinds & (1u << k))
			ok = cJSON_AddItemToArray(kinds,
						  cJSON_CreateString(big_gap_kind_name(1u << k)));
	ok = ok && add_number(o, "size", g->size) &&
	     add_string(o, "status", big_status_name(g->status)) &&
	     add_level(o, "maturity", g->maturity) && add_string_or_null(o, "tag", g->tag) &&
	     cJSON_AddBoolToObject(o, "mandatory", big_node_is_mandatory(g->node)) != NULL &&
	     add_number(o, "weight", big_node_weight(g->node));
	/* the owner and open actions, as libbig's JSON report writes them */
	ok = ok && add_string_or_null(o, "owner", g->owner) && add_actions(o, r, rank - 1);
	ok = ok && cJSON_AddBoolToObject(o, "without_action", g->without_action) != NULL &&
	     cJSON_AddBoolToObject(o, "overdue", g->overdue) != NULL;
	/* --show-text: the requirement's text (of --texts), null when none. */
	if (ok && big_report_include_text(r))
		ok = add_string_or_null(o, "text", big_report_node_text(r, g->node));
	if (!ok) {
		cJSON_Delete(o);
		return NULL;
	}
	return o;
}

/* The document of print_json(), or NULL (out of memory). */
static cJSON *gaps_json(const big_assessment *a, const big_report *r, const size_t *index, size_t n)
{
	const big_catalogue *cat = big_report_catalogue(r);
	const big_profile *p = big_report_profile(r);
	cJSON *doc = cJSON_CreateObject();
	cJSON *c = cJSON_AddObjectToObject(doc, "catalogue");
	cJSON *o = cJSON_AddObjectToObject(doc, "organisation");
	bool ok = c && o && add_string(c, "id", big_catalogue_id(cat)) &&
		  add_string(c, "version", big_catalogue_version(cat)) &&
		  add_string(o, "id", big_assessment_organisation_id(a)) &&
		  add_string(o, "name", big_assessment_organisation_name(a)) &&
		  add_string(doc, "period", big_assessment_period(a)) &&
		  add_string_or_null(doc, "profile", p ? big_profile_id(p) : NULL) &&
		  add_number(doc, "target", big_report_target(r)) &&
		  add_number(doc, "count", (double)big_report_gap_count(r));
	cJSON *gaps = ok ? cJSON_AddArrayToObject(doc, "gaps") : NULL;

	ok = gaps != NULL;
	for (size_t i = 0; ok && i < n; i++)
		ok = cJSON_AddItemToArray(gaps,
					  gap_json(big_report_gap(r, index[i]), index[i] + 1, r));
	if (!ok) {
		cJSON_Delete(doc);
		return NULL;
	}
	return doc;
}

static int print_json(const big_assessment *a, const big_report *r, const size_t *index, size_t n,
		      int compact)
{
	cJSON *doc = gaps_json(a, r, index, n);
	int status = bs_json_print(stdout, doc, compact);

	cJSON_Delete(doc);
	return status;
}

static void print_text(const big_assessment *a, const big_report *r, const size_t *index, size_t n)
{
	const big_catalogue *cat = big_report_catalogue(r);
	size_t total = big_report_gap_count(r);
	const char *name = big_assessment_organisation_name(a);

	const int nl = bs_tx_lang(big_report_lang(r)) != NULL;

	bs_printf(nl ? "Tekortkomingen van %s%s%s%s, %s, normenkader %s %s"
		     : "Gaps of %s%s%s%s, %s, against %s %s",
		  big_assessment_organisation_id(a), *name ? " (" : "", name, *name ? ")" : "",
		  big_assessment_period(a), big_catalogue_id(cat), big_catalogue_version(cat));
	if (big_report_profile(r))
		bs_printf(nl ? ", profiel %s" : ", profile %s",
			  big_profile_id(big_report_profile(r)));
	bs_printf(nl ? ", doelniveau %d\n" : ", target %d\n", big_report_target(r));
	if (n == total && nl)
		bs_printf("%zu tekortkoming%s\n\n", total, total == 1 ? "" : "en");
	else if (n == total)
		bs_printf("%zu gap%s\n\n", total, total == 1 ? "" : "s");
	else
		bs_printf(nl ? "%zu van %zu tekortkomingen getoond\n\n"
			     : "%zu of %zu gaps shown\n\n",
			  n, total);
	if (n)
		bs_print_gaps(stdout, r, index, n);
}

static int gap(struct gap_args *ga, long limit, unsigned kinds)
{
	struct bs_scored s;
	size_t *index = NULL, n = 0;
	const char *file = ga->operands.items[0];
	int status = bs_score_file(&s, &ga->c, "gap", file, file);

	if (status == BS_OK) {
		size_t total = big_report_gap_count(s.r);

		index = malloc((total ? total : 1) * sizeof(*index));
		if (index == NULL)
			status = bs_error(BS_INTERNAL, "out of memory");
		for (size_t i = 0; index && i < total && (limit < 0 || n < (size_t)limit); i++) {
			const big_gap *g = big_report_gap(s.r, i);

			if ((g->kinds & kinds) && (!ga->without_action || g->without_action) &&
			    (!ga->overdue || g->overdue))
				index[n++] = i;
		}
	}
	if (status == BS_OK && ga->overdue && !*big_report_as_of(s.r))
		bs_fprintf(stderr, "bigscore gap: --overdue: the assessment has no assessed_on and "
				   "no --as-of was given: no action can be overdue\n");
	if (status == BS_OK && ga->csv)
		status = print_csv(s.r, index, n, ga->csv_flags);
	else if (status == BS_OK && ga->json)
		status = print_json(s.a, s.r, index, n, ga->compact);
	else if (status == BS_OK)
		print_text(s.a, s.r, index, n);
	free(index);
	bs_scored_free(&s);
	return status;
}

int cmd_gap(int argc, char **argv)
{
	struct gap_args ga = {0};
	long limit = -1;
	unsigned kinds = 0;
	int status = parse_args(&ga, argc, argv, &limit, &kinds);

	if (status < 0)
		status = gap(&ga, limit, kinds);
	bs_common_free(&ga.c);
	bs_list_free(&ga.operands);
	return status;
}
