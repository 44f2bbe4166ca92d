/*
 * synth — the plan of a synthetic data set: organisations, their names and
 * profiles, collaborations and their members, the requirements of the
 * catalogue. The documents themselves are written by synth-text.c.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "synth-int.h"

const char *const synth_kind_names[SYNTH_KIND_COUNT] = {
    "sociale_dienst",
    "belastingsamenwerking",
    "ict",
};

static const char *const kind_titles[SYNTH_KIND_COUNT] = {
    "Sociale Dienst",
    "Belastingsamenwerking",
    "ICT-samenwerking",
};

/* Candidate delegations per kind (ids of BIO2 1.2); the first variant whose
 * ids all exist in the catalogue at hand is used when another one does not. */
static const char *const delegations[SYNTH_KIND_COUNT][3][SYNTH_MAX_DELEGATED] = {
    {{"6", "5.14"}, {"6"}, {"6.3", "5.14", "5.34"}},
    {{"5.14", "5.34", "8.13"}, {"5.34"}, {"5.34", "8.11", "8.24"}},
    {{"8"}, {"7", "8"}, {"8", "5.23", "5.30"}},
};

/* Syllables of the fictional town names: chosen so that the names do not
 * read as real Dutch municipalities. */
static const char *const onsets[] = {
    "Brak", "Kwel", "Proef", "Lin",   "Mos",  "Vlier", "Dors", "Ganz", "Holt", "Kran",
    "Lep",  "Murw", "Nes",   "Ot",    "Pael", "Quak",  "Rijs", "Sleu", "Tjon", "Uil",
    "Vork", "Wiel", "Ysel",  "Zwaag", "Bos",  "Eker",  "Fok",  "Grub", "Hiel", "Jol",
};
static const char *const middles[] = {
    "", "", "", "", "e", "el", "er", "en", "ke", "ter", "le", "de",
};
static const char *const ends[] = {
    "veen",  "dam",  "voort", "horst", "wijk",  "rade",  "lo",   "meer",
    "dijk",  "kerk", "broek", "zijl",  "hoven", "stede", "warf", "gouw",
    "schot", "laar", "donk",  "em",    "ingen", "um",    "rum",  "hage",
};
static const char *const suffixes[] = {
    "", "", "", "", "", "", "", "", "", "-Oost", "-West", " aan de Vliet",
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static uint64_t mix(uint64_t z)
{
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
	return z ^ (z >> 31);
}

uint64_t synth_rng_next(struct synth_rng *r)
{
	r->state += 0x9e3779b97f4a7c15u;
	return mix(r->state);
}

struct synth_rng synth_rng_keyed(uint64_t seed, uint64_t domain, uint64_t a, uint64_t b, uint64_t c)
{
	uint64_t k = mix(seed + 0x9e3779b97f4a7c15u);
	k = mix(k ^ (domain * 0xd1b54a32d192ed03u));
	k = mix(k ^ (a + 0x632be59bd9b4e019u));
	k = mix(k ^ (b + 0x8cb92ba72f3d8dd7u));
	k = mix(k ^ (c + 0xa4093822299f31d0u));
	return (struct synth_rng){k};
}

unsigned synth_below(struct synth_rng *r, unsigned n)
{
	return (unsigned)(((synth_rng_next(r) >> 32) * n) >> 32);
}

void synth_town_name(const synth *s, size_t i, char *buf, size_t size)
{
	struct synth_rng r = synth_rng_keyed(s->seed, SYNTH_D_NAME, i, 0, 0);
	const char *a = onsets[synth_below(&r, COUNT(onsets))];
	const char *b = middles[synth_below(&r, COUNT(middles))];
	const char *c = ends[synth_below(&r, COUNT(ends))];
	const char *d = suffixes[synth_below(&r, COUNT(suffixes))];
	snprintf(buf, size, "%s%s%s%s", a, b, c, d);
}

/* Inhabitants: a skewed distribution as that of Dutch municipalities (a few
 * thousand to a few hundred thousand, most between 10 000 and 60 000). */
unsigned synth_inhabitants(const synth *s, size_t i)
{
	static const unsigned lo[] = {900, 10000, 30000, 60000, 150000};
	static const unsigned hi[] = {10000, 30000, 60000, 150000, 900000};
	static const unsigned share[] = {100, 400, 280, 170, 50}; /* per mille */
	struct synth_rng r = synth_rng_keyed(s->seed, SYNTH_D_ORG, i, 1, 0);
	unsigned u = synth_below(&r, 1000), k = 0;
	while (k + 1 < COUNT(share) && u >= share[k])
		u -= share[k++];
	return lo[k] + synth_below(&r, hi[k] - lo[k]);
}

struct synth_entity synth_municipality(const synth *s, size_t i)
{
	struct synth_rng r = synth_rng_keyed(s->seed, SYNTH_D_ORG, i, 0, 0);
	struct synth_entity e = {i, SYNTH_D_ORG, 0, 0, 0, 0, 0};
	e.quality = 300 + (int)synth_below(&r, 450);
	/* Most improve year on year, one in ten slips a little. */
	e.trend =
	    synth_below(&r, 10) == 0 ? -(int)synth_below(&r, 25) : 10 + (int)synth_below(&r, 60);
	e.gap = 20 + (int)synth_below(&r, 100);
	unsigned m = synth_below(&r, 100);
	e.maturity = m < 30 ? 0 : m < 75 ? 1 : 2;
	e.maturity_from = (int)synth_below(&r, 3);
	return e;
}

struct synth_entity synth_collaboration_entity(const synth *s, size_t j)
{
	struct synth_rng r = synth_rng_keyed(s->seed, SYNTH_D_COLLAB, j, 1, 0);
	struct synth_entity e = {j, SYNTH_D_COLLAB, 0, 0, 0, 0, 0};
	e.quality = 550 + (int)synth_below(&r, 300);
	e.trend = 5 + (int)synth_below(&r, 40);
	e.gap = (int)synth_below(&r, 40);
	e.maturity = 1 + (int)synth_below(&r, 2);
	e.maturity_from = 0;
	return e;
}

size_t synth_organisation_count(const synth *s)
{
	return s->orgs;
}

size_t synth_collaboration_count(const synth *s)
{
	return s->collabs;
}

size_t synth_period_count(const synth *s)
{
	return s->periods;
}

const char *synth_period(const synth *s, size_t p)
{
	return s->period_ids[p];
}

const char *synth_organisation_id(const synth *s, size_t i)
{
	return s->org_ids + i * SYNTH_ID_SIZE;
}

const char *synth_collaboration_id(const synth *s, size_t j)
{
	return s->collab[j].id;
}

static int fail(char *err, size_t size, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(err, size, fmt, ap);
	va_end(ap);
	return -1;
}

static bool has_ancestor(const big_node *n, const char *const *ids, size_t count)
{
	for (; n; n = big_node_parent(n))
		for (size_t k = 0; k < count; k++)
			if (strcmp(big_node_id(n), ids[k]) == 0)
				return true;
	return false;
}

/* The first variant (from a random start) whose ids are all in the catalogue. */
static void plan_delegation(const synth *s, struct synth_collab *c, struct synth_rng *r)
{
	unsigned start = synth_below(r, 3);
	for (unsigned v = 0; v < 3 && !c->delegated_count; v++) {
		const char *const *ids = delegations[c->kind][(start + v) % 3];
		size_t n = 0;
		while (n < SYNTH_MAX_DELEGATED && ids[n] && big_catalogue_find(s->cat, ids[n]))
			n++;
		if (n == SYNTH_MAX_DELEGATED || !ids[n]) {
			memcpy(c->delegated, ids, n * sizeof(*ids));
			c->delegated_count = n;
		}
	}
}

static int cmp_size(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	return x < y ? -1 : x > y;
}

/* Collaboration j of its kind occupies a window of municipalities; windows of
 * one kind do not overlap, those of different kinds do, so that some
 * municipalities are members of several collaborations. */
static int plan_collaboration(synth *s, size_t j, unsigned id_digits)
{
	struct synth_collab *c = &s->collab[j];
	struct synth_rng r = synth_rng_keyed(s->seed, SYNTH_D_COLLAB, j, 0, 0);
	size_t per_kind =
	    (s->collabs + SYNTH_KIND_COUNT - 1 - j % SYNTH_KIND_COUNT) / SYNTH_KIND_COUNT;
	size_t spacing = s->orgs / per_kind, rank = j / SYNTH_KIND_COUNT;
	size_t offset = (j % SYNTH_KIND_COUNT) * spacing / SYNTH_KIND_COUNT;
	size_t size = 3 + synth_below(&r, 10);

	c->kind = (enum synth_kind)(j % SYNTH_KIND_COUNT);
	snprintf(c->id, sizeof(c->id), "SV9%0*zu", (int)id_digits, j + 1);
	if (size > spacing)
		size = spacing < 3 ? (s->orgs < 3 ? s->orgs : 3) : spacing;
	size_t window = spacing > 3 ? spacing : (s->orgs < 3 ? s->orgs : 3);
	size_t *pick = malloc(window * sizeof(*pick));
	c->members = malloc(size * sizeof(*c->members));
	if (!pick || !c->members) {
		free(pick);
		return -1;
	}
	for (size_t k = 0; k < window; k++)
		pick[k] = (offset + rank * spacing + k) % s->orgs;
	for (size_t k = 0; k < size; k++) { /* partial Fisher-Yates */
		size_t m = k + synth_below(&r, (unsigned)(window - k));
		size_t t = pick[k];
		pick[k] = pick[m];
		pick[m] = t;
	}
	memcpy(c->members, pick, size * sizeof(*pick));
	free(pick);
	qsort(c->members, size, sizeof(*c->members), cmp_size);
	c->member_count = size;

	if (synth_below(&r, 3) == 0) {
		if (!(c->weights = malloc(size * sizeof(*c->weights))))
			return -1;
		for (size_t k = 0; k < size; k++)
			c->weights[k] = 1 + synth_below(&r, 4);
	}
	static const char *const policies[SYNTH_KIND_COUNT][4] = {
	    {"collaboration", "collaboration", "collaboration", "worst"},
	    {"worst", "worst", "collaboration", "best"},
	    {"collaboration", "collaboration", "best", "member"},
	};
	c->policy = policies[c->kind][synth_below(&r, 4)];
	plan_delegation(s, c, &r);

	char town[SYNTH_NAME_SIZE / 2];
	synth_town_name(s, c->members[0], town, sizeof(town));
	snprintf(c->name, sizeof(c->name), "%s %s e.o.", kind_titles[c->kind], town);

	if (!(c->reqs = malloc((s->req_count ? s->req_count : 1) * sizeof(*c->reqs))))
		return -1;
	for (size_t k = 0; k < s->req_count; k++)
		if (has_ancestor(s->reqs[k].node, c->delegated, c->delegated_count))
			c->reqs[c->req_count++] = k;
	return 0;
}

static unsigned digits(size_t n)
{
	unsigned d = 1;
	while (n >= 10) {
		n /= 10;
		d++;
	}
	return d;
}

static int plan_requirements(synth *s)
{
	s->req_count = big_catalogue_requirement_count(s->cat);
	s->reqs = calloc(s->req_count ? s->req_count : 1, sizeof(*s->reqs));
	if (!s->reqs)
		return -1;
	for (size_t k = 0; k < s->req_count; k++) {
		struct synth_rng r = synth_rng_keyed(s->seed, SYNTH_D_REQ, k, 0, 0);
		s->reqs[k].node = big_catalogue_requirement(s->cat, k);
		s->reqs[k].id = big_node_id(s->reqs[k].node);
		s->reqs[k].difficulty = (int)synth_below(&r, 301) - 150;
	}
	return 0;
}

int synth_new(synth **out, const big_catalogue *cat, const struct synth_options *opts, char *err,
	      size_t errsize)
{
	*out = NULL;
	if (opts->organisations < 1 || opts->organisations > SYNTH_MAX_ORGANISATIONS)
		return fail(err, errsize, "organisations must be 1..%u", SYNTH_MAX_ORGANISATIONS);
	if (opts->periods < 1 || opts->periods > SYNTH_MAX_PERIODS)
		return fail(err, errsize, "periods must be 1..%u", SYNTH_MAX_PERIODS);

	synth *s = calloc(1, sizeof(*s));
	if (!s)
		return fail(err, errsize, "out of memory");
	s->seed = opts->seed;
	s->cat = cat;
	s->orgs = opts->organisations;
	s->periods = opts->periods;
	/* ~30 collaborations per 340 municipalities, none below three. */
	s->collabs = s->orgs < 3 ? 0 : (s->orgs * 30 + 170) / 340;
	if (s->orgs >= 3 && s->collabs == 0)
		s->collabs = 1;
	s->profile = big_catalogue_find_profile(cat, "alles") ? "alles" : NULL;
	for (size_t p = 0; p < s->periods; p++)
		snprintf(s->period_ids[p], sizeof(s->period_ids[p]), "%u",
			 (unsigned)(SYNTH_FIRST_PERIOD + p % SYNTH_MAX_PERIODS));

	unsigned od = digits(s->orgs) < 3 ? 3 : digits(s->orgs);
	unsigned cd = digits(s->collabs) < 3 ? 3 : digits(s->collabs);
	s->org_ids = malloc(s->orgs * SYNTH_ID_SIZE);
	s->collab = calloc(s->collabs ? s->collabs : 1, sizeof(*s->collab));
	if (!s->org_ids || !s->collab || plan_requirements(s)) {
		synth_free(s);
		return fail(err, errsize, "out of memory");
	}
	for (size_t i = 0; i < s->orgs; i++)
		snprintf(s->org_ids + i * SYNTH_ID_SIZE, SYNTH_ID_SIZE, "GM9%0*zu", (int)od, i + 1);
	for (size_t j = 0; j < s->collabs; j++)
		if (plan_collaboration(s, j, cd)) {
			synth_free(s);
			return fail(err, errsize, "out of memory");
		}
	*out = s;
	return 0;
}

void synth_free(synth *s)
{
	if (!s)
		return;
	for (size_t j = 0; s->collab && j < s->collabs; j++) {
		free(s->collab[j].members);
		free(s->collab[j].weights);
		free(s->collab[j].reqs);
	}
	free(s->collab);
	free(s->reqs);
	free(s->org_ids);
	free(s);
}
