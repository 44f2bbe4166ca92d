/*
 * bigscore — the labels of the HTML report, one table per language, and
 * numbers for display with the language's decimal sign.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <string.h>

#include "bigscore.h"
#include "i18n.h"

struct bs_lang {
	const char *code;
	char decimal;
	const char *const *text;
};

static const char *const nl[BS_M_COUNT] = {
    [BS_M_REPORT] = "Rapportage informatiebeveiliging",
    [BS_M_SELF_ASSESSMENT] = "Zelfevaluatie",
    [BS_M_ASSESSED_ON] = "beoordeeld op",
    [BS_M_ORGANISATION] = "Organisatie",
    [BS_M_CATALOGUE] = "Normenkader",
    [BS_M_PROFILE] = "Profiel",
    [BS_M_ALL_REQUIREMENTS] = "alle eisen",
    [BS_M_ROLLUP] = "Samentelling",
    [BS_M_ROLLUP_HIERARCHICAL] = "hiërarchisch (gewogen per onderdeel)",
    [BS_M_ROLLUP_FLAT] = "vlak (gewogen over alle eisen)",
    [BS_M_ROLLUP_WEAKEST] = "zwakste schakel",
    [BS_M_TARGET_LEVEL] = "Doelniveau volwassenheid",
    [BS_M_REPORT_DATE] = "Rapportdatum",
    [BS_M_CONTENTS] = "Inhoud",
    [BS_M_KEY_FIGURES] = "Kerncijfers",
    [BS_M_IMPLEMENTATION] = "Implementatie",
    [BS_M_COMPLY] = "Pas toe of leg uit",
    [BS_M_COVERAGE] = "Dekking",
    [BS_M_MATURITY] = "Volwassenheid",
    [BS_M_MATURITY_MEAN] = "gemiddeld niveau",
    [BS_M_ATTAINED] = "bereikt niveau",
    [BS_M_MATURITY_MEAN_HEAD] = "Gem. volwassenheid",
    [BS_M_ATTAINED_HEAD] = "Bereikt niveau",
    [BS_M_LEVEL] = "niveau",
    [BS_M_GAPS] = "Tekortkomingen",
    [BS_M_EXCEPTIONS] = "Uitzonderingen",
    [BS_M_OF] = "van",
    [BS_M_REQUIREMENTS_ASSESSED] = "eisen beoordeeld",
    [BS_M_REQUIREMENT_ASSESSED] = "eis beoordeeld",
    [BS_M_MANDATORY_FIRST] = "waarvan verplicht",
    [BS_M_EXPIRED_COUNT] = "niet geldig uitgelegd",
    [BS_M_SINCE] = "t.o.v.",
    [BS_M_POINTS] = "%-punt",
    [BS_M_KEY_NOTE] =
	"Implementatie: het gewogen aandeel van de eisen dat is ingevoerd (gedeeltelijk "
	"telt voor de helft). Pas toe of leg uit: het aandeel dat is ingevoerd of met een "
	"geldige uitleg is uitgezonderd. Dekking: het aandeel dat is beoordeeld.",
    [BS_M_DEMONSTRATED] = "Aangetoond",
    [BS_M_OPZET] = "Opzet",
    [BS_M_BESTAAN] = "Bestaan",
    [BS_M_WERKING] = "Werking",
    [BS_M_THEME] = "Thema",
    [BS_M_CHAPTER] = "Hoofdstuk",
    [BS_M_PER_THEME] = "per thema",
    [BS_M_PER_CHAPTER] = "per hoofdstuk",
    [BS_M_SEC_SCORES] = "Implementatie en volwassenheid",
    [BS_M_SCORES_NOTE] = "De stippellijn is het doel. Het bereikte niveau is het niveau dat elke "
			 "eis haalt: de zwakste schakel.",
    [BS_M_CHART_IMPL] = "Implementatie",
    [BS_M_CHART_IMPL_DESC] = "Staafdiagram van de implementatiescore in procenten; de tabel "
			     "eronder geeft dezelfde cijfers.",
    [BS_M_CHART_MAT] = "Gemiddeld volwassenheidsniveau",
    [BS_M_CHART_MAT_DESC] = "Staafdiagram van het gemiddelde volwassenheidsniveau met het "
			    "doelniveau als stippellijn; de tabel eronder geeft dezelfde cijfers.",
    [BS_M_GOAL] = "Doel",
    [BS_M_NO_MATURITY] = "Er is geen volwassenheidsniveau vastgelegd.",
    [BS_M_OVERALL] = "Totaal",
    [BS_M_APPLICABLE] = "Eisen",
    [BS_M_SEC_COMPLY] = "Pas toe of leg uit",
    [BS_M_COMPLY_NOTE] = "Een eis die niet wordt toegepast, moet worden uitgelegd: met een reden, "
			 "een eigenaar en een einddatum. Een verplichte maatregel kan niet als "
			 "risico worden geaccepteerd.",
    [BS_M_CHART_COMPLY] = "Status van de eisen",
    [BS_M_CHART_COMPLY_DESC] = "Gestapeld staafdiagram van het aantal eisen per status; de tabel "
			       "eronder geeft dezelfde aantallen.",
    [BS_M_CAT_IMPLEMENTED] = "Geïmplementeerd",
    [BS_M_CAT_PARTIAL] = "Gedeeltelijk",
    [BS_M_CAT_NOT_IMPLEMENTED] = "Niet geïmplementeerd",
    [BS_M_CAT_EXPLAINED] = "Uitgelegd",
    [BS_M_CAT_UNEXPLAINED] = "Niet geldig uitgelegd",
    [BS_M_CAT_NOT_ASSESSED] = "Niet beoordeeld",
    [BS_M_REGISTER] = "Uitzonderingenregister",
    [BS_M_REGISTER_NOTE] = "Alle uitzonderingen en risicoacceptaties, in de volgorde van het "
			   "normenkader. Een uitzondering zonder geldige uitleg telt als niet "
			   "toegepast.",
    [BS_M_REQUIREMENT] = "Eis",
    [BS_M_TITLE] = "Titel",
    [BS_M_STATUS] = "Status",
    [BS_M_EXPLANATION] = "Uitleg",
    [BS_M_OWNER] = "Eigenaar",
    [BS_M_EXPIRES] = "Geldig tot",
    [BS_M_ASSESSMENT] = "Oordeel",
    [BS_M_VALID] = "geldig",
    [BS_M_EXPIRED] = "verlopen",
    [BS_M_NO_EXPLANATION] = "geen uitleg",
    [BS_M_NO_EXPIRY] = "geen einddatum",
    [BS_M_MANDATORY_RISK] = "verplichte maatregel",
    [BS_M_NONE] = "geen",
    [BS_M_STATUS_IMPLEMENTED] = "geïmplementeerd",
    [BS_M_STATUS_PARTIAL] = "gedeeltelijk geïmplementeerd",
    [BS_M_STATUS_NOT_IMPLEMENTED] = "niet geïmplementeerd",
    [BS_M_STATUS_NOT_APPLICABLE] = "niet van toepassing",
    [BS_M_STATUS_RISK_ACCEPTED] = "risico geaccepteerd",
    [BS_M_STATUS_NOT_ASSESSED] = "niet beoordeeld",
    [BS_M_SEC_GAPS] = "De belangrijkste tekortkomingen",
    [BS_M_GAPS_NOTE] = "In volgorde van prioriteit: eerst de categorie (",
    [BS_M_GAPS_NOTE_FIRST] = " gaat voor), dan de verplichte eisen, dan gewicht maal omvang. "
			     "Omvang 1 betekent: niets geregeld.",
    [BS_M_GAPS_NOTE_PLAIN] = "In volgorde van prioriteit: eerst de verplichte eisen, dan gewicht "
			     "maal omvang. Omvang 1 betekent: niets geregeld.",
    [BS_M_NO_GAPS] = "Geen tekortkomingen.",
    [BS_M_RANK] = "Nr.",
    [BS_M_KINDS] = "Soort",
    [BS_M_SIZE] = "Omvang",
    [BS_M_TAG] = "Categorie",
    [BS_M_MANDATORY] = "Verplicht",
    [BS_M_YES] = "ja",
    [BS_M_NO] = "nee",
    [BS_M_KIND_IMPLEMENTATION] = "implementatie",
    [BS_M_KIND_MATURITY] = "volwassenheid",
    [BS_M_KIND_EXPLANATION] = "uitleg",
    [BS_M_KIND_WERKING] = "werking",
    [BS_M_SEC_PEERS] = "Vergelijking met andere organisaties",
    [BS_M_PEERS_NOTE] =
	"Per thema de spreiding van de implementatie over de vergeleken "
	"organisaties: de lijn loopt van de laagste tot de hoogste score, het "
	"blok is de middelste helft, het streepje de mediaan. De ruit is uw "
	"organisatie. De percentielrang is het aandeel van de organisaties dat "
	"lager scoort plus de helft van het aandeel dat precies even hoog scoort "
	"(de middenrang). Het 62e percentiel: 62% van de organisaties scoort lager, "
	"waarbij wie even hoog scoort voor de helft meetelt.",
    [BS_M_CHART_PEERS] = "Implementatie vergeleken met andere organisaties",
    [BS_M_CHART_PEERS_DESC] = "Spreidingsdiagram per thema met de positie van uw organisatie; "
			      "de tabel eronder geeft dezelfde cijfers.",
    [BS_M_RANGE] = "Laagste tot hoogste",
    [BS_M_MIDDLE_HALF] = "Middelste helft",
    [BS_M_MEDIAN] = "Mediaan",
    [BS_M_YOUR_ORGANISATION] = "Uw organisatie",
    [BS_M_PERCENTILE_RANK] = "Percentielrang",
    [BS_M_PERCENTILE] = "percentiel",
    [BS_M_RANK_COVERAGE] = "Percentielrang dekking",
    [BS_M_RANK_COMPLY] = "Percentielrang pas toe of leg uit",
    [BS_M_SUPPRESSED] = "niet gepubliceerd: te weinig organisaties",
    [BS_M_GUARD_NOTE] = "Publicatiedrempel: cijfers over minder dan k organisaties worden niet "
			"getoond, zodat ze niet tot één organisatie te herleiden zijn.",
    [BS_M_PEERS_SKIPPED] = "overgeslagen (andere periode of ander soort organisatie)",
    [BS_M_COMPARED] = "Vergeleken",
    [BS_M_INCLUDING_YOURS] = "uw organisatie inbegrepen",
    [BS_M_FILES] = "bestanden",
    [BS_M_FILE] = "bestand",
    [BS_M_ORGANISATIONS] = "organisaties",
    [BS_M_ORGANISATION_ONE] = "organisatie",
    [BS_M_SEC_COLLAB] = "Samenwerkingsverband",
    [BS_M_COLLAB_NOTE] = "Een samenwerkingsverband voert een deel van de eisen uit voor zijn "
			 "leden. Effectief: de score van uw organisatie met de uitbestede eisen "
			 "zoals het verband ze invult. Zwakste schakel: per eis de laagste score "
			 "van de leden; de keten is zo sterk als de zwakste schakel.",
    [BS_M_MEMBERS] = "Leden",
    [BS_M_MISSING] = "Zonder beoordeling",
    [BS_M_POLICY] = "Regel voor uitbestede eisen",
    [BS_M_POLICY_COLLABORATION] = "de uitvoering door het verband telt",
    [BS_M_POLICY_MEMBER] = "de eigen uitvoering van het lid telt",
    [BS_M_POLICY_WORST] = "de zwakste van beide telt",
    [BS_M_POLICY_BEST] = "de sterkste van beide telt",
    [BS_M_DELEGATED] = "Uitbesteed",
    [BS_M_CHART_COLLAB] = "Uw organisatie en het samenwerkingsverband",
    [BS_M_CHART_COLLAB_DESC] = "Staafdiagram per thema van de effectieve score van uw "
			       "organisatie, het gemiddelde van de leden en de zwakste schakel; "
			       "de tabel eronder geeft dezelfde cijfers.",
    [BS_M_EFFECTIVE] = "Uw organisatie (effectief)",
    [BS_M_MEAN_MEMBERS] = "Gemiddelde van de leden",
    [BS_M_WEAKEST_LINK] = "Zwakste schakel",
    [BS_M_NOT_A_MEMBER] = "Uw organisatie is geen lid; getoond is haar eigen score.",
    [BS_M_FIGURES] = "Cijfers",
    [BS_M_FIGURES_EFFECTIVE] = "de effectieve beoordeling: de gedelegeerde eisen met de "
			       "resultaten van het samenwerkingsverband, naar zijn beleid, ook "
			       "in de vorige periode (trend); de vergelijking met andere "
			       "organisaties gaat over de eigen beoordeling",
    [BS_M_MISSING_NOTE] = "Leden zonder beoordeling tellen mee als niet beoordeeld.",
    [BS_M_NESTED] = "Geneste samenwerkingsverbanden",
    [BS_M_NESTED_NOTE] = "Een lid dat zelf een samenwerkingsverband is, telt mee met de "
			 "cijfers van zijn eigen leden.",
    [BS_M_OWN_MISSING] = "er is geen beoordeling van het verband zelf gevonden: de uitbestede "
			 "eisen tellen als niet beoordeeld.",
    [BS_M_OWN_MISSING_BEST] = "er is geen beoordeling van het verband zelf gevonden: voor de "
			      "uitbestede eisen telt de eigen uitvoering van de leden.",
    [BS_M_SEC_TREND] = "Ontwikkeling",
    [BS_M_TREND_NOTE] = "Het verschil met de vorige periode in procentpunten. De grootste "
			"veranderingen laten zien welke eisen het verschil maken (hun bijdrage "
			"aan de score over alle eisen samen).",
    [BS_M_CHART_TREND] = "Verandering van de implementatie",
    [BS_M_CHART_TREND_DESC] = "Staafdiagram van het verschil per thema in procentpunten; de "
			      "tabel eronder geeft dezelfde cijfers.",
    [BS_M_BEFORE] = "Vorige periode",
    [BS_M_AFTER] = "Deze periode",
    [BS_M_CHANGE] = "Verschil",
    [BS_M_LARGEST_CHANGES] = "Grootste veranderingen",
    [BS_M_CONTRIBUTION] = "Bijdrage",
    [BS_M_NO_CHANGES] = "Geen veranderingen.",
    [BS_M_METHOD] = "Verantwoording",
    [BS_M_METHOD_NOTE] = "Alle cijfers zijn berekend met libbig volgens vaste, openbare "
			 "rekenregels; dezelfde invoer geeft altijd hetzelfde rapport.",
    [BS_M_MADE_WITH] = "Gemaakt met",
    [BS_M_FINGERPRINT] = "Vingerafdruk van de inhoud van catalogus",
    [BS_M_DIAGNOSTICS] = "Meldingen bij het inlezen",
    [BS_M_METHOD_VERSION] = "Programmatuur",
    [BS_M_METHOD_DATA] = "Gegevens",
    [BS_M_PERIOD] = "periode",
    [BS_M_METHOD_FORMULAS] = "Rekenregels",
    [BS_M_METHOD_FORMULAS_TEXT] =
	"docs/scoring.md van libbig (Engelstalig), de paragrafen \u201cRequirement score\u201d "
	"en \u201cNode scores\u201d (implementatie, pas toe of leg uit, dekking, "
	"volwassenheid), \u201cGaps\u201d (tekortkomingen en hun volgorde), \u201cExceptions "
	"register\u201d, \u201cOpzet, bestaan, werking\u201d, \u201cComparison\u201d "
	"(ontwikkeling), \u201cDistributions and the publication guard\u201d (vergelijking, "
	"percentielrang) en \u201cCollaborations\u201d (samenwerkingsverband), elk met een "
	"uitgewerkt voorbeeld.",
    [BS_M_FINGERPRINT_WORD] = "vingerafdruk",
    [BS_M_MATURITY_SPREAD] = "Eisen per volwassenheidsniveau",
    [BS_M_MATURITY_SPREAD_NOTE] =
	"Het aantal toepasselijke eisen op elk niveau. Het bereikte niveau is het laagste niveau "
	"in de rij, waarbij een eis zonder niveau als 0 telt: een enkele eis op niveau 0 houdt "
	"het thema op 0.",
    [BS_M_NO_LEVEL] = "Zonder niveau",
    [BS_M_SEC_SUMMARY] = "Samenvatting",
    [BS_M_MEASURE] = "maatregel",
    [BS_M_MEASURES] = "maatregelen",
    [BS_M_GAP_ONE] = "tekortkoming",
    [BS_M_GAP_MANY] = "tekortkomingen",
    [BS_M_AND] = "en",
    [BS_M_MORE] = "meer",
    [BS_M_SUM_MANDATORY] = "Van de {0} verplichte {1} zijn er {2} geïmplementeerd ({3}).",
    [BS_M_SUM_MANDATORY_ONE] = "Van de {0} verplichte {1} is er 1 geïmplementeerd ({3}).",
    [BS_M_SUM_CHANGE] = "Sinds {0}: {1} verplichte {2} nieuw geïmplementeerd, {3} niet meer",
    [BS_M_SUM_CHANGE_IMPL] = "; implementatie {0} {1}",
    [BS_M_SUM_ALL] = "Van de {0} {1} zijn er {2} geïmplementeerd ({3}).",
    [BS_M_SUM_ALL_ONE] = "Van de {0} {1} is er 1 geïmplementeerd ({3}).",
    [BS_M_SUM_CHANGE_ALL] = "Sinds {0}: {1} {2} nieuw geïmplementeerd, {3} niet meer",
    [BS_M_SUM_CHANGE_UNASSESSED] = ", {0} niet meer beoordeeld",
    [BS_M_SUM_NO_GAPS] = "Er zijn geen tekortkomingen.",
    [BS_M_SUM_NO_OWNER] = "{0} van de {1} {2} hebben geen eigenaar.",
    [BS_M_SUM_NO_OWNER_ONE] = "1 van de {1} {2} heeft geen eigenaar.",
    [BS_M_SUM_ALL_OWNED] = "Elke tekortkoming heeft een eigenaar.",
    [BS_M_SUM_EXPIRING] = "{0} uitzonderingen verlopen binnen een jaar na de beoordeling van "
			  "{1}: {2}.",
    [BS_M_SUM_EXPIRING_ONE] = "1 uitzondering verloopt binnen een jaar na de beoordeling van "
			      "{1}: {2}.",
    [BS_M_SUM_NO_ACTION] = "{0} van de {1} {2} hebben geen verbeteractie.",
    [BS_M_SUM_NO_ACTION_ONE] = "1 van de {1} {2} heeft geen verbeteractie.",
    [BS_M_SUM_ALL_ACTION] = "Elke tekortkoming heeft een verbeteractie.",
    [BS_M_OPEN_ACTION] = "open verbeteractie",
    [BS_M_OPEN_ACTIONS] = "open verbeteracties",
    [BS_M_SUM_OVERDUE] = "{0} van de {1} {2} zijn op {3} over de einddatum.",
    [BS_M_SUM_OVERDUE_ONE] = "1 van de {1} {2} is op {3} over de einddatum.",
    [BS_M_SUM_OVERDUE_NONE] = "Geen van de {1} {2} is op {3} over de einddatum.",
    [BS_M_SUM_OVERDUE_NONE_ONLY] = "De open verbeteractie is op {3} niet over de einddatum.",
    [BS_M_SUM_OVERDUE_ONLY] = "De open verbeteractie is op {3} over de einddatum.",
    [BS_M_SUM_NO_OWNER_ONLY] = "De enige tekortkoming heeft geen eigenaar.",
    [BS_M_SUM_NO_OWNER_ALL] = "Geen enkele tekortkoming heeft een eigenaar.",
    [BS_M_SUM_NO_ACTION_ONLY] = "De enige tekortkoming heeft geen verbeteractie.",
    [BS_M_SUM_NO_ACTION_ALL] = "Geen enkele tekortkoming heeft een verbeteractie.",
    [BS_M_SEC_PLAN] = "Verbeterplan",
    [BS_M_PLAN_NOTE] = "De open verbeteracties (gepland of in uitvoering) per thema: eerst wat "
		       "over de einddatum is, dan op einddatum, dan in de volgorde van het "
		       "normenkader. Daaronder de verplichte eisen met een tekortkoming waarvoor "
		       "geen open verbeteractie is vastgelegd.",
    [BS_M_PLAN_NOTE_ALL] = "De open verbeteracties (gepland of in uitvoering) per thema: eerst "
			   "wat over de einddatum is, dan op einddatum, dan in de volgorde van "
			   "het normenkader.",
    [BS_M_NO_OPEN_ACTIONS] = "Er zijn geen open verbeteracties.",
    [BS_M_WITHOUT_ACTION] = "Zonder verbeteractie (verplichte eisen):",
    [BS_M_ACTION] = "Verbeteractie",
    [BS_M_DUE] = "Einddatum",
    [BS_M_OVERDUE] = "te laat",
    [BS_M_ACTION_PLANNED] = "gepland",
    [BS_M_ACTION_IN_PROGRESS] = "in uitvoering",
};

static const char *const en[BS_M_COUNT] = {
    [BS_M_REPORT] = "Information security report",
    [BS_M_SELF_ASSESSMENT] = "Self-assessment",
    [BS_M_ASSESSED_ON] = "assessed on",
    [BS_M_ORGANISATION] = "Organisation",
    [BS_M_CATALOGUE] = "Baseline",
    [BS_M_PROFILE] = "Profile",
    [BS_M_ALL_REQUIREMENTS] = "all requirements",
    [BS_M_ROLLUP] = "Roll-up",
    [BS_M_ROLLUP_HIERARCHICAL] = "hierarchical (weighted per part)",
    [BS_M_ROLLUP_FLAT] = "flat (weighted over all requirements)",
    [BS_M_ROLLUP_WEAKEST] = "weakest link",
    [BS_M_TARGET_LEVEL] = "Target maturity",
    [BS_M_REPORT_DATE] = "Report date",
    [BS_M_CONTENTS] = "Contents",
    [BS_M_KEY_FIGURES] = "Key figures",
    [BS_M_IMPLEMENTATION] = "Implementation",
    [BS_M_COMPLY] = "Comply or explain",
    [BS_M_COVERAGE] = "Coverage",
    [BS_M_MATURITY] = "Maturity",
    [BS_M_MATURITY_MEAN] = "mean level",
    [BS_M_ATTAINED] = "attained level",
    [BS_M_MATURITY_MEAN_HEAD] = "Mean maturity",
    [BS_M_ATTAINED_HEAD] = "Attained level",
    [BS_M_LEVEL] = "level",
    [BS_M_GAPS] = "Gaps",
    [BS_M_EXCEPTIONS] = "Exceptions",
    [BS_M_OF] = "of",
    [BS_M_REQUIREMENTS_ASSESSED] = "requirements assessed",
    [BS_M_REQUIREMENT_ASSESSED] = "requirement assessed",
    [BS_M_MANDATORY_FIRST] = "of which mandatory",
    [BS_M_EXPIRED_COUNT] = "not properly explained",
    [BS_M_SINCE] = "since",
    [BS_M_POINTS] = "pp",
    [BS_M_KEY_NOTE] = "Implementation: the weighted share of the requirements that are in place "
		      "(partially counts as half). Comply or explain: the share in place or "
		      "excluded with a valid explanation. Coverage: the share assessed.",
    [BS_M_DEMONSTRATED] = "Demonstrated",
    [BS_M_OPZET] = "Design",
    [BS_M_BESTAAN] = "Existence",
    [BS_M_WERKING] = "Operation",
    [BS_M_THEME] = "Theme",
    [BS_M_CHAPTER] = "Chapter",
    [BS_M_PER_THEME] = "per theme",
    [BS_M_PER_CHAPTER] = "per chapter",
    [BS_M_SEC_SCORES] = "Implementation and maturity",
    [BS_M_SCORES_NOTE] = "The dashed line is the target. The attained level is the level every "
			 "requirement reaches: the weakest link.",
    [BS_M_CHART_IMPL] = "Implementation",
    [BS_M_CHART_IMPL_DESC] = "Bar chart of the implementation score in percent; the table "
			     "below gives the same figures.",
    [BS_M_CHART_MAT] = "Mean maturity level",
    [BS_M_CHART_MAT_DESC] = "Bar chart of the mean maturity level with the target level as a "
			    "dashed line; the table below gives the same figures.",
    [BS_M_GOAL] = "Target",
    [BS_M_NO_MATURITY] = "No maturity level was recorded.",
    [BS_M_OVERALL] = "Overall",
    [BS_M_APPLICABLE] = "Requirements",
    [BS_M_SEC_COMPLY] = "Comply or explain",
    [BS_M_COMPLY_NOTE] = "A requirement that is not applied must be explained, with a reason, "
			 "an owner and an expiry date. A mandatory measure cannot be "
			 "risk-accepted.",
    [BS_M_CHART_COMPLY] = "Status of the requirements",
    [BS_M_CHART_COMPLY_DESC] = "Stacked bar chart of the number of requirements per status; the "
			       "table below gives the same counts.",
    [BS_M_CAT_IMPLEMENTED] = "Implemented",
    [BS_M_CAT_PARTIAL] = "Partially",
    [BS_M_CAT_NOT_IMPLEMENTED] = "Not implemented",
    [BS_M_CAT_EXPLAINED] = "Explained",
    [BS_M_CAT_UNEXPLAINED] = "Not properly explained",
    [BS_M_CAT_NOT_ASSESSED] = "Not assessed",
    [BS_M_REGISTER] = "Exceptions register",
    [BS_M_REGISTER_NOTE] = "Every exclusion and risk acceptance, in the order of the baseline. "
			   "An exception without a valid explanation counts as not applied.",
    [BS_M_REQUIREMENT] = "Requirement",
    [BS_M_TITLE] = "Title",
    [BS_M_STATUS] = "Status",
    [BS_M_EXPLANATION] = "Explanation",
    [BS_M_OWNER] = "Owner",
    [BS_M_EXPIRES] = "Expires",
    [BS_M_ASSESSMENT] = "Verdict",
    [BS_M_VALID] = "valid",
    [BS_M_EXPIRED] = "expired",
    [BS_M_NO_EXPLANATION] = "no explanation",
    [BS_M_NO_EXPIRY] = "no expiry date",
    [BS_M_MANDATORY_RISK] = "mandatory measure",
    [BS_M_NONE] = "none",
    [BS_M_STATUS_IMPLEMENTED] = "implemented",
    [BS_M_STATUS_PARTIAL] = "partially implemented",
    [BS_M_STATUS_NOT_IMPLEMENTED] = "not implemented",
    [BS_M_STATUS_NOT_APPLICABLE] = "not applicable",
    [BS_M_STATUS_RISK_ACCEPTED] = "risk accepted",
    [BS_M_STATUS_NOT_ASSESSED] = "not assessed",
    [BS_M_SEC_GAPS] = "The most important gaps",
    [BS_M_GAPS_NOTE] = "In order of priority: first the category (",
    [BS_M_GAPS_NOTE_FIRST] = " comes first), then the mandatory requirements, then weight times "
			     "size. Size 1 means: nothing in place.",
    [BS_M_GAPS_NOTE_PLAIN] = "In order of priority: first the mandatory requirements, then weight "
			     "times size. Size 1 means: nothing in place.",
    [BS_M_NO_GAPS] = "No gaps.",
    [BS_M_RANK] = "No.",
    [BS_M_KINDS] = "Kind",
    [BS_M_SIZE] = "Size",
    [BS_M_TAG] = "Category",
    [BS_M_MANDATORY] = "Mandatory",
    [BS_M_YES] = "yes",
    [BS_M_NO] = "no",
    [BS_M_KIND_IMPLEMENTATION] = "implementation",
    [BS_M_KIND_MATURITY] = "maturity",
    [BS_M_KIND_EXPLANATION] = "explanation",
    [BS_M_KIND_WERKING] = "operation",
    [BS_M_SEC_PEERS] = "Comparison with other organisations",
    [BS_M_PEERS_NOTE] =
	"Per theme the spread of the implementation over the organisations "
	"compared: the line runs from the lowest to the highest score, the box is "
	"the middle half, the tick the median. The diamond is your organisation. "
	"The percentile rank is the share of the organisations scoring lower plus half the "
	"share scoring exactly the same (the mid-rank). The 62nd percentile: 62% of the "
	"organisations score lower, those with the same score counting for half.",
    [BS_M_CHART_PEERS] = "Implementation compared with other organisations",
    [BS_M_CHART_PEERS_DESC] = "Box plot per theme with the position of your organisation; the "
			      "table below gives the same figures.",
    [BS_M_RANGE] = "Lowest to highest",
    [BS_M_MIDDLE_HALF] = "Middle half",
    [BS_M_MEDIAN] = "Median",
    [BS_M_YOUR_ORGANISATION] = "Your organisation",
    [BS_M_PERCENTILE_RANK] = "Percentile rank",
    [BS_M_PERCENTILE] = "percentile",
    [BS_M_RANK_COVERAGE] = "Percentile rank, coverage",
    [BS_M_RANK_COMPLY] = "Percentile rank, comply or explain",
    [BS_M_SUPPRESSED] = "not published: too few organisations",
    [BS_M_GUARD_NOTE] = "Publication guard: figures over fewer than k organisations are "
			"withheld, so that they cannot be traced back to one organisation.",
    [BS_M_PEERS_SKIPPED] = "skipped (another period or kind of organisation)",
    [BS_M_COMPARED] = "Compared",
    [BS_M_INCLUDING_YOURS] = "your organisation included",
    [BS_M_FILES] = "files",
    [BS_M_FILE] = "file",
    [BS_M_ORGANISATIONS] = "organisations",
    [BS_M_ORGANISATION_ONE] = "organisation",
    [BS_M_SEC_COLLAB] = "Collaboration",
    [BS_M_COLLAB_NOTE] = "A collaboration carries out part of the requirements for its members. "
			 "Effective: the score of your organisation with the delegated "
			 "requirements as the collaboration fulfils them. Weakest link: per "
			 "requirement the lowest score of the members; a chain is as strong as "
			 "its weakest link.",
    [BS_M_MEMBERS] = "Members",
    [BS_M_MISSING] = "Without assessment",
    [BS_M_POLICY] = "Rule for delegated requirements",
    [BS_M_POLICY_COLLABORATION] = "the collaboration's result counts",
    [BS_M_POLICY_MEMBER] = "the member's own result counts",
    [BS_M_POLICY_WORST] = "the weaker of both counts",
    [BS_M_POLICY_BEST] = "the stronger of both counts",
    [BS_M_DELEGATED] = "Delegated",
    [BS_M_CHART_COLLAB] = "Your organisation and the collaboration",
    [BS_M_CHART_COLLAB_DESC] = "Bar chart per theme of the effective score of your "
			       "organisation, the mean of the members and the weakest link; the "
			       "table below gives the same figures.",
    [BS_M_EFFECTIVE] = "Your organisation (effective)",
    [BS_M_MEAN_MEMBERS] = "Mean of the members",
    [BS_M_WEAKEST_LINK] = "Weakest link",
    [BS_M_NOT_A_MEMBER] = "Your organisation is not a member; its own score is shown.",
    [BS_M_FIGURES] = "Figures",
    [BS_M_FIGURES_EFFECTIVE] = "the effective assessment: the delegated requirements with the "
			       "collaboration's results, under its policy, in the previous "
			       "period too (trend); the comparison with other organisations is "
			       "of the own assessment",
    [BS_M_MISSING_NOTE] = "Members without an assessment count as not assessed.",
    [BS_M_NESTED] = "Nested collaborations",
    [BS_M_NESTED_NOTE] = "A member that is itself a collaboration counts with the figures of "
			 "its own members.",
    [BS_M_OWN_MISSING] = "no assessment of the collaboration itself was found: the delegated "
			 "requirements count as not assessed.",
    [BS_M_OWN_MISSING_BEST] = "no assessment of the collaboration itself was found: for the "
			      "delegated requirements the members' own results count.",
    [BS_M_SEC_TREND] = "Trend",
    [BS_M_TREND_NOTE] = "The change since the previous period in percentage points. The "
			"largest changes show which requirements make the difference (their "
			"contribution to the score over all requirements together).",
    [BS_M_CHART_TREND] = "Change of the implementation",
    [BS_M_CHART_TREND_DESC] = "Bar chart of the change per theme in percentage points; the "
			      "table below gives the same figures.",
    [BS_M_BEFORE] = "Previous period",
    [BS_M_AFTER] = "This period",
    [BS_M_CHANGE] = "Change",
    [BS_M_LARGEST_CHANGES] = "Largest changes",
    [BS_M_CONTRIBUTION] = "Contribution",
    [BS_M_NO_CHANGES] = "No changes.",
    [BS_M_METHOD] = "About the figures",
    [BS_M_METHOD_NOTE] = "Every figure is computed by libbig with fixed, published rules; the "
			 "same input always gives the same report.",
    [BS_M_MADE_WITH] = "Made with",
    [BS_M_FINGERPRINT] = "Content fingerprint of catalogue",
    [BS_M_DIAGNOSTICS] = "Diagnostics while reading",
    [BS_M_METHOD_VERSION] = "Software",
    [BS_M_METHOD_DATA] = "Data",
    [BS_M_PERIOD] = "period",
    [BS_M_METHOD_FORMULAS] = "Formulas",
    [BS_M_METHOD_FORMULAS_TEXT] =
	"docs/scoring.md of libbig, the sections \u201cRequirement score\u201d and \u201cNode "
	"scores\u201d (implementation, comply or explain, coverage, maturity), \u201cGaps\u201d "
	"(gaps and their order), \u201cExceptions register\u201d, \u201cOpzet, bestaan, "
	"werking\u201d, \u201cComparison\u201d (trend), \u201cDistributions and the "
	"publication guard\u201d (comparison, percentile rank) and \u201cCollaborations\u201d "
	"(collaboration), each with a worked example.",
    [BS_M_FINGERPRINT_WORD] = "fingerprint",
    [BS_M_MATURITY_SPREAD] = "Requirements per maturity level",
    [BS_M_MATURITY_SPREAD_NOTE] =
	"The number of applicable requirements at each level. The attained level is the lowest "
	"level in the row, a requirement without a level counting as 0: a single requirement at "
	"level 0 keeps the theme at 0.",
    [BS_M_NO_LEVEL] = "No level",
    [BS_M_SEC_SUMMARY] = "Summary",
    [BS_M_MEASURE] = "measure",
    [BS_M_MEASURES] = "measures",
    [BS_M_GAP_ONE] = "gap",
    [BS_M_GAP_MANY] = "gaps",
    [BS_M_AND] = "and",
    [BS_M_MORE] = "more",
    [BS_M_SUM_MANDATORY] = "{2} of the {0} mandatory {1} are implemented ({3}).",
    [BS_M_SUM_MANDATORY_ONE] = "1 of the {0} mandatory {1} is implemented ({3}).",
    [BS_M_SUM_CHANGE] = "Since {0}: {1} mandatory {2} newly implemented, {3} no longer",
    [BS_M_SUM_CHANGE_IMPL] = "; implementation {0} {1}",
    [BS_M_SUM_ALL] = "{2} of the {0} {1} are implemented ({3}).",
    [BS_M_SUM_ALL_ONE] = "1 of the {0} {1} is implemented ({3}).",
    [BS_M_SUM_CHANGE_ALL] = "Since {0}: {1} {2} newly implemented, {3} no longer",
    [BS_M_SUM_CHANGE_UNASSESSED] = ", {0} no longer assessed",
    [BS_M_SUM_NO_GAPS] = "There are no gaps.",
    [BS_M_SUM_NO_OWNER] = "{0} of the {1} {2} have no owner.",
    [BS_M_SUM_NO_OWNER_ONE] = "1 of the {1} {2} has no owner.",
    [BS_M_SUM_ALL_OWNED] = "Every gap has an owner.",
    [BS_M_SUM_EXPIRING] = "{0} exceptions expire within a year of the assessment on {1}: {2}.",
    [BS_M_SUM_EXPIRING_ONE] = "1 exception expires within a year of the assessment on {1}: {2}.",
    [BS_M_SUM_NO_ACTION] = "{0} of the {1} {2} have no improvement action.",
    [BS_M_SUM_NO_ACTION_ONE] = "1 of the {1} {2} has no improvement action.",
    [BS_M_SUM_ALL_ACTION] = "Every gap has an improvement action.",
    [BS_M_OPEN_ACTION] = "open improvement action",
    [BS_M_OPEN_ACTIONS] = "open improvement actions",
    [BS_M_SUM_OVERDUE] = "{0} of the {1} {2} are overdue on {3}.",
    [BS_M_SUM_OVERDUE_ONE] = "1 of the {1} {2} is overdue on {3}.",
    [BS_M_SUM_OVERDUE_NONE] = "None of the {1} {2} is overdue on {3}.",
    [BS_M_SUM_OVERDUE_NONE_ONLY] = "The open improvement action is not overdue on {3}.",
    [BS_M_SUM_OVERDUE_ONLY] = "The open improvement action is overdue on {3}.",
    [BS_M_SUM_NO_OWNER_ONLY] = "The only gap has no owner.",
    [BS_M_SUM_NO_OWNER_ALL] = "None of the {1} {2} has an owner.",
    [BS_M_SUM_NO_ACTION_ONLY] = "The only gap has no improvement action.",
    [BS_M_SUM_NO_ACTION_ALL] = "None of the {1} {2} has an improvement action.",
    [BS_M_SEC_PLAN] = "Improvement plan",
    [BS_M_PLAN_NOTE] = "The open improvement actions (planned or in progress) per theme: "
		       "overdue ones first, then by due date, then in the order of the "
		       "catalogue. Below them the mandatory requirements with a gap for which "
		       "no open improvement action is recorded.",
    [BS_M_PLAN_NOTE_ALL] = "The open improvement actions (planned or in progress) per theme: "
			   "overdue ones first, then by due date, then in the order of the "
			   "catalogue.",
    [BS_M_NO_OPEN_ACTIONS] = "There are no open improvement actions.",
    [BS_M_WITHOUT_ACTION] = "Without an improvement action (mandatory requirements):",
    [BS_M_ACTION] = "Improvement action",
    [BS_M_DUE] = "Due",
    [BS_M_OVERDUE] = "overdue",
    [BS_M_ACTION_PLANNED] = "planned",
    [BS_M_ACTION_IN_PROGRESS] = "in progress",
};

static const struct bs_lang langs[] = {{"nl", ',', nl}, {"en", '.', en}};

#define LANG_COUNT (sizeof(langs) / sizeof(langs[0]))

const struct bs_lang *bs_lang_find(const char *code)
{
	for (size_t i = 0; i < LANG_COUNT; i++)
		if (strcmp(langs[i].code, code) == 0)
			return &langs[i];
	return NULL;
}

const char *bs_lang_code(const struct bs_lang *lang)
{
	return lang->code;
}

char bs_lang_decimal(const struct bs_lang *lang)
{
	return lang->decimal;
}

const char *bs_fill(char *buf, size_t size, const char *tmpl, const char *const *args, size_t count)
{
	size_t len = 0;

	for (const char *p = tmpl; *p && len + 1 < size; p++) {
		const char *piece = NULL;
		size_t n;

		if (p[0] == '{' && p[1] >= '0' && p[1] <= '9' && p[2] == '}' &&
		    (size_t)(p[1] - '0') < count) {
			piece = args[p[1] - '0'];
			p += 2;
		}
		n = piece ? strlen(piece) : 1;
		if (n > size - 1 - len)
			n = size - 1 - len;
		memcpy(buf + len, piece ? piece : p, n);
		len += n;
	}
	buf[len] = '\0';
	return buf;
}

enum bs_msg bs_lang_missing(void)
{
	for (size_t i = 0; i < LANG_COUNT; i++)
		for (int m = 0; m < BS_M_COUNT; m++)
			if (langs[i].text[m] == NULL)
				return (enum bs_msg)m;
	return BS_M_COUNT;
}

const char *bs_t(const struct bs_lang *lang, enum bs_msg msg)
{
	const char *s = msg < BS_M_COUNT ? lang->text[msg] : NULL;

	return s ? s : "?";
}

/* The labels of the library's enumerations are runs of messages, one per
 * value in the order of the values: as long as the counts. */
