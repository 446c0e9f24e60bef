/* Title and subtitle reading (see meta.h). Works on normalised lines, so
 * `济源高新区 2023 年工作总结` arrives as `济源高新区2023年工作总结`. */
#include "meta.h"

#include "lexicon.h"

#include "outline.h"
#include "sb.h"
#include "utf8.h"

#include <stdlib.h>
#include <string.h>

const char *const meta_kinds[] = {"政府工作报告", "工作总结", "工作报告",
                                  "工作要点",     "工作计划", NULL};

/* Longest line that can be a title, in display columns. */
#define TITLE_MAX_WIDTH 90
/* Subtitle lines looked at under the title. */
#define SUBTITLE_MAX 4
/* Furniture lines (附件, document number) looked at above the title. */
#define LEAD_MAX 2
/* The most lines of a web page's controls above a title (下载 ⏎ 打印 ⏎ …). */
#define PAGE_CONTROLS_MAX 12

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Earliest kind keyword in s: its position (or NULL) and which one. */
static const char *find_kind(const char *s, const char **kind)
{
	const char *best = NULL;
	*kind = NULL;
	for (size_t i = 0; meta_kinds[i]; i++) {
		const char *p = strstr(s, meta_kinds[i]);
		if (p && (!best || p < best)) { /* ties keep the more specific, listed first */
			best = p;
			*kind = meta_kinds[i];
		}
	}
	return best;
}

/* First "YYYY年" with a plausible year; its position, or NULL. */
static const char *find_year(const char *s, int *year)
{
	for (const char *p = s; (p = strstr(p, "年")) != NULL; p += 3) {
		if (p - s < 4)
			continue;
		const char *y = p - 4;
		if (!is_digit(y[0]) || !is_digit(y[1]) || !is_digit(y[2]) || !is_digit(y[3]))
			continue;
		if (y > s && is_digit(y[-1]))
			continue;
		int v = atoi(y);
		if (v >= 1949 && v <= 2200) {
			*year = v;
			return y;
		}
	}
	return NULL;
}

static int ends_with(const char *s, size_t n, const char *w)
{
	size_t k = strlen(w);
	return n >= k && memcmp(s + n - k, w, k) == 0;
}

/* A line that reads as a sentence rather than a title: it ends in sentence
 * or clause punctuation, Chinese or ASCII. */
static int ends_sentence(const norm_line *l)
{
	static const char *const ends[] = {"。", "，", "；", "：", "！", "？",
	                                   ".",  ",",  ";",  ":",  "!",  "?"};
	for (size_t i = 0; i < sizeof ends / sizeof *ends; i++)
		if (ends_with(l->text, l->len, ends[i]))
			return 1;
	return 0;
}

static int titleish(const norm_line *l)
{
	return l->width <= TITLE_MAX_WIDTH && !ends_sentence(l);
}

/* Copies s[0..n) without surrounding spaces and title marks; NULL if empty. */
static char *clean_org(const char *s, size_t n)
{
	static const char *const strip_front[] = {"《", "“", "\"", " ", "关于"};
	static const char *const strip_back[] = {"》", "”", "\"", " ", "的"};
	int changed = 1;
	while (changed) {
		changed = 0;
		for (size_t i = 0; i < sizeof strip_front / sizeof *strip_front; i++) {
			size_t k = strlen(strip_front[i]);
			if (n >= k && memcmp(s, strip_front[i], k) == 0) {
				s += k;
				n -= k;
				changed = 1;
			}
		}
		for (size_t i = 0; i < sizeof strip_back / sizeof *strip_back; i++)
			if (ends_with(s, n, strip_back[i])) {
				n -= strlen(strip_back[i]);
				changed = 1;
			}
	}
	return n ? xstrndup(s, n) : NULL;
}

static const char *const issuers[] = {"管委会", "管理委员会", "人民政府", "党工委", "党委"};

/* Whether s[0..n) ends with the name of an issuing body. */
static int ends_with_issuer(const char *s, size_t n)
{
	for (size_t i = 0; i < sizeof issuers / sizeof *issuers; i++)
		if (ends_with(s, n, issuers[i]))
			return 1;
	return 0;
}

/* Length of s[0..n) without the issuing body that follows the place's name
 * (`临港经济开发区管委会` → `临港经济开发区`, `江北区人民政府` → `江北区`,
 * `XX开发区党工委、管委会` → `XX开发区`): the organisation is the place.
 * Returns n when nothing would be left, so a bare `管委会` is kept. */
