/*
 * libbig — PHP 8 parts of the SWIG interface (included by ../libbig.i):
 * BigException, conversions to native values (arrays, null), Countable and
 * IteratorAggregate for BigCatalogue.
 *
 * SPDX-License-Identifier: MIT
 */

%include <phpinterfaces.i>

%{
#include "ext/spl/spl_array.h"
#include "ext/spl/spl_exceptions.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"

/*
 * SWIG 4.1.0 to 4.2.0 write the __get/__set/__isset of a class as
 *   ZVAL_STRING(&tempZval, "title_get"); call_user_function(…, &tempZval, …);
 * and never release tempZval, so every property access leaks the method name
 * until the end of the request (swig/swig#2808, fixed in 4.2.1). Every
 * call_user_function() in the generated code names its method that way, so
 * release the name after the call.
 */
#if SWIG_VERSION >= 0x040100 && SWIG_VERSION < 0x040201
static zend_result big_php_call_method(zval *object, zval *name, zval *retval, uint32_t count,
				       zval *params)
{
	zend_result rc = _call_user_function_impl(object, name, retval, count, params, NULL);

	zval_ptr_dtor(name);
	return rc;
}
#undef call_user_function
#define call_user_function(table, object, name, retval, count, params) \
	big_php_call_method(object, name, retval, count, params)
#endif

static zend_class_entry *big_php_exception_ce;

/* BigException::getName(): the symbolic name of the code, e.g. "BIG_EIO". */
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(big_php_arginfo_getname, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

static ZEND_METHOD(BigException, getName)
{
	zval rv;
	zval *code;

	ZEND_PARSE_PARAMETERS_NONE();
	code = zend_read_property(zend_ce_exception, Z_OBJ_P(ZEND_THIS), "code", sizeof("code") - 1,
				  1, &rv);
	RETURN_STRING(big_error_name((int)zval_get_long(code)));
}

static const zend_function_entry big_php_exception_methods[] = {
    ZEND_ME(BigException, getName, big_php_arginfo_getname, ZEND_ACC_PUBLIC) ZEND_FE_END};

static void big_swig_raise(void)
{
	const big_error *e = big_error_last();
	int code = big_swig_err.code;
	const char *message = big_swig_err.message;

	if (big_swig_err.kind == BIG_SWIG_INDEX) {
		zend_throw_exception(spl_ce_OutOfRangeException, message, 0);
		return;
	}
	if (big_swig_err.kind == BIG_SWIG_LIBRARY) {
		if (e->code != BIG_OK)
			code = e->code;
		message = e->message;
	}
	zend_throw_exception(big_php_exception_ce, message, code);
}

/* Makes @p arr an array of the strings @p l. */
static void big_php_strings(zval *arr, const big_swig_strings *l)
{
	size_t n = big_swig_strings_count(l);

	array_init_size(arr, (uint32_t)n);
	for (size_t i = 0; i < n; i++)
		add_next_index_string(arr, big_swig_strings_get(l, i));
}

/* Appends an owned wrapper of @p ptr to the array @p arr. */
static void big_php_append_object(zval *arr, void *ptr, swig_type_info *type)
{
	zval z;

	ZVAL_NULL(&z);
	SWIG_SetPointerZval(&z, ptr, type, 1);
	add_next_index_zval(arr, &z);
}
%}

%minit %{
	{
		zend_class_entry ce;

		INIT_CLASS_ENTRY(ce, "BigException", big_php_exception_methods);
		big_php_exception_ce = zend_register_internal_class_ex(&ce, zend_ce_exception);
	}
%}

/* ---- Arguments ---- */

%apply (char *STRING, size_t LENGTH) {
	(const char *text, size_t len), (const char *data, size_t len)
};

/* A level: an int, or null for -1 ("none"). */
%typemap(in, phptype="?int") big_swig_level
%{
	if (Z_TYPE($input) == IS_NULL) {
		$1 = -1;
	} else if (Z_TYPE($input) == IS_LONG) {
		if (Z_LVAL($input) < INT_MIN || Z_LVAL($input) > INT_MAX) {
			zend_throw_exception_ex(big_php_exception_ce, BIG_ERANGE,
						"level " ZEND_LONG_FMT " is out of range",
						Z_LVAL($input));
			SWIG_fail;
		}
		$1 = (int)Z_LVAL($input);
	} else {
		zend_type_error("a level must be of type ?int, %s given",
				zend_zval_type_name(&$input));
		SWIG_fail;
	}
%}

/*
 * A list of ids (an array of strings), or null. The ids point into the
 * strings of the array, which the caller keeps alive during the call.
 */
%typemap(in, phptype="?array") big_swig_idlist
%{
	$1.ids = NULL;
	$1.count = 0;
	if (Z_TYPE($input) == IS_ARRAY) {
		HashTable *ht = Z_ARRVAL($input);
		uint32_t n = zend_hash_num_elements(ht);
		zval *item;
		size_t i = 0;
		bool bad = false;

		/* Never NULL, even for an empty array: NULL means null. */
		$1.ids = calloc(n > 0 ? n : 1, sizeof(*$1.ids));
		if ($1.ids == NULL) {
			zend_throw_exception(big_php_exception_ce, "out of memory", BIG_ENOMEM);
			SWIG_fail;
		}
		ZEND_HASH_FOREACH_VAL(ht, item) {
			ZVAL_DEREF(item);
			if (Z_TYPE_P(item) != IS_STRING) {
				bad = true;
				break;
			}
			$1.ids[i++] = Z_STRVAL_P(item);
		} ZEND_HASH_FOREACH_END();
		if (bad) {
			free($1.ids);
			zend_type_error("$1_name must be an array of strings or null");
			SWIG_fail;
		}
		$1.count = i;
	} else if (Z_TYPE($input) != IS_NULL) {
		zend_type_error("$1_name must be of type ?array, %s given", zend_zval_type_name(&$input));
		SWIG_fail;
	}
%}

/* A node: its id (string) or a BigNode. */
%typemap(in, phptype="string|BigNode") big_swig_node_key
%{
	$1.id = NULL;
	$1.node = NULL;
	if (Z_TYPE($input) == IS_STRING) {
		$1.id = Z_STRVAL($input);
	} else {
		void *argp = NULL;
		if (SWIG_ConvertPtr(&$input, &argp, $descriptor(big_swig_node *), 0) < 0 ||
		    argp == NULL) {
			zend_type_error("$1_name must be a node id (string) or a BigNode");
			SWIG_fail;
		}
		$1.node = (big_swig_node *)argp;
	}
%}

/* Catalogues and assessments passed in must be real objects, not null. */
%typemap(check) const big_swig_catalogue *catalogue, const big_swig_assessment *assessment,
		const big_swig_assessment *before, const big_swig_assessment *after,
		const big_swig_catalogue *source, const big_swig_catalogue *target,
		const big_swig_node *node
%{
	if ($1 == NULL) {
		zend_type_error("$1_name must not be null");
		SWIG_fail;
	}
%}

/* ---- Results ---- */

%typemap(out, phptype="?float") big_swig_optdouble
%{
	if ($1.has)
		RETVAL_DOUBLE($1.value);
	else
		RETVAL_NULL();
%}

%typemap(out, phptype="?int") big_swig_optint
%{
	if ($1.has)
		RETVAL_LONG($1.value);
	else
		RETVAL_NULL();
%}

%typemap(out, phptype="?string") big_swig_text
%{
	if ($1.text == NULL) {
		RETVAL_NULL();
	} else {
		RETVAL_STRINGL($1.text, $1.len);
		big_free($1.text);
	}
%}

%typemap(out, phptype="array") big_swig_nodes
{
	size_t n = big_swig_nodes_count(&$1);
	array_init_size($result, (uint32_t)n);
	for (size_t i = 0; i < n; i++) {
		big_swig_node *ref = big_swig_node_new($1.cat, big_swig_nodes_get(&$1, i));
		if (ref == NULL) {
			zend_throw_exception(big_php_exception_ce, "out of memory", BIG_ENOMEM);
			SWIG_fail;
		}
		big_php_append_object($result, ref, $descriptor(big_swig_node *));
	}
}

%typemap(out, phptype="array") big_swig_strings
{
	big_php_strings($result, &$1);
}

%typemap(out, phptype="?array") big_swig_optstrings
{
	if ($1.has)
		big_php_strings($result, &$1.strings);
	else
		RETVAL_NULL();
}

%typemap(out, phptype="array") big_swig_objects
{
	swig_type_info *types[BIG_SWIG_OBJ_KINDS] = {
	    [BIG_SWIG_OBJ_PROFILE] = $descriptor(big_swig_profile *),
	    [BIG_SWIG_OBJ_CRITERION] = $descriptor(big_swig_criterion *),
	    [BIG_SWIG_OBJ_TAG] = $descriptor(big_swig_tag *),
	    [BIG_SWIG_OBJ_ATTAINMENT] = $descriptor(big_swig_attainment *),
	    [BIG_SWIG_OBJ_MAPPING_ENTRY] = $descriptor(big_swig_mapping_entry *),
	    [BIG_SWIG_OBJ_CONTRIBUTION] = $descriptor(big_swig_contribution *),
	};
	array_init_size($result, (uint32_t)$1.count);
	for (size_t i = 0; i < $1.count; i++) {
		big_php_append_object($result, $1.items[i], types[$1.kind]);
		$1.items[i] = NULL;
	}
	big_swig_objects_release(&$1);
}

%typemap(out, phptype="array") big_swig_diagnostics
{
	size_t n = big_swig_diagnostics_count(&$1);
	array_init_size($result, (uint32_t)n);
	for (size_t i = 0; i < n; i++) {
		big_swig_diagnostic *d = big_swig_diagnostic_copy(big_swig_diagnostics_get(&$1, i));
		if (d == NULL) {
			zend_throw_exception(big_php_exception_ce, "out of memory", BIG_ENOMEM);
			SWIG_fail;
		}
		big_php_append_object($result, d, $descriptor(big_swig_diagnostic *));
	}
}

%typemap(out, phptype="array") big_swig_gaps
{
	size_t n = big_report_gap_count($1.report);
	const big_catalogue *cat = big_report_catalogue($1.report);
	array_init_size($result, (uint32_t)n);
	for (size_t i = 0; i < n; i++) {
		big_swig_gap *g = big_swig_gap_copy(cat, big_report_gap($1.report, i));
		if (g == NULL) {
			zend_throw_exception(big_php_exception_ce, "out of memory", BIG_ENOMEM);
			SWIG_fail;
		}
		big_php_append_object($result, g, $descriptor(big_swig_gap *));
	}
}

%typemap(out, phptype="array") big_swig_exceptions
{
	size_t n = big_report_exception_count($1.report);
	const big_catalogue *cat = big_report_catalogue($1.report);
	array_init_size($result, (uint32_t)n);
	for (size_t i = 0; i < n; i++) {
		big_swig_exception *x =
		    big_swig_exception_copy(cat, big_report_exception($1.report, i));
		if (x == NULL) {
			zend_throw_exception(big_php_exception_ce, "out of memory", BIG_ENOMEM);
			SWIG_fail;
		}
		big_php_append_object($result, x, $descriptor(big_swig_exception *));
	}
}

%typemap(out, phptype="array") big_swig_counts
{
	array_init_size($result, BIG_STATUS_COUNT);
	for (int st = 0; st < BIG_STATUS_COUNT; st++)
		add_assoc_long($result, big_status_name((big_status)st), (zend_long)$1.counts[st]);
}

%typemap(out, phptype="array") big_swig_attributes
{
	size_t n = big_assessment_attribute_count($1.a);
	array_init_size($result, (uint32_t)n);
	for (size_t i = 0; i < n; i++) {
		const char *name = big_assessment_attribute_name($1.a, i);
		double value = 0;
		big_assessment_attribute(&value, $1.a, name);
		add_assoc_double($result, name, value);
	}
}

/* Every node in pre-order, as an ArrayIterator (for IteratorAggregate). */
%{
typedef struct big_swig_node_iterator {
	big_swig_nodes nodes;
} big_swig_node_iterator;
%}

%typemap(out, phptype="Traversable") big_swig_node_iterator
{
	size_t n = big_swig_nodes_count(&$1.nodes);
	zval arr;
	array_init_size(&arr, (uint32_t)n);
	for (size_t i = 0; i < n; i++) {
		big_swig_node *ref = big_swig_node_new($1.nodes.cat, big_swig_nodes_get(&$1.nodes, i));
		if (ref == NULL) {
			zval_ptr_dtor(&arr);
			zend_throw_exception(big_php_exception_ce, "out of memory", BIG_ENOMEM);
			SWIG_fail;
		}
		big_php_append_object(&arr, ref, $descriptor(big_swig_node *));
	}
	object_init_ex($result, spl_ce_ArrayIterator);
	zend_call_known_instance_method_with_1_params(spl_ce_ArrayIterator->constructor,
						      Z_OBJ_P($result), NULL, &arr);
	zval_ptr_dtor(&arr);
}

/* ---- PHP interfaces ---- */

%typemap("phpinterfaces") big_swig_catalogue "Countable,IteratorAggregate";

%feature("php:type", "1") big_swig_catalogue::count;
%feature("php:type", "1") big_swig_catalogue::getIterator;

%extend big_swig_catalogue {
	/** Number of nodes (Countable). */
	size_t count()
	{
		return big_catalogue_node_count($self);
	}

	/** Every node in pre-order (IteratorAggregate). */
	big_swig_node_iterator getIterator()
	{
		big_swig_node_iterator it = {{BIG_SWIG_ALL_NODES, $self, NULL}};
		return it;
	}
}

%typemap("phpinterfaces") big_swig_profile "Countable";

%feature("php:type", "1") big_swig_profile::count;

%extend big_swig_profile {
	/** Number of requirements the profile selects (Countable). */
	size_t count()
	{
		return big_profile_requirement_count($self->profile);
	}
}
