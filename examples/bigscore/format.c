/*
 * bigscore — locale-independent formatting of numbers and text columns.
 *
 * Numbers are formatted with integer arithmetic, so the output is the same
 * in every locale (the tool never calls setlocale anyway).
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <string.h>

#include "bigscore.h"

/* Writes v (>= 0) with @p decimals decimals, rounded half up. */
const char *bs_fixed(char *buf, size_t size, double v, int decimals)
{
	unsigned long long scale = 1, units;
	int i;

	for (i = 0; i < decimals; i++)
		scale *= 10;
	if (!(v >= 0) || v > 1e15) { /* negative, NaN or absurd: not a score */
		snprintf(buf, size, "%s", BS_NO_SCORE);
		return buf;
	}
	units = (unsigned long long)(v * (double)scale + 0.5);
	if (decimals == 0)
		snprintf(buf, size, "%llu", units);
	else
		snprintf(buf, size, "%llu.%0*llu", units / scale, decimals, units % scale);
	return buf;
}

/* A fraction in [0,1] as a percentage with one decimal, or "—". */
const char *bs_percent(char *buf, size_t size, int has, double v)
{
	if (!has) {
		snprintf(buf, size, "%s", BS_NO_SCORE);
		return buf;
	}
	bs_fixed(buf, size - 1, v * 100.0, 1);
	if (strcmp(buf, BS_NO_SCORE) != 0)
		strcat(buf, "%");
	return buf;
}

/* A change: v·scale with one decimal and a sign ("+31.3", "-2.0", "0.0"). */
const char *bs_signed(char *buf, size_t size, int has, double v, double scale)
{
	double mag = (v < 0 ? -v : v) * scale;

	if (!has) {
		snprintf(buf, size, "%s", BS_NO_SCORE);
		return buf;
	}
	bs_fixed(buf + 1, size - 1, mag, 1);
	if (strcmp(buf + 1, "0.0") == 0)
		return buf + 1;
	buf[0] = v < 0 ? '-' : '+';
	return buf;
}

/* Any finite number: an integer as such, else with two decimals. */
const char *bs_number(char *buf, size_t size, double v)
{
	double mag = v < 0 ? -v : v;

	if (mag > 1e15) {
		snprintf(buf, size, "%s", BS_NO_SCORE);
		return buf;
	}
	buf[0] = '-';
	bs_fixed(buf + (v < 0), size - 1, mag, mag == (double)(long long)mag ? 0 : 2);
	return buf;
}

/* Width of UTF-8 text in code points. */
size_t bs_width(const char *s)
{
	size_t w = 0;

	for (; *s; s++)
		w += ((unsigned char)*s & 0xC0) != 0x80;
	return w;
}

/* Writes s cut to @p w (>= 2) code points with "…", padded when @p pad. */
void bs_cut(FILE *out, const char *s, size_t w, int pad)
{
	size_t n = bs_width(s), len = 0, cps = 0;

	if (n <= w) {
		fprintf(out, "%s%*s", s, pad ? (int)(w - n) : 0, "");
		return;
	}
	for (; s[len]; len++) {
		if (((unsigned char)s[len] & 0xC0) == 0x80)
			continue;
		if (cps == w - 1)
			break;
		cps++;
	}
	fprintf(out, "%.*s…", (int)len, s);
}

/* Writes s in a column of @p w code points: cut with "…" or padded. */
void bs_column(FILE *out, const char *s, size_t w)
{
	bs_cut(out, s, w, 1);
}

/* Writes s right-aligned in a column of @p w code points. */
void bs_right(FILE *out, const char *s, size_t w)
{
	size_t n = bs_width(s);

	fprintf(out, "%*s%s", n < w ? (int)(w - n) : 0, "", s);
}

size_t bs_control_length(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;

	if (*p != '\0' && (*p < 0x20 || *p == 0x7f))
		return 1;
	return *p == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f ? 2 : 0;
}

void bs_put_escaped(FILE *out, const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		size_t control = bs_control_length((const char *)p);

		if (*p == '\n')
			fputs("\\n", out);
		else if (*p == '\r')
			fputs("\\r", out);
		else if (*p == '\t')
			fputs("\\t", out);
		else if (control == 1)
			fprintf(out, "\\x%02x", *p);
		else if (control == 2) {
			fprintf(out, "\\xc2\\x%02x", p[1]);
			p++;
		} else
			fputc(*p, out);
	}
}
