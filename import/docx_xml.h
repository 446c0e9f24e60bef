/* Reading the XML parts of a Word file safely with libxml2's streaming
 * reader: never the network (XML_PARSE_NONET), never entity substitution
 * (no XML_PARSE_NOENT, no DTD loading), and a part with a DTD at all is
 * refused — no Word part has one, and it is where external entities and
 * billion-laughs expansions live. Element depth and the attributes of a tag
 * are bounded. */
#ifndef IMPORT_DOCX_XML_H
#define IMPORT_DOCX_XML_H

#include <stddef.h>

#define DOCX_MAX_XML_DEPTH 128 /* elements inside each other; Word needs ~20 */
/* Attributes (namespace declarations included) in one tag. Word writes at
 * most about 40, on the root; libxml2 checks duplicates in time quadratic
 * in the count, so 100 000 of them in one tag would take minutes. */
#define DOCX_MAX_XML_ATTRIBUTES 128

/* The namespaces the reader tells apart. */
enum xml_ns { NS_OTHER = 0, NS_W, NS_MC, NS_DC };

typedef struct xml_walk xml_walk;

/* xml_node.type of start and end tags (libxml2's XML_READER_TYPE_ELEMENT
 * and _END_ELEMENT), so that callers need not include libxml2. */
enum { XML_NODE_START = 1, XML_NODE_END = 15 };

/* A node as the walker reports it. */
typedef struct xml_node {
	int type;          /* XML_READER_TYPE_ELEMENT, _END_ELEMENT, _TEXT, ... */
	enum xml_ns ns;    /* of an element */
	const char *local; /* an element's local name; NULL for text */
	const char *text;  /* text and whitespace nodes' content; NULL otherwise */
	int depth;         /* 0 for the root element */
	int empty;         /* an element without end tag (<w:tab/>) */
} xml_node;

/* Starts reading xml[0..len) (borrowed); `part` names it in messages.
 * Returns NULL with a message in err when the reader cannot be made. */
xml_walk *xml_walk_new(const char *xml, size_t len, const char *part, char *err, size_t errlen);
void xml_walk_free(xml_walk *w);

/* The next node into *node: 1, or 0 at the end of the document, or -1 with a
 * message in err (not well-formed, truncated, a DTD, too deep). */
int xml_walk_next(xml_walk *w, xml_node *node, char *err, size_t errlen);

/* The attribute `name` of the current element in the w: namespace (either
 * the transitional or the strict one), or NULL; the caller frees. */
char *xml_walk_attr(xml_walk *w, const char *name);

/* An attribute value as a decimal integer within -1000..1000000 (counts,
 * levels and ids in Word), else dflt (also for NULL and ""). */
int xml_int(const char *val, int dflt);

/* 1 when a w: on/off attribute value means on: absent ("<w:vanish/>"),
 * "1", "true" or "on". Takes an xml_walk_attr result (may be NULL). */
int xml_on(const char *val);

#endif
