/*
 * libbig — what a result records of the opzet, bestaan and werking (design,
 * existence, operation) of its requirement: whether each is demonstrated,
 * with references to evidence (docs/formats.md, "Opzet, bestaan, werking"),
 * and what scoring reads of it (docs/scoring.md).
 *
 * SPDX-License-Identifier: MIT
 */
#include <string.h>

#include "alloc.h"
#include "assessment-int.h"

/* The dimensions of @r, made on the first one recorded. */
static struct big_demonstration *dimensions(big_assessment *a, struct big_result *r)
{
	if (!r->demo) {
		if (!(r->demo = big__calloc(BIG_DIMENSION_COUNT, sizeof(*r->demo))))
			return NULL;
		a->demo_results++;
	}
	return r->demo;
}

int big__demonstration_set(big_assessment *a, struct big_result *r, big_dimension dim,
			   bool demonstrated)
{
	struct big_demonstration *d = dimensions(a, r);
	if (!d)
		return BIG_ENOMEM;
	d[dim].demonstrated = demonstrated;
	r->demo_given |= (unsigned char)(1u << dim);
	return 0;
}

static void free_ref(big_evidence_ref *e)
{
	if (!e)
		return;
	big_free((char *)e->what);
	big_free((char *)e->where);
	big_free((char *)e->date);
	big_free(e);
}

int big__demonstration_add(big_assessment *a, struct big_result *r, big_dimension dim,
			   big_evidence_kind kind, const char *what, const char *where,
			   const char *date)
{
	struct big_demonstration *d = dimensions(a, r);
	if (!d)
		return BIG_ENOMEM;
	d += dim;
	r->demo_given |= (unsigned char)(1u << dim);
	if (big__grow((void **)&d->evidence, &d->evidence_cap, d->evidence_count + 1,
		      sizeof(*d->evidence)))
		return BIG_ENOMEM;
	/* Each reference allocated alone: a pointer that
	 * big_demonstration_evidence() gave (a binding's view) stays valid
	 * when more are added. */
	big_evidence_ref *e = big__calloc(1, sizeof(*e));
	if (!e)
		return BIG_ENOMEM;
	*e = (big_evidence_ref){kind, big__strdup(what), where ? big__strdup(where) : NULL,
				date ? big__strdup(date) : NULL};
	if (!e->what || (where && !e->where) || (date && !e->date)) {
		free_ref(e);
		return BIG_ENOMEM;
	}
	d->evidence[d->evidence_count++] = e;
	return 0;
}

void big__demonstration_free(big_assessment *a, struct big_result *r)
{
	if (r->demo)
		a->demo_results--;
	for (int k = 0; r->demo && k < BIG_DIMENSION_COUNT; k++) {
		for (size_t i = 0; i < r->demo[k].evidence_count; i++)
			free_ref(r->demo[k].evidence[i]);
		big_free(r->demo[k].evidence);
	}
	big_free(r->demo);
	r->demo = NULL;
	r->demo_given = 0;
}

int big__demonstration_copy(big_assessment *a, struct big_result *to, const struct big_result *from)
{
	int rc = 0;
	for (int k = 0; from->demo && !rc && k < BIG_DIMENSION_COUNT; k++) {
		const struct big_demonstration *d = &from->demo[k];
		if (!(from->demo_given & (1u << k)))
			continue;
		rc = big__demonstration_set(a, to, (big_dimension)k, d->demonstrated);
		for (size_t i = 0; !rc && i < d->evidence_count; i++)
			rc = big__demonstration_add(a, to, (big_dimension)k, d->evidence[i]->kind,
						    d->evidence[i]->what, d->evidence[i]->where,
						    d->evidence[i]->date);
	}
	return rc;
}

/* The dates of a period that is a year ("2025"): its first and last day.
 * Other periods ("2025-Q1", "2024-2025") have none: false (the report then
 * notes period-not-checked). */
static bool period_days(const char *period, char first[11], char last[11])
{
	for (int i = 0; i < 4; i++)
		if (period[i] < '0' || period[i] > '9')
			return false;
	if (period[4])
		return false;
	memcpy(first, period, 4);
	memcpy(first + 4, "-01-01", 7);
	memcpy(last, period, 4);
	memcpy(last + 4, "-12-31", 7);
	return true;
}

/* Whether evidence dated @date lies outside the period @period. */
static bool outside_period(const char *period, const char *date)
{
	char first[11], last[11];
	return date && period_days(period, first, last) &&
	       (strcmp(date, first) < 0 || strcmp(date, last) > 0);
}

unsigned char big__demonstration_eval(const big_assessment *a, const struct big_result *r)
{
	unsigned bits = r->demo_given ? BIG_DEMO_RECORDED : 0;
	for (int k = 0; r->demo && k < BIG_DIMENSION_COUNT; k++)
		if ((r->demo_given & (1u << k)) && r->demo[k].demonstrated)
			bits |= 1u << k;
	if ((bits & (1u << BIG_DIMENSION_WERKING)) && !(bits & (1u << BIG_DIMENSION_BESTAAN)))
		bits |= BIG_DEMO_WERKING_WITHOUT_BESTAAN;
	if ((bits & (1u << BIG_DIMENSION_BESTAAN)) && !(bits & (1u << BIG_DIMENSION_OPZET)))
		bits |= BIG_DEMO_BESTAAN_WITHOUT_OPZET;
	char first[11], last[11];
	const bool year = period_days(a->period, first, last);
	for (size_t i = 0; r->demo && i < r->demo[BIG_DIMENSION_WERKING].evidence_count; i++) {
		const char *date = r->demo[BIG_DIMENSION_WERKING].evidence[i]->date;
		if (date && !year)
			bits |= BIG_DEMO_PERIOD_UNCHECKED;
		else if (outside_period(a->period, date))
			bits |= BIG_DEMO_WERKING_OUTSIDE_PERIOD;
	}
	return (unsigned char)bits;
}

bool big__demonstration_outside_period(const big_assessment *a, const char *date)
{
	return outside_period(a->period, date);
}

const big_demonstration *big_result_demonstration(const big_result *r, big_dimension dimension)
{
	if ((unsigned)dimension >= BIG_DIMENSION_COUNT || !(r->demo_given & (1u << dimension)))
		return NULL;
	return &r->demo[dimension];
}

bool big_demonstration_demonstrated(const big_demonstration *d)
{
	return d->demonstrated;
}

size_t big_demonstration_evidence_count(const big_demonstration *d)
{
	return d->evidence_count;
}

const big_evidence_ref *big_demonstration_evidence(const big_demonstration *d, size_t i)
{
	return i < d->evidence_count ? d->evidence[i] : NULL;
}
