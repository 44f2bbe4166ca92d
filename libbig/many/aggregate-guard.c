/*
 * libbig — the publication guard of an aggregate (docs/scoring.md, "The
 * publication guard of an aggregate"): with k > 1, every figure over fewer
 * than k organisations is withheld once the aggregate is built — its overall
 * scores, those of each node, and each member's own overall scores (an
 * organisation's are over one). The combined requirement values stay, so a
 * nested aggregate still enters its parents whole.
 *
 * SPDX-License-Identifier: MIT
 */
#include <string.h>

#include "aggregate-int.h"

/* Withholds the figures of @s when fewer than @k organisations are beneath. */
static void guard(big_aggregate_scores *s, unsigned int k)
{
	if (k <= 1 || s->n >= k)
		return;
	unsigned int n = s->n, applicable = s->applicable;
	memset(s, 0, sizeof(*s));
	s->n = n;
	s->applicable = applicable;
	s->suppressed = true;
}

void big__aggregate_guard(big_aggregate_report *ag)
{
	guard(&ag->overall, ag->k);
	for (size_t i = 0; i < ag->catalogue->node_count; i++)
		guard(&ag->scores[i], ag->k);
	for (size_t i = 0; i < ag->missing_first; i++)
		guard(&ag->member_scores[i], ag->k);
}
