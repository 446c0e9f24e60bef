/* Clause tokens (see clause_tokens.h for the design). */
#include "clause_tokens.h"

#include "lexicon.h"
#include "sb.h"
#include "units.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* The word lists tried at each position, longest match first; on equal
 * length the earlier list wins (a plain word beats every kind, 了 is a
 * filler before a link, 达到 a link before a level reached). */
typedef struct ct_list {
	enum ct_kind kind;
	const char32_t *const *words;
} ct_list;

static const ct_list LISTS[] = {
    {CT_WORD, LEX_CT_PLAIN_WORDS},
    {CT_BASE_PREV, LEX_CT_YOY_BASES},
    {CT_BASIS, LEX_CT_BASIS},
    {CT_SPAN, LEX_CT_SPANS},
    {CT_FILLER, LEX_CT_FILLERS},
    {CT_LINK, LEX_GROWTH_LINK},
    {CT_TO, LEX_CHANGE_TO},
    {CT_GROWTH_UP, LEX_GROWTH_UP},
    {CT_GROWTH_DOWN, LEX_GROWTH_DOWN},
    {CT_TARGET, LEX_CT_TARGET_NOUNS},
    {CT_EACH, LEX_CT_EACH},
    {CT_ALL, LEX_CT_ALL},
    {CT_SEP, LEX_CT_SEPARATORS},
};
#define N_LISTS (sizeof LISTS / sizeof LISTS[0])

static const char *const NAMES[] = {
    "WORD",  "PUNCT",     "OPEN",        "CLOSE", "QUOTE",     "NUMBER", "UNIT",      "YEAR",
    "RANGE", "GROWTH_UP", "GROWTH_DOWN", "LINK",  "BASE_PREV", "BASIS",  "BASE_YEAR", "COMPARE",
    "SPAN",  "FROM",      "TO",          "SEP",   "EACH",      "ALL",    "TARGET",    "FILLER",
};

const char *ct_kind_name(enum ct_kind k)
{
	return (size_t)k < sizeof NAMES / sizeof NAMES[0] ? NAMES[k] : "?";
}

int ct_only(const ct_token *toks, size_t n, unsigned mask)
{
	for (size_t i = 0; i < n; i++)
		if (!(mask & CT_BIT(toks[i].kind)))
			return 0;
	return 1;
}

/* Length of w at pos when it lies inside [pos, to), else 0. */
static size_t word_at(const xt_text *t, size_t pos, size_t to, const char32_t *w)
{
	size_t i = 0;
	for (; w[i]; i++)
		if (pos + i >= to || t->cp[pos + i] != (uint32_t)w[i])
			return 0;
	return i;
}

static int is_punct(uint32_t c)
{
	return c == 0xFF0C || c == ',' || c == 0xFF1B || c == ';' || c == 0x3002 || c == 0xFF1A ||
	       c == ':' || c == 0xFF01 || c == '!' || c == 0xFF1F || c == '?' || c == '\n' ||
	       c == '\r' || c == ' ' || c == '\t' || c == 0x3000 || c == 0xA0;
}

static uint32_t at(const xt_text *t, size_t pos, size_t to)
{
	return pos < to ? t->cp[pos] : 0;
}

/* A year of four digits and 年 at pos (not inside a longer number): its
 * value, else 0. */
static int year_at(const xt_text *t, size_t pos, size_t to)
{
	for (size_t k = 0; k < 4; k++)
		if (!xt_is_digit(at(t, pos + k, to)))
			return 0;
	if (xt_is_digit(at(t, pos + 4, to)) || at(t, pos + 4, to) != 0x5E74 /* 年 */)
		return 0;
	int y = (int)((t->cp[pos] - '0') * 1000 + (t->cp[pos + 1] - '0') * 100 +
	              (t->cp[pos + 2] - '0') * 10 + (t->cp[pos + 3] - '0'));
	return y >= 1900 && y <= 2100 ? y : 0;
}

/* 比2010年, 较2010年末, 与2010年相比 at pos: its length, the year in *year. */
static size_t base_year_at(const xt_text *t, size_t pos, size_t to, int *year)
{
	uint32_t c = t->cp[pos];
	if (c != 0x6BD4 /* 比 */ && c != 0x8F83 /* 较 */ && c != 0x4E0E /* 与 */)
		return 0;
	int y = year_at(t, pos + 1, to);
	if (!y)
		return 0;
	size_t k = pos + 6;
	if (at(t, k, to) == 0x672B /* 末 */ || at(t, k, to) == 0x5E95 /* 底 */)
		k++;
	size_t l;
	if ((l = word_at(t, k, to, U"相比")) || (l = word_at(t, k, to, U"相较")))
		k += l;
	*year = y;
	return k - pos;
}

