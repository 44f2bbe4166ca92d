/*
 * libbig — SWIG interface: distributions of scores with the publication
 * guard (include/big/aggregate.h, second half).
 *
 *   distribution()              the distribution of the scores of reports
 *   Distribution / BigDistribution
 *   DistributionScores / BigDistributionScores
 *                               a copy of the distribution of one node
 *   Statistics / BigStatistics  n, min, quartiles, median, max, mean of one score
 *
 * Options by name (options.i): k, the publication guard (default 5).
 *
 * SPDX-License-Identifier: MIT
 */

BIG_CLASS(Distribution, big_swig_distribution);
BIG_CLASS(DistributionScores, big_distribution_scores);
BIG_CLASS(Statistics, big_statistics);

%{
/* In C the Distribution class is the library's type. */
#define big_swig_distribution big_distribution

static big_swig_distribution *big_swig_distribution_of_reports(big_swig_ptrs reports,
								big_swig_args distribution_options)
{
	big_distribution_options opts = BIG_DISTRIBUTION_OPTIONS_INIT;
	big_distribution *d = NULL;

	opts.k = distribution_options.k;
	/* The typemaps give the Report objects: take their reports. */
	for (size_t i = 0; i < reports.count; i++)
		reports.items[i] = ((const big_swig_report *)reports.items[i])->report;
	if (big_swig_failed(big_distribution_new(&d, (const big_report *const *)reports.items,
						 reports.count, &opts)))
		return NULL;
	return d;
}

static big_distribution_scores *big_swig_distribution_scores_copy(const big_distribution_scores *s)
{
	return big_swig_memdup(s, sizeof(*s));
}

static big_statistics *big_swig_statistics_copy(const big_statistics *s)
{
	return big_swig_memdup(s, sizeof(*s));
}
%}

BIG_OPTIONS_FUNCTION(distribution, big_swig_distribution_of_reports);
BIG_OPTIONS(big_swig_distribution_spec, distribution_options);
%newobject big_swig_distribution_of_reports;

big_swig_distribution *big_swig_distribution_of_reports(big_swig_ptrs reports,
							 big_swig_args distribution_options);

/* ------------------------------------------------------------------------
 * Statistics, DistributionScores.
 * ---------------------------------------------------------------------- */

%feature("docstring") big_statistics
    "Summary statistics of one score over the organisations that have it (a\n"
    "copy). Quartiles by linear interpolation between closest ranks (R-7,\n"
    "Excel PERCENTILE.INC). The figures are None unless available: n > 0 and\n"
    "not suppressed by the publication guard (0 < n < k).";

%{
static big_swig_optdouble big_swig_statistic(const big_statistics *s, double value)
{
	return big_swig_optdouble_of(s->available, value);
}
static unsigned int big_statistics_n_get(const big_statistics *s)
{
	return s->n;
}
static bool big_statistics_suppressed_get(const big_statistics *s)
{
	return s->suppressed;
}
static bool big_statistics_available_get(const big_statistics *s)
{
	return s->available;
}
static big_swig_optdouble big_statistics_min_get(const big_statistics *s)
{
	return big_swig_statistic(s, s->min);
}
static big_swig_optdouble big_statistics_q1_get(const big_statistics *s)
{
	return big_swig_statistic(s, s->q1);
}
static big_swig_optdouble big_statistics_median_get(const big_statistics *s)
{
	return big_swig_statistic(s, s->median);
}
static big_swig_optdouble big_statistics_q3_get(const big_statistics *s)
{
	return big_swig_statistic(s, s->q3);
}
static big_swig_optdouble big_statistics_max_get(const big_statistics *s)
{
	return big_swig_statistic(s, s->max);
}
static big_swig_optdouble big_statistics_mean_get(const big_statistics *s)
{
	return big_swig_statistic(s, s->mean);
}
%}

%extend big_statistics {
	~big_statistics()
	{
		free($self);
	}

	%immutable;
	/** Organisations that have the score. */
	unsigned int n;
	/** Whether the figures are withheld by the publication guard (0 < n < k). */
	bool suppressed;
	/** Whether the figures below exist (n > 0 and not suppressed). */
	bool available;
	/** Smallest value, or None. */
	big_swig_optdouble min;
	/** First quartile, or None. */
	big_swig_optdouble q1;
	/** Median, or None. */
	big_swig_optdouble median;
	/** Third quartile, or None. */
	big_swig_optdouble q3;
	/** Largest value, or None. */
	big_swig_optdouble max;
	/** Arithmetic mean, or None. */
	big_swig_optdouble mean;
	%mutable;
}

%feature("docstring") big_distribution_scores
    "The distribution of the scores of one node (a copy): Statistics of the\n"
    "implementation scores, the coverages and the comply-or-explain rates.";

