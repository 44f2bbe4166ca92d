/*
 * bigscore report — the organisation in its collaboration
 * (samenwerkingsverband): the effective assessment of every member (its
 * own results with the delegated requirements combined under the
 * collaboration's policy), aggregated as the weakest link and as the mean,
 * against the organisation's own effective score.
 *
 * The members' assessments are read as DIR/ID.json, the collaboration's own
 * as DIR/ITS-ID.json, when they exist; DIR is --members, else the directory
 * of the organisation's assessment (the layout assessments/PERIOD/ID.json).
 * A member without an assessment counts as not assessed. Nested
 * collaborations (a collaboration as a member) are not expanded: they count
 * as members without an assessment.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "bigscore.h"
#include "cmd-report.h"
#include "html.h"

/* DIR/ID.json in a new string, or NULL when out of memory. */
static char *member_path(const struct rp *rp, const char *id)
{
	const char *dir = rp->args->members, *slash = strrchr(rp->file, '/');
	int dlen = dir ? (int)strlen(dir) : slash ? (int)(slash - rp->file) : 1;
	size_t len = (size_t)dlen + strlen(id) + 7;
	char *path = malloc(len);

	if (path != NULL)
		snprintf(path, len, "%.*s/%s.json", dlen, dir ? dir : slash ? rp->file : ".", id);
	return path;
}

/* Reads DIR/ID.json into rp->members when it exists. */
static int load_member(struct rp *rp, const char *id)
{
	char *path = member_path(rp, id);
	struct stat st;
	int status = BS_OK;

	if (path == NULL)
		return bs_error(BS_INTERNAL, "out of memory");
	if (stat(path, &st) == 0 && S_ISREG(st.st_mode)) {
		status =
		    bs_load_assessment(&rp->members[rp->member_count], rp->cs, path, &rp->lo, 1);
		rp->member_count += status == BS_OK;
	}
	free(path);
	return status;
}

/* The organisation's effective assessment in the collaboration, scored. */
static int score_effective(struct rp *rp)
{
	const char *id = big_collaboration_id(rp->collab);
	const big_assessment *own = NULL;
	big_assessment *e = NULL;
	int status = BS_OK;

	for (size_t i = 0; i < rp->member_count; i++)
		if (strcmp(big_assessment_organisation_id(rp->members[i]), id) == 0)
			own = rp->members[i];
	if (big_effective_assessment(&e, rp->collab, rp->a, own) < 0 ||
	    big_score(&rp->effective, e, &rp->so) < 0)
		status = bs_library_error(rp->file);
	big_assessment_free(e);
	return status;
}

/* The collaboration aggregated over its members, as the weakest link and the mean. */
static int aggregate(struct rp *rp)
{
	big_aggregate_options opts = BIG_AGGREGATE_OPTIONS_INIT;
	const big_assessment *const *pool = (const big_assessment *const *)rp->members;
	size_t n = rp->member_count + 1; /* the organisation's own is last */

	rp->members[rp->member_count] = rp->a; /* borrowed */
	opts.rollup = rp->so.rollup;
	opts.target = rp->so.target;
	opts.profile = rp->so.profile;
	if (big_aggregate_collaboration(&rp->weakest, rp->collab, NULL, 0, pool, n, &opts) < 0)
		return bs_library_error(rp->args->collaboration);
	opts.method = BIG_AGGREGATE_MEAN;
	if (big_aggregate_collaboration(&rp->mean, rp->collab, NULL, 0, pool, n, &opts) < 0)
		return bs_library_error(rp->args->collaboration);
	return BS_OK;
}

int rp_collab_load(struct rp *rp)
{
	const char *path = rp->args->collaboration, *self = big_assessment_organisation_id(rp->a);
	size_t i, n;
	int status = BS_OK;

	if (big_collaboration_load_file(&rp->collab, rp->cat, path, &rp->lo) < 0)
		return bs_library_error(path);
	for (i = 0; i < big_collaboration_diagnostic_count(rp->collab); i++)
		bs_print_diagnostic(path, big_collaboration_diagnostic(rp->collab, i));
	n = big_collaboration_member_count(rp->collab);
	if ((rp->members = calloc(n + 2, sizeof(*rp->members))) == NULL)
		return bs_error(BS_INTERNAL, "out of memory");
	for (i = 0; status == BS_OK && i < n; i++)
		if (strcmp(big_collaboration_member_id(rp->collab, i), self) != 0)
			status = load_member(rp, big_collaboration_member_id(rp->collab, i));
	if (status == BS_OK)
		status = load_member(rp, big_collaboration_id(rp->collab));
	if (status == BS_OK && big_collaboration_has_member(rp->collab, self))
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
	big_report_free(rp->effective);
	big_aggregate_report_free(rp->weakest);
	big_aggregate_report_free(rp->mean);
	big_collaboration_free(rp->collab);
}

