/*
 * bigscore report — the heading, the key figures, the scores per theme and
 * the footer, and the helpers every section uses.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bigscore.h"
#include "cmd-report.h"
#include "html.h"

const char *rp_t(const struct rp *rp, enum bs_msg msg)
{
	return bs_t(rp->lang, msg);
}

bool rp_ok(struct rp *rp, bool ok)
{
	rp->nomem |= !ok;
	return ok;
}

size_t rp_themes(struct rp *rp, const big_node ***out)
{
	size_t i, n = big_catalogue_root_count(rp->cat), count = 0;

	*out = calloc(n ? n : 1, sizeof(**out));
	rp_ok(rp, *out != NULL);
	for (i = 0; *out != NULL && i < n; i++) {
		const big_node *node = big_catalogue_root(rp->cat, i);
		const big_scores *s = big_report_node_scores(rp->r, node);

		if (s != NULL && s->applicable > 0)
			(*out)[count++] = node;
	}
	return count;
}

const char *rp_title(const struct rp *rp, const big_node *node)
{
	const big_texts *t = big_report_texts(rp->r);

	/* With --texts, the overlay's titles (in their language). */
	return t ? big_texts_title_lang(t, node, bs_lang_code(rp->lang))
		 : big_node_title_lang(node, bs_lang_code(rp->lang));
}

void rp_title_html(const struct rp *rp, const big_node *node)
{
	const bool isolate = big_report_texts(rp->r) != NULL;

	if (isolate)
		fputs("<bdi>", rp->out);
	bs_html_escape(rp->out, rp_title(rp, node));
	if (isolate)
		fputs("</bdi>", rp->out);
}

void rp_title_cell(const struct rp *rp, const big_node *node)
{
	fputs("<td>", rp->out);
	rp_title_html(rp, node);
	fputs("</td>", rp->out);
}

const char *rp_node_label(char *buf, size_t size, const struct rp *rp, const big_node *node)
{
	const char *title = rp_title(rp, node);

	snprintf(buf, size, "%s%s%s", big_node_id(node), *title ? " " : "", title);
	return buf;
}

const char *rp_row_label(char *buf, size_t size, const struct rp *rp, const big_node *node)
{
	if (node != NULL)
		return rp_node_label(buf, size, rp, node);
	snprintf(buf, size, "%s", rp_t(rp, BS_M_OVERALL));
	return buf;
}

const big_scores *rp_scores(const big_report *r, const big_node *node)
{
	return node ? big_report_node_scores(r, node) : big_report_overall(r);
}

const char *rp_theme_word(const struct rp *rp)
{
	const big_node *first =
	    big_catalogue_root_count(rp->cat) ? big_catalogue_root(rp->cat, 0) : NULL;

	return rp_t(rp, first && strcmp(big_node_kind(first), "chapter") == 0 ? BS_M_CHAPTER
									      : BS_M_THEME);
}

const char *rp_per_theme(char *buf, size_t size, const struct rp *rp, enum bs_msg base)
{
	const big_node *first =
	    big_catalogue_root_count(rp->cat) ? big_catalogue_root(rp->cat, 0) : NULL;
	bool chapter = first && strcmp(big_node_kind(first), "chapter") == 0;

	snprintf(buf, size, "%s %s", rp_t(rp, base),
		 rp_t(rp, chapter ? BS_M_PER_CHAPTER : BS_M_PER_THEME));
	return buf;
}

struct bs_chart rp_figure(struct rp *rp, const char *title, const char *desc)
{
	struct bs_chart c = {rp->out, rp->lang, ++rp->charts, title, desc};

	fputs("<figure>\n", rp->out);
	bs_html_element(rp->out, "figcaption", NULL, title);
	return c;
}

void rp_figure_end(struct rp *rp)
{
	fputs("</figure>\n", rp->out);
}

void rp_section(struct rp *rp, const char *id, const char *title, const char *note)
{
	fprintf(rp->out, "<section id=\"%s\" aria-labelledby=\"%s-h\">\n<h2 id=\"%s-h\">", id, id,
		id);
	bs_html_escape(rp->out, title);
	fputs("</h2>\n", rp->out);
	if (note != NULL)
		bs_html_element(rp->out, "p", "note", note);
}

