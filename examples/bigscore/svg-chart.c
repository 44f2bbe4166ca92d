/*
 * bigscore — SVG charts of the HTML report (see svg-chart.h).
 *
 * Coordinates are whole pixels of a 680-wide viewBox, written with %d, so
 * the output does not depend on the locale. Labels longer than the label
 * column are cut with "…" and carry the full text in a <title>.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <string.h>

#include "bigscore.h"
#include "html.h"
#include "svg-chart.h"

#define W           680
#define LABEL_RIGHT 198 /* right edge of the row labels */
#define X0          208 /* plot area */
#define X1          610
#define VALUE_X     (X1 + 10) /* fixed value column, right of the plot */
#define MAX_LABEL   30        /* code points of a row label */
#define CHAR_W      6.8       /* average width of a character at 12px */

static int px(double v)
{
	return (int)(v < 0 ? v - 0.5 : v + 0.5);
}

static int xpos(double v, double max)
{
	if (v < 0)
		v = 0;
	if (v > max)
		v = max;
	return X0 + px((X1 - X0) * v / max);
}

static void svg_begin(const struct bs_chart *c, int height)
{
	fprintf(c->out,
		"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 %d %d\" "
		"width=\"%d\" height=\"%d\" role=\"img\" "
		"aria-labelledby=\"chart%d-title chart%d-desc\">\n<title id=\"chart%d-title\">",
		W, height, W, height, c->id, c->id, c->id);
	bs_html_escape(c->out, c->title);
	fprintf(c->out, "</title>\n<desc id=\"chart%d-desc\">", c->id);
	bs_html_escape(c->out, c->desc);
	fputs("</desc>\n", c->out);
}

static void svg_end(const struct bs_chart *c)
{
	fputs("</svg>\n", c->out);
}

/* A text element; @p attrs are extra attributes written as they are. */
static void text(FILE *out, int x, int y, const char *attrs, const char *s)
{
	fprintf(out, "<text x=\"%d\" y=\"%d\"%s%s>", x, y, *attrs ? " " : "", attrs);
	bs_html_escape(out, s);
	fputs("</text>\n", out);
}

/* A row label, right-aligned before the plot, cut to MAX_LABEL code points. */
static void row_label(FILE *out, int y, const char *s)
{
	size_t len = 0, cps = 0;

	fprintf(out, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">", LABEL_RIGHT, y);
	if (bs_code_points(s) <= MAX_LABEL) {
		bs_html_escape(out, s);
	} else {
		fputs("<title>", out);
		bs_html_escape(out, s);
		fputs("</title>", out);
		for (; s[len]; len++) {
			if (((unsigned char)s[len] & 0xC0) == 0x80)
				continue;
			if (cps++ == MAX_LABEL - 1)
				break;
		}
		char cut[MAX_LABEL * 4 + 1];
		memcpy(cut, s, len);
		cut[len] = '\0';
		bs_html_escape(out, cut);
		fputs("\u2026", out);
	}
	fputs("</text>\n", out);
}

/* A tooltip: "label — name: value". */
static void tooltip(FILE *out, const char *label, const char *name, const char *value)
{
	fputs("<title>", out);
	bs_html_escape(out, label);
	if (name != NULL) {
		fputs(" \u2014 ", out);
		bs_html_escape(out, name);
	}
	fputs(": ", out);
	bs_html_escape(out, value);
	fputs("</title>", out);
}

enum swatch { SW_FILL, SW_DASH, SW_LINE, SW_BOX, SW_BAR, SW_DIAMOND };

/* Where legend item i goes; returns the height of the legend. */
static int legend_layout(const char *const *names, size_t n, int *xs, int *ys)
{
	int x = X0, y = 4;

	for (size_t i = 0; i < n; i++) {
		int w = 22 + px(CHAR_W * (double)bs_code_points(names[i])) + 16;

		if (x + w > W && x > X0) {
			x = X0;
			y += 18;
		}
		xs[i] = x;
		ys[i] = y;
		x += w;
	}
	return n ? y + 22 : 0;
}

