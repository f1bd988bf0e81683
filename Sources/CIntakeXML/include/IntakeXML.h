// Thin C layer over libxml2 for Swift (see STYLE.md: Swift must not import libxml2's
// headers, whose ICU types clash with Foundation's). Opaque types and plain functions
// only; no policy lives here.
#ifndef INTAKE_XML_H
#define INTAKE_XML_H

#include <stddef.h>
#include <stdint.h>

typedef struct intake_xml_doc intake_xml_doc;
typedef struct intake_xml_schema intake_xml_schema;
typedef struct intake_xpath intake_xpath;

/// Receives one diagnostic: line (0 when unknown), level (1 warning, 2 error, 3 fatal)
/// and the message (UTF-8, without the trailing newline).
typedef void (*intake_xml_diag_fn)(void *ctx, int line, int level, const char *message);

/// Tree walk callbacks. Strings are UTF-8 and valid only during the call.
typedef struct {
    void (*start)(void *ctx, const char *name, const char *ns, int line);
    void (*attribute)(void *ctx, const char *name, const char *ns, const char *value);
    void (*text)(void *ctx, const char *text);
    void (*end)(void *ctx);
} intake_xml_walker;

/// Once per process, before any other call.
void intake_xml_init(void);

/// Parses a document from memory with network access, DTD loading and entity
/// substitution off. Returns NULL when the bytes are not well-formed XML (diagnostics
/// reported). *has_dtd is set to 1 when the document carries a DOCTYPE or declares
/// entities: callers refuse those.
intake_xml_doc *intake_xml_parse(const char *bytes, size_t length, const char *url,
                                 int *has_dtd, intake_xml_diag_fn diag, void *ctx);
void intake_xml_doc_free(intake_xml_doc *doc);

/// Sets a named child of a child of the root in place: under the root's first child
/// element `parent` in namespace `ns`, removes every `element` child whose attribute
/// `key` equals `key_value`, then appends one such element with text `text` (escaped;
/// NULL: none is appended, the children are only removed).
/// 0 on success, -1 when there is no such parent.
int intake_xml_set_keyed_child(intake_xml_doc *doc, const char *ns, const char *parent, const char *element,
                               const char *key, const char *key_value, const char *text);
/// Removes every child element `element` (in namespace `ns`) of the root, in place.
/// 0 on success, -1 when there is no root.
int intake_xml_remove_root_children(intake_xml_doc *doc, const char *ns, const char *element);

/// Walks the element tree in document order (comments and PIs skipped).
void intake_xml_walk(const intake_xml_doc *doc, const intake_xml_walker *walker, void *ctx);

/// Loads and compiles an XSD from a file. NULL on failure (diagnostics reported).
intake_xml_schema *intake_xml_schema_load(const char *path, intake_xml_diag_fn diag, void *ctx);
/// The same from a schema's bytes in memory (one without xs:include or xs:import).
intake_xml_schema *intake_xml_schema_load_memory(const char *bytes, int size, intake_xml_diag_fn diag, void *ctx);
void intake_xml_schema_free(intake_xml_schema *schema);

/// Validates a document. 0 valid, >0 invalid (diagnostics reported), <0 internal error.
/// A compiled schema may be used by several threads at once, each with its own call.
int intake_xml_validate(const intake_xml_schema *schema, intake_xml_doc *doc,
                        intake_xml_diag_fn diag, void *ctx);

/// XPath 1.0 evaluation over a document, with namespace prefixes bound and the intake
/// extension functions (x:submitted, x:years-since, x:date-number, x:last-day, x:period-end)
/// registered; `submitted` is 'YYYY-MM-DD' (may be NULL).
intake_xpath *intake_xpath_new(intake_xml_doc *doc, const char *submitted);
void intake_xpath_free(intake_xpath *xp);
/// The working-day calendar x:period-end reads (copied): `off` the days off a notice gives,
/// `on` the weekend days worked, each YYYYMMDD numbers in ascending order, `years` the years a
/// notice confirms (ascending); without it, Monday to Friday are working days and no year is
/// told unconfirmed. 0 on success, -1 when out of memory.
int intake_xpath_set_calendar(intake_xpath *xp, const int32_t *off, int noff, const int32_t *on, int non,
                              const int32_t *years, int nyears);
/// Whether x:period-end counted over a day of a year no notice confirms since the last call (then cleared).
int intake_xpath_take_unconfirmed(intake_xpath *xp);
/// Binds a namespace prefix for later evaluations. 0 on success.
int intake_xpath_register_ns(intake_xpath *xp, const char *prefix, const char *uri);
/// Evaluates expr as a boolean. Returns 0 and sets *result, or -1 on an error (reported).
int intake_xpath_boolean(intake_xpath *xp, const char *expr, int *result,
                         intake_xml_diag_fn diag, void *ctx);
/// Compiles expr without evaluating it. 0 when it compiles, -1 otherwise (reported).
int intake_xpath_check(intake_xpath *xp, const char *expr, intake_xml_diag_fn diag, void *ctx);

#endif
