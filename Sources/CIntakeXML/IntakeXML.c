// The only file that includes libxml2's headers. Calls and structs, no policy.
#include "IntakeXML.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

struct intake_xml_doc { xmlDocPtr doc; };
struct intake_xml_schema { xmlSchemaPtr schema; };
struct intake_xpath {
    xmlXPathContextPtr ctx;
    char submitted[11];
    // The working-day calendar x:period-end reads: YYYYMMDD numbers, ascending. `off`: days
    // off a notice gives (holidays, weekends included); `on`: weekend days worked (调休).
    int32_t *off, *on;
    int noff, non;
    // The years a notice confirms (ascending), and whether x:period-end counted over another since last asked.
    int32_t *years;
    int nyears;
    int unconfirmed;
};

typedef struct { intake_xml_diag_fn fn; void *ctx; } diag_sink;

static void report_error(void *user, xmlErrorPtr err) {
    diag_sink *sink = (diag_sink *)user;
    if (sink == NULL || sink->fn == NULL || err == NULL) return;
    char buf[1024];
    const char *msg = err->message ? err->message : "unknown error";
    size_t n = strlen(msg);
    if (n >= sizeof buf) n = sizeof buf - 1;
    memcpy(buf, msg, n);
    while (n > 0 && (buf[n - 1] == '\n' || buf[n - 1] == '\r')) n--;
    buf[n] = 0;
    int level = err->level == XML_ERR_WARNING ? 1 : err->level == XML_ERR_FATAL ? 3 : 2;
    sink->fn(sink->ctx, err->line, level, buf);
}

static void silent_generic(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }

void intake_xml_init(void) {
    xmlInitParser();
    // No libxml2 diagnostics on stderr: every caller collects them.
    xmlSetGenericErrorFunc(NULL, silent_generic);
}

intake_xml_doc *intake_xml_parse(const char *bytes, size_t length, const char *url,
                                 int *has_dtd, intake_xml_diag_fn diag, void *ctx) {
    diag_sink sink = { diag, ctx };
    if (has_dtd) *has_dtd = 0;
    if (length > (size_t)0x7fffffff) return NULL;
    xmlParserCtxtPtr pctx = xmlNewParserCtxt();
    if (pctx == NULL) return NULL;
    xmlSetStructuredErrorFunc(&sink, report_error);
    // No XML_PARSE_NOENT (no entity substitution), no DTDLOAD/DTDATTR/DTDVALID, no XInclude,
    // and no network. XML_PARSE_NONET also stops any external fetch.
    int options = XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_NOWARNING;
    xmlDocPtr doc = xmlCtxtReadMemory(pctx, bytes, (int)length, url, NULL, options);
    xmlSetStructuredErrorFunc(NULL, NULL);
    int wellFormed = pctx->wellFormed;
    xmlFreeParserCtxt(pctx);
    if (doc == NULL) return NULL;
    if (!wellFormed) { xmlFreeDoc(doc); return NULL; }
    if (has_dtd && (doc->intSubset != NULL || doc->extSubset != NULL)) *has_dtd = 1;
    intake_xml_doc *out = malloc(sizeof *out);
    if (out == NULL) { xmlFreeDoc(doc); return NULL; }
    out->doc = doc;
    return out;
}

void intake_xml_doc_free(intake_xml_doc *doc) {
    if (doc == NULL) return;
    xmlFreeDoc(doc->doc);
    free(doc);
}

static int is_element(xmlNodePtr n, const char *ns, const char *name) {
    return n->type == XML_ELEMENT_NODE && xmlStrcmp(n->name, BAD_CAST name) == 0 && n->ns != NULL
        && n->ns->href != NULL && xmlStrcmp(n->ns->href, BAD_CAST ns) == 0;
}