/* Legend items across the top, wrapping. */
static void legend(FILE *out, const char *const *names, const char *const *classes,
		   const enum swatch *kinds, size_t n)
{
	int xs[BS_STACK_MAX], ys[BS_STACK_MAX];

	n = n > BS_STACK_MAX ? BS_STACK_MAX : n;
	legend_layout(names, n, xs, ys);
	for (size_t i = 0; i < n; i++) {
		int x = xs[i], y = ys[i];

		switch (kinds[i]) {
		case SW_FILL:
			fprintf(
			    out,
			    "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" class=\"%s\"/>\n",
			    x, y + 1, classes[i]);
			break;
		case SW_DASH:
			fprintf(
			    out,
			    "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"target\"/>\n",
			    x + 6, y - 1, x + 6, y + 15);
			break;
		case SW_LINE:
			fprintf(out,
				"<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"%s\"/>\n", x,
				y + 7, x + 14, y + 7, classes[i]);
			break;
		case SW_BAR:
			fprintf(out,
				"<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"%s\"/>\n",
				x + 6, y, x + 6, y + 14, classes[i]);
			break;
		case SW_BOX:
			fprintf(
			    out,
			    "<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"12\" class=\"%s\"/>\n",
			    x, y + 1, classes[i]);
			break;
		case SW_DIAMOND:
			fprintf(out, "<path d=\"M%d %dl6 6l-6 6l-6 -6z\" class=\"%s\"/>\n", x + 6,
				y + 1, classes[i]);
			break;
		}
		text(out, x + 20, y + 11, "class=\"muted\"", names[i]);
	}
}

/* Height of a legend of @p n items. */
static int legend_height(const char *const *names, size_t n)
{
	int xs[BS_STACK_MAX], ys[BS_STACK_MAX];

	return legend_layout(names, n > BS_STACK_MAX ? BS_STACK_MAX : n, xs, ys);
}

/* Vertical grid lines with their labels under the plot, 0..max. */
static void axis(const struct bs_chart *c, double max, bool percent, int top, int bottom)
{
	int steps = percent ? 4 : (int)(max + 0.5);
	char buf[32];

	if (steps < 1)
		steps = 1;
	for (int i = 0; i <= steps; i++) {
		double v = max * i / steps;
		int x = xpos(v, max);

		fprintf(c->out, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"%s\"/>\n", x,
			top, x, bottom, i == 0 ? "axis" : "grid");
		if (percent) /* "25%" rather than "25,0%" on an axis */
			snprintf(buf, sizeof(buf), "%d%%", px(v * 100));
		else
			bs_l_fixed(buf, sizeof(buf), c->lang, v, 0);
		text(c->out, x, bottom + 14, "text-anchor=\"middle\" class=\"muted\"", buf);
	}
}

static const char *value_text(char *buf, size_t size, const struct bs_chart *c, bool percent,
			      double v)
{
	return percent ? bs_l_percent(buf, size, c->lang, true, v)
		       : bs_l_fixed(buf, size, c->lang, v, 1);
}

