/*
 * bigscore — locale-independent formatting of numbers and text columns.
 *
 * Numbers are formatted with integer arithmetic, so the output is the same
 * in every locale (the tool never calls setlocale anyway).
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
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

/*
 * One unit of text as a terminal shows it: a control character as its escape
 * (bs_put_escaped()), or one UTF-8 code point as it is.
 */
struct unit {
	size_t bytes; /* bytes of the text it takes */
	size_t width; /* columns it takes when shown */
	char esc[12]; /* its escape, or "" for a code point shown as it is */
};

/* The unit at @p s (not at its end). */
static void next_unit(const char *s, struct unit *u)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t control = bs_control_length(s);

	size_t moving = bs_moving_length(s);

	u->esc[0] = '\0';
	if (moving) { /* U+061C, U+200E… as \u061c: 2 or 3 bytes, one code point */
		unsigned cp = moving == 2
				  ? (p[0] & 0x1Fu) << 6 | (p[1] & 0x3Fu)
				  : (p[0] & 0x0Fu) << 12 | (p[1] & 0x3Fu) << 6 | (p[2] & 0x3Fu);

		u->bytes = moving;
		snprintf(u->esc, sizeof(u->esc), "\\u%04x", cp);
		u->width = strlen(u->esc);
		return;
	}
	if (control == 0) {
		u->width = 1;
		for (u->bytes = 1; (p[u->bytes] & 0xC0) == 0x80; u->bytes++)
			;
		return;
	}
	u->bytes = control;
	if (*p == '\n')
		strcpy(u->esc, "\\n");
	else if (*p == '\r')
		strcpy(u->esc, "\\r");
	else if (*p == '\t')
		strcpy(u->esc, "\\t");
	else if (control == 1)
		snprintf(u->esc, sizeof(u->esc), "\\x%02x", *p);
	else
		snprintf(u->esc, sizeof(u->esc), "\\xc2\\x%02x", p[1]);
	u->width = strlen(u->esc);
}

/* Writes the first @p bytes bytes of @p s escaped; returns the bytes written. */
static size_t put_escaped_n(FILE *out, const char *s, size_t bytes)
{
	struct unit u;
	size_t i = 0, written = 0;

	while (i < bytes && s[i]) {
		next_unit(s + i, &u);
		if (u.esc[0]) {
			fputs(u.esc, out);
			written += u.width;
		} else {
			fwrite(s + i, 1, u.bytes, out);
			written += u.bytes;
		}
		i += u.bytes;
	}
	return written;
}