_Static_assert(BS_M_STATUS_NOT_ASSESSED - BS_M_STATUS_IMPLEMENTED + 1 == BIG_STATUS_COUNT,
	       "a label per status");
_Static_assert(BS_M_ROLLUP_WEAKEST - BS_M_ROLLUP_HIERARCHICAL + 1 == BIG_ROLLUP_COUNT,
	       "a label per roll-up method");
_Static_assert(BS_M_POLICY_BEST - BS_M_POLICY_COLLABORATION + 1 == BIG_POLICY_COUNT,
	       "a label per policy");
_Static_assert(BS_M_KIND_WERKING - BS_M_KIND_IMPLEMENTATION + 1 == BIG_GAP_KIND_COUNT,
	       "a label per gap kind");

/* Label @p value of the run that starts at @p first and has @p count labels. */
static const char *t_value(const struct bs_lang *lang, enum bs_msg first, unsigned int count,
			   unsigned int value)
{
	return value < count ? bs_t(lang, (enum bs_msg)(first + value)) : "?";
}

const char *bs_t_status(const struct bs_lang *lang, big_status status)
{
	return t_value(lang, BS_M_STATUS_IMPLEMENTED, BIG_STATUS_COUNT, (unsigned int)status);
}

const char *bs_t_rollup(const struct bs_lang *lang, big_rollup rollup)
{
	return t_value(lang, BS_M_ROLLUP_HIERARCHICAL, BIG_ROLLUP_COUNT, (unsigned int)rollup);
}

