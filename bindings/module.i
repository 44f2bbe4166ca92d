/*
 * libbig — SWIG interface: what the module has besides the concerns (included
 * after the language typemaps): the error codes, error_name(), version(),
 * version_info(), and the Diagnostic class that every loader uses, with
 * severity_names().
 *
 * SPDX-License-Identifier: MIT
 */

/* Diagnostic: one non-fatal finding (every loader collects them). */
BIG_CLASS(Diagnostic, big_diagnostic);
BIG_NAME_OUT(big_severity, big_severity_name)
%feature("docstring") big_diagnostic "A non-fatal finding about an input document.";

/* ------------------------------------------------------------------------
 * Constants and module functions: the version, error names, severities.
 * ---------------------------------------------------------------------- */

/* Error codes: libbig.EIO in Python, BIG_EIO in PHP (PHP constants are global). */
#ifdef SWIGPHP
%define BIG_CONSTANT(name)
%constant int BIG_##name = BIG_##name;
%enddef
#else
%define BIG_CONSTANT(name)
%constant int name = BIG_##name;
%enddef
#endif

BIG_CONSTANT(OK);
BIG_CONSTANT(ERROR);
BIG_CONSTANT(ENOMEM);
BIG_CONSTANT(EINVAL);
BIG_CONSTANT(EIO);
BIG_CONSTANT(ESYNTAX);
BIG_CONSTANT(ESCHEMA);
BIG_CONSTANT(EVERSION);
BIG_CONSTANT(EDUPLICATE);
BIG_CONSTANT(ENOTFOUND);
BIG_CONSTANT(EMISMATCH);
BIG_CONSTANT(ERANGE);
BIG_CONSTANT(ELIMIT);
BIG_CONSTANT(EUTF8);
BIG_CONSTANT(EUNSUPPORTED);

BIG_FUNCTION(version);
BIG_FUNCTION(version_info);
BIG_FUNCTION(error_name);
BIG_FUNCTION(has_feature);

%feature("docstring") big_swig_version "version() -> str\n\n"
    "Version of the libbig library, e.g. '0.1.0'.";
%feature("docstring") big_swig_version_info "version_info() -> (major, minor, patch)\n\n"
    "Version of the libbig library as three integers (PHP: an array).";
%feature("docstring") big_swig_has_feature "has_feature(name) -> bool\n\n"
    "Whether this build of libbig has an optional feature: 'xlsx' (XLSX workbooks).\n"
    "Without it, what needs the feature raises an error with code EUNSUPPORTED.";
%feature("docstring") big_swig_error_name "error_name(code) -> str\n\n"
    "Symbolic name of an error code, e.g. error_name(-4) == 'BIG_EIO'.";
%feature("docstring") big_swig_severity_names "severity_names() -> list of str\n\n"
    "The severities of a diagnostic (Diagnostic.severity): 'info', 'warning'.";
BIG_NAMES(severity_names, big_severity_name, BIG_SEVERITY_COUNT);

%{
typedef struct big_swig_version_parts {
	int major, minor, patch;
} big_swig_version_parts;
%}

%inline %{
static const char *big_swig_version(void)
{
	return big_version(NULL, NULL, NULL);
}

static big_swig_version_parts big_swig_version_info(void)
{
	big_swig_version_parts v;

	big_version(&v.major, &v.minor, &v.patch);
	return v;
}

static bool big_swig_has_feature(const char *name)
{
	return big_has_feature(name);
}

static const char *big_swig_error_name(int code)
{
	return big_error_name(code);
}
%}
