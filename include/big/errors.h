/*
 * libbig — error codes and the per-thread last error.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIG_ERRORS_H
#define BIG_ERRORS_H

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * @brief Error codes. Every function that can fail returns 0 on success or
 * one of these negative values, and sets the last error (big_error_last()).
 * The values are part of the ABI and never change.
 */
typedef enum big_error_code {
	BIG_OK = 0,       /**< success */
	BIG_ERROR = -1,   /**< an error that fits no other code */
	BIG_ENOMEM = -2,  /**< out of memory */
	BIG_EINVAL = -3,  /**< invalid argument passed by the caller */
	BIG_EIO = -4,     /**< a file could not be opened or read */
	BIG_ESYNTAX = -5, /**< the input is not well-formed JSON (line:column given) */
	BIG_ESCHEMA =
	    -6, /**< a field is missing, of the wrong type or not allowed (JSON path given) */
	BIG_EVERSION = -7,     /**< unknown document format or unsupported format_version */
	BIG_EDUPLICATE = -8,   /**< an identifier occurs twice */
	BIG_ENOTFOUND = -9,    /**< an identifier refers to nothing */
	BIG_EMISMATCH = -10,   /**< a document was made for another catalogue (id or version) */
	BIG_ERANGE = -11,      /**< a value is out of its range (weight <= 0, maturity > N …) */
	BIG_ELIMIT = -12,      /**< the input exceeds a size or depth limit */
	BIG_EUTF8 = -13,       /**< the input is not valid UTF-8 */
	BIG_EUNSUPPORTED = -14 /**< this build of libbig lacks an optional feature
				    (big_has_feature(); the message names it) */
} big_error_code;

/**
 * @brief Number of error codes, BIG_OK included: the codes are 0 down to
 * -(BIG_ERROR_CODE_COUNT - 1).
 */
#define BIG_ERROR_CODE_COUNT 15

/**
 * @brief The last error of the calling thread.
 *
 * All strings are owned by the library and stay valid until the next libbig
 * call on the same thread.
 */
typedef struct big_error {
	int code;            /**< a big_error_code, BIG_OK when no error occurred */
	const char *message; /**< complete message, including the place; never NULL */
	const char *source;  /**< file name or "<buffer>" of the input; "" when none */
	const char *path;    /**< JSON path of the offending value; "" when none */
	int line;            /**< 1-based line in the input; 0 when unknown */
	int column;          /**< 1-based column (in bytes) in the input; 0 when unknown */
} big_error;

/**
 * @brief Returns the last error that occurred on the calling thread.
 *
 * Never returns NULL: when no error occurred, code is BIG_OK and the message
 * says "no error".
 */
BIG_EXPORT const big_error *big_error_last(void);

/** @brief Clears the last error of the calling thread. */
BIG_EXPORT void big_error_clear(void);

/**
 * @brief Returns the symbolic name of an error code ("BIG_ESYNTAX" …), or
 * "BIG_UNKNOWN" for a value that is not a big_error_code.
 */
BIG_EXPORT const char *big_error_name(int code);

/**
 * @brief Parses the symbolic name of an error code, as big_error_name()
 * writes it ("BIG_ESYNTAX" …; not "BIG_UNKNOWN").
 *
 * @param out receives the code, e.g. BIG_ESYNTAX
 * @param name e.g. "BIG_ESYNTAX"
 * @return 0, or BIG_EINVAL for an unknown name
 */
BIG_EXPORT int big_error_from_name(int *out, const char *name);

#ifdef __cplusplus
}
#endif

#endif /* BIG_ERRORS_H */
