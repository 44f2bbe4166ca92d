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

size_t big__number_format_digits(char *buf, long long v)
{
	char tmp[24];
	size_t n = 0, len = 0;
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

/* The decimal exponent of a = m·2^-q: the x with 10^x <= a < 10^(x+1).
 * From the binary exponent e, floor(e·log10(2)) (1233/4096 is close enough
 * for the exponents of the fast path) is x or one less. */
static int decimal_exponent(uint64_t m, int q)
{
	int e = 52 - q; /* 2^e <= a < 2^(e+1) */
	int x = e >= 0 ? (e * 1233) >> 12 : -((-e * 1233 + 4095) >> 12);
	return at_least_pow10(m, q, x + 1) ? x + 1 : x;
}

/* "00" to "99". */
static const char digit_pairs[] = "00010203040506070809101112131415161718192021222324"
				  "25262728293031323334353637383940414243444546474849"
				  "50515253545556575859606162636465666768697071727374"
				  "75767778798081828384858687888990919293949596979899";

/* The @n last decimal digits of @v, ending at @end, two at a time. */
static void put_digits(char *end, uint64_t v, int n)
{
	for (; n >= 2; n -= 2, v /= 100) {
		end -= 2;
		memcpy(end, digit_pairs + 2 * (v % 100), 2);
	}
	if (n)
		end[-1] = (char)('0' + v % 10);
}

/* digits·10^-scale (@p digits) in the fixed notation of %g: trailing zeros
 * of the fraction dropped. A candidate is never an integer (an integer that
 * reads back as the double would be the double), so some fraction is left;
 * only the shortest candidate, of 15 digits, can have trailing zeros, at
 * most 14: dropped 8, 4, 2 and 1 at a time. */
static size_t fixed(char *buf, bool negative, uint64_t digits, int p, int scale)
{
	static const uint64_t chunks[] = {100000000u, 10000u, 100u, 10u};
	static const int chunk_zeros[] = {8, 4, 2, 1};
	char d[24];
	size_t len = 0;

	for (int c = 0; c < 4; c++)
		if (scale > chunk_zeros[c] && digits % chunks[c] == 0) {
			digits /= chunks[c];
			p -= chunk_zeros[c];
			scale -= chunk_zeros[c];
		}
	put_digits(d + p, digits, p);
	int point = p - scale; /* digits before the decimal point (may be <= 0) */
	if (negative)
		buf[len++] = '-';
	if (point <= 0) {
		buf[len++] = '0';
		buf[len++] = '.';
		for (int i = point; i < 0; i++)
			buf[len++] = '0';
		memcpy(buf + len, d, (size_t)p);
		len += (size_t)p;
	} else {
		memcpy(buf + len, d, (size_t)point);
		len += (size_t)point;
		if (scale > 0) {
			buf[len++] = '.';
			memcpy(buf + len, d + point, (size_t)scale);
			len += (size_t)scale;
		}
	}
	buf[len] = '\0';
	return len;
}

size_t big__number_format_fraction(char *buf, double d)
{
	double a = d < 0 ? -d : d;

	if (a >= 1e9)
		return 0;

	uint64_t bits;
	memcpy(&bits, &a, sizeof(bits));
	int e = (int)(bits >> 52);
	uint64_t m = (bits & (((uint64_t)1 << 52) - 1)) | ((uint64_t)1 << 52);
	int q = 1075 - e; /* a = m·2^-q; 23 <= q <= 66 in this range */

	int x = decimal_exponent(m, q);
	for (int p = 15; p <= 17; p++) {
		uint64_t n;
		int scale;
		if (candidate(m, q, x, p, &n, &scale))
			return fixed(buf, d < 0, n, p, scale);
	}
	return 0; /* not reached: 17 digits always read back */
}

#else /* no 128-bit integers: integers only */

size_t big__number_format_fraction(char *buf, double d)
{
	(void)buf;
	(void)d;
	return 0;
}

#endif
