/*
 * bigscore report — writes one self-contained HTML file for the college and
 * the raad: key figures, scores and maturity per theme, the trend against
 * the previous period, the organisation against its peers and its
 * collaboration, comply or explain with the exceptions register, and the
 * top gaps. This file parses the options, loads the documents and writes
 * the page; the sections are written by report-*.c (see cmd-report.h).
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bigscore.h"
#include "cmd-report.h"
#include "html.h"

static void print_help(void)
{
	printf("Usage: bigscore report [OPTION]... ASSESSMENT.json [-o REPORT.html]\n"
	       "\n"
	       "Writes a self-contained HTML report of one assessment for the college and\n"
	       "the raad (no network, no scripts; SVG charts with tables beside them;\n"
	       "prints on A4): key figures, implementation and maturity per theme, comply\n"
	       "or explain with the exceptions register, the top gaps, and when asked\n"
	       "for, the trend against the previous period, the distribution over peers\n"
	       "and the collaboration.\n"
	       "\n"
	       "Options:\n"
	       "  -o, --output FILE  write the report to FILE (default: standard output)\n"
	       "  --lang nl|en       language of the labels and the node titles (default:\n"
	       "                     nl; a catalogue without titles in that language\n"
	       "                     keeps its own)\n"
	       "  --previous FILE    the assessment of the previous period: the trend\n"
	       "                     (with --collaboration, the collaboration's too,\n"
	       "                     its members read beside FILE)\n"
	       "  --peers DIR|FILE   assessments of other organisations (a directory\n"
	       "                     stands for its *.json files; repeatable): their\n"
	       "                     distribution with this organisation's position;\n"
	       "                     peers of another period or kind are skipped\n"
	       "                     (a directory's subdirectories are read too)\n"
	       "  --k N              publication guard: withhold figures over fewer than\n"
	       "                     N organisations (default: 5; 0 or 1: none)\n"
	       "  --collaboration FILE\n"
	       "                     a libbig.collaboration: this organisation's\n"
	       "                     effective score against the mean and the weakest\n"
	       "                     link of the members\n"
	       "  --members DIR      where the members' assessments are, as ID.json, and\n"
	       "                     the collaboration's own as ITS-ID.json (default:\n"
	       "                     the directory of ASSESSMENT.json); those of another\n"
	       "                     period than ASSESSMENT.json are left out\n"
	       "  --collaborations PATH\n"
	       "                     collaborations for members that are collaborations\n"
	       "                     (a file or a directory; repeatable): aggregated in\n"
	       "                     turn over their own members, found in --members\n"
	       "  --top N            number of gaps listed (default: 10)\n"
	       "  --goal PERCENT     draw the implementation goal as a line (0-100)\n"
	       "  --date YYYY-MM-DD  the date of the report: printed in it, and\n"
	       "                     exceptions that expire before it are flagged\n"
	       "                     (default: none; expiry is checked against the\n"
	       "                     assessment date)\n"
	       "  --progress         progress on stderr while reading peers\n"
	       "%s%s%s"
	       "  --texts FILE       a libbig.texts overlay for the assessment's catalogue:\n"
	       "                     its titles, and in the gap list its texts, where\n"
	       "                     its language serves the report's\n"
	       "  -h, --help         show this help\n"
	       "\n"
	       "The same input gives the same bytes, in every locale.\n"
	       "\n"
	       "%s",
	       bs_skip_help, bs_load_help, bs_score_help, bs_exit_help);
}

static int parse_args(struct report_args *ra, int argc, char **argv)
{
	const struct bs_opt opts[] = {
	    BS_LOAD_OPTS(&ra->c),
	    BS_SCORE_OPTS(&ra->c),
	    {"--texts", BS_VALUE, &ra->c.texts}, /* its texts always shown: no --show-text */
	    {"--output", BS_VALUE, &ra->output},
	    {"-o", BS_VALUE, &ra->output},
	    {"--previous", BS_VALUE, &ra->previous},
	    {"--peers", BS_LIST, &ra->peers},
	    {"--k", BS_VALUE, &ra->k},
	    {"--collaboration", BS_VALUE, &ra->collaboration},
	    {"--members", BS_VALUE, &ra->members},
	    {"--collaborations", BS_LIST, &ra->collaborations},
	    {"--top", BS_VALUE, &ra->top},
	    {"--goal", BS_VALUE, &ra->goal},
	    {"--date", BS_VALUE, &ra->date},
	    {"--progress", BS_FLAG, &ra->progress},
	    {"--skip-unreadable", BS_FLAG, &ra->skip_unreadable},
	};
	int status = bs_parse("report", argc, argv, opts, sizeof(opts) / sizeof(opts[0]),
			      &ra->operands, print_help);

	if (status >= 0)
		return status;
	if (ra->operands.count == 0)
		return bs_usage_error("report", "no assessment given");
	if (ra->operands.count > 1)
		return bs_usage_error("report", "more than one assessment given");
	if ((ra->members || ra->collaborations.count) && !ra->collaboration)
		return bs_usage_error("report",
				      "--members and --collaborations need --collaboration");
	return -1;
}

