/*
 * bigscore report — the HTML report in progress, shared by cmd-report.c
 * (options, loading, writing the file) and the files that write its
 * sections: report-summary.c (the summary at the top),
 * report-plan.c (the improvement plan),
 * report-sections.c (heading, key figures, scores per theme,
 * comply or explain, gaps), report-peers.c (distribution over other
 * organisations), report-collab.c (the collaboration) and report-trend.c
 * (the previous period).
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIGSCORE_CMD_REPORT_H
#define BIGSCORE_CMD_REPORT_H

#include <stdbool.h>
#include <stdio.h>

#include <big.h>

#include "bigscore.h"
#include "collabs.h"
#include "i18n.h"
#include "svg-chart.h"

struct report_args {
	struct bs_common c;
	const char *output, *collaboration, *members, *previous, *k, *top, *date, *goal;
	struct bs_list peers;          /* --peers, each a directory or a file */
	struct bs_list collaborations; /* --collaborations, for nested members */
	int progress, skip_unreadable;
	struct bs_list operands;
};

struct rp {
	const struct report_args *args;
	const struct bs_lang *lang;
	FILE *out;
	struct bs_scored scored;  /* the assessment, its report and the catalogues */
	struct bs_catalogues *cs; /* scored.cs */
	big_load_options lo;
	big_score_options so;     /* after scoring: the report's profile ("" none) and target */
	const big_catalogue *cat; /* the assessment's */
	const char *file;         /* the assessment's */
	big_assessment *a;        /* scored.a */
	big_report *r;            /* scored.r */
	const char *today; /* the date expiries are checked against: --date, else assessed_on */
	size_t top;        /* --top */
	unsigned int k;    /* --k, the publication guard */
	bool has_goal;     /* --goal: target line of the implementation chart */
	double goal;
	int charts; /* charts written so far, for unique ids */
	/* --peers */
	big_report **peer_reports; /* the organisation's report first, then the peers' */
	size_t peer_count, peers_skipped;
	big_distribution *dist;
	/* --collaboration */
	big_collaboration *collab;
	struct bs_collabs collabs;         /* --collaborations */
	const big_collaboration **reached; /* collab, then the nested ones, each once */
	size_t reached_count;
	big_assessment **members; /* the members' and collaborations' own assessments found */
	size_t member_count;
	big_aggregate_report *weakest, *mean;
	big_report *effective; /* the organisation's effective report, NULL when not a member */
	/* --collaboration with --previous: the trends of the weakest link [0]
	 * and the mean [1] from the previous period (report-collab-trend.c) */
	big_trend *collab_trend[2];
	char *collab_trend_unread;   /* ids whose previous assessment was not read, or NULL */
	big_assessment *effective_a; /* its effective assessment */
	big_report *own_r;           /* the organisation's own: rp->r until the collaboration is
					loaded, when rp->a and rp->r become the effective ones */
	/* --previous */
	big_comparison *cmp;
	char previous_period[64];
	char previous_assessed_on[16]; /* "" when not recorded */
	/* An allocation failed while the page was written: it lacks a part and
	 * must not be written out (exit 4). */
	bool nomem;
};

/* Loading (exit code BS_OK or another) and freeing. */
int rp_peers_load(struct rp *rp);
void rp_peers_free(struct rp *rp);
int rp_collab_load(struct rp *rp);
/* With --previous: the trend compares the previous effective assessment
 * (the collaboration's own of that period read as the current one) with
 * the effective one instead of the own ones. */
int rp_collab_previous(struct rp *rp);
void rp_collab_free(struct rp *rp);
/* After both: the collaboration of the previous period and the trends. */
int rp_collab_trend_load(struct rp *rp);
void rp_collab_trend_free(struct rp *rp);

/* "12 organisations, your organisation included; 1 file skipped …" (--peers). */
const char *rp_peers_compared(char *buf, size_t size, const struct rp *rp);

/* Exclusions and risk acceptances that are not (or no longer) properly explained. */
size_t rp_exceptions_flagged(const struct rp *rp);

