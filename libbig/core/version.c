/*
 * libbig — run-time version, and the optional features of the build.
 *
 * SPDX-License-Identifier: MIT
 */
#include "big.h"

#include <string.h>

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

bool big_has_feature(const char *name)
{
	if (!name)
		return false;
	if (strcmp(name, "xlsx") == 0)
		return BIG_FEATURE_XLSX;
	return false;
}