/* Checks the options that need no document; returns -1 to go on, else an exit code. */
static int check_options(struct rp *rp, const struct report_args *ra)
{
	long top = 10, k = 5, goal = 0;
	int status = -1;

	rp->lang = bs_lang_find(ra->c.lang ? ra->c.lang : "nl");
	if (rp->lang == NULL)
		return bs_usage_error("report", "unknown language '%s' (nl or en)", ra->c.lang);
	if (ra->top != NULL)
		status = bs_parse_int("report", "--top", ra->top, 0, 100000, &top);
	if (status < 0 && ra->k != NULL)
		status = bs_parse_int("report", "--k", ra->k, 0, 1000000, &k);
	if (status < 0 && ra->goal != NULL)
		status = bs_parse_int("report", "--goal", ra->goal, 0, 100, &goal);
	if (status >= 0)
		return status;
	rp->top = (size_t)top;
	rp->k = (unsigned int)k;
	rp->has_goal = ra->goal != NULL;
	rp->goal = (double)goal / 100.0;
	if (ra->date != NULL && !bs_is_date(ra->date))
		return bs_usage_error("report", "--date must be a date YYYY-MM-DD, not '%s'",
				      ra->date);
	if (bs_lang_missing() != BS_M_COUNT)
		return bs_error(BS_INTERNAL, "report: label %d is missing in a language",
				(int)bs_lang_missing());
	return -1;
}

/* Loads and scores the assessment; later scorings use the report's profile and target. */
static int load_assessment(struct rp *rp, struct report_args *ra)
{
	int status;

	/* Scored in the labels' language, so that the overlay's texts show
	 * where its titles do (docs/formats.md, "libbig.texts"). */
	ra->c.lang = bs_lang_code(rp->lang);
	/* Actions due before the report's date are overdue (big_report_as_of()). */
	ra->c.as_of = ra->date;
	status = bs_score_file(&rp->scored, &ra->c, "report", rp->file, rp->file);

	if (status != BS_OK)
		return status;
	rp->cs = rp->scored.cs;
	rp->a = rp->scored.a;
	rp->r = rp->scored.r;
	rp->cat = big_assessment_catalogue(rp->a);
	if (ra->c.strict)
		rp->lo.flags |= BIG_LOAD_STRICT;
	rp->so.rollup = big_report_rollup(rp->r);
	rp->so.profile = big_report_profile(rp->r) ? big_profile_id(big_report_profile(rp->r)) : "";
	rp->so.target = big_report_target(rp->r);
	rp->so.lang = bs_lang_code(rp->lang); /* the labels' language is the titles' */
	rp->today = ra->date ? ra->date : big_assessment_assessed_on(rp->a);
	return BS_OK;
}

/* Cuts @s, which snprintf() may have cut in the middle of a UTF-8
 * character, back to the end of its last whole character, so that the
 * page stays valid UTF-8. */
void rp_cut_to_character(char *s)
{
	size_t n = strlen(s), i = n;

	while (i > 0 && ((unsigned char)s[i - 1] & 0xC0) == 0x80)
		i--; /* continuation bytes */
	if (i == 0)
		return;
	unsigned char lead = (unsigned char)s[i - 1];
	size_t need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
	if (n - (i - 1) < need)
		s[i - 1] = '\0';
}

