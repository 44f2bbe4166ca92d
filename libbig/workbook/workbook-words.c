/*
 * libbig — the words of a workbook (workbook-int.h): sheet names, headings
 * and help texts in Dutch and English, and the parsers of what a user types
 * into a cell (status words, yes/no, dates as Excel writes them).
 *
 * SPDX-License-Identifier: MIT
 */
#include <string.h>

#include "json-read.h"
#include "workbook-int.h"

#define TEXT BIG_COLUMN_TEXT
#define INT  BIG_COLUMN_INTEGER
#define DATE BIG_COLUMN_DATE

/* An id column of a sheet beside the requirements sheet. */
#define ID_COLUMN                                                               \
	{                                                                       \
		{"id", "id"}, TEXT, true, true,                                 \
		{                                                               \
			"Het id van de vereiste (kolom id van Vereisten).",     \
			    "The requirement's id (column id of Requirements)." \
		}                                                               \
	}

static const struct wb_column main_columns[M_COUNT] = {
    [M_ID] = {{"id", "id"},
	      TEXT,
	      false,
	      true,
	      {"Het id van de vereiste in de catalogus; niet wijzigen.",
	       "The requirement's id in the catalogue; do not change it."}},
    [M_TITLE] = {{"titel", "title"},
		 TEXT,
		 false,
		 false,
		 {"De titel van de vereiste (ter informatie).",
		  "The requirement's title (for information)."}},
    [M_TAGS] = {{"labels", "tags"},
		TEXT,
		false,
		false,
		{"De labels van de vereiste in de catalogus (ter informatie).",
		 "The requirement's tags in the catalogue (for information)."}},
    [M_MANDATORY] = {{"verplicht", "mandatory"},
		     TEXT,
		     false,
		     false,
		     {"ja: een verplichte maatregel (ter informatie).",
		      "yes: a mandatory measure (for information)."}},
    [M_STATUS] = {{"status", "status"},
		  TEXT,
		  true,
		  true,
		  {"geïmplementeerd, gedeeltelijk geïmplementeerd, niet geïmplementeerd, "
		   "niet van toepassing, risico geaccepteerd of niet beoordeeld. Leeg: niets "
		   "ingevuld.",
		   "implemented, partially implemented, not implemented, not applicable, risk "
		   "accepted or not assessed. Empty: nothing filled in."}},
    [M_MATURITY] = {{"volwassenheid", "maturity"},
		    INT,
		    true,
		    true,
		    {"Het volwassenheidsniveau, een geheel getal van 0 tot het hoogste niveau "
		     "van de catalogus.",
		     "The maturity level, a whole number from 0 to the catalogue's highest "
		     "level."}},
    [M_EXPLANATION] = {{"toelichting", "explanation"},
		       TEXT,
		       true,
		       true,
		       {"De toelichting ('leg uit'); nodig bij niet van toepassing en risico "
			"geaccepteerd.",
			"The explanation; needed for not applicable and risk accepted."}},
    [M_OWNER] = {{"eigenaar", "owner"},
		 TEXT,
		 true,
		 true,
		 {"Wie verantwoordelijk is voor de maatregel.",
		  "Who is responsible for the measure."}},
    [M_EXPIRES] = {{"verloopt op", "expires"},
		   DATE,
		   true,
		   true,
		   {"Tot wanneer een uitzondering of risicoacceptatie geldt (datum).",
		    "Until when an exception or risk acceptance holds (a date)."}},
    [M_EVIDENCE] = {{"bewijs", "evidence"},
		    TEXT,
		    true,
		    true,
		    {"Het (eerste) bewijsstuk; meer op het blad Bewijs.",
		     "The (first) piece of evidence; more on the sheet Evidence."}},
    [M_OPZET] = {{"opzet", "design (opzet)"},
		 TEXT,
		 true,
		 true,
		 {"ja of nee: de opzet is aangetoond; leeg: niet vastgelegd. Bewijs op het "
		  "blad Aantoning.",
		  "yes or no: the design is demonstrated; empty: not recorded. Evidence on the "
		  "sheet Demonstration."}},
    [M_BESTAAN] = {{"bestaan", "existence (bestaan)"},
		   TEXT,
		   true,
		   true,
		   {"ja of nee: het bestaan is aangetoond; leeg: niet vastgelegd.",
		    "yes or no: the existence is demonstrated; empty: not recorded."}},
    [M_WERKING] = {{"werking", "operation (werking)"},
		   TEXT,
		   true,
		   true,
		   {"ja of nee: de werking is aangetoond; leeg: niet vastgelegd.",
		    "yes or no: the operation is demonstrated; empty: not recorded."}},
    [M_ACTION] = {{"verbetermaatregel", "improvement action"},
		  TEXT,
		  true,
		  true,
		  {"De (eerste) verbetermaatregel; meer op het blad Acties.",
		   "The (first) improvement action; more on the sheet Actions."}},
    [M_ACTION_OWNER] = {{"eigenaar maatregel", "action owner"},
			TEXT,
			true,
			true,
			{"Wie de verbetermaatregel uitvoert.", "Who carries the action out."}},
    [M_ACTION_DUE] = {{"streefdatum", "due date"},
		      DATE,
		      true,
		      true,
		      {"Wanneer de verbetermaatregel klaar moet zijn (datum).",
		       "When the action is due (a date)."}},
    [M_ACTION_STATUS] = {{"status maatregel", "action status"},
			 TEXT,
			 true,
			 true,
			 {"gepland, in uitvoering of gereed (nodig bij een verbetermaatregel).",
			  "planned, in progress or done (needed with an action)."}},
};

