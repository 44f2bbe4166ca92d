/*
 * libbig — common definitions shared by every public header.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIG_COMMON_H
#define BIG_COMMON_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/** @brief Marks a function as part of the exported ABI. */
#if defined(BIG_BUILDING_LIBRARY) && defined(__GNUC__)
#define BIG_EXPORT __attribute__((visibility("default")))
#else
#define BIG_EXPORT
#endif

/** @brief Opaque handle to a loaded, immutable norm catalogue. */
typedef struct big_catalogue big_catalogue;
/** @brief Opaque handle to one node of a catalogue (borrowed from it). */
typedef struct big_node big_node;
/** @brief Opaque handle to the assessment of one organisation, one period. */
typedef struct big_assessment big_assessment;
/** @brief Opaque handle to the result of scoring an assessment. */
typedef struct big_report big_report;

/**
 * @brief Releases memory that the library handed to the caller (for example
 * the text written by big_report_to_json()).
 *
 * Uses the free function installed with big_set_alloc_funcs().
 *
 * @param ptr memory returned by libbig, or NULL (then nothing happens).
 */
BIG_EXPORT void big_free(void *ptr);

/** @brief Allocates @p size bytes, like malloc(); NULL when out of memory. */
typedef void *(*big_malloc_fn)(size_t size);
/** @brief Resizes a block to @p size bytes, like realloc(); NULL (the block
 * untouched) when out of memory. */
typedef void *(*big_realloc_fn)(void *ptr, size_t size);
/** @brief Releases a block, like free(); called with NULL never. */
typedef void (*big_free_fn)(void *ptr);

/**
 * @brief Installs the allocator that libbig uses for everything it allocates
 * (jansson's json_set_alloc_funcs() for libbig).
 *
 * The setting is process-wide: call it before any other libbig call, and
 * never while an object made with the previous allocator is alive or another
 * thread uses libbig. big_free() and every `*_free()` release with the
 * installed @p free_fn. libbig never requests a block of 0 bytes.
 *
 * Documents are read into cJSON trees that libbig builds itself, with these
 * functions: libbig allocates nothing through cJSON, and does not call
 * cJSON_InitHooks(), whose hooks belong to the program.
 *
 * When an allocation fails, the call returns BIG_ENOMEM, leaves its output
 * NULL and allocated nothing; big_error_last() says "out of memory" (the last
 * error needs no memory).
 *
 * @param malloc_fn allocation, or NULL
 * @param realloc_fn reallocation, or NULL
 * @param free_fn release, or NULL
 * @return 0 (all three NULL restores the C library's malloc(), realloc() and
 *         free()), or BIG_EINVAL when some but not all are NULL (nothing changes)
 */
BIG_EXPORT int big_set_alloc_funcs(big_malloc_fn malloc_fn, big_realloc_fn realloc_fn,
				   big_free_fn free_fn);

/**
 * @brief The allocator in use: the functions given to big_set_alloc_funcs(),
 * or the C library's malloc(), realloc() and free().
 *
 * @param malloc_fn receives the allocation function, or NULL (not wanted)
 * @param realloc_fn receives the reallocation function, or NULL
 * @param free_fn receives the release function, or NULL
 */
BIG_EXPORT void big_get_alloc_funcs(big_malloc_fn *malloc_fn, big_realloc_fn *realloc_fn,
				    big_free_fn *free_fn);

/** @brief Status of one requirement. The values are part of the ABI. */
typedef enum big_status {
	BIG_STATUS_IMPLEMENTED = 0,           /**< "implemented" */
	BIG_STATUS_PARTIALLY_IMPLEMENTED = 1, /**< "partially_implemented" */
	BIG_STATUS_NOT_IMPLEMENTED = 2,       /**< "not_implemented" */
	BIG_STATUS_NOT_APPLICABLE = 3,        /**< "not_applicable" */
	BIG_STATUS_RISK_ACCEPTED = 4,         /**< "risk_accepted" */
	BIG_STATUS_NOT_ASSESSED = 5,          /**< "not_assessed": the default */
	BIG_STATUS_COUNT = 6                  /**< number of statuses */
} big_status;

/** @brief Flags for the JSON writers (big_report_to_json() …). */
enum {
	/** One line without indentation instead of two-space indented lines. */
	BIG_JSON_COMPACT = 1u << 0
};

/** @brief How serious a diagnostic is. The values are part of the ABI. */
typedef enum big_severity {
	BIG_SEVERITY_INFO = 0,   /**< "info": for the record; nothing is wrong */
	BIG_SEVERITY_WARNING = 1 /**< "warning": the input is used, but probably not as meant */
} big_severity;

/**
 * @brief Number of severities: they are 0 … BIG_SEVERITY_COUNT - 1. A macro,
 * so that a switch over big_severity stays complete.
 */
#define BIG_SEVERITY_COUNT 2

/**
 * @brief A non-fatal finding about an input document (an unknown field in
 * lenient mode, a result for a requirement the catalogue does not have …).
 *
 * Diagnostics are borrowed from the object that collected them and live as
 * long as it does.
 */
typedef struct big_diagnostic {
	big_severity severity; /**< how serious it is */
	const char *code;      /**< stable machine-readable code, e.g. "unknown-field" */
	const char *message;   /**< human-readable message in English */
	const char *path; /**< JSON path of the place in the input, e.g. "$.results[\"9.9\"]" */
} big_diagnostic;

/**
 * @brief Returns the stable name of a severity ("info", "warning"), or
 * "unknown" for a value that is not a big_severity.
 */
BIG_EXPORT const char *big_severity_name(big_severity severity);

/**
 * @brief Parses a severity name as big_severity_name() writes it.
 *
 * @param out receives the severity
 * @param name e.g. "warning"
 * @return 0, or BIG_EINVAL for an unknown name
 */
BIG_EXPORT int big_severity_from_name(big_severity *out, const char *name);

#ifdef __cplusplus
}
#endif

#endif /* BIG_COMMON_H */
