/*
 * synth — the documents as JSON text: municipalities' and collaborations'
 * libbig.assessment per period, and the libbig.collaboration documents.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdarg.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "synth-int.h"

/* A growing text; after a failed allocation every append is a no-op. */
struct text {
	char *p;
	size_t len, cap;
	bool oom;
};

static void reserve(struct text *t, size_t more)
{
	if (t->oom || t->len + more + 1 <= t->cap)
		return;
	size_t cap = t->cap ? t->cap : 16384;
	while (cap < t->len + more + 1)
		cap *= 2;
	char *p = realloc(t->p, cap);
	if (!p) {
		t->oom = true;
		return;
	}
	t->p = p;
	t->cap = cap;
}

static void put(struct text *t, const char *s)
{
	size_t n = strlen(s);
	reserve(t, n);
	if (t->oom)
		return;
	memcpy(t->p + t->len, s, n + 1);
	t->len += n;
}

static void putf(struct text *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void putf(struct text *t, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	reserve(t, n > 0 ? (size_t)n : 0);
	if (t->oom || n <= 0)
		return;
	va_start(ap, fmt);
	vsnprintf(t->p + t->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	t->len += (size_t)n;
}

/* A JSON string; the generator's own strings need no escapes but the
 * catalogue's ids might. */
static void put_string(struct text *t, const char *s)
{
	put(t, "\"");
	while (*s) {
		size_t n = 0;
		while (s[n] && s[n] != '"' && s[n] != '\\' && (unsigned char)s[n] >= 0x20)
			n++;
		reserve(t, n);
		if (t->oom)
			return;
		memcpy(t->p + t->len, s, n);
		t->p[t->len += n] = 0;
		s += n;
		if (*s == '"' || *s == '\\')
			putf(t, "\\%c", *s++);
		else if (*s)
			putf(t, "\\u%04x", (unsigned char)*s++);
	}
	put(t, "\"");
}

static char *finish(struct text *t, size_t *len)
{
	if (t->oom) {
		free(t->p);
		return NULL;
	}
	*len = t->len;
	return t->p;
}

static void put_head(struct text *t, const synth *s, const char *format)
{
	putf(t, "{\n  \"format\": \"%s\",\n  \"format_version\": 1,\n", format);
	put(t, "  \"catalogue\": {\"id\": ");
	put_string(t, big_catalogue_id(s->cat));
	put(t, ", \"version\": ");
	put_string(t, big_catalogue_version(s->cat));
	put(t, "},\n");
}

static const char *const na_explanations[] = {
    "Geen eigen rekencentrum; hosting bij de leverancier",
    "Geen softwareontwikkeling in eigen beheer",
    "Geen fysieke archiefruimte meer",
    "Taak belegd bij de regionale uitvoeringsorganisatie",
    "Geen draadloos netwerk voor bezoekers",
};
static const char *const ra_explanations[] = {
    "Vervanging gepland in het volgende begrotingsjaar",
    "Compenserende maatregel: maandelijkse handmatige controle",
    "Leverancier levert de functie pas in de volgende release",
    "Risico aanvaard door het college",
};
static const char *const owners[] = {
    "CISO",
    "ICT-manager",
    "Directeur bedrijfsvoering",
    "Privacy officer",
    "Teamleider informatievoorziening",
};

#define PICK(r, a) ((a)[synth_below((r), sizeof(a) / sizeof((a)[0]))])

static void put_maturity(struct text *t, const synth *s, int mode, int m)
{
	size_t nc = big_catalogue_criterion_count(s->cat);
	if (mode == 1 || nc == 0) {
		putf(t, ", \"maturity\": %d", m);
		return;
	}
	put(t, ", \"criteria_met\": [");
	bool first = true;
	for (size_t c = 0; c < nc; c++) {
		const big_criterion *cr = big_catalogue_criterion(s->cat, c);
		if (cr->level > m)
			continue;
		put(t, first ? "" : ", ");
		put_string(t, cr->id);
		first = false;
	}
	put(t, "]");
}

/* What an organisation that measures maturity by criteria shows of the
 * opzet, bestaan and werking of a result (docs/formats.md), from the period
 * it measures maturity on, drawn from a generator of its own (the other
 * draws are those of the data set before it had them): implemented measures
 * show their design and existence, four in five their operation with a
 * dated test; partially implemented ones their design. */
static void put_demonstration(struct text *t, const synth *s, const struct synth_entity *e,
			      size_t k, size_t p, big_status status)
{
	static const char *const tests[][2] = {
	    {"audit", "IT-audit"}, {"pentest", "Pentest"}, {"red_team", "Red-teamtest"}};
	struct synth_rng r =
	    synth_rng_keyed(s->seed, SYNTH_D_SHOWN, e->domain * SYNTH_MAX_PERIODS + p, e->key, k);
	int year = (int)(SYNTH_FIRST_PERIOD + p), y = (int)synth_below(&r, 1000);

	if (e->maturity != 2 || (int)p < e->maturity_from)
		return;
	if (status == BIG_STATUS_IMPLEMENTED) {
		put(t, ", \"demonstration\": {\"opzet\": {\"demonstrated\": true}, "
		       "\"bestaan\": {\"demonstrated\": true}, \"werking\": ");
		if (y < 800)
			putf(t,
			     "{\"demonstrated\": true, \"evidence\": [{\"kind\": \"%s\", "
			     "\"what\": \"%s %d\", \"date\": \"%d-%02d-15\"}]}}",
			     tests[y % 3][0], tests[y % 3][1], year, year, 1 + y % 12);
		else
			put(t, "{\"demonstrated\": false}}");
	} else if (status == BIG_STATUS_PARTIALLY_IMPLEMENTED && y < 700) {
		put(t, ", \"demonstration\": {\"opzet\": {\"demonstrated\": true}}");
	}
}

static const char *const actions[] = {
    "Beleid opstellen en door het college laten vaststellen",
    "Procedure beschrijven en beleggen in de lijn",
    "Technische maatregel invoeren en testen",
    "Leverancier contractueel verplichten en toetsen",
    "Medewerkers trainen en bewustwording meten",
    "Periodieke controle inrichten en rapporteren",
};

/* Who answers for a shortfall and what is planned about it (docs/formats.md,
 * improvement actions), drawn from a generator of its own so that the other
 * draws stay those of the data set before it had them: from its second
 * period on, an organisation names an owner for about seven in ten of its
 * partially and not implemented measures and plans an action for about
 * half: due in the next year, one in five already past its date when
 * assessed (due on 31 March of the period, assessments are made from
 * September), a few done. */
static void put_plan(struct text *t, const synth *s, const struct synth_entity *e, size_t k,
		     size_t p, big_status status)
{
	static const char *const states[] = {"planned", "in_progress", "planned"};
	struct synth_rng r =
	    synth_rng_keyed(s->seed, SYNTH_D_PLAN, e->domain * SYNTH_MAX_PERIODS + p, e->key, k);
	int year = (int)(SYNTH_FIRST_PERIOD + p), y = (int)synth_below(&r, 1000);

	if (p == 0 ||
	    (status != BIG_STATUS_PARTIALLY_IMPLEMENTED && status != BIG_STATUS_NOT_IMPLEMENTED))
		return;
	if (y < 700) {
		put(t, ", \"owner\": ");
		put_string(t, PICK(&r, owners));
	}
	if (y >= 500)
		return;
	put(t, ", \"actions\": [{\"description\": ");
	put_string(t, PICK(&r, actions));
	put(t, ", \"owner\": ");
	put_string(t, PICK(&r, owners));
	if (y % 5 == 0)
		putf(t, ", \"due\": \"%d-03-31\"", year);
	else
		putf(t, ", \"due\": \"%d-%02d-%02d\"", year + 1, 1 + y % 12, 1 + y % 28);
	putf(t, ", \"status\": \"%s\"}]", y < 40 ? "done" : states[y % 3]);
}

/* One result (or nothing, for a requirement left without one). The status
 * depends on draws that last over the periods, against a level that rises
 * (or slips) period by period; not assessed becomes rarer each period. */
static void put_result(struct text *t, const synth *s, const struct synth_entity *e, size_t k,
		       size_t p, bool *first)
{
	struct synth_rng st = synth_rng_keyed(s->seed, SYNTH_D_STABLE, e->domain, e->key, k);
	struct synth_rng pr =
	    synth_rng_keyed(s->seed, SYNTH_D_PERIOD, e->domain * SYNTH_MAX_PERIODS + p, e->key, k);
	int year = (int)(SYNTH_FIRST_PERIOD + p);
	int level = e->quality + e->trend * (int)p - s->reqs[k].difficulty;
	int u = (int)synth_below(&st, 1000), v = (int)synth_below(&st, 1000);
	int mat = (int)synth_below(&st, 1000);
	int w = (int)synth_below(&pr, 1000), x = (int)synth_below(&pr, 1000);
	int gap = p < 16 ? e->gap >> p : 0;
	big_status status;

	if (w < gap && (w & 1))
		return; /* no result: not_assessed */
	if (w < gap)
		status = BIG_STATUS_NOT_ASSESSED;
	else if (u < level)
		status = BIG_STATUS_IMPLEMENTED;
	else if (u < level + 170)
		status = BIG_STATUS_PARTIALLY_IMPLEMENTED;
	else if (v < 110)
		status = BIG_STATUS_NOT_APPLICABLE;
	else if (v < 190)
		status = BIG_STATUS_RISK_ACCEPTED;
	else
		status = BIG_STATUS_NOT_IMPLEMENTED;

	put(t, *first ? "\n    " : ",\n    ");
	*first = false;
	put_string(t, s->reqs[k].id);
	putf(t, ": {\"status\": \"%s\"", big_status_name(status));

	int max = big_catalogue_max_level(s->cat), m = -1;
	if (e->maturity && (int)p >= e->maturity_from) {
		if (status == BIG_STATUS_IMPLEMENTED)
			m = 2 + mat % 3 + (mat % 7 == 0);
		else if (status == BIG_STATUS_PARTIALLY_IMPLEMENTED)
			m = 1 + mat % 2;
		else if (status == BIG_STATUS_NOT_IMPLEMENTED)
			m = mat % 2;
		if (m >= 0 && (int)p - e->maturity_from >= 2 && mat % 3 == 0)
			m++;
		if (m > max)
			m = max;
	}
	if (m >= 0)
		put_maturity(t, s, e->maturity, m);
	put_demonstration(t, s, e, k, p, status);

	if (status == BIG_STATUS_NOT_APPLICABLE || status == BIG_STATUS_RISK_ACCEPTED) {
		/* Mostly properly explained; some without explanation, some expired. */
		bool na = status == BIG_STATUS_NOT_APPLICABLE;
		if (!na || x >= 80) {
			put(t, ", \"explanation\": ");
			put_string(t, na ? PICK(&pr, na_explanations) : PICK(&pr, ra_explanations));
		}
		if (!na || synth_below(&pr, 2)) {
			put(t, ", \"owner\": ");
			put_string(t, PICK(&pr, owners));
		}
		if (x >= 80 && x < 140)
			putf(t, ", \"expires\": \"%d-06-30\"", year - 1);
		else
			putf(t, ", \"expires\": \"%d-12-31\"", year + 1 + (int)synth_below(&pr, 2));
	} else if (status == BIG_STATUS_IMPLEMENTED && x % 4 == 0) {
		putf(t, ", \"evidence\": [\"verantwoording-%d.pdf\"", year);
		if (x % 8 == 0)
			putf(t, ", \"audit-%d.pdf\"", year);
		put(t, "]");
	}
	put_plan(t, s, e, k, p, status);
	put(t, "}");
}

struct attribute {
	const char *name;
	unsigned value;
};

static char *assessment(const synth *s, const struct synth_entity *e, const char *id,
			const char *name, const char *kind, const struct attribute *attrs,
			size_t nattrs, size_t p, const size_t *reqs, size_t nreqs, size_t *len)
{
	struct text t = {NULL, 0, 0, false};
	struct synth_rng r = synth_rng_keyed(s->seed, SYNTH_D_DOCUMENT,
					     e->domain * SYNTH_MAX_PERIODS + p, e->key, 0);
	unsigned target = synth_below(&r, 100);

	put_head(&t, s, "libbig.assessment");
	put(&t, "  \"organisation\": {\"id\": ");
	put_string(&t, id);
	put(&t, ", \"name\": ");
	put_string(&t, name);
	put(&t, ", \"kind\": ");
	put_string(&t, kind);
	put(&t, ", \"attributes\": {");
	for (size_t a = 0; a < nattrs; a++)
		putf(&t, "%s\"%s\": %u", a ? ", " : "", attrs[a].name, attrs[a].value);
	put(&t, "}},\n");
	putf(&t, "  \"period\": \"%s\",\n", s->period_ids[p]);
	putf(&t, "  \"assessed_on\": \"%s-%02u-%02u\",\n", s->period_ids[p], 9 + synth_below(&r, 4),
	     1 + synth_below(&r, 28));
	if (s->profile)
		putf(&t, "  \"profile\": \"%s\",\n", s->profile);
	if (e->domain == SYNTH_D_COLLAB || target < 35)
		put(&t, "  \"target\": 3,\n");
	else if (target < 40 && big_catalogue_max_level(s->cat) >= 4)
		put(&t, "  \"target\": 4,\n");
	put(&t, "  \"results\": {");
	bool first = true;
	for (size_t n = 0; n < nreqs; n++)
		put_result(&t, s, e, reqs ? reqs[n] : n, p, &first);
	put(&t, first ? "}\n}\n" : "\n  }\n}\n");
	return finish(&t, len);
}

char *synth_municipality_json(const synth *s, size_t i, size_t p, size_t *len)
{
	struct synth_entity e = synth_municipality(s, i);
	struct synth_rng r = synth_rng_keyed(s->seed, SYNTH_D_ORG, i, 2, 0);
	unsigned inhabitants = synth_inhabitants(s, i);
	/* Staff: roughly one per 90 to 140 inhabitants, growing a little. */
	unsigned employees = inhabitants / (90 + synth_below(&r, 50)) + (unsigned)p * 2;
	struct attribute attrs[] = {{"inhabitants", inhabitants}, {"employees", employees}};
	char town[SYNTH_NAME_SIZE / 2], name[SYNTH_NAME_SIZE];

	synth_town_name(s, i, town, sizeof(town));
	snprintf(name, sizeof(name), "Gemeente %s", town);
	return assessment(s, &e, synth_organisation_id(s, i), name, "gemeente", attrs, 2, p, NULL,
			  s->req_count, len);
}

char *synth_collaboration_assessment_json(const synth *s, size_t j, size_t p, size_t *len)
{
	const struct synth_collab *c = &s->collab[j];
	struct synth_entity e = synth_collaboration_entity(s, j);
	struct attribute attrs[] = {{"members", (unsigned)c->member_count}};

	return assessment(s, &e, c->id, c->name, "samenwerkingsverband", attrs, 1, p, c->reqs,
			  c->req_count, len);
}

char *synth_collaboration_json(const synth *s, size_t j, size_t *len)
{
	const struct synth_collab *c = &s->collab[j];
	struct text t = {NULL, 0, 0, false};

	put_head(&t, s, "libbig.collaboration");
	put(&t, "  \"id\": ");
	put_string(&t, c->id);
	put(&t, ",\n  \"name\": ");
	put_string(&t, c->name);
	putf(&t, ",\n  \"kind\": \"%s\",\n", synth_kind_names[c->kind]);
	put(&t, "  \"members\": [");
	for (size_t k = 0; k < c->member_count; k++) {
		const char *id = synth_organisation_id(s, c->members[k]);
		put(&t, k ? ",\n    " : "\n    ");
		if (c->weights)
			putf(&t, "{\"id\": \"%s\", \"weight\": %u}", id, c->weights[k]);
		else
			put_string(&t, id);
	}
	put(&t, "\n  ],\n  \"delegated\": [");
	for (size_t k = 0; k < c->delegated_count; k++) {
		put(&t, k ? ", " : "");
		put_string(&t, c->delegated[k]);
	}
	putf(&t, "],\n  \"policy\": \"%s\"\n}\n", c->policy);
	return finish(&t, len);
}
