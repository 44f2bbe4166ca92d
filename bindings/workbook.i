/*
 * libbig — SWIG interface: self-evaluation workbooks (include/big/workbook.h).
 *
 *   Workbook / BigWorkbook      a workbook: the template of a catalogue
 *                               (Workbook.template(…)), or CSV / XLSX files
 *                               read into it, turned into an Assessment
 *                               with to_assessment()
 *   CellError / BigCellError    one error of the last to_assessment()
 *
 * SPDX-License-Identifier: MIT
 */

BIG_CLASS(Workbook, big_swig_workbook);
BIG_CLASS(CellError, big_cell_error);

%feature("docstring") big_cell_error
    "One error of a workbook (Workbook.errors): sheet, row (1 = the headings,\n"
    "0 for the whole sheet), column (its heading, '' for none), value (the\n"
    "cell's text) and message (all of it in one line).";

%feature("docstring") big_swig_workbook
    "A self-evaluation workbook (docs/workbooks.md): named sheets of text.\n"
    "Workbook.template(catalogue, …) makes the template of a catalogue;\n"
    "Workbook() an empty one, to read a filled workbook into with add_csv()\n"
    "(one file per sheet) or add_xlsx(); to_assessment() turns it into an\n"
    "Assessment, or raises Error ESCHEMA and lists every error in errors.";

%newobject big_swig_workbook::template;
%newobject big_swig_workbook::to_assessment;

%extend big_swig_workbook {
	big_swig_workbook()
	{
		big_workbook *wb = NULL;

		return big_swig_failed(big_workbook_new(&wb)) ? NULL : wb;
	}

	~big_swig_workbook()
	{
		big_workbook_free($self);
	}

	%feature("docstring") template
	    "template(catalogue, organisation_id=None, period=None, organisation_name=None,\n"
	    "         profile=None, lang=None, texts=None, previous=None) -> Workbook\n\n"
	    "The self-evaluation template of a catalogue: one row per requirement of\n"
	    "the profile (None: the previous assessment's, or every requirement),\n"
	    "in Dutch ('nl', the default) or English ('en'), titles from texts (a\n"
	    "Texts), pre-filled from previous (an Assessment: of another period its\n"
	    "answers, of the same period everything). organisation_id and period\n"
	    "are required without a previous assessment.";
	static big_workbook *template(const big_catalogue *catalogue,
				      const char *organisation_id = NULL,
				      const char *period = NULL,
				      const char *organisation_name = NULL,
				      const char *profile = NULL, const char *lang = NULL,
				      const big_texts *texts = NULL,
				      const big_assessment *previous = NULL)
	{
		big_workbook_options opts = BIG_WORKBOOK_OPTIONS_INIT;
		big_workbook *wb = NULL;

		opts.organisation_id = organisation_id;
		opts.period = period;
		opts.organisation_name = organisation_name;
		opts.profile = profile;
		opts.lang = lang;
		opts.texts = texts;
		opts.previous = previous;
		return big_swig_failed(big_workbook_template(&wb, catalogue, &opts)) ? NULL : wb;
	}

	%feature("docstring") sheet_to_csv
	    "sheet_to_csv(i, comma=False) -> str\n\n"
	    "Sheet i as CSV: UTF-8 with a byte order mark and ';' (what Dutch Excel\n"
	    "opens), or with comma=True plain RFC 4180 with ','. A CSV workbook is\n"
	    "BASE.csv for the first sheet and BASE-SHEET.csv for each other.";
	big_swig_text sheet_to_csv(size_t i, bool comma = false)
	{
		big_swig_text t = {NULL, 0, false};

		(void)big_swig_failed(big_workbook_sheet_to_csv(
		    &t.text, &t.len, $self, i, comma ? BIG_WORKBOOK_CSV_COMMA : BIG_WORKBOOK_CSV_EXCEL));
		return t;
	}

	%feature("docstring") write_xlsx
	    "write_xlsx(path)\n\n"
	    "Writes the workbook as an XLSX file (drop-down lists, column widths, a\n"
	    "frozen header); Error EUNSUPPORTED when libbig was built without XLSX\n"
	    "(has_feature('xlsx')).";
	void write_xlsx(const char *path)
	{
		(void)big_swig_failed(big_workbook_write_xlsx($self, path));
	}

	%feature("docstring") add_csv
	    "add_csv(file_name, data)\n\n"
	    "Reads one CSV file (str or bytes) as a sheet: BASE-SHEET.csv gives sheet\n"
	    "SHEET when it names one (Dutch or English), any other name the\n"
	    "requirements sheet. UTF-8 only; ',' or ';'.";
	void add_csv(const char *file_name, const char *data, size_t len)
	{
		(void)big_swig_failed(big_workbook_add_csv($self, file_name, data, len));
	}

	%feature("docstring") add_xlsx
	    "add_xlsx(data, source=None)\n\n"
	    "Reads the sheets of an XLSX file (bytes) into this empty workbook;\n"
	    "source names it in error messages.";
	void add_xlsx(const char *data, size_t len, const char *source = NULL)
	{
		(void)big_swig_failed(big_workbook_add_xlsx($self, data, len, source));
	}

	%feature("docstring") to_assessment
	    "to_assessment(catalogue, strict=False) -> Assessment\n\n"
	    "The filled workbook as an assessment of catalogue. Raises Error ESCHEMA\n"
	    "when the workbook has errors: errors then lists every one. With\n"
	    "strict=True an id the catalogue lacks is an error, else a diagnostic of\n"
	    "the assessment.";
	big_assessment *to_assessment(const big_catalogue *catalogue, bool strict = false)
	{
		big_workbook_import_options opts = BIG_WORKBOOK_IMPORT_OPTIONS_INIT;
		big_assessment *a = NULL;

		opts.strict = strict;
		return big_swig_failed(big_workbook_import(&a, $self, catalogue, &opts)) ? NULL : a;
	}
}

BIG_STRINGS(big_swig_workbook, sheet_names, big_workbook_sheet_count, big_workbook_sheet_name,
	    "The names of the sheets, in order (list of str).")
BIG_VIEWS(big_swig_workbook, errors, big_cell_error, big_workbook_error_count,
	  big_workbook_error, "The errors of the last to_assessment() (list of CellError).")
BIG_ATTR(big_swig_workbook, const char *, catalogue_id, big_workbook_catalogue_id(self),
	 "The catalogue id the workbook names (sheet Organisatie), or None.")
BIG_ATTR(big_swig_workbook, const char *, catalogue_version, big_workbook_catalogue_version(self),
	 "The catalogue version the workbook names, or None.")