static void meta(FILE *out, const char *term, const char *value)
{
	bs_html_element(out, "dt", NULL, term);
	bs_html_element(out, "dd", NULL, value);
}

/* "ID (title)" of the report's profile, or "all requirements". */
static const char *profile_text(char *buf, size_t size, const struct rp *rp)
{
	const big_profile *profile = big_report_profile(rp->r);
	const char *title;

	if (profile == NULL)
		return rp_t(rp, BS_M_ALL_REQUIREMENTS);
	title = big_profile_title_lang(profile, bs_lang_code(rp->lang));
	snprintf(buf, size, "%s%s%s%s", big_profile_id(profile), *title ? " (" : "", title,
		 *title ? ")" : "");
	return buf;
}

void rp_write_heading(struct rp *rp)
{
	const big_catalogue *cat = rp->cat;
	const char *name = big_assessment_organisation_name(rp->a);
	const char *id = big_assessment_organisation_id(rp->a);
	char buf[512];

	fputs("<header>\n", rp->out);
	bs_html_element(rp->out, "p", "kicker", rp_t(rp, BS_M_REPORT));
	bs_html_element(rp->out, "h1", NULL, *name ? name : id);
	if (*big_assessment_assessed_on(rp->a))
		snprintf(buf, sizeof(buf), "%s %s, %s %s \u00b7 %s %s",
			 rp_t(rp, BS_M_SELF_ASSESSMENT), big_assessment_period(rp->a),
			 rp_t(rp, BS_M_ASSESSED_ON), big_assessment_assessed_on(rp->a),
			 big_catalogue_id(cat), big_catalogue_version(cat));
	else
		snprintf(buf, sizeof(buf), "%s %s \u00b7 %s %s", rp_t(rp, BS_M_SELF_ASSESSMENT),
			 big_assessment_period(rp->a), big_catalogue_id(cat),
			 big_catalogue_version(cat));
	bs_html_element(rp->out, "p", "sub", buf);
	fputs("<dl class=\"meta\">\n", rp->out);
	snprintf(buf, sizeof(buf), "%s (%s)", *name ? name : id, id);
	meta(rp->out, rp_t(rp, BS_M_ORGANISATION), buf);
	snprintf(buf, sizeof(buf), "%s %s%s%s", big_catalogue_id(cat), big_catalogue_version(cat),
		 *big_catalogue_title(cat) ? " \u2014 " : "", big_catalogue_title(cat));
	meta(rp->out, rp_t(rp, BS_M_CATALOGUE), buf);
	meta(rp->out, rp_t(rp, BS_M_PROFILE), profile_text(buf, sizeof(buf), rp));
	meta(rp->out, rp_t(rp, BS_M_ROLLUP), bs_t_rollup(rp->lang, big_report_rollup(rp->r)));
	snprintf(buf, sizeof(buf), "%d", big_report_target(rp->r));
	meta(rp->out, rp_t(rp, BS_M_TARGET_LEVEL), buf);
	if (rp->args->date != NULL)
		meta(rp->out, rp_t(rp, BS_M_REPORT_DATE), rp->args->date);
	fputs("</dl>\n</header>\n", rp->out);
}

void rp_write_contents(struct rp *rp)
{
	const struct {
		const char *id;
		enum bs_msg title;
		bool shown;
	} sections[] = {
	    {"summary", BS_M_SEC_SUMMARY, true},
	    {"key", BS_M_KEY_FIGURES, true},
	    {"scores", BS_M_SEC_SCORES, true},
	    {"trend", BS_M_SEC_TREND, rp->cmp != NULL},
	    {"peers", BS_M_SEC_PEERS, rp->dist != NULL},
	    {"collaboration", BS_M_SEC_COLLAB, rp->collab != NULL},
	    {"comply", BS_M_SEC_COMPLY, true},
	    {"gaps", BS_M_GAPS, true},
	    {"plan", BS_M_SEC_PLAN, true},
	    {"method", BS_M_METHOD, true},
	};
	bool first = true;

	fprintf(rp->out, "<nav aria-label=\"%s\">\n<p>", rp_t(rp, BS_M_CONTENTS));
	for (size_t i = 0; i < sizeof(sections) / sizeof(sections[0]); i++) {
		if (!sections[i].shown)
			continue;
		fprintf(rp->out, "%s<a href=\"#%s\">", first ? "" : " \u00b7 ", sections[i].id);
		bs_html_escape(rp->out, rp_t(rp, sections[i].title));
		fputs("</a>", rp->out);
		first = false;
	}
	fputs("</p>\n</nav>\n<main>\n", rp->out);
}