const char *bs_t_policy(const struct bs_lang *lang, big_policy policy)
{
	return t_value(lang, BS_M_POLICY_COLLABORATION, BIG_POLICY_COUNT, (unsigned int)policy);
}

const char *bs_t_gap_kind(const struct bs_lang *lang, unsigned int k)
{
	return t_value(lang, BS_M_KIND_IMPLEMENTATION, BIG_GAP_KIND_COUNT, k);
}

const char *bs_l_fixed(char *buf, size_t size, const struct bs_lang *lang, double v, int decimals)
{
	char *dot;

	bs_fixed(buf, size, v, decimals);
	dot = strchr(buf, '.');
	if (dot != NULL)
		*dot = lang->decimal;
	return buf;
}

const char *bs_l_percent(char *buf, size_t size, const struct bs_lang *lang, bool has, double v)
{
	size_t n;

	if (!has)
		return snprintf(buf, size, "%s", BS_NO_SCORE), buf;
	bs_l_fixed(buf, size - 1, lang, v * 100.0, 1);
	n = strlen(buf);
	if (strcmp(buf, BS_NO_SCORE) != 0 && n + 1 < size)
		memcpy(buf + n, "%", 2);
	return buf;
}

const char *bs_t_count(const struct bs_lang *lang, unsigned long n, enum bs_msg one,
		       enum bs_msg many)
{
	return bs_t(lang, n == 1 ? one : many);
}

