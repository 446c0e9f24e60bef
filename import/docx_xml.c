/* Safe streaming XML for the Word reader (see docx_xml.h). */
#include "docx_xml.h"

#include "sb.h"

#include <libxml/parser.h>
#include <libxml/xmlreader.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct xml_walk {
	xmlTextReaderPtr r;
	char part[64];
	char error[200]; /* the parser's first message, "" until one */
	int error_line;
};

static const char *const w_ns[] = {
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/wordprocessingml/main", /* strict OOXML */
};

/* libxml2 would print its messages on stderr; keep the first one for ours. */
static void on_error(void *ctx, xmlErrorPtr e)
{
	xml_walk *w = ctx;
	if (w->error[0] || !e || !e->message)
		return;
	snprintf(w->error, sizeof w->error, "%s", e->message);
	size_t n = strlen(w->error);
	while (n > 0 && (w->error[n - 1] == '\n' || w->error[n - 1] == ' '))
		w->error[--n] = '\0';
	w->error_line = e->line;
}

/* The literal text "<!DOCTYPE" can only be markup: in text and attribute
 * values '<' is always escaped. Refusing it before parsing means a DTD is
 * never even read. */
static int has_doctype(const char *xml, size_t len)
{
	static const char tag[] = "<!DOCTYPE";
	size_t k = sizeof tag - 1;
	for (const char *p = xml; (size_t)(p - xml) + k <= len;) {
		const char *q = memchr(p, '<', len - (size_t)(p - xml));
		if (!q || (size_t)(q - xml) + k > len)
			return 0;
		if (memcmp(q, tag, k) == 0)
			return 1;
		p = q + 1;
	}
	return 0;
}

/* Index after the first `end` at or after i, or len. */
static size_t skip_past(const char *xml, size_t len, size_t i, const char *end)
{
	const char *p = memmem(xml + i, len - i, end, strlen(end));
	return p ? (size_t)(p - xml) + strlen(end) : len;
}

static int at(const char *xml, size_t len, size_t i, const char *lit)
{
	return len - i >= strlen(lit) && memcmp(xml + i, lit, strlen(lit)) == 0;
}

/* The most attributes in one tag: '=' outside quoted values between '<' and
 * '>'. Comments, CDATA and processing instructions are skipped whole, so a
 * stray quote in them cannot hide a tag; past a tag that is not well-formed
 * libxml2 reads nothing anyway. */
static size_t max_attributes(const char *xml, size_t len)
{
	size_t most = 0, n = 0;
	int in_tag = 0;
	char quote = 0;
	for (size_t i = 0; i < len; i++) {
		char c = xml[i];
		if (!in_tag && !quote && c == '<') {
			size_t j = at(xml, len, i, "<!--") ? skip_past(xml, len, i + 4, "-->")
			           : at(xml, len, i, "<![CDATA[")
			               ? skip_past(xml, len, i + 9, "]]>")
			           : at(xml, len, i, "<?") ? skip_past(xml, len, i + 2, "?>")
			                                   : 0;
			if (j) {
				i = j - 1;
				continue;
			}
		}
		if (quote) {
			quote = c == quote ? 0 : quote;
		} else if (!in_tag) {
			in_tag = c == '<';
			n = 0;
		} else if (c == '"' || c == '\'') {
			quote = c;
		} else if (c == '=') {
			most = ++n > most ? n : most;
		} else if (c == '>') {
			in_tag = 0;
		}
	}
	return most;
}

xml_walk *xml_walk_new(const char *xml, size_t len, const char *part, char *err, size_t errlen)
{
	if (has_doctype(xml, len)) {
		snprintf(err, errlen,
		         "%s has a DTD (<!DOCTYPE>), which no Word document has: refused (entities "
		         "are never expanded)",
		         part);
		return NULL;
	}
	if (max_attributes(xml, len) > DOCX_MAX_XML_ATTRIBUTES) {
		snprintf(err, errlen, "%s has a tag with more than %d attributes: refused", part,
		         DOCX_MAX_XML_ATTRIBUTES);
		return NULL;
	}
	if (len > (size_t)INT_MAX) {
		snprintf(err, errlen, "%s is too large", part);
		return NULL;
	}
	xmlInitParser();
	/* no NOENT (no entity substitution), no DTDLOAD/DTDATTR/DTDVALID, no
	 * XINCLUDE, no HUGE (keeps libxml2's own size and depth limits) */
	int opts = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA;
	xmlTextReaderPtr r = xmlReaderForMemory(xml, (int)len, NULL, NULL, opts);
	if (!r) {
		snprintf(err, errlen, "cannot read %s as XML", part);
		return NULL;
	}
	xml_walk *w = xcalloc(1, sizeof *w);
	w->r = r;
	snprintf(w->part, sizeof w->part, "%s", part);
	xmlTextReaderSetStructuredErrorHandler(r, on_error, w);
	return w;
}

