/* Measuring a page's content before it runs (pdf_budget.h). */
#include "pdf_budget.h"

#include <string.h>
#include <time.h>

typedef struct seen {
	int num[PDF_MAX_FORMS];
	int n;
} seen;

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Reads one stream to its end, counting; throws past a limit. */
static void count_stream(fz_context *ctx, pdf_obj *ref, pdf_budget *b)
{
	unsigned char buf[65536];
	fz_stream *s = NULL;
	fz_var(s);
	fz_try(ctx)
	{
		s = pdf_open_stream(ctx, ref);
		size_t n;
		while ((n = fz_read(ctx, s, buf, sizeof buf)) > 0) {
			b->page_used += n;
			b->used += n;
			b->over_page = b->page_used > PDF_MAX_PAGE_CONTENT;
			b->over_total = b->used > PDF_MAX_CONTENT;
			b->over_time = b->deadline > 0 && now() > b->deadline;
			if (b->over_page || b->over_total || b->over_time)
				fz_throw(ctx, FZ_ERROR_GENERIC, "content over the limit");
		}
	}
	fz_always(ctx)
	{
		fz_drop_stream(ctx, s);
	}
	fz_catch(ctx)
	{
		if (b->over_page || b->over_total || b->over_time)
			fz_rethrow(ctx);
		/* undecodable: the interpreter gets no more of it than we did */
	}
}

static int seen_before(seen *v, int num)
{
	for (int i = 0; i < v->n; i++)
		if (v->num[i] == num)
			return 1;
	if (v->n < PDF_MAX_FORMS)
		v->num[v->n++] = num;
	return 0;
}

/* The forms (XObject /Subtype /Form) and patterns with content of a
 * resources dictionary, and theirs in turn. */
static void scan_resources(fz_context *ctx, pdf_obj *res, pdf_budget *b, seen *v, int depth)
{
	if (!pdf_is_dict(ctx, res) || depth > PDF_MAX_FORM_DEPTH)
		return;
	pdf_obj *dicts[2] = {pdf_dict_get(ctx, res, PDF_NAME(XObject)),
	                     pdf_dict_get(ctx, res, PDF_NAME(Pattern))};
	for (int d = 0; d < 2; d++) {
		int n = pdf_dict_len(ctx, dicts[d]);
		for (int i = 0; i < n && v->n < PDF_MAX_FORMS; i++) {
			pdf_obj *o = pdf_dict_get_val(ctx, dicts[d], i);
			if (!pdf_is_stream(ctx, o) || seen_before(v, pdf_to_num(ctx, o)))
				continue;
			if (d == 0 && !pdf_name_eq(ctx, pdf_dict_get(ctx, o, PDF_NAME(Subtype)),
			                           PDF_NAME(Form)))
				continue; /* an image: not run, not decoded for text */
			count_stream(ctx, o, b);
			scan_resources(ctx, pdf_dict_get(ctx, o, PDF_NAME(Resources)), b, v,
			               depth + 1);
		}
	}
}

void pdf_budget_page(fz_context *ctx, pdf_obj *page, pdf_budget *b)
{
	seen *v = fz_malloc_struct(ctx, seen);
	fz_try(ctx)
	{
		pdf_obj *contents = pdf_dict_get(ctx, page, PDF_NAME(Contents));
		if (pdf_is_array(ctx, contents)) {
			int n = pdf_array_len(ctx, contents);
			for (int i = 0; i < n; i++)
				count_stream(ctx, pdf_array_get(ctx, contents, i), b);
		} else if (pdf_is_stream(ctx, contents))
			count_stream(ctx, contents, b);
		scan_resources(ctx, pdf_dict_get_inheritable(ctx, page, PDF_NAME(Resources)), b, v,
		               0);
	}
	fz_always(ctx)
	{
		fz_free(ctx, v);
	}
	fz_catch(ctx)
	{
		fz_rethrow(ctx);
	}
}