static const struct wb_column action_columns[A_COUNT] = {
    [A_ID] = ID_COLUMN,
    [A_DESCRIPTION] = {{"verbetermaatregel", "improvement action"},
		       TEXT,
		       true,
		       true,
		       {"Nog een verbetermaatregel van de vereiste.",
			"One more improvement action of the requirement."}},
    [A_OWNER] = {{"eigenaar", "owner"},
		 TEXT,
		 true,
		 true,
		 {"Wie de verbetermaatregel uitvoert.", "Who carries the action out."}},
    [A_DUE] = {{"streefdatum", "due date"},
	       DATE,
	       true,
	       true,
	       {"Wanneer hij klaar moet zijn (datum).", "When it is due (a date)."}},
    [A_STATUS] = {{"status", "status"},
		  TEXT,
		  true,
		  true,
		  {"gepland, in uitvoering of gereed.", "planned, in progress or done."}},
};

static const struct wb_column evidence_columns[E_COUNT] = {
    [E_ID] = ID_COLUMN,
    [E_EVIDENCE] = {{"bewijs", "evidence"},
		    TEXT,
		    true,
		    true,
		    {"Nog een bewijsstuk (na dat in de kolom bewijs van Vereisten).",
		     "One more piece of evidence (after the one in column evidence of "
		     "Requirements)."}},
};

static const struct wb_column demo_columns[D_COUNT] = {
    [D_ID] = ID_COLUMN,
    [D_DIMENSION] = {{"aspect", "dimension"},
		     TEXT,
		     true,
		     true,
		     {"opzet, bestaan of werking.", "opzet, bestaan or werking."}},
    [D_KIND] = {{"soort", "kind"},
		TEXT,
		true,
		true,
		{"document, zelfevaluatie, audit, pentest, red team of anders.",
		 "document, self assessment, audit, pentest, red team or other."}},
    [D_WHAT] = {{"wat", "what"},
		TEXT,
		true,
		true,
		{"Wat het bewijs is (verplicht).", "What the evidence is (required)."}},
    [D_WHERE] =
	{{"waar", "where"}, TEXT, true, true, {"Waar het bewaard wordt.", "Where it is kept."}},
    [D_DATE] = {{"datum", "date"},
		DATE,
		true,
		true,
		{"De datum van het bewijs.", "The date of the evidence."}},
};

static const struct wb_column criteria_columns[C_COUNT] = {
    [C_ID] = ID_COLUMN,
    [C_CRITERION] = {{"criterium", "criterion"},
		     TEXT,
		     true,
		     true,
		     {"Een criterium van het volwassenheidsmodel dat de vereiste haalt; "
		      "een rij zonder criterium: geen enkel criterium gehaald.",
		      "A criterion of the maturity model the requirement meets; a row "
		      "without a criterion: no criterion met."}},
};

