/*
 * libbig — private: skipping the bytes of JSON text that need no attention,
 * eight at a time, for the reader's pre-scan and the writer's escaping.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIG_PLAIN_H
#define BIG_PLAIN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* The length of the prefix of @s (@n bytes) whose bytes need no attention
 * inside a JSON string: none below 0x20, no '"', no '\\', and when @ascii
 * also none above 0x7f. Uses the exact word tests "has a byte less than k"
 * and "has a zero byte" on 64-bit words. */
static inline size_t big_plain_run(const char *s, size_t n, bool ascii)
{
	const uint64_t ones = 0x0101010101010101u, high = 0x8080808080808080u;
	size_t i = 0;
	for (; i + 8 <= n; i += 8) {
		uint64_t x, q, b;
		memcpy(&x, s + i, 8);
		q = x ^ (ones * '"');
		b = x ^ (ones * '\\');
		if ((((x - ones * 0x20) & ~x) | ((q - ones) & ~q) | ((b - ones) & ~b) |
		     (ascii ? x : 0)) &
		    high)
			break;
	}
	for (; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x20 || c == '"' || c == '\\' || (ascii && c > 0x7f))
			break;
	}
	return i;
}

/* The length of the run of spaces at the start of @s (@n bytes). */
static inline size_t big_space_run(const char *s, size_t n)
{
	size_t i = 0;
	uint64_t x;
	while (i + 8 <= n && (memcpy(&x, s + i, 8), x == 0x2020202020202020u))
		i += 8;
	while (i < n && s[i] == ' ')
		i++;
	return i;
}

#endif /* BIG_PLAIN_H */
