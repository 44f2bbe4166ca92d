/*
 * libbig — Python 3 parts of the SWIG interface (included by ../libbig.i
 * before the concerns): libbig.Error, and the conversions between the value
 * types of ../common.i and native values.
 *
 * SPDX-License-Identifier: MIT
 */

%{
#include <limits.h>
#include <stdint.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

static PyObject *big_py_error;

/* The Python typemaps free what they convert in freearg: no scratch memory. */
static void big_swig_scratch_release(void)
{
}

/* A proxy without its C object does not convert: its methods never run. */
#define big_swig_self_ok() true

/* The position of the first byte of @p s from @p i on that is not ASCII, or
 * @p len: 32 and then 8 bytes at a time. */
static size_t big_py_next_high(const unsigned char *s, size_t i, size_t len)
{
	const uint64_t high = 0x8080808080808080u;
	uint64_t w[4];

#if defined(__SSE2__)
	/* 64 bytes at a time: the top bits of 16 bytes in one instruction */
	for (; i + 64 <= len; i += 64) {
		__m128i a = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
		__m128i b = _mm_loadu_si128((const __m128i *)(const void *)(s + i + 16));
		__m128i c = _mm_loadu_si128((const __m128i *)(const void *)(s + i + 32));
		__m128i d = _mm_loadu_si128((const __m128i *)(const void *)(s + i + 48));

		if (_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(a, b), _mm_or_si128(c, d))))
			break;
	}
#endif
	for (; i + sizeof(w) <= len; i += sizeof(w)) {
		memcpy(w, s + i, sizeof(w));
		if ((w[0] | w[1] | w[2] | w[3]) & high)
			break;
	}
	for (; i + 8 <= len; i += 8) {
		memcpy(w, s + i, 8);
		if (w[0] & high)
			break;
	}
	while (i < len && s[i] < 0x80)
		i++;
	return i;
}

/* Room for where the first letters of two bytes are, found by the first pass
 * over a text: reports have a few, so that the second pass is only copies. */
#define BIG_PY_WIDE_KEPT 64

/*
 * A str of the text @p text that libbig wrote (so valid UTF-8). Reports and
 * CSV are ASCII but for a few letters such as the e-diaeresis of
 * basishygiëne; when every character is below U+0100 the str is built here,
 * runs of ASCII copied whole: PyUnicode_DecodeUTF8() goes byte by byte after
 * the first letter that is not ASCII, which made the conversion of a report
 * cost nearly as much as writing it.
 */
static PyObject *big_py_text(const char *text, size_t len)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t wide = 0, i = 0; /* letters of two bytes, U+0080 to U+00FF */
	size_t at[BIG_PY_WIDE_KEPT];
	PyObject *str;
	Py_UCS1 *to;

	while ((i = big_py_next_high(s, i, len)) < len) {
		/* anything else, or a malformed sequence, is left to Python */
		if ((s[i] != 0xC2 && s[i] != 0xC3) || i + 1 >= len || (s[i + 1] & 0xC0) != 0x80)
			return PyUnicode_DecodeUTF8(text, (Py_ssize_t)len, "strict");
		if (wide < BIG_PY_WIDE_KEPT)
			at[wide] = i;
		wide++;
		i += 2;
	}
	if (wide == 0 || len - wide > (size_t)PY_SSIZE_T_MAX)
		return PyUnicode_DecodeUTF8(text, (Py_ssize_t)len, "strict");
	if ((str = PyUnicode_New((Py_ssize_t)(len - wide), 0xFF)) == NULL)
		return NULL;
	to = PyUnicode_1BYTE_DATA(str);
	for (size_t k = 0, from = 0; from < len; k++) {
		size_t next = k < BIG_PY_WIDE_KEPT ? (k < wide ? at[k] : len)
						   : big_py_next_high(s, from, len);

		memcpy(to, s + from, next - from);
		to += next - from;
		if (next == len)
			break;
		*to++ = (Py_UCS1)(((s[next] & 0x1F) << 6) | (s[next + 1] & 0x3F));
		from = next + 2;
	}
	return str;
}

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

