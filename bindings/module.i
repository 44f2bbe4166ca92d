/*
 * libbig — SWIG interface: what the module has besides the concerns (included
 * after the language typemaps): the error codes, error_name(), version(),
 * version_info(), and the Diagnostic class that every loader uses, with
 * severity_names().
 *
 * SPDX-License-Identifier: MIT
 */

/* ------------------------------------------------------------------------
 * Diagnostic: a copy of one non-fatal finding (every loader collects them).
 * ---------------------------------------------------------------------- */

%feature("docstring") big_swig_diagnostic
    "A non-fatal finding about an input document (a copy).";

%{
typedef struct big_swig_diagnostic {
	big_severity severity;
	char *code;
	char *message;
	char *path;
} big_swig_diagnostic;

static void big_swig_diagnostic_free(void *item)
{
	big_swig_diagnostic *d = item;

	if (d == NULL)
		return;
	free(d->code);
	free(d->message);
	free(d->path);
	free(d);
}

static big_swig_diagnostic *big_swig_diagnostic_copy(const big_diagnostic *src)
{
	big_swig_diagnostic *d = calloc(1, sizeof(*d));

	if (d == NULL) {
		big_swig_nomem();
		return NULL;
	}
	d->severity = src->severity;
	d->code = big_swig_strdup(src->code);
	d->message = big_swig_strdup(src->message);
	d->path = big_swig_strdup(src->path);
	if (d->code == NULL || d->message == NULL || d->path == NULL) {
		big_swig_diagnostic_free(d);
		return NULL;
	}
	return d;
}

/* Where the diagnostics of one object come from. */
typedef struct big_swig_diagnostic_source {
	const void *obj;
	const big_diagnostic *(*get)(const void *obj, size_t i);
} big_swig_diagnostic_source;

static void *big_swig_make_diagnostic(const void *src, size_t i)
{
	const big_swig_diagnostic_source *s = src;

	return big_swig_diagnostic_copy(s->get(s->obj, i));
}

/* Copies of the @p count diagnostics get(obj, i) (list of Diagnostic). */
static big_swig_objects big_swig_diagnostics(size_t count, const void *obj,
					     const big_diagnostic *(*get)(const void *obj, size_t i))
{
	big_swig_diagnostic_source s = {obj, get};

	return big_swig_objects_make(SWIGTYPE_p_big_swig_diagnostic, big_swig_diagnostic_free,
				     count, &s, big_swig_make_diagnostic);
}

static const char *big_swig_diagnostic_severity_get(const big_swig_diagnostic *d)
{
	return big_severity_name(d->severity);
}
static const char *big_swig_diagnostic_code_get(const big_swig_diagnostic *d)
{
	return d->code;
}
static const char *big_swig_diagnostic_message_get(const big_swig_diagnostic *d)
{
	return d->message;
}
static const char *big_swig_diagnostic_path_get(const big_swig_diagnostic *d)
{
	return d->path;
}
%}

BIG_CLASS(Diagnostic, big_swig_diagnostic);

%extend big_swig_diagnostic {
	~big_swig_diagnostic()
	{
		big_swig_diagnostic_free($self);
	}

	%immutable;
	/** "info" or "warning". */
	const char *severity;
	/** Stable machine-readable code, e.g. "unknown-field". */
	const char *code;
	/** Human-readable message. */
	const char *message;
	/** JSON path of the place in the input, e.g. '$.results["9.9"]'. */
	const char *path;
	%mutable;
}

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

BIG_FUNCTION(version);
BIG_FUNCTION(version_info);
BIG_FUNCTION(error_name);
BIG_FUNCTION(severity_names);

%feature("docstring") big_swig_version "version() -> str\n\n"
    "Version of the libbig library, e.g. '0.1.0'.";
%feature("docstring") big_swig_version_info "version_info() -> (major, minor, patch)\n\n"
    "Version of the libbig library as three integers (PHP: an array).";
%feature("docstring") big_swig_error_name "error_name(code) -> str\n\n"
    "Symbolic name of an error code, e.g. error_name(-4) == 'BIG_EIO'.";
%feature("docstring") big_swig_severity_names "severity_names() -> list of str\n\n"
    "The severities of a diagnostic (Diagnostic.severity): 'info', 'warning'.";

%{
typedef struct big_swig_version_parts {
	int major, minor, patch;
} big_swig_version_parts;

static const char *big_swig_severity_name_at(const void *unused, size_t i)
{
	(void)unused;
	return big_severity_name((big_severity)i);
}
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

static const char *big_swig_error_name(int code)
{
	return big_error_name(code);
}

static big_swig_strings big_swig_severity_names(void)
{
	return big_swig_strings_of(BIG_SEVERITY_COUNT, big_swig_severity_name_at, NULL);
}
%}
