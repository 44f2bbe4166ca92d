/*
 * libbig — report accessors and lifetime.
 *
 * SPDX-License-Identifier: MIT
 */
#include <string.h>

#include "alloc.h"
#include "catalogue-int.h"
#include "errors-int.h"
#include "report-int.h"

void big_report_free(big_report *r)
{
	if (!r)
		return;
	big_free(r->arrays);
	big_free(r->text);
	big_free(r->gap_text);
	big__diag_clear(&r->diags);
	big_texts_free(r->texts);
	big_catalogue_free(r->catalogue);
	big_assessment_free(r->source); /* drops the report's reference */
	big_free(r);
}

const big_catalogue *big_report_catalogue(const big_report *r)
{
	return r->catalogue;
}

big_rollup big_report_rollup(const big_report *r)
{
	return r->rollup;
}

const big_profile *big_report_profile(const big_report *r)
{
	return r->profile;
}

int big_report_target(const big_report *r)
{
	return r->target;
}

const char *big_report_lang(const big_report *r)
{
	return r->lang;
}

const big_texts *big_report_texts(const big_report *r)
{
	return r->texts;
}

bool big_report_include_text(const big_report *r)
{
	return r->include_text;
}

const char *big_report_node_title(const big_report *r, const big_node *node)
{
	return node && node->catalogue == r->catalogue ? big__report_title(r, node) : NULL;
}

const char *big_report_node_text(const big_report *r, const big_node *node)
{
	return node && node->catalogue == r->catalogue ? big__report_text(r, node) : NULL;
}

const big_scores *big_report_overall(const big_report *r)
{
	return &r->overall;
}

const big_scores *big_report_node_scores(const big_report *r, const big_node *node)
{
	if (!node || node->catalogue != r->catalogue)
		return NULL;
	return &r->scores[node->index];
}

const big_scores *big_report_find(const big_report *r, const char *id)
{
	return big_report_node_scores(r, big_catalogue_find(r->catalogue, id));
}

size_t big_report_attainment_count(const big_report *r)
{
	return r->catalogue->profile_count;
}

const big_attainment *big_report_attainment(const big_report *r, size_t i)
{
	return i < r->catalogue->profile_count ? &r->attainments[i] : NULL;
}

size_t big_report_gap_count(const big_report *r)
{
	return r->gap_count;
}

const big_gap *big_report_gap(const big_report *r, size_t i)
{
	return i < r->gap_count ? &r->gaps[i] : NULL;
}

size_t big_report_exception_count(const big_report *r)
{
	return r->exception_count;
}

const big_exception *big_report_exception(const big_report *r, size_t i)
{
	return i < r->exception_count ? &r->exceptions[i] : NULL;
}

size_t big_report_diagnostic_count(const big_report *r)
{
	return r->diags.count;
}

const big_diagnostic *big_report_diagnostic(const big_report *r, size_t i)
{
	return big__diag_get(&r->diags, i);
}