int intake_xml_set_keyed_child(intake_xml_doc *doc, const char *ns, const char *parent, const char *element,
                               const char *key, const char *key_value, const char *text) {
    if (doc == NULL) return -1;
    xmlNodePtr root = xmlDocGetRootElement(doc->doc);
    if (root == NULL) return -1;
    xmlNodePtr host = NULL;
    for (xmlNodePtr n = root->children; n != NULL; n = n->next) {
        if (is_element(n, ns, parent)) { host = n; break; }
    }
    if (host == NULL) return -1;
    for (xmlNodePtr n = host->children; n != NULL;) {
        xmlNodePtr next = n->next;
        if (is_element(n, ns, element)) {
            xmlChar *v = xmlGetProp(n, BAD_CAST key);
            int same = v != NULL && xmlStrcmp(v, BAD_CAST key_value) == 0;
            if (v) xmlFree(v);
            if (same) { xmlUnlinkNode(n); xmlFreeNode(n); }
        }
        n = next;
    }
    if (text == NULL) return 0;
    xmlNodePtr added = xmlNewTextChild(host, host->ns, BAD_CAST element, BAD_CAST text);
    if (added == NULL) return -1;
    return xmlSetProp(added, BAD_CAST key, BAD_CAST key_value) == NULL ? -1 : 0;
}

int intake_xml_remove_root_children(intake_xml_doc *doc, const char *ns, const char *element) {
    if (doc == NULL) return -1;
    xmlNodePtr root = xmlDocGetRootElement(doc->doc);
    if (root == NULL) return -1;
    for (xmlNodePtr n = root->children; n != NULL;) {
        xmlNodePtr next = n->next;
        if (is_element(n, ns, element)) { xmlUnlinkNode(n); xmlFreeNode(n); }
        n = next;
    }
    return 0;
}

static void walk_node(xmlNodePtr node, const intake_xml_walker *w, void *ctx) {
    for (xmlNodePtr n = node; n != NULL; n = n->next) {
        if (n->type == XML_ELEMENT_NODE) {
            const char *ns = n->ns && n->ns->href ? (const char *)n->ns->href : NULL;
            w->start(ctx, (const char *)n->name, ns, (int)xmlGetLineNo(n));
            for (xmlAttrPtr a = n->properties; a != NULL; a = a->next) {
                xmlChar *v = xmlNodeListGetString(n->doc, a->children, 1);
                const char *ans = a->ns && a->ns->href ? (const char *)a->ns->href : NULL;
                w->attribute(ctx, (const char *)a->name, ans, v ? (const char *)v : "");
                if (v) xmlFree(v);
            }
            walk_node(n->children, w, ctx);
            w->end(ctx);
        } else if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
            if (n->content) w->text(ctx, (const char *)n->content);
        }
    }
}

void intake_xml_walk(const intake_xml_doc *doc, const intake_xml_walker *walker, void *ctx) {
    if (doc == NULL || walker == NULL) return;
    walk_node(xmlDocGetRootElement(doc->doc), walker, ctx);
}

static intake_xml_schema *schema_compile(xmlSchemaParserCtxtPtr pctx, intake_xml_diag_fn diag, void *ctx);

intake_xml_schema *intake_xml_schema_load(const char *path, intake_xml_diag_fn diag, void *ctx) {
    xmlSchemaParserCtxtPtr pctx = xmlSchemaNewParserCtxt(path);
    if (pctx == NULL) return NULL;
    return schema_compile(pctx, diag, ctx);
}

intake_xml_schema *intake_xml_schema_load_memory(const char *bytes, int size, intake_xml_diag_fn diag, void *ctx) {
    xmlSchemaParserCtxtPtr pctx = xmlSchemaNewMemParserCtxt(bytes, size);
    if (pctx == NULL) return NULL;
    return schema_compile(pctx, diag, ctx);
}

static intake_xml_schema *schema_compile(xmlSchemaParserCtxtPtr pctx, intake_xml_diag_fn diag, void *ctx) {
    diag_sink sink = { diag, ctx };
    xmlSchemaSetParserStructuredErrors(pctx, report_error, &sink);
    xmlSchemaPtr schema = xmlSchemaParse(pctx);
    xmlSchemaFreeParserCtxt(pctx);
    if (schema == NULL) return NULL;
    intake_xml_schema *out = malloc(sizeof *out);
    if (out == NULL) { xmlSchemaFree(schema); return NULL; }
    out->schema = schema;
    return out;
}

