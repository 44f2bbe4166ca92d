/*
 * libbig — private: the fast path of number formatting. Gives exactly what
 * big_format_double() would write through printf ("%.15g", "%.16g" or
 * "%.17g", the shortest that reads back the same double) for the numbers
 * reports are made of, without printf, strtod or the locale.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIG_NUMBER_H
#define BIG_NUMBER_H

#include <stddef.h>

/* Room big_number_format() needs, with the terminating NUL. */
#define BIG_NUMBER_SIZE 32

/* Writes @d into @buf (at least BIG_NUMBER_SIZE bytes) and returns the
 * length, or returns 0 when @d is outside the fast path (not finite, zero,
 * an integer of 15 digits or more, or a fraction below 1e-4 or from 1e9 on):
 * the caller then formats it with printf. */
size_t big_number_format(char *buf, double d);

/* Writes @v in decimal into @buf (at least 21 bytes); returns the length. */
size_t big_number_format_int(char *buf, long long v);

#endif /* BIG_NUMBER_H */
