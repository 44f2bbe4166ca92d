/*
 * synth — private: the plan of a data set and the keyed random numbers.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef SYNTH_INT_H
#define SYNTH_INT_H

#include <stdbool.h>

#include "synth.h"

#define SYNTH_ID_SIZE       16
#define SYNTH_NAME_SIZE     96
#define SYNTH_MAX_DELEGATED 4

/* What a random number is for: every draw is keyed by its domain. */
enum synth_domain {
	SYNTH_D_ORG = 1,      /* a municipality's profile */
	SYNTH_D_STABLE = 2,   /* an organisation's lasting dispositions per requirement */
	SYNTH_D_PERIOD = 3,   /* an organisation's draws per requirement and period */
	SYNTH_D_COLLAB = 4,   /* a collaboration's plan and profile */
	SYNTH_D_NAME = 5,     /* names */
	SYNTH_D_REQ = 6,      /* a requirement's national difficulty */
	SYNTH_D_DOCUMENT = 7, /* per document: dates */
	SYNTH_D_SHOWN = 8,    /* per requirement and period: opzet, bestaan, werking shown */
	SYNTH_D_PLAN = 9,     /* per requirement and period: its owner and improvement action */
};

enum synth_kind { SYNTH_SOCIALE_DIENST, SYNTH_BELASTING, SYNTH_ICT, SYNTH_KIND_COUNT };

/* splitmix64 (Steele, Lea, Flood 2014), as a stream and as a keyed hash. */
struct synth_rng {
	uint64_t state;
};
struct synth_rng synth_rng_keyed(uint64_t seed, uint64_t domain, uint64_t a, uint64_t b,
				 uint64_t c);
uint64_t synth_rng_next(struct synth_rng *r);
/* Uniform in [0, n), n < 2^32. */
unsigned synth_below(struct synth_rng *r, unsigned n);

struct synth_req {
	const char *id;
	const big_node *node;
	int difficulty; /* per mille, subtracted from an organisation's level */
};

/* An organisation as the generator of results sees it (per mille values). */
struct synth_entity {
	uint64_t key;      /* index, in its own domain */
	uint64_t domain;   /* SYNTH_D_ORG or SYNTH_D_COLLAB */
	int quality;       /* share implemented in the first period, before difficulty */
	int trend;         /* change per period */
	int gap;           /* share not assessed in the first period; halves each period */
	int maturity;      /* 0: none, 1: maturity levels, 2: criteria met */
	int maturity_from; /* first period that measures maturity */
};

struct synth_collab {
	char id[SYNTH_ID_SIZE];
	char name[SYNTH_NAME_SIZE];
	enum synth_kind kind;
	const char *policy;
	size_t *members;   /* municipality indices, ascending */
	unsigned *weights; /* per member; NULL: plain ids */
	size_t member_count;
	const char *delegated[SYNTH_MAX_DELEGATED];
	size_t delegated_count;
	size_t *reqs; /* requirement indices inside the delegated subtrees */
	size_t req_count;
};

struct synth {
	uint64_t seed;
	const big_catalogue *cat;
	size_t orgs, periods, collabs;
	char period_ids[SYNTH_MAX_PERIODS][8];
	char *org_ids; /* orgs × SYNTH_ID_SIZE */
	struct synth_req *reqs;
	size_t req_count;
	const char *profile; /* "alles" when the catalogue has it */
	struct synth_collab *collab;
};

extern const char *const synth_kind_names[SYNTH_KIND_COUNT];

/* The name of municipality @i (without "Gemeente "). */
void synth_town_name(const synth *s, size_t i, char *buf, size_t size);
/* The profile of municipality @i, or of collaboration @j. */
struct synth_entity synth_municipality(const synth *s, size_t i);
struct synth_entity synth_collaboration_entity(const synth *s, size_t j);
/* Inhabitants of municipality @i. */
unsigned synth_inhabitants(const synth *s, size_t i);

#endif /* SYNTH_INT_H */
