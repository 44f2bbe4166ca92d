/*
 * libbig — the improvement actions of a result: what will be done about a
 * shortfall, by whom and when (docs/formats.md, "Improvement actions").
 *
 * Each action is allocated alone and lives as long as its assessment: a
 * pointer handed out by big_result_action() stays valid when more actions
 * are added or the list is cleared (the Python and PHP views hold them).
 *
 * SPDX-License-Identifier: MIT
 */
#include "alloc.h"
#include "assessment-int.h"

static void free_action(struct big_action *x)
{
	if (!x)
		return;
	big_free(x->description);
	big_free(x->owner);
	big_free(x->due);
	big_free(x);
}

int big__action_add(struct big_result *r, const char *description, const char *owner,
		    const char *due, big_action_status status)
{
	if (big__grow((void **)&r->actions, &r->action_cap, r->action_count + 1,
		      sizeof(*r->actions)))
		return BIG_ENOMEM;
	struct big_action *x = big__calloc(1, sizeof(*x));
	if (!x)
		return BIG_ENOMEM;
	*x = (struct big_action){big__strdup(description), owner ? big__strdup(owner) : NULL,
				 due ? big__strdup(due) : NULL, status};
	if (!x->description || (owner && !x->owner) || (due && !x->due)) {
		free_action(x);
		return BIG_ENOMEM;
	}
	r->actions[r->action_count++] = x;
	return 0;
}

int big__action_copy(struct big_result *to, const struct big_result *from)
{
	int rc = 0;
	for (size_t i = 0; !rc && i < from->action_count; i++) {
		const struct big_action *x = from->actions[i];
		rc = big__action_add(to, x->description, x->owner, x->due, x->status);
	}
	return rc;
}

void big__action_free(struct big_result *r)
{
	for (size_t i = 0; i < r->action_count; i++)
		free_action(r->actions[i]);
	big_free(r->actions);
	r->actions = NULL;
	r->action_count = r->action_cap = 0;
}

int big__action_clear(big_assessment *a, struct big_result *r)
{
	if (big__grow((void **)&a->cleared, &a->cleared_cap, a->cleared_count + r->action_count,
		      sizeof(*a->cleared)))
		return BIG_ENOMEM;
	for (size_t i = 0; i < r->action_count; i++)
		a->cleared[a->cleared_count++] = r->actions[i];
	r->action_count = 0;
	return 0;
}

void big__action_free_cleared(big_assessment *a)
{
	for (size_t i = 0; i < a->cleared_count; i++)
		free_action(a->cleared[i]);
	big_free(a->cleared);
}

size_t big_result_action_count(const big_result *r)
{
	return r->action_count;
}

const big_action *big_result_action(const big_result *r, size_t i)
{
	return i < r->action_count ? r->actions[i] : NULL;
}

const char *big_action_description(const big_action *x)
{
	return x->description;
}

const char *big_action_owner(const big_action *x)
{
	return x->owner;
}

const char *big_action_due(const big_action *x)
{
	return x->due;
}

big_action_status big_action_get_status(const big_action *x)
{
	return x->status;
}