void intake_xml_schema_free(intake_xml_schema *schema) {
    if (schema == NULL) return;
    xmlSchemaFree(schema->schema);
    free(schema);
}

int intake_xml_validate(const intake_xml_schema *schema, intake_xml_doc *doc,
                        intake_xml_diag_fn diag, void *ctx) {
    diag_sink sink = { diag, ctx };
    xmlSchemaValidCtxtPtr vctx = xmlSchemaNewValidCtxt(schema->schema);
    if (vctx == NULL) return -1;
    xmlSchemaSetValidStructuredErrors(vctx, report_error, &sink);
    int rc = xmlSchemaValidateDoc(vctx, doc->doc);
    xmlSchemaFreeValidCtxt(vctx);
    return rc;
}

// ---- XPath extension functions (namespace urn:dalian:intake:xpath:1) ----

static int parse_date(const char *s, int *y, int *m, int *d) {
    if (s == NULL) return -1;
    while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r') s++;
    if (strlen(s) < 10) return -1;
    for (int i = 0; i < 10; i++) {
        if (i == 4 || i == 7) { if (s[i] != '-') return -1; }
        else if (s[i] < '0' || s[i] > '9') return -1;
    }
    *y = atoi(s); *m = atoi(s + 5); *d = atoi(s + 8);
    if (*m < 1 || *m > 12 || *d < 1 || *d > 31) return -1;
    return 0;
}

static void fn_submitted(xmlXPathParserContextPtr ctxt, int nargs) {
    if (nargs != 0) { xmlXPathSetArityError(ctxt); return; }
    intake_xpath *xp = (intake_xpath *)ctxt->context->userData;
    valuePush(ctxt, xmlXPathNewString((const xmlChar *)(xp ? xp->submitted : "")));
}

// Whole years from the argument date to the submitted date (an age); NaN when either is
// not a date.
static void fn_years_since(xmlXPathParserContextPtr ctxt, int nargs) {
    if (nargs != 1) { xmlXPathSetArityError(ctxt); return; }
    xmlChar *arg = xmlXPathPopString(ctxt);
    intake_xpath *xp = (intake_xpath *)ctxt->context->userData;
    int y, m, d, sy, sm, sd;
    double result = xmlXPathNAN;
    if (xp && parse_date((const char *)arg, &y, &m, &d) == 0 &&
        parse_date(xp->submitted, &sy, &sm, &sd) == 0) {
        int years = sy - y;
        if (sm < m || (sm == m && sd < d)) years -= 1;
        result = years;
    }
    if (arg) xmlFree(arg);
    valuePush(ctxt, xmlXPathNewFloat(result));
}

static void fn_date_number(xmlXPathParserContextPtr ctxt, int nargs) {
    if (nargs != 1) { xmlXPathSetArityError(ctxt); return; }
    xmlChar *arg = xmlXPathPopString(ctxt);
    int y, m, d;
    double result = xmlXPathNAN;
    if (parse_date((const char *)arg, &y, &m, &d) == 0) result = y * 10000.0 + m * 100 + d;
    if (arg) xmlFree(arg);
    valuePush(ctxt, xmlXPathNewFloat(result));
}

static int days_in_month(int y, int m) {
    static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
    return days[m - 1];
}

// A YYYYMMDD number whose day is past its month's end (a year counted from 29 February,
// YYYYMMDD + 10000) is that month's last day: 民法典 第二百零二条 (没有对应日的，月末日为期间的
// 最后一日). A month past 12 (a period in months counted from December, YYYYMMDD + 100) is the
// next year's. 0 when it is no date.
static int32_t last_day(double n) {
    if (!(n >= 10000101.0 && n <= 99991231.0) || n != (double)(int32_t)n) return 0;
    int32_t v = (int32_t)n;
    int y = v / 10000, m = v / 100 % 100, d = v % 100;
    if (m > 12) { y += (m - 1) / 12; m = (m - 1) % 12 + 1; }
    if (m < 1 || d < 1 || d > 31 || y > 9999) return 0;
    int last = days_in_month(y, m);
    return y * 10000 + m * 100 + (d > last ? last : d);
}

