/*
 * libbig — Python 3 parts of the SWIG interface (included by ../libbig.i):
 * libbig.Error, conversions to native values, __repr__, __len__, __iter__.
 *
 * SPDX-License-Identifier: MIT
 */

%{
#include <limits.h>

static PyObject *big_py_error;

/* Sets attribute @p name of @p obj to @p value and drops @p value. */
static int big_py_set(PyObject *obj, const char *name, PyObject *value)
{
	int rc;

	if (value == NULL)
		return -1;
	rc = PyObject_SetAttrString(obj, name, value);
	Py_DECREF(value);
	return rc;
}

static PyObject *big_py_str(const char *s)
{
	if (s == NULL) {
		Py_RETURN_NONE;
	}
	return PyUnicode_DecodeUTF8(s, (Py_ssize_t)strlen(s), "surrogateescape");
}

/* A new list of the strings @p l. */
static PyObject *big_py_strings(const big_swig_strings *l)
{
	size_t n = big_swig_strings_count(l);
	PyObject *list = PyList_New((Py_ssize_t)n);

	if (list == NULL)
		return NULL;
	for (size_t i = 0; i < n; i++) {
		PyObject *o = big_py_str(big_swig_strings_get(l, i));
		if (o == NULL) {
			Py_DECREF(list);
			return NULL;
		}
		PyList_SET_ITEM(list, (Py_ssize_t)i, o);
	}
	return list;
}

static void big_swig_raise(void)
{
	const big_error *e = big_error_last();
	int kind = big_swig_err.kind;
	int code = big_swig_err.code;
	const char *message = big_swig_err.message;
	const char *source = "";
	const char *path = "";
	int line = 0, column = 0;
	PyObject *msg, *exc;

	if (kind == BIG_SWIG_LIBRARY) {
		if (e->code != BIG_OK)
			code = e->code;
		message = e->message;
		source = e->source;
		path = e->path;
		line = e->line;
		column = e->column;
	}
	if (kind == BIG_SWIG_INDEX) {
		PyErr_SetString(PyExc_IndexError, message);
		return;
	}
	msg = big_py_str(message);
	if (msg == NULL)
		return;
	exc = PyObject_CallFunctionObjArgs(big_py_error, msg, NULL);
	Py_DECREF(msg);
	if (exc == NULL)
		return;
	if (big_py_set(exc, "code", PyLong_FromLong(code)) < 0 ||
	    big_py_set(exc, "name", big_py_str(big_error_name(code))) < 0 ||
	    big_py_set(exc, "source", big_py_str(source)) < 0 ||
	    big_py_set(exc, "path", big_py_str(path)) < 0 ||
	    big_py_set(exc, "line", PyLong_FromLong(line)) < 0 ||
	    big_py_set(exc, "column", PyLong_FromLong(column)) < 0) {
		Py_DECREF(exc);
		return;
	}
	PyErr_SetObject(big_py_error, exc);
	Py_DECREF(exc);
}
%}

%init %{
	big_py_error = PyErr_NewExceptionWithDoc(
	    "libbig.Error",
	    "Raised when a libbig call fails.\n\n"
	    "str(e) is the message of the library, which names the place in the\n"
	    "input (source:line:column or a JSON path). Attributes: code (a\n"
	    "negative error code such as libbig.EIO), name ('BIG_EIO' ...), source,\n"
	    "path, line and column (0 when unknown).",
	    NULL, NULL);
	if (big_py_error == NULL)
		return NULL;
	if (PyDict_SetItemString(d, "Error", big_py_error) < 0)
		return NULL;
%}

/* ---- Arguments ---- */

/* A document: str (encoded as UTF-8) or any bytes-like object. */
%typemap(in) (const char *text, size_t len) (Py_buffer view, int have_view = 0),
             (const char *data, size_t len) (Py_buffer view, int have_view = 0)
{
	if (PyUnicode_Check($input)) {
		Py_ssize_t n;
		const char *s = PyUnicode_AsUTF8AndSize($input, &n);
		if (s == NULL)
			SWIG_fail;
		$1 = ($1_ltype)s;
		$2 = (size_t)n;
	} else if (PyObject_CheckBuffer($input)) {
		if (PyObject_GetBuffer($input, &view, PyBUF_SIMPLE) < 0)
			SWIG_fail;
		have_view = 1;
		$1 = ($1_ltype)view.buf;
		$2 = (size_t)view.len;
	} else {
		PyErr_SetString(PyExc_TypeError, "expected str or a bytes-like object");
		SWIG_fail;
	}
}
%typemap(freearg) (const char *text, size_t len), (const char *data, size_t len)
{
	if (have_view$argnum)
		PyBuffer_Release(&view$argnum);
}

