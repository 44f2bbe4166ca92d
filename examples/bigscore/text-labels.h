/*
 * bigscore — the labels of the text output (score, gap, aggregate) in
 * English and Dutch. The text follows the language of the titles: with
 * --lang nl its labels, status words and gap kinds are Dutch and its numbers
 * have a decimal comma; without --lang, or with --lang en, it is English
 * with the library's names of statuses and gap kinds, as it always was.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIGSCORE_TEXT_LABELS_H
#define BIGSCORE_TEXT_LABELS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include <big.h>

#include "i18n.h"

/* The text labels; text-labels.c holds them in English and Dutch. */
enum bs_tx {
	/* a report's head */
	BS_TX_ORGANISATION,
	BS_TX_PERIOD,
	BS_TX_ASSESSED_ON,
	BS_TX_CATALOGUE,
	BS_TX_FINGERPRINT,
	BS_TX_ROLLUP,
	BS_TX_PROFILE,
	BS_TX_TARGET,
	/* key figures */
	BS_TX_IMPLEMENTATION,
	BS_TX_COVERAGE,
	BS_TX_OF,
	BS_TX_REQUIREMENTS_ASSESSED,
	BS_TX_COMPLY,
	BS_TX_DEMONSTRATED,
	BS_TX_OPZET,
	BS_TX_BESTAAN,
	BS_TX_WERKING,
	BS_TX_MATURITY,
	BS_TX_MEAN,
	BS_TX_ATTAINED_LEVEL,
	/* the table per top-level node */
	BS_TX_ID,
	BS_TX_TITLE,
	BS_TX_IMPLEM,
	BS_TX_APPL,
	BS_TX_HEAD_IMPLEMENTED, /* BIG_STATUS_COUNT heads, in the order of big_status */
	BS_TX_HEAD_PARTIAL,
	BS_TX_HEAD_NOT_IMPLEMENTED,
	BS_TX_HEAD_NOT_APPLICABLE,
	BS_TX_HEAD_RISK_ACCEPTED,
	BS_TX_HEAD_NOT_ASSESSED,
	BS_TX_STATUS_LEGEND,
	/* gaps */
	BS_TX_GAPS,
	BS_TX_NONE,
	BS_TX_TOP,
	BS_TX_GAPS_OF,
	BS_TX_RANK,
	BS_TX_KINDS,
	BS_TX_SIZE,
	BS_TX_STATUS,
	BS_TX_MAT,
	BS_TX_TAG,
	BS_TX_MANDATORY,
	BS_TX_YES,
	BS_TX_NO,
	BS_TX_NEXT_ACTION, /* a gap's owner and next action (improvement actions) */
	BS_TX_NO_ACTION,
	BS_TX_DUE,
	BS_TX_OVERDUE,
	/* exceptions */
	BS_TX_EXCEPTIONS,
	BS_TX_EXPIRES,
	BS_TX_OWNER,
	BS_TX_EXPLANATION,
	BS_TX_DIAGNOSTICS,
	/* aggregates */
	BS_TX_COLLABORATION,
	BS_TX_NESTED,
	BS_TX_POLICY,
	BS_TX_DELEGATED,
	BS_TX_NOTHING,
	BS_TX_OWN_ASSESSMENT,
	BS_TX_OWN_NONE,
	BS_TX_OWN_NOT_NEEDED,
	BS_TX_OWN_BEST,
	BS_TX_OWN_NOT_ASSESSED,
	BS_TX_METHOD,
	BS_TX_METHOD_WEAKEST, /* BIG_AGGREGATE_METHOD_COUNT names, in the order of
				 big_aggregate_method */
	BS_TX_METHOD_MEAN,
	BS_TX_METHOD_WEIGHTED_MEAN,
	BS_TX_METHOD_MEDIAN,
	BS_TX_MEMBERS,
	BS_TX_MISSING,
	BS_TX_MEMBER,
	BS_TX_NAME,
	BS_TX_WEIGHT,
	BS_TX_COVER,
	BS_TX_COMPLY_HEAD,
	BS_TX_MAT_MEAN,
	BS_TX_LVL,
	BS_TX_MEMBER_MISSING,
	BS_TX_MEMBER_NESTED,
	BS_TX_WEAKEST_LINK,
	BS_TX_AGGREGATE_LEGEND,
	/* the distribution (aggregate --distribution) */
	BS_TX_DISTRIBUTION,
	BS_TX_ORGANISATIONS,
	BS_TX_PROFILE_WORD,
	BS_TX_ROLLUP_WORD,
	BS_TX_GUARD,
	BS_TX_GUARD_NOTE,
	BS_TX_RANK_NOTE,
	BS_TX_OVERALL,
	BS_TX_MEDIAN,
	BS_TX_MEAN_HEAD,
	BS_TX_PERCENTILE_RANK,
	BS_TX_WITHHELD_ROW,
	BS_TX_WITHHELD,
	BS_TX_FLATTENED,
	BS_TX_ATTRIB_WITHHELD,
	BS_TX_PER_ROOT,
	BS_TX_COUNT
};

/* The language of the text for the titles' language @p lang: the Dutch
 * labels for "nl", NULL (English) for anything else. */
const struct bs_lang *bs_tx_lang(const char *lang);
/* Label @p id in @p lang (NULL: English). */
const char *bs_tx(const struct bs_lang *lang, enum bs_tx id);
/* The word for a status: the library's name in English, the report's
 * label in Dutch. */
const char *bs_tx_status(const struct bs_lang *lang, big_status status);
/* The name of a roll-up method: the library's in English, the report's label in Dutch. */
const char *bs_tx_rollup(const struct bs_lang *lang, big_rollup rollup);
/* The name of an aggregation method and of a policy: the library's in
 * English, words in Dutch. */
const char *bs_tx_method(const struct bs_lang *lang, big_aggregate_method method);
const char *bs_tx_policy(const struct bs_lang *lang, big_policy policy);
/* The kinds of a gap, comma-separated, into @p buf. */
void bs_tx_gap_kinds(char *buf, size_t size, const struct bs_lang *lang, unsigned int kinds);
/* A fraction as a percentage (bs_percent()), with a decimal comma in Dutch. */
const char *bs_tx_percent(char *buf, size_t size, const struct bs_lang *lang, bool has, double v);
/* v with @p decimals decimals (bs_fixed()), with a decimal comma in Dutch. */
const char *bs_tx_fixed(char *buf, size_t size, const struct bs_lang *lang, double v, int decimals);
/* A number as bs_number() writes it, with a decimal comma in Dutch. */
const char *bs_tx_number(char *buf, size_t size, const struct bs_lang *lang, double v);
/* Writes label @p id in a column of the label width (19), as the text's
 * "Implementation     67.6%" lines. */
void bs_tx_label(FILE *out, const struct bs_lang *lang, enum bs_tx id);
/* The first label missing in some language, or BS_TX_COUNT. */
enum bs_tx bs_tx_missing(void);

#endif /* BIGSCORE_TEXT_LABELS_H */