const char *bs_l_ordinal(char *buf, size_t size, const struct bs_lang *lang, unsigned long n)
{
	const char *suffix = "e"; /* Dutch: 1e, 2e, 62e */

	if (strcmp(lang->code, "en") == 0) { /* English: 1st, 2nd, 3rd, 11th, 12th, 13th, 21st */
		suffix = "th";
		if (n % 100 < 11 || n % 100 > 13)
			suffix = n % 10 == 1   ? "st"
				 : n % 10 == 2 ? "nd"
				 : n % 10 == 3 ? "rd"
					       : "th";
	}
	snprintf(buf, size, "%lu%s", n, suffix);
	return buf;
}

const char *bs_l_points(char *buf, size_t size, const struct bs_lang *lang, bool has, double v,
			int decimals)
{
	double mag = v < 0 ? -v : v;
	const char *sign = v < 0 ? "\u2212" : "+"; /* U+2212 MINUS SIGN */
	char num[32];

	if (!has)
		return snprintf(buf, size, "%s", BS_NO_SCORE), buf;
	bs_l_fixed(num, sizeof(num), lang, mag * 100.0, decimals);
	if (strspn(num, "0.,") == strlen(num)) /* rounds to zero: no sign */
		sign = "";
	snprintf(buf, size, "%s%s", sign, num);
	return buf;
}
