/*
 * minimal — the smallest complete libbig program: the C example of the
 * README, plus the JSON report. Scores an assessment of BIO2 1.2 against
 * the built-in bio2-1.2 (by its versioned name: the alias "bio2" will move
 * to a newer version).
 *
 *   cc minimal.c $(pkg-config --cflags --libs libbig) -o minimal
 *   ./minimal examples/data/demo-assessment.json
 *
 * SPDX-License-Identifier: MIT
 */
#include <big.h>
#include <stdio.h>

int main(int argc, char **argv)
{
	big_catalogue *cat = NULL;
	big_assessment *a = NULL;
	big_report *r = NULL;
	char *json = NULL;
	int ok = argc == 2 && !big_catalogue_builtin(&cat, "bio2-1.2") &&
		 !big_assessment_load_file(&a, cat, argv[1], NULL) && !big_score(&r, a, NULL) &&
		 !big_report_to_json(&json, NULL, r, 0);

	if (ok) {
		const big_scores *s = big_report_overall(r);

		if (s->has_implementation) /* else nothing is scorable: no score, not 0 */
			printf("implementation %.3f, coverage %.3f\n", s->implementation,
			       s->coverage);
		fputs(json, stdout);
	} else {
		fprintf(stderr, "minimal: %s\n",
			argc != 2 ? "usage: minimal ASSESSMENT.json" : big_error_last()->message);
	}
	big_free(json);
	big_report_free(r);
	big_assessment_free(a);
	big_catalogue_free(cat);
	return ok ? 0 : 1;
}
