/*
 * bigscore — the labels of the text output in English and Dutch
 * (text-labels.h). The English ones are what the text always said; the
 * Dutch ones use the words of the HTML report (i18n.c).
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <string.h>

#include "bigscore.h"
#include "text-labels.h"

/* Width of the label column ("Comply or explain  "). */
#define LABEL 19

static const char *const en[BS_TX_COUNT] = {
    [BS_TX_ORGANISATION] = "Organisation",
    [BS_TX_PERIOD] = "Period",
    [BS_TX_ASSESSED_ON] = "assessed on",
    [BS_TX_CATALOGUE] = "Catalogue",
    [BS_TX_FINGERPRINT] = "Fingerprint",
    [BS_TX_ROLLUP] = "Roll-up",
    [BS_TX_PROFILE] = "Profile",
    [BS_TX_TARGET] = "Target maturity",
    [BS_TX_IMPLEMENTATION] = "Implementation",
    [BS_TX_COVERAGE] = "Coverage",
    [BS_TX_OF] = "of",
    [BS_TX_REQUIREMENTS_ASSESSED] = "requirements assessed",
    [BS_TX_COMPLY] = "Comply or explain",
    [BS_TX_DEMONSTRATED] = "Demonstrated",
    [BS_TX_OPZET] = "opzet",
    [BS_TX_BESTAAN] = "bestaan",
    [BS_TX_WERKING] = "werking",
    [BS_TX_MATURITY] = "Maturity",
    [BS_TX_MEAN] = "mean",
    [BS_TX_ATTAINED_LEVEL] = "attained level",
    [BS_TX_ID] = "Id",
    [BS_TX_TITLE] = "Title",
    [BS_TX_IMPLEM] = "Implem.",
    [BS_TX_APPL] = "appl",
    [BS_TX_HEAD_IMPLEMENTED] = "impl",
    [BS_TX_HEAD_PARTIAL] = "part",
    [BS_TX_HEAD_NOT_IMPLEMENTED] = "not",
    [BS_TX_HEAD_NOT_APPLICABLE] = "n/a",
    [BS_TX_HEAD_RISK_ACCEPTED] = "acc",
    [BS_TX_HEAD_NOT_ASSESSED] = "n/ass",
    [BS_TX_STATUS_LEGEND] = "(impl implemented, part partially implemented, not not implemented,\n"
			    " n/a not applicable, acc risk accepted, n/ass not assessed)\n",
    [BS_TX_GAPS] = "Gaps",
    [BS_TX_NONE] = "none",
    [BS_TX_TOP] = "Top",
    [BS_TX_GAPS_OF] = "gaps (of",
    [BS_TX_RANK] = "Rank",
    [BS_TX_KINDS] = "Kinds",
    [BS_TX_SIZE] = "Size",
    [BS_TX_STATUS] = "Status",
    [BS_TX_MAT] = "Mat.",
    [BS_TX_TAG] = "Tag",
    [BS_TX_MANDATORY] = "Mandatory",
    [BS_TX_YES] = "yes",
    [BS_TX_NO] = "no",
    [BS_TX_NEXT_ACTION] = "Next action",
    [BS_TX_NO_ACTION] = "No open action",
    [BS_TX_DUE] = "due",
    [BS_TX_OVERDUE] = "overdue",
    [BS_TX_EXCEPTIONS] = "Exceptions",
    [BS_TX_EXPIRES] = "Expires",
    [BS_TX_OWNER] = "Owner",
    [BS_TX_EXPLANATION] = "Explanation",
    [BS_TX_DIAGNOSTICS] = "Diagnostics",
    [BS_TX_COLLABORATION] = "Collaboration",
    [BS_TX_NESTED] = "Nested",
    [BS_TX_POLICY] = "policy",
    [BS_TX_DELEGATED] = "Delegated",
    [BS_TX_NOTHING] = "nothing",
    [BS_TX_OWN_ASSESSMENT] = "Own assessment",
    [BS_TX_OWN_NONE] = "none (no assessment of",
    [BS_TX_OWN_NOT_NEEDED] = "not needed: the members' own results count (policy member)",
    [BS_TX_OWN_BEST] =
	"the members' own results count for the delegated requirements (policy best)",
    [BS_TX_OWN_NOT_ASSESSED] = "the delegated requirements count as not assessed",
    [BS_TX_METHOD] = "Method",
    [BS_TX_METHOD_WEAKEST] = "weakest",
    [BS_TX_METHOD_MEAN] = "mean",
    [BS_TX_METHOD_WEIGHTED_MEAN] = "weighted_mean",
    [BS_TX_METHOD_MEDIAN] = "median",
    [BS_TX_MEMBERS] = "Members",
    [BS_TX_MISSING] = "missing",
    [BS_TX_MEMBER] = "Member",
    [BS_TX_NAME] = "Name",
    [BS_TX_WEIGHT] = "Weight",
    [BS_TX_COVER] = "Cover.",
    [BS_TX_COMPLY_HEAD] = "Comply",
    [BS_TX_MAT_MEAN] = "Mat.",
    [BS_TX_LVL] = "Lvl",
    [BS_TX_MEMBER_MISSING] = "missing: counts as not assessed",
    [BS_TX_MEMBER_NESTED] = "nested collaboration (below)",
    [BS_TX_WEAKEST_LINK] = "weakest link",
    [BS_TX_AGGREGATE_LEGEND] =
	"(Implem. implementation, Cover. coverage, Comply comply or explain,\n"
	" Mat. mean maturity, Lvl attained level, n organisations with a score,\n"
	" appl applicable requirements)\n",
    [BS_TX_DISTRIBUTION] = "Distribution",
    [BS_TX_ORGANISATIONS] = "organisations",
    [BS_TX_PROFILE_WORD] = "profile",
    [BS_TX_ROLLUP_WORD] = "roll-up",
    [BS_TX_GUARD] = "Publication guard",
    [BS_TX_GUARD_NOTE] = "a statistic over fewer organisations is withheld",
    [BS_TX_RANK_NOTE] = "rank: percentile among the organisations",
    [BS_TX_OVERALL] = "Overall",
    [BS_TX_MEDIAN] = "Median",
    [BS_TX_MEAN_HEAD] = "Mean",
    [BS_TX_PERCENTILE_RANK] = "Rank",
    [BS_TX_WITHHELD_ROW] = "withheld (fewer than k)",
    [BS_TX_WITHHELD] = "withheld",
    [BS_TX_FLATTENED] = "flattened: the organisations of nested collaborations are members",
    [BS_TX_ATTRIB_WITHHELD] = "Who to help first and the gaps of the aggregate: withheld under the "
			      "publication guard (they name members)",
    [BS_TX_PER_ROOT] = "Implementation per top-level node",
};