/* Sections. */
void rp_write_heading(struct rp *rp);
void rp_write_contents(struct rp *rp);
/* The summary at the top (report-summary.c). */
void rp_write_summary(struct rp *rp);
/* The improvement plan (report-plan.c). */
void rp_write_plan(struct rp *rp);
void rp_write_key_figures(struct rp *rp);
void rp_write_scores(struct rp *rp);
/* The table of the requirements per maturity level, per theme and overall. */
void rp_write_maturity_spread(struct rp *rp, const big_node **themes, size_t n);
void rp_write_trend(struct rp *rp);
void rp_write_peers(struct rp *rp);
void rp_write_collab(struct rp *rp);
/* Who to help first and the collaboration's gaps (report-collab-attrib.c),
 * inside the collaboration's section. */
void rp_write_collab_attrib(struct rp *rp);
/* The name of member @p id of the collaboration (an organisation or a
 * collaboration), or its id. */
const char *rp_collab_member_name(const struct rp *rp, const char *id);
/* The collaboration's trend, inside its section (report-collab-trend.c). */
void rp_write_collab_trend(struct rp *rp);
/* Cuts @p s, cut by snprintf() maybe mid-character, to its last whole UTF-8
 * character (cmd-report.c). */
void rp_cut_to_character(char *s);
void rp_write_comply(struct rp *rp);
void rp_write_gaps(struct rp *rp);
void rp_write_footer(struct rp *rp);

/* An open improvement action of a requirement in the report (report-plan.c). */
struct plan_item {
	const big_node *node, *theme; /* the requirement and its top-level node */
	const big_action *action;
	size_t index; /* of the action among its result's */
	bool overdue; /* rp_action_overdue() */
};

/* Whether @p x is open (not done) and due before the report's date
 * (big_report_as_of(): --date, else assessed_on); never without one. */
bool rp_action_overdue(const struct rp *rp, const big_action *x);
/* The open actions of the requirements in the report, overdue first, then
 * by due date (none last), then in catalogue order and the result's order;
 * free *out with free(). 0 and *out NULL on an allocation failure (noted). */
size_t rp_open_actions(struct rp *rp, struct plan_item **out);

/* Helpers shared by the sections (report-sections.c). */
const char *rp_t(const struct rp *rp, enum bs_msg msg);
/* The top-level nodes with applicable requirements; free the array with free(). */
size_t rp_themes(struct rp *rp, const big_node ***out);
/* @p ok, after noting in @p rp when it is false that an allocation failed
 * (rp->nomem): a section without its memory leaves a part out, so the page
 * is not written. */
bool rp_ok(struct rp *rp, bool ok);
/* The title of a node in the report's language (--lang). */
const char *rp_title(const struct rp *rp, const big_node *node);

/* Writes rp_title() escaped; with --texts inside <bdi>, so that bidi
 * controls in the overlay's title reorder nothing around it. */
void rp_title_html(const struct rp *rp, const big_node *node);

/* rp_title_html() in a table cell: <td>…</td>. */
void rp_title_cell(const struct rp *rp, const big_node *node);

/* Whether the report scores a mandatory requirement: when it does not (a
 * catalogue without mandatory flags, such as BIO 1.04 or the BIG), the
 * summary speaks of every measure and the plan lists no mandatory gaps
 * (report-summary.c). */
bool rp_has_mandatory(const struct rp *rp);
/* "id title" of a node, in the report's language, in a buffer of the caller. */
const char *rp_node_label(char *buf, size_t size, const struct rp *rp, const big_node *node);
/* The label of a row of a theme, or of the total when @p node is NULL. */
const char *rp_row_label(char *buf, size_t size, const struct rp *rp, const big_node *node);
/* The scores of @p node in @p r, or the overall ones when @p node is NULL. */
const big_scores *rp_scores(const big_report *r, const big_node *node);
/* "Thema"/"Hoofdstuk" as the catalogue's top-level nodes are called. */
const char *rp_theme_word(const struct rp *rp);
/* Heading text "BASE per thema" into buf. */
const char *rp_per_theme(char *buf, size_t size, const struct rp *rp, enum bs_msg base);
/* A new chart (the next id) and its <figure> with a caption; close with rp_figure_end(). */
struct bs_chart rp_figure(struct rp *rp, const char *title, const char *desc);
void rp_figure_end(struct rp *rp);
/* <section id=…><h2>title</h2> and an optional note paragraph. */
void rp_section(struct rp *rp, const char *id, const char *title, const char *note);

#endif /* BIGSCORE_CMD_REPORT_H */