/* A file name: str, bytes or any os.PathLike (e.g. pathlib.Path). */
%typemap(in) const char *path (PyObject *bytes = NULL)
{
	if (!PyUnicode_FSConverter($input, &bytes))
		SWIG_fail;
	$1 = ($1_ltype)PyBytes_AS_STRING(bytes);
}
%typemap(freearg) const char *path
{
	Py_XDECREF(bytes$argnum);
}

/* A level: an int, or None for -1 ("none"). */
%typemap(in) big_swig_level
{
	if ($input == Py_None) {
		$1 = -1;
	} else {
		long v = PyLong_AsLong($input);
		if (v == -1 && PyErr_Occurred())
			SWIG_fail;
		if (v < INT_MIN || v > INT_MAX) {
			PyErr_SetString(PyExc_OverflowError, "level out of range");
			SWIG_fail;
		}
		$1 = (int)v;
	}
}

/*
 * A list of ids (any sequence of str, not a str itself), or None. The ids
 * point into the str objects, which the sequence keeps alive until freearg.
 */
%typemap(in) big_swig_idlist (PyObject *seq = NULL)
{
	$1.ids = NULL;
	$1.count = 0;
	if ($input != Py_None) {
		Py_ssize_t n;
		if (PyUnicode_Check($input) || PyBytes_Check($input)) {
			PyErr_SetString(PyExc_TypeError, "$1_name must be a list of str or None");
			SWIG_fail;
		}
		seq = PySequence_Fast($input, "$1_name must be a list of str or None");
		if (seq == NULL)
			SWIG_fail;
		n = PySequence_Fast_GET_SIZE(seq);
		/* Never NULL, even for an empty list: NULL means None. */
		$1.ids = calloc(n > 0 ? (size_t)n : 1, sizeof(*$1.ids));
		if ($1.ids == NULL) {
			PyErr_NoMemory();
			SWIG_fail;
		}
		for (Py_ssize_t i = 0; i < n; i++) {
			PyObject *item = PySequence_Fast_GET_ITEM(seq, i);
			const char *id = PyUnicode_Check(item) ? PyUnicode_AsUTF8(item) : NULL;
			if (id == NULL) {
				if (!PyErr_Occurred())
					PyErr_SetString(PyExc_TypeError, "$1_name must be a list of str or None");
				free($1.ids);
				SWIG_fail;
			}
			$1.ids[i] = id;
		}
		$1.count = (size_t)n;
	}
}
%typemap(freearg) big_swig_idlist
{
	Py_XDECREF(seq$argnum);
}

/* A node: its id (str) or a Node. */
%typemap(in) big_swig_node_key (void *argp = NULL)
{
	$1.id = NULL;
	$1.node = NULL;
	if (PyUnicode_Check($input)) {
		$1.id = PyUnicode_AsUTF8($input);
		if ($1.id == NULL)
			SWIG_fail;
	} else if (SWIG_IsOK(SWIG_ConvertPtr($input, &argp, $descriptor(big_swig_node *), 0)) &&
		   argp != NULL) {
		$1.node = (big_swig_node *)argp;
	} else {
		PyErr_SetString(PyExc_TypeError, "$1_name must be a node id (str) or a Node");
		SWIG_fail;
	}
}

/* Catalogues and assessments passed in must be real objects, not None. */
%typemap(check) const big_swig_catalogue *catalogue, const big_swig_assessment *assessment,
		const big_swig_assessment *before, const big_swig_assessment *after,
		const big_swig_catalogue *source, const big_swig_catalogue *target,
		const big_swig_node *node
{
	if ($1 == NULL) {
		PyErr_SetString(PyExc_TypeError, "$1_name must not be None");
		SWIG_fail;
	}
}

/* ---- Results ---- */

