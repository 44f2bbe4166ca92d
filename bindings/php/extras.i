/*
 * libbig — PHP 8 niceties (included by ../libbig.i after the concerns):
 * Countable and IteratorAggregate.
 *
 * SPDX-License-Identifier: MIT
 */

%typemap("phpinterfaces") big_swig_catalogue "Countable,IteratorAggregate";
%typemap("phpinterfaces") big_swig_profile "Countable";
%typemap("phpinterfaces") big_swig_mapping "Countable";
%typemap("phpinterfaces") big_swig_collaboration "Countable,IteratorAggregate";
%typemap("phpinterfaces") big_swig_aggregate_report "Countable,IteratorAggregate";
%typemap("phpinterfaces") big_swig_distribution "Countable";
%typemap("phpinterfaces") big_swig_texts "Countable";

%feature("php:type", "1") big_swig_catalogue::getIterator;
%feature("php:type", "1") big_swig_collaboration::getIterator;
%feature("php:type", "1") big_swig_aggregate_report::getIterator;

%extend big_swig_catalogue {
	/** Every node in pre-order (IteratorAggregate). */
	big_swig_view_iterator getIterator()
	{
		big_swig_view_iterator it = {big_swig_catalogue_nodes_get($self)};
		return it;
	}
}

%extend big_swig_collaboration {
	/** The organisation ids of the members (IteratorAggregate). */
	big_swig_string_iterator getIterator()
	{
		big_swig_string_iterator it = {big_swig_collaboration_members_get($self)};
		return it;
	}
}

%extend big_swig_aggregate_report {
	/** The members, BigAggregateMember (IteratorAggregate). */
	big_swig_view_iterator getIterator()
	{
		big_swig_view_iterator it = {big_swig_aggregate_report_members_get($self)};
		return it;
	}
}

