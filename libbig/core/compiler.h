/*
 * libbig — private: compiler hints that other compilers may ignore.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIG_COMPILER_H
#define BIG_COMPILER_H

#if defined(__GNUC__)
/* Inlined always, so that a constant argument specialises the code. */
#define BIG_ALWAYS_INLINE inline __attribute__((always_inline))
/* Asks for the cache line of @p, to be read soon. */
#define BIG_PREFETCH(p) __builtin_prefetch(p)
#else
#define BIG_ALWAYS_INLINE inline
#define BIG_PREFETCH(p)   ((void)(p))
#endif

#endif /* BIG_COMPILER_H */