%typemap(out) big_swig_optdouble
{
	if ($1.has) {
		$result = PyFloat_FromDouble($1.value);
	} else {
		Py_INCREF(Py_None);
		$result = Py_None;
	}
}

%typemap(out) big_swig_optint
{
	if ($1.has) {
		$result = PyLong_FromLong($1.value);
	} else {
		Py_INCREF(Py_None);
		$result = Py_None;
	}
}

%typemap(out) big_swig_text
{
	if ($1.text == NULL) {
		Py_INCREF(Py_None);
		$result = Py_None;
	} else {
		$result = PyUnicode_DecodeUTF8($1.text, (Py_ssize_t)$1.len, "strict");
		big_free($1.text);
		if ($result == NULL)
			SWIG_fail;
	}
}

%typemap(out) big_swig_nodes
{
	size_t n = big_swig_nodes_count(&$1);
	$result = PyList_New((Py_ssize_t)n);
	if ($result == NULL)
		SWIG_fail;
	for (size_t i = 0; i < n; i++) {
		big_swig_node *ref = big_swig_node_new($1.cat, big_swig_nodes_get(&$1, i));
		PyObject *o;
		if (ref == NULL) {
			Py_DECREF($result);
			$result = PyErr_NoMemory();
			SWIG_fail;
		}
		o = SWIG_NewPointerObj(ref, $descriptor(big_swig_node *), SWIG_POINTER_OWN);
		if (o == NULL) {
			big_swig_node_free(ref);
			Py_DECREF($result);
			SWIG_fail;
		}
		PyList_SET_ITEM($result, (Py_ssize_t)i, o);
	}
}

%typemap(out) big_swig_strings
{
	$result = big_py_strings(&$1);
	if ($result == NULL)
		SWIG_fail;
}

%typemap(out) big_swig_optstrings
{
	if ($1.has) {
		$result = big_py_strings(&$1.strings);
		if ($result == NULL)
			SWIG_fail;
	} else {
		Py_INCREF(Py_None);
		$result = Py_None;
	}
}

%typemap(out) big_swig_objects
{
	swig_type_info *types[BIG_SWIG_OBJ_KINDS] = {
	    [BIG_SWIG_OBJ_PROFILE] = $descriptor(big_swig_profile *),
	    [BIG_SWIG_OBJ_CRITERION] = $descriptor(big_swig_criterion *),
	    [BIG_SWIG_OBJ_TAG] = $descriptor(big_swig_tag *),
	    [BIG_SWIG_OBJ_ATTAINMENT] = $descriptor(big_swig_attainment *),
	    [BIG_SWIG_OBJ_MAPPING_ENTRY] = $descriptor(big_swig_mapping_entry *),
	    [BIG_SWIG_OBJ_CONTRIBUTION] = $descriptor(big_swig_contribution *),
	};
	$result = PyList_New((Py_ssize_t)$1.count);
	if ($result == NULL) {
		big_swig_objects_release(&$1);
		SWIG_fail;
	}
	for (size_t i = 0; i < $1.count; i++) {
		PyObject *o = SWIG_NewPointerObj($1.items[i], types[$1.kind], SWIG_POINTER_OWN);
		if (o == NULL) {
			big_swig_objects_release(&$1);
			Py_DECREF($result);
			SWIG_fail;
		}
		$1.items[i] = NULL;
		PyList_SET_ITEM($result, (Py_ssize_t)i, o);
	}
	big_swig_objects_release(&$1);
}

%typemap(out) big_swig_diagnostics
{
	size_t n = big_swig_diagnostics_count(&$1);
	$result = PyList_New((Py_ssize_t)n);
	if ($result == NULL)
		SWIG_fail;
	for (size_t i = 0; i < n; i++) {
		big_swig_diagnostic *d = big_swig_diagnostic_copy(big_swig_diagnostics_get(&$1, i));
		PyObject *o;
		if (d == NULL) {
			Py_DECREF($result);
			$result = PyErr_NoMemory();
			SWIG_fail;
		}
		o = SWIG_NewPointerObj(d, $descriptor(big_swig_diagnostic *), SWIG_POINTER_OWN);
		if (o == NULL) {
			big_swig_diagnostic_free(d);
			Py_DECREF($result);
			SWIG_fail;
		}
		PyList_SET_ITEM($result, (Py_ssize_t)i, o);
	}
}

