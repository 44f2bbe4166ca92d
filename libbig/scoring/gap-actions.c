/*
 * libbig — what the gaps of a report say of their improvement actions: the
 * owner of the requirement, its open actions, whether it has none, whether
 * one is overdue (docs/scoring.md, "Gaps").
 *
 * The report borrows the owners and actions from its assessment, which it
 * holds a reference to (big_score()): copying them cost more than scoring
 * itself (docs/performance.md). What a gap needs to know of them without
 * reading them (is the owner named, how many actions are open, the earliest
 * due date) is derived when the result changes (result-eval.c).
 *
 * SPDX-License-Identifier: MIT
 */
#include "alloc.h"
#include "assessment-int.h"
#include "catalogue-int.h"
#include "report-int.h"

void big__gap_plan(big_gap *g, const struct big_result *res, const struct big_result_eval *e,
		   uint32_t reference)
{
	/* A blank owner names nobody: the gap has none. */
	g->owner = e->owner_named ? res->owner : NULL;
	g->open_actions = e->open_actions;
	g->without_action = e->open_actions == 0;
	/* overdue: an open action due before the reference date */
	g->overdue = reference && e->first_due && e->first_due < reference;
}

int big__report_gap_actions(big_report *r, const big_assessment *a)
{
	size_t open = 0;
	for (size_t g = 0; g < r->gap_count; g++)
		open += r->gaps[g].open_actions;
	if (!open)
		return 0; /* no open action: nothing to list (gap_action_first NULL) */
	size_t first = (r->gap_count + 1) * sizeof(size_t);
	char *block = big__malloc(first + open * sizeof(*r->gap_actions));
	if (!block)
		return BIG_ENOMEM;
	r->gap_text = block;
	r->gap_action_first = (size_t *)block;
	r->gap_actions = (const struct big_action **)(block + first);
	size_t k = 0;
	for (size_t g = 0; g < r->gap_count; g++) {
		const big_gap *gap = &r->gaps[g];
		r->gap_action_first[g] = k;
		if (!gap->open_actions)
			continue;
		const struct big_result *res = &a->results[gap->node->requirement];
		for (size_t i = 0; i < res->action_count; i++)
			if (big__action_open(res->actions[i]))
				r->gap_actions[k++] = res->actions[i];
	}
	r->gap_action_first[r->gap_count] = k;
	return 0;
}

const big_action *big_report_gap_action(const big_report *r, size_t gap, size_t i)
{
	if (gap >= r->gap_count || i >= r->gaps[gap].open_actions) /* also: none at all */
		return NULL;
	return r->gap_actions[r->gap_action_first[gap] + i];
}

const char *big_report_as_of(const big_report *r)
{
	return r->reference;
}