/* An index of the lists' words by the low byte of their first code point,
 * built once (pthread_once: the lists are constant, so every thread may
 * share it): a position is tried only against the few words whose first
 * code point can be its own. */
#define INDEX_MAX 1024
typedef struct index_entry {
	const char32_t *word;
	uint8_t list;
} index_entry;

static index_entry index_entries[INDEX_MAX];
static uint16_t index_start[257]; /* bucket b is index_entries[start[b] .. start[b+1]) */
static int index_complete;        /* every word fitted (else the lists are scanned) */
static pthread_once_t index_once = PTHREAD_ONCE_INIT;

static void index_build(void)
{
	uint16_t count[256] = {0};
	size_t total = 0;
	for (size_t l = 0; l < N_LISTS; l++)
		for (const char32_t *const *w = LISTS[l].words; *w; w++, total++)
			count[(uint32_t)(*w)[0] & 0xFF]++;
	if (total > INDEX_MAX)
		return;
	index_start[0] = 0;
	for (size_t b = 0; b < 256; b++)
		index_start[b + 1] = (uint16_t)(index_start[b] + count[b]);
	uint16_t fill[256];
	memcpy(fill, index_start, sizeof fill);
	for (size_t l = 0; l < N_LISTS; l++)
		for (const char32_t *const *w = LISTS[l].words; *w; w++) {
			size_t b = (uint32_t)(*w)[0] & 0xFF;
			index_entries[fill[b]++] = (index_entry){*w, (uint8_t)l};
		}
	index_complete = 1;
}

/* Whether word w of list l at pos is a token, and of what kind. One code
 * point verbs of change and 各 count only before a number (增5%, 降3.1%,
 * 各1家): elsewhere they begin ordinary words. */
static size_t word_token(const xt_text *t, size_t pos, size_t to, size_t l, const char32_t *w,
                         enum ct_kind *kind)
{
	size_t len = word_at(t, pos, to, w);
	if (!len)
		return 0;
	enum ct_kind k = LISTS[l].kind;
	if (len == 1 && (k == CT_GROWTH_UP || k == CT_GROWTH_DOWN ||
	                 (k == CT_ALL && t->cp[pos] == 0x5404 /* 各 */))) {
		uint32_t next = at(t, pos + 1, to);
		if (!xt_is_digit(next) && next != '-' && next != 0xFF0D)
			return 0;
	}
	*kind = k;
	return len;
}

/* The longest word of the lists at pos: its length, its kind in *kind; 0
 * when none. On equal length the earlier list wins (LISTS). */
static size_t listed_word_at(const xt_text *t, size_t pos, size_t to, enum ct_kind *kind)
{
	size_t best = 0;
	uint32_t c = t->cp[pos];
	enum ct_kind k;
	if (index_complete) {
		size_t b = c & 0xFF;
		for (size_t e = index_start[b]; e < index_start[b + 1]; e++) {
			const index_entry *ie = &index_entries[e];
			if ((uint32_t)ie->word[0] != c)
				continue;
			size_t len = word_token(t, pos, to, ie->list, ie->word, &k);
			if (len > best) { /* entries are in list order: ties keep the earlier */
				best = len;
				*kind = k;
			}
		}
		return best;
	}
	for (size_t l = 0; l < N_LISTS; l++)
		for (const char32_t *const *w = LISTS[l].words; *w; w++) {
			if ((uint32_t)(*w)[0] != c)
				continue;
			size_t len = word_token(t, pos, to, l, *w, &k);
			if (len > best) {
				best = len;
				*kind = k;
			}
		}
	return best;
}

/* 从 / 由 opening a from–to: a number follows within a few words
 * (从380元, 由2010年的162.4亿元, 从疫情前的0.2万). */
static int from_at(const xt_text *t, size_t pos, size_t to)
{
	uint32_t c = t->cp[pos];
	if (c != 0x4ECE /* 从 */ && c != 0x7531 /* 由 */)
		return 0;
	for (size_t k = pos + 1; k < to && k - pos <= 8; k++) {
		if (xt_is_digit(t->cp[k]))
			return 1;
		if (!xt_is_han(t->cp[k]))
			return 0;
	}
	return 0;
}

