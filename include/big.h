/*
 * libbig — scoring core for the Dutch government information-security
 * baselines (BIG, BIO, BIO2). Include this header to get the whole API.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIG_H
#define BIG_H

#include "big/aggregate.h"
#include "big/assessment.h"
#include "big/attribution.h"
#include "big/catalogue.h"
#include "big/collaboration.h"
#include "big/common.h"
#include "big/compare.h"
#include "big/document.h"
#include "big/errors.h"
#include "big/mapping.h"
#include "big/migrate.h"
#include "big/report.h"
#include "big/texts.h"
#include "big/trend.h"
#include "big/version.h"
#include "big/workbook.h"

#endif /* BIG_H */