static void card(FILE *out, const char *label, const char *value, const char *detail)
{
	fputs("<div class=\"card\">\n", out);
	bs_html_element(out, "p", "label", label);
	bs_html_element(out, "p", "value", value);
	if (detail != NULL && *detail)
		bs_html_element(out, "p", "detail", detail);
	fputs("</div>\n", out);
}

void rp_write_key_figures(struct rp *rp)
{
	const big_scores *s = big_report_overall(rp->r);
	size_t i, gaps = big_report_gap_count(rp->r), mandatory = 0;
	char value[64], detail[256], a[32];

	rp_section(rp, "key", rp_t(rp, BS_M_KEY_FIGURES), NULL);
	fputs("<div class=\"cards\">\n", rp->out);
	detail[0] = '\0';
	if (rp->cmp != NULL) {
		const big_delta *d = big_comparison_overall(rp->cmp);

		snprintf(detail, sizeof(detail), "%s %s %s %s",
			 bs_l_points(a, sizeof(a), rp->lang, d->has_implementation,
				     d->implementation, 1),
			 rp_t(rp, BS_M_POINTS), rp_t(rp, BS_M_SINCE), rp->previous_period);
	}
	card(rp->out, rp_t(rp, BS_M_IMPLEMENTATION),
	     bs_l_percent(value, sizeof(value), rp->lang, s->has_implementation, s->implementation),
	     detail);
	snprintf(detail, sizeof(detail), "%u %s %u %s",
		 s->applicable - s->counts[BIG_STATUS_NOT_ASSESSED], rp_t(rp, BS_M_OF),
		 s->applicable,
		 bs_t_count(rp->lang, s->applicable, BS_M_REQUIREMENT_ASSESSED,
			    BS_M_REQUIREMENTS_ASSESSED));
	card(rp->out, rp_t(rp, BS_M_COMPLY),
	     bs_l_percent(value, sizeof(value), rp->lang, s->has_coverage, s->comply_or_explain),
	     NULL);
	card(rp->out, rp_t(rp, BS_M_COVERAGE),
	     bs_l_percent(value, sizeof(value), rp->lang, s->has_coverage, s->coverage), detail);
	if (s->has_maturity) {
		bs_l_fixed(value, sizeof(value), rp->lang, s->maturity_mean, 1);
		snprintf(detail, sizeof(detail), "%s \u00b7 %s %d \u00b7 %s %d",
			 rp_t(rp, BS_M_MATURITY_MEAN), rp_t(rp, BS_M_GOAL),
			 big_report_target(rp->r), rp_t(rp, BS_M_ATTAINED), s->attained_level);
	} else {
		snprintf(value, sizeof(value), "%s", BS_NO_SCORE);
		snprintf(detail, sizeof(detail), "%s %d", rp_t(rp, BS_M_GOAL),
			 big_report_target(rp->r));
	}
	card(rp->out, rp_t(rp, BS_M_MATURITY), value, detail);
	if (s->has_demonstration) { /* the assessment records opzet, bestaan, werking */
		char b[32], w[32];
		snprintf(value, sizeof(value), "%s \u00b7 %s \u00b7 %s",
			 bs_l_percent(a, sizeof(a), rp->lang, true, s->opzet),
			 bs_l_percent(b, sizeof(b), rp->lang, true, s->bestaan),
			 bs_l_percent(w, sizeof(w), rp->lang, true, s->werking));
		snprintf(detail, sizeof(detail), "%s \u00b7 %s \u00b7 %s", rp_t(rp, BS_M_OPZET),
			 rp_t(rp, BS_M_BESTAAN), rp_t(rp, BS_M_WERKING));
		card(rp->out, rp_t(rp, BS_M_DEMONSTRATED), value, detail);
	}
	for (i = 0; i < gaps; i++)
		mandatory += big_node_is_mandatory(big_report_gap(rp->r, i)->node);
	snprintf(value, sizeof(value), "%zu", gaps);
	snprintf(detail, sizeof(detail), "%s %zu", rp_t(rp, BS_M_MANDATORY_FIRST), mandatory);
	card(rp->out, rp_t(rp, BS_M_GAPS), value, detail);
	snprintf(value, sizeof(value), "%zu", big_report_exception_count(rp->r));
	snprintf(detail, sizeof(detail), "%zu %s", rp_exceptions_flagged(rp),
		 rp_t(rp, BS_M_EXPIRED_COUNT));
	card(rp->out, rp_t(rp, BS_M_EXCEPTIONS), value, detail);
	fputs("</div>\n", rp->out);
	bs_html_element(rp->out, "p", "note", rp_t(rp, BS_M_KEY_NOTE));
	fputs("</section>\n", rp->out);
}

