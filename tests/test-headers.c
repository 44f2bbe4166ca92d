/*
 * The public headers compile on their own, in any order, under
 * -std=c11 -pedantic -Werror (and as C++, see test-headers.cpp).
 *
 * SPDX-License-Identifier: MIT
 */
#include <big.h>
#include <big/assessment.h>
#include <big/catalogue.h>
#include <big/collaboration.h>
#include <big/errors.h>
#include <big/mapping.h>
#include <big/report.h>
#include <big/version.h>

#if !BIG_VERSION_CHECK(0, 1, 0)
#error "BIG_VERSION_CHECK is wrong"
#endif

int main(void)
{
	big_load_options lo = BIG_LOAD_OPTIONS_INIT;
	big_score_options so = BIG_SCORE_OPTIONS_INIT;
	int major = -1;
	const char *v = big_version(&major, NULL, NULL);
	return !(lo.version == BIG_LOAD_OPTIONS_VERSION &&
		 so.version == BIG_SCORE_OPTIONS_VERSION && major == BIG_VERSION_MAJOR &&
		 v[0] == BIG_VERSION_STRING[0]);
}