/* Number of code points of UTF-8 text (for HTML, where nothing is escaped). */
size_t bs_code_points(const char *s)
{
	size_t n = 0;

	for (; *s; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

/* Width of UTF-8 text in code points, a control character by its escape. */
size_t bs_width(const char *s)
{
	struct unit u;
	size_t w = 0;

	for (; *s; s += u.bytes) {
		next_unit(s, &u);
		w += u.width;
	}
	return w;
}

/*
 * Writes s escaped, cut to @p w (>= 2) columns with "…", padded when
 * @p pad. An escape is never cut in two.
 */
void bs_cut(FILE *out, const char *s, size_t w, int pad)
{
	struct unit u;
	size_t n = bs_width(s), len = 0, cols = 0;

	if (n <= w) {
		put_escaped_n(out, s, strlen(s));
		fprintf(out, "%*s", pad ? (int)(w - n) : 0, "");
		return;
	}
	for (; s[len]; len += u.bytes) {
		next_unit(s + len, &u);
		if (cols + u.width > w - 1)
			break;
		cols += u.width;
	}
	put_escaped_n(out, s, len);
	fprintf(out, "…%*s", pad ? (int)(w - 1 - cols) : 0, "");
}

/* Writes s in a column of @p w code points: cut with "…" or padded. */
void bs_column(FILE *out, const char *s, size_t w)
{
	bs_cut(out, s, w, 1);
}

/* Writes s escaped, right-aligned in a column of @p w code points. */
void bs_right(FILE *out, const char *s, size_t w)
{
	size_t n = bs_width(s);

	fprintf(out, "%*s", n < w ? (int)(w - n) : 0, "");
	put_escaped_n(out, s, strlen(s));
}

size_t bs_control_length(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;

	if (*p != '\0' && (*p < 0x20 || *p == 0x7f))
		return 1;
	return *p == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f ? 2 : 0;
}

size_t bs_moving_length(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;

	if (p[0] == 0xd8 && p[1] == 0x9c) /* U+061C ARABIC LETTER MARK */
		return 2;
	if (p[0] != 0xe2)
		return 0;
	if (p[1] == 0x80 && (p[2] == 0x8e || p[2] == 0x8f || (p[2] >= 0xa8 && p[2] <= 0xae)))
		return 3; /* U+200E, U+200F, U+2028–U+202E */
	return p[1] == 0x81 && p[2] >= 0xa6 && p[2] <= 0xa9 ? 3 : 0; /* U+2066–U+2069 */
}

void bs_put_escaped(FILE *out, const char *s)
{
	put_escaped_n(out, s, strlen(s));
}

/* Writes one conversion of bs_vfprintf() other than %s; returns what fprintf returns. */
static int put_other(FILE *out, const char *spec, char conv, const char *length, va_list *ap)
{
	if (conv == 'd' || conv == 'i') {
		if (strcmp(length, "l") == 0)
			return fprintf(out, spec, va_arg(*ap, long));
		if (strcmp(length, "ll") == 0)
			return fprintf(out, spec, va_arg(*ap, long long));
		if (strcmp(length, "z") == 0 || strcmp(length, "t") == 0)
			return fprintf(out, spec, va_arg(*ap, ptrdiff_t));
		return fprintf(out, spec, va_arg(*ap, int));
	}
	if (strchr("uxXo", conv)) {
		if (strcmp(length, "l") == 0)
			return fprintf(out, spec, va_arg(*ap, unsigned long));
		if (strcmp(length, "ll") == 0)
			return fprintf(out, spec, va_arg(*ap, unsigned long long));
		if (strcmp(length, "z") == 0)
			return fprintf(out, spec, va_arg(*ap, size_t));
		return fprintf(out, spec, va_arg(*ap, unsigned int));
	}
	if (conv == 'c')
		return fprintf(out, spec, va_arg(*ap, int));
	if (strchr("fFeEgGaA", conv))
		return fprintf(out, spec, va_arg(*ap, double));
	if (conv == 'p')
		return fprintf(out, spec, va_arg(*ap, void *));
	return -1;
}

/* %s: the string escaped, padded by its escaped width. */
static int put_string(FILE *out, const char *s, int left, int width, int precision)
{
	size_t bytes = strlen(s), w, pad;

	if (precision >= 0 && (size_t)precision < bytes)
		bytes = (size_t)precision;
	{
		struct unit u;
		size_t i = 0;

		for (w = 0; i < bytes && s[i]; i += u.bytes) {
			next_unit(s + i, &u);
			w += u.width;
		}
	}
	pad = width > 0 && (size_t)width > w ? (size_t)width - w : 0;
	if (!left)
		fprintf(out, "%*s", (int)pad, "");
	w = put_escaped_n(out, s, bytes);
	if (left)
		fprintf(out, "%*s", (int)pad, "");
	return (int)(w + pad);
}

int bs_vfprintf(FILE *out, const char *fmt, va_list ap)
{
	va_list aq;
	int total = 0;

	va_copy(aq, ap);
	while (*fmt) {
		char spec[64], length[3] = "";
		size_t n = 0;
		int left = 0, width = -1, precision = -1, r;
		const char *lit = strchr(fmt, '%');

		if (!lit)
			lit = fmt + strlen(fmt);
		if (lit > fmt) {
			fwrite(fmt, 1, (size_t)(lit - fmt), out);
			total += (int)(lit - fmt);
			fmt = lit;
			continue;
		}
		fmt++;
		if (*fmt == '%') {
			fputc('%', out);
			total++;
			fmt++;
			continue;
		}
		spec[n++] = '%';
		while (*fmt && strchr("-+ 0#", *fmt)) {
			left |= *fmt == '-';
			if (n < 8)
				spec[n++] = *fmt;
			fmt++;
		}
		if (*fmt == '*') {
			width = va_arg(aq, int);
			if (width < 0) {
				left = 1;
				width = -width;
			}
			fmt++;
		} else if (*fmt >= '0' && *fmt <= '9') {
			width = (int)strtol(fmt, (char **)&fmt, 10);
		}
		if (*fmt == '.') {
			fmt++;
			if (*fmt == '*') {
				precision = va_arg(aq, int);
				fmt++;
			} else {
				precision = (int)strtol(fmt, (char **)&fmt, 10);
			}
		}
		if (left && !memchr(spec, '-', n))
			spec[n++] = '-';
		if (width >= 0)
			n += (size_t)snprintf(spec + n, sizeof(spec) - n, "%d", width);
		if (precision >= 0)
			n += (size_t)snprintf(spec + n, sizeof(spec) - n, ".%d", precision);
		while (*fmt && strchr("hlzjtL", *fmt)) {
			if (strlen(length) < 2) {
				strncat(length, fmt, 1);
				spec[n++] = *fmt;
			}
			fmt++;
		}
		if (!*fmt)
			break;
		spec[n++] = *fmt;
		spec[n] = '\0';
		if (*fmt == 's') {
			const char *s = va_arg(aq, const char *);

			r = put_string(out, s ? s : "(null)", left, width, precision);
		} else {
			r = put_other(out, spec, *fmt, length, &aq);
		}
		fmt++;
		if (r < 0) {
			total = -1;
			break;
		}
		total += r;
	}
	va_end(aq);
	return total;
}

int bs_fprintf(FILE *out, const char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = bs_vfprintf(out, fmt, ap);
	va_end(ap);
	return r;
}
