/*
 * The C++ twin of test-headers.c: the public headers compile as C++11 under
 * -pedantic -Werror.
 *
 * SPDX-License-Identifier: MIT
 */
#include "test-headers.c"
