/*
 * bigscore report — the trend of the collaboration (--collaboration with
 * --previous): the collaboration aggregated for the previous period too, as
 * the weakest link and as the mean, and the trend from there
 * (include/big/trend.h), in the collaboration's part of the report.
 *
 * The members' assessments of the previous period are read as DIR/ID.json,
 * DIR the directory of the --previous file (the layout
 * assessments/PERIOD/ID.json), those of the previous period only; the
 * nested collaborations are those of --collaborations.
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

/* The requirements listed, and the members named with each. */
#define LARGEST_CHANGES 5
#define MEMBERS_NAMED   3

/* The words of this part, in English and Dutch (the report's language). */
enum cw {
	CW_TITLE,
	CW_NOTE,
	CW_MEASURE,
	CW_CHANGE,
	CW_STAYERS,
	CW_JOINERS,
	CW_LEAVERS,
	CW_WEAKEST,
	CW_MEAN,
	CW_MEMBER,
	CW_REQ_CHANGED,
	CW_JOINED,
	CW_LEFT,
	CW_MOVED,
	CW_NONE_MOVED,
	CW_REQUIREMENT,
	CW_CONTRIBUTION,
	CW_WHO,
	CW_UNREAD,
	CW_MISSING,
	CW_FLAT_NOTE,
	CW_COUNT
};

static const char *const words[2][CW_COUNT] = {
    {
	[CW_TITLE] = "Trend of the collaboration since",
	[CW_NOTE] = "The collaboration aggregated for both periods from the members' "
		    "assessments of each. The change splits into that of the members of both "
		    "periods and the effects of the members who joined or left: the aggregate "
		    "over the members of both periods against the actual one.",
	[CW_MEASURE] = "Measure",
	[CW_CHANGE] = "Change",
	[CW_STAYERS] = "Members of both periods",
	[CW_JOINERS] = "Joined",
	[CW_LEAVERS] = "Left",
	[CW_WEAKEST] = "Weakest link",
	[CW_MEAN] = "Mean of the members",
	[CW_MEMBER] = "Member",
	[CW_REQ_CHANGED] = "Requirements changed",
	[CW_JOINED] = "joined",
	[CW_LEFT] = "left",
	[CW_MOVED] = "Requirements that moved the weakest link most",
	[CW_NONE_MOVED] = "No requirement changed.",
	[CW_REQUIREMENT] = "Requirement",
	[CW_CONTRIBUTION] = "Contribution",
	[CW_WHO] = "Members whose own value changed",
	[CW_UNREAD] = "No assessment of %s found or read for: %s. They count as members "
		      "without an assessment in that period.",
	[CW_MISSING] = "no assessment",
	[CW_FLAT_NOTE] = "The contributions are to the flat overall implementation (each "
			 "requirement counted once), in percentage points; the members' "
			 "figures are the changes of their own values.",
    },
    {
	[CW_TITLE] = "Ontwikkeling van het samenwerkingsverband sinds",
	[CW_NOTE] = "Het samenwerkingsverband berekend voor beide perioden uit de "
		    "beoordelingen van de leden in elk ervan. De verandering valt uiteen in die "
		    "van de leden van beide perioden en het effect van de leden die toetraden of "
		    "vertrokken: het resultaat over de leden van beide perioden tegenover het "
		    "werkelijke.",
	[CW_MEASURE] = "Maat",
	[CW_CHANGE] = "Verandering",
	[CW_STAYERS] = "Leden van beide perioden",
	[CW_JOINERS] = "Toegetreden",
	[CW_LEAVERS] = "Vertrokken",
	[CW_WEAKEST] = "Zwakste schakel",
	[CW_MEAN] = "Gemiddelde van de leden",
	[CW_MEMBER] = "Lid",
	[CW_REQ_CHANGED] = "Eisen gewijzigd",
	[CW_JOINED] = "toegetreden",
	[CW_LEFT] = "vertrokken",
	[CW_MOVED] = "Eisen die de zwakste schakel het meest bewogen",
	[CW_NONE_MOVED] = "Geen eis veranderde.",
	[CW_REQUIREMENT] = "Eis",
	[CW_CONTRIBUTION] = "Bijdrage",
	[CW_WHO] = "Leden van wie de eigen waarde veranderde",
	[CW_UNREAD] = "Geen beoordeling van %s gevonden of gelezen voor: %s. Zij tellen als "
		      "leden zonder beoordeling in die periode.",
	[CW_MISSING] = "geen beoordeling",
	[CW_FLAT_NOTE] = "De bijdragen zijn aan de vlakke totale implementatie (elke eis "
			 "eenmaal geteld), in procentpunten; de cijfers van de leden zijn de "
			 "veranderingen van hun eigen waarde.",
    },
};