static const char *const nl[BS_TX_COUNT] = {
    [BS_TX_ORGANISATION] = "Organisatie",
    [BS_TX_PERIOD] = "Periode",
    [BS_TX_ASSESSED_ON] = "beoordeeld op",
    [BS_TX_CATALOGUE] = "Normenkader",
    [BS_TX_FINGERPRINT] = "Vingerafdruk",
    [BS_TX_ROLLUP] = "Samentelling",
    [BS_TX_PROFILE] = "Profiel",
    [BS_TX_TARGET] = "Doelniveau",
    [BS_TX_IMPLEMENTATION] = "Implementatie",
    [BS_TX_COVERAGE] = "Dekking",
    [BS_TX_OF] = "van",
    [BS_TX_REQUIREMENTS_ASSESSED] = "eisen beoordeeld",
    [BS_TX_COMPLY] = "Pas toe of leg uit",
    [BS_TX_DEMONSTRATED] = "Aangetoond",
    [BS_TX_OPZET] = "opzet",
    [BS_TX_BESTAAN] = "bestaan",
    [BS_TX_WERKING] = "werking",
    [BS_TX_MATURITY] = "Volwassenheid",
    [BS_TX_MEAN] = "gemiddeld",
    [BS_TX_ATTAINED_LEVEL] = "bereikt niveau",
    [BS_TX_ID] = "Id",
    [BS_TX_TITLE] = "Titel",
    [BS_TX_IMPLEM] = "Implem.",
    [BS_TX_APPL] = "eisen",
    [BS_TX_HEAD_IMPLEMENTED] = "geïmp",
    [BS_TX_HEAD_PARTIAL] = "gedl",
    [BS_TX_HEAD_NOT_IMPLEMENTED] = "niet",
    [BS_TX_HEAD_NOT_APPLICABLE] = "n.v.t.",
    [BS_TX_HEAD_RISK_ACCEPTED] = "r.g.",
    [BS_TX_HEAD_NOT_ASSESSED] = "n.b.",
    [BS_TX_STATUS_LEGEND] =
	"(geïmp geïmplementeerd, gedl gedeeltelijk geïmplementeerd, niet niet\n"
	" geïmplementeerd, n.v.t. niet van toepassing, r.g. risico geaccepteerd,\n"
	" n.b. niet beoordeeld)\n",
    [BS_TX_GAPS] = "Tekortkomingen",
    [BS_TX_NONE] = "geen",
    [BS_TX_TOP] = "De",
    [BS_TX_GAPS_OF] = "grootste tekortkomingen (van",
    [BS_TX_RANK] = "Nr.",
    [BS_TX_KINDS] = "Soort",
    [BS_TX_SIZE] = "Omvang",
    [BS_TX_STATUS] = "Status",
    [BS_TX_MAT] = "Niv.",
    [BS_TX_TAG] = "Categorie",
    [BS_TX_MANDATORY] = "Verplicht",
    [BS_TX_YES] = "ja",
    [BS_TX_NO] = "nee",
    [BS_TX_NEXT_ACTION] = "Volgende actie",
    [BS_TX_NO_ACTION] = "Geen open actie",
    [BS_TX_DUE] = "uiterlijk",
    [BS_TX_OVERDUE] = "te laat",
    [BS_TX_EXCEPTIONS] = "Uitzonderingen",
    [BS_TX_EXPIRES] = "Geldig tot",
    [BS_TX_OWNER] = "Eigenaar",
    [BS_TX_EXPLANATION] = "Uitleg",
    [BS_TX_DIAGNOSTICS] = "Meldingen",
    [BS_TX_COLLABORATION] = "Samenwerking",
    [BS_TX_NESTED] = "Genest",
    [BS_TX_POLICY] = "regel:",
    [BS_TX_DELEGATED] = "Uitbesteed",
    [BS_TX_NOTHING] = "niets",
    [BS_TX_OWN_ASSESSMENT] = "Eigen beoordeling",
    [BS_TX_OWN_NONE] = "geen (geen beoordeling van",
    [BS_TX_OWN_NOT_NEEDED] = "niet nodig: de eigen uitvoering van de leden telt",
    [BS_TX_OWN_BEST] = "voor de uitbestede eisen telt de eigen uitvoering van de leden",
    [BS_TX_OWN_NOT_ASSESSED] = "de uitbestede eisen tellen als niet beoordeeld",
    [BS_TX_METHOD] = "Methode",
    [BS_TX_METHOD_WEAKEST] = "zwakste schakel",
    [BS_TX_METHOD_MEAN] = "gemiddelde",
    [BS_TX_METHOD_WEIGHTED_MEAN] = "gewogen gemiddelde",
    [BS_TX_METHOD_MEDIAN] = "mediaan",
    [BS_TX_MEMBERS] = "Leden",
    [BS_TX_MISSING] = "zonder beoordeling",
    [BS_TX_MEMBER] = "Lid",
    [BS_TX_NAME] = "Naam",
    [BS_TX_WEIGHT] = "Gewicht",
    [BS_TX_COVER] = "Dekk.",
    [BS_TX_COMPLY_HEAD] = "PToLU",
    [BS_TX_MAT_MEAN] = "Volw.",
    [BS_TX_LVL] = "Niv",
    [BS_TX_MEMBER_MISSING] = "zonder beoordeling: telt als niet beoordeeld",
    [BS_TX_MEMBER_NESTED] = "genest samenwerkingsverband (hieronder)",
    [BS_TX_WEAKEST_LINK] = "zwakste schakel",
    [BS_TX_AGGREGATE_LEGEND] =
	"(Implem. implementatie, Dekk. dekking, PToLU pas toe of leg uit,\n"
	" Volw. gemiddelde volwassenheid, Niv bereikt niveau, n organisaties met een\n"
	" score, eisen het aantal eisen van toepassing)\n",
    [BS_TX_DISTRIBUTION] = "Verdeling",
    [BS_TX_ORGANISATIONS] = "organisaties",
    [BS_TX_PROFILE_WORD] = "profiel",
    [BS_TX_ROLLUP_WORD] = "samentelling",
    [BS_TX_GUARD] = "Publicatiedrempel",
    [BS_TX_GUARD_NOTE] = "een cijfer over minder organisaties wordt niet getoond (n.g.)",
    [BS_TX_RANK_NOTE] = "rang: percentiel onder de organisaties",
    [BS_TX_OVERALL] = "Totaal",
    [BS_TX_MEDIAN] = "Mediaan",
    [BS_TX_MEAN_HEAD] = "Gem.",
    [BS_TX_PERCENTILE_RANK] = "Rang",
    [BS_TX_WITHHELD_ROW] = "niet getoond (minder dan k)",
    [BS_TX_WITHHELD] = "n.g.",
    [BS_TX_FLATTENED] =
	"opengevouwen: de organisaties van geneste samenwerkingsverbanden zijn leden",
    [BS_TX_ATTRIB_WITHHELD] = ("Wie eerst helpen en de tekortkomingen van het geheel: niet "
			       "getoond onder de publicatiedrempel (ze noemen leden)"),
    [BS_TX_PER_ROOT] = "Implementatie per onderdeel van het bovenste niveau",
};

