/*
 * libbig — PHP 8 parts of the SWIG interface (included by ../libbig.i
 * before the concerns): BigException, and the conversions between the value
 * types of ../common.i and native values (arrays, null).
 *
 * SPDX-License-Identifier: MIT
 */

%include <phpinterfaces.i>

%{
#include <limits.h>

/*
 * Scratch memory for the arguments the PHP typemaps convert (lists of ids,
 * numbers, objects): released after every call, so that nothing leaks when
 * the conversion of a later argument fails (PHP wrappers then run no cleanup
 * code; what is left goes with the next call). PHP conversions run no user
 * code, so no call can start inside another's conversion. The Python
 * typemaps free what they convert in freearg, which runs on failure too
 * (and a conversion there may run Python code that calls libbig).
 */
typedef struct big_swig_scratch {
	struct big_swig_scratch *next;
	max_align_t data[];
} big_swig_scratch;

static _Thread_local big_swig_scratch *big_swig_scratch_list;

/* Zeroed room for @p n items of @p size bytes (at least one), or NULL (recorded). */
static void *big_swig_scratch_alloc(size_t n, size_t size)
{
	big_swig_scratch *s;

	if (n == 0)
		n = 1;
	if (size != 0 && n > (SIZE_MAX - sizeof(*s)) / size) {
		big_swig_nomem();
		return NULL;
	}
	s = calloc(1, sizeof(*s) + n * size);
	if (s == NULL) {
		big_swig_nomem();
		return NULL;
	}
	s->next = big_swig_scratch_list;
	big_swig_scratch_list = s;
	return s->data;
}

static void big_swig_scratch_release(void)
{
	while (big_swig_scratch_list != NULL) {
		big_swig_scratch *next = big_swig_scratch_list->next;
		free(big_swig_scratch_list);
		big_swig_scratch_list = next;
	}
}

#include "ext/spl/spl_array.h"
#include "ext/spl/spl_exceptions.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "ext/json/php_json.h"

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
	if (big_swig_err.kind == BIG_SWIG_TYPE) {
		zend_type_error("%s", message);
		return;
	}
	if (big_swig_err.kind == BIG_SWIG_LIBRARY) {
		if (e->code != BIG_OK)
			code = e->code;
		message = e->message;
	}
	zend_throw_exception(big_php_exception_ce, message, code);
}

/* ---- Objects that only libbig makes ---- */

/*
 * Every class of the extension holds a C object that only libbig makes, so
 * each is made final (ReflectionClass::newInstanceWithoutConstructor() and
 * subclasses are refused), refuses serialize() and unserialize(), and one
 * without a constructor refuses new: big_php_register_class() does it as
 * SWIG registers the class, so that a new class needs no edit. An object
 * that still comes without its C object (a nested unserialize() hands the
 * object out before refusing it) refuses every use (big_php_made()).
 */