void bs_svg_bars(const struct bs_chart *c, const struct bs_bar_spec *spec,
		 const struct bs_bar_row *rows, size_t count)
{
	static const char *const classes[] = {"s0", "s1", "s2", "target"};
	enum swatch kinds[BS_SERIES_MAX + 1] = {SW_FILL, SW_FILL, SW_FILL, SW_DASH};
	const char *names[BS_SERIES_MAX + 1], *lclasses[BS_SERIES_MAX + 1];
	size_t ns = spec->series_count > BS_SERIES_MAX ? BS_SERIES_MAX : spec->series_count, nl = 0;
	int bar_h = ns == 1 ? 16 : 11, band = (int)ns * (bar_h + 2) + 10;
	int top, height;
	char buf[32];

	for (size_t s = 0; ns > 1 && s < ns; s++, nl++) {
		names[nl] = spec->series[s];
		lclasses[nl] = classes[s];
		kinds[nl] = SW_FILL;
	}
	if (spec->has_target) {
		names[nl] = spec->target_label;
		lclasses[nl] = "target";
		kinds[nl++] = SW_DASH;
	}
	top = legend_height(names, nl) + 6;
	height = top + (int)count * band + 26;
	svg_begin(c, height);
	legend(c->out, names, lclasses, kinds, nl);
	axis(c, spec->max, spec->percent, top - 4, top + (int)count * band);
	/* the bars, then the target line over them, then the values over both */
	for (size_t r = 0; r < count; r++) {
		int y = top + (int)r * band + 5;

		row_label(c->out, y + ((int)ns * (bar_h + 2)) / 2 + 3, rows[r].label);
		for (size_t s = 0; s < ns; s++) {
			int by = y + (int)s * (bar_h + 2), x = xpos(rows[r].value[s], spec->max);

			if (!rows[r].has[s]) {
				text(c->out, X0 + 4, by + bar_h - 3, "class=\"muted\"",
				     BS_NO_SCORE);
				continue;
			}
			value_text(buf, sizeof(buf), c, spec->percent, rows[r].value[s]);
			fprintf(c->out,
				"<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" class=\"%s\">",
				X0, by, x - X0, bar_h, classes[s]);
			tooltip(c->out, rows[r].label, ns > 1 ? spec->series[s] : NULL, buf);
			fputs("</rect>\n", c->out);
		}
	}
	if (spec->has_target) {
		int x = xpos(spec->target, spec->max);

		fprintf(c->out,
			"<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"target\"/>\n", x,
			top - 4, x, top + (int)count * band);
	}
	for (size_t r = 0; r < count; r++) {
		for (size_t s = 0; s < ns; s++) {
			int by = top + (int)r * band + 5 + (int)s * (bar_h + 2);

			if (!rows[r].has[s])
				continue;
			value_text(buf, sizeof(buf), c, spec->percent, rows[r].value[s]);
			text(c->out, xpos(rows[r].value[s], spec->max) + 5,
			     by + bar_h - (ns == 1 ? 4 : 2),
			     ns == 1 ? "class=\"v\"" : "font-size=\"11\"", buf);
		}
	}
	svg_end(c);
}

void bs_svg_boxes(const struct bs_chart *c, const char *const legend_names[4],
		  const struct bs_box_row *rows, size_t count)
{
	static const char *const classes[] = {"whisker", "box", "median", "org"};
	static const enum swatch kinds[] = {SW_LINE, SW_BOX, SW_BAR, SW_DIAMOND};
	int band = 30, top = legend_height(legend_names, 4) + 6;
	int height = top + (int)count * band + 26;
	char buf[32];

	svg_begin(c, height);
	legend(c->out, legend_names, classes, kinds, 4);
	axis(c, 1, true, top - 4, top + (int)count * band);
	for (size_t r = 0; r < count; r++) {
		const big_statistics *s = rows[r].stats;
		int y = top + (int)r * band + band / 2;

		row_label(c->out, y + 4, rows[r].label);
		if (s != NULL && s->available) {
			int lo = xpos(s->min, 1), hi = xpos(s->max, 1), q1 = xpos(s->q1, 1),
			    q3 = xpos(s->q3, 1), md = xpos(s->median, 1);

			fprintf(
			    c->out,
			    "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"whisker\"/>\n"
			    "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"whisker\"/>\n"
			    "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"whisker\"/>\n"
			    "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"14\" class=\"box\"/>\n"
			    "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"median\"/>\n",
			    lo, y, hi, y, lo, y - 5, lo, y + 5, hi, y - 5, hi, y + 5, q1, y - 7,
			    q3 - q1 > 1 ? q3 - q1 : 1, md, y - 9, md, y + 9);
		} else if (rows[r].note != NULL) {
			text(c->out, X0 + 6, y + 4, "class=\"muted\" font-style=\"italic\"",
			     rows[r].note);
		}
		if (rows[r].has_value) {
			int x = xpos(rows[r].value, 1);

			bs_l_percent(buf, sizeof(buf), c->lang, true, rows[r].value);
			fprintf(c->out, "<path d=\"M%d %dl7 7l-7 7l-7 -7z\" class=\"org\">", x,
				y - 7);
			tooltip(c->out, rows[r].label, legend_names[3], buf);
			fputs("</path>\n", c->out);
			text(c->out, VALUE_X, y + 4, "", buf);
		}
	}
	svg_end(c);
}

