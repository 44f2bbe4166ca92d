/*
 * bigscore report — the organisation in its collaboration
 * (samenwerkingsverband): the effective assessment of every member (its
 * own results with the delegated requirements combined under the
 * collaboration's policy), aggregated as the weakest link and as the mean,
 * against the organisation's own effective score.
 *
 * The members' assessments are read as DIR/ID.json, the collaboration's own
 * as DIR/ITS-ID.json, when they exist and are of the organisation's period;
 * DIR is --members, else the directory of the organisation's assessment
 * (the layout assessments/PERIOD/ID.json). A member without an assessment
 * counts as not assessed. A member that is a collaboration of
 * --collaborations is aggregated in turn over its own members, read the
 * same way.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bigscore.h"
#include "cmd-report.h"
#include "html.h"

/* The assessment of organisation @p id read so far (the organisation's own included), or NULL. */
static const big_assessment *find_assessment(const struct rp *rp, const char *id)
{
	if (strcmp(big_assessment_organisation_id(rp->a), id) == 0)
		return rp->a;
	for (size_t i = 0; i < rp->member_count; i++)
		if (strcmp(big_assessment_organisation_id(rp->members[i]), id) == 0)
			return rp->members[i];
	return NULL;
}

/* Reads DIR/ID.json into rp->members when it exists, is not read yet and is of the period. */
static int load_member(struct rp *rp, const char *id)
{
	big_assessment *a = NULL;
	char *path;
	int status;

	if (find_assessment(rp, id))
		return BS_OK;
	if ((path = bs_member_path(rp->args->members, rp->file, id)) == NULL)
		return bs_error(BS_INTERNAL, "out of memory");
	status = bs_member_load(&a, rp->cs, path, &rp->lo, big_assessment_period(rp->a), rp->file);
	if (a)
		rp->members[rp->member_count++] = a;
	free(path);
	return status;
}

/* The collaboration @p id among those reached, or NULL. */
static const big_collaboration *reached(const struct rp *rp, const char *id)
{
	for (size_t i = 0; i < rp->reached_count; i++)
		if (strcmp(big_collaboration_id(rp->reached[i]), id) == 0)
			return rp->reached[i];
	return NULL;
}

/*
 * Reads the assessments of the collaboration and of every nested one: their
 * own and their organisation members', breadth first; each collaboration
 * once (a cycle is left to the library to report).
 */
static int load_members(struct rp *rp)
{
	int status = BS_OK;

	rp->reached_count = bs_collabs_reach(rp->reached, rp->collab, &rp->collabs);
	for (size_t k = 0; status == BS_OK && k < rp->reached_count; k++) {
		const big_collaboration *c = rp->reached[k];

		status = load_member(rp, big_collaboration_id(c));
		for (size_t i = 0; status == BS_OK && i < big_collaboration_member_count(c); i++) {
			const char *id = big_collaboration_member_id(c, i);

			if (bs_collabs_find(&rp->collabs, id, NULL) == NULL)
				status = load_member(rp, id);
		}
	}
	return status;
}

/*
 * The organisation's effective assessment, scored with the options of the
 * own report (overlay, --date, profile, target): in the first
 * collaboration reached that has it as a member (the collaboration itself,
 * else a nested one), with that collaboration's own assessment.
 */
static int score_effective(struct rp *rp)
{
	const big_collaboration *c =
	    bs_collabs_home(rp->reached, rp->reached_count, big_assessment_organisation_id(rp->a));

	if (c != NULL &&
	    (big_effective_assessment(&rp->effective_a, c, rp->a,
				      find_assessment(rp, big_collaboration_id(c))) < 0 ||
	     big_score(&rp->effective, rp->effective_a, &rp->scored.so) < 0))
		return bs_library_error(rp->file);
	for (size_t i = 0; c != NULL && i < big_assessment_diagnostic_count(rp->effective_a); i++)
		bs_print_diagnostic(rp->file, big_assessment_diagnostic(rp->effective_a, i));
	return BS_OK;
}