static int contains(const int32_t *days, int n, int32_t v) {
    int lo = 0, hi = n - 1;
    while (lo <= hi) {
        int mid = lo + (hi - lo) / 2;
        if (days[mid] == v) return 1;
        if (days[mid] < v) lo = mid + 1; else hi = mid - 1;
    }
    return 0;
}

// Monday 1 … Sunday 7 (Sakamoto's method).
static int weekday(int y, int m, int d) {
    static const int t[] = { 0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4 };
    if (m < 3) y -= 1;
    int w = (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7;  // 0 Sunday
    return w == 0 ? 7 : w;
}

static int working_day(const intake_xpath *xp, int32_t v) {
    if (xp && contains(xp->on, xp->non, v)) return 1;
    if (xp && contains(xp->off, xp->noff, v)) return 0;
    return weekday(v / 10000, v / 100 % 100, v % 100) <= 5;
}

static int32_t next_day(int32_t v) {
    int y = v / 10000, m = v / 100 % 100, d = v % 100;
    if (d < days_in_month(y, m)) return v + 1;
    if (m < 12) return y * 10000 + (m + 1) * 100 + 1;
    return (y + 1) * 10000 + 101;
}

// x:last-day(YYYYMMDD): the date a period counted in years or months ends on (民法典 第二百零二条):
// a day past the month's end is its last day. NaN when the argument is no date.
static void fn_last_day(xmlXPathParserContextPtr ctxt, int nargs) {
    if (nargs != 1) { xmlXPathSetArityError(ctxt); return; }
    int32_t v = last_day(xmlXPathPopNumber(ctxt));
    valuePush(ctxt, xmlXPathNewFloat(v ? (double)v : xmlXPathNAN));
}

// x:period-end(YYYYMMDD): the last day of a period ending on that date, as x:last-day, moved to
// the first working day after it when it is a day off (民法典 第二百零三条: 期间的最后一日是法定休假日
// 的，以法定休假日结束的次日为期间的最后一日), by the catalog's working-day calendar. NaN when the
// argument is no date.
static void fn_period_end(xmlXPathParserContextPtr ctxt, int nargs) {
    if (nargs != 1) { xmlXPathSetArityError(ctxt); return; }
    intake_xpath *xp = (intake_xpath *)ctxt->context->userData;
    int32_t v = last_day(xmlXPathPopNumber(ctxt));
    // A year's days off are at most a few weeks in a row: the bound only stops a calendar
    // that would mark every day off. A day of a year no notice confirms is told to the caller
    // (intake_xpath_take_unconfirmed): whether it is a day off is not known.
    for (int i = 0; v && i < 400; i++) {
        if (xp && xp->years && !contains(xp->years, xp->nyears, v / 10000)) xp->unconfirmed = 1;
        if (working_day(xp, v)) break;
        v = next_day(v);
    }
    valuePush(ctxt, xmlXPathNewFloat(v ? (double)v : xmlXPathNAN));
}

static const xmlChar *XNS = (const xmlChar *)"urn:dalian:intake:xpath:1";

intake_xpath *intake_xpath_new(intake_xml_doc *doc, const char *submitted) {
    intake_xpath *xp = calloc(1, sizeof *xp);
    if (xp == NULL) return NULL;
    xp->ctx = xmlXPathNewContext(doc ? doc->doc : NULL);
    if (xp->ctx == NULL) { free(xp); return NULL; }
    if (submitted) { strncpy(xp->submitted, submitted, 10); xp->submitted[10] = 0; }
    xp->ctx->userData = xp;
    xmlXPathRegisterNs(xp->ctx, (const xmlChar *)"x", XNS);
    xmlXPathRegisterFuncNS(xp->ctx, (const xmlChar *)"submitted", XNS, fn_submitted);
    xmlXPathRegisterFuncNS(xp->ctx, (const xmlChar *)"years-since", XNS, fn_years_since);
    xmlXPathRegisterFuncNS(xp->ctx, (const xmlChar *)"date-number", XNS, fn_date_number);
    xmlXPathRegisterFuncNS(xp->ctx, (const xmlChar *)"last-day", XNS, fn_last_day);
    xmlXPathRegisterFuncNS(xp->ctx, (const xmlChar *)"period-end", XNS, fn_period_end);
    if (doc) xp->ctx->node = xmlDocGetRootElement(doc->doc);
    return xp;
}

void intake_xpath_free(intake_xpath *xp) {
    if (xp == NULL) return;
    xmlXPathFreeContext(xp->ctx);
    free(xp->off);
    free(xp->on);
    free(xp->years);
    free(xp);
}

static int32_t *copy_days(const int32_t *days, int n) {
    if (days == NULL || n <= 0) return NULL;
    int32_t *out = malloc((size_t)n * sizeof *out);
    if (out) memcpy(out, days, (size_t)n * sizeof *out);
    return out;
}

int intake_xpath_set_calendar(intake_xpath *xp, const int32_t *off, int noff, const int32_t *on, int non,
                              const int32_t *years, int nyears) {
    free(xp->off);
    free(xp->on);
    free(xp->years);
    xp->off = copy_days(off, noff);
    xp->on = copy_days(on, non);
    // Never NULL once set: an empty list confirms no year.
    xp->years = nyears > 0 ? copy_days(years, nyears) : calloc(1, sizeof *xp->years);
    xp->noff = xp->off ? noff : 0;
    xp->non = xp->on ? non : 0;
    xp->nyears = xp->years && nyears > 0 ? nyears : 0;
    return (noff > 0 && xp->off == NULL) || (non > 0 && xp->on == NULL) || xp->years == NULL ? -1 : 0;
}

int intake_xpath_take_unconfirmed(intake_xpath *xp) {
    int was = xp->unconfirmed;
    xp->unconfirmed = 0;
    return was;
}

int intake_xpath_register_ns(intake_xpath *xp, const char *prefix, const char *uri) {
    return xmlXPathRegisterNs(xp->ctx, (const xmlChar *)prefix, (const xmlChar *)uri);
}

static xmlXPathObjectPtr eval(intake_xpath *xp, const char *expr, diag_sink *sink) {
    xmlSetStructuredErrorFunc(sink, report_error);
    xmlXPathCompExprPtr comp = xmlXPathCtxtCompile(xp->ctx, (const xmlChar *)expr);
    xmlXPathObjectPtr obj = NULL;
    if (comp != NULL) {
        obj = xmlXPathCompiledEval(comp, xp->ctx);
        xmlXPathFreeCompExpr(comp);
    }
    xmlSetStructuredErrorFunc(NULL, NULL);
    return obj;
}

int intake_xpath_boolean(intake_xpath *xp, const char *expr, int *result,
                         intake_xml_diag_fn diag, void *ctx) {
    diag_sink sink = { diag, ctx };
    xmlXPathObjectPtr obj = eval(xp, expr, &sink);
    if (obj == NULL) return -1;
    *result = xmlXPathCastToBoolean(obj);
    xmlXPathFreeObject(obj);
    return 0;
}

int intake_xpath_check(intake_xpath *xp, const char *expr, intake_xml_diag_fn diag, void *ctx) {
    diag_sink sink = { diag, ctx };
    xmlSetStructuredErrorFunc(&sink, report_error);
    xmlXPathCompExprPtr comp = xmlXPathCtxtCompile(xp->ctx, (const xmlChar *)expr);
    xmlSetStructuredErrorFunc(NULL, NULL);
    if (comp == NULL) return -1;
    xmlXPathFreeCompExpr(comp);
    return 0;
}
