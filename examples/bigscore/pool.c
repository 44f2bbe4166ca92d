/*
 * bigscore — many assessments at once (aggregate, report --peers): loading
 * files and directories with progress, one catalogue, one period, one
 * assessment per organisation.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bigscore.h"

void bs_pool_free(struct bs_pool *p)
{
	for (size_t i = 0; i < p->count; i++)
		big_assessment_free(p->items[i]);
	free(p->items);
	free(p->files);
	memset(p, 0, sizeof(*p));
}

static int pool_add(struct bs_pool *p, big_assessment *a, const char *file)
{
	if (p->count == p->size) {
		size_t size = p->size ? 2 * p->size : 16;
		big_assessment **items = realloc(p->items, size * sizeof(*items));
		const char **files;

		if (items == NULL)
			return bs_error(BS_INTERNAL, "out of memory");
		p->items = items;
		files = realloc(p->files, size * sizeof(*files));
		if (files == NULL)
			return bs_error(BS_INTERNAL, "out of memory");
		p->files = files;
		p->size = size;
	}
	p->items[p->count] = a;
	p->files[p->count++] = file;
	return BS_OK;
}

/* Whether @p a belongs to the catalogue of the pool; else reports it. */
static int same_catalogue(const struct bs_pool *p, const big_assessment *a, const char *file)
{
	const big_catalogue *want = big_assessment_catalogue(p->items[0]);
	const big_catalogue *cat = big_assessment_catalogue(a);

	if (cat == want)
		return BS_OK;
	return bs_error(BS_INPUT,
			"%s: $.catalogue: an assessment for %s %s among assessments for %s %s",
			file, big_catalogue_id(cat), big_catalogue_version(cat),
			big_catalogue_id(want), big_catalogue_version(want));
}

struct org {
	const char *id;
	size_t index;
};

static int by_organisation(const void *x, const void *y)
{
	const struct org *a = x, *b = y;
	int c = strcmp(a->id, b->id);

	return c ? c : (a->index > b->index) - (a->index < b->index);
}

/* Reports two assessments of one organisation, naming both files. */
static int check_duplicates(const struct bs_pool *p)
{
	struct org *order = malloc((p->count ? p->count : 1) * sizeof(*order));
	int status = BS_OK;

	if (order == NULL)
		return bs_error(BS_INTERNAL, "out of memory");
	for (size_t i = 0; i < p->count; i++)
		order[i] = (struct org){big_assessment_organisation_id(p->items[i]), i};
	qsort(order, p->count, sizeof(*order), by_organisation);
	for (size_t i = 1; status == BS_OK && i < p->count; i++)
		if (strcmp(order[i - 1].id, order[i].id) == 0)
			status = bs_error(
			    BS_INPUT, "%s: organisation %s has another assessment in %s",
			    p->files[order[i].index], order[i].id, p->files[order[i - 1].index]);
	free(order);
	return status;
}

/*
 * Sets *take to whether @p a (of @p file) takes part: it is of the period
 * asked for, or, when none is, of the pool's period. Returns an exit code:
 * mixed periods without @p period are reported.
 */
static int check_period(struct bs_pool *p, const big_assessment *a, const char *file,
			const char *period, int *take)
{
	const char *have = big_assessment_period(a);

	*take = period ? strcmp(have, period) == 0 : 1;
	p->other_periods += !*take;
	if (period || p->count == 0 || strcmp(have, big_assessment_period(p->items[0])) == 0)
		return BS_OK;
	return bs_error(BS_INPUT,
			"%s: $.period: period %s, but %s is of period %s; choose one with --period",
			file, have, p->files[0], big_assessment_period(p->items[0]));
}

/* Sets *take to whether @p a joins the pool: of kind @p kind (NULL: any) and
 * of the period (check_period()). Returns an exit code. */
static int admit(struct bs_pool *p, const big_assessment *a, const char *file, const char *kind,
		 const char *period, int *take)
{
	*take = 0;
	if (kind && strcmp(big_assessment_organisation_kind(a), kind) != 0)
		return BS_OK;
	if (p->count && same_catalogue(p, a, file) != BS_OK)
		return BS_INPUT;
	return check_period(p, a, file, period, take);
}

int bs_pool_load(struct bs_pool *p, struct bs_catalogues *cs, const struct bs_list *files,
		 const struct bs_list *from_dir, const big_load_options *lo, const char *kind,
		 const char *period, int progress)
{
	struct bs_progress pr;
	struct bs_skipped sk = {"an assessment", "assessments", NULL, NULL, 0};
	int status = BS_OK;

	bs_progress_start(&pr, "loaded", files->count, progress);
	for (size_t i = 0; status == BS_OK && i < files->count; i++) {
		big_assessment *a = NULL;
		struct bs_doc d;
		int take = 0;

		status = bs_doc_read(&d, files->items[i]);
		if (status == BS_OK && from_dir->items[i] && d.kind != BS_DOC_ASSESSMENT)
			bs_skipped_add(&sk, from_dir->items[i], files->items[i]);
		else if (status == BS_OK)
			status = bs_load_assessment_doc(&a, cs, &d, lo, 1);
		bs_doc_free(&d);
		if (a)
			status = admit(p, a, files->items[i], kind, period, &take);
		if (take && status == BS_OK && (status = pool_add(p, a, files->items[i])) == BS_OK)
			a = NULL; /* the pool's */
		big_assessment_free(a);
		bs_progress_step(&pr, i + 1);
	}
	if (status == BS_OK)
		bs_skipped_end(&sk);
	if (status == BS_OK)
		status = check_duplicates(p);
	return status;
}

const big_assessment *bs_pool_find(const struct bs_pool *p, const char *organisation)
{
	for (size_t i = 0; i < p->count; i++)
		if (strcmp(big_assessment_organisation_id(p->items[i]), organisation) == 0)
			return p->items[i];
	return NULL;
}
