/*
 * libbig tests — prints the name tables of the public enumerations, one line
 * per enum: its key, then its names in the order of its values (gap kinds:
 * of the flags 1u << k). tests/check-schema-names.py holds the JSON Schemas
 * of docs/schemas/ to these lines, tests/check-help-names.py bigscore's help.
 *
 * Usage: print-names
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>

#include "big.h"

static const char *status_at(unsigned int i)
{
	return big_status_name((big_status)i);
}
static const char *severity_at(unsigned int i)
{
	return big_severity_name((big_severity)i);
}
static const char *rollup_at(unsigned int i)
{
	return big_rollup_name((big_rollup)i);
}
static const char *gap_kind_at(unsigned int k)
{
	return big_gap_kind_name(1u << k);
}
static const char *method_at(unsigned int i)
{
	return big_aggregate_method_name((big_aggregate_method)i);
}
static const char *policy_at(unsigned int i)
{
	return big_policy_name((big_policy)i);
}
static const char *provenance_at(unsigned int i)
{
	return big_provenance_kind_name((big_provenance_kind)i);
}
static const char *relationship_at(unsigned int i)
{
	return big_relationship_name((big_relationship)i);
}
static const char *error_at(unsigned int i)
{
	return big_error_name(-(int)i);
}
static const char *document_kind_at(unsigned int i)
{
	return big_document_kind_name((big_document_kind)i);
}

static const char *dimension_at(unsigned int i)
{
	return big_dimension_name((big_dimension)i);
}
static const char *evidence_kind_at(unsigned int i)
{
	return big_evidence_kind_name((big_evidence_kind)i);
}

static const char *action_status_at(unsigned int i)
{
	return big_action_status_name((big_action_status)i);
}

static const struct {
	const char *key;
	unsigned int count;
	const char *(*name)(unsigned int i);
} tables[] = {
    {"status", BIG_STATUS_COUNT, status_at},
    {"severity", BIG_SEVERITY_COUNT, severity_at},
    {"rollup", BIG_ROLLUP_COUNT, rollup_at},
    {"gap_kind", BIG_GAP_KIND_COUNT, gap_kind_at},
    {"aggregate_method", BIG_AGGREGATE_METHOD_COUNT, method_at},
    {"policy", BIG_POLICY_COUNT, policy_at},
    {"provenance_kind", BIG_PROVENANCE_KIND_COUNT, provenance_at},
    {"relationship", BIG_RELATIONSHIP_COUNT, relationship_at},
    {"error", BIG_ERROR_CODE_COUNT, error_at},
    {"document_kind", BIG_DOCUMENT_KIND_COUNT, document_kind_at},
    {"dimension", BIG_DIMENSION_COUNT, dimension_at},
    {"evidence_kind", BIG_EVIDENCE_KIND_COUNT, evidence_kind_at},
    {"action_status", BIG_ACTION_STATUS_COUNT, action_status_at},
};

int main(void)
{
	for (size_t t = 0; t < sizeof(tables) / sizeof(tables[0]); t++) {
		fputs(tables[t].key, stdout);
		for (unsigned int i = 0; i < tables[t].count; i++) {
			const char *name = tables[t].name(i);
			if (name == NULL) {
				fprintf(stderr, "print-names: %s %u has no name\n", tables[t].key,
					i);
				return 1;
			}
			printf(" %s", name);
		}
		putchar('\n');
	}
	return fflush(stdout) == 0 ? 0 : 1;
}