void bs_svg_stacks(const struct bs_chart *c, const char *const *names, size_t name_count,
		   const struct bs_stack_row *rows, size_t count)
{
	static const char *const classes[] = {"st0", "st1", "st2", "st3", "st4", "st5"};
	static const enum swatch kinds[BS_STACK_MAX] = {SW_FILL, SW_FILL, SW_FILL,
							SW_FILL, SW_FILL, SW_FILL};
	/* count labels in white on the dark colours */
	static const bool dark[BS_STACK_MAX] = {true, false, true, true, true, false};
	size_t nc = name_count > BS_STACK_MAX ? BS_STACK_MAX : name_count;
	int band = 28, top = legend_height(names, nc) + 6, height = top + (int)count * band + 8;
	char buf[32];

	svg_begin(c, height);
	legend(c->out, names, classes, kinds, nc);
	for (size_t r = 0; r < count; r++) {
		unsigned int total = 0, cum = 0;
		int y = top + (int)r * band + 5;

		for (size_t k = 0; k < nc; k++)
			total += rows[r].count[k];
		row_label(c->out, y + 13, rows[r].label);
		for (size_t k = 0; k < nc && total > 0; k++) {
			int x = xpos((double)cum / total, 1), w;

			if (rows[r].count[k] == 0)
				continue;
			cum += rows[r].count[k];
			w = xpos((double)cum / total, 1) - x;
			snprintf(buf, sizeof(buf), "%u", rows[r].count[k]);
			fprintf(c->out,
				"<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"18\" class=\"%s\">",
				x, y, w, classes[k]);
			tooltip(c->out, rows[r].label, names[k], buf);
			fputs("</rect>\n", c->out);
			if (w >= 8 * (int)strlen(buf) + 6)
				text(c->out, x + w / 2, y + 13,
				     dark[k]
					 ? "text-anchor=\"middle\" font-size=\"11\" class=\"inv\""
					 : "text-anchor=\"middle\" font-size=\"11\"",
				     buf);
		}
		if (rows[r].right != NULL)
			text(c->out, VALUE_X, y + 13, "", rows[r].right);
	}
	svg_end(c);
}

void bs_svg_deltas(const struct bs_chart *c, const char *unit, const struct bs_delta_row *rows,
		   size_t count)
{
	static const double nice[] = {0.02, 0.05, 0.1, 0.2, 0.25, 0.5, 1};
	int band = 26, top = 10, bottom = top + (int)count * band, xc = (X0 + X1) / 2;
	double m = 0, scale;
	char buf[48];
	size_t k;

	for (size_t r = 0; r < count; r++)
		if (rows[r].has && (rows[r].value < 0 ? -rows[r].value : rows[r].value) > m)
			m = rows[r].value < 0 ? -rows[r].value : rows[r].value;
	for (k = 0; k + 1 < sizeof(nice) / sizeof(nice[0]) && nice[k] < m; k++)
		;
	m = nice[k];
	scale = (X1 - X0) / 2.0 / m;
	svg_begin(c, bottom + 42); /* the ticks, then the unit on a line of its own */
	for (int i = -2; i <= 2; i++) {
		int x = xc + px(i * (X1 - X0) / 4.0);
		/* whole points where they are whole: "+5", "+12,5" */
		bool whole = px(m * i * 1000 / 2) % 10 == 0;

		fprintf(c->out, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"%s\"/>\n", x,
			top - 4, x, bottom, i == 0 ? "axis" : "grid");
		bs_l_points(buf, sizeof(buf), c->lang, true, m * i / 2, whole ? 0 : 1);
		text(c->out, x, bottom + 14, "text-anchor=\"middle\" class=\"muted\"", buf);
	}
	/* The unit centred under the axis, a line below the tick labels: no
	 * tick label can reach it, whatever the width of either. */
	text(c->out, xc, bottom + 32, "text-anchor=\"middle\" class=\"muted\"", unit);
	for (size_t r = 0; r < count; r++) {
		int y = top + (int)r * band + 4;
		int w = px((rows[r].value < 0 ? -rows[r].value : rows[r].value) * scale);

		row_label(c->out, y + 13, rows[r].label);
		if (!rows[r].has) {
			text(c->out, VALUE_X, y + 13, "class=\"muted\"", BS_NO_SCORE);
			continue;
		}
		bs_l_points(buf, sizeof(buf), c->lang, true, rows[r].value, 1);
		fprintf(c->out, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"18\" class=\"%s\">",
			rows[r].value < 0 ? xc - w : xc, y, w, rows[r].value < 0 ? "neg" : "pos");
		tooltip(c->out, rows[r].label, NULL, buf);
		fputs("</rect>\n", c->out);
		text(c->out, VALUE_X, y + 13, "", buf);
	}
	svg_end(c);
}