/* The rows of the two bar charts: the themes, then the total. */
static void score_rows(struct rp *rp, const big_node **themes, size_t n, struct bs_bar_row *impl,
		       struct bs_bar_row *mat, char (*labels)[160])
{
	for (size_t i = 0; i <= n; i++) {
		const big_scores *s = rp_scores(rp->r, i < n ? themes[i] : NULL);

		rp_row_label(labels[i], sizeof(labels[i]), rp, i < n ? themes[i] : NULL);
		impl[i] =
		    (struct bs_bar_row){labels[i], {s->has_implementation}, {s->implementation}};
		mat[i] = (struct bs_bar_row){labels[i], {s->has_maturity}, {s->maturity_mean}};
	}
}

/* The cells of opzet, bestaan and werking, when the assessment records them. */
static void demonstration_cells(struct rp *rp, const big_scores *s)
{
	const double shares[] = {s->opzet, s->bestaan, s->werking};
	char buf[32];
	for (size_t k = 0; k < sizeof(shares) / sizeof(shares[0]); k++)
		bs_html_cell(
		    rp->out,
		    bs_l_percent(buf, sizeof(buf), rp->lang, s->has_demonstration, shares[k]),
		    true);
}

static void scores_table(struct rp *rp, const big_node **themes, size_t n)
{
	const char *heads[] = {rp_theme_word(rp),
			       rp_t(rp, BS_M_IMPLEMENTATION),
			       rp_t(rp, BS_M_COMPLY),
			       rp_t(rp, BS_M_COVERAGE),
			       rp_t(rp, BS_M_MATURITY_MEAN_HEAD),
			       rp_t(rp, BS_M_ATTAINED_HEAD),
			       rp_t(rp, BS_M_APPLICABLE),
			       rp_t(rp, BS_M_OPZET),
			       rp_t(rp, BS_M_BESTAAN),
			       rp_t(rp, BS_M_WERKING)};
	/* The columns of opzet, bestaan and werking only for an assessment
	 * that records them. */
	const bool demo = big_report_overall(rp->r)->has_demonstration;
	char label[160], buf[32];

	bs_html_table_begin(rp->out, NULL, NULL, heads, demo ? 10 : 7, 1);
	for (size_t i = 0; i <= n; i++) {
		const big_scores *s = rp_scores(rp->r, i < n ? themes[i] : NULL);

		fputs(i < n ? "<tr>" : "<tr class=\"total\">", rp->out);
		bs_html_row_head(rp->out,
				 rp_row_label(label, sizeof(label), rp, i < n ? themes[i] : NULL));
		bs_html_cell(rp->out,
			     bs_l_percent(buf, sizeof(buf), rp->lang, s->has_implementation,
					  s->implementation),
			     true);
		bs_html_cell(
		    rp->out,
		    bs_l_percent(buf, sizeof(buf), rp->lang, s->has_coverage, s->comply_or_explain),
		    true);
		bs_html_cell(rp->out,
			     bs_l_percent(buf, sizeof(buf), rp->lang, s->has_coverage, s->coverage),
			     true);
		bs_html_cell(rp->out,
			     s->has_maturity
				 ? bs_l_fixed(buf, sizeof(buf), rp->lang, s->maturity_mean, 1)
				 : BS_NO_SCORE,
			     true);
		snprintf(buf, sizeof(buf), "%d", s->attained_level);
		bs_html_cell(rp->out, s->has_maturity ? buf : BS_NO_SCORE, true);
		snprintf(buf, sizeof(buf), "%u", s->applicable);
		bs_html_cell(rp->out, buf, true);
		if (demo)
			demonstration_cells(rp, s);
		fputs("</tr>\n", rp->out);
	}
	bs_html_table_end(rp->out);
}