/* The collaboration aggregated over its members, as the weakest link and the mean. */
static int aggregate(struct rp *rp)
{
	big_aggregate_options opts = BIG_AGGREGATE_OPTIONS_INIT;
	const big_assessment *const *pool = (const big_assessment *const *)rp->members;
	const big_collaboration *const *nested =
	    (const big_collaboration *const *)rp->collabs.items;
	size_t n = rp->member_count + 1; /* the organisation's own is last */

	rp->members[rp->member_count] = rp->a; /* borrowed */
	opts.rollup = rp->so.rollup;
	opts.target = rp->so.target;
	opts.profile = rp->so.profile;
	opts.period = big_assessment_period(rp->a);
	/* The guard of the aggregates only when --k is given: the members of a
	 * collaboration know one another, and the default report stays as it was. */
	opts.k = rp->args->k ? rp->k : 0;
	if (big_aggregate_collaboration(&rp->weakest, rp->collab, nested, rp->collabs.count, pool,
					n, &opts) < 0)
		return bs_library_error(rp->args->collaboration);
	opts.method = BIG_AGGREGATE_MEAN;
	if (big_aggregate_collaboration(&rp->mean, rp->collab, nested, rp->collabs.count, pool, n,
					&opts) < 0)
		return bs_library_error(rp->args->collaboration);
	return BS_OK;
}

int rp_collab_previous(struct rp *rp)
{
	const char *path = rp->args->previous;
	const big_collaboration *c =
	    bs_collabs_home(rp->reached, rp->reached_count, big_assessment_organisation_id(rp->a));
	big_assessment *old = NULL, *theirs = NULL, *old_eff = NULL;
	big_comparison *cmp = NULL;
	char *theirs_path = NULL;
	int status;

	if (c == NULL || rp->cmp == NULL)
		return BS_OK;
	status = bs_load_assessment(&old, rp->cs, path, &rp->lo, 1);
	/* the collaboration's own of the previous period, found as the current one */
	if (status == BS_OK && (theirs_path = bs_member_path(rp->args->members, path,
							     big_collaboration_id(c))) == NULL)
		status = bs_error(BS_INTERNAL, "out of memory");
	if (status == BS_OK)
		status = bs_member_load(&theirs, rp->cs, theirs_path, &rp->lo,
					big_assessment_period(old), path);
	/* scored as the report is (overlay, date), with its roll-up, profile and
	 * target: the two periods may set different targets, as in load_previous() */
	big_score_options so = rp->scored.so;
	so.rollup = rp->so.rollup;
	so.profile = rp->so.profile;
	so.target = rp->so.target;
	if (status == BS_OK && (big_effective_assessment(&old_eff, c, old, theirs) < 0 ||
				big_compare(&cmp, old_eff, rp->effective_a, &so) < 0))
		status = bs_library_error(path);
	for (size_t i = 0; status == BS_OK && i < big_assessment_diagnostic_count(old_eff); i++)
		bs_print_diagnostic(path, big_assessment_diagnostic(old_eff, i));
	if (status == BS_OK) {
		big_comparison_free(rp->cmp);
		rp->cmp = cmp;
		cmp = NULL;
	}
	big_comparison_free(cmp);
	big_assessment_free(old_eff);
	big_assessment_free(theirs);
	big_assessment_free(old);
	free(theirs_path);
	return status;
}