static const struct wb_column org_columns[P_COUNT] = {
    [P_KEY] =
	{{"veld", "field"}, TEXT, false, true, {"Wat de regel vastlegt.", "What the row records."}},
    [P_VALUE] = {{"waarde", "value"},
		 TEXT,
		 true,
		 true,
		 {"De waarde: organisatie en periode zijn verplicht; catalogus en versie "
		  "moeten die van de catalogus zijn.",
		  "The value: organisation and period are required; catalogue and version "
		  "must be the catalogue's."}},
};

static const struct wb_column attribute_columns[P_COUNT] = {
    [P_KEY] = {{"kenmerk", "attribute"},
	       TEXT,
	       true,
	       true,
	       {"De naam van een kenmerk van de organisatie (bijv. inhabitants).",
		"The name of an attribute of the organisation (e.g. inhabitants)."}},
    [P_VALUE] = {{"waarde", "value"},
		 TEXT,
		 true,
		 true,
		 {"Een getal (punt of komma als decimaalteken).",
		  "A number (a point or a comma as the decimal mark)."}},
};

static const struct wb_column source_columns[S_COUNT] = {
    [S_ID] = ID_COLUMN,
    [S_COLLABORATION] = {{"samenwerking", "collaboration"},
			 TEXT,
			 false,
			 true,
			 {"Het id van de samenwerking waar het resultaat vandaan komt.",
			  "The id of the collaboration the result came from."}},
};

static const struct wb_column help_columns[H_COUNT] = {
    [H_SHEET] = {{"blad", "sheet"}, TEXT, false, false, {"", ""}},
    [H_COLUMN] = {{"kolom", "column"}, TEXT, false, false, {"", ""}},
    [H_TEXT] = {{"uitleg", "explanation"}, TEXT, false, false, {"", ""}},
};

#define SHEET(nl, en, cols, req, hnl, hen)                           \
	{                                                            \
		{nl, en}, cols, sizeof(cols) / sizeof(cols[0]), req, \
		{                                                    \
			hnl, hen                                     \
		}                                                    \
	}

const struct wb_sheet_def big__wb_sheets[WB_SHEET_COUNT] = {
    [WB_MAIN] = SHEET("Vereisten", "Requirements", main_columns, true,
		      "Eén regel per vereiste: vul de gekleurde kolommen in.",
		      "One row per requirement: fill in the shaded columns."),
    [WB_ACTIONS] = SHEET("Acties", "Actions", action_columns, false,
			 "Verbetermaatregelen na de eerste (die staat op Vereisten), één per "
			 "regel, in volgorde.",
			 "Improvement actions after the first (which is on Requirements), one "
			 "per row, in order."),
    [WB_EVIDENCE] = SHEET("Bewijs", "Evidence", evidence_columns, false,
			  "Bewijsstukken na het eerste, één per regel, in volgorde.",
			  "Pieces of evidence after the first, one per row, in order."),
    [WB_DEMO] = SHEET("Aantoning", "Demonstration", demo_columns, false,
		      "Bewijs van opzet, bestaan en werking, één per regel.",
		      "Evidence of opzet, bestaan and werking, one per row."),
    [WB_CRITERIA] = SHEET("Criteria", "Criteria", criteria_columns, false,
			  "De criteria van het volwassenheidsmodel die een vereiste haalt.",
			  "The criteria of the maturity model a requirement meets."),
    [WB_ORG] = SHEET("Organisatie", "Organisation", org_columns, true,
		     "De organisatie, de periode en de catalogus.",
		     "The organisation, the period and the catalogue."),
    [WB_ATTRIBUTES] = SHEET("Kenmerken", "Attributes", attribute_columns, false,
			    "Getallen over de organisatie (inwoners …), één per regel.",
			    "Numbers about the organisation (inhabitants …), one per row."),
    [WB_SOURCE] = SHEET("Herkomst", "Provenance", source_columns, false,
			"Resultaten die een samenwerking heeft vastgelegd.",
			"Results that a collaboration recorded."),
    [WB_HELP] = SHEET("Uitleg", "Help", help_columns, false, "Dit blad: wat elke kolom betekent.",
		      "This sheet: what every column means."),
};