void rp_write_scores(struct rp *rp)
{
	const big_node **themes = NULL;
	size_t n = rp_themes(rp, &themes);
	struct bs_bar_row *impl = calloc(n + 1, sizeof(*impl)), *mat = calloc(n + 1, sizeof(*mat));
	char(*labels)[160] = calloc(n + 1, sizeof(*labels));
	char title[256], target[64];
	struct bs_chart c;

	rp_section(rp, "scores", rp_per_theme(title, sizeof(title), rp, BS_M_SEC_SCORES),
		   rp_t(rp, BS_M_SCORES_NOTE));
	if (!rp_ok(rp, themes != NULL && impl != NULL && mat != NULL && labels != NULL))
		goto out;
	score_rows(rp, themes, n, impl, mat, labels);
	snprintf(target, sizeof(target), "%s %d%%", rp_t(rp, BS_M_GOAL),
		 (int)(rp->goal * 100 + 0.5));
	c = rp_figure(rp, rp_per_theme(title, sizeof(title), rp, BS_M_CHART_IMPL),
		      rp_t(rp, BS_M_CHART_IMPL_DESC));
	bs_svg_bars(&c,
		    &(struct bs_bar_spec){.series_count = 1,
					  .max = 1,
					  .percent = true,
					  .has_target = rp->has_goal,
					  .target = rp->goal,
					  .target_label = target},
		    impl, n + 1);
	rp_figure_end(rp);
	if (!big_report_overall(rp->r)->has_maturity) { /* nothing to draw */
		bs_html_element(rp->out, "p", "note", rp_t(rp, BS_M_NO_MATURITY));
		goto table;
	}
	snprintf(target, sizeof(target), "%s %d", rp_t(rp, BS_M_TARGET_LEVEL),
		 big_report_target(rp->r));
	c = rp_figure(rp, rp_per_theme(title, sizeof(title), rp, BS_M_CHART_MAT),
		      rp_t(rp, BS_M_CHART_MAT_DESC));
	bs_svg_bars(&c,
		    &(struct bs_bar_spec){.series_count = 1,
					  .max = big_catalogue_max_level(rp->cat),
					  .has_target = true,
					  .target = big_report_target(rp->r),
					  .target_label = target},
		    mat, n + 1);
	rp_figure_end(rp);
table:
	scores_table(rp, themes, n);
	if (big_report_overall(rp->r)->has_maturity)
		rp_write_maturity_spread(rp, themes, n);
out:
	fputs("</section>\n", rp->out);
	free(labels);
	free(mat);
	free(impl);
	free(themes);
}

/* "period P, assessed on D" (without D when it is ""). */
static const char *period_line(char *buf, size_t size, const struct rp *rp, const char *period,
			       const char *on)
{
	snprintf(buf, size, "%s %s%s%s%s%s", rp_t(rp, BS_M_PERIOD), period, *on ? ", " : "",
		 *on ? rp_t(rp, BS_M_ASSESSED_ON) : "", *on ? " " : "", on);
	return buf;
}

/* Which catalogue, profile, roll-up, target, data and software produced
 * every figure, and where the formulas are. The data are named by their
 * content (organisation, period, dates), not by file path, so that the
 * same data give the same report wherever the files are. */
