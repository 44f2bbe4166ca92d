/*
 * libbig — the evaluation of one result (docs/scoring.md, "Terms" and
 * "Requirement score"): what scoring reads of it, derived once when the
 * result changes.
 *
 * SPDX-License-Identifier: MIT
 */
#include <string.h>

#include "assessment-int.h"
#include "catalogue-int.h"
#include "text.h"

_Static_assert(BIG_MAX_LEVELS <= 127 && BIG_STATUS_COUNT <= 255,
	       "maturities and statuses fit in a byte");

int big__derived_maturity(const big_catalogue *cat, const struct big_result *r)
{
	size_t met[BIG_MAX_LEVELS] = {0}; /* criteria met per level (none twice) */
	int level = 0;
	for (size_t k = 0; k < r->criteria_count; k++)
		met[r->criteria[k]->level]++;
	for (int l = 1; l <= cat->max_level; l++) {
		if (met[l] < cat->levels[l].criterion_count)
			break;
		level = l;
	}
	return level;
}

uint32_t big__date_number(const char *d)
{
	if (!d || !*d)
		return 0;
	static const unsigned char digit[] = {0, 1, 2, 3, 5, 6, 8, 9};
	uint32_t n = 0;
	for (size_t k = 0; k < sizeof(digit); k++)
		n = n * 10 + (uint32_t)(d[digit[k]] - '0');
	return n;
}

/* The owner and open actions of @r, as the gaps read them (docs/scoring.md,
 * "Owners and improvement actions"). */
static void eval_plan(struct big_result_eval *e, const struct big_result *r)
{
	uint32_t open = 0, first = 0;
	for (size_t k = 0; k < r->action_count; k++) {
		const struct big_action *x = r->actions[k];
		if (!big__action_open(x))
			continue;
		open += open < UINT32_MAX;
		uint32_t due = big__date_number(x->due);
		if (due && (!first || due < first))
			first = due;
	}
	e->owner_named = r->owner && !big__text_blank(r->owner);
	e->open_actions = open;
	e->first_due = first;
	e->plan = e->owner_named || open;
}

void big__assessment_refresh(big_assessment *a, size_t i)
{
	const big_catalogue *cat = a->catalogue;
	const struct big_result *r = &a->results[i];
	const big_status status = r->status;
	int maturity = big__result_maturity(cat, r);
	struct big_result_eval e = {(signed char)maturity,
				    (unsigned char)status,
				    false,
				    false,
				    true,
				    r->criteria_given && r->maturity >= 0 &&
					r->maturity != maturity,
				    big__demonstration_eval(a, r),
				    false,
				    false,
				    0,
				    0};
	eval_plan(&e, r);
	big__result_explanation(&e, cat, i, r, a->assessed_on);
	a->evals[i] = e;
}

void big__result_explanation(struct big_result_eval *e, const big_catalogue *cat, size_t i,
			     const struct big_result *r, const char *assessed_on)
{
	const big_status status = r->status;
	e->explanation_ok = false;
	e->explained = false;
	e->scorable = true;
	/* Only an exclusion or a risk acceptance needs an explanation. */
	if (status == BIG_STATUS_NOT_APPLICABLE || status == BIG_STATUS_RISK_ACCEPTED) {
		e->explanation_ok = !big__text_blank(r->explanation) && r->expires &&
				    (!assessed_on || strcmp(r->expires, assessed_on) >= 0);
		e->explained = e->explanation_ok && (status == BIG_STATUS_NOT_APPLICABLE ||
						     !cat->requirements[i]->mandatory);
		e->scorable = !(status == BIG_STATUS_NOT_APPLICABLE && e->explained);
	}
}

void big__assessment_refresh_all(big_assessment *a)
{
	for (size_t i = 0; i < a->catalogue->requirement_count; i++)
		big__assessment_refresh(a, i);
}