int rp_collab_load(struct rp *rp)
{
	const char *path = rp->args->collaboration;
	size_t n;
	int status = BS_OK;

	if (big_collaboration_load_file(&rp->collab, rp->cat, path, &rp->lo) < 0)
		return bs_library_error(path);
	for (size_t i = 0; i < big_collaboration_diagnostic_count(rp->collab); i++)
		bs_print_diagnostic(path, big_collaboration_diagnostic(rp->collab, i));
	status = bs_collabs_load(&rp->collabs, rp->cs, &rp->args->collaborations, &rp->lo,
				 rp->args->skip_unreadable ? BS_EXPAND_SKIP_UNREADABLE : 0);
	if (status != BS_OK)
		return status;
	/* Room for every collaboration's own assessment and members', and the organisation's. */
	n = big_collaboration_member_count(rp->collab) + 2;
	for (size_t i = 0; i < rp->collabs.count; i++)
		n += big_collaboration_member_count(rp->collabs.items[i]) + 1;
	rp->members = calloc(n, sizeof(*rp->members));
	rp->reached = calloc(rp->collabs.count + 1, sizeof(*rp->reached));
	if (rp->members == NULL || rp->reached == NULL)
		return bs_error(BS_INTERNAL, "out of memory");
	status = load_members(rp);
	if (status == BS_OK)
		status = score_effective(rp);
	if (status == BS_OK)
		status = aggregate(rp);
	return status;
}

void rp_collab_free(struct rp *rp)
{
	for (size_t i = 0; i < rp->member_count; i++) /* not the organisation's own after them */
		big_assessment_free(rp->members[i]);
	free(rp->members);
	free(rp->reached);
	big_report_free(rp->effective);
	big_assessment_free(rp->effective_a);
	big_aggregate_report_free(rp->weakest);
	big_aggregate_report_free(rp->mean);
	bs_collabs_free(&rp->collabs);
	big_collaboration_free(rp->collab);
}

/* The name of member @p id (an organisation or a collaboration), or its id. */
static const char *member_name(const struct rp *rp, const char *id)
{
	const big_assessment *a = find_assessment(rp, id);
	const big_collaboration *c = reached(rp, id);

	if (a && *big_assessment_organisation_name(a))
		return big_assessment_organisation_name(a);
	return c && *big_collaboration_name(c) ? big_collaboration_name(c) : id;
}

const char *rp_collab_member_name(const struct rp *rp, const char *id)
{
	return member_name(rp, id);
}

/* The names of the members of @p c, separated by commas. */
static void member_names(struct rp *rp, const big_collaboration *c)
{
	for (size_t i = 0; i < big_collaboration_member_count(c); i++) {
		if (i > 0)
			fputs(", ", rp->out);
		bs_html_escape(rp->out, member_name(rp, big_collaboration_member_id(c, i)));
	}
}

/*
 * Appends the ids of the missing members of @p ag and of its nested
 * aggregates to @p out (each once; room for @p size).
 */
static void collect_missing(const big_aggregate_report *ag, const char **out, size_t *n,
			    size_t size)
{
	for (size_t i = 0; i < big_aggregate_report_missing_count(ag); i++) {
		const char *id = big_aggregate_report_missing(ag, i);
		size_t j = 0;

		while (j < *n && strcmp(out[j], id) != 0)
			j++;
		if (j == *n && *n < size)
			out[(*n)++] = id;
	}
	for (size_t i = 0; i < big_aggregate_report_member_count(ag); i++)
		if (big_aggregate_report_member_nested(ag, i))
			collect_missing(big_aggregate_report_member_nested(ag, i), out, n, size);
}

/* The members without an assessment, nested collaborations' included; returns their number. */
static size_t write_missing(struct rp *rp)
{
	size_t size = 0, n = 0;
	const char **ids;

	for (size_t k = 0; k < rp->reached_count; k++)
		size += big_collaboration_member_count(rp->reached[k]);
	ids = calloc(size + 1, sizeof(*ids));
	if (rp_ok(rp, ids != NULL) && rp->weakest != NULL)
		collect_missing(rp->weakest, ids, &n, size);
	for (size_t i = 0; i < n; i++) {
		if (i > 0)
			fputs(", ", rp->out);
		bs_html_escape(rp->out, ids[i]);
	}
	bs_html_escape(rp->out, n || rp->weakest == NULL ? "" : rp_t(rp, BS_M_NONE));
	free(ids);
	return n;
}

