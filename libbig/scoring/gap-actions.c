/*
 * libbig — what the gaps of a report say of their improvement actions: the
 * owner of the requirement, its open actions, whether it has none, whether
 * one is overdue (docs/scoring.md, "Gaps"). The report keeps copies, so
 * that it outlives its assessment.
 *
 * SPDX-License-Identifier: MIT
 */
#include <string.h>

#include "alloc.h"
#include "assessment-int.h"
#include "catalogue-int.h"
#include "report-int.h"
#include "text.h"

/* Whether the open action @x is overdue on @reference ("": no date). */
static bool overdue(const struct big_action *x, const char *reference)
{
	return *reference && x->due && strcmp(x->due, reference) < 0;
}

void big__gap_plan(big_gap *g, const struct big_result *res, const char *reference)
{
	size_t open = 0;
	bool late = false;
	/* A blank owner names nobody: the gap has none. */
	g->owner = res->owner && !big__text_blank(res->owner) ? res->owner : NULL;
	for (size_t i = 0; i < res->action_count; i++) {
		const struct big_action *x = res->actions[i];
		if (big__action_open(x)) {
			open++;
			late |= overdue(x, reference);
		}
	}
	g->open_actions = open;
	g->without_action = open == 0;
	g->overdue = late;
}

/* The result of gap @g, a gap of a report of @a. */
static const struct big_result *result_of(const big_assessment *a, const big_gap *g)
{
	return &a->results[g->node->requirement];
}

int big__report_gap_actions(big_report *r, const big_assessment *a)
{
	size_t open = 0, text = 0;
	/* Only a gap with open actions reads its result (and node) again: the
	 * gaps of most assessments have none. */
	for (size_t g = 0; g < r->gap_count; g++) {
		const big_gap *gap = &r->gaps[g];
		text += big__text_size(gap->owner);
		if (!gap->open_actions)
			continue;
		const struct big_result *res = result_of(a, gap);
		open += gap->open_actions;
		for (size_t i = 0; i < res->action_count; i++) {
			const struct big_action *x = res->actions[i];
			if (big__action_open(x))
				text += big__text_size(x->description) + big__text_size(x->owner) +
					big__text_size(x->due);
		}
	}
	if (!open && !text)
		return 0; /* no owner, no open action: nothing to copy (gap_action_first NULL) */
	/* the actions first: the strings after them need no alignment */
	size_t actions = open * sizeof(struct big_action);
	size_t first = (r->gap_count + 1) * sizeof(size_t);
	char *block = big__malloc(actions + first + text);
	if (!block)
		return BIG_ENOMEM;
	r->gap_text = block;
	r->gap_actions = (struct big_action *)block;
	r->gap_action_first = (size_t *)(block + actions);
	char *p = block + actions + first;
	size_t k = 0;
	for (size_t g = 0; g < r->gap_count; g++) {
		big_gap *gap = &r->gaps[g];
		r->gap_action_first[g] = k;
		gap->owner = big__text_copy(&p, gap->owner);
		if (!gap->open_actions)
			continue;
		const struct big_result *res = result_of(a, gap);
		for (size_t i = 0; i < res->action_count; i++) {
			const struct big_action *x = res->actions[i];
			if (big__action_open(x))
				r->gap_actions[k++] =
				    (struct big_action){big__text_copy(&p, x->description),
							big__text_copy(&p, x->owner),
							big__text_copy(&p, x->due), x->status};
		}
	}
	r->gap_action_first[r->gap_count] = k;
	return 0;
}

const big_action *big_report_gap_action(const big_report *r, size_t gap, size_t i)
{
	if (gap >= r->gap_count || i >= r->gaps[gap].open_actions) /* also: none at all */
		return NULL;
	return &r->gap_actions[r->gap_action_first[gap] + i];
}

const char *big_report_as_of(const big_report *r)
{
	return r->reference;
}
