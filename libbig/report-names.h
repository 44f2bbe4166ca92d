/*
 * libbig — private: names shared by the report writers (JSON and CSV).
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIG_REPORT_NAMES_H
#define BIG_REPORT_NAMES_H

#include <stddef.h>

#include "big.h"

/* Number of gap kinds: kind k is the bit 1u << k of big_gap.kinds. */
#define BIG_GAP_KIND_COUNT 3
_Static_assert(BIG_GAP_IMPLEMENTATION == 1u << 0 && BIG_GAP_MATURITY == 1u << 1 &&
		   BIG_GAP_EXPLANATION == 1u << 2,
	       "gap kind k is bit 1u << k");

/* Document name of gap kind @k (0 <= k < BIG_GAP_KIND_COUNT), in the order
 * the documents list them: implementation, maturity, explanation. */
static inline const char *big_gap_kind_name(size_t k)
{
	static const char *const names[BIG_GAP_KIND_COUNT] = {"implementation", "maturity",
							      "explanation"};
	return names[k];
}

#endif /* BIG_REPORT_NAMES_H */
