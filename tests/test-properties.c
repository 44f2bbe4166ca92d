/*
 * libbig tests — suite "properties": seeded property tests of scoring.
 *
 * Every test runs over a fixed list of seeds (1 .. N_SEEDS; set
 * BIG_PROP_SEED=<n> to run one seed alone, and BIG_PROP_DEBUG=1 to print its
 * catalogue, assessment and options, and the gap lists). From a seed a small deterministic
 * generator (splitmix64, not rand()) writes a random catalogue as JSON text —
 * one-level (top-level leaves only) or a tree of depth 1–4 with random weights
 * in (0, 5] written with up to 3 decimals, mandatory requirements, assessable
 * inner nodes, tags, one or two profiles (tags, `all`, `extends`, `priority`),
 * sometimes a maturity model of its own and a `default_target` — and a random
 * assessment over it, built through the API: every status, maturities -1..N,
 * explanations present, blank or missing, `expires` before, equal to or after
 * `assessed_on` or missing, `assessed_on` itself sometimes missing.
 *
 * The expected values come from a reference implementation of
 * docs/scoring.md written here from the generated inputs (struct model and
 * struct inputs), never from the library. A failing check names its seed and
 * property.
 *
 * Summation order. docs/scoring.md gives Σ w·s / Σ w over R(n) without an
 * order; the reference sums recursively, S(n) = own term + Σ S(child) in
 * catalogue order (the overall: Σ S(top-level node)), which is how a node's
 * sums follow from its children's. Comparisons are then bitwise.
 *
 * SPDX-License-Identifier: MIT
 */
#include <float.h>
#include <inttypes.h>
#include <math.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "test-common.h"

#define N_SEEDS      256
#define MAX_NODES    96
#define MAX_CHILDREN 4
#define N_TAGS       5
#define MAX_PROFILES 2
#define N_ROLLUPS    3
#define N_DATES      6

static const big_rollup rollups[N_ROLLUPS] = {BIG_ROLLUP_HIERARCHICAL, BIG_ROLLUP_FLAT,
					      BIG_ROLLUP_WEAKEST};
static const char *const tag_names[N_TAGS] = {"t0", "t1", "t2", "t3", "t4"};
/* Sorted, so that the order of indices is the order of the dates. */
static const char *const dates[N_DATES] = {"2024-12-31", "2025-01-01", "2025-09-30",
					   "2025-10-01", "2025-10-02", "2026-06-30"};
/* Blank (docs/scoring.md, "Terms"): white space of any kind, or nothing. */
static const char *const blanks[] = {"",     " ",    "\t \n",
				     "\r\n", "\v\f", "\xc2\xa0\xe3\x80\x80\xef\xbb\xbf"};
static const char *const texts[] = {"Geen eigen datacenter", "Vervanging gepland",
				    " Zie risicoanalyse ", "x"};
static const char *const owners[] = {"CISO", "Teamleider ICT"};

/* ---------------------------------------------------------------- failures */

static uint64_t cur_seed;
static const char *cur_prop = "";

/* Like ck_assert_msg, naming the seed and the property; give at least one argument. */
#define PCHECK(cond, fmt, ...)                                                         \
	do {                                                                           \
		if (!(cond))                                                           \
			ck_abort_msg("seed %" PRIu64 ", %s: " fmt, cur_seed, cur_prop, \
				     __VA_ARGS__);                                     \
	} while (0)

/* A libbig call that must succeed (Check's own ck_assert costs a write per call). */
#define BIG_OK(expr)                                                                    \
	do {                                                                            \
		int rc_ = (expr);                                                       \
		PCHECK(rc_ == BIG_OK, "%s returned %s: %s", #expr, big_error_name(rc_), \
		       big_error_last()->message);                                      \
	} while (0)

static bool same_double(double a, double b)
{
	return memcmp(&a, &b, sizeof(a)) == 0;
}

/* ------------------------------------------------------ PRNG: splitmix64 */

struct rng {
	uint64_t s;
};

static uint64_t rng_next(struct rng *r)
{
	uint64_t z = (r->s += UINT64_C(0x9E3779B97F4A7C15));
	z = (z ^ (z >> 30)) * UINT64_C(0xBF58476D1CE4E5B9);
	z = (z ^ (z >> 27)) * UINT64_C(0x94D049BB133111EB);
	return z ^ (z >> 31);
}

static unsigned rng_below(struct rng *r, unsigned n)
{
	return (unsigned)(rng_next(r) % n);
}

static bool rng_chance(struct rng *r, unsigned percent)
{
	return rng_below(r, 100) < percent;
}

/* ------------------------------------------------------------ text buffer */

struct sbuf {
	char *p;
	size_t len, cap;
};