static size_t without_issuer(const char *s, size_t n)
{
	static const char *const joiners[] = {"、", "和", "及"};
	size_t k = n;
	int changed = 1;
	while (changed) {
		changed = 0;
		for (size_t i = 0; i < sizeof issuers / sizeof *issuers; i++)
			if (ends_with(s, k, issuers[i]) && k > strlen(issuers[i])) {
				k -= strlen(issuers[i]);
				changed = 1;
			}
		for (size_t i = 0; k < n && i < sizeof joiners / sizeof *joiners; i++)
			if (ends_with(s, k, joiners[i]) && k > strlen(joiners[i])) {
				k -= strlen(joiners[i]);
				changed = 1;
			}
	}
	/* never leave a joining word or a bare issuer at the end */
	if (ends_with_issuer(s, k) || ends_with(s, k, "、") || ends_with(s, k, "和") ||
	    ends_with(s, k, "及"))
		return n;
	return k;
}

/* clean_org, then without the issuing body; NULL if empty. */
static char *org_name(const char *s, size_t n)
{
	char *c = clean_org(s, n);
	if (c)
		c[without_issuer(c, strlen(c))] = '\0';
	return c;
}

/* Number of CJK ideographs s[0..n) consists of, or 0 if anything else is
 * in it. */
static size_t ideographs(const char *s, size_t n)
{
	const char *end = s + n;
	size_t k = 0;
	for (const char *p = s; p < end; k++) {
		size_t l;
		if (!cp_is_ideograph(utf8_get(p, end, &l)))
			return 0;
		p += l;
	}
	return k;
}

/* A personal name after an official's title: two to four ideographs. */
static int is_name(const char *s, size_t n)
{
	size_t k = ideographs(s, n);
	return k >= 2 && k <= 4;
}

/* A bare name on its own line under the title (`王明`): two to four
 * ideographs opening with a common surname. The surname keeps a short
 * heading-like line (`前言`, `概述`) out of the title block. */
static int is_bare_name(const char *s, size_t n)
{
	static const char *const compound[] = {"欧阳", "司马", "诸葛", "上官", "东方",
	                                       "皇甫", "令狐", "慕容", "尉迟", "公孙"};
	static const char surnames[] =
	    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余"
	    "杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙"
	    "史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤庞樊殷施洪颜芦季俞鲁葛伍聂邢詹耿靳欧甄裴鲍霍"
	    "翁阮闵冉";
	if (!is_name(s, n))
		return 0;
	for (size_t i = 0; i < sizeof compound / sizeof *compound; i++)
		if (n >= 6 && memcmp(s, compound[i], 6) == 0)
			return 1;
	for (size_t i = 0; i + 3 <= sizeof surnames - 1; i += 3)
		if (memcmp(s, surnames + i, 3) == 0)
			return 1;
	return 0;
}

/* The speaker's signature (`区长 王明`, `XX市人民政府市长 张三`,
 * `XX开发区管委会主任李四`, `王明`): returns 1 when the line is one, with
 * the organisation before the official's title in *org (new string, or NULL
 * when the line names none). */
static int signature(const char *s, size_t n, char **org)
{
	static const char *const officials[] = {"市长", "区长", "县长", "州长", "省长", "旗长",
	                                        "镇长", "乡长", "主任", "书记", "主席"};
	static const char *const ranks[] = {"代", "副", "常务", "第一"};
	*org = NULL;
	if (is_bare_name(s, n))
		return 1;
	for (size_t i = 0; i < sizeof officials / sizeof *officials; i++) {
		size_t k = strlen(officials[i]);
		for (const char *p = s; (p = strstr(p, officials[i])) != NULL; p += 3) {
			const char *name = p + k;
			if (!is_name(name, (size_t)(s + n - name)))
				continue;
			size_t pre = (size_t)(p - s);
			int changed = 1;
			while (changed) { /* 常务副区长, 代市长 */
				changed = 0;
				for (size_t j = 0; j < sizeof ranks / sizeof *ranks; j++)
					if (ends_with(s, pre, ranks[j])) {
						pre -= strlen(ranks[j]);
						changed = 1;
					}
			}
			*org = org_name(s, pre);
			if (*org && ends_with_issuer(*org, strlen(*org))) {
				free(*org); /* only an issuer (`管委会主任`): no place named */
				*org = NULL;
			}
			return 1;
		}
	}
	return 0;
}

