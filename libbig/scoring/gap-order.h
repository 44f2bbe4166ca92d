/*
 * libbig — private: the order of gaps (docs/scoring.md, "Gaps"), one
 * definition for a report's gaps (gaps.c) and an aggregate's
 * (many/aggregate-gaps.c): the sort key, and a stable sort by it.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIG_GAP_ORDER_H
#define BIG_GAP_ORDER_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "catalogue-int.h"

/* The sort key of a gap: the rank of its tag in the profile's priority,
 * mandatory first (group = 2·rank + !mandatory), then weight × size
 * descending, then catalogue order, which is the order gaps are found in. */
struct big_gap_key {
	double weighted;
	size_t group;
	size_t gap; /* into the gaps found, in catalogue order */
};

static inline bool big__gap_before(const struct big_gap_key *a, const struct big_gap_key *b)
{
	return a->group != b->group ? a->group < b->group : a->weighted > b->weighted;
}

/* A stable merge sort: ties keep catalogue order, as the gap order wants.
 * Bottom-up, from @keys through @tmp; returns where the result is. */
static inline struct big_gap_key *big__gap_merge_sort(struct big_gap_key *keys,
						      struct big_gap_key *tmp, size_t n)
{
	for (size_t width = 1; width < n; width *= 2) {
		for (size_t lo = 0; lo < n; lo += 2 * width) {
			size_t mid = lo + width < n ? lo + width : n;
			size_t hi = lo + 2 * width < n ? lo + 2 * width : n;
			size_t i = lo, j = mid, k = lo;
			while (i < mid && j < hi)
				tmp[k++] =
				    big__gap_before(&keys[j], &keys[i]) ? keys[j++] : keys[i++];
			while (i < mid)
				tmp[k++] = keys[i++];
			while (j < hi)
				tmp[k++] = keys[j++];
		}
		struct big_gap_key *t = keys;
		keys = tmp;
		tmp = t;
	}
	return keys;
}

#define BIG_GAP_DISTINCT_MAX 32
#define BIG_GAP_TABLE_SIZE   64 /* a power of two, at least 2 * BIG_GAP_DISTINCT_MAX */

/* Where to look for key @k in the hash table of distinct keys. Keys equal
 * under == hash alike: adding 0.0 makes -0.0 into 0.0. */
static inline size_t big__gap_key_hash(const struct big_gap_key *k)
{
	double w = k->weighted + 0.0;
	uint64_t bits;
	memcpy(&bits, &w, sizeof(bits));
	bits ^= (uint64_t)k->group * 0x9e3779b97f4a7c15u;
	return (size_t)((bits ^ bits >> 32 ^ bits >> 47) & (BIG_GAP_TABLE_SIZE - 1));
}

/* Writes the @n gaps @found (of @size bytes each: a report's or an
 * aggregate's; a constant, so that the copies inline), whose keys are @keys (in the same order),
 * into
 * @out in gap order, stably, with @tmp and @slot (n bytes) as scratch. Gaps
 * share few distinct keys (a handful of sizes per tag group): a counting sort
 * over them places each gap once, straight from @found into @out. */
static inline void big__gap_sort(void *out, const void *found, size_t size,
				 struct big_gap_key *keys, struct big_gap_key *tmp,
				 unsigned char *slot, size_t n)
{
	struct big_gap_key distinct[BIG_GAP_DISTINCT_MAX];
	size_t count[BIG_GAP_DISTINCT_MAX], order[BIG_GAP_DISTINCT_MAX], nd = 0;
	/* 1 + the index into distinct[] of the key hashed there; 0: free.
	 * A linear search of distinct[] stopped at an unpredictable place for
	 * every gap, and its mispredicted exits were most of the sort's time. */
	unsigned char table[BIG_GAP_TABLE_SIZE] = {0};
	for (size_t i = 0; i < n; i++) {
		size_t h = big__gap_key_hash(&keys[i]), j;
		while ((j = table[h]) != 0 && (distinct[j - 1].group != keys[i].group ||
					       distinct[j - 1].weighted != keys[i].weighted))
			h = (h + 1) & (BIG_GAP_TABLE_SIZE - 1);
		if (j-- == 0) { /* a new key */
			if (nd == BIG_GAP_DISTINCT_MAX) {
				const struct big_gap_key *sorted =
				    big__gap_merge_sort(keys, tmp, n);
				for (size_t k = 0; k < n; k++)
					memcpy((char *)out + k * size,
					       (const char *)found + sorted[k].gap * size, size);
				return;
			}
			distinct[nd] = keys[i];
			count[nd] = 0;
			j = nd++;
			table[h] = (unsigned char)nd;
		}
		count[j]++;
		slot[i] = (unsigned char)j;
	}
	for (size_t j = 0; j < nd; j++) { /* insertion sort of the distinct keys */
		size_t k = j;
		for (; k > 0 && big__gap_before(&distinct[j], &distinct[order[k - 1]]); k--)
			order[k] = order[k - 1];
		order[k] = j;
	}
	size_t start[BIG_GAP_DISTINCT_MAX];
	for (size_t k = 0, at = 0; k < nd; k++) {
		start[order[k]] = at;
		at += count[order[k]];
	}
	for (size_t i = 0; i < n; i++)
		memcpy((char *)out + start[slot[i]]++ * size, (const char *)found + i * size, size);
}

/* The key of gap number @gap (in catalogue order) of weight × size
 * @weighted, of a requirement whose highest-priority tag has @rank. */
static inline struct big_gap_key big__gap_key(double weighted, size_t rank, bool mandatory,
					      size_t gap)
{
	return (struct big_gap_key){weighted, 2 * rank + !mandatory, gap};
}

/* The highest-priority tag requirement @i carries under profile @p (NULL: none). */
static inline size_t big__gap_tag_rank(const big_profile *p, size_t i, const char **tag)
{
	size_t rank = p && p->rank ? p->rank[i] : 0;
	*tag = p && rank < p->priority_count ? p->priority[rank] : NULL;
	return rank;
}

#endif /* BIG_GAP_ORDER_H */