/* The nested collaborations with their members, when there are any. */
static void write_nested(struct rp *rp)
{
	if (rp->reached_count < 2)
		return;
	bs_html_element(rp->out, "dt", NULL, rp_t(rp, BS_M_NESTED));
	fputs("<dd>", rp->out);
	for (size_t k = 1; k < rp->reached_count; k++) {
		const big_collaboration *c = rp->reached[k];

		if (k > 1)
			fputs("; ", rp->out);
		bs_html_escape(rp->out, member_name(rp, big_collaboration_id(c)));
		fputs(": ", rp->out);
		member_names(rp, c);
	}
	fputs("</dd>\n", rp->out);
}

/* A note for each collaboration reached whose own assessment is missing where it counts. */
static void write_own_missing(struct rp *rp)
{
	char buf[512];

	for (size_t k = 0; k < rp->reached_count; k++) {
		const big_collaboration *c = rp->reached[k];
		big_policy policy = big_collaboration_policy(c);

		if (find_assessment(rp, big_collaboration_id(c)) ||
		    big_collaboration_delegated_count(c) == 0 || policy == BIG_POLICY_MEMBER)
			continue;
		snprintf(
		    buf, sizeof(buf), "%s: %s", member_name(rp, big_collaboration_id(c)),
		    rp_t(rp, policy == BIG_POLICY_BEST ? BS_M_OWN_MISSING_BEST : BS_M_OWN_MISSING));
		bs_html_element(rp->out, "p", "note", buf);
	}
}

static void collab_facts(struct rp *rp)
{
	const big_collaboration *c = rp->collab;
	size_t i, missing;
	char label[160];

	fputs("<dl class=\"meta facts\">\n", rp->out);
	bs_html_element(rp->out, "dt", NULL, rp_t(rp, BS_M_MEMBERS));
	fputs("<dd>", rp->out);
	member_names(rp, c);
	fputs("</dd>\n", rp->out);
	write_nested(rp);
	bs_html_element(rp->out, "dt", NULL, rp_t(rp, BS_M_MISSING));
	fputs("<dd>", rp->out);
	missing = write_missing(rp);
	fputs("</dd>\n", rp->out);
	bs_html_element(rp->out, "dt", NULL, rp_t(rp, BS_M_POLICY));
	bs_html_element(rp->out, "dd", NULL, bs_t_policy(rp->lang, big_collaboration_policy(c)));
	bs_html_element(rp->out, "dt", NULL, rp_t(rp, BS_M_DELEGATED));
	fputs("<dd>", rp->out);
	for (i = 0; i < big_collaboration_delegated_count(c); i++) {
		if (i > 0)
			fputs(", ", rp->out);
		bs_html_escape(rp->out, rp_node_label(label, sizeof(label), rp,
						      big_collaboration_delegated(c, i)));
	}
	if (i == 0)
		bs_html_escape(rp->out, rp_t(rp, BS_M_NONE));
	fputs("</dd>\n</dl>\n", rp->out);
	if (rp->effective == NULL)
		bs_html_element(rp->out, "p", "note", rp_t(rp, BS_M_NOT_A_MEMBER));
	if (missing > 0)
		bs_html_element(rp->out, "p", "note", rp_t(rp, BS_M_MISSING_NOTE));
	if (rp->reached_count > 1)
		bs_html_element(rp->out, "p", "note", rp_t(rp, BS_M_NESTED_NOTE));
	write_own_missing(rp);
}