static void sb_add(struct sbuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void sb_add(struct sbuf *b, const char *fmt, ...)
{
	for (;;) {
		va_list ap;
		va_start(ap, fmt);
		int n = vsnprintf(b->p ? b->p + b->len : NULL, b->p ? b->cap - b->len : 0, fmt, ap);
		va_end(ap);
		if (n < 0)
			ck_abort_msg("vsnprintf failed");
		if (b->p && b->len + (size_t)n < b->cap) {
			b->len += (size_t)n;
			return;
		}
		b->cap = 2 * (b->cap + (size_t)n + 64);
		b->p = realloc(b->p, b->cap);
		if (!b->p)
			ck_abort_msg("out of memory");
	}
}

/* ------------------------------------------------------------ the inputs */

struct mnode {
	char id[24];
	int parent; /* -1 for a top-level node */
	int child[MAX_CHILDREN];
	int nchild;
	double weight;        /* strtod of weight_text, 1 when omitted */
	char weight_text[16]; /* "" when omitted */
	int assessable_json;  /* -1 omitted, else the value written */
	bool assessable;
	bool mandatory;
	unsigned tags;    /* own tags (bit set over tag_names) */
	unsigned carried; /* own and ancestors' tags */
};

struct mprofile {
	char id[4];
	unsigned tags;
	bool all;
	int extends; /* -1 or a profile index */
	int prio[N_TAGS];
	int nprio;
	bool has_prio;
	/* Closure over extends. */
	unsigned sel_tags;
	bool sel_all;
	const struct mprofile *prio_from; /* whose priority applies, or NULL */
};

struct model {
	struct mnode node[MAX_NODES]; /* in pre-order */
	int n;
	int root[MAX_NODES];
	int nroot;
	int max_level;
	int default_target_json; /* -1 when omitted */
	int default_target;      /* what applies: the written one, else min(3, N) */
	struct mprofile prof[MAX_PROFILES];
	int nprof;
	bool declare_tags;
	struct sbuf json;
	big_catalogue *cat;
};

enum { EXPL_MISSING, EXPL_BLANK, EXPL_TEXT };

struct mresult {
	bool recorded;   /* anything set through the API */
	bool status_set; /* set_status called (else not_assessed) */
	big_status status;
	int maturity; /* -1: none */
	int expl;     /* EXPL_* */
	const char *expl_text;
	int expires; /* index into dates, -1: none */
	const char *owner;
};

struct inputs {
	int assessed_on; /* index into dates, -1: none */
	int target;      /* -1: none */
	int profile;     /* -1: none */
	struct mresult res[MAX_NODES];
};

struct options {
	int target;  /* -1: none */
	int profile; /* -1: none */
};

/* ------------------------------------------------- generating a catalogue */

enum { SHAPE_ANY, SHAPE_ONE_LEVEL };
enum { WEIGHTS_RANDOM, WEIGHTS_DEFAULT, WEIGHTS_EQUAL };

static void weight_text(unsigned k, char *out, size_t size)
{
	/* k / 1000 with up to 3 decimals, trailing zeros dropped: 0.125, 0.5, 2. */
	if (k % 1000 == 0) {
		snprintf(out, size, "%u", k / 1000);
		return;
	}
	snprintf(out, size, "%u.%03u", k / 1000, k % 1000);
	size_t len = strlen(out);
	while (out[len - 1] == '0')
		out[--len] = '\0';
}

static void set_weight(struct mnode *n, struct rng *r, int mode, const char *equal)
{
	if (mode == WEIGHTS_DEFAULT || (mode == WEIGHTS_RANDOM && rng_chance(r, 30))) {
		n->weight_text[0] = '\0';
		n->weight = 1;
		return;
	}
	if (mode == WEIGHTS_EQUAL)
		snprintf(n->weight_text, sizeof(n->weight_text), "%s", equal);
	else
		weight_text(1 + rng_below(r, 5000), n->weight_text, sizeof(n->weight_text));
	n->weight = strtod(n->weight_text, NULL);
}

static int add_node(struct model *m, struct rng *r, int parent, int depth, int max_depth,
		    const char *id, int wmode, const char *equal)
{
	int i = m->n++;
	struct mnode *n = &m->node[i];

	memset(n, 0, sizeof(*n));
	snprintf(n->id, sizeof(n->id), "%s", id);
	n->parent = parent;
	set_weight(n, r, wmode, equal);
	n->mandatory = rng_chance(r, 25);
	for (unsigned k = rng_below(r, 3); k > 0; k--)
		n->tags |= 1u << rng_below(r, N_TAGS);
	n->carried = n->tags | (parent >= 0 ? m->node[parent].carried : 0);
	int want = depth + 1 < max_depth && !rng_chance(r, 25) ? 1 + (int)rng_below(r, 4) : 0;
	for (int k = 0; k < want && m->n < MAX_NODES; k++) {
		char cid[sizeof(n->id)];
		if (snprintf(cid, sizeof(cid), "%s.%d", id, k + 1) >= (int)sizeof(cid))
			break; /* too deep for an id: no more children (not reached) */
		int c = add_node(m, r, i, depth + 1, max_depth, cid, wmode, equal);
		m->node[i].child[m->node[i].nchild++] = c;
	}
	n = &m->node[i];
	if (n->nchild == 0)
		n->assessable_json = rng_chance(r, 5) ? 0 : rng_chance(r, 20) ? 1 : -1;
	else
		n->assessable_json = rng_chance(r, 25) ? 1 : rng_chance(r, 20) ? 0 : -1;
	n->assessable = n->assessable_json >= 0 ? n->assessable_json == 1 : n->nchild == 0;
	return i;
}

static void write_tags(struct sbuf *b, const char *key, unsigned tags)
{
	const char *sep = "";
	sb_add(b, ",\"%s\":[", key);
	for (int t = 0; t < N_TAGS; t++) {
		if (tags & (1u << t)) {
			sb_add(b, "%s\"%s\"", sep, tag_names[t]);
			sep = ",";
		}
	}
	sb_add(b, "]");
}

static void write_node(struct sbuf *b, const struct model *m, int i)
{
	static const char *const kinds[] = {"chapter", "objective", "control", "measure"};
	const struct mnode *n = &m->node[i];
	int depth = 0;

	for (int p = n->parent; p >= 0; p = m->node[p].parent)
		depth++;
	sb_add(b, "{\"id\":\"%s\",\"kind\":\"%s\",\"title\":\"Node %s\"", n->id, kinds[depth],
	       n->id);
	if (n->weight_text[0])
		sb_add(b, ",\"weight\":%s", n->weight_text);
	if (n->assessable_json >= 0)
		sb_add(b, ",\"assessable\":%s", n->assessable_json ? "true" : "false");
	if (n->mandatory)
		sb_add(b, ",\"mandatory\":true");
	if (n->tags)
		write_tags(b, "tags", n->tags);
	if (n->nchild) {
		sb_add(b, ",\"children\":[");
		for (int k = 0; k < n->nchild; k++) {
			if (k)
				sb_add(b, ",");
			write_node(b, m, n->child[k]);
		}
		sb_add(b, "]");
	}
	sb_add(b, "}");
}

static void gen_profiles(struct model *m, struct rng *r)
{
	m->nprof = 1 + (int)rng_below(r, MAX_PROFILES);
	for (int p = 0; p < m->nprof; p++) {
		struct mprofile *pr = &m->prof[p];
		memset(pr, 0, sizeof(*pr));
		if (snprintf(pr->id, sizeof(pr->id), "p%d", p) >= (int)sizeof(pr->id))
			break; /* ids of at most MAX_PROFILES fit (gcc cannot tell) */
		pr->extends = p > 0 && rng_chance(r, 50) ? 0 : -1;
		pr->all = rng_chance(r, 10);
		if (!pr->all && (pr->extends < 0 || rng_chance(r, 60)))
			for (unsigned k = 1 + rng_below(r, 2); k > 0; k--)
				pr->tags |= 1u << rng_below(r, N_TAGS);
		if (rng_chance(r, 60)) {
			/* A random order of some distinct tags. */
			int perm[N_TAGS];
			for (int t = 0; t < N_TAGS; t++)
				perm[t] = t;
			for (int t = N_TAGS - 1; t > 0; t--) {
				int j = (int)rng_below(r, (unsigned)t + 1), x = perm[t];
				perm[t] = perm[j];
				perm[j] = x;
			}
			pr->has_prio = true;
			pr->nprio = 1 + (int)rng_below(r, N_TAGS);
			memcpy(pr->prio, perm, sizeof(perm));
		}
		/* Closure: profile 1 may extend profile 0, which extends nothing. */
		pr->sel_tags = pr->tags;
		pr->sel_all = pr->all;
		pr->prio_from = pr->has_prio ? pr : NULL;
		if (pr->extends >= 0) {
			const struct mprofile *base = &m->prof[pr->extends];
			pr->sel_tags |= base->sel_tags;
			pr->sel_all |= base->sel_all;
			if (!pr->prio_from)
				pr->prio_from = base->prio_from;
		}
	}
}

static void write_catalogue(struct model *m)
{
	struct sbuf *b = &m->json;

	sb_add(b, "{\"format\":\"libbig.catalogue\",\"format_version\":1,\"id\":\"prop\","
		  "\"version\":\"1\",\"title\":\"Property catalogue\"");
	if (m->max_level != 5) {
		sb_add(b, ",\"maturity_model\":{\"levels\":[");
		for (int l = 0; l <= m->max_level; l++)
			sb_add(b, "%s{\"level\":%d,\"label\":\"L%d\"}", l ? "," : "", l, l);
		sb_add(b, "]}");
	}
	if (m->default_target_json >= 0)
		sb_add(b, ",\"default_target\":%d", m->default_target_json);
	if (m->declare_tags) {
		sb_add(b, ",\"tags\":[");
		for (int t = 0; t < N_TAGS; t++)
			sb_add(b, "%s{\"id\":\"%s\"}", t ? "," : "", tag_names[t]);
		sb_add(b, "]");
	}
	sb_add(b, ",\"profiles\":[");
	for (int p = 0; p < m->nprof; p++) {
		const struct mprofile *pr = &m->prof[p];
		sb_add(b, "%s{\"id\":\"%s\"", p ? "," : "", pr->id);
		if (pr->tags)
			write_tags(b, "tags", pr->tags);
		if (pr->all)
			sb_add(b, ",\"all\":true");
		if (pr->extends >= 0)
			sb_add(b, ",\"extends\":[\"%s\"]", m->prof[pr->extends].id);
		if (pr->has_prio) {
			sb_add(b, ",\"priority\":[");
			for (int k = 0; k < pr->nprio; k++)
				sb_add(b, "%s\"%s\"", k ? "," : "", tag_names[pr->prio[k]]);
			sb_add(b, "]");
		}
		sb_add(b, "}");
	}
	sb_add(b, "],\"nodes\":[");
	for (int k = 0; k < m->nroot; k++) {
		if (k)
			sb_add(b, ",");
		write_node(b, m, m->root[k]);
	}
	sb_add(b, "]}\n");
}

static void gen_catalogue(struct model *m, struct rng *r, int shape)
{
	int wmode = WEIGHTS_RANDOM;
	char equal[8];

	m->n = m->nroot = 0;
	/* Often a model of its own, with few levels (N < 3) or many. */
	m->max_level = !rng_chance(r, 40)  ? 5
		       : rng_chance(r, 50) ? 1 + (int)rng_below(r, 3)
					   : 1 + (int)rng_below(r, 9);
	m->default_target_json =
	    rng_chance(r, 50) ? (int)rng_below(r, (unsigned)m->max_level + 1) : -1;
	/* "the default target 3, capped by a smaller maturity model" */
	m->default_target = m->default_target_json >= 0 ? m->default_target_json
			    : m->max_level < 3          ? m->max_level
							: 3;
	m->declare_tags = rng_chance(r, 50);
	if (shape == SHAPE_ONE_LEVEL) {
		wmode = (int)rng_below(r, 3);
		weight_text(1 + rng_below(r, 5000), equal, sizeof(equal));
	}
	int roots = shape == SHAPE_ONE_LEVEL ? 1 + (int)rng_below(r, 30) : 1 + (int)rng_below(r, 4);
	int max_depth = shape == SHAPE_ONE_LEVEL ? 1 : 1 + (int)rng_below(r, 4);
	for (int k = 0; k < roots && m->n < MAX_NODES; k++) {
		char id[24];
		snprintf(id, sizeof(id), "%d", k + 1);
		m->root[m->nroot++] = add_node(m, r, -1, 0, max_depth, id, wmode, equal);
	}
	gen_profiles(m, r);
	write_catalogue(m);
}

/* ----------------------------------------------- generating an assessment */

static void gen_inputs(const struct model *m, struct inputs *in, struct rng *r)
{
	memset(in, 0, sizeof(*in));
	in->assessed_on = rng_chance(r, 85) ? 1 + (int)rng_below(r, 4) : -1;
	in->target = rng_chance(r, 40) ? (int)rng_below(r, (unsigned)m->max_level + 1) : -1;
	in->profile = rng_chance(r, 25) ? (int)rng_below(r, (unsigned)m->nprof) : -1;
	for (int i = 0; i < m->n; i++) {
		struct mresult *res = &in->res[i];
		res->maturity = -1;
		res->expires = -1;
		if (!m->node[i].assessable || rng_chance(r, 12))
			continue;
		res->recorded = true;
		res->status_set = !rng_chance(r, 5);
		res->status = res->status_set ? (big_status)rng_below(r, BIG_STATUS_COUNT)
					      : BIG_STATUS_NOT_ASSESSED;
		if (rng_chance(r, 70))
			res->maturity = (int)rng_below(r, (unsigned)m->max_level + 1);
		bool exception = res->status == BIG_STATUS_NOT_APPLICABLE ||
				 res->status == BIG_STATUS_RISK_ACCEPTED;
		unsigned e = rng_below(r, 100);
		res->expl = e < (exception ? 55u : 20u)   ? EXPL_TEXT
			    : e < (exception ? 75u : 30u) ? EXPL_BLANK
							  : EXPL_MISSING;
		if (res->expl == EXPL_TEXT)
			res->expl_text = texts[rng_below(r, 4)];
		else if (res->expl == EXPL_BLANK)
			res->expl_text = blanks[rng_below(r, sizeof(blanks) / sizeof(blanks[0]))];
		if (rng_chance(r, exception ? 80 : 20))
			res->expires = (int)rng_below(r, N_DATES);
		if (rng_chance(r, 40))
			res->owner = owners[rng_below(r, 2)];
	}
}

static void gen_options(const struct model *m, struct options *o, struct rng *r)
{
	o->profile = rng_chance(r, 45) ? (int)rng_below(r, (unsigned)m->nprof) : -1;
	o->target = rng_chance(r, 40) ? (int)rng_below(r, (unsigned)m->max_level + 1) : -1;
}

static big_assessment *build(const struct model *m, const struct inputs *in)
{
	big_assessment *a = NULL;

	BIG_OK(big_assessment_new(&a, m->cat, "GM0001", "2025"));
	if (in->assessed_on >= 0)
		BIG_OK(big_assessment_set_assessed_on(a, dates[in->assessed_on]));
	if (in->target >= 0)
		BIG_OK(big_assessment_set_target(a, in->target));
	if (in->profile >= 0)
		BIG_OK(big_assessment_set_profile(a, m->prof[in->profile].id));
	for (int i = 0; i < m->n; i++) {
		const struct mresult *res = &in->res[i];
		const char *id = m->node[i].id;
		if (!res->recorded)
			continue;
		if (res->status_set)
			BIG_OK(big_assessment_set_status(a, id, res->status));
		if (res->maturity >= 0)
			BIG_OK(big_assessment_set_maturity(a, id, res->maturity));
		if (res->expl != EXPL_MISSING)
			BIG_OK(big_assessment_set_explanation(a, id, res->expl_text));
		if (res->expires >= 0)
			BIG_OK(big_assessment_set_expires(a, id, dates[res->expires]));
		if (res->owner)
			BIG_OK(big_assessment_set_owner(a, id, res->owner));
		if (!res->status_set && res->maturity < 0 && res->expl == EXPL_MISSING &&
		    res->expires < 0 && !res->owner)
			BIG_OK(big_assessment_set_status(a, id, BIG_STATUS_NOT_ASSESSED));
	}
	return a;
}

/* ---------------------------------------- the reference (docs/scoring.md) */

/* One requirement as docs/scoring.md "Terms" and "Requirement score" see it. */
struct reval {
	bool applicable, expl_ok, explained, scorable;
	big_status status;
	int maturity;
	double s;
};

/* Sums over R(n), summed recursively: own term, then the children in order. */
struct rsum {
	unsigned applicable, counts[BIG_STATUS_COUNT], covered, complied, scorable;
	double w, ws, mw, mwm;
	int min_level;  /* over the scorable requirements, no maturity counting as 0 */
	int m_lo, m_hi; /* smallest and largest maturity given, when mw > 0 */
	bool hier_has, weak_has;
	double hier, weak;
};

struct ref {
	int profile, target;
	struct reval ev[MAX_NODES];
	struct rsum sum[MAX_NODES];
	struct rsum overall;
};

static bool is_blank(const char *s)
{
	/* "white space alone counts as empty" */
	for (; s && *s; s++)
		if (*s != ' ' && *s != '\t' && *s != '\r' && *s != '\n')
			return false;
	return true;
}

static bool profile_selects(const struct model *m, int p, int i)
{
	const struct mprofile *pr = &m->prof[p];
	return pr->sel_all || (m->node[i].carried & pr->sel_tags) != 0;
}

static void rsum_add_child(struct rsum *to, const struct rsum *c)
{
	to->applicable += c->applicable;
	for (int s = 0; s < BIG_STATUS_COUNT; s++)
		to->counts[s] += c->counts[s];
	to->covered += c->covered;
	to->complied += c->complied;
	to->w += c->w;
	to->ws += c->ws;
	if (c->mw > 0) {
		to->m_lo = to->mw > 0 && to->m_lo < c->m_lo ? to->m_lo : c->m_lo;
		to->m_hi = to->mw > 0 && to->m_hi > c->m_hi ? to->m_hi : c->m_hi;
	}
	to->mw += c->mw;
	to->mwm += c->mwm;
	if (c->scorable && (!to->scorable || c->min_level < to->min_level))
		to->min_level = c->min_level;
	to->scorable += c->scorable;
}

/* The inner-node roll-ups over children (hierarchical mean, weakest minimum). */
static void rsum_rollups(struct rsum *to, const struct model *m, const struct ref *ref,
			 const int *children, int count)
{
	double hw = 0, hws = 0;
	bool any = false;
	for (int k = 0; k < count; k++) {
		const struct rsum *c = &ref->sum[children[k]];
		double w = m->node[children[k]].weight;
		if (c->hier_has) {
			hw += w;
			hws += w * c->hier;
			any = true;
		}
		if (c->weak_has && (!to->weak_has || c->weak < to->weak)) {
			to->weak = c->weak;
			to->weak_has = true;
		}
	}
	if (any) {
		to->hier_has = true;
		to->hier = hws / hw;
	}
}

static void ref_node(struct ref *ref, const struct model *m, int i)
{
	const struct mnode *n = &m->node[i];
	const struct reval *e = &ref->ev[i];
	struct rsum *s = &ref->sum[i];

	memset(s, 0, sizeof(*s));
	if (n->assessable && e->applicable) {
		s->applicable = 1;
		s->counts[e->status] = 1;
		s->covered = e->status != BIG_STATUS_NOT_ASSESSED;
		s->complied = e->status == BIG_STATUS_IMPLEMENTED || e->explained;
		if (e->scorable) {
			s->scorable = 1;
			s->w += n->weight;
			s->ws += n->weight * e->s;
			if (e->maturity >= 0) {
				s->mw += n->weight;
				s->mwm += n->weight * e->maturity;
				s->m_lo = s->m_hi = e->maturity;
			}
			s->min_level = e->maturity >= 0 ? e->maturity : 0;
			/* "an assessable node that is scored counts as a leaf (its own s,
			 * whatever its children)" */
			s->hier_has = s->weak_has = true;
			s->hier = s->weak = e->s;
		}
	}
	for (int k = 0; k < n->nchild; k++) {
		ref_node(ref, m, n->child[k]);
		rsum_add_child(s, &ref->sum[n->child[k]]);
	}
	/* Not scored itself: it rolls up its children like any inner node. */
	if (!(n->assessable && e->applicable && e->scorable))
		rsum_rollups(s, m, ref, n->child, n->nchild);
}

static void ref_compute(struct ref *ref, const struct model *m, const struct inputs *in,
			const struct options *o)
{
	const char *assessed_on = in->assessed_on >= 0 ? dates[in->assessed_on] : NULL;

	memset(ref, 0, sizeof(*ref));
	ref->profile = o->profile >= 0 ? o->profile : in->profile;
	ref->target = o->target >= 0 ? o->target : in->target >= 0 ? in->target : m->default_target;
	for (int i = 0; i < m->n; i++) {
		const struct mresult *res = &in->res[i];
		struct reval *e = &ref->ev[i];
		const char *expires = res->expires >= 0 ? dates[res->expires] : NULL;
		e->status =
		    res->recorded && res->status_set ? res->status : BIG_STATUS_NOT_ASSESSED;
		e->maturity = res->recorded ? res->maturity : -1;
		e->applicable = m->node[i].assessable &&
				(ref->profile < 0 || profile_selects(m, ref->profile, i));
		e->expl_ok = res->expl == EXPL_TEXT && !is_blank(res->expl_text) && expires &&
			     (!assessed_on || strcmp(expires, assessed_on) >= 0);
		e->explained =
		    (e->status == BIG_STATUS_NOT_APPLICABLE && e->expl_ok) ||
		    (e->status == BIG_STATUS_RISK_ACCEPTED && e->expl_ok && !m->node[i].mandatory);
		e->scorable =
		    e->applicable && !(e->status == BIG_STATUS_NOT_APPLICABLE && e->explained);
		e->s = e->status == BIG_STATUS_IMPLEMENTED             ? 1.0
		       : e->status == BIG_STATUS_PARTIALLY_IMPLEMENTED ? 0.5
								       : 0.0;
	}
	for (int k = 0; k < m->nroot; k++) {
		ref_node(ref, m, m->root[k]);
		rsum_add_child(&ref->overall, &ref->sum[m->root[k]]);
	}
	rsum_rollups(&ref->overall, m, ref, m->root, m->nroot);
}

static const struct rsum *ref_sum(const struct ref *ref, int i)
{
	return i < 0 ? &ref->overall : &ref->sum[i];
}

static bool rsum_has(const struct rsum *s, big_rollup ro)
{
	return ro == BIG_ROLLUP_HIERARCHICAL ? s->hier_has
	       : ro == BIG_ROLLUP_FLAT       ? s->scorable > 0
					     : s->weak_has;
}

static double rsum_impl(const struct rsum *s, big_rollup ro)
{
	return ro == BIG_ROLLUP_HIERARCHICAL ? s->hier
	       : ro == BIG_ROLLUP_FLAT       ? s->ws / s->w
					     : s->weak;
}

/* Whether requirement @j is in R(@anc) (@anc -1: the overall). */
static bool in_subtree(const struct model *m, int anc, int j)
{
	for (int p = j; p >= 0; p = m->node[p].parent)
		if (p == anc)
			return true;
	return anc < 0;
}

/* "No score" of the hierarchical and weakest roll-ups, from the definitions. */
static bool rollup_has(const struct model *m, const struct ref *ref, int i)
{
	const int *children = i < 0 ? m->root : m->node[i].child;
	int count = i < 0 ? m->nroot : m->node[i].nchild;

	/* A scored assessable node is a leaf; any other node has a score when a
	 * child has one. */
	if (i >= 0 && m->node[i].assessable && ref->ev[i].applicable && ref->ev[i].scorable)
		return true;
	for (int k = 0; k < count; k++)
		if (rollup_has(m, ref, children[k]))
			return true;
	return false;
}

/* --------------------------------------------------------------- helpers */

static struct model *model;
static struct inputs *inputs;

static uint64_t seed_at(int i)
{
	const char *env = getenv("BIG_PROP_SEED");
	return env && *env ? strtoull(env, NULL, 0) : (uint64_t)i + 1;
}

static int seed_count(void)
{
	const char *env = getenv("BIG_PROP_SEED");
	return env && *env ? 1 : N_SEEDS;
}

static void setup(void)
{
	model = calloc(1, sizeof(*model));
	inputs = calloc(1, sizeof(*inputs));
	ck_assert(model && inputs);
}

static void teardown(void)
{
	if (model) {
		big_catalogue_free(model->cat);
		free(model->json.p);
	}
	free(model);
	free(inputs);
	model = NULL;
	inputs = NULL;
}

static big_catalogue *load_catalogue(const struct model *m)
{
	big_catalogue *cat = NULL;
	int rc = big_catalogue_load_buffer(&cat, m->json.p, m->json.len, NULL);

	PCHECK(rc == BIG_OK, "catalogue does not load: %s: %s\n%s", big_error_name(rc),
	       big_error_last()->message, m->json.p);
	return cat;
}

/* Makes the world of a seed: catalogue, inputs, options; @rest continues the PRNG. */
static void world(int index, int shape, const char *prop, struct options *o, struct rng *rest)
{
	struct rng r;

	cur_seed = seed_at(index);
	cur_prop = prop;
	r.s = cur_seed;
	gen_catalogue(model, &r, shape);
	model->cat = load_catalogue(model);
	PCHECK(big_catalogue_node_count(model->cat) == (size_t)model->n, "%zu nodes, expected %d",
	       big_catalogue_node_count(model->cat), model->n);
	for (int i = 0; i < model->n; i++) {
		const big_node *n = big_catalogue_node(model->cat, i);
		PCHECK(strcmp(big_node_id(n), model->node[i].id) == 0, "node %d is %s, expected %s",
		       i, big_node_id(n), model->node[i].id);
		PCHECK(big_node_is_assessable(n) == model->node[i].assessable, "%s assessable",
		       model->node[i].id);
		PCHECK(same_double(big_node_weight(n), model->node[i].weight), "%s weight %.17g",
		       model->node[i].id, big_node_weight(n));
	}
	PCHECK(big_catalogue_max_level(model->cat) == model->max_level, "max level %d",
	       big_catalogue_max_level(model->cat));
	gen_inputs(model, inputs, &r);
	gen_options(model, o, &r);
	*rest = r;
	if (getenv("BIG_PROP_DEBUG")) {
		big_assessment *a = build(model, inputs);
		char *text = NULL;
		BIG_OK(big_assessment_to_json(&text, NULL, a, BIG_JSON_COMPACT));
		fprintf(stderr, "seed %" PRIu64 ": %s\n%s\noptions: profile %d target %d\n",
			cur_seed, model->json.p, text, o->profile, o->target);
		big_free(text);
		big_assessment_free(a);
	}
}

static big_report *score(const big_assessment *a, const struct options *o, big_rollup ro)
{
	big_score_options opts = BIG_SCORE_OPTIONS_INIT;
	big_report *r = NULL;

	opts.rollup = ro;
	opts.target = o->target;
	opts.profile = o->profile >= 0 ? model->prof[o->profile].id : NULL;
	int rc = big_score(&r, a, &opts);
	PCHECK(rc == BIG_OK, "big_score: %s: %s", big_error_name(rc), big_error_last()->message);
	return r;
}

static const big_scores *scores_at(const big_report *r, int i)
{
	const big_scores *s = i < 0 ? big_report_overall(r) : big_report_find(r, model->node[i].id);
	PCHECK(s != NULL, "no scores for %s", i < 0 ? "overall" : model->node[i].id);
	return s;
}

static const char *name_of(int i)
{
	return i < 0 ? "overall" : model->node[i].id;
}

static char *report_json(const big_report *r, unsigned flags, size_t *len)
{
	char *text = NULL;
	BIG_OK(big_report_to_json(&text, len, r, flags));
	return text;
}

static bool scores_equal(const big_scores *a, const big_scores *b)
{
	return a->applicable == b->applicable &&
	       memcmp(a->counts, b->counts, sizeof(a->counts)) == 0 &&
	       a->has_implementation == b->has_implementation &&
	       same_double(a->implementation, b->implementation) &&
	       a->has_maturity == b->has_maturity &&
	       same_double(a->maturity_mean, b->maturity_mean) &&
	       a->attained_level == b->attained_level && a->has_coverage == b->has_coverage &&
	       same_double(a->coverage, b->coverage) &&
	       same_double(a->comply_or_explain, b->comply_or_explain);
}

/* Implementation, maturity mean and attained level against the reference, bitwise. */
static void check_reference(const big_report *rep, const struct ref *ref, big_rollup ro)
{
	for (int i = -1; i < model->n; i++) {
		const big_scores *g = scores_at(rep, i);
		const struct rsum *e = ref_sum(ref, i);
		const char *ron = big_rollup_name(ro);
		PCHECK(g->has_implementation == rsum_has(e, ro), "%s %s: has_implementation %d",
		       name_of(i), ron, g->has_implementation);
		if (g->has_implementation)
			PCHECK(same_double(g->implementation, rsum_impl(e, ro)),
			       "%s %s: implementation %.17g, expected %.17g", name_of(i), ron,
			       g->implementation, rsum_impl(e, ro));
		PCHECK(g->has_maturity == (e->mw > 0), "%s: has_maturity %d", name_of(i),
		       g->has_maturity);
		if (g->has_maturity) {
			/* "a mean lies between the values averaged": rounding is clamped */
			double mean = e->mwm / e->mw;
			mean = mean < e->m_lo ? e->m_lo : mean > e->m_hi ? e->m_hi : mean;
			PCHECK(same_double(g->maturity_mean, mean),
			       "%s: maturity_mean %.17g, expected %.17g", name_of(i),
			       g->maturity_mean, mean);
			PCHECK(g->attained_level == e->min_level,
			       "%s: attained_level %d, expected %d", name_of(i), g->attained_level,
			       e->min_level);
		}
	}
}

/* ------------------------------------------------- property 1: bounds, has */

static void check_json_number(const cJSON *obj, const char *key, bool has, double v,
			      const char *where)
{
	const cJSON *it = cJSON_GetObjectItemCaseSensitive(obj, key);
	PCHECK(it != NULL, "%s: JSON has no %s", where, key);
	if (!has) {
		PCHECK(cJSON_IsNull(it), "%s: JSON %s is not null without a score", where, key);
		return;
	}
	PCHECK(cJSON_IsNumber(it) && same_double(it->valuedouble, v),
	       "%s: JSON %s is %.17g, the API says %.17g", where, key,
	       cJSON_IsNumber(it) ? it->valuedouble : -1.0, v);
}

static void check_json_scores(const cJSON *obj, const big_scores *s, const char *where)
{
	PCHECK(cJSON_IsObject(obj), "%s: JSON scores are not an object", where);
	check_json_number(obj, "implementation", s->has_implementation, s->implementation, where);
	check_json_number(obj, "maturity_mean", s->has_maturity, s->maturity_mean, where);
	check_json_number(obj, "attained_level", s->has_maturity, s->attained_level, where);
	check_json_number(obj, "coverage", s->has_coverage, s->coverage, where);
	check_json_number(obj, "comply_or_explain", s->has_coverage, s->comply_or_explain, where);
	check_json_number(obj, "opzet", s->has_demonstration, s->opzet, where);
	check_json_number(obj, "bestaan", s->has_demonstration, s->bestaan, where);
	check_json_number(obj, "werking", s->has_demonstration, s->werking, where);
	check_json_number(obj, "applicable", true, s->applicable, where);
}

static void check_bounds(const big_scores *s, const char *where, const char *ron)
{
	int n = model->max_level;
	unsigned sum = 0;

	for (int k = 0; k < BIG_STATUS_COUNT; k++)
		sum += s->counts[k];
	PCHECK(sum == s->applicable, "%s: counts add up to %u, applicable %u", where, sum,
	       s->applicable);
	if (s->has_implementation)
		PCHECK(s->implementation >= 0 && s->implementation <= 1,
		       "%s %s: implementation %.17g outside [0,1]", where, ron, s->implementation);
	else
		PCHECK(s->implementation == 0, "%s %s: no implementation score, value %.17g", where,
		       ron, s->implementation);
	if (s->has_maturity) {
		PCHECK(s->maturity_mean >= 0 && s->maturity_mean <= n,
		       "%s: maturity_mean %.17g outside [0,%d]", where, s->maturity_mean, n);
		PCHECK(s->attained_level >= 0 && s->attained_level <= n,
		       "%s: attained_level %d outside [0,%d]", where, s->attained_level, n);
	} else {
		PCHECK(s->maturity_mean == 0 && s->attained_level == 0,
		       "%s: no maturity, values %.17g %d", where, s->maturity_mean,
		       s->attained_level);
	}
	if (s->has_coverage) {
		PCHECK(s->coverage >= 0 && s->coverage <= 1, "%s: coverage %.17g outside [0,1]",
		       where, s->coverage);
		PCHECK(s->comply_or_explain >= 0 && s->comply_or_explain <= 1,
		       "%s: comply_or_explain %.17g outside [0,1]", where, s->comply_or_explain);
	} else {
		PCHECK(s->coverage == 0 && s->comply_or_explain == 0 && s->applicable == 0,
		       "%s: no coverage, values %.17g %.17g, applicable %u", where, s->coverage,
		       s->comply_or_explain, s->applicable);
	}
	/* The generated assessments record no opzet, bestaan or werking. */
	PCHECK(!s->has_demonstration && s->opzet == 0 && s->bestaan == 0 && s->werking == 0,
	       "%s: opzet, bestaan, werking %d %.17g %.17g %.17g without any recorded", where,
	       s->has_demonstration, s->opzet, s->bestaan, s->werking);
}

/* The report's JSON says null exactly when the API has no score, and gives
 * the API's numbers otherwise, for the overall and every node. */
static void check_report_json(const big_report *rep)
{
	size_t len;
	char *text = report_json(rep, BIG_JSON_COMPACT, &len);
	cJSON *doc = cJSON_ParseWithLength(text, len);
	PCHECK(doc != NULL, "report JSON does not parse: %.200s", text);
	check_json_scores(cJSON_GetObjectItemCaseSensitive(doc, "overall"), big_report_overall(rep),
			  "overall");
	const cJSON *nodes = cJSON_GetObjectItemCaseSensitive(doc, "nodes");
	const cJSON *item = nodes ? nodes->child : NULL;
	for (int i = 0; i < model->n; i++) {
		const big_scores *s = scores_at(rep, i);
		if (s->applicable == 0)
			continue; /* "nodes without applicable requirements are left out" */
		PCHECK(item != NULL, "JSON lacks node %s", model->node[i].id);
		const cJSON *id = cJSON_GetObjectItemCaseSensitive(item, "id");
		PCHECK(cJSON_IsString(id) && strcmp(id->valuestring, model->node[i].id) == 0,
		       "JSON node %s where %s was expected",
		       cJSON_IsString(id) ? id->valuestring : "?", model->node[i].id);
		check_json_scores(cJSON_GetObjectItemCaseSensitive(item, "scores"), s,
				  model->node[i].id);
		item = item->next;
	}
	PCHECK(item == NULL, "JSON has an extra node %s",
	       item ? cJSON_GetObjectItemCaseSensitive(item, "id")->valuestring : "");
	cJSON_Delete(doc);
	big_free(text);
}

START_TEST(test_bounds_and_no_score)
{
	struct options o;
	struct rng r;
	struct ref ref;

	world(_i, SHAPE_ANY, "property 1 (bounds, no score)", &o, &r);
	big_assessment *a = build(model, inputs);
	ref_compute(&ref, model, inputs, &o);
	for (int k = 0; k < N_ROLLUPS; k++) {
		big_rollup ro = rollups[k];
		const char *ron = big_rollup_name(ro);
		big_report *rep = score(a, &o, ro);
		for (int i = -1; i < model->n; i++) {
			const big_scores *s = scores_at(rep, i);
			bool any_scorable = false, any_maturity = false;
			unsigned applicable = 0;
			for (int j = 0; j < model->n; j++) {
				if (!in_subtree(model, i, j) || !ref.ev[j].applicable)
					continue;
				applicable++;
				any_scorable |= ref.ev[j].scorable;
				any_maturity |= ref.ev[j].scorable && ref.ev[j].maturity >= 0;
			}
			check_bounds(s, name_of(i), ron);
			/* "No scorable requirement beneath the node: no score"; the
			 * hierarchical and weakest roll-ups by their definitions. */
			bool want =
			    ro == BIG_ROLLUP_FLAT ? any_scorable : rollup_has(model, &ref, i);
			PCHECK(s->has_implementation == want,
			       "%s %s: has_implementation %d, expected %d", name_of(i), ron,
			       s->has_implementation, want);
			PCHECK(!want || any_scorable,
			       "%s %s: a score without a scorable requirement", name_of(i), ron);
			PCHECK(s->has_maturity == any_maturity, "%s: has_maturity %d, expected %d",
			       name_of(i), s->has_maturity, any_maturity);
			PCHECK(s->has_coverage == (applicable > 0),
			       "%s: has_coverage %d, applicable %u", name_of(i), s->has_coverage,
			       applicable);
			PCHECK(s->applicable == applicable, "%s: applicable %u, expected %u",
			       name_of(i), s->applicable, applicable);
		}
		for (size_t g = 0; g < big_report_gap_count(rep); g++) {
			const big_gap *gap = big_report_gap(rep, g);
			PCHECK(gap->size >= 0 && gap->size <= 1,
			       "gap %s: size %.17g outside [0,1] (target %d, maturity %d, N %d)",
			       big_node_id(gap->node), gap->size, big_report_target(rep),
			       gap->maturity, model->max_level);
		}
		check_report_json(rep);
		big_report_free(rep);
	}
	big_assessment_free(a);
}
END_TEST

/* ------------------------ the reference: implementation and maturity values */

START_TEST(test_reference_scores)
{
	struct options o;
	struct rng r;
	struct ref ref;

	world(_i, SHAPE_ANY, "reference scores", &o, &r);
	big_assessment *a = build(model, inputs);
	ref_compute(&ref, model, inputs, &o);
	for (int k = 0; k < N_ROLLUPS; k++) {
		big_report *rep = score(a, &o, rollups[k]);
		PCHECK(big_report_target(rep) == ref.target, "target %d, expected %d",
		       big_report_target(rep), ref.target);
		check_reference(rep, &ref, rollups[k]);
		big_report_free(rep);
	}
	big_assessment_free(a);
}
END_TEST

/* ------------------------------------------- property 2: monotone in s */

/*
 * Why it holds. A status change to implemented either raises s of a scorable
 * requirement (to 1), or makes a non-scorable one (an explained exclusion)
 * scorable with s = 1; everything else stays.
 * - flat: Σw·s/Σw over the same set with one s raised rises (floating point
 *   addition, multiplication and division are monotone, so also in doubles);
 *   a new term (w·1)/(w): (A+w)/(B+w) ≥ A/B because A ≤ B.
 * - hierarchical: by induction up the tree, each ancestor's score either rises
 *   or appears with the value 1 (a node that had no scored child now has one
 *   child, of score 1); a weighted mean rises when one term rises and does not
 *   fall when a term of value 1 ≥ the mean is added. An assessable ancestor
 *   that is scored is a leaf and does not change at all; one that becomes
 *   scored turns from the mean of its children (≤ 1) into a leaf of value 1.
 * - weakest: the same with the minimum: one value rises, or a 1 is added.
 * Counts-based coverage and comply-or-explain can only rise too. Nodes that
 * are not ancestors of the requirement keep their scores bit for bit.
 */
START_TEST(test_monotone)
{
	struct options o;
	struct rng r;
	struct ref ref, ref2;
	big_report *old[N_ROLLUPS];

	world(_i, SHAPE_ANY, "property 2 (monotone)", &o, &r);
	big_assessment *a = build(model, inputs);
	ref_compute(&ref, model, inputs, &o);
	for (int k = 0; k < N_ROLLUPS; k++)
		old[k] = score(a, &o, rollups[k]);
	struct inputs *in2 = malloc(sizeof(*in2));
	ck_assert_ptr_nonnull(in2);
	for (int tries = 0; tries < 4; tries++) {
		int j = (int)rng_below(&r, (unsigned)model->n);
		if (!model->node[j].assessable || ref.ev[j].status == BIG_STATUS_IMPLEMENTED)
			continue;
		*in2 = *inputs;
		in2->res[j].recorded = in2->res[j].status_set = true;
		in2->res[j].status = BIG_STATUS_IMPLEMENTED;
		big_assessment *b = build(model, in2);
		ref_compute(&ref2, model, in2, &o);
		for (int k = 0; k < N_ROLLUPS; k++) {
			big_rollup ro = rollups[k];
			big_report *rep = score(b, &o, ro);
			check_reference(rep, &ref2, ro);
			for (int i = -1; i < model->n; i++) {
				const big_scores *was = scores_at(old[k], i),
						 *now = scores_at(rep, i);
				if (!ref.ev[j].applicable || !in_subtree(model, i, j)) {
					PCHECK(scores_equal(was, now),
					       "%s %s changed when %s (%s, not beneath or not "
					       "applicable) became implemented",
					       name_of(i), big_rollup_name(ro), model->node[j].id,
					       big_status_name(ref.ev[j].status));
					continue;
				}
				if (was->has_implementation)
					PCHECK(
					    now->has_implementation &&
						now->implementation >= was->implementation,
					    "%s %s fell from %.17g to %.17g when %s went from %s "
					    "to implemented",
					    name_of(i), big_rollup_name(ro), was->implementation,
					    now->implementation, model->node[j].id,
					    big_status_name(ref.ev[j].status));
				PCHECK(now->coverage >= was->coverage &&
					   now->comply_or_explain >= was->comply_or_explain,
				       "%s: coverage or comply_or_explain fell when %s became "
				       "implemented",
				       name_of(i), model->node[j].id);
			}
			big_report_free(rep);
		}
		big_assessment_free(b);
	}
	free(in2);
	for (int k = 0; k < N_ROLLUPS; k++)
		big_report_free(old[k]);
	big_assessment_free(a);
}
END_TEST

/* ------------------------------- property 3: the roll-ups on one level */

/*
 * On a one-level catalogue every requirement is a top-level leaf, so for the
 * overall: hierarchical = Σ wᵢ·sᵢ / Σ wᵢ over the top-level nodes that have a
 * score = flat = Σ w·s / Σ w over the scorable requirements, the same sums in
 * the same (catalogue) order: bitwise equal, whatever the weights. weakest =
 * min sᵢ over the scorable requirements. Only with equal weights is that the
 * plain mean: with weight 1 (omitted) Σ 1·sᵢ / Σ 1 is bitwise Σ sᵢ / n; with
 * another equal weight w, (Σ w·sᵢ)/(Σ w) is the mean up to rounding, within
 * n·DBL_EPSILON relative ((n−1) roundings in each sum, one in the division).
 * Each top-level node's own scores are s under all three roll-ups.
 */
START_TEST(test_one_level)
{
	struct options o;
	struct rng r;
	struct ref ref;
	big_report *rep[N_ROLLUPS];

	world(_i, SHAPE_ONE_LEVEL, "property 3 (one level)", &o, &r);
	big_assessment *a = build(model, inputs);
	ref_compute(&ref, model, inputs, &o);
	for (int k = 0; k < N_ROLLUPS; k++)
		rep[k] = score(a, &o, rollups[k]);
	const big_scores *h = big_report_overall(rep[0]), *f = big_report_overall(rep[1]),
			 *w = big_report_overall(rep[2]);
	double sum = 0, min = 2;
	unsigned n = 0;
	bool equal_weights = true, unit_weights = true, all_same = true;
	double first_s = -1;
	for (int j = 0; j < model->n; j++) {
		if (!ref.ev[j].scorable)
			continue;
		sum += ref.ev[j].s;
		if (ref.ev[j].s < min)
			min = ref.ev[j].s;
		if (first_s < 0)
			first_s = ref.ev[j].s;
		all_same &= ref.ev[j].s == first_s;
		n++;
	}
	for (int j = 1; j < model->n; j++)
		equal_weights &= same_double(model->node[j].weight, model->node[0].weight);
	for (int j = 0; j < model->n; j++)
		unit_weights &= model->node[j].weight == 1;
	PCHECK(h->has_implementation == (n > 0) && f->has_implementation == (n > 0) &&
		   w->has_implementation == (n > 0),
	       "has_implementation %d %d %d with %u scorable", h->has_implementation,
	       f->has_implementation, w->has_implementation, n);
	if (n > 0) {
		PCHECK(same_double(h->implementation, f->implementation),
		       "hierarchical %.17g != flat %.17g", h->implementation, f->implementation);
		PCHECK(same_double(w->implementation, min), "weakest %.17g != min %.17g",
		       w->implementation, min);
		PCHECK(w->implementation <= f->implementation, "weakest %.17g > flat %.17g",
		       w->implementation, f->implementation);
		if (unit_weights)
			PCHECK(same_double(f->implementation, sum / n),
			       "weights 1: flat %.17g != mean %.17g", f->implementation, sum / n);
		else if (equal_weights) {
			double d = f->implementation - sum / n;
			PCHECK((d < 0 ? -d : d) <= n * DBL_EPSILON,
			       "equal weights: flat %.17g, mean %.17g", f->implementation, sum / n);
		}
		if (all_same)
			PCHECK(same_double(w->implementation, f->implementation),
			       "all s equal: weakest %.17g != flat %.17g", w->implementation,
			       f->implementation);
	}
	for (int j = 0; j < model->n; j++) {
		for (int k = 0; k < N_ROLLUPS; k++) {
			const big_scores *s = scores_at(rep[k], j);
			PCHECK(s->has_implementation == ref.ev[j].scorable, "%s %s: has %d",
			       name_of(j), big_rollup_name(rollups[k]), s->has_implementation);
			if (s->has_implementation)
				PCHECK(same_double(s->implementation, ref.ev[j].s),
				       "%s %s: %.17g != s", name_of(j), big_rollup_name(rollups[k]),
				       s->implementation);
		}
	}
	for (int k = 0; k < N_ROLLUPS; k++)
		big_report_free(rep[k]);
	big_assessment_free(a);
}
END_TEST

/* ------------------------- property 4: an explained exclusion leaves */

START_TEST(test_explained_exclusion)
{
	struct options o;
	struct rng r;
	struct ref ref, ref2;

	world(_i, SHAPE_ANY, "property 4 (explained exclusion)", &o, &r);
	big_assessment *a = build(model, inputs);
	ref_compute(&ref, model, inputs, &o);
	big_report *old = score(a, &o, BIG_ROLLUP_FLAT);
	struct inputs *in2 = malloc(sizeof(*in2));
	ck_assert_ptr_nonnull(in2);
	for (int tries = 0; tries < 4; tries++) {
		int j = (int)rng_below(&r, (unsigned)model->n);
		const struct reval *e = &ref.ev[j];
		if (!model->node[j].assessable ||
		    (e->status == BIG_STATUS_NOT_APPLICABLE && e->explained))
			continue;
		*in2 = *inputs;
		struct mresult *res = &in2->res[j];
		res->recorded = res->status_set = true;
		res->status = BIG_STATUS_NOT_APPLICABLE;
		res->expl = EXPL_TEXT;
		res->expl_text = "Buiten scope";
		/* not before assessed_on: equal or later */
		int from = inputs->assessed_on >= 0 ? inputs->assessed_on : 0;
		res->expires = from + (int)rng_below(&r, (unsigned)(N_DATES - from));
		big_assessment *b = build(model, in2);
		ref_compute(&ref2, model, in2, &o);
		PCHECK(!e->applicable || (ref2.ev[j].explained && !ref2.ev[j].scorable),
		       "test error: %s not excluded", model->node[j].id);
		big_report *rep = score(b, &o, BIG_ROLLUP_FLAT);
		check_reference(rep, &ref2, BIG_ROLLUP_FLAT);
		for (int i = -1; i < model->n; i++) {
			const big_scores *was = scores_at(old, i), *now = scores_at(rep, i);
			if (!e->applicable || !in_subtree(model, i, j)) {
				PCHECK(scores_equal(was, now),
				       "%s changed when %s (not beneath or not applicable) was "
				       "excluded",
				       name_of(i), model->node[j].id);
				continue;
			}
			/* The flat score of the others, summed from the inputs without j. */
			double w = 0, ws = 0;
			for (int q = 0; q < model->n; q++) {
				if (q == j || !in_subtree(model, i, q) || !ref.ev[q].scorable)
					continue;
				w += model->node[q].weight;
				ws += model->node[q].weight * ref.ev[q].s;
			}
			PCHECK(now->has_implementation == (w > 0), "%s: has_implementation %d",
			       name_of(i), now->has_implementation);
			if (w > 0) {
				/* Bitwise when the sums run in the same order (see the
				 * top of the file), else within a few ulp. */
				double d = now->implementation - ws / w;
				PCHECK((d < 0 ? -d : d) <= 4 * model->n * DBL_EPSILON,
				       "%s: flat %.17g, the others alone give %.17g", name_of(i),
				       now->implementation, ws / w);
				PCHECK(same_double(now->implementation,
						   rsum_impl(ref_sum(&ref2, i), BIG_ROLLUP_FLAT)),
				       "%s: flat %.17g, reference %.17g", name_of(i),
				       now->implementation,
				       rsum_impl(ref_sum(&ref2, i), BIG_ROLLUP_FLAT));
			}
			/* Counts: only j moved, from its status to not_applicable. */
			PCHECK(now->applicable == was->applicable, "%s: applicable %u -> %u",
			       name_of(i), was->applicable, now->applicable);
			for (int s = 0; s < BIG_STATUS_COUNT; s++) {
				unsigned want = was->counts[s] - (s == (int)e->status) +
						(s == BIG_STATUS_NOT_APPLICABLE);
				PCHECK(now->counts[s] == want, "%s: count of %s %u, expected %u",
				       name_of(i), big_status_name((big_status)s), now->counts[s],
				       want);
			}
			unsigned covered =
			    ref_sum(&ref, i)->covered + (e->status == BIG_STATUS_NOT_ASSESSED);
			unsigned complied = ref_sum(&ref, i)->complied +
					    !(e->status == BIG_STATUS_IMPLEMENTED || e->explained);
			PCHECK(same_double(now->coverage, (double)covered / now->applicable),
			       "%s: coverage %.17g, expected %u/%u", name_of(i), now->coverage,
			       covered, now->applicable);
			PCHECK(
			    same_double(now->comply_or_explain, (double)complied / now->applicable),
			    "%s: comply_or_explain %.17g, expected %u/%u", name_of(i),
			    now->comply_or_explain, complied, now->applicable);
		}
		if (e->applicable) {
			bool listed = false;
			for (size_t x = 0; x < big_report_exception_count(rep); x++)
				listed |= big_report_exception(rep, x)->node ==
					  big_catalogue_node(model->cat, j);
			PCHECK(listed, "%s is not in the exceptions register", model->node[j].id);
			for (size_t g = 0; g < big_report_gap_count(rep); g++)
				PCHECK(big_report_gap(rep, g)->node !=
					   big_catalogue_node(model->cat, j),
				       "%s is still a gap", model->node[j].id);
		}
		big_report_free(rep);
		big_assessment_free(b);
	}
	free(in2);
	big_report_free(old);
	big_assessment_free(a);
}
END_TEST

/* --------------------------- property 5: coverage and comply-or-explain */

/* Property 5b: with opzet, bestaan and werking recorded at random, a node's
 * share of each is the count of the requirements beneath that must show
 * them (applicable, not properly explained) and show it, over their count
 * (docs/scoring.md, "Opzet, bestaan, werking"). */
static void check_demonstration(big_assessment *a, const struct ref *ref, const struct options *o,
				struct rng *r)
{
	static bool shown[MAX_NODES][BIG_DIMENSION_COUNT];
	bool any = false;
	memset(shown, 0, sizeof(shown));
	for (int j = 0; j < model->n; j++) {
		for (int d = 0; model->node[j].assessable && d < BIG_DIMENSION_COUNT; d++) {
			if (!rng_chance(r, 40))
				continue;
			shown[j][d] = rng_chance(r, 60);
			any = true;
			BIG_OK(big_assessment_set_demonstrated(a, model->node[j].id,
							       (big_dimension)d, shown[j][d]));
		}
	}
	big_report *rep = score(a, o, BIG_ROLLUP_HIERARCHICAL);
	for (int i = -1; i < model->n; i++) {
		const big_scores *s = scores_at(rep, i);
		const double got[BIG_DIMENSION_COUNT] = {s->opzet, s->bestaan, s->werking};
		unsigned must = 0, count[BIG_DIMENSION_COUNT] = {0};
		for (int j = 0; j < model->n; j++) {
			const struct reval *e = &ref->ev[j];
			if (!e->applicable || e->explained || !in_subtree(model, i, j))
				continue;
			must++;
			for (int d = 0; d < BIG_DIMENSION_COUNT; d++)
				count[d] += shown[j][d];
		}
		PCHECK(s->has_demonstration == (any && must > 0),
		       "%s: has_demonstration %d, %u must show them, recorded %d", name_of(i),
		       s->has_demonstration, must, any);
		for (int d = 0; s->has_demonstration && d < BIG_DIMENSION_COUNT; d++)
			PCHECK(same_double(got[d], (double)count[d] / must),
			       "%s: %s %.17g, expected %u/%u", name_of(i),
			       big_dimension_name((big_dimension)d), got[d], count[d], must);
	}
	big_report_free(rep);
}

START_TEST(test_counts)
{
	struct options o;
	struct rng r;
	struct ref ref;

	world(_i, SHAPE_ANY, "property 5 (coverage, comply_or_explain)", &o, &r);
	big_assessment *a = build(model, inputs);
	ref_compute(&ref, model, inputs, &o);
	for (int k = 0; k < N_ROLLUPS; k++) {
		big_report *rep = score(a, &o, rollups[k]);
		for (int i = -1; i < model->n; i++) {
			const big_scores *s = scores_at(rep, i);
			unsigned counts[BIG_STATUS_COUNT] = {0}, applicable = 0, covered = 0,
				 complied = 0;
			for (int j = 0; j < model->n; j++) {
				const struct reval *e = &ref.ev[j];
				if (!e->applicable || !in_subtree(model, i, j))
					continue;
				applicable++;
				counts[e->status]++;
				covered += e->status != BIG_STATUS_NOT_ASSESSED;
				complied += e->status == BIG_STATUS_IMPLEMENTED || e->explained;
			}
			PCHECK(s->applicable == applicable, "%s: applicable %u, expected %u",
			       name_of(i), s->applicable, applicable);
			for (int st = 0; st < BIG_STATUS_COUNT; st++)
				PCHECK(s->counts[st] == counts[st],
				       "%s: count of %s %u, expected %u", name_of(i),
				       big_status_name((big_status)st), s->counts[st], counts[st]);
			if (!applicable)
				continue;
			PCHECK(same_double(s->coverage, (double)covered / applicable),
			       "%s: coverage %.17g, expected %u/%u", name_of(i), s->coverage,
			       covered, applicable);
			PCHECK(same_double(s->comply_or_explain, (double)complied / applicable),
			       "%s: comply_or_explain %.17g, expected %u/%u", name_of(i),
			       s->comply_or_explain, complied, applicable);
		}
		big_report_free(rep);
	}
	check_demonstration(a, &ref, &o, &r);
	big_assessment_free(a);
}
END_TEST

/* ------------------------------------------ property 6: attained level */

/*
 * attained_level = min over the scorable requirements of R(n) of m (none
 * counting as 0). Then attained_level ≤ maturity_mean holds as well: the mean
 * is a weighted mean over a subset of those requirements, each with m ≥ the
 * minimum. As doubles the mean of equal levels a may come out a few ulp below
 * a (Σ w·a / Σ w), so it is checked with that slack; floor(maturity_mean)
 * could then be a − 1.
 */
START_TEST(test_attained_level)
{
	struct options o;
	struct rng r;
	struct ref ref;

	world(_i, SHAPE_ANY, "property 6 (attained level)", &o, &r);
	big_assessment *a = build(model, inputs);
	ref_compute(&ref, model, inputs, &o);
	big_report *rep = score(a, &o, BIG_ROLLUP_HIERARCHICAL);
	for (int i = -1; i < model->n; i++) {
		const big_scores *s = scores_at(rep, i);
		int min = model->max_level + 1, lo = model->max_level + 1, hi = -1;
		bool measured = false;
		for (int j = 0; j < model->n; j++) {
			const struct reval *e = &ref.ev[j];
			if (!e->scorable || !in_subtree(model, i, j))
				continue;
			int m = e->maturity >= 0 ? e->maturity : 0;
			if (m < min)
				min = m;
			if (e->maturity >= 0) {
				measured = true;
				lo = e->maturity < lo ? e->maturity : lo;
				hi = e->maturity > hi ? e->maturity : hi;
			}
		}
		PCHECK(s->has_maturity == measured, "%s: has_maturity %d, expected %d", name_of(i),
		       s->has_maturity, measured);
		if (!measured)
			continue;
		for (int j = 0; j < model->n; j++) {
			const struct reval *e = &ref.ev[j];
			if (e->scorable && in_subtree(model, i, j))
				PCHECK(s->attained_level <= (e->maturity >= 0 ? e->maturity : 0),
				       "%s: attained_level %d above %s's maturity %d", name_of(i),
				       s->attained_level, model->node[j].id, e->maturity);
		}
		PCHECK(s->attained_level == min, "%s: attained_level %d, minimum %d", name_of(i),
		       s->attained_level, min);
		PCHECK(s->maturity_mean >= lo * (1 - 4 * DBL_EPSILON) &&
			   s->maturity_mean <= hi * (1 + 4 * DBL_EPSILON),
		       "%s: maturity_mean %.17g outside [%d, %d]", name_of(i), s->maturity_mean, lo,
		       hi);
		PCHECK(s->attained_level <= s->maturity_mean * (1 + 4 * DBL_EPSILON),
		       "%s: attained_level %d above maturity_mean %.17g", name_of(i),
		       s->attained_level, s->maturity_mean);
	}
	big_report_free(rep);
	big_assessment_free(a);
}
END_TEST

/* -------------------------------------------------- property 7: determinism */

START_TEST(test_determinism)
{
	struct options o;
	struct rng r;
	static const unsigned flags[] = {0, BIG_JSON_COMPACT};

	world(_i, SHAPE_ANY, "property 7 (determinism)", &o, &r);
	big_assessment *a = build(model, inputs);
	char *saved = NULL, *again = NULL;
	size_t saved_len, again_len;
	BIG_OK(big_assessment_to_json(&saved, &saved_len, a, 0));
	big_assessment *b = NULL;
	int rc = big_assessment_load_buffer(&b, model->cat, saved, saved_len, NULL);
	PCHECK(rc == BIG_OK, "saved assessment does not load: %s\n%s", big_error_last()->message,
	       saved);
	BIG_OK(big_assessment_to_json(&again, &again_len, b, 0));
	PCHECK(again_len == saved_len && memcmp(saved, again, saved_len) == 0,
	       "save, load, save differs:\n%s\n%s", saved, again);
	/* The same catalogue loaded once more. */
	big_catalogue *cat2 = load_catalogue(model);
	big_assessment *c = NULL;
	rc = big_assessment_load_buffer(&c, cat2, saved, saved_len, NULL);
	PCHECK(rc == BIG_OK, "saved assessment does not load: %s", big_error_last()->message);
	for (int k = 0; k < N_ROLLUPS; k++) {
		big_report *r1 = score(a, &o, rollups[k]), *r2 = score(a, &o, rollups[k]);
		big_report *r3 = score(b, &o, rollups[k]), *r4 = score(c, &o, rollups[k]);
		for (int f = 0; f < 2; f++) {
			size_t l1, l2, l3, l4;
			char *j1 = report_json(r1, flags[f], &l1),
			     *j2 = report_json(r2, flags[f], &l2);
			char *j3 = report_json(r3, flags[f], &l3),
			     *j4 = report_json(r4, flags[f], &l4);
			PCHECK(l1 == l2 && memcmp(j1, j2, l1) == 0, "%s: scoring twice differs",
			       big_rollup_name(rollups[k]));
			PCHECK(l1 == l3 && memcmp(j1, j3, l1) == 0,
			       "%s: the saved and loaded assessment scores differently:\n%s\n%s",
			       big_rollup_name(rollups[k]), j1, j3);
			PCHECK(l1 == l4 && memcmp(j1, j4, l1) == 0,
			       "%s: a second load of the catalogue scores differently",
			       big_rollup_name(rollups[k]));
			big_free(j1);
			big_free(j2);
			big_free(j3);
			big_free(j4);
		}
		big_report_free(r1);
		big_report_free(r2);
		big_report_free(r3);
		big_report_free(r4);
	}
	big_assessment_free(c);
	big_catalogue_free(cat2);
	big_assessment_free(b);
	big_free(again);
	big_free(saved);
	big_assessment_free(a);
}
END_TEST

/* ------------------------------------------------------ property 8: gaps */

struct rgap {
	int node;
	unsigned kinds;
	double size;
	int rank;        /* tag priority: position of its highest-priority tag */
	const char *tag; /* that tag, or NULL */
};

static const struct model *sort_model;

static int rgap_order(const void *pa, const void *pb)
{
	const struct rgap *a = pa, *b = pb;
	const struct mnode *na = &sort_model->node[a->node], *nb = &sort_model->node[b->node];
	if (a->rank != b->rank)
		return a->rank < b->rank ? -1 : 1;
	if (na->mandatory != nb->mandatory)
		return na->mandatory ? -1 : 1;
	double wa = na->weight * a->size, wb = nb->weight * b->size;
	if (wa != wb)
		return wa > wb ? -1 : 1;
	return a->node < b->node ? -1 : a->node > b->node;
}

/*
 * docs/scoring.md, "Gaps": the report's profile gives an order of tags (its
 * own `priority`, else that of the profile it extends); a requirement takes
 * the highest-priority tag it carries, itself or through an ancestor; those
 * with none of the tags come after; without a profile or priority the key is
 * the same for all. @tag receives that tag's name or NULL.
 */
static int priority_rank(const struct model *m, int profile, int i, const char **tag)
{
	*tag = NULL;
	if (profile < 0 || !m->prof[profile].prio_from)
		return 0;
	const struct mprofile *p = m->prof[profile].prio_from;
	for (int k = 0; k < p->nprio; k++) {
		if (m->node[i].carried & (1u << p->prio[k])) {
			*tag = tag_names[p->prio[k]];
			return k;
		}
	}
	return p->nprio;
}

START_TEST(test_gaps)
{
	struct options o;
	struct rng r;
	struct ref ref;
	struct rgap want[MAX_NODES];
	int nwant = 0, nexc = 0, exc[MAX_NODES];

	world(_i, SHAPE_ANY, "property 8 (gaps)", &o, &r);
	big_assessment *a = build(model, inputs);
	ref_compute(&ref, model, inputs, &o);
	int T = ref.target, N = model->max_level;
	for (int j = 0; j < model->n; j++) {
		const struct reval *e = &ref.ev[j];
		if (!e->applicable)
			continue;
		if (e->explained) {
			exc[nexc++] = j; /* an explained exclusion or risk acceptance: no gap */
			continue;
		}
		unsigned kinds = 0;
		if (e->status != BIG_STATUS_IMPLEMENTED)
			kinds |= BIG_GAP_IMPLEMENTATION;
		if (e->maturity >= 0 && e->maturity < T)
			kinds |= BIG_GAP_MATURITY;
		if ((e->status == BIG_STATUS_NOT_APPLICABLE ||
		     e->status == BIG_STATUS_RISK_ACCEPTED) &&
		    !e->expl_ok)
			kinds |= BIG_GAP_EXPLANATION;
		if (!kinds)
			continue;
		double g = 1 - e->s;
		if (e->maturity >= 0 && e->maturity < T && (double)(T - e->maturity) / N > g)
			g = (double)(T - e->maturity) / N;
		struct rgap *w = &want[nwant++];
		*w = (struct rgap){j, kinds, g, 0, NULL};
		w->rank = priority_rank(model, ref.profile, j, &w->tag);
	}
	sort_model = model;
	qsort(want, (size_t)nwant, sizeof(*want), rgap_order);
	for (int k = 0; k < N_ROLLUPS; k++) {
		big_report *rep = score(a, &o, rollups[k]);
		size_t count = big_report_gap_count(rep);
		if (getenv("BIG_PROP_DEBUG"))
			for (size_t g = 0; g < count; g++) {
				const big_gap *p = big_report_gap(rep, g);
				fprintf(stderr,
					"gap %zu: %s mandatory %d w %.17g size %.17g w*g %.17g\n",
					g, big_node_id(p->node), big_node_is_mandatory(p->node),
					big_node_weight(p->node), p->size,
					big_node_weight(p->node) * p->size);
			}
		/* Sorted by the documented key, whatever the membership. */
		for (size_t g = 1; g < count; g++) {
			const big_gap *p = big_report_gap(rep, g - 1), *q = big_report_gap(rep, g);
			struct rgap x = {(int)big_node_index(p->node), 0, p->size, 0, NULL};
			struct rgap y = {(int)big_node_index(q->node), 0, q->size, 0, NULL};
			x.rank = priority_rank(model, ref.profile, x.node, &x.tag);
			y.rank = priority_rank(model, ref.profile, y.node, &y.tag);
			PCHECK(rgap_order(&x, &y) < 0,
			       "gap %zu (%s) before gap %zu (%s) is out of order", g - 1,
			       big_node_id(p->node), g, big_node_id(q->node));
		}
		for (size_t g = 0; g < count && g < (size_t)nwant; g++) {
			const big_gap *got = big_report_gap(rep, g);
			const struct rgap *w = &want[g];
			const struct reval *e = &ref.ev[w->node];
			PCHECK(strcmp(big_node_id(got->node), model->node[w->node].id) == 0,
			       "gap %zu is %s, expected %s", g, big_node_id(got->node),
			       model->node[w->node].id);
			PCHECK(got->kinds == w->kinds, "gap %s: kinds %u, expected %u",
			       model->node[w->node].id, got->kinds, w->kinds);
			PCHECK(same_double(got->size, w->size),
			       "gap %s: size %.17g, expected %.17g", model->node[w->node].id,
			       got->size, w->size);
			PCHECK(w->tag ? got->tag && strcmp(got->tag, w->tag) == 0
				      : got->tag == NULL,
			       "gap %s: tag %s, expected %s", model->node[w->node].id,
			       got->tag ? got->tag : "NULL", w->tag ? w->tag : "NULL");
			PCHECK(got->status == e->status && got->maturity == e->maturity,
			       "gap %s: status %s maturity %d", model->node[w->node].id,
			       big_status_name(got->status), got->maturity);
		}
		PCHECK(count == (size_t)nwant, "%zu gaps, expected %d", count, nwant);
		size_t ecount = big_report_exception_count(rep);
		PCHECK(ecount == (size_t)nexc, "%zu exceptions, expected %d", ecount, nexc);
		for (int x = 0; x < nexc; x++) {
			const big_exception *got = big_report_exception(rep, (size_t)x);
			const struct mresult *res = &inputs->res[exc[x]];
			PCHECK(strcmp(big_node_id(got->node), model->node[exc[x]].id) == 0,
			       "exception %d is %s, expected %s", x, big_node_id(got->node),
			       model->node[exc[x]].id);
			PCHECK(got->status == ref.ev[exc[x]].status &&
				   strcmp(got->explanation, res->expl_text) == 0 &&
				   strcmp(got->expires, dates[res->expires]) == 0 &&
				   (res->owner ? got->owner && strcmp(got->owner, res->owner) == 0
					       : got->owner == NULL),
			       "exception %s: wrong status, explanation, expiry or owner",
			       model->node[exc[x]].id);
		}
		big_report_free(rep);
	}
	big_assessment_free(a);
}
END_TEST

/* ------------------------------------------ property 9: finite scores */

/* Weights from the smallest double to beyond what can be summed, each with
 * its chance in percent: some catalogues add up to more than the limit
 * (docs/formats.md), and some stay just below it. */
static const struct {
	const char *text;
	unsigned percent;
} extreme_weights[] = {
    {"4.9e-324", 5}, {"1e-300", 5}, {"1e-5", 5},  {"1", 50},    {"3", 10},      {"1e300", 8},
    {"1e305", 6},    {"1e306", 5},  {"3e306", 3}, {"1e307", 2}, {"1.5e308", 1},
};

/* The largest total of node weights a catalogue may have (docs/formats.md). */
#define WEIGHT_SUM_MAX (DBL_MAX / 16)

/* The JSON path of node @i ("$.nodes[1].children[0]"). */
static void node_path(const struct model *m, int i, char *out, size_t size)
{
	int parent = m->node[i].parent, k = 0;
	const int *siblings = parent < 0 ? m->root : m->node[parent].child;
	while (siblings[k] != i)
		k++;
	if (parent < 0) {
		snprintf(out, size, "$.nodes[%d]", k);
		return;
	}
	node_path(m, parent, out, size);
	size_t len = strlen(out);
	snprintf(out + len, size - len, ".children[%d]", k);
}

static bool scores_finite(bool has_impl, double impl, bool has_mat, double mean, double cov,
			  double comply)
{
	return (!has_impl || isfinite(impl)) && (!has_mat || isfinite(mean)) && isfinite(cov) &&
	       isfinite(comply);
}

static void check_aggregate_finite(const big_assessment *a, const big_assessment *b, big_rollup ro)
{
	static const double weights[] = {1e-300, 1e300};
	const big_assessment *pool[] = {a, b};
	for (int method = 0; method < BIG_AGGREGATE_METHOD_COUNT; method++) {
		big_aggregate_options opts = BIG_AGGREGATE_OPTIONS_INIT;
		big_aggregate_report *ag = NULL;
		opts.method = (big_aggregate_method)method;
		opts.rollup = ro;
		opts.profile = "";
		if (opts.method == BIG_AGGREGATE_WEIGHTED_MEAN)
			opts.weights = weights;
		BIG_OK(big_aggregate(&ag, pool, 2, &opts));
		for (int i = -1; i < model->n; i++) {
			const big_aggregate_scores *s =
			    i < 0 ? big_aggregate_report_overall(ag)
				  : big_aggregate_report_find(ag, model->node[i].id);
			PCHECK(s != NULL, "aggregate: no scores for %s", name_of(i));
			PCHECK(scores_finite(s->has_implementation, s->implementation,
					     s->has_maturity, s->maturity_mean, s->coverage,
					     s->comply_or_explain),
			       "aggregate %s %s, %s: a score is not finite (%.17g, %.17g)",
			       big_aggregate_method_name(opts.method), big_rollup_name(ro),
			       name_of(i), s->implementation, s->maturity_mean);
			PCHECK(!s->has_implementation ||
				   (s->implementation >= 0 && s->implementation <= 1),
			       "aggregate %s: implementation %.17g outside [0,1]", name_of(i),
			       s->implementation);
		}
		big_aggregate_report_free(ag);
	}
}

/* Whatever the weights, no NaN or infinity reaches a score: a catalogue
 * whose weights add up to more than the limit is refused at the weight that
 * passes it (BIG_ERANGE), and any other one scores and aggregates to finite
 * values, the same as the reference's, bit for bit, and written as numbers. */
START_TEST(test_finite_scores)
{
	struct options o;
	struct rng r;
	struct ref ref;

	world(_i, SHAPE_ANY, "property 9 (finite scores)", &o, &r);
	big_catalogue_free(model->cat);
	model->cat = NULL;
	double total = 0;
	int tipping = -1;
	for (int i = 0; i < model->n; i++) {
		struct mnode *n = &model->node[i];
		unsigned k = rng_below(&r, 100), e = 0;
		while (k >= extreme_weights[e].percent)
			k -= extreme_weights[e++].percent;
		const char *w = extreme_weights[e].text;
		snprintf(n->weight_text, sizeof(n->weight_text), "%s", w);
		n->weight = strtod(w, NULL);
		total += n->weight; /* in document order, as the loader adds them */
		if (tipping < 0 && !(total <= WEIGHT_SUM_MAX))
			tipping = i;
	}
	model->json.len = 0;
	write_catalogue(model);
	int rc = big_catalogue_load_buffer(&model->cat, model->json.p, model->json.len, NULL);
	if (tipping >= 0) {
		char want[256];
		node_path(model, tipping, want, sizeof(want) - 8);
		strcat(want, ".weight");
		PCHECK(rc == BIG_ERANGE && strcmp(big_error_last()->path, want) == 0,
		       "weights adding up to %.17g: %s at \"%s\", expected BIG_ERANGE at %s: %s",
		       total, big_error_name(rc), big_error_last()->path, want,
		       big_error_last()->message);
		PCHECK(model->cat == NULL, "%s", "a refused catalogue is returned");
		return;
	}
	PCHECK(rc == BIG_OK, "weights adding up to %.17g refused: %s", total,
	       big_error_last()->message);
	big_assessment *a = build(model, inputs), *b = NULL;
	BIG_OK(big_assessment_new(&b, model->cat, "GM0002", "2025"));
	ref_compute(&ref, model, inputs, &o);
	for (int k = 0; k < N_ROLLUPS; k++) {
		big_rollup ro = rollups[k];
		big_report *rep = score(a, &o, ro);
		for (int i = -1; i < model->n; i++) {
			const big_scores *s = scores_at(rep, i);
			PCHECK(scores_finite(s->has_implementation, s->implementation,
					     s->has_maturity, s->maturity_mean, s->coverage,
					     s->comply_or_explain),
			       "%s %s: a score is not finite (%.17g, %.17g)", name_of(i),
			       big_rollup_name(ro), s->implementation, s->maturity_mean);
			check_bounds(s, name_of(i), big_rollup_name(ro));
		}
		check_reference(rep, &ref, ro);
		for (size_t g = 0; g < big_report_gap_count(rep); g++)
			PCHECK(isfinite(big_report_gap(rep, g)->size), "gap %zu: size %.17g", g,
			       big_report_gap(rep, g)->size);
		check_report_json(rep);
		big_report_free(rep);
		check_aggregate_finite(a, b, ro);
	}
	big_assessment_free(b);
	big_assessment_free(a);
}
END_TEST

static Suite *properties_suite(void)
{
	Suite *s = suite_create("properties");
	struct {
		const char *name;
		const TTest *test;
	} tests[] = {
	    {"bounds", test_bounds_and_no_score},
	    {"reference", test_reference_scores},
	    {"monotone", test_monotone},
	    {"one-level", test_one_level},
	    {"exclusion", test_explained_exclusion},
	    {"counts", test_counts},
	    {"attained", test_attained_level},
	    {"determinism", test_determinism},
	    {"gaps", test_gaps},
	    {"finite", test_finite_scores},
	};

	for (size_t i = 0; i < sizeof(tests) / sizeof(tests[0]); i++) {
		TCase *tc = tcase_create(tests[i].name);
		tcase_add_checked_fixture(tc, setup, teardown);
		tcase_add_loop_test(tc, tests[i].test, 0, seed_count());
		suite_add_tcase(s, tc);
	}
	return s;
}

int main(void)
{
	return test_run_suite(properties_suite());
}