static const char *cw(const struct rp *rp, enum cw w)
{
	return words[strcmp(bs_lang_code(rp->lang), "nl") == 0][w];
}

/* The previous period's assessments read, the organisation's own first. */
struct prev_pool {
	big_assessment **items;
	size_t count;
	const char *period;
};

static bool pooled(const struct prev_pool *p, const char *id)
{
	for (size_t i = 0; i < p->count; i++)
		if (strcmp(big_assessment_organisation_id(p->items[i]), id) == 0)
			return true;
	return false;
}

/* Notes @p id among the members whose previous assessment was not read. */
static int unread(struct rp *rp, const char *id)
{
	size_t had = rp->collab_trend_unread ? strlen(rp->collab_trend_unread) : 0;
	char *s = realloc(rp->collab_trend_unread, had + strlen(id) + 3);

	if (s == NULL)
		return bs_error(BS_INTERNAL, "out of memory");
	snprintf(s + had, strlen(id) + 3, "%s%s", had ? ", " : "", id);
	rp->collab_trend_unread = s;
	return BS_OK;
}

/* Reads DIR/ID.json (DIR that of --previous) when it is not read yet and is
 * of the previous period. One that is not there, cannot be read or is of
 * another period is a warning: the member counts as missing (not assessed)
 * in the previous period, and the trend part says so. */
static int load_prev(struct rp *rp, struct prev_pool *p, const char *id)
{
	const char *prev = rp->args->previous, *slash = strrchr(prev, '/');
	int dlen = slash ? (int)(slash - prev) : 1;
	size_t len = (size_t)dlen + strlen(id) + 7;
	char *path = malloc(len);
	big_assessment *a = NULL;
	struct stat st;
	int status = BS_OK;

	if (pooled(p, id))
		return (free(path), BS_OK);
	if (path == NULL)
		return bs_error(BS_INTERNAL, "out of memory");
	snprintf(path, len, "%.*s/%s.json", dlen, slash ? prev : ".", id);
	if (stat(path, &st) != 0 || !S_ISREG(st.st_mode))
		bs_fprintf(stderr, "warning: %s: not found: %s counted as not assessed in %s\n",
			   path, id, p->period);
	else if ((status = bs_load_assessment(&a, rp->cs, path, &rp->lo, 1)) != BS_OK)
		bs_fprintf(stderr, "warning: %s: not read: %s counted as not assessed in %s\n",
			   path, id, p->period);
	if (a && strcmp(big_assessment_period(a), p->period) != 0) {
		bs_fprintf(stderr, "warning: %s: $.period: period %s, not %s as %s: left out\n",
			   path, big_assessment_period(a), p->period, prev);
		big_assessment_free(a);
		a = NULL;
	}
	free(path);
	if (status == BS_INTERNAL)
		return status;
	if (a == NULL)
		return unread(rp, id);
	p->items[p->count++] = a;
	return BS_OK;
}

/* The organisation's previous assessment, then every reached collaboration's
 * own and its organisation members'. */
static int load_pool(struct rp *rp, struct prev_pool *p)
{
	int status = bs_load_assessment(&p->items[0], rp->cs, rp->args->previous, &rp->lo, 0);

	if (status != BS_OK)
		return status;
	p->count = 1;
	p->period = big_assessment_period(p->items[0]);
	for (size_t k = 0; status == BS_OK && k < rp->reached_count; k++) {
		const big_collaboration *c = rp->reached[k];
		status = load_prev(rp, p, big_collaboration_id(c));
		for (size_t i = 0; status == BS_OK && i < big_collaboration_member_count(c); i++) {
			const char *id = big_collaboration_member_id(c, i);
			if (bs_collabs_find(&rp->collabs, id, NULL) == NULL)
				status = load_prev(rp, p, id);
		}
	}
	return status;
}

/* The collaboration of the previous period by @p method, and the trend to
 * @p now, into *@p out. */