%typemap(out) big_swig_gaps
{
	size_t n = big_report_gap_count($1.report);
	const big_catalogue *cat = big_report_catalogue($1.report);
	$result = PyList_New((Py_ssize_t)n);
	if ($result == NULL)
		SWIG_fail;
	for (size_t i = 0; i < n; i++) {
		big_swig_gap *g = big_swig_gap_copy(cat, big_report_gap($1.report, i));
		PyObject *o;
		if (g == NULL) {
			Py_DECREF($result);
			$result = PyErr_NoMemory();
			SWIG_fail;
		}
		o = SWIG_NewPointerObj(g, $descriptor(big_swig_gap *), SWIG_POINTER_OWN);
		if (o == NULL) {
			big_swig_gap_free(g);
			Py_DECREF($result);
			SWIG_fail;
		}
		PyList_SET_ITEM($result, (Py_ssize_t)i, o);
	}
}

%typemap(out) big_swig_exceptions
{
	size_t n = big_report_exception_count($1.report);
	const big_catalogue *cat = big_report_catalogue($1.report);
	$result = PyList_New((Py_ssize_t)n);
	if ($result == NULL)
		SWIG_fail;
	for (size_t i = 0; i < n; i++) {
		big_swig_exception *x =
		    big_swig_exception_copy(cat, big_report_exception($1.report, i));
		PyObject *o;
		if (x == NULL) {
			Py_DECREF($result);
			$result = PyErr_NoMemory();
			SWIG_fail;
		}
		o = SWIG_NewPointerObj(x, $descriptor(big_swig_exception *), SWIG_POINTER_OWN);
		if (o == NULL) {
			big_swig_exception_free(x);
			Py_DECREF($result);
			SWIG_fail;
		}
		PyList_SET_ITEM($result, (Py_ssize_t)i, o);
	}
}

%typemap(out) big_swig_counts
{
	$result = PyDict_New();
	if ($result == NULL)
		SWIG_fail;
	for (int st = 0; st < BIG_STATUS_COUNT; st++) {
		PyObject *v = PyLong_FromUnsignedLong($1.counts[st]);
		if (v == NULL || PyDict_SetItemString($result, big_status_name((big_status)st), v) < 0) {
			Py_XDECREF(v);
			Py_DECREF($result);
			SWIG_fail;
		}
		Py_DECREF(v);
	}
}

%typemap(out) big_swig_attributes
{
	size_t n = big_assessment_attribute_count($1.a);
	$result = PyDict_New();
	if ($result == NULL)
		SWIG_fail;
	for (size_t i = 0; i < n; i++) {
		const char *name = big_assessment_attribute_name($1.a, i);
		double value = 0;
		PyObject *v;
		big_assessment_attribute(&value, $1.a, name);
		v = PyFloat_FromDouble(value);
		if (v == NULL || PyDict_SetItemString($result, name, v) < 0) {
			Py_XDECREF(v);
			Py_DECREF($result);
			SWIG_fail;
		}
		Py_DECREF(v);
	}
}

/* ---- Python niceties ---- */

%pythoncode %{
Error = _libbig.Error
__version__ = _libbig.version()
%}

%extend big_swig_catalogue {
	%feature("docstring") __len__ "Number of nodes.";
	size_t __len__()
	{
		return big_catalogue_node_count($self);
	}
	%pythoncode %{
	def __iter__(self):
	    """Every node in pre-order (document order)."""
	    for i in range(len(self)):
	        yield self.node(i)

	def __repr__(self):
	    return "<libbig.Catalogue %s %s %r>" % (self.id, self.version, self.title)
	%}
}

%extend big_swig_node {
	size_t _identity()
	{
		return (size_t)(uintptr_t)$self->node;
	}
	%pythoncode %{
	def __repr__(self):
	    return "<libbig.Node %s %r>" % (self.id, self.title)

	def __eq__(self, other):
	    if not isinstance(other, Node):
	        return NotImplemented
	    return self._identity() == other._identity()

	def __ne__(self, other):
	    result = self.__eq__(other)
	    return result if result is NotImplemented else not result

	def __hash__(self):
	    return hash(self._identity())
	%}
}

