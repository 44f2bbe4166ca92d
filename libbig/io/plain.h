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

/* Whether any of the eight bytes of @x needs attention inside a JSON
 * string: below 0x20, '"', '\\', and when @ascii also above 0x7f. Uses the
 * exact word tests "has a byte less than k" and "has a zero byte". */
static inline bool big__plain_word_stops(uint64_t x, bool ascii)
{
	const uint64_t ones = 0x0101010101010101u, high = 0x8080808080808080u;
	uint64_t q = x ^ (ones * '"'), b = x ^ (ones * '\\');
	return ((((x - ones * 0x20) & ~x) | ((q - ones) & ~q) | ((b - ones) & ~b) |
		 (ascii ? x : 0)) &
		high) != 0;
}

/* The length of the prefix of @s (@n bytes) whose bytes need no attention
 * inside a JSON string: none below 0x20, no '"', no '\\', and when @ascii
 * also none above 0x7f. */
static inline size_t big__plain_run(const char *s, size_t n, bool ascii)
{
	size_t i = 0;
	for (; i + 8 <= n; i += 8) {
		uint64_t x;
		memcpy(&x, s + i, 8);
		if (big__plain_word_stops(x, ascii))
			break;
	}
	for (; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x20 || c == '"' || c == '\\' || (ascii && c > 0x7f))
			break;
	}
	return i;
}

/* Whether none of the @n bytes of @s needs attention inside a JSON string
 * (as big__plain_run(@s, @n, false) == @n): whole words, the last one
 * overlapping, and a short string as two overlapping halves, so that no
 * byte is tested alone. */
static inline bool big__plain_all(const char *s, size_t n)
{
	uint64_t x;
	uint32_t a, b;
	if (n >= 8) {
		for (size_t i = 0; i + 8 < n; i += 8) {
			memcpy(&x, s + i, 8);
			if (big__plain_word_stops(x, false))
				return false;
		}
		memcpy(&x, s + n - 8, 8);
		return !big__plain_word_stops(x, false);
	}
	if (n >= 4) {
		memcpy(&a, s, 4);
		memcpy(&b, s + n - 4, 4);
	} else if (n > 0) { /* bytes repeated: they are tested all the same */
		a = (uint32_t)(unsigned char)s[0] * 0x01010101u;
		b = (uint32_t)(unsigned char)s[n / 2] << 8 | (uint32_t)(unsigned char)s[n - 1];
		b |= b << 16;
	} else {
		return true;
	}
	return !big__plain_word_stops((uint64_t)a << 32 | b, false);
}

/* The length of the run of spaces at the start of @s (@n bytes). */
static inline size_t big__space_run(const char *s, size_t n)
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