/* Row @p i: theme i, or the overall scores when @p node is NULL. */
static void collab_row(struct rp *rp, const big_node *node, struct bs_bar_row *row)
{
	const big_report *org = rp->effective ? rp->effective : rp->r;
	const big_scores *s = rp_scores(org, node);
	const big_aggregate_report *ag[2] = {rp->mean, rp->weakest};

	row->has[0] = s->has_implementation;
	row->value[0] = s->implementation;
	for (int k = 0; k < 2; k++) {
		const big_aggregate_scores *a = node ? big_aggregate_report_node(ag[k], node)
						     : big_aggregate_report_overall(ag[k]);

		row->has[k + 1] = a && a->has_implementation;
		row->value[k + 1] = a ? a->implementation : 0;
	}
}

/* Whether the publication guard (--k) withholds aggregate @p k (0 mean,
 * 1 weakest) of @p node (NULL: overall). */
static bool withheld(const struct rp *rp, const big_node *node, int k)
{
	const big_aggregate_report *ag = k ? rp->weakest : rp->mean;
	const big_aggregate_scores *a =
	    node ? big_aggregate_report_node(ag, node) : big_aggregate_report_overall(ag);

	return a && a->suppressed;
}

static void collab_table(struct rp *rp, const char *const *series, const struct bs_bar_row *rows,
			 const big_node **themes, size_t n)
{
	const char *heads[] = {rp_theme_word(rp), series[0], series[1], series[2]};
	char buf[32];

	bs_html_table_begin(rp->out, NULL, NULL, heads, 4, 1);
	for (size_t i = 0; i < n; i++) {
		fputs(i + 1 < n ? "<tr>" : "<tr class=\"total\">", rp->out);
		bs_html_row_head(rp->out, rows[i].label);
		for (int k = 0; k < 3; k++)
			bs_html_cell(rp->out,
				     k > 0 && withheld(rp, i + 1 < n ? themes[i] : NULL, k - 1)
					 ? rp_t(rp, BS_M_SUPPRESSED)
					 : bs_l_percent(buf, sizeof(buf), rp->lang, rows[i].has[k],
							rows[i].value[k]),
				     true);
		fputs("</tr>\n", rp->out);
	}
	bs_html_table_end(rp->out);
}

void rp_write_collab(struct rp *rp)
{
	const char *series[3] = {rp_t(rp, rp->effective ? BS_M_EFFECTIVE : BS_M_YOUR_ORGANISATION),
				 rp_t(rp, BS_M_MEAN_MEMBERS), rp_t(rp, BS_M_WEAKEST_LINK)};
	const char *name = big_collaboration_name(rp->collab);
	const big_node **themes = NULL;
	size_t n = rp_themes(rp, &themes);
	struct bs_bar_row *rows = calloc(n + 1, sizeof(*rows));
	char(*labels)[160] = calloc(n + 1, sizeof(*labels)), title[320];
	struct bs_chart c;

	snprintf(title, sizeof(title), "%s: %s", rp_t(rp, BS_M_SEC_COLLAB),
		 *name ? name : big_collaboration_id(rp->collab));
	rp_section(rp, "collaboration", title, rp_t(rp, BS_M_COLLAB_NOTE));
	collab_facts(rp);
	if (rp_ok(rp, themes != NULL && rows != NULL && labels != NULL) && rp->weakest != NULL) {
		for (size_t i = 0; i <= n; i++) {
			rows[i].label = rp_row_label(labels[i], sizeof(labels[i]), rp,
						     i < n ? themes[i] : NULL);
			collab_row(rp, i < n ? themes[i] : NULL, &rows[i]);
		}
		c = rp_figure(rp, rp_t(rp, BS_M_CHART_COLLAB), rp_t(rp, BS_M_CHART_COLLAB_DESC));
		bs_svg_bars(&c,
			    &(struct bs_bar_spec){
				.series = series, .series_count = 3, .max = 1, .percent = true},
			    rows, n + 1);
		rp_figure_end(rp);
		collab_table(rp, series, rows, themes, n + 1);
	}
	rp_write_collab_attrib(rp);
	rp_write_collab_trend(rp);
	fputs("</section>\n", rp->out);
	free(labels);
	free(rows);
	free(themes);
}