static int trend_of(struct rp *rp, const struct prev_pool *p, big_aggregate_method method,
		    const big_aggregate_report *now, big_trend **out)
{
	big_aggregate_options opts = BIG_AGGREGATE_OPTIONS_INIT;
	big_aggregate_report *before = NULL;
	int status = BS_OK;

	opts.method = method;
	opts.rollup = rp->so.rollup;
	opts.target = rp->so.target;
	opts.profile = rp->so.profile;
	opts.period = p->period;
	if (big_aggregate_collaboration(
		&before, rp->collab, (const big_collaboration *const *)rp->collabs.items,
		rp->collabs.count, (const big_assessment *const *)p->items, p->count, &opts) < 0 ||
	    big_trend_new(out, before, now) < 0) {
		/* a warning: the report is written without the trend part */
		const big_error *e = big_error_last();
		if ((status = bs_exit_code(e->code)) == BS_INTERNAL)
			return (big_aggregate_report_free(before), bs_library_error(NULL));
		bs_fprintf(stderr, "warning: %s: %s: the trend since %s is left out\n",
			   rp->args->collaboration, e->message, p->period);
		status = BS_OK;
	}
	big_aggregate_report_free(before); /* the trend holds its own reference */
	return status;
}

int rp_collab_trend_load(struct rp *rp)
{
	size_t n = 2;
	struct prev_pool p = {0};
	int status;

	for (size_t k = 0; k < rp->reached_count; k++)
		n += big_collaboration_member_count(rp->reached[k]) + 1;
	if ((p.items = calloc(n, sizeof(*p.items))) == NULL)
		return bs_error(BS_INTERNAL, "out of memory");
	status = load_pool(rp, &p);
	if (status == BS_OK)
		status = trend_of(rp, &p, BIG_AGGREGATE_WEAKEST, rp->weakest, &rp->collab_trend[0]);
	if (status == BS_OK)
		status = trend_of(rp, &p, BIG_AGGREGATE_MEAN, rp->mean, &rp->collab_trend[1]);
	for (size_t i = 0; i < p.count; i++)
		big_assessment_free(p.items[i]);
	free(p.items);
	return status;
}

void rp_collab_trend_free(struct rp *rp)
{
	big_trend_free(rp->collab_trend[0]);
	big_trend_free(rp->collab_trend[1]);
	free(rp->collab_trend_unread);
}

static void percent_cell(struct rp *rp, bool has, double v)
{
	char buf[32];
	bs_html_cell(rp->out, bs_l_percent(buf, sizeof(buf), rp->lang, has, v), true);
}

static void points_cell(struct rp *rp, bool has, double v, int decimals)
{
	char buf[48], num[32];

	bs_l_points(num, sizeof(num), rp->lang, has, v, decimals);
	snprintf(buf, sizeof(buf), "%s %s", num, rp_t(rp, BS_M_POINTS));
	bs_html_cell(rp->out, has ? buf : BS_NO_SCORE, true);
}

/* Weakest link and mean: before, after, change, and its split. */
static void figures_table(struct rp *rp)
{
	const char *period = big_assessment_period(rp->a);
	const char *heads[] = {cw(rp, CW_MEASURE), rp->previous_period, period,
			       cw(rp, CW_CHANGE),  cw(rp, CW_STAYERS),  cw(rp, CW_JOINERS),
			       cw(rp, CW_LEAVERS)};

	bs_html_table_begin(rp->out, NULL, NULL, heads, 7, 1);
	for (int k = 0; k < 2; k++) {
		const big_trend *t = rp->collab_trend[k];
		const big_aggregate_scores *b = big_aggregate_report_overall(big_trend_before(t));
		const big_aggregate_scores *a = big_aggregate_report_overall(big_trend_after(t));
		const big_delta *d = big_trend_overall(t);
		const big_trend_effects *e = big_trend_effects_overall(t);

		fputs("<tr>", rp->out);
		bs_html_row_head(rp->out, cw(rp, k ? CW_MEAN : CW_WEAKEST));
		percent_cell(rp, b->has_implementation, b->implementation);
		percent_cell(rp, a->has_implementation, a->implementation);
		points_cell(rp, d->has_implementation, d->implementation, 1);
		points_cell(rp, e->has_effects, e->stayers, 1);
		points_cell(rp, e->has_effects, e->joiners, 1);
		points_cell(rp, e->has_effects, e->leavers, 1);
		fputs("</tr>\n", rp->out);
	}
	bs_html_table_end(rp->out);
}

