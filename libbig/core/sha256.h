/*
 * libbig — private: SHA-256 (FIPS 180-4), for the content fingerprint of a
 * catalogue (model/fingerprint.c). Portable C: the same digest on every
 * platform, byte order and compiler.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIG_SHA256_H
#define BIG_SHA256_H

#include <stddef.h>
#include <stdint.h>

#define BIG_SHA256_SIZE 32 /* bytes of a digest */

struct big_sha256 {
	uint32_t h[8];
	uint64_t bytes; /* hashed so far */
	unsigned char block[64];
	size_t fill; /* bytes waiting in block */
};

void big__sha256_init(struct big_sha256 *s);
void big__sha256_update(struct big_sha256 *s, const void *data, size_t len);
/* Ends the message and writes its digest into @out. */
void big__sha256_final(struct big_sha256 *s, unsigned char out[BIG_SHA256_SIZE]);
/* The digest of @len bytes at @data in lowercase hex, with a NUL, into @out. */
void big__sha256_hex(char out[2 * BIG_SHA256_SIZE + 1], const void *data, size_t len);

#endif /* BIG_SHA256_H */