void xml_walk_free(xml_walk *w)
{
	if (!w)
		return;
	xmlFreeTextReader(w->r);
	free(w);
}

static enum xml_ns ns_of(const char *uri)
{
	if (!uri)
		return NS_OTHER;
	for (size_t i = 0; i < sizeof w_ns / sizeof *w_ns; i++)
		if (strcmp(uri, w_ns[i]) == 0)
			return NS_W;
	if (strcmp(uri, "http://schemas.openxmlformats.org/markup-compatibility/2006") == 0)
		return NS_MC;
	if (strcmp(uri, "http://purl.org/dc/elements/1.1/") == 0)
		return NS_DC;
	return NS_OTHER;
}

int xml_walk_next(xml_walk *w, xml_node *node, char *err, size_t errlen)
{
	memset(node, 0, sizeof *node);
	int rc = xmlTextReaderRead(w->r);
	if (rc < 0 || w->error[0]) {
		if (w->error[0])
			snprintf(err, errlen, "%s is not well-formed XML (line %d: %s)", w->part,
			         w->error_line, w->error);
		else
			snprintf(err, errlen, "%s is not well-formed XML", w->part);
		return -1;
	}
	if (rc == 0)
		return 0;
	node->type = xmlTextReaderNodeType(w->r);
	node->depth = xmlTextReaderDepth(w->r);
	if (node->type == XML_READER_TYPE_DOCUMENT_TYPE ||
	    node->type == XML_READER_TYPE_ENTITY_REFERENCE ||
	    node->type == XML_READER_TYPE_ENTITY) {
		/* second line of defence behind has_doctype */
		snprintf(err, errlen, "%s declares a DTD or entities: refused", w->part);
		return -1;
	}
	if (node->depth > DOCX_MAX_XML_DEPTH) {
		snprintf(err, errlen, "%s nests elements more than %d deep: refused", w->part,
		         DOCX_MAX_XML_DEPTH);
		return -1;
	}
	if (node->type == XML_READER_TYPE_ELEMENT || node->type == XML_READER_TYPE_END_ELEMENT) {
		node->local = (const char *)xmlTextReaderConstLocalName(w->r);
		node->ns = ns_of((const char *)xmlTextReaderConstNamespaceUri(w->r));
		node->empty =
		    node->type == XML_READER_TYPE_ELEMENT && xmlTextReaderIsEmptyElement(w->r);
	} else if (node->type == XML_READER_TYPE_TEXT ||
	           node->type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE ||
	           node->type == XML_READER_TYPE_WHITESPACE ||
	           node->type == XML_READER_TYPE_CDATA) {
		node->text = (const char *)xmlTextReaderConstValue(w->r);
	}
	return 1;
}

char *xml_walk_attr(xml_walk *w, const char *name)
{
	for (size_t i = 0; i < sizeof w_ns / sizeof *w_ns; i++) {
		xmlChar *v = xmlTextReaderGetAttributeNs(w->r, (const xmlChar *)name,
		                                         (const xmlChar *)w_ns[i]);
		if (v) {
			char *s = xstrdup((const char *)v);
			xmlFree(v);
			return s;
		}
	}
	return NULL;
}

int xml_on(const char *val)
{
	return !val || strcmp(val, "1") == 0 || strcmp(val, "true") == 0 || strcmp(val, "on") == 0;
}

int xml_int(const char *val, int dflt)
{
	if (!val || !*val)
		return dflt;
	char *end = NULL;
	long v = strtol(val, &end, 10);
	return *end || v < -1000 || v > 1000000 ? dflt : (int)v;
}