ZEND_BEGIN_ARG_INFO_EX(big_php_arginfo_construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(big_php_arginfo_serialize, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(big_php_arginfo_unserialize, 0, 1, IS_VOID, 0)
ZEND_ARG_TYPE_INFO(0, data, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

static const char *big_php_class_name(zval *object)
{
	return ZSTR_VAL(Z_OBJCE_P(object)->name);
}

static ZEND_METHOD(BigObject, __construct)
{
	zend_throw_exception_ex(big_php_exception_ce, BIG_EINVAL,
				"%s cannot be made with new: it holds a C object that libbig makes "
				"(a static method or the method that returns one)",
				big_php_class_name(ZEND_THIS));
}

static ZEND_METHOD(BigObject, __serialize)
{
	bool json = zend_hash_str_exists(&Z_OBJCE_P(ZEND_THIS)->function_table, "to_json",
					 sizeof("to_json") - 1);

	ZEND_PARSE_PARAMETERS_NONE();
	zend_throw_exception_ex(big_php_exception_ce, BIG_EINVAL,
				"%s cannot be serialized: it holds a C object; %s",
				big_php_class_name(ZEND_THIS),
				json ? "save it with to_json()" : "keep the document it came from");
}

static ZEND_METHOD(BigObject, __unserialize)
{
	HashTable *data;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ARRAY_HT(data)
	ZEND_PARSE_PARAMETERS_END();
	(void)data;
	zend_throw_exception_ex(big_php_exception_ce, BIG_EINVAL,
				"%s cannot be unserialized: it holds a C object that only libbig "
				"makes; load the document again",
				big_php_class_name(ZEND_THIS));
}

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(big_php_arginfo_json, 0, 0, IS_MIXED, 0)
ZEND_END_ARG_INFO()

/* json_encode(): refused as serialize() is, not an empty object. */
static ZEND_METHOD(BigObject, jsonSerialize)
{
	bool json = zend_hash_str_exists(&Z_OBJCE_P(ZEND_THIS)->function_table, "to_json",
					 sizeof("to_json") - 1);

	ZEND_PARSE_PARAMETERS_NONE();
	zend_throw_exception_ex(big_php_exception_ce, BIG_EINVAL,
				"%s cannot be given to json_encode(): it holds a C object; %s",
				big_php_class_name(ZEND_THIS),
				json ? "write it with to_json()" : "read its properties");
}

/*
 * SWIG's __set of each class, kept to be called for the properties it sets;
 * any other name (an attribute that is read-only, one the class does not
 * have, and thisown, which would let PHP free a C object it does not own)
 * is refused instead of ignored.
 */
#define BIG_PHP_MAX_CLASSES 64
static struct {
	zend_class_entry *ce;
	zif_handler set;
} big_php_setters[BIG_PHP_MAX_CLASSES];
static size_t big_php_setter_count;

static ZEND_METHOD(BigObject, __set)
{
	zend_class_entry *ce = Z_OBJCE_P(ZEND_THIS);
	zend_string *name;
	zval *value;
	char setter[128];

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_STR(name)
		Z_PARAM_ZVAL(value)
	ZEND_PARSE_PARAMETERS_END();
	(void)value;
	snprintf(setter, sizeof(setter), "%s_set", ZSTR_VAL(name));
	for (size_t i = 0; i < big_php_setter_count; i++)
		if (big_php_setters[i].ce == ce && ZSTR_LEN(name) < sizeof(setter) - 4 &&
		    zend_hash_str_exists(&ce->function_table, setter, strlen(setter))) {
			big_php_setters[i].set(execute_data, return_value);
			return;
		}
	zend_throw_exception_ex(big_php_exception_ce, BIG_EINVAL,
				"%s::$%s cannot be set: %s", ZSTR_VAL(ce->name), ZSTR_VAL(name),
				zend_string_equals_literal(name, "thisown")
				    ? "libbig decides who frees the C object"
				    : "it is read-only or not a property of the class");
}

static const zend_function_entry big_php_object_methods[] = {
    ZEND_ME(BigObject, __serialize, big_php_arginfo_serialize, ZEND_ACC_PUBLIC)
    ZEND_ME(BigObject, __unserialize, big_php_arginfo_unserialize, ZEND_ACC_PUBLIC)
    ZEND_ME(BigObject, jsonSerialize, big_php_arginfo_json, ZEND_ACC_PUBLIC) ZEND_FE_END};

static const zend_function_entry big_php_object_new[] = {
    ZEND_ME(BigObject, __construct, big_php_arginfo_construct, ZEND_ACC_PUBLIC) ZEND_FE_END};

/*
 * Registers the class @p init as SWIG asks, and makes its objects libbig's
 * only (all but the class of the module's constants, which has none).
 */
static zend_class_entry *big_php_register_class(zend_class_entry *init)
{
	zend_class_entry *ce = (zend_register_internal_class)(init);

	if (zend_string_equals_literal(ce->name, SWIG_name))
		return ce;
	ce->ce_flags |= ZEND_ACC_FINAL;
	zend_register_functions(ce, big_php_object_methods, &ce->function_table, MODULE_PERSISTENT);
	zend_class_implements(ce, 1, php_json_serializable_ce);
	/* where a view keeps its parent alive (big_php_view()) */
	zend_declare_property_null(ce, "_parent", sizeof("_parent") - 1, ZEND_ACC_PRIVATE);
	/* the class's own __set, SWIG's, is called through ours */
	zend_function *set = ce->__set;
	if (set != NULL && set->type == ZEND_INTERNAL_FUNCTION &&
	    big_php_setter_count < BIG_PHP_MAX_CLASSES) {
		big_php_setters[big_php_setter_count].ce = ce;
		big_php_setters[big_php_setter_count++].set = set->internal_function.handler;
		set->internal_function.handler = ZEND_MN(BigObject___set);
	}
	if (ce->constructor == NULL)
		zend_register_functions(ce, big_php_object_new, &ce->function_table,
					MODULE_PERSISTENT);
	return ce;
}

/* Every class SWIG registers (in MINIT, after this) goes through big_php_register_class(). */
#define zend_register_internal_class(init) big_php_register_class(init)

/* Whether @p obj, of a class of the extension, holds no C object (made without its constructor). */
static bool big_php_unmade(zend_object *obj)
{
	return swig_php_fetch_object(obj)->type == NULL;
}

/*
 * Refuses with a BigException an object of the extension without its C
 * object (an argument, or the object of a method); any other value passes.
 */
static bool big_php_made(zval *z)
{
	if (Z_TYPE_P(z) != IS_OBJECT ||
	    !zend_class_implements_interface(Z_OBJCE_P(z), &SWIG_Php_swig_wrapped_interface_ce) ||
	    !big_php_unmade(Z_OBJ_P(z)))
		return true;
	zend_throw_exception_ex(big_php_exception_ce, BIG_EINVAL,
				"%s object was made without its constructor and holds no C object",
				big_php_class_name(z));
	return false;
}

/*
 * The object of a method, fetched as SWIG writes at the start of every
 * method, field getters included (`arg1 = (T *)SWIG_Z_FETCH_OBJ_P(ZEND_THIS)->ptr;`,
 * which no typemap or %exception reaches): one without its C object throws
 * and returns from the method (a statement expression, of gcc and clang).
 */
#undef SWIG_Z_FETCH_OBJ_P
#define SWIG_Z_FETCH_OBJ_P(zv)                                                \
	__extension__({                                                       \
		swig_object_wrapper *self_ = swig_php_fetch_object(Z_OBJ_P(zv)); \
		if (!big_php_made(zv))                                        \
			return;                                               \
		self_;                                                        \
	})

/*
 * Whether a constructor may run on its object: not when it holds a C object
 * already, which a second construction would lose while views of it keep
 * the object alive. Else the failure is recorded.
 */
static bool big_php_construct_ok(zend_execute_data *execute_data)
{
	char message[sizeof(big_swig_err.message)];

	if (Z_TYPE_P(ZEND_THIS) != IS_OBJECT || !(EX(func)->common.fn_flags & ZEND_ACC_CTOR) ||
	    big_php_unmade(Z_OBJ_P(ZEND_THIS)))
		return true;
	snprintf(message, sizeof(message),
		 "%s::__construct() called on an object already constructed: make a new one",
		 big_php_class_name(ZEND_THIS));
	big_swig_fail(BIG_SWIG_OWN, BIG_EINVAL, message);
	return false;
}

#define big_swig_self_ok() big_php_construct_ok(execute_data)

/* ---- Strings ---- */

/* Refuses a string with a NUL byte, where C would cut it. */
static bool big_php_nul_free(const char *s, size_t len, const char *what)
{
	if (memchr(s, '\0', len) == NULL)
		return true;
	zend_value_error("%s must not contain any null bytes", what);
	return false;
}

/*
 * The string argument @p z as bytes *out: a string, or an int, float or
 * bool converted as PHP does unless the caller declares strict_types (the
 * conversion in scratch memory, never left to leak); null is NULL. With @p
 * len the length is *len (a document: the library judges its bytes), else
 * the string is a C string and may not hold a NUL byte.
 */
static bool big_php_string(zval *z, const char **out, size_t *len, const char *what)
{
	const char *s;
	size_t n;

	*out = NULL;
	if (Z_TYPE_P(z) == IS_NULL && len == NULL)
		return true;
	if (Z_TYPE_P(z) == IS_STRING) {
		s = Z_STRVAL_P(z);
		n = Z_STRLEN_P(z);
	} else if (!ZEND_ARG_USES_STRICT_TYPES() && Z_TYPE_P(z) >= IS_FALSE &&
		   Z_TYPE_P(z) <= IS_DOUBLE) {
		zend_string *str = zval_get_string_func(z); /* runs no PHP code */
		char *copy = big_swig_scratch_alloc(ZSTR_LEN(str) + 1, 1);

		n = ZSTR_LEN(str);
		if (copy != NULL)
			memcpy(copy, ZSTR_VAL(str), n + 1);
		zend_string_release(str);
		if (copy == NULL) {
			zend_throw_exception(big_php_exception_ce, "out of memory", BIG_ENOMEM);
			return false;
		}
		s = copy;
	} else {
		zend_type_error("%s must be of type %s, %s given", what, len ? "string" : "?string",
				zend_zval_type_name(z));
		return false;
	}
	if (len != NULL)
		*len = n;
	else if (!big_php_nul_free(s, n, what))
		return false;
	*out = s;
	return true;
}

/* Makes @p arr an array of the strings @p l. */
static void big_php_strings(zval *arr, const big_swig_strings *l)
{
	array_init_size(arr, (uint32_t)l->count);
	for (size_t i = 0; i < l->count; i++)
		add_next_index_string(arr, l->get(l->obj, i));
}

/*
 * Makes @p result a view of @p ptr as class @p type that keeps @p parent (an
 * object or not) alive; @p own when the object is new.
 */
static void big_php_view(zval *result, const void *ptr, swig_type_info *type, int own,
			 zval *parent)
{
	zend_class_entry *ce;

	SWIG_SetPointerZval(result, (void *)ptr, type, own);
	if (ptr == NULL || parent == NULL || Z_TYPE_P(parent) != IS_OBJECT ||
	    Z_TYPE_P(result) != IS_OBJECT)
		return;
	/* The private property _parent that every class declares
	 * (big_php_register_class()): a script outside the class cannot see,
	 * iterate (foreach by reference could clear it and free the parent) or
	 * change it; the garbage collector sees it. */
	ce = Z_OBJCE_P(result);
	if (zend_hash_str_exists(&ce->properties_info, "_parent", sizeof("_parent") - 1))
		zend_update_property(ce, Z_OBJ_P(result), "_parent", sizeof("_parent") - 1, parent);
}

/* Makes @p arr an array of the views @p l, each keeping @p parent alive. */
static void big_php_views(zval *arr, const big_swig_views *l, zval *parent)
{
	array_init_size(arr, (uint32_t)l->count);
	for (size_t i = 0; i < l->count; i++) {
		const void *ptr = l->get(l->obj, l->key, i);
		zval z;

		if (ptr == NULL && l->own) { /* a new object that could not be made */
			zend_throw_exception(big_php_exception_ce, "out of memory", BIG_ENOMEM);
			return;
		}
		ZVAL_NULL(&z);
		big_php_view(&z, ptr, l->type, l->own, parent);
		add_next_index_zval(arr, &z);
	}
	free(l->owned_key);
}

/* Makes @p result an ArrayIterator over the array @p arr (which it takes). */
static void big_php_iterator(zval *result, zval *arr)
{
	object_init_ex(result, spl_ce_ArrayIterator);
	zend_call_known_instance_method_with_1_params(spl_ce_ArrayIterator->constructor,
						      Z_OBJ_P(result), NULL, arr);
	zval_ptr_dtor(arr);
}

/*
 * The elements of an array: its values in order. Conversions run no PHP
 * code (no __toString, no ArrayAccess), which the scratch memory of
 * ../common.i relies on.
 */
static bool big_php_array(zval *z, const char *what, bool null_ok, HashTable **out)
{
	*out = NULL;
	if (null_ok && Z_TYPE_P(z) == IS_NULL)
		return true;
	if (Z_TYPE_P(z) != IS_ARRAY) {
		zend_type_error("%s must be of type %sarray, %s given", what, null_ok ? "?" : "",
				zend_zval_type_name(z));
		return false;
	}
	*out = Z_ARRVAL_P(z);
	return true;
}

/* An array of objects of class @p type (PHP name @p kind) into *out, in scratch memory. */
static bool big_php_ptrs(zval *z, big_swig_ptrs *out, swig_type_info *type, const char *kind,
			 const char *what)
{
	HashTable *ht;
	zval *item;
	size_t i = 0;

	out->items = NULL;
	out->count = 0;
	if (!big_php_array(z, what, false, &ht))
		return false;
	out->items = big_swig_scratch_alloc(zend_hash_num_elements(ht), sizeof(*out->items));
	if (out->items == NULL) {
		zend_throw_exception(big_php_exception_ce, "out of memory", BIG_ENOMEM);
		return false;
	}
	ZEND_HASH_FOREACH_VAL(ht, item) {
		void *p = NULL;

		ZVAL_DEREF(item);
		if (!big_php_made(item))
			return false;
		if (Z_TYPE_P(item) != IS_OBJECT || SWIG_ConvertPtr(item, &p, type, 0) < 0 ||
		    p == NULL) {
			zend_type_error("%s must be an array of %s, %s found", what, kind,
					zend_zval_type_name(item));
			return false;
		}
		out->items[i++] = p;
	} ZEND_HASH_FOREACH_END();
	out->count = i;
	return true;
}

/* An array of int|float, or null, into *out, in scratch memory. */
static bool big_php_doubles(zval *z, big_swig_doubles *out, const char *what)
{
	HashTable *ht;
	zval *item;
	size_t i = 0;

	out->values = NULL;
	out->count = 0;
	if (!big_php_array(z, what, true, &ht) || ht == NULL)
		return ht == NULL && !EG(exception);
	out->values = big_swig_scratch_alloc(zend_hash_num_elements(ht), sizeof(*out->values));
	if (out->values == NULL) {
		zend_throw_exception(big_php_exception_ce, "out of memory", BIG_ENOMEM);
		return false;
	}
	ZEND_HASH_FOREACH_VAL(ht, item) {
		ZVAL_DEREF(item);
		if (Z_TYPE_P(item) == IS_LONG) {
			out->values[i++] = (double)Z_LVAL_P(item);
		} else if (Z_TYPE_P(item) == IS_DOUBLE) {
			out->values[i++] = Z_DVAL_P(item);
		} else {
			zend_type_error("%s must be an array of int|float or null, %s found", what,
					zend_zval_type_name(item));
			return false;
		}
	} ZEND_HASH_FOREACH_END();
	out->count = i;
	return true;
}

/* An array of strings, or null, into *out (pointing into the strings), in scratch memory. */
static bool big_php_ids(zval *z, big_swig_idlist *out, const char *what)
{
	HashTable *ht;
	zval *item;
	size_t i = 0;

	out->ids = NULL;
	out->count = 0;
	if (!big_php_array(z, what, true, &ht) || ht == NULL)
		return ht == NULL && !EG(exception);
	/* Never NULL, even for an empty array: NULL means null. */
	out->ids = big_swig_scratch_alloc(zend_hash_num_elements(ht), sizeof(*out->ids));
	if (out->ids == NULL) {
		zend_throw_exception(big_php_exception_ce, "out of memory", BIG_ENOMEM);
		return false;
	}
	ZEND_HASH_FOREACH_VAL(ht, item) {
		ZVAL_DEREF(item);
		if (Z_TYPE_P(item) != IS_STRING) {
			zend_type_error("%s must be an array of strings or null", what);
			return false;
		}
		if (!big_php_nul_free(Z_STRVAL_P(item), Z_STRLEN_P(item), what))
			return false;
		out->ids[i++] = Z_STRVAL_P(item);
	} ZEND_HASH_FOREACH_END();
	out->count = i;
	return true;
}

/* An int in [min, max], or null for @p none when @p null_ok. */
static bool big_php_int(zval *z, zend_long *out, zend_long min, zend_long max, bool null_ok,
			zend_long none, const char *what)
{
	if (null_ok && Z_TYPE_P(z) == IS_NULL) {
		*out = none;
		return true;
	}
	if (Z_TYPE_P(z) != IS_LONG) {
		zend_type_error("%s must be of type %sint, %s given", what, null_ok ? "?" : "",
				zend_zval_type_name(z));
		return false;
	}
	if (Z_LVAL_P(z) < min || Z_LVAL_P(z) > max) {
		zend_throw_exception_ex(big_php_exception_ce, BIG_ERANGE,
					"%s " ZEND_LONG_FMT " is out of range", what, Z_LVAL_P(z));
		return false;
	}
	*out = Z_LVAL_P(z);
	return true;
}

/* Converts one option value into @p args. */
static bool big_php_option(big_swig_args *args, const big_swig_option *opt, zval *value)
{
	void *field = big_swig_args_field(args, opt);
	zend_long v;

	switch (opt->type) {
	case BIG_SWIG_OPT_STRING:
		if (Z_TYPE_P(value) == IS_NULL) {
			*(const char **)field = NULL;
			return true;
		}
		if (Z_TYPE_P(value) != IS_STRING) {
			zend_type_error("option %s must be of type ?string, %s given", opt->name,
					zend_zval_type_name(value));
			return false;
		}
		/* The array keeps the string alive during the call. */
		*(const char **)field = Z_STRVAL_P(value);
		return big_php_nul_free(Z_STRVAL_P(value), Z_STRLEN_P(value), opt->name);
	case BIG_SWIG_OPT_LEVEL:
		if (!big_php_int(value, &v, INT_MIN, INT_MAX, true, -1, opt->name))
			return false;
		*(int *)field = (int)v;
		return true;
	case BIG_SWIG_OPT_UINT:
		if (!big_php_int(value, &v, 0, UINT_MAX, false, 0, opt->name))
			return false;
		*(unsigned int *)field = (unsigned int)v;
		return true;
	case BIG_SWIG_OPT_BOOL:
		if (Z_TYPE_P(value) != IS_TRUE && Z_TYPE_P(value) != IS_FALSE) {
			zend_type_error("option %s must be of type bool, %s given", opt->name,
					zend_zval_type_name(value));
			return false;
		}
		*(bool *)field = Z_TYPE_P(value) == IS_TRUE;
		return true;
	case BIG_SWIG_OPT_DOUBLES:
		return big_php_doubles(value, field, opt->name);
	case BIG_SWIG_OPT_STRINGS:
		return big_php_ids(value, field, opt->name);
	case BIG_SWIG_OPT_TEXTS: {
		void *p = NULL;

		*(const big_texts **)field = NULL;
		if (Z_TYPE_P(value) == IS_NULL)
			return true;
		if (!big_php_made(value))
			return false;
		if (Z_TYPE_P(value) != IS_OBJECT ||
		    SWIG_ConvertPtr(value, &p, SWIGTYPE_p_big_swig_texts, 0) < 0 || p == NULL) {
			zend_type_error("option %s must be a BigTexts or null, %s given", opt->name,
					zend_zval_type_name(value));
			return false;
		}
		*(const big_texts **)field = p;
		return true;
	}
	default:
		return big_php_ptrs(value, field, SWIGTYPE_p_big_swig_collaboration,
				    "BigCollaboration", opt->name);
	}
}

/* Reads the options of @p spec from the array @p arr (null: the defaults). */
static bool big_php_args(zval *arr, big_swig_args *args, const big_swig_args_spec *spec)
{
	HashTable *ht;
	zend_string *key;
	zval *value;

	big_swig_args_init(args);
	if (!big_php_array(arr, "$options", true, &ht) || ht == NULL)
		return ht == NULL && !EG(exception);
	ZEND_HASH_FOREACH_STR_KEY_VAL(ht, key, value) {
		char message[256];
		const big_swig_option *opt;

		if (key == NULL) {
			zend_value_error("%s: options are given by name (%s)", spec->php, spec->names);
			return false;
		}
		opt = big_swig_args_find(spec, spec->php, ZSTR_VAL(key), ZSTR_LEN(key), message,
					 sizeof(message));
		if (opt == NULL) {
			zend_value_error("%s", message);
			return false;
		}
		ZVAL_DEREF(value);
		if (!big_php_option(args, opt, value))
			return false;
	} ZEND_HASH_FOREACH_END();
	return true;
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

/* A string (ids, names, paths …): no NUL byte; null is NULL. */
%typemap(in, phptype="string") char *
%{
	if (!big_php_string(&$input, (const char **)&$1, NULL, "$1_name"))
		SWIG_fail;
%}

/* A document: its bytes, whatever they hold. */
%typemap(in, phptype="string") (const char *text, size_t len), (const char *data, size_t len)
%{
	if (!big_php_string(&$input, (const char **)&$1, &$2, "$1_name"))
		SWIG_fail;
%}

/* An object of the extension, which must hold its C object. */
%typemap(in, phptype="?SWIGTYPE") SWIGTYPE *
%{
	if (!big_php_made(&$input))
		SWIG_fail;
	if (SWIG_ConvertPtr(&$input, (void **)&$1, $1_descriptor, 0) < 0) {
		zend_type_error("Expected $1_descriptor for argument $argnum of $symname");
		SWIG_fail;
	}
%}

/* A level: an int, or null for -1 ("none"). */
%typemap(in, phptype="?int") big_swig_level
%{
	{
		zend_long v;
		if (!big_php_int(&$input, &v, INT_MIN, INT_MAX, true, -1, "level"))
			SWIG_fail;
		$1 = (int)v;
	}
%}

/* A list of ids (an array of strings), or null. */
%typemap(in, phptype="?array") big_swig_idlist
%{
	if (!big_php_ids(&$input, &$1, "$1_name"))
		SWIG_fail;
%}

/* Arrays of assessments and reports. */
%typemap(in, phptype="array") big_swig_ptrs assessments
%{
	if (!big_php_ptrs(&$input, &$1, $descriptor(big_swig_assessment *), "BigAssessment",
			  "$1_name"))
		SWIG_fail;
%}
%typemap(in, phptype="array") big_swig_ptrs reports
%{
	if (!big_php_ptrs(&$input, &$1, $descriptor(big_swig_report *), "BigReport", "$1_name"))
		SWIG_fail;
%}

/* Options by name: an array (or null), which may be left out. */
%define BIG_OPTIONS(SPEC, NAME)
%typemap(in, phptype="?array") big_swig_args NAME
%{
	if (!big_php_args(&$input, &$1, &SPEC))
		SWIG_fail;
%}
%typemap(default) big_swig_args NAME
%{
	big_swig_args_init(&$1);
%}
%enddef

/* A node: its id (string) or a BigNode; null too for a big_swig_optnode. */
%typemap(in, phptype="string|BigNode") big_swig_node_key node
%{
	if (!big_php_node_key(&$input, &$1, false, "$1_name"))
		SWIG_fail;
%}
%typemap(in, phptype="string|BigNode|null") big_swig_optnode
%{
	if (!big_php_node_key(&$input, &$1, true, "$1_name"))
		SWIG_fail;
%}
%typemap(default) big_swig_optnode
%{
	$1.id = NULL;
	$1.node = NULL;
%}

%{
/* A node given by its id (string) or as a BigNode; null when @p null_ok (both NULL). */
static bool big_php_node_key(zval *z, big_swig_node_key *key, bool null_ok, const char *what)
{
	void *p = NULL;

	key->id = NULL;
	key->node = NULL;
	if (Z_TYPE_P(z) == IS_STRING) {
		key->id = Z_STRVAL_P(z);
		return big_php_nul_free(Z_STRVAL_P(z), Z_STRLEN_P(z), what);
	}
	if (null_ok && Z_TYPE_P(z) == IS_NULL)
		return true;
	if (!big_php_made(z))
		return false;
	if (Z_TYPE_P(z) != IS_OBJECT || SWIG_ConvertPtr(z, &p, SWIGTYPE_p_big_swig_node, 0) < 0 ||
	    p == NULL) {
		zend_type_error("%s must be a node id (string) or a BigNode%s", what,
				null_ok ? " or null" : "");
		return false;
	}
	key->node = p;
	return true;
}
%}

/* Objects passed in must be real objects, not null. */
%typemap(check) const big_catalogue *catalogue, const big_assessment *assessment,
		const big_assessment *before, const big_assessment *after,
		const big_catalogue *source, const big_catalogue *target,
		const big_node *node, const big_assessment *member,
		const big_mapping *mapping
%{
	if ($1 == NULL) {
		zend_type_error("$1_name must not be null");
		SWIG_fail;
	}
%}

/* ---- Results ---- */

/* A pointer the caller does not own is a view that keeps $this alive (nothing in a function). */
%typemap(out, phptype="?SWIGTYPE") SWIGTYPE *
{
	big_php_view($result, $1, $1_descriptor, $owner, $owner ? NULL : ZEND_THIS);
}

%typemap(out, phptype="array") big_swig_views
{
	big_php_views($result, &$1, ZEND_THIS);
}

/* A number DECL (a struct's field), or null unless COND. */
%define BIG_OPTIONAL(DECL, COND)
%typemap(out, phptype="int|float|null") DECL
{
	if (!(COND))
		RETVAL_NULL();
	else if (_Generic($1, double: 1, default: 0))
		RETVAL_DOUBLE((double)$1);
	else
		RETVAL_LONG((zend_long)$1);
}
%enddef

/* A name of an enumeration. */
%define BIG_NAME_OUT(TYPE, NAME_FN)
%typemap(out, phptype="?string") TYPE
{
	const char *name_ = NAME_FN($1);
	if (name_ != NULL)
		RETVAL_STRING(name_);
	else
		RETVAL_NULL();
}
%enddef

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
		if (!$1.borrowed)
			big_free($1.text);
	}
%}

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

/* Counts per status, as an array from status name to count. */
%typemap(out, phptype="array") unsigned int counts[BIG_STATUS_COUNT]
{
	array_init_size($result, BIG_STATUS_COUNT);
	for (int st = 0; st < BIG_STATUS_COUNT; st++)
		add_assoc_long($result, big_status_name((big_status)st), (zend_long)$1[st]);
}

%typemap(out, phptype="array") big_swig_numbers
{
	array_init_size($result, (uint32_t)$1.count);
	for (size_t i = 0; i < $1.count; i++)
		add_assoc_double($result, $1.name($1.obj, i), $1.value($1.obj, i));
}

%typemap(out, phptype="array") big_swig_version_parts
{
	array_init_size($result, 3);
	add_next_index_long($result, $1.major);
	add_next_index_long($result, $1.minor);
	add_next_index_long($result, $1.patch);
}

/* Iterators for IteratorAggregate::getIterator() (extras.i). */
%{
typedef struct big_swig_view_iterator {
	big_swig_views views;
} big_swig_view_iterator;

typedef struct big_swig_string_iterator {
	big_swig_strings strings;
} big_swig_string_iterator;
%}

%typemap(out, phptype="Traversable") big_swig_view_iterator
{
	zval arr;
	big_php_views(&arr, &$1.views, ZEND_THIS);
	big_php_iterator($result, &arr);
}

%typemap(out, phptype="Traversable") big_swig_string_iterator
{
	zval arr;
	big_php_strings(&arr, &$1.strings);
	big_php_iterator($result, &arr);
}
