/*
 * bigscore — the labels of the HTML report in Dutch and English, and
 * numbers formatted for display in each language (decimal comma in Dutch),
 * without setlocale: the same bytes in every process locale.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIGSCORE_I18N_H
#define BIGSCORE_I18N_H

#include <stdbool.h>
#include <stddef.h>

#include <big.h>

/* The message ids; i18n.c holds one table per language. */
enum bs_msg {
	BS_M_REPORT,
	BS_M_SELF_ASSESSMENT,
	BS_M_ASSESSED_ON,
	BS_M_ORGANISATION,
	BS_M_CATALOGUE,
	BS_M_PROFILE,
	BS_M_ALL_REQUIREMENTS,
	BS_M_ROLLUP,
	BS_M_ROLLUP_HIERARCHICAL, /* BIG_ROLLUP_COUNT labels, in the order of big_rollup */
	BS_M_ROLLUP_FLAT,
	BS_M_ROLLUP_WEAKEST,
	BS_M_TARGET_LEVEL,
	BS_M_REPORT_DATE,
	BS_M_CONTENTS,
	/* key figures */
	BS_M_KEY_FIGURES,
	BS_M_IMPLEMENTATION,
	BS_M_COMPLY,
	BS_M_COVERAGE,
	BS_M_MATURITY,
	BS_M_MATURITY_MEAN,
	BS_M_ATTAINED,
	BS_M_MATURITY_MEAN_HEAD,
	BS_M_ATTAINED_HEAD,
	BS_M_LEVEL,
	BS_M_GAPS,
	BS_M_EXCEPTIONS,
	BS_M_OF,
	BS_M_REQUIREMENTS_ASSESSED,
	BS_M_REQUIREMENT_ASSESSED, /* after 1 */
	BS_M_MANDATORY_FIRST,
	BS_M_EXPIRED_COUNT,
	BS_M_SINCE,
	BS_M_POINTS,
	BS_M_KEY_NOTE,
	BS_M_DEMONSTRATED, /* opzet, bestaan, werking (docs/scoring.md) */
	BS_M_OPZET,
	BS_M_BESTAAN,
	BS_M_WERKING,
	/* per theme */
	BS_M_THEME,
	BS_M_CHAPTER,
	BS_M_PER_THEME,
	BS_M_PER_CHAPTER,
	BS_M_SEC_SCORES,
	BS_M_SCORES_NOTE,
	BS_M_CHART_IMPL,
	BS_M_CHART_IMPL_DESC,
	BS_M_CHART_MAT,
	BS_M_CHART_MAT_DESC,
	BS_M_GOAL,
	BS_M_NO_MATURITY,
	BS_M_OVERALL,
	BS_M_APPLICABLE,
	/* comply or explain */
	BS_M_SEC_COMPLY,
	BS_M_COMPLY_NOTE,
	BS_M_CHART_COMPLY,
	BS_M_CHART_COMPLY_DESC,
	BS_M_CAT_IMPLEMENTED,
	BS_M_CAT_PARTIAL,
	BS_M_CAT_NOT_IMPLEMENTED,
	BS_M_CAT_EXPLAINED,
	BS_M_CAT_UNEXPLAINED,
	BS_M_CAT_NOT_ASSESSED,
	BS_M_REGISTER,
	BS_M_REGISTER_NOTE,
	BS_M_REQUIREMENT,
	BS_M_TITLE,
	BS_M_STATUS,
	BS_M_EXPLANATION,
	BS_M_OWNER,
	BS_M_EXPIRES,
	BS_M_ASSESSMENT,
	BS_M_VALID,
	BS_M_EXPIRED,
	BS_M_NO_EXPLANATION,
	BS_M_NO_EXPIRY,
	BS_M_MANDATORY_RISK,
	BS_M_NONE,
	/* BIG_STATUS_COUNT statuses, in the order of big_status */
	BS_M_STATUS_IMPLEMENTED,
	BS_M_STATUS_PARTIAL,
	BS_M_STATUS_NOT_IMPLEMENTED,
	BS_M_STATUS_NOT_APPLICABLE,
	BS_M_STATUS_RISK_ACCEPTED,
	BS_M_STATUS_NOT_ASSESSED,
	/* gaps */
	BS_M_SEC_GAPS,
	BS_M_GAPS_NOTE,       /* with a priority of categories: before its first label */
	BS_M_GAPS_NOTE_FIRST, /* after that label */
	BS_M_GAPS_NOTE_PLAIN, /* without a priority */
	BS_M_NO_GAPS,
	BS_M_RANK,
	BS_M_KINDS,
	BS_M_SIZE,
	BS_M_TAG,
	BS_M_MANDATORY,
	BS_M_YES,
	BS_M_NO,
	BS_M_KIND_IMPLEMENTATION, /* BIG_GAP_KIND_COUNT labels: kind k, the flag 1u << k */
	BS_M_KIND_MATURITY,
	BS_M_KIND_EXPLANATION,
	BS_M_KIND_WERKING,
	/* peers */
	BS_M_SEC_PEERS,
	BS_M_PEERS_NOTE,
	BS_M_CHART_PEERS,
	BS_M_CHART_PEERS_DESC,
	BS_M_RANGE,
	BS_M_MIDDLE_HALF,
	BS_M_MEDIAN,
	BS_M_YOUR_ORGANISATION,
	BS_M_PERCENTILE_RANK,
	BS_M_PERCENTILE,
	BS_M_RANK_COVERAGE,
	BS_M_RANK_COMPLY,
	BS_M_SUPPRESSED,
	BS_M_GUARD_NOTE,
	BS_M_PEERS_SKIPPED,
	BS_M_COMPARED,
	BS_M_INCLUDING_YOURS,
	BS_M_FILES,
	BS_M_FILE, /* after 1 */
	BS_M_ORGANISATIONS,
	BS_M_ORGANISATION_ONE, /* after 1 */
	/* collaboration */
	BS_M_SEC_COLLAB,
	BS_M_COLLAB_NOTE,
	BS_M_MEMBERS,
	BS_M_MISSING,
	BS_M_POLICY,
	BS_M_POLICY_COLLABORATION, /* BIG_POLICY_COUNT labels, in the order of big_policy */
	BS_M_POLICY_MEMBER,
	BS_M_POLICY_WORST,
	BS_M_POLICY_BEST,
	BS_M_DELEGATED,
	BS_M_CHART_COLLAB,
	BS_M_CHART_COLLAB_DESC,
	BS_M_EFFECTIVE,
	BS_M_MEAN_MEMBERS,
	BS_M_WEAKEST_LINK,
	BS_M_NOT_A_MEMBER,
	BS_M_FIGURES,
	BS_M_FIGURES_EFFECTIVE,
	BS_M_MISSING_NOTE,
	BS_M_NESTED,
	BS_M_NESTED_NOTE,
	BS_M_OWN_MISSING,
	BS_M_OWN_MISSING_BEST,
	/* trend */
	BS_M_SEC_TREND,
	BS_M_TREND_NOTE,
	BS_M_CHART_TREND,
	BS_M_CHART_TREND_DESC,
	BS_M_BEFORE,
	BS_M_AFTER,
	BS_M_CHANGE,
	BS_M_LARGEST_CHANGES,
	BS_M_CONTRIBUTION,
	BS_M_NO_CHANGES,
	/* footer */
	BS_M_METHOD,
	BS_M_METHOD_NOTE,
	BS_M_MADE_WITH,
	BS_M_FINGERPRINT,
	BS_M_DIAGNOSTICS,
	BS_M_METHOD_VERSION,
	BS_M_METHOD_DATA,
	BS_M_PERIOD,
	BS_M_METHOD_FORMULAS,
	BS_M_METHOD_FORMULAS_TEXT,
	BS_M_FINGERPRINT_WORD,
	BS_M_MATURITY_SPREAD,
	BS_M_MATURITY_SPREAD_NOTE,
	BS_M_NO_LEVEL,
	/* the summary at the top (report-summary.c): a sentence's {0}, {1} …
	 * are filled in by bs_fill(); a _ONE variant serves a count of 1 */
	BS_M_SEC_SUMMARY,
	BS_M_MEASURE, /* after 1 */
	BS_M_MEASURES,
	BS_M_GAP_ONE, /* after 1 */
	BS_M_GAP_MANY,
	BS_M_AND,
	BS_M_MORE,
	BS_M_SUM_MANDATORY,
	BS_M_SUM_MANDATORY_ONE,
	BS_M_SUM_CHANGE,
	BS_M_SUM_CHANGE_IMPL,
	BS_M_SUM_ALL, /* a catalogue without mandatory requirements */
	BS_M_SUM_ALL_ONE,
	BS_M_SUM_CHANGE_ALL,
	BS_M_SUM_CHANGE_UNASSESSED,
	BS_M_SUM_NO_GAPS,
	BS_M_SUM_NO_OWNER,
	BS_M_SUM_NO_OWNER_ONE,
	BS_M_SUM_ALL_OWNED,
	BS_M_SUM_EXPIRING,
	BS_M_SUM_EXPIRING_ONE,
	BS_M_SUM_NO_ACTION,
	BS_M_SUM_NO_ACTION_ONE,
	BS_M_SUM_ALL_ACTION,
	BS_M_OPEN_ACTION, /* after 1 */
	BS_M_OPEN_ACTIONS,
	BS_M_SUM_OVERDUE,
	BS_M_SUM_OVERDUE_ONE,
	BS_M_SUM_OVERDUE_NONE,      /* none of several late */
	BS_M_SUM_OVERDUE_NONE_ONLY, /* the only one, not late */
	BS_M_SUM_OVERDUE_ONLY,      /* the only one, late */
	BS_M_SUM_NO_OWNER_ONLY,     /* the only gap lacks it */
	BS_M_SUM_NO_OWNER_ALL,      /* all of several lack it */
	BS_M_SUM_NO_ACTION_ONLY,
	BS_M_SUM_NO_ACTION_ALL,
	/* the improvement plan (report-plan.c) */
	BS_M_SEC_PLAN,
	BS_M_PLAN_NOTE,
	BS_M_PLAN_NOTE_ALL, /* a catalogue without mandatory requirements */
	BS_M_NO_OPEN_ACTIONS,
	BS_M_WITHOUT_ACTION,
	BS_M_ACTION,
	BS_M_DUE,
	BS_M_OVERDUE,
	BS_M_ACTION_PLANNED,
	BS_M_ACTION_IN_PROGRESS,
	BS_M_COUNT
};