%newobject big_distribution_scores::implementation;
%newobject big_distribution_scores::coverage;
%newobject big_distribution_scores::comply_or_explain;

%{
static big_statistics *big_distribution_scores_implementation_get(const big_distribution_scores *s)
{
	return big_swig_statistics_copy(&s->implementation);
}
static big_statistics *big_distribution_scores_coverage_get(const big_distribution_scores *s)
{
	return big_swig_statistics_copy(&s->coverage);
}
static big_statistics *big_distribution_scores_comply_or_explain_get(
    const big_distribution_scores *s)
{
	return big_swig_statistics_copy(&s->comply_or_explain);
}
%}

%extend big_distribution_scores {
	~big_distribution_scores()
	{
		free($self);
	}

	%immutable;
	/** Of the implementation scores. */
	big_statistics *implementation;
	/** Of the coverages. */
	big_statistics *coverage;
	/** Of the comply-or-explain rates. */
	big_statistics *comply_or_explain;
	%mutable;
}

/* ------------------------------------------------------------------------
 * Distribution.
 * ---------------------------------------------------------------------- */

%feature("docstring") big_swig_distribution
    "The distribution of the scores of several organisations (distribution()):\n"
    "per node n, min, quartiles, median, max and mean, with the publication\n"
    "guard: a statistic over fewer than k organisations is suppressed.\n"
    "len(distribution) (PHP: count()) is the number of organisations. A\n"
    "Distribution keeps its catalogue alive; it needs nothing else.";

%newobject big_swig_distribution::overall;
%newobject big_swig_distribution::scores;
%newobject big_swig_distribution::catalogue;

%{
static big_catalogue *big_swig_distribution_catalogue_get(const big_distribution *d)
{
	return big_swig_cat_ref(big_distribution_catalogue(d));
}
static unsigned int big_swig_distribution_k_get(const big_distribution *d)
{
	return big_distribution_k(d);
}
static big_distribution_scores *big_swig_distribution_overall_get(const big_distribution *d)
{
	return big_swig_distribution_scores_copy(big_distribution_overall(d));
}
%}

%extend big_swig_distribution {
	~big_swig_distribution()
	{
		big_distribution_free($self);
	}

	%feature("docstring") scores
	    "scores(node) -> DistributionScores or None\n\n"
	    "The distribution of the scores of a node, given by its id or as a Node\n"
	    "of the distribution's catalogue; None when there is no such node.";
	big_distribution_scores *scores(big_swig_node_key node)
	{
		if (node.id != NULL)
			return big_swig_distribution_scores_copy(big_distribution_find($self, node.id));
		return big_swig_distribution_scores_copy(big_distribution_node($self, node.node->node));
	}

	%feature("docstring") percentile_rank
	    "percentile_rank(value, node=None) -> float\n\n"
	    "Percentile rank in [0, 100] of an implementation score (e.g. one\n"
	    "organisation's) among the organisations that have one for the node\n"
	    "(an id or a Node; None: the overall score): 100 * (below + equal/2) / n.\n"
	    "Error ERANGE when no organisation has the score or the publication\n"
	    "guard suppresses it, ENOTFOUND for a node of another catalogue.";
	double percentile_rank(double value, big_swig_optnode node)
	{
		const big_node *n = big_swig_node_of(big_distribution_catalogue($self), node);
		double rank = 0;

		if (node.id != NULL && n == NULL) {
			char message[160];

			snprintf(message, sizeof(message), "percentile_rank: catalogue %s has no node \"%.80s\"",
				 big_catalogue_id(big_distribution_catalogue($self)), node.id);
			big_swig_fail(BIG_SWIG_OWN, BIG_ENOTFOUND, message);
			return 0;
		}
		big_swig_failed(big_distribution_percentile_rank(&rank, $self, n, value));
		return rank;
	}

	%feature("docstring") to_json
	    "to_json(compact=False) -> str\n\n"
	    "The distribution as a libbig.distribution document; suppressed\n"
	    "statistics are null (the same bytes as the C library).";
	big_swig_text to_json(bool compact = false)
	{
		BIG_SWIG_WRITE(big_distribution_to_json, $self, big_swig_json_flags(compact));
	}

	%feature("docstring") to_csv
	    "to_csv(bom=False, safe=False) -> str\n\n"
	    "The distribution as CSV: one row per node (the overall first) and score\n"
	    "(docs/formats.md); bom and safe as in Report.to_csv().";
	big_swig_text to_csv(bool bom = false, bool safe = false)
	{
		BIG_SWIG_WRITE(big_distribution_to_csv, $self, big_swig_csv_flags(bom, safe));
	}

	%immutable;
	/** The catalogue of the distribution. */
	big_swig_catalogue *catalogue;
	/** The k of the publication guard. */
	unsigned int k;
	/** The distribution of the overall scores. */
	big_distribution_scores *overall;
	%mutable;
}