const struct bs_lang *bs_tx_lang(const char *lang)
{
	return lang && strcmp(lang, "nl") == 0 ? bs_lang_find("nl") : NULL;
}

const char *bs_tx(const struct bs_lang *lang, enum bs_tx id)
{
	const char *s = (unsigned int)id < BS_TX_COUNT ? (lang ? nl : en)[id] : NULL;

	return s ? s : "?";
}

enum bs_tx bs_tx_missing(void)
{
	for (int i = 0; i < BS_TX_COUNT; i++)
		if (en[i] == NULL || nl[i] == NULL)
			return (enum bs_tx)i;
	return BS_TX_COUNT;
}

const char *bs_tx_status(const struct bs_lang *lang, big_status status)
{
	const char *name = big_status_name(status);

	if (lang)
		return bs_t_status(lang, status);
	return name ? name : "?";
}

const char *bs_tx_rollup(const struct bs_lang *lang, big_rollup rollup)
{
	const char *name = big_rollup_name(rollup);

	if (lang)
		return bs_t_rollup(lang, rollup);
	return name ? name : "?";
}

_Static_assert(BS_TX_METHOD_MEDIAN - BS_TX_METHOD_WEAKEST + 1 == BIG_AGGREGATE_METHOD_COUNT,
	       "a name per aggregation method");