%extend big_swig_assessment {
	%pythoncode %{
	def __repr__(self):
	    return "<libbig.Assessment %s %s>" % (self.organisation_id, self.period)
	%}
}

%extend big_swig_result {
	%pythoncode %{
	def __repr__(self):
	    return "<libbig.Result %s %s>" % (self.id, self.status)
	%}
}

%extend big_swig_report {
	%pythoncode %{
	def __repr__(self):
	    profile = self.profile
	    return "<libbig.Report %s target=%d%s implementation=%r>" % (
	        self.rollup, self.target, "" if profile is None else " profile=" + profile.id,
	        self.overall.implementation)
	%}
}

%extend big_scores {
	%pythoncode %{
	def __repr__(self):
	    return ("<libbig.Scores implementation=%r maturity_mean=%r attained_level=%r "
	            "coverage=%r comply_or_explain=%r applicable=%d>" % (
	                self.implementation, self.maturity_mean, self.attained_level,
	                self.coverage, self.comply_or_explain, self.applicable))
	%}
}

%extend big_swig_gap {
	%pythoncode %{
	def __repr__(self):
	    return "<libbig.Gap %s %s size=%r>" % (self.id, "+".join(self.kinds), self.size)
	%}
}

%extend big_swig_exception {
	%pythoncode %{
	def __repr__(self):
	    return "<libbig.ExceptionEntry %s %s expires=%s>" % (self.id, self.status, self.expires)
	%}
}

%extend big_swig_diagnostic {
	%pythoncode %{
	def __repr__(self):
	    return "<libbig.Diagnostic %s %s %s>" % (self.severity, self.code, self.path)

	def __str__(self):
	    return "%s: %s" % (self.severity, self.message)
	%}
}

%extend big_swig_profile {
	%feature("docstring") __len__ "Number of requirements the profile selects.";
	size_t __len__()
	{
		return big_profile_requirement_count($self->profile);
	}
	size_t _identity()
	{
		return (size_t)(uintptr_t)$self->profile;
	}
	%pythoncode %{
	def __repr__(self):
	    return "<libbig.Profile %s %r>" % (self.id, self.title)

	def __eq__(self, other):
	    if not isinstance(other, Profile):
	        return NotImplemented
	    return self._identity() == other._identity()

	def __ne__(self, other):
	    result = self.__eq__(other)
	    return result if result is NotImplemented else not result

	def __hash__(self):
	    return hash(self._identity())
	%}
}

%extend big_swig_criterion {
	%pythoncode %{
	def __repr__(self):
	    return "<libbig.Criterion %s level=%d>" % (self.id, self.level)
	%}
}

%extend big_swig_tag {
	%pythoncode %{
	def __repr__(self):
	    return "<libbig.Tag %s %r>" % (self.id, self.label)
	%}
}

%extend big_swig_attainment {
	%pythoncode %{
	def __repr__(self):
	    return "<libbig.Attainment %s requirements=%d complied=%d%s>" % (
	        self.id, self.requirements, self.complied, " attained" if self.attained else "")
	%}
}

%extend big_swig_mapping {
	%pythoncode %{
	def __repr__(self):
	    return "<libbig.Mapping %s %s %s -> %s %s>" % (
	        self.id, self.source_id, self.source_version, self.target_id, self.target_version)
	%}
}

%extend big_swig_mapping_entry {
	%pythoncode %{
	def __repr__(self):
	    return "<libbig.MappingEntry %s %s %s>" % (self.source, self.relationship, self.target)
	%}
}

%extend big_swig_comparison {
	%pythoncode %{
	def __repr__(self):
	    return "<libbig.Comparison %s flat_delta=%r>" % (self.before.rollup, self.flat_delta)
	%}
}

%extend big_swig_delta {
	%pythoncode %{
	def __repr__(self):
	    return ("<libbig.Delta implementation=%r maturity_mean=%r coverage=%r "
	            "comply_or_explain=%r applicable=%d>" % (
	                self.implementation, self.maturity_mean, self.coverage,
	                self.comply_or_explain, self.applicable))
	%}
}

%extend big_swig_contribution {
	%pythoncode %{
	def __repr__(self):
	    return "<libbig.Contribution %s %s -> %s contribution=%r>" % (
	        self.id, self.before, self.after, self.contribution)
	%}
}