const char *const big__wb_org_fields[O_COUNT][WB_LANG_COUNT] = {
    [O_ID] = {"organisatie", "organisation"},
    [O_NAME] = {"naam", "name"},
    [O_KIND] = {"soort", "kind"},
    [O_PERIOD] = {"periode", "period"},
    [O_ASSESSED_ON] = {"beoordeeld op", "assessed on"},
    [O_PROFILE] = {"profiel", "profile"},
    [O_TARGET] = {"doelniveau", "target"},
    [O_CATALOGUE] = {"catalogus", "catalogue"},
    [O_VERSION] = {"versie", "version"},
    [O_FINGERPRINT] = {"vingerafdruk", "fingerprint"},
};

const char *const big__wb_yes[WB_LANG_COUNT] = {"ja", "yes"};
const char *const big__wb_no[WB_LANG_COUNT] = {"nee", "no"};
const char *const big__wb_yes_no[WB_LANG_COUNT][2] = {{"ja", "nee"}, {"yes", "no"}};

const char *const big__wb_status_words[WB_LANG_COUNT][BIG_STATUS_COUNT] = {
    {"geïmplementeerd", "gedeeltelijk geïmplementeerd", "niet geïmplementeerd",
     "niet van toepassing", "risico geaccepteerd", "niet beoordeeld"},
    {"implemented", "partially implemented", "not implemented", "not applicable", "risk accepted",
     "not assessed"},
};

const char *const big__wb_action_words[WB_LANG_COUNT][BIG_ACTION_STATUS_COUNT] = {
    {"gepland", "in uitvoering", "gereed"},
    {"planned", "in progress", "done"},
};

static const char *const evidence_kind_words[WB_LANG_COUNT][BIG_EVIDENCE_KIND_COUNT] = {
    {"document", "zelfevaluatie", "audit", "pentest", "red team", "anders"},
    {"document", "self assessment", "audit", "pentest", "red team", "other"},
};

static const char *const dimension_words_en[BIG_DIMENSION_COUNT] = {"design", "existence",
								    "operation"};

const char *big__wb_status_word(big_status s, enum wb_lang lang)
{
	return (unsigned)s < BIG_STATUS_COUNT ? big__wb_status_words[lang][s] : "";
}

const char *big__wb_evidence_kind_word(big_evidence_kind k, enum wb_lang lang)
{
	return (unsigned)k < BIG_EVIDENCE_KIND_COUNT ? evidence_kind_words[lang][k] : "";
}

/* @s made comparable (workbook-int.h, big__wb_same_word()) into @out; false
 * when it does not fit. No-break spaces count as spaces, and a combining
 * diaeresis as the precomposed letter (ï as i). */
