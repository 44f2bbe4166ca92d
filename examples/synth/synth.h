/*
 * synth — a deterministic synthetic national data set for libbig: fictional
 * municipalities (GM9…) with one libbig.assessment per period, and
 * collaborations (SV9…) with their libbig.collaboration document and their
 * own assessment per period. Everything is derived from the seed by keyed
 * splitmix64 hashing, so a document depends only on (seed, size, its index,
 * its period): the same seed gives the same bytes on every platform.
 *
 * Not part of libbig: used by bigsynth (examples/synth/bigsynth.c) and by the
 * benchmark (tests/bench/). See docs/performance.md.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef SYNTH_H
#define SYNTH_H

#include <big.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* Defaults of bigsynth: a national return as in SPEC §8. */
#define SYNTH_DEFAULT_SEED          1u
#define SYNTH_DEFAULT_ORGANISATIONS 340u
#define SYNTH_DEFAULT_PERIODS       5u
#define SYNTH_FIRST_PERIOD          2021u
#define SYNTH_MAX_ORGANISATIONS     1000000u
#define SYNTH_MAX_PERIODS           50u

typedef struct synth synth;

struct synth_options {
	uint64_t seed;
	size_t organisations; /* municipalities, 1..SYNTH_MAX_ORGANISATIONS */
	size_t periods;       /* 1..SYNTH_MAX_PERIODS, from SYNTH_FIRST_PERIOD */
};

/* Plans a data set against @cat (normally the built-in bio2): organisations,
 * collaborations and their members. 0, or -1 with a message in @err (size
 * @errsize). */
int synth_new(synth **out, const big_catalogue *cat, const struct synth_options *opts, char *err,
	      size_t errsize);
void synth_free(synth *s);

size_t synth_organisation_count(const synth *s);
size_t synth_collaboration_count(const synth *s);
size_t synth_period_count(const synth *s);
/* "2021", "2022", … */
const char *synth_period(const synth *s, size_t p);
/* "GM9001" … (municipality i) */
const char *synth_organisation_id(const synth *s, size_t i);
/* "SV9001" … (collaboration j) */
const char *synth_collaboration_id(const synth *s, size_t j);

/* The documents as JSON text (NUL-terminated, length in *len), allocated with
 * malloc; NULL when out of memory. */
char *synth_municipality_json(const synth *s, size_t i, size_t p, size_t *len);
char *synth_collaboration_json(const synth *s, size_t j, size_t *len);
char *synth_collaboration_assessment_json(const synth *s, size_t j, size_t p, size_t *len);

/* Writes the data set below @dir (created when missing):
 *   assessments/<period>/<id>.json   municipalities and collaborations
 *   collaborations/<id>.json
 * Adds the bytes written to *bytes and the files to *files when not NULL.
 * 0, or -1 after printing a message naming the file to @err. */
int synth_write_tree(const synth *s, const char *dir, FILE *err, size_t *files, size_t *bytes);

#endif /* SYNTH_H */