/* A language of the report. */
struct bs_lang;

/* The language with code @p code ("nl", "en"), or NULL. */
const struct bs_lang *bs_lang_find(const char *code);
/* Its code, for the lang attribute. */
const char *bs_lang_code(const struct bs_lang *lang);
/* Its decimal sign: ',' in Dutch, '.' in English. */
char bs_lang_decimal(const struct bs_lang *lang);
/* The label @p msg in @p lang. */
const char *bs_t(const struct bs_lang *lang, enum bs_msg msg);
/* The label of a status, a roll-up method, a policy ("?" for another value). */
const char *bs_t_status(const struct bs_lang *lang, big_status status);
const char *bs_t_rollup(const struct bs_lang *lang, big_rollup rollup);
const char *bs_t_policy(const struct bs_lang *lang, big_policy policy);
/* The label of gap kind k (the flag 1u << k, 0 <= k < BIG_GAP_KIND_COUNT). */
const char *bs_t_gap_kind(const struct bs_lang *lang, unsigned int k);
/* @p one when @p n is 1, else @p many: the noun after a count. */
const char *bs_t_count(const struct bs_lang *lang, unsigned long n, enum bs_msg one,
		       enum bs_msg many);
/* A whole number as an ordinal: "62e" in Dutch, "62nd" in English. */
const char *bs_l_ordinal(char *buf, size_t size, const struct bs_lang *lang, unsigned long n);
/*
 * @p tmpl with each {0} … {9} replaced by @p args[0] … (an index without
 * an argument: left as it is), into @p buf of @p size bytes (cut short when
 * it does not fit); returns @p buf.
 */
const char *bs_fill(char *buf, size_t size, const char *tmpl, const char *const *args,
		    size_t count);
/* The first message missing in some language, or BS_M_COUNT when none is. */
enum bs_msg bs_lang_missing(void);

/* v (>= 0) with @p decimals decimals and the language's decimal sign. */
const char *bs_l_fixed(char *buf, size_t size, const struct bs_lang *lang, double v, int decimals);
/* A fraction as a percentage with one decimal ("67,6%"), or "—" when !has. */
const char *bs_l_percent(char *buf, size_t size, const struct bs_lang *lang, bool has, double v);
/* A change of a fraction in percentage points with its sign ("+4,2"), or "—". */
const char *bs_l_points(char *buf, size_t size, const struct bs_lang *lang, bool has, double v,
			int decimals);

#endif /* BIGSCORE_I18N_H */
