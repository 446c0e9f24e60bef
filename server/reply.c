/* List replies and row conversion shared by all handlers (see reply.h). */
#include "reply.h"

#include "csv.h"
#include "json_num.h"
#include "log.h"
#include "row_text.h"
#include "urlcodec.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* A decimal with more than 15 significant digits (none in a real report: a
 * figure that long is a typo or an attack). A decimal field is a JSON
 * number whatever its value — typed clients cannot take a field that is
 * sometimes a string — so: an integer that fits 64 bits exactly, else the
 * nearest double (15 significant digits printed, all a double holds, and
 * all a JavaScript client would keep of more). Logged, as it is lossy.
 * NULL for text that is no decimal at all. */
static json_t *long_decimal(const char *text)
{
	char *end = NULL;
	errno = 0;
	long long i = strtoll(text, &end, 10);
	if (end != text && *end == '\0' && errno == 0)
		return json_integer(i);
	errno = 0;
	double d = strtod(text, &end);
	if (end == text || *end != '\0' || errno != 0 || !isfinite(d))
		return NULL;
	log_warn("decimal %s has more than 15 significant digits: rounded in JSON", text);
	return json_real(d);
}

json_t *cell_text_to_json(const char *text, enum col_type type)
{
	json_t *v = NULL;
	switch (type) {
	case COL_TEXT:
		v = json_string(text);
		break;
	case COL_INT:
		v = json_integer(strtoll(text, NULL, 10));
		break;
	case COL_DECIMAL:
		v = json_decimal(text);
		if (!v)
			v = long_decimal(text);
		break;
	case COL_BOOL:
		v = json_boolean(text[0] == 't');
		break;
	case COL_JSON:
		v = json_loads(text, JSON_DECODE_ANY, NULL);
		break;
	}
	return v ? v : json_null();
}

static json_t *cell_to_json(const PGresult *pg, int row, int col, enum col_type type)
{
	if (PQgetisnull(pg, row, col))
		return json_null();
	return cell_text_to_json(PQgetvalue(pg, row, col), type);
}

int *result_columns(const PGresult *pg, const col_spec *cols, size_t n_cols)
{
	int *idx = xcalloc(n_cols ? n_cols : 1, sizeof *idx);
	for (size_t i = 0; i < n_cols; i++) {
		idx[i] = PQfnumber(pg, cols[i].name);
		if (idx[i] < 0)
			log_error("result has no column %s", cols[i].name);
	}
	return idx;
}

static json_t *row_object(const PGresult *pg, int row, const col_spec *cols, size_t n_cols,
                          const int *idx)
{
	json_t *obj = json_object();
	for (size_t i = 0; i < n_cols; i++)
		json_object_set_new_nocheck(
		    obj, cols[i].name,
		    idx[i] < 0 ? json_null() : cell_to_json(pg, row, idx[i], cols[i].type));
	return obj;
}

json_t *row_to_json(const PGresult *pg, int row, const col_spec *cols, size_t n_cols)
{
	int *idx = result_columns(pg, cols, n_cols);
	json_t *obj = row_object(pg, row, cols, n_cols, idx);
	free(idx);
	return obj;
}

json_t *rows_to_json(const PGresult *pg, int skip_if_null, const col_spec *cols, size_t n_cols)
{
	int *idx = result_columns(pg, cols, n_cols);
	json_t *arr = json_array();
	for (int r = 0; r < PQntuples(pg); r++)
		if (skip_if_null < 0 || !PQgetisnull(pg, r, skip_if_null))
			json_array_append_new(arr, row_object(pg, r, cols, n_cols, idx));
	free(idx);
	return arr;
}

/* The request's own target with offset (and limit) set to those of another
 * page, or with after= set to `after`, as a relative reference for a Link
 * header. */
static void append_page_link(sb *out, const http_request *req, const paging *page, long offset,
                             const char *after, const char *rel)
{
	if (out->len)
		sb_puts(out, ", ");
	sb_putc(out, '<');
	sb_puts(out, req->path);
	sb_putc(out, '?');
	for (size_t i = 0; i < req->n_query; i++) {
		const http_param *p = &req->query[i];
		if (strcmp(p->name, "offset") == 0 || strcmp(p->name, "limit") == 0 ||
		    strcmp(p->name, "after") == 0)
			continue;
		url_encode_component(out, p->name);
		sb_putc(out, '=');
		url_encode_component(out, p->value);
		sb_putc(out, '&');
	}
	sb_printf(out, "limit=%ld&", page->limit);
	if (after) {
		sb_puts(out, "after=");
		url_encode_component(out, after);
	} else {
		sb_printf(out, "offset=%ld", offset);
	}
	sb_printf(out, ">; rel=\"%s\"", rel);
}

