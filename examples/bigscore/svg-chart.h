/*
 * bigscore — SVG charts for the HTML report, drawn by hand: horizontal bars
 * (up to three series, optional target line), box plots with the position
 * of one organisation, 100% stacked bars, and diverging bars for changes.
 *
 * Every chart is an inline <svg role="img"> with <title> and <desc>, a
 * viewBox (it scales to the page) and classes styled by html.c. All text
 * from the input is escaped. The report puts a table with the same figures
 * beside each chart.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIGSCORE_SVG_CHART_H
#define BIGSCORE_SVG_CHART_H

#include <stdbool.h>
#include <stdio.h>

#include <big.h>

#include "i18n.h"

/* What every chart has. */
struct bs_chart {
	FILE *out;
	const struct bs_lang *lang; /* for the numbers */
	int id;                     /* unique in the page: ids "chartN-title", "chartN-desc" */
	const char *title;          /* accessible name */
	const char *desc;           /* accessible description */
};

enum { BS_SERIES_MAX = 3, BS_STACK_MAX = 6 };

/* Bars: one row per label, one bar per series. */
struct bs_bar_row {
	const char *label;
	bool has[BS_SERIES_MAX]; /* false: no score, drawn as "—" */
	double value[BS_SERIES_MAX];
};

struct bs_bar_spec {
	const char *const *series; /* legend names (shown when more than one) */
	size_t series_count;       /* 1..BS_SERIES_MAX */
	double max;                /* axis maximum: 1 for fractions, N for levels */
	bool percent;              /* values are fractions, shown as percentages */
	bool has_target;           /* draw a dashed target line at @p target */
	double target;
	const char *target_label; /* legend text of the target line */
};

void bs_svg_bars(const struct bs_chart *c, const struct bs_bar_spec *spec,
		 const struct bs_bar_row *rows, size_t count);

/* Box plots of fractions, with one organisation's value as a diamond. */
struct bs_box_row {
	const char *label;
	const big_statistics *stats; /* NULL, or not available: @p note instead of a box */
	bool has_value;
	double value;
	const char *note;
};

/* legend: range, middle half, median, the organisation. */
void bs_svg_boxes(const struct bs_chart *c, const char *const legend[4],
		  const struct bs_box_row *rows, size_t count);

/* 100% stacked bars of counts, with a text at the right of each bar. */
struct bs_stack_row {
	const char *label;
	unsigned int count[BS_STACK_MAX];
	const char *right;
};

void bs_svg_stacks(const struct bs_chart *c, const char *const *names, size_t name_count,
		   const struct bs_stack_row *rows, size_t count);

/* Diverging bars of changes of a fraction, in percentage points. */
struct bs_delta_row {
	const char *label;
	bool has;
	double value;
};

void bs_svg_deltas(const struct bs_chart *c, const char *unit, const struct bs_delta_row *rows,
		   size_t count);

#endif /* BIGSCORE_SVG_CHART_H */