static void method_facts(struct rp *rp)
{
	const char *fingerprint = NULL, *name, *id;
	char buf[1024], line[256];

	fputs("<dl class=\"facts\">\n", rp->out);
	rp_ok(rp, big_catalogue_fingerprint(&fingerprint, rp->cat) == 0);
	snprintf(buf, sizeof(buf), "%s %s%s%s, %s %s", big_catalogue_id(rp->cat),
		 big_catalogue_version(rp->cat), *big_catalogue_title(rp->cat) ? " \u2014 " : "",
		 big_catalogue_title(rp->cat), rp_t(rp, BS_M_FINGERPRINT_WORD),
		 fingerprint ? fingerprint : BS_NO_SCORE);
	meta(rp->out, rp_t(rp, BS_M_CATALOGUE), buf);
	meta(rp->out, rp_t(rp, BS_M_PROFILE), profile_text(line, sizeof(line), rp));
	meta(rp->out, rp_t(rp, BS_M_ROLLUP), bs_t_rollup(rp->lang, big_report_rollup(rp->r)));
	snprintf(buf, sizeof(buf), "%d", big_report_target(rp->r));
	meta(rp->out, rp_t(rp, BS_M_TARGET_LEVEL), buf);
	name = big_assessment_organisation_name(rp->a);
	id = big_assessment_organisation_id(rp->a);
	snprintf(buf, sizeof(buf), "%s (%s), %s", *name ? name : id, id,
		 period_line(line, sizeof(line), rp, big_assessment_period(rp->a),
			     big_assessment_assessed_on(rp->a)));
	meta(rp->out, rp_t(rp, BS_M_METHOD_DATA), buf);
	if (rp->cmp != NULL)
		meta(rp->out, rp_t(rp, BS_M_BEFORE),
		     period_line(buf, sizeof(buf), rp, rp->previous_period,
				 rp->previous_assessed_on));
	if (rp->dist != NULL)
		meta(rp->out, rp_t(rp, BS_M_COMPARED), rp_peers_compared(buf, sizeof(buf), rp));
	if (rp->collab != NULL) {
		name = big_collaboration_name(rp->collab);
		snprintf(buf, sizeof(buf), "%s (%s)",
			 *name ? name : big_collaboration_id(rp->collab),
			 big_collaboration_id(rp->collab));
		meta(rp->out, rp_t(rp, BS_M_SEC_COLLAB), buf);
		if (rp->effective != NULL)
			meta(rp->out, rp_t(rp, BS_M_FIGURES), rp_t(rp, BS_M_FIGURES_EFFECTIVE));
	}
	snprintf(buf, sizeof(buf), "libbig %s, bigscore %s", big_version(NULL, NULL, NULL),
		 BIG_VERSION_STRING);
	meta(rp->out, rp_t(rp, BS_M_METHOD_VERSION), buf);
	meta(rp->out, rp_t(rp, BS_M_METHOD_FORMULAS), rp_t(rp, BS_M_METHOD_FORMULAS_TEXT));
	fputs("</dl>\n", rp->out);
}

void rp_write_footer(struct rp *rp)
{
	size_t diags = big_report_diagnostic_count(rp->r) + big_catalogue_diagnostic_count(rp->cat);
	char buf[256];

	rp_section(rp, "method", rp_t(rp, BS_M_METHOD), rp_t(rp, BS_M_METHOD_NOTE));
	method_facts(rp);
	if (diags > 0) {
		snprintf(buf, sizeof(buf), "%s: %zu", rp_t(rp, BS_M_DIAGNOSTICS), diags);
		bs_html_element(rp->out, "p", "note", buf);
	}
	fputs("</section>\n</main>\n<footer>\n", rp->out);
	snprintf(buf, sizeof(buf), "%s bigscore %s (libbig %s)", rp_t(rp, BS_M_MADE_WITH),
		 BIG_VERSION_STRING, big_version(NULL, NULL, NULL));
	bs_html_element(rp->out, "p", NULL, buf);
	/* Which content the report was scored against: the id and version of
	 * two different catalogues can be the same (docs/formats.md). */
	const char *label = rp_t(rp, BS_M_FINGERPRINT), *id = big_catalogue_id(rp->cat);
	const char *version = big_catalogue_version(rp->cat);
	const char *fingerprint; /* computed by big_score() already */

	if (rp_ok(rp, big_catalogue_fingerprint(&fingerprint, rp->cat) == 0)) {
		size_t size =
		    strlen(label) + strlen(id) + strlen(version) + strlen(fingerprint) + 8;
		char *line = malloc(size);

		if (rp_ok(rp, line != NULL)) {
			snprintf(line, size, "%s %s %s: %s", label, id, version, fingerprint);
			bs_html_element(rp->out, "p", "fingerprint", line);
			free(line);
		}
	}
	fputs("</footer>\n", rp->out);
}