/*
 * The str @p o as a C string *out (None: NULL), or False with TypeError;
 * ValueError for a null character, where C would cut the string.
 */
static bool big_py_cstr(PyObject *o, const char **out, const char *what)
{
	Py_ssize_t len;

	*out = NULL;
	if (o == Py_None)
		return true;
	if (!PyUnicode_Check(o)) {
		PyErr_Format(PyExc_TypeError, "%s must be a str or None, not %s", what,
			     Py_TYPE(o)->tp_name);
		return false;
	}
	*out = PyUnicode_AsUTF8AndSize(o, &len);
	if (*out != NULL && memchr(*out, '\0', (size_t)len) != NULL) {
		PyErr_Format(PyExc_ValueError, "%s must not contain a null character", what);
		*out = NULL;
	}
	return *out != NULL;
}

/* A new list of the strings @p l. */
static PyObject *big_py_strings(const big_swig_strings *l)
{
	PyObject *list = PyList_New((Py_ssize_t)l->count);

	if (list == NULL)
		return NULL;
	for (size_t i = 0; i < l->count; i++) {
		PyObject *o = big_py_str(l->get(l->obj, i));
		if (o == NULL) {
			Py_DECREF(list);
			return NULL;
		}
		PyList_SET_ITEM(list, (Py_ssize_t)i, o);
	}
	return list;
}

/* Sets @p dict[@p name] to @p value and drops @p value; -1 on failure. */
static int big_py_dict_set(PyObject *dict, const char *name, PyObject *value)
{
	int rc;

	if (value == NULL)
		return -1;
	rc = PyDict_SetItemString(dict, name, value);
	Py_DECREF(value);
	return rc;
}

/*
 * The object whose method runs, set once its arguments are converted (the
 * GIL is held; the check typemap of self below): the parent of the views the
 * method returns, read before anything that could run Python code (an
 * allocation may run the garbage collector and a finaliser). Only methods
 * return views; a function of the module returns what it makes.
 */
static PyObject *big_py_self;

/*
 * Whether @p obj may be destroyed explicitly (__swig_destroy__): only an
 * object that owns its C object; a view would free what its parent still
 * reads. Sets the error when not.
 */
static bool big_py_destroyable(PyObject *obj)
{
	SwigPyObject *sobj = SWIG_Python_GetSwigThis(obj);

	if (sobj != NULL && sobj->own)
		return true;
	PyErr_Format(PyExc_TypeError, "cannot destroy '%s' object: it does not own its C object",
		     Py_TYPE(obj)->tp_name);
	return false;
}

/*
 * A view of @p ptr as class @p type that keeps @p parent alive (None for
 * NULL); @p flags SWIG_POINTER_OWN when the object is new.
 */
static PyObject *big_py_view(const void *ptr, swig_type_info *type, int flags, PyObject *parent)
{
	static PyObject *name;
	PyObject *o;

	if (ptr == NULL)
		Py_RETURN_NONE;
	if (name == NULL && (name = PyUnicode_InternFromString("_parent")) == NULL)
		return NULL;
	o = SWIG_NewPointerObj((void *)ptr, type, flags);
	/* past the proxy's __setattr__, which takes no new attributes */
	if (o != NULL && parent != NULL && PyObject_GenericSetAttr(o, name, parent) < 0)
		Py_CLEAR(o);
	return o;
}

