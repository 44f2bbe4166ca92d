/*
 * libbig — formatting doubles without printf (see number.h).
 *
 * A finite double is m·2^-q with a 53-bit integer m. Scaled by 10^s it
 * becomes the integer quotient of m·10^s by 2^q, which 128-bit arithmetic
 * computes exactly for the range handled here, and so does the test whether
 * a decimal reads back to the same double: that is whether it lies within
 * half a unit in the last place of it (a tie reads back to the even
 * mantissa). printf rounds ties to even, as done here.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "number.h"

size_t big_number_format_int(char *buf, long long v)
{
	char tmp[24];
	size_t n = 0, len = 0;
	if (v >= 0 && v < 10) { /* most counts */
		buf[0] = (char)('0' + v);
		buf[1] = '\0';
		return 1;
	}
	unsigned long long u = v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;

	do {
		tmp[n++] = (char)('0' + u % 10);
		u /= 10;
	} while (u);
	if (v < 0)
		buf[len++] = '-';
	while (n)
		buf[len++] = tmp[--n];
	buf[len] = '\0';
	return len;
}

#ifdef __SIZEOF_INT128__

__extension__ typedef unsigned __int128 u128;

static const uint64_t pow10_table[20] = {
    1u,
    10u,
    100u,
    1000u,
    10000u,
    100000u,
    1000000u,
    10000000u,
    100000000u,
    1000000000u,
    10000000000u,
    100000000000u,
    1000000000000u,
    10000000000000u,
    100000000000000u,
    1000000000000000u,
    10000000000000000u,
    100000000000000000u,
    1000000000000000000u,
    10000000000000000000u,
};

/* 10^e for 0 <= e <= 38. */
static u128 pow10_u128(int e)
{
	return e < 20 ? pow10_table[e] : (u128)pow10_table[e - 19] * pow10_table[19];
}

/* a = m·2^-q >= 10^x ? */
static bool at_least_pow10(uint64_t m, int q, int x)
{
	if (x >= 0)
		return (u128)m >= (pow10_u128(x) << q);
	return (u128)m * pow10_u128(-x) >= ((u128)1 << q);
}

/* The correctly rounded @p-digit decimal of m·2^-q (in [10^x, 10^(x+1))):
 * *n·10^-*s. Whether it reads back to the same double. */
static bool candidate(uint64_t m, int q, int x, int p, uint64_t *n, int *s)
{
	int scale = p - 1 - x;
	u128 num = (u128)m * pow10_u128(scale);
	u128 mask = ((u128)1 << q) - 1, half = (u128)1 << (q - 1);
	u128 rem = num & mask;
	uint64_t digits = (uint64_t)(num >> q);

	if (rem > half || (rem == half && (digits & 1)))
		digits++;
	if ((u128)digits == pow10_u128(p)) { /* 9.99… rounded up to 10.0… */
		digits /= 10;
		scale--;
	}
	*n = digits;
	*s = scale;

	/* |digits·10^-scale − m·2^-q| against half the gap to the neighbour. */
	u128 up = (u128)digits << q, exact = (u128)m * pow10_u128(scale);
	u128 ten = pow10_u128(scale);
	if (up >= exact) {
		u128 d2 = (up - exact) * 2;
		return d2 < ten || (d2 == ten && !(m & 1));
	}
	/* Below a power of two the neighbour is half as far. */
	u128 d = (exact - up) * (m == (uint64_t)1 << 52 ? 4 : 2);
	return d < ten || (d == ten && !(m & 1));
}

/* digits·10^-scale in the fixed notation of %g: trailing zeros dropped. */
static size_t fixed(char *buf, bool negative, uint64_t digits, int p, int scale)
{
	char d[24];
	size_t len = 0;
	int point = p - scale; /* digits before the decimal point (may be <= 0) */

	for (int i = p - 1; i >= 0; i--) {
		d[i] = (char)('0' + digits % 10);
		digits /= 10;
	}
	int last = p - 1;
	while (last >= 0 && last >= point && d[last] == '0')
		last--;
	if (negative)
		buf[len++] = '-';
	if (point <= 0) {
		buf[len++] = '0';
		buf[len++] = '.';
		for (int i = point; i < 0; i++)
			buf[len++] = '0';
		memcpy(buf + len, d, (size_t)last + 1);
		len += (size_t)last + 1;
	} else {
		memcpy(buf + len, d, (size_t)point);
		len += (size_t)point;
		if (last >= point) {
			buf[len++] = '.';
			memcpy(buf + len, d + point, (size_t)(last - point + 1));
			len += (size_t)(last - point + 1);
		}
	}
	buf[len] = '\0';
	return len;
}

size_t big_number_format(char *buf, double d)
{
	double a = d < 0 ? -d : d;

	if (!(a >= 1e-4 && a < 1e15)) /* also NaN and 0 */
		return 0;
	if (a < 1e15 && a == (double)(long long)a)
		return big_number_format_int(buf, (long long)d);
	if (a >= 1e9)
		return 0;

	uint64_t bits;
	memcpy(&bits, &a, sizeof(bits));
	int e = (int)(bits >> 52);
	uint64_t m = (bits & (((uint64_t)1 << 52) - 1)) | ((uint64_t)1 << 52);
	int q = 1075 - e; /* a = m·2^-q; 23 <= q <= 66 in this range */

	int x = 8;
	while (x > -4 && !at_least_pow10(m, q, x))
		x--;
	for (int p = 15; p <= 17; p++) {
		uint64_t n;
		int scale;
		if (candidate(m, q, x, p, &n, &scale))
			return fixed(buf, d < 0, n, p, scale);
	}
	return 0; /* not reached: 17 digits always read back */
}

#else /* no 128-bit integers: integers only */

size_t big_number_format(char *buf, double d)
{
	double a = d < 0 ? -d : d;
	if (a >= 1 && a < 1e15 && a == (double)(long long)a)
		return big_number_format_int(buf, (long long)d);
	return 0;
}

#endif