static bool normalise(char *out, size_t size, const char *s)
{
	size_t n = 0;
	bool space = false;
	while (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n')
		s++;
	for (; *s; s++) {
		char c = *s;
		if (c == '_' || c == ' ' || c == '\t' || c == '\r' || c == '\n') {
			space = true;
			continue;
		}
		/* A no-break space (U+00A0) and a narrow one (U+202F), which
		 * spreadsheets and word processors put between words. */
		if ((unsigned char)c == 0xc2 && s[1] == '\xa0') {
			space = true;
			s++;
			continue;
		}
		if ((unsigned char)c == 0xe2 && s[1] == '\x80' && s[2] == '\xaf') {
			space = true;
			s += 2;
			continue;
		}
		/* A combining diaeresis (U+0308, text in NFD, as macOS writes it)
		 * after i is ignored as the ï is; after e it makes the ë. */
		if ((unsigned char)c == 0xcc && s[1] == '\x88' && !space && n &&
		    (out[n - 1] == 'i' || out[n - 1] == 'e')) {
			s++;
			if (out[n - 1] == 'e') {
				if (n + 2 > size)
					return false;
				out[n - 1] = '\xc3';
				out[n++] = '\xab';
			}
			continue;
		}
		if ((unsigned char)c == 0xc3 && (s[1] == '\xaf' || s[1] == '\x8f')) {
			c = 'i'; /* ï, Ï */
			s++;
		} else if (c >= 'A' && c <= 'Z') {
			c = (char)(c - 'A' + 'a');
		}
		if (n + 3 > size)
			return false;
		if (space && n)
			out[n++] = ' ';
		space = false;
		out[n++] = c;
	}
	out[n] = '\0';
	return true;
}

bool big__wb_same_word(const char *a, const char *b)
{
	char na[96], nb[96];
	return normalise(na, sizeof(na), a) && normalise(nb, sizeof(nb), b) && strcmp(na, nb) == 0;
}

bool big__wb_blank(const char *text)
{
	for (; *text; text++)
		if (*text != ' ' && *text != '\t' && *text != '\r' && *text != '\n')
			return false;
	return true;
}

bool big__wb_thousands(const char *text)
{
	size_t lead = 0, frac = 0;
	while (*text == ' ' || *text == '\t')
		text++;
	if (*text == '-' || *text == '+')
		text++;
	if (*text == '0')
		return false; /* a group never starts with a lone 0: 0.125 is a fraction */
	for (; *text >= '0' && *text <= '9'; text++)
		lead++;
	if (lead < 1 || lead > 3 || (*text != '.' && *text != ','))
		return false;
	for (text++; *text >= '0' && *text <= '9'; text++)
		frac++;
	return frac == 3 && big__wb_blank(text);
}

/* The index of @text among the @count @words, or -1. */
static int find_word(const char *text, const char *const *words, size_t count)
{
	for (size_t i = 0; i < count; i++)
		if (big__wb_same_word(text, words[i]))
			return (int)i;
	return -1;
}

/* The index of @text among the words of either language of @table (the
 * rows of a [WB_LANG_COUNT][@count] table, one after the other), or -1. */
static int find_in_languages(const char *text, const char *const *table, size_t count)
{
	for (int l = 0; l < WB_LANG_COUNT; l++) {
		int i = find_word(text, table + (size_t)l * count, count);
		if (i >= 0)
			return i;
	}
	return -1;
}

int big__wb_parse_status(big_status *out, const char *text)
{
	int i = find_in_languages(text, big__wb_status_words[0], BIG_STATUS_COUNT);
	if (i < 0 &&
	    (big__wb_same_word(text, "gedeeltelijk") || big__wb_same_word(text, "partially")))
		i = BIG_STATUS_PARTIALLY_IMPLEMENTED;
	if (i < 0)
		return -1;
	*out = (big_status)i;
	return 0;
}

int big__wb_parse_evidence_kind(big_evidence_kind *out, const char *text)
{
	int i = find_in_languages(text, evidence_kind_words[0], BIG_EVIDENCE_KIND_COUNT);
	if (i < 0)
		return -1;
	*out = (big_evidence_kind)i;
	return 0;
}

int big__wb_parse_dimension(big_dimension *out, const char *text)
{
	int i;
	for (int k = 0; k < BIG_DIMENSION_COUNT; k++)
		if (big__wb_same_word(text, big_dimension_name((big_dimension)k))) {
			*out = (big_dimension)k;
			return 0;
		}
	if ((i = find_word(text, dimension_words_en, BIG_DIMENSION_COUNT)) >= 0) {
		*out = (big_dimension)i;
		return 0;
	}
	return -1;
}

int big__wb_parse_action_status(big_action_status *out, const char *text)
{
	int i = find_in_languages(text, big__wb_action_words[0], BIG_ACTION_STATUS_COUNT);
	if (i < 0)
		return -1;
	*out = (big_action_status)i;
	return 0;
}

int big__wb_parse_bool(const char *text)
{
	for (int l = 0; l < WB_LANG_COUNT; l++) {
		if (big__wb_same_word(text, big__wb_yes[l]))
			return 1;
		if (big__wb_same_word(text, big__wb_no[l]))
			return 0;
	}
	if (big__wb_same_word(text, "true") || big__wb_same_word(text, "waar"))
		return 1;
	if (big__wb_same_word(text, "false") || big__wb_same_word(text, "onwaar"))
		return 0;
	return -1;
}

/* Reads 1..@max digits at *@s into *@v. */
static bool digits(const char **s, int min, int max, int *v)
{
	int n = 0;
	*v = 0;
	while (n < max && **s >= '0' && **s <= '9') {
		*v = *v * 10 + (**s - '0');
		(*s)++;
		n++;
	}
	return n >= min && !(**s >= '0' && **s <= '9');
}

/* The civil date of day @z since 1970-01-01 (Howard Hinnant's algorithm). */
static void civil(long z, int *y, int *m, int *d)
{
	z += 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	long doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

/* An Excel serial day (the 1900 date system): 1 is 1900-01-01; 60 is the
 * 29 February 1900 that Excel counts and the calendar does not. */
static int serial_date(int *y, int *m, int *d, const char *s, bool date1904)
{
	long v = 0;
	int n = 0;
	for (; *s >= '0' && *s <= '9'; s++, n++)
		if ((v = v * 10 + (*s - '0')) > 2958465) /* 9999-12-31 */
			return -1;
	if (*s == '.') /* a time of day after the date: "45931.5" */
		for (s++; *s >= '0' && *s <= '9'; s++)
			;
	if (n == 0 || *s)
		return -1;
	if (date1904 && (v += 1462) > 2958465) /* 1904's serial 0 is 1900's 1462 */
		return -1;
	if (v < 1 || v == 60)
		return -1;
	/* Serial 25569 is 1970-01-01; before serial 60 there is no false leap day. */
	civil(v - 25569 + (v < 60 ? 1 : 0), y, m, d);
	return 0;
}

/* Whether @s, what follows a date, is nothing or a time of midnight: what
 * a spreadsheet adds to a date it saves with a time format ("1-4-2026
 * 00:00", "2026-02-01T00:00:00"). Any other time is not a date. */
static bool midnight(const char *s)
{
	if (!*s)
		return true;
	if (*s != ' ' && *s != 'T')
		return false;
	return strcmp(s + 1, "00:00") == 0 || strcmp(s + 1, "00:00:00") == 0;
}

int big__wb_parse_date(char out[11], const char *text, bool number, bool date1904)
{
	char buf[32];
	size_t n;
	int y, m, d;
	while (*text == ' ')
		text++;
	n = strlen(text);
	while (n && text[n - 1] == ' ')
		n--;
	if (n == 0 || n >= sizeof(buf))
		return -1;
	memcpy(buf, text, n);
	buf[n] = '\0';
	if (number) {
		if (serial_date(&y, &m, &d, buf, date1904))
			return -1;
	} else {
		const char *s = buf;
		int a, b, c;
		if (!digits(&s, 1, 4, &a) || *s++ != '-' || !digits(&s, 1, 2, &b) || *s++ != '-' ||
		    !digits(&s, 1, 4, &c) || !midnight(s))
			return -1;
		if (buf[4] == '-' && c <= 31) { /* YYYY-MM-DD, YYYY-M-D */
			y = a;
			m = b;
			d = c;
		} else if (a <= 31 && c >= 1000) { /* d-m-yyyy, dd-mm-yyyy */
			d = a;
			m = b;
			y = c;
		} else {
			return -1;
		}
	}
	if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31)
		return -1;
	out[0] = (char)('0' + y / 1000);
	out[1] = (char)('0' + y / 100 % 10);
	out[2] = (char)('0' + y / 10 % 10);
	out[3] = (char)('0' + y % 10);
	out[4] = out[7] = '-';
	out[5] = (char)('0' + m / 10);
	out[6] = (char)('0' + m % 10);
	out[8] = (char)('0' + d / 10);
	out[9] = (char)('0' + d % 10);
	out[10] = '\0';
	return big__date_valid(out) ? 0 : -1;
}

enum wb_sheet big__wb_sheet_of(const char *name)
{
	for (int s = 0; s < WB_SHEET_COUNT; s++)
		for (int l = 0; l < WB_LANG_COUNT; l++)
			if (big__wb_same_word(name, big__wb_sheets[s].name[l]))
				return (enum wb_sheet)s;
	return WB_SHEET_COUNT;
}