static int load_previous(struct rp *rp, const char *path)
{
	big_assessment *old = NULL;
	int status = bs_load_assessment(&old, rp->cs, path, &rp->lo, 1);

	if (status == BS_OK && big_compare(&rp->cmp, old, rp->a, &rp->so) < 0)
		status = bs_library_error(path);
	if (status == BS_OK)
		snprintf(rp->previous_period, sizeof(rp->previous_period), "%s",
			 big_assessment_period(old));
	rp_cut_to_character(rp->previous_period);
	if (status == BS_OK)
		snprintf(rp->previous_assessed_on, sizeof(rp->previous_assessed_on), "%s",
			 big_assessment_assessed_on(old));
	big_assessment_free(old);
	return status;
}

static void write_page(struct rp *rp)
{
	const char *name = big_assessment_organisation_name(rp->a);
	size_t len = strlen(rp_t(rp, BS_M_REPORT)) + strlen(name) +
		     strlen(big_assessment_organisation_id(rp->a)) +
		     strlen(big_assessment_period(rp->a)) + 16;
	char *title = malloc(len), generator[96];

	if (rp_ok(rp, title != NULL))
		snprintf(title, len, "%s \u2014 %s, %s", rp_t(rp, BS_M_REPORT),
			 *name ? name : big_assessment_organisation_id(rp->a),
			 big_assessment_period(rp->a));
	snprintf(generator, sizeof(generator), "bigscore %s (libbig %s)", BIG_VERSION_STRING,
		 big_version(NULL, NULL, NULL));
	bs_html_begin(rp->out, bs_lang_code(rp->lang), title ? title : rp_t(rp, BS_M_REPORT),
		      generator);
	free(title);
	rp_write_heading(rp);
	rp_write_contents(rp);
	rp_write_summary(rp);
	rp_write_key_figures(rp);
	rp_write_scores(rp);
	if (rp->cmp != NULL)
		rp_write_trend(rp);
	if (rp->dist != NULL)
		rp_write_peers(rp);
	if (rp->collab != NULL)
		rp_write_collab(rp);
	rp_write_comply(rp);
	rp_write_gaps(rp);
	rp_write_plan(rp);
	rp_write_footer(rp);
	bs_html_end(rp->out);
}

/* Writes the page into memory, then to @p path: no half-written file on an error. */
static int write_report(struct rp *rp, const char *path)
{
	struct bs_memout m;
	int status;

	rp->out = bs_memout_open(&m);
	if (rp->out == NULL)
		return bs_error(BS_INTERNAL, "out of memory");
	write_page(rp);
	status = bs_memout_close(&m, rp->out);
	rp->out = NULL;
	if (status == BS_OK && rp->nomem)
		status = bs_error(BS_INTERNAL, "out of memory");
	if (status == BS_OK)
		status = bs_write_output(path, m.text, m.len);
	free(m.text);
	return status;
}

static int report(struct report_args *ra)
{
	struct rp rp = {.args = ra, .lo = BIG_LOAD_OPTIONS_INIT, .so = BIG_SCORE_OPTIONS_INIT};
	int status = check_options(&rp, ra);

	if (status >= 0)
		return status;
	rp.file = ra->operands.items[0];
	status = load_assessment(&rp, ra);
	if (status == BS_OK && ra->previous != NULL)
		status = load_previous(&rp, ra->previous);
	if (status == BS_OK && ra->peers.count > 0)
		status = rp_peers_load(&rp);
	if (status == BS_OK && ra->collaboration != NULL)
		status = rp_collab_load(&rp);
	if (status == BS_OK && ra->collaboration != NULL && ra->previous != NULL)
		status = rp_collab_trend_load(&rp);
	if (status == BS_OK && ra->collaboration != NULL)
		status = rp_collab_previous(&rp);
	rp.own_r = rp.r;
	if (status == BS_OK && rp.effective != NULL) {
		/* Key figures, summary, scores, gaps, plan and, with --previous,
		 * the trend: the effective assessment (the peers are the own). */
		rp.a = rp.effective_a;
		rp.r = rp.effective;
	}
	if (status == BS_OK)
		status = write_report(&rp, ra->output);
	rp_collab_trend_free(&rp);
	rp_collab_free(&rp);
	rp_peers_free(&rp);
	big_comparison_free(rp.cmp);
	bs_scored_free(&rp.scored);
	return status;
}

int cmd_report(int argc, char **argv)
{
	struct report_args ra = {0};
	int status = parse_args(&ra, argc, argv);

	if (status < 0)
		status = report(&ra);
	bs_common_free(&ra.c);
	bs_list_free(&ra.peers);
	bs_list_free(&ra.collaborations);
	bs_list_free(&ra.operands);
	return status;
}