/* next when a row follows, in the kind of paging the request used; prev
 * for offset paging past the start (a keyset page has no cheap way back,
 * and says none). */
static void set_page_links(const http_request *req, http_response *res, const list_meta *meta,
                           const paging *page)
{
	sb links = SB_INIT;
	if (meta->has_next)
		append_page_link(&links, req, page, page->offset + page->limit,
		                 page->after ? meta->next_after : NULL, "next");
	if (page->offset > 0 && !page->after) {
		long prev = page->offset - page->limit;
		append_page_link(&links, req, page, prev < 0 ? 0 : prev, NULL, "prev");
	}
	if (links.len)
		http_set_header(res, "Link", sb_str(&links));
	sb_free(&links);
}

/* A CSV of the whole list that would not hold all of it: a 400 saying so,
 * rather than a file that looks complete and is not. Returns 1 then. */
static int refuse_cut_csv(const http_request *req, http_response *res, const list_meta *meta,
                          const paging *page)
{
	if (req->format != FORMAT_CSV || !page->whole || !meta->has_next)
		return 0;
	sb detail = SB_INIT;
	if (meta->total >= 0)
		sb_printf(&detail, "%lld rows match (from offset %ld); ",
		          meta->total - page->offset, page->offset);
	else
		sb_printf(&detail, "More than %d rows match (from offset %ld); ", CSV_ROWS_MAX,
		          page->offset);
	sb_printf(&detail,
	          "a CSV download holds at most %d."
	          " Narrow the filters, or download it in parts with limit (up to %d) and offset.",
	          CSV_ROWS_MAX, CSV_ROWS_MAX);
	reply_problem(res, 400, "too_many_rows", sb_str(&detail), "limit");
	sb_free(&detail);
	return 1;
}

void reply_page_links(const http_request *req, http_response *res, long long total,
                      const paging *page)
{
	list_meta meta = {.total = total, .has_next = page->offset + page->limit < total};
	set_page_links(req, res, &meta, page);
}

int reply_refuse_cut_csv(const http_request *req, http_response *res, long long total,
                         const paging *page)
{
	list_meta meta = {.total = total, .has_next = page->offset + page->limit < total};
	return refuse_cut_csv(req, res, &meta, page);
}

void reply_list(const http_request *req, http_response *res, json_t *items, long long total,
                const paging *page, const col_spec *cols, size_t n_cols)
{
	list_meta meta = {.total = total, .has_next = page->offset + page->limit < total};
	if (refuse_cut_csv(req, res, &meta, page)) {
		json_decref(items);
		return;
	}
	set_page_links(req, res, &meta, page);

	if (req->format == FORMAT_CSV) {
		csv_write(reply_body(res, 200, CSV_CONTENT_TYPE), items, cols, n_cols);
		json_decref(items);
		return;
	}
	json_t *body =
	    json_pack("{s:o, s:I, s:I, s:I}", "items", items, "total", (json_int_t)total, "limit",
	              (json_int_t)page->limit, "offset", (json_int_t)page->offset);
	reply_json(res, 200, body);
}

void reply_list_rows(const http_request *req, http_response *res, const PGresult *pg, row_pick pick,
                     const list_meta *meta, const paging *page, const col_spec *cols, size_t n_cols)
{
	if (refuse_cut_csv(req, res, meta, page))
		return;
	set_page_links(req, res, meta, page);
	if (req->format == FORMAT_CSV) {
		rows_write_csv(reply_body(res, 200, CSV_CONTENT_TYPE), pg, pick, cols, n_cols);
		return;
	}
	/* The members in the order json_pack gives them in reply_list. */
	sb_puts(reply_body(res, 200, "application/json"), "{\"items\":");
	rows_write_json(&res->body, pg, pick, cols, n_cols);
	if (meta->total >= 0)
		sb_printf(&res->body, ",\"total\":%lld", meta->total);
	sb_printf(&res->body, ",\"limit\":%ld,\"offset\":%ld", page->limit, page->offset);
	if (meta->next_after) {
		sb_puts(&res->body, ",\"next_after\":");
		json_write_string(&res->body, meta->next_after, strlen(meta->next_after));
	}
	sb_putc(&res->body, '}');
}

void reply_list_set_item_kind(const http_request *req, http_response *res, const char *item_kind)
{
	if (req->format != FORMAT_JSON || res->status != 200 || res->body.len == 0 ||
	    sb_str(&res->body)[0] != '{')
		return;
	/* The body is the list object reply_list(_rows) made: the member goes
	 * right after its opening brace. */
	sb tagged = SB_INIT;
	sb_printf(&tagged, "{\"item_kind\":\"%s\",", item_kind);
	sb_append(&tagged, sb_str(&res->body) + 1, res->body.len - 1);
	sb_free(&res->body);
	res->body = tagged;
}
