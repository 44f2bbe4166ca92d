/*
 * libbig — run-time version.
 *
 * SPDX-License-Identifier: MIT
 */
#include "big.h"

const char *big_version(int *major, int *minor, int *patch)
{
	if (major)
		*major = BIG_VERSION_MAJOR;
	if (minor)
		*minor = BIG_VERSION_MINOR;
	if (patch)
		*patch = BIG_VERSION_PATCH;
	return BIG_VERSION_STRING;
}
