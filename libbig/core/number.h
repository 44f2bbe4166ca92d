/*
 * libbig — private: the fast path of number formatting. Gives exactly what
 * big__format_double() would write through printf ("%.15g", "%.16g" or
 * "%.17g", the shortest that reads back the same double) for the numbers
 * reports are made of, without printf, strtod or the locale.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIG_NUMBER_H
#define BIG_NUMBER_H

#include <stddef.h>

/* Room big__number_format() needs, with the terminating NUL. */
#define BIG_NUMBER_SIZE 32

/* big__number_format() of a number that is not an integer (number.c). */
size_t big__number_format_fraction(char *buf, double d);

/* big__number_format_int() of a number that is not a single digit. */
size_t big__number_format_digits(char *buf, long long v);

/* Writes @v in decimal into @buf (at least 21 bytes); returns the length. */
static inline size_t big__number_format_int(char *buf, long long v)
{
	if (v >= 0 && v < 10) { /* most counts */
		buf[0] = (char)('0' + v);
		buf[1] = '\0';
		return 1;
	}
	return big__number_format_digits(buf, v);
}

/* Writes @d into @buf (at least BIG_NUMBER_SIZE bytes) and returns the
 * length, or returns 0 when @d is outside the fast path (not finite, zero,
 * an integer of 15 digits or more, or a fraction below 1e-4 or from 1e9 on):
 * the caller then formats it with printf. Integers, most numbers of a
 * report, are written inline. */
static inline size_t big__number_format(char *buf, double d)
{
	double a = d < 0 ? -d : d;
	if (!(a >= 1e-4 && a < 1e15)) /* also NaN and 0 */
		return 0;
	if (a == (double)(long long)a)
		return big__number_format_int(buf, (long long)d);
	return big__number_format_fraction(buf, d);
}

#endif /* BIG_NUMBER_H */