const char *bs_tx_method(const struct bs_lang *lang, big_aggregate_method method)
{
	if ((unsigned int)method >= BIG_AGGREGATE_METHOD_COUNT)
		return "?";
	return bs_tx(lang, (enum bs_tx)(BS_TX_METHOD_WEAKEST + (int)method));
}

const char *bs_tx_policy(const struct bs_lang *lang, big_policy policy)
{
	const char *name = big_policy_name(policy);

	if (lang)
		return bs_t_policy(lang, policy);
	return name ? name : "?";
}

void bs_tx_gap_kinds(char *buf, size_t size, const struct bs_lang *lang, unsigned int kinds)
{
	size_t len = 0;

	buf[0] = '\0';
	for (unsigned int k = 0; k < BIG_GAP_KIND_COUNT && len < size; k++)
		if (kinds & (1u << k)) {
			int n =
			    snprintf(buf + len, size - len, "%s%s", len ? "," : "",
				     lang ? bs_t_gap_kind(lang, k) : big_gap_kind_name(1u << k));
			len += n > 0 ? (size_t)n : 0;
		}
}

const char *bs_tx_percent(char *buf, size_t size, const struct bs_lang *lang, bool has, double v)
{
	return lang ? bs_l_percent(buf, size, lang, has, v) : bs_percent(buf, size, has, v);
}

const char *bs_tx_fixed(char *buf, size_t size, const struct bs_lang *lang, double v, int decimals)
{
	return lang ? bs_l_fixed(buf, size, lang, v, decimals) : bs_fixed(buf, size, v, decimals);
}

const char *bs_tx_number(char *buf, size_t size, const struct bs_lang *lang, double v)
{
	char *dot;

	bs_number(buf, size, v);
	if (lang && (dot = strchr(buf, '.')) != NULL)
		*dot = bs_lang_decimal(lang);
	return buf;
}

void bs_tx_label(FILE *out, const struct bs_lang *lang, enum bs_tx id)
{
	bs_column(out, bs_tx(lang, id), LABEL);
}