/* The end of the quote opening at pos: after its matching close, or to. */
static size_t quote_end(const xt_text *t, size_t pos, size_t to)
{
	uint32_t c = t->cp[pos];
	if (c == '"' || c == 0xFF02) {
		for (size_t k = pos + 1; k < to; k++)
			if (t->cp[k] == c)
				return k + 1;
		return to;
	}
	int depth = 0;
	for (size_t k = pos; k < to; k++) {
		if (xt_is_open_quote(t->cp[k]))
			depth++;
		else if (xt_is_close_quote(t->cp[k]) && --depth == 0)
			return k + 1;
	}
	return to;
}

typedef struct out {
	ct_token *v;
	size_t n;
} out;

/* Appends [a, b) of kind; a word right after a word extends it. */
static void emit(out *o, enum ct_kind kind, size_t a, size_t b, int year)
{
	if (kind == CT_WORD && o->n > 0 && o->v[o->n - 1].kind == CT_WORD &&
	    o->v[o->n - 1].end == a) {
		o->v[o->n - 1].end = b;
		return;
	}
	o->v[o->n++] = (ct_token){kind, a, b, year};
}

size_t ct_tokenize(const xt_text *t, size_t from, size_t to, ct_token **toks)
{
	*toks = NULL;
	if (to > t->n)
		to = t->n;
	if (from >= to)
		return 0;
	pthread_once(&index_once, index_build);
	out o = {xcalloc(to - from, sizeof *o.v), 0};
	size_t i = from;
	while (i < to) {
		uint32_t c = t->cp[i];
		enum ct_kind prev = o.n ? o.v[o.n - 1].kind : CT_PUNCT;
		int year = 0;
		size_t l;
		if (xt_is_open_quote(c) || c == '"' || c == 0xFF02) {
			l = quote_end(t, i, to) - i;
			emit(&o, CT_QUOTE, i, i + l, 0);
		} else if (c == 0xFF08 || c == '(') {
			emit(&o, CT_OPEN, i, i + 1, 0);
			l = 1;
		} else if (c == 0xFF09 || c == ')') {
			emit(&o, CT_CLOSE, i, i + 1, 0);
			l = 1;
		} else if (is_punct(c)) {
			emit(&o, CT_PUNCT, i, i + 1, 0);
			l = 1;
		} else if (xt_is_digit(c) ||
		           ((c == '-' || c == 0xFF0D) &&
		            (prev == CT_GROWTH_UP || prev == CT_GROWTH_DOWN || prev == CT_LINK) &&
		            xt_is_digit(at(t, i + 1, to)))) {
			if (xt_is_digit(c) && (year = year_at(t, i, to)) && prev != CT_RANGE &&
			    !(i > 0 && xt_is_digit(t->cp[i - 1]))) {
				emit(&o, CT_YEAR, i, i + 5, year);
				l = 5;
			} else {
				size_t e = xt_number_end(t, xt_is_digit(c) ? i : i + 1, to);
				emit(&o, CT_NUMBER, i, e, 0);
				size_t p = e;
				if (at(t, p, to) == 0x4F59 /* 余 */ ||
				    at(t, p, to) == 0x591A /* 多 */)
					p++;
				unit_match u;
				if (units_match(t, p, &u) && p + u.len <= to) {
					emit(&o, CT_UNIT, e, p + u.len, 0);
					e = p + u.len;
				}
				/* 3-5个, 6%-7%: the dash before the upper bound */
				if (e < to && xt_is_range_dash(t->cp[e]) &&
				    xt_is_digit(at(t, e + 1, to))) {
					emit(&o, CT_RANGE, e, e + 1, 0);
					e++;
				}
				l = e - i;
			}
		} else if ((l = base_year_at(t, i, to, &year))) {
			emit(&o, CT_BASE_YEAR, i, i + l, year);
		} else {
			enum ct_kind k = CT_WORD;
			l = listed_word_at(t, i, to, &k);
			if (!l && from_at(t, i, to)) {
				k = CT_FROM;
				l = 1;
			} else if (!l && (c == 0x6BD4 /* 比 */ || c == 0x8F83 /* 较 */)) {
				k = CT_COMPARE;
				l = 1;
			}
			if (!l) {
				k = CT_WORD;
				l = 1;
			}
			emit(&o, k, i, i + l, 0);
		}
		i += l;
	}
	if (o.n == 0) {
		free(o.v);
		return 0;
	}
	*toks = o.v;
	return o.n;
}
