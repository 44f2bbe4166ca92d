/*
 * libbig — SWIG interface: a document's kind without loading it
 * (include/big/document.h), for programs that take any document.
 *
 *   DocumentHead / BigDocumentHead  what a document says about itself
 *   document_kind_names()           the formats of libbig's documents
 *
 * SPDX-License-Identifier: MIT
 */

BIG_CLASS(DocumentHead, big_swig_document_head);
BIG_NAME_OUT(big_document_kind, big_document_kind_name)

%feature("docstring") big_swig_document_kind_names "document_kind_names() -> list of str\n\n"
    "The formats of libbig's documents, by kind: 'libbig.catalogue',\n"
    "'libbig.assessment' ... (DocumentHead.kind).";
BIG_NAMES(document_kind_names, big_document_kind_name, BIG_DOCUMENT_KIND_COUNT);

%feature("docstring") big_swig_document_head
    "What a document says about itself, read without loading it\n"
    "(DocumentHead.read()): its kind and the catalogue it refers to, to choose\n"
    "the class that loads it and the catalogue to load it against.";

%newobject big_swig_document_head::read;

%extend big_swig_document_head {
	%feature("docstring") read
	    "read(data, source=None) -> DocumentHead\n\n"
	    "Reads the head of a document (str or bytes) with the reader and the\n"
	    "limits of the loaders: a text that is not JSON raises the Error a loader\n"
	    "raises. Nothing is checked beyond JSON; source names the text in messages.";
	static big_document_head *read(const char *data, size_t len, const char *source = NULL)
	{
		big_load_options opts = big_swig_load_options(false, source);
		big_document_head *head = NULL;

		return big_swig_failed(big_document_head_read(&head, data, len, &opts)) ? NULL : head;
	}

	~big_swig_document_head()
	{
		big_document_head_free($self);
	}
}

BIG_ATTR(big_swig_document_head, big_document_kind, kind, big_document_head_kind(self),
	 "The kind: a name of document_kind_names(), or None when the format is none of libbig's.")
BIG_ATTR(big_swig_document_head, const char *, format, big_document_head_format(self),
	 "The format as written, or None when the document has no format string.")
BIG_ATTR(big_swig_document_head, const char *, catalogue_id, big_document_head_catalogue_id(self),
	 "The id of the catalogue it refers to (its own for a catalogue), or None.")
BIG_ATTR(big_swig_document_head, const char *, catalogue_version,
	 big_document_head_catalogue_version(self),
	 "The version of that catalogue, or None.")