/* The name of member @p id, or its id. */
static const char *member_name(const struct rp *rp, const char *id)
{
	for (size_t i = 0; i <= rp->member_count; i++) {
		const big_assessment *a = i < rp->member_count ? rp->members[i] : rp->a;

		if (strcmp(big_assessment_organisation_id(a), id) == 0 &&
		    *big_assessment_organisation_name(a))
			return big_assessment_organisation_name(a);
	}
	return id;
}

static void collab_facts(struct rp *rp)
{
	const big_collaboration *c = rp->collab;
	size_t i, missing = rp->weakest ? big_aggregate_report_missing_count(rp->weakest) : 0;
	char label[160];

	fputs("<dl class=\"meta facts\">\n", rp->out);
	bs_html_element(rp->out, "dt", NULL, rp_t(rp, BS_M_MEMBERS));
	fputs("<dd>", rp->out);
	for (i = 0; i < big_collaboration_member_count(c); i++) {
		const char *id = big_collaboration_member_id(c, i);

		if (i > 0)
			fputs(", ", rp->out);
		bs_html_escape(rp->out, member_name(rp, id));
	}
	fputs("</dd>\n", rp->out);
	bs_html_element(rp->out, "dt", NULL, rp_t(rp, BS_M_MISSING));
	fputs("<dd>", rp->out);
	for (i = 0; i < missing; i++) {
		if (i > 0)
			fputs(", ", rp->out);
		bs_html_escape(rp->out, big_aggregate_report_missing(rp->weakest, i));
	}
	bs_html_escape(rp->out, missing || rp->weakest == NULL ? "" : rp_t(rp, BS_M_NONE));
	fputs("</dd>\n", rp->out);
	bs_html_element(rp->out, "dt", NULL, rp_t(rp, BS_M_POLICY));
	bs_html_element(
	    rp->out, "dd", NULL,
	    rp_t(rp, (enum bs_msg)(BS_M_POLICY_COLLABORATION + (int)big_collaboration_policy(c))));
	bs_html_element(rp->out, "dt", NULL, rp_t(rp, BS_M_DELEGATED));
	fputs("<dd>", rp->out);
	for (i = 0; i < big_collaboration_delegated_count(c); i++) {
		if (i > 0)
			fputs(", ", rp->out);
		bs_html_escape(rp->out, rp_node_label(label, sizeof(label),
						      big_collaboration_delegated(c, i)));
	}
	fputs("</dd>\n</dl>\n", rp->out);
	if (rp->effective == NULL)
		bs_html_element(rp->out, "p", "note", rp_t(rp, BS_M_NOT_A_MEMBER));
	if (missing > 0)
		bs_html_element(rp->out, "p", "note", rp_t(rp, BS_M_MISSING_NOTE));
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

static void collab_table(struct rp *rp, const char *const *series, const struct bs_bar_row *rows,
			 size_t n)
{
	const char *heads[] = {rp_theme_word(rp), series[0], series[1], series[2]};
	char buf[32];

	bs_html_table_begin(rp->out, NULL, NULL, heads, 4, 1);
	for (size_t i = 0; i < n; i++) {
		fputs(i + 1 < n ? "<tr>" : "<tr class=\"total\">", rp->out);
		bs_html_row_head(rp->out, rows[i].label);
		for (int k = 0; k < 3; k++)
			bs_html_cell(rp->out,
				     bs_l_percent(buf, sizeof(buf), rp->lang, rows[i].has[k],
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
	if (themes != NULL && rows != NULL && labels != NULL && rp->weakest != NULL) {
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
		collab_table(rp, series, rows, n + 1);
	}
	fputs("</section>\n", rp->out);
	free(labels);
	free(rows);
	free(themes);
}