/* `2022年1月6日`, alone on its line (brackets are subtitle marks already). */
static int is_date_line(const char *s, size_t n)
{
	static const char *const parts[] = {"年", "月", "日"};
	const char *p = s, *end = s + n;
	for (size_t i = 0; i < 3; i++) {
		const char *d = p;
		while (p < end && is_digit(*p))
			p++;
		if (p == d || p - d > 4 || (size_t)(end - p) < strlen(parts[i]) ||
		    memcmp(p, parts[i], strlen(parts[i])) != 0)
			return 0;
		p += strlen(parts[i]);
	}
	return p == end;
}

/* Whether a line under a year-first title belongs to the title block, and
 * the organisation it names (new string in *org, or NULL). */
static int org_from_subtitle(const char *s, size_t n, char **org)
{
	const char *p;
	*org = NULL;
	/* ——2019年1月10日在XX市第十六届人民代表大会第三次会议上 */
	if ((p = strstr(s, "人民代表大会")) != NULL) {
		const char *at = NULL;
		for (const char *q = s; (q = strstr(q, "在")) != NULL && q < p; q += 3)
			at = q + 3;
		if (at) {
			const char *stop = p;
			const char *di = strstr(at, "第");
			if (di && di < p && strstr(di, "届") && strstr(di, "届") < p)
				stop = di;
			*org = org_name(at, (size_t)(stop - at));
			return *org != NULL;
		}
	}
	/* XX区人民政府, XX开发区管委会: an issuer line */
	size_t k = without_issuer(s, n);
	if (k < n && ends_with_issuer(s, n)) {
		*org = org_name(s, k);
		return *org != NULL;
	}
	return signature(s, n, org);
}

/* Whether the title before its kind word (title..kpos) names a 人民政府 as
 * the issuer. */
static int names_government(const char *title, const char *kpos)
{
	const char *p = strstr(title, "人民政府");
	return p && p < kpos;
}

/* A subtitle `在…人民代表大会…上`: the report was given to a people's
 * congress. */
static int to_congress(const char *s)
{
	const char *at = strstr(s, "在");
	const char *npc = at ? strstr(at, "人民代表大会") : NULL;
	return npc && strstr(npc, "上") != NULL;
}

static int is_subtitle(const norm_line *l, char **org)
{
	static const char *const dashes[] = {"——", "—", "-", "（", "("};
	heading_label hl;
	*org = NULL;
	if (!titleish(l) || label_parse(l->text, l->len, &hl))
		return 0;
	for (size_t i = 0; i < sizeof dashes / sizeof *dashes; i++)
		if (strncmp(l->text, dashes[i], strlen(dashes[i])) == 0) {
			if (!org_from_subtitle(l->text, l->len, org)) {
				free(*org);
				*org = NULL;
			}
			return 1;
		}
	/* an issuer, speaker or date line is short and is no clause of a sentence */
	if (l->width > 60 || strstr(l->text, "，") || strstr(l->text, ","))
		return 0;
	if (is_date_line(l->text, l->len))
		return 1;
	return org_from_subtitle(l->text, l->len, org);
}

/* A web page's controls above its title (下载 打印 全屏 收藏 【字号：加大 还原
 * 减小】, one word a line or all on one): words of LEX_PAGE_CONTROLS and
 * spaces only. */
static int is_page_controls(const norm_line *l)
{
	const char *p = l->text, *end = l->text + l->len;
	int words = 0;
	while (p < end) {
		if (*p == ' ') {
			p++;
			continue;
		}
		size_t k = 0;
		for (const char *const *w = LEX_PAGE_CONTROLS; *w && !k; w++)
			if ((size_t)(end - p) >= strlen(*w) && strncmp(p, *w, strlen(*w)) == 0)
				k = strlen(*w);
		if (!k)
			return 0;
		p += k;
		words++;
	}
	return words > 0;
}

/* Furniture above the title of an attached report: `附件`, `附件2：`, a
 * document number `XX管发〔2023〕12号`. */
static int is_furniture(const norm_line *l)
{
	if (l->width > 40)
		return 0;
	if (strncmp(l->text, "附件", strlen("附件")) == 0) {
		const char *p = l->text + strlen("附件"), *end = l->text + l->len;
		while (p < end && (is_digit(*p) || *p == ':' || *p == ' '))
			p++;
		return p == end || strcmp(p, "：") == 0;
	}
	const char *open = strstr(l->text, "〔");
	if (!open)
		open = strstr(l->text, "[");
	return open && ends_with(l->text, l->len, "号") &&
	       (strstr(open, "〕") || strstr(open, "]"));
}