/* Every member's own overall implementation on both sides. */
static void members_table(struct rp *rp)
{
	const big_trend *t = rp->collab_trend[1];
	const char *heads[] = {cw(rp, CW_MEMBER), rp->previous_period, big_assessment_period(rp->a),
			       cw(rp, CW_CHANGE), cw(rp, CW_REQ_CHANGED)};
	char buf[192];

	bs_html_table_begin(rp->out, NULL, NULL, heads, 5, 1);
	for (size_t i = 0; i < big_trend_member_count(t); i++) {
		const big_member_trend *m = big_trend_member(t, i);

		fputs("<tr>", rp->out);
		bs_html_row_head(rp->out, m->id);
		percent_cell(rp, m->has_before, m->before);
		percent_cell(rp, m->has_after, m->after);
		points_cell(rp, m->has_before && m->has_after, m->change, 1);
		if (m->missing_before || m->missing_after)
			snprintf(buf, sizeof(buf), "%s (%s%s%s)", cw(rp, CW_MISSING),
				 m->missing_before ? rp->previous_period : "",
				 m->missing_before && m->missing_after ? ", " : "",
				 m->missing_after ? big_assessment_period(rp->a) : "");
		else if (m->in_before && m->in_after)
			snprintf(buf, sizeof(buf), "%zu", m->requirements_changed);
		else
			snprintf(buf, sizeof(buf), "%s", cw(rp, m->in_after ? CW_JOINED : CW_LEFT));
		bs_html_cell(rp->out, buf, true);
		fputs("</tr>\n", rp->out);
	}
	bs_html_table_end(rp->out);
}

/* "GM9901 +50.0, GM9902 +50.0 (+1)" into @p buf. */
static const char *who(char *buf, size_t size, const struct rp *rp, const big_requirement_trend *x)
{
	size_t len = 0;
	char num[32];

	buf[0] = '\0';
	for (size_t j = 0; j < x->change_count && j < MEMBERS_NAMED && len < size; j++) {
		const big_member_change *c = big_trend_contribution_change(x, j);
		bool both = c->scorable_before && c->scorable_after;
		int k = snprintf(buf + len, size - len, "%s%s %s", j ? ", " : "", c->member,
				 bs_l_points(num, sizeof(num), rp->lang, both, c->change, 1));
		len += k > 0 ? (size_t)k : 0;
	}
	if (x->change_count > MEMBERS_NAMED && len < size)
		snprintf(buf + len, size - len, " (+%zu)", x->change_count - MEMBERS_NAMED);
	rp_cut_to_character(buf); /* long ids: cut at a character */
	return buf;
}

/* The requirements that moved the weakest link most, with who moved them. */
static void moved_table(struct rp *rp)
{
	const big_trend *t = rp->collab_trend[0];
	const char *heads[] = {cw(rp, CW_REQUIREMENT),  rp_t(rp, BS_M_TITLE),
			       rp->previous_period,     big_assessment_period(rp->a),
			       cw(rp, CW_CONTRIBUTION), cw(rp, CW_WHO)};
	size_t n = big_trend_contribution_count(t);
	char buf[256];

	bs_html_element(rp->out, "h4", NULL, cw(rp, CW_MOVED));
	if (n == 0) {
		bs_html_element(rp->out, "p", NULL, cw(rp, CW_NONE_MOVED));
		return;
	}
	bs_html_table_begin(rp->out, NULL, NULL, heads, 6, 2);
	for (size_t i = 0; i < n && i < LARGEST_CHANGES; i++) {
		const big_requirement_trend *x = big_trend_contribution(t, i);

		fputs("<tr>", rp->out);
		bs_html_row_head(rp->out, big_node_id(x->node));
		rp_title_cell(rp, x->node);
		percent_cell(rp, x->scorable_before, x->before);
		percent_cell(rp, x->scorable_after, x->after);
		points_cell(rp, true, x->contribution, 2);
		bs_html_cell(rp->out, who(buf, sizeof(buf), rp, x), false);
		fputs("</tr>\n", rp->out);
	}
	bs_html_table_end(rp->out);
	bs_html_element(rp->out, "p", "note", cw(rp, CW_FLAT_NOTE));
}

void rp_write_collab_trend(struct rp *rp)
{
	char title[160];

	if (rp->collab_trend[0] == NULL || rp->collab_trend[1] == NULL)
		return;
	snprintf(title, sizeof(title), "%s %s", cw(rp, CW_TITLE), rp->previous_period);
	fputs("<div id=\"collaboration-trend\">\n", rp->out);
	bs_html_element(rp->out, "h3", NULL, title);
	bs_html_element(rp->out, "p", "note", cw(rp, CW_NOTE));
	if (rp->collab_trend_unread) {
		size_t len = strlen(cw(rp, CW_UNREAD)) + strlen(rp->previous_period) +
			     strlen(rp->collab_trend_unread);
		char *s = malloc(len);
		if (s == NULL) {
			rp->nomem = true;
			return;
		}
		snprintf(s, len, cw(rp, CW_UNREAD), rp->previous_period, rp->collab_trend_unread);
		bs_html_element(rp->out, "p", "note", s);
		free(s);
	}
	figures_table(rp);
	members_table(rp);
	moved_table(rp);
	fputs("</div>\n", rp->out);
}