/* A new list of the views @p l, each keeping @p parent alive. */
static PyObject *big_py_views(const big_swig_views *l, PyObject *parent)
{
	PyObject *list = PyList_New((Py_ssize_t)l->count);

	for (size_t i = 0; list != NULL && i < l->count; i++) {
		const void *ptr = l->get(l->obj, l->key, i);
		PyObject *o;

		if (ptr == NULL && l->own) /* a new object that could not be made */
			o = PyErr_NoMemory();
		else
			o = big_py_view(ptr, l->type, l->own ? SWIG_POINTER_OWN : 0, parent);
		if (o == NULL)
			Py_CLEAR(list);
		else
			PyList_SET_ITEM(list, (Py_ssize_t)i, o);
	}
	free(l->owned_key);
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
	if (kind == BIG_SWIG_TYPE) {
		PyErr_SetString(PyExc_TypeError, message);
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

/*
 * The items of a list (any sequence but str and bytes), as a new reference
 * from PySequence_Fast(); NULL with TypeError "WHAT must be a list of KIND".
 */
static PyObject *big_py_list(PyObject *o, const char *what, const char *kind)
{
	PyObject *seq = NULL;

	if (!PyUnicode_Check(o) && !PyBytes_Check(o))
		seq = PySequence_Fast(o, "");
	if (seq == NULL)
		PyErr_Format(PyExc_TypeError, "%s must be a list of %s", what, kind);
	return seq;
}

/*
 * Converts a list of objects of class @p type into *out (malloc'd, freed by
 * the caller). False with TypeError when an item is of another class.
 */
static bool big_py_ptrs(PyObject *o, big_swig_ptrs *out, swig_type_info *type, const char *kind,
			const char *what)
{
	PyObject *seq = big_py_list(o, what, kind);
	Py_ssize_t n;

	out->items = NULL;
	out->count = 0;
	if (seq == NULL)
		return false;
	n = PySequence_Fast_GET_SIZE(seq);
	out->items = calloc(n > 0 ? (size_t)n : 1, sizeof(*out->items));
	if (out->items == NULL) {
		Py_DECREF(seq);
		PyErr_NoMemory();
		return false;
	}
	for (Py_ssize_t i = 0; i < n; i++) {
		void *p = NULL;
		PyObject *item = PySequence_Fast_GET_ITEM(seq, i);

		if (!SWIG_IsOK(SWIG_ConvertPtr(item, &p, type, 0)) || p == NULL) {
			PyErr_Format(PyExc_TypeError, "%s[%zd] must be a %s, not %s", what, i, kind,
				     Py_TYPE(item)->tp_name);
			Py_DECREF(seq);
			return false;
		}
		out->items[i] = p;
	}
	out->count = (size_t)n;
	Py_DECREF(seq);
	return true;
}

/* A node given by its id (str) or as a Node; None when @p none_ok (both NULL). */
static bool big_py_node_key(PyObject *o, big_swig_node_key *key, bool none_ok, const char *what)
{
	void *p = NULL;

	key->id = NULL;
	key->node = NULL;
	if (PyUnicode_Check(o))
		return big_py_cstr(o, &key->id, what);
	if (none_ok && o == Py_None)
		return true;
	if (o == Py_None || !SWIG_IsOK(SWIG_ConvertPtr(o, &p, SWIGTYPE_p_big_swig_node, 0))) {
		PyErr_Format(PyExc_TypeError, "%s must be a node id (str) or a Node%s, not %s", what,
			     none_ok ? " or None" : "", Py_TYPE(o)->tp_name);
		return false;
	}
	key->node = p;
	return true;
}

/* A list of numbers into *out (malloc'd values); None leaves it NULL. */
static bool big_py_doubles(PyObject *o, big_swig_doubles *out, const char *what)
{
	PyObject *seq;
	Py_ssize_t n;

	out->values = NULL;
	out->count = 0;
	if (o == Py_None)
		return true;
	seq = big_py_list(o, what, "numbers or None");
	if (seq == NULL)
		return false;
	n = PySequence_Fast_GET_SIZE(seq);
	out->values = calloc(n > 0 ? (size_t)n : 1, sizeof(*out->values));
	if (out->values == NULL) {
		Py_DECREF(seq);
		PyErr_NoMemory();
		return false;
	}
	out->count = (size_t)n;
	for (Py_ssize_t i = 0; i < n; i++) {
		out->values[i] = PyFloat_AsDouble(PySequence_Fast_GET_ITEM(seq, i));
		if (out->values[i] == -1 && PyErr_Occurred()) {
			Py_DECREF(seq);
			return false;
		}
	}
	Py_DECREF(seq);
	return true;
}

/* A list of str into *out (malloc'd copies); None leaves ids NULL. */
static bool big_py_ids(PyObject *o, big_swig_idlist *out, const char *what)
{
	PyObject *seq;
	Py_ssize_t n;

	out->ids = NULL;
	out->count = 0;
	if (o == Py_None)
		return true;
	seq = big_py_list(o, what, "str or None");
	if (seq == NULL)
		return false;
	n = PySequence_Fast_GET_SIZE(seq);
	/* Never NULL, even for an empty list: NULL means None. */
	out->ids = calloc(n > 0 ? (size_t)n : 1, sizeof(*out->ids));
	if (out->ids == NULL) {
		Py_DECREF(seq);
		PyErr_NoMemory();
		return false;
	}
	for (Py_ssize_t i = 0; i < n; i++) {
		PyObject *item = PySequence_Fast_GET_ITEM(seq, i);
		const char *id = NULL;
		char *copy;

		if (PyUnicode_Check(item))
			(void)big_py_cstr(item, &id, what);
		if (id == NULL) {
			if (!PyErr_Occurred())
				PyErr_Format(PyExc_TypeError, "%s must be a list of str or None", what);
			Py_DECREF(seq);
			return false;
		}
		copy = strdup(id);
		if (copy == NULL) {
			Py_DECREF(seq);
			PyErr_NoMemory();
			return false;
		}
		out->ids[out->count++] = copy;
	}
	Py_DECREF(seq);
	return true;
}

static void big_py_ids_free(big_swig_idlist *l)
{
	for (size_t i = 0; i < l->count; i++)
		free((char *)l->ids[i]);
	free((void *)l->ids);
	l->ids = NULL;
	l->count = 0;
}

/* An int in [min, max] (None: @p none when @p none_ok). */
static bool big_py_int(PyObject *o, long *out, long min, long max, bool none_ok, long none,
		       const char *what)
{
	if (none_ok && o == Py_None) {
		*out = none;
		return true;
	}
	if (!PyLong_Check(o) || PyBool_Check(o)) {
		PyErr_Format(PyExc_TypeError, "%s must be an int%s, not %s", what,
			     none_ok ? " or None" : "", Py_TYPE(o)->tp_name);
		return false;
	}
	*out = PyLong_AsLong(o);
	if (*out == -1 && PyErr_Occurred())
		return false;
	if (*out < min || *out > max) {
		PyErr_Format(PyExc_OverflowError, "%s out of range", what);
		return false;
	}
	return true;
}

/* Converts one option value into @p args. */
static bool big_py_option(big_swig_args *args, const big_swig_option *opt, PyObject *value)
{
	void *field = big_swig_args_field(args, opt);
	long v;

	switch (opt->type) {
	case BIG_SWIG_OPT_STRING:
		if (value == Py_None) {
			*(const char **)field = NULL;
			return true;
		}
		/* The dictionary keeps the str alive during the call. */
		return big_py_cstr(value, field, opt->name);
	case BIG_SWIG_OPT_LEVEL:
		if (!big_py_int(value, &v, INT_MIN, INT_MAX, true, -1, opt->name))
			return false;
		*(int *)field = (int)v;
		return true;
	case BIG_SWIG_OPT_UINT:
		if (!big_py_int(value, &v, 0, UINT_MAX, false, 0, opt->name))
			return false;
		*(unsigned int *)field = (unsigned int)v;
		return true;
	case BIG_SWIG_OPT_BOOL: {
		int truth = PyObject_IsTrue(value);
		if (truth < 0)
			return false;
		*(bool *)field = truth;
		return true;
	}
	case BIG_SWIG_OPT_DOUBLES:
		free(((big_swig_doubles *)field)->values);
		return big_py_doubles(value, field, opt->name);
	case BIG_SWIG_OPT_STRINGS:
		big_py_ids_free(field);
		return big_py_ids(value, field, opt->name);
	case BIG_SWIG_OPT_TEXTS: {
		void *p = NULL;

		*(const big_texts **)field = NULL;
		if (value == Py_None)
			return true;
		if (SWIG_ConvertPtr(value, &p, SWIGTYPE_p_big_swig_texts, 0) < 0 || p == NULL) {
			PyErr_Format(PyExc_TypeError, "%s must be a Texts or None", opt->name);
			return false;
		}
		*(const big_texts **)field = p;
		return true;
	}
	default:
		free((void *)((big_swig_ptrs *)field)->items);
		return big_py_ptrs(value, field, SWIGTYPE_p_big_swig_collaboration, "Collaboration",
				   opt->name);
	}
}

static void big_py_args_free(big_swig_args *args)
{
	free(args->weights.values);
	free(args->expected_weights.values);
	big_py_ids_free(&args->expected_members);
	free((void *)args->collaborations.items);
	args->weights.values = args->expected_weights.values = NULL;
	args->collaborations.items = NULL;
}

/* Reads the options of @p spec from the dictionary @p dict (None: the defaults). */
static bool big_py_args(PyObject *dict, big_swig_args *args, const big_swig_args_spec *spec)
{
	Py_ssize_t pos = 0;
	PyObject *key, *value;

	big_swig_args_init(args);
	if (dict == Py_None)
		return true;
	if (!PyDict_Check(dict)) {
		PyErr_Format(PyExc_TypeError, "%s: the options must be a dict", spec->function);
		return false;
	}
	while (PyDict_Next(dict, &pos, &key, &value)) {
		char message[256];
		Py_ssize_t len = 0;
		const char *name = PyUnicode_Check(key) ? PyUnicode_AsUTF8AndSize(key, &len) : "";
		const big_swig_option *opt;

		if (name == NULL)
			return false;
		opt = big_swig_args_find(spec, spec->function, name, (size_t)len, message,
					 sizeof(message));
		if (opt == NULL) {
			PyErr_SetString(PyExc_TypeError, message);
			return false;
		}
		if (!big_py_option(args, opt, value))
			return false;
	}
	return true;
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

/* A string (ids, names …): a str without a null character, or None. */
%typemap(in) char *, const char *
{
	if (!big_py_cstr($input, (const char **)&$1, "$1_name"))
		SWIG_fail;
}
%typemap(freearg) char *, const char * ""

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
	long v;
	if (!big_py_int($input, &v, INT_MIN, INT_MAX, true, -1, "$1_name"))
		SWIG_fail;
	$1 = (int)v;
}

/* A list of ids (any sequence of str, not a str itself), or None. */
%typemap(in) big_swig_idlist
{
	if (!big_py_ids($input, &$1, "$1_name"))
		SWIG_fail;
}
%typemap(arginit) big_swig_idlist
{
	$1.ids = NULL;
	$1.count = 0;
}
%typemap(freearg) big_swig_idlist
{
	big_py_ids_free(&$1);
}

/* Lists of assessments and reports. */
%typemap(in) big_swig_ptrs assessments
{
	if (!big_py_ptrs($input, &$1, $descriptor(big_swig_assessment *), "Assessment", "$1_name"))
		SWIG_fail;
}
%typemap(in) big_swig_ptrs reports
{
	if (!big_py_ptrs($input, &$1, $descriptor(big_swig_report *), "Report", "$1_name"))
		SWIG_fail;
}
%typemap(arginit) big_swig_ptrs
{
	$1.items = NULL;
	$1.count = 0;
}
%typemap(freearg) big_swig_ptrs
{
	free((void *)$1.items);
}

/* Options by name: a dict (the **options of the function in extras.i), or None. */
%define BIG_OPTIONS(SPEC, NAME)
%typemap(in) big_swig_args NAME
{
	if (!big_py_args($input, &$1, &SPEC))
		SWIG_fail;
}
%typemap(arginit) big_swig_args NAME
{
	big_swig_args_init(&$1);
}
%typemap(freearg) big_swig_args NAME
{
	big_py_args_free(&$1);
}
%enddef

/* A node: its id (str) or a Node; None too for a big_swig_optnode. */
%typemap(in) big_swig_node_key node
{
	if (!big_py_node_key($input, &$1, false, "$1_name"))
		SWIG_fail;
}
%typemap(in) big_swig_optnode
{
	if (!big_py_node_key($input, &$1, true, "$1_name"))
		SWIG_fail;
}
%typemap(default) big_swig_optnode
{
	$1.id = NULL;
	$1.node = NULL;
}

/* Objects passed in must be real objects, not None. */
%typemap(check) const big_catalogue *catalogue, const big_assessment *assessment,
		const big_assessment *before, const big_assessment *after,
		const big_catalogue *source, const big_catalogue *target,
		const big_node *node, const big_assessment *member,
		const big_mapping *mapping
{
	if ($1 == NULL) {
		PyErr_SetString(PyExc_TypeError, "$1_name must not be None");
		SWIG_fail;
	}
}

/* ---- Results ---- */

/* Self: remembered as the parent of the views the method returns. Set in
 * the check typemap, which runs after every argument is converted: the
 * conversion of another argument may run Python code (a property `this`, a
 * __index__) that calls another method, which sets big_py_self to its own
 * self; from the check on only C runs until the result is made. $disown:
 * __swig_destroy__ takes the object from its proxy. */
%typemap(in, noblock=1) SWIGTYPE *self (void *argp = 0, int res = 0, PyObject *self_obj = 0)
{
	if (($disown | 0) && !big_py_destroyable($input))
		SWIG_fail;
	res = SWIG_ConvertPtr($input, &argp, $descriptor, $disown | 0);
	if (!SWIG_IsOK(res)) {
		SWIG_exception_fail(SWIG_ArgError(res), "in method '$symname', argument $argnum of type '$type'");
	}
	if (argp == NULL) {
		PyErr_Format(PyExc_ReferenceError, "'%s' object was destroyed (__swig_destroy__)",
			     Py_TYPE($input)->tp_name);
		SWIG_fail;
	}
	$1 = ($ltype)argp;
	if ($disown | 0) /* destroyed by this call: later uses are refused above */
		SWIG_Python_GetSwigThis($input)->ptr = NULL;
	self_obj = $input;
}
%typemap(check, noblock=1) SWIGTYPE *self
{
	big_py_self = self_obj$argnum;
}

/* A pointer the caller does not own is a view that keeps self alive. */
%typemap(out) SWIGTYPE *
{
	$result = big_py_view($1, $descriptor, $owner, $owner ? NULL : big_py_self);
	if ($result == NULL)
		SWIG_fail;
}

%typemap(out) big_swig_views
{
	$result = big_py_views(&$1, big_py_self);
	if ($result == NULL)
		SWIG_fail;
}

/* A number DECL (a struct's field), or None unless COND. */
%define BIG_OPTIONAL(DECL, COND)
%typemap(out) DECL
{
	if (COND) {
		$result = _Generic($1, double: PyFloat_FromDouble, default: PyLong_FromLong)($1);
	} else {
		Py_INCREF(Py_None);
		$result = Py_None;
	}
}
%enddef

/* A name of an enumeration. */
%define BIG_NAME_OUT(TYPE, NAME_FN)
%typemap(out) TYPE
{
	$result = big_py_str(NAME_FN($1));
	if ($result == NULL)
		SWIG_fail;
}
%enddef

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
		$result = big_py_text($1.text, $1.len);
		if (!$1.borrowed)
			big_free($1.text);
		if ($result == NULL)
			SWIG_fail;
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


/* Counts per status, as a dict from status name to count. */
%typemap(out) unsigned int counts[BIG_STATUS_COUNT]
{
	$result = PyDict_New();
	if ($result == NULL)
		SWIG_fail;
	for (int st = 0; st < BIG_STATUS_COUNT; st++) {
		if (big_py_dict_set($result, big_status_name((big_status)st),
				    PyLong_FromUnsignedLong($1[st])) < 0) {
			Py_DECREF($result);
			SWIG_fail;
		}
	}
}

%typemap(out) big_swig_numbers
{
	$result = PyDict_New();
	if ($result == NULL)
		SWIG_fail;
	for (size_t i = 0; i < $1.count; i++) {
		if (big_py_dict_set($result, $1.name($1.obj, i),
				    PyFloat_FromDouble($1.value($1.obj, i))) < 0) {
			Py_DECREF($result);
			SWIG_fail;
		}
	}
}

%typemap(out) big_swig_version_parts
{
	$result = Py_BuildValue("(iii)", $1.major, $1.minor, $1.patch);
	if ($result == NULL)
		SWIG_fail;
}