void meta_detect(const norm_lines *lines, report_meta *out)
{
	const char *kind = NULL;
	size_t t0 = 0; /* the title's first line */
	memset(out, 0, sizeof *out);
	/* a web page's controls, one word a line, then furniture */
	while (t0 < lines->n && t0 < PAGE_CONTROLS_MAX && is_page_controls(&lines->v[t0]))
		t0++;
	for (size_t f = 0; t0 < lines->n && f < LEAD_MAX && is_furniture(&lines->v[t0]); f++)
		t0++;
	if (t0 >= lines->n || !titleish(&lines->v[t0]))
		return;
	const norm_line *l0 = &lines->v[t0];
	const norm_line *l1 = t0 + 1 < lines->n ? &lines->v[t0 + 1] : NULL;
	sb title = SB_INIT;
	if (find_kind(l0->text, &kind)) {
		sb_append(&title, l0->text, l0->len);
		out->title_lines = 1;
	} else if (l1 && titleish(l1) && find_kind(l1->text, &kind)) {
		/* "济源高新区" / "2023年工作总结" */
		sb_append(&title, l0->text, l0->len);
		sb_append(&title, l1->text, l1->len);
		out->title_lines = 2;
	} else {
		sb_free(&title);
		return;
	}
	/* "…2022年工作总结和" / "2023年工作计划" */
	size_t next = t0 + out->title_lines;
	if (next < lines->n && titleish(&lines->v[next]) &&
	    (ends_with(title.data, title.len, "和") || ends_with(title.data, title.len, "及") ||
	     ends_with(title.data, title.len, "暨"))) {
		const norm_line *l = &lines->v[next];
		sb_append(&title, l->text, l->len);
		out->title_lines++;
	}
	out->lead_lines = t0;
	out->title = sb_take(&title);
	/* 标题：2024年保定市政府工作报告: a scraper's or a form's field label in
	 * front of the title is no part of it (the organisation would be 标题：). */
	static const char *const labels[] = {"标题：", "标题:", "题目：", "题目:", "名称："};
	for (size_t i = 0; i < sizeof labels / sizeof *labels; i++) {
		size_t k = strlen(labels[i]);
		if (strncmp(out->title, labels[i], k) == 0) {
			memmove(out->title, out->title + k, strlen(out->title + k) + 1);
			break;
		}
	}

	const char *kpos = find_kind(out->title, &kind);
	/* 松溪县人民政府2023年工作报告: a government's work report is a
	 * 政府工作报告 (a 管委会's stays a 工作报告). */
	if (strcmp(kind, "工作报告") == 0 && names_government(out->title, kpos))
		kind = "政府工作报告";
	out->kind = xstrdup(kind);
	const char *ypos = find_year(out->title, &out->year);
	const char *lead = ypos && ypos < kpos ? ypos : kpos;
	out->organization = org_name(out->title, (size_t)(lead - out->title));
	if (!out->organization && ypos && ypos < kpos) {
		/* "2023年济源高新区工作总结", "2023年度XX区工作要点" */
		const char *after = ypos + 4 + strlen("年");
		if (strncmp(after, "度", strlen("度")) == 0)
			after += strlen("度");
		if (after < kpos)
			out->organization = org_name(after, (size_t)(kpos - after));
	}

	size_t sub = t0 + out->title_lines;
	out->head_lines = sub;
	for (size_t i = sub; i < lines->n && i < sub + SUBTITLE_MAX; i++) {
		const norm_line *l = &lines->v[i];
		char *org;
		if (!is_subtitle(l, &org))
			break;
		out->head_lines = i + 1;
		/* ——在XX县第十八届人民代表大会第三次会议上: a report to the
		 * congress is the government's. */
		if (strcmp(out->kind, "工作报告") == 0 && to_congress(l->text)) {
			free(out->kind);
			out->kind = xstrdup("政府工作报告");
		}
		if (!out->organization)
			out->organization = org;
		else
			free(org);
		if (!out->year)
			find_year(l->text, &out->year);
	}
}

void meta_free(report_meta *m)
{
	free(m->title);
	free(m->organization);
	free(m->kind);
	memset(m, 0, sizeof *m);
}
