/*
 * libbig tests — suite "number": the fast number formatting of the writers
 * (libbig/core/number.c) gives exactly what printf gives: the shortest of "%.15g",
 * "%.16g" and "%.17g" that reads back to the same double, or declines.
 *
 * SPDX-License-Identifier: MIT
 */
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "number.h"
#include "test-common.h"

/* What the writers wrote before number.c, with printf and strtod. */
static void reference(char *buf, size_t size, double d)
{
	for (int precision = 15; precision <= 17; precision++) {
		snprintf(buf, size, "%.*g", precision, d);
		if (strtod(buf, NULL) == d)
			break;
	}
}

/* Fails unless big__number_format() declines @d or writes what printf does;
 * returns whether it took the fast path. */
static int check(double d)
{
	char fast[BIG_NUMBER_SIZE], slow[64];
	memset(fast, 'x', sizeof(fast));
	size_t n = big__number_format(fast, d);
	if (n == 0)
		return 0;
	reference(slow, sizeof(slow), d);
	ck_assert_msg(strcmp(fast, slow) == 0, "%.17g: fast path wrote \"%s\", printf \"%s\"", d,
		      fast, slow);
	ck_assert_uint_eq(n, strlen(slow));
	return 1;
}

START_TEST(test_scores)
{
	/* Every fraction i/j a score can be, and the worked examples' numbers. */
	int fast = 0;
	for (int j = 1; j <= 120; j++)
		for (int i = 0; i <= j; i++) {
			fast += check((double)i / j);
			fast += check(2.5 * i / j);
			fast += check(-(double)i / j);
		}
	ck_assert_int_gt(fast, 15000); /* the fast path is the common one */
	check(0.4166666666666667);
	check(0.36904761904761907);
	check(0.33333333333333337);
}
END_TEST

START_TEST(test_boundaries)
{
	/* Around the edges of the fast path, and of the decimal exponents. */
	static const double edges[] = {1e-4, 1e-3, 0.01, 0.1, 1, 10, 100, 1e8, 1e9, 1e14, 1e15};
	for (size_t e = 0; e < sizeof(edges) / sizeof(edges[0]); e++) {
		double up = edges[e], down = edges[e];
		for (int k = 0; k < 100; k++) {
			check(up);
			check(-up);
			check(down);
			up = nextafter(up, INFINITY);
			down = nextafter(down, 0);
		}
	}
	/* Powers of two (a neighbour is half as far below) and ties of printf's
	 * rounding: dyadic fractions with many digits. */
	for (int e = 1; e < 70; e++)
		for (uint64_t m = 1; m < 1000; m += 2)
			check(ldexp((double)m, -e));
	for (int e = -20; e < 40; e++)
		check(ldexp(1.0, e));
	ck_assert_uint_eq(big__number_format((char[BIG_NUMBER_SIZE]){0}, 0.0), 0);
	ck_assert_uint_eq(big__number_format((char[BIG_NUMBER_SIZE]){0}, NAN), 0);
	ck_assert_uint_eq(big__number_format((char[BIG_NUMBER_SIZE]){0}, INFINITY), 0);
	ck_assert_uint_eq(big__number_format((char[BIG_NUMBER_SIZE]){0}, DBL_MIN), 0);
}
END_TEST

START_TEST(test_random)
{
	/* Random doubles of every mantissa across the fast path's exponents
	 * (xorshift64, fixed seed). */
	uint64_t x = 88172645463325252u;
	for (int k = 0; k < 20000; k++) {
		x ^= x << 13;
		x ^= x >> 7;
		x ^= x << 17;
		uint64_t bits =
		    (x & 0x000fffffffffffffu) | ((uint64_t)(1005 + (x >> 52) % 60) << 52);
		double d;
		memcpy(&d, &bits, sizeof(d));
		check(d);
		check((double)(x % 1000000007u) / (double)(1 + (x >> 40) % 100000));
	}
}
END_TEST

START_TEST(test_integers)
{
	static const long long values[] = {0,   1,         -1,         9,         10,       99,
					   100, 123456789, -987654321, LLONG_MAX, LLONG_MIN};
	for (size_t i = 0; i < sizeof(values) / sizeof(values[0]); i++) {
		char fast[24], slow[32];
		size_t n = big__number_format_int(fast, values[i]);
		snprintf(slow, sizeof(slow), "%lld", values[i]);
		ck_assert_str_eq(fast, slow);
		ck_assert_uint_eq(n, strlen(slow));
	}
	/* Integral doubles below 1e15 are written as integers. */
	check(3);
	check(-42);
	check(999999999999999);
}
END_TEST

static Suite *number_suite(void)
{
	Suite *s = suite_create("number");
	TCase *tc = tcase_create("format");

	tcase_add_test(tc, test_scores);
	tcase_add_test(tc, test_boundaries);
	tcase_add_test(tc, test_random);
	tcase_add_test(tc, test_integers);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return test_run_suite(number_suite());
}
