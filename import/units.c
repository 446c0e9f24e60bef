/* Unit table and base-unit conversion. */
#include "units.h"

#include "cn_numeral.h"
#include "lexicon.h"

#include <stdio.h>
#include <string.h>

/* Where a unit must stand to be one, beyond the number before it: most
 * anywhere; a few measure words only where their other readings cannot be
 * (base_fits). */
enum base_cond {
	BASE_ANY,
	BASE_CLAUSE_END, /* 路: the clause ends after it (探头3000路、…), not 12路公交 */
	BASE_TALLY,      /* 金/银/铜: a medal tally 4金5银6铜, not 10金融机构 */
	BASE_COMPUTE,    /* P, PF: computing power, after 算力 in the clause */
	BASE_NO_COUNT_AFTER, /* 组: not before another number (6组10家国企: the
	                      * groups the count after is in, context) */
};

/* Each word twice: UTF-8 for output, UTF-32 for matching without decoding. */
#define W(s) s, U"" s

typedef struct base_unit {
	const char *text;
	const char32_t *match;
	const char *base; /* NULL: the unit is its own base */
	int exp10;        /* 千瓦时 is not 10^3 瓦时 here: no sub-unit conversion */
	enum unit_kind kind;
} base_unit;

/* Units as written right after a number. Longest match wins, so 个月 beats 个
 * and 人次 beats 人. Only units that are their own base are listed: a
 * magnitude word in front (万, 亿) is handled separately. */
static const base_unit BASES[] = {
    {W("元"), NULL, 0, UNIT_MONEY},
    {W("美元"), NULL, 0, UNIT_MONEY},
    {W("欧元"), NULL, 0, UNIT_MONEY},
    {W("港元"), NULL, 0, UNIT_MONEY},
    {W("日元"), NULL, 0, UNIT_MONEY},
    {W("英镑"), NULL, 0, UNIT_MONEY},
    {W("元人民币"), "元", 0, UNIT_MONEY},

    {W("个"), NULL, 0, UNIT_COUNT},
    {W("家"), NULL, 0, UNIT_COUNT},
    {W("项"), NULL, 0, UNIT_COUNT},
    {W("次"), NULL, 0, UNIT_COUNT},
    {W("场"), NULL, 0, UNIT_COUNT},
    {W("期"), NULL, 0, UNIT_COUNT},
    {W("起"), NULL, 0, UNIT_COUNT},
    {W("人"), NULL, 0, UNIT_COUNT},
    {W("人次"), NULL, 0, UNIT_COUNT},
    {W("户"), NULL, 0, UNIT_COUNT},
    {W("套"), NULL, 0, UNIT_COUNT},
    {W("所"), NULL, 0, UNIT_COUNT},
    {W("座"), NULL, 0, UNIT_COUNT},
    {W("条"), NULL, 0, UNIT_COUNT},
    {W("件"), NULL, 0, UNIT_COUNT},
    {W("台"), NULL, 0, UNIT_COUNT},
    {W("辆"), NULL, 0, UNIT_COUNT},
    {W("批"), NULL, 0, UNIT_COUNT},
    {W("名"), NULL, 0, UNIT_COUNT},
    {W("位"), NULL, 0, UNIT_COUNT},
    {W("宗"), NULL, 0, UNIT_COUNT},
    {W("处"), NULL, 0, UNIT_COUNT},
    {W("栋"), NULL, 0, UNIT_COUNT},
    {W("楼栋"), NULL, 0, UNIT_COUNT}, /* 排查17.3万楼栋 */
    {W("幢"), NULL, 0, UNIT_COUNT},
    {W("间"), NULL, 0, UNIT_COUNT},
    {W("张"), NULL, 0, UNIT_COUNT},
    {W("份"), NULL, 0, UNIT_COUNT},
    {W("篇"), NULL, 0, UNIT_COUNT},
    {W("部"), NULL, 0, UNIT_COUNT},
    {W("支"), NULL, 0, UNIT_COUNT},
    {W("只"), NULL, 0, UNIT_COUNT},
    {W("头"), NULL, 0, UNIT_COUNT},
    {W("个位次"), NULL, 0, UNIT_COUNT},
    {W("位次"), NULL, 0, UNIT_COUNT},
    {W("株"), NULL, 0, UNIT_COUNT},
    {W("棵"), NULL, 0, UNIT_COUNT},
    {W("种"), NULL, 0, UNIT_COUNT},
    {W("款"), NULL, 0, UNIT_COUNT},
    {W("例"), NULL, 0, UNIT_COUNT},
    {W("册"), NULL, 0, UNIT_COUNT},
    {W("枚"), NULL, 0, UNIT_COUNT},
    {W("艘"), NULL, 0, UNIT_COUNT},
    {W("轮"), NULL, 0, UNIT_COUNT},
    {W("届"), NULL, 0, UNIT_COUNT},
    {W("家次"), NULL, 0, UNIT_COUNT},
    {W("场次"), NULL, 0, UNIT_COUNT},
    {W("批次"), NULL, 0, UNIT_COUNT},
    {W("架次"), NULL, 0, UNIT_COUNT},
    {W("车次"), NULL, 0, UNIT_COUNT},
    {W("标箱"), NULL, 0, UNIT_COUNT},
    {W("标准箱"), NULL, 0, UNIT_COUNT},
    {W("艘次"), NULL, 0, UNIT_COUNT},
    /* measure words of things counted in reports (建成标识牌1073块, 改造路灯
     * 2368盏, 关停自备水井200眼, 等6片海域, 实现1200床供应), of trips (高铁
     * 22班次停靠, 查处车辆9165辆次, 停靠车次增加至99列次) and of places
     * (7村9街创建任务): as written, each its own base */
    {W("块"), NULL, 0, UNIT_COUNT},
    {W("盏"), NULL, 0, UNIT_COUNT},
    {W("眼"), NULL, 0, UNIT_COUNT},
    {W("片"), NULL, 0, UNIT_COUNT},
    {W("床"), NULL, 0, UNIT_COUNT},
    {W("班次"), NULL, 0, UNIT_COUNT},
    {W("辆次"), NULL, 0, UNIT_COUNT},
    {W("列次"), NULL, 0, UNIT_COUNT},
    {W("村"), NULL, 0, UNIT_COUNT},
    {W("街"), NULL, 0, UNIT_COUNT},
    /* more measure words of things counted in reports, each its own base
     * (gold rule 14, decisions 123, 344, 349): trains run (中欧班列开行924列),
     * pairs (国际友城达到96对, 6000对以上夫妇), satellites (发射卫星137颗),
     * courses (课程100门), hours of classes (送出文体服务2.6万课时), households
     * served per visit (指导服务1万户次), poles (3400根智能杆), groups (4组获奖
     * 项目), sections (河道30条（段）), discounts (3-7折). Words that start
     * with one of them (列入, 对接, 根据, 组织, 门诊, 折合…: LEX_UNIT_WORD_STARTS)
     * are words, not the unit. */
    {W("列"), NULL, 0, UNIT_COUNT},
    {W("对"), NULL, 0, UNIT_COUNT},
    {W("颗"), NULL, 0, UNIT_COUNT},
    {W("门"), NULL, 0, UNIT_COUNT},
    {W("课时"), NULL, 0, UNIT_COUNT},
    {W("户次"), NULL, 0, UNIT_COUNT},
    {W("根"), NULL, 0, UNIT_COUNT},
    {W("组"), NULL, 0, UNIT_COUNT},
    {W("段"), NULL, 0, UNIT_COUNT},
    {W("折"), NULL, 0, UNIT_COUNT},
    /* boxes of what is collected or handed out (回收过期药品12万盒) */
    {W("盒"), NULL, 0, UNIT_COUNT},
    /* fish and shrimp fry released (放流128万尾鱼苗) */
    {W("尾"), NULL, 0, UNIT_COUNT},
    /* kinds counted (开展11类自然资源资产的价值核算, 53类应用场景), trips of a
     * line (光明班次由23趟增至29趟), bed-days (开设家庭病房1836床次) */
    {W("类"), NULL, 0, UNIT_COUNT},
    {W("趟"), NULL, 0, UNIT_COUNT},
    {W("床次"), NULL, 0, UNIT_COUNT},
    /* items of a list of powers, major and minor (梳理出148大项、193小项) */
    {W("大项"), NULL, 0, UNIT_COUNT},
    {W("小项"), NULL, 0, UNIT_COUNT},
    /* video channels (新增高清探头3000路、动态人像2000路) only at a clause
     * end: 12路公交 and 3路并进 name a line or a manner */
    {W("路"), NULL, 0, UNIT_COUNT},
    /* medals, only in a tally (斩获4金5银6铜, 获7金5银): 金 alone starts
     * too many words (10金融机构) */
    {W("金"), NULL, 0, UNIT_COUNT},
    {W("银"), NULL, 0, UNIT_COUNT},
    {W("铜"), NULL, 0, UNIT_COUNT},
    /* computing power as written (智能算力达4800PF, 超4.8万P; P = PFLOPS,
     * decision 349), only after 算力 in the clause: elsewhere a Latin letter
     * after a number is a model or a code (5G, P2P, 3P空调) */
    {W("PF"), NULL, 0, UNIT_COUNT},
    {W("P"), NULL, 0, UNIT_COUNT},
    {W("PFLOPS"), NULL, 0, UNIT_COUNT},
    {W("EFLOPS"), NULL, 0, UNIT_COUNT},
    /* scores (满意度81.6分, 平均分高出全市17.8分) and 分 of a price
     * (电价下降1分/千瓦时); 分钟 is longer and wins */
    {W("分"), NULL, 0, UNIT_COUNT},
    /* Products of a count or weight and a distance: transport work
     * (旅客周转量36.73亿人公里, 货物周转量12.5万吨公里) is one unit, not 亿人
     * followed by a word 公里. */
    {W("人公里"), NULL, 0, UNIT_COUNT},
    {W("吨公里"), NULL, 0, UNIT_WEIGHT},

    {W("亩"), NULL, 0, UNIT_AREA},
    {W("平方米"), NULL, 0, UNIT_AREA},
    {W("平米"), "平方米", 0, UNIT_AREA},
    /* the one-character sign of web and PDF text: 清拆面积71500㎡, 40万㎡ */
    {W("㎡"), "平方米", 0, UNIT_AREA},
    {W("平方公里"), NULL, 0, UNIT_AREA},
    {W("平方千米"), "平方公里", 0, UNIT_AREA},
    {W("公顷"), NULL, 0, UNIT_AREA},
    /* 保护性耕作1.19亿亩次: an area worked, counted once per pass */
    {W("亩次"), NULL, 0, UNIT_AREA},

    {W("公里"), NULL, 0, UNIT_LENGTH},
    {W("千米"), "公里", 0, UNIT_LENGTH},
    {W("米"), NULL, 0, UNIT_LENGTH},
    {W("厘米"), NULL, 0, UNIT_LENGTH},
    {W("毫米"), NULL, 0, UNIT_LENGTH},
    {W("延米"), NULL, 0, UNIT_LENGTH},

    {W("吨"), NULL, 0, UNIT_WEIGHT},
    {W("千克"), NULL, 0, UNIT_WEIGHT},
    {W("斤"), NULL, 0, UNIT_WEIGHT},
    {W("微克"), NULL, 0, UNIT_WEIGHT},
    {W("毫克"), NULL, 0, UNIT_WEIGHT},
    {W("克"), NULL, 0, UNIT_WEIGHT},
    {W("公斤"), "千克", 0, UNIT_WEIGHT},
    {W("吨标准煤"), NULL, 0, UNIT_WEIGHT},
    {W("吨标煤"), "吨标准煤", 0, UNIT_WEIGHT},

    {W("千瓦"), NULL, 0, UNIT_ENERGY},
    {W("千瓦时"), NULL, 0, UNIT_ENERGY},
    {W("兆瓦"), NULL, 0, UNIT_ENERGY},
    /* 9兆瓦时储能系统: the energy stored */
    {W("兆瓦时"), NULL, 0, UNIT_ENERGY},
    {W("千伏安"), NULL, 0, UNIT_ENERGY},
    {W("度电"), NULL, 0, UNIT_ENERGY},

    {W("立方米"), NULL, 0, UNIT_VOLUME},
    /* 负氧离子浓度2600个/立方厘米: the volume a concentration is per */
    {W("立方厘米"), NULL, 0, UNIT_VOLUME},
    /* 查获“环保油”14万升 */
    {W("升"), NULL, 0, UNIT_VOLUME},

    {W("天"), NULL, 0, UNIT_DURATION},
    /* 人均预期寿命82.58岁: an age; an age bound of a group (60岁以上老人)
     * is a threshold, dropped like 亿元以上项目 */
    {W("岁"), NULL, 0, UNIT_DURATION},
    {W("个月"), NULL, 0, UNIT_DURATION},
    {W("小时"), NULL, 0, UNIT_DURATION},
    {W("分钟"), NULL, 0, UNIT_DURATION},
    {W("个工作日"), NULL, 0, UNIT_DURATION},
    {W("工作日"), NULL, 0, UNIT_DURATION},

    {W("%"), NULL, 0, UNIT_PERCENT},
    {W("％"), "%", 0, UNIT_PERCENT},
    {W("‰"), NULL, 0, UNIT_PERCENT},
    {W("个百分点"), NULL, 0, UNIT_POINTS},
    {W("百分点"), NULL, 0, UNIT_POINTS},
    {W("倍"), NULL, 0, UNIT_TIMES},
};

typedef struct magnitude {
	const char *text;
	const char32_t *match;
	int exp10;
} magnitude;

/* Longest first. */
static const magnitude MAGNITUDES[] = {
    {W("万亿"), 12}, {W("千亿"), 11}, {W("百亿"), 10}, {W("十亿"), 9}, {W("亿"), 8},
    {W("千万"), 7},  {W("百万"), 6},  {W("十万"), 5},  {W("万"), 4},   {W("千"), 3},
};

int units_latin_at(const xt_text *t, size_t pos)
{
	unit_match u;
	return xt_is_ascii_alpha(xt_get(t, pos)) && units_match(t, pos, &u);
}

int unit_is_rate(enum unit_kind kind)
{
	return kind == UNIT_PERCENT || kind == UNIT_POINTS || kind == UNIT_TIMES;
}

/* The digits of a number ending at end (end itself excluded) and the
 * position before them; end when no digit is there. */
static size_t digits_before(const xt_text *t, size_t end)
{
	size_t k = end;
	while (k > 0 && (xt_is_digit(t->cp[k - 1]) || t->cp[k - 1] == '.'))
		k--;
	return k;
}

/* 1 when the medal at pos (金, 银 or 铜, after a number) is part of a
 * tally: another medal with its number right before its number
 * (4金[5]银), or a number and a later medal right after it (4金5银). */
static int in_tally(const xt_text *t, size_t pos)
{
	static const char32_t MEDALS[] = U"金银铜";
	size_t d = digits_before(t, pos);
	if (d < pos && d > 0 && xt_is_digit(t->cp[d]) && t->cp[pos] != MEDALS[0]) {
		for (int i = 0; i < 3; i++)
			if (t->cp[d - 1] == (uint32_t)MEDALS[i] &&
			    (uint32_t)MEDALS[i] != t->cp[pos])
				return 1;
	}
	size_t k = pos + 1;
	while (k < t->n && xt_is_digit(t->cp[k]))
		k++;
	if (k == pos + 1 || k >= t->n)
		return 0;
	for (int i = 0; i < 3; i++)
		if (t->cp[k] == (uint32_t)MEDALS[i] && (uint32_t)MEDALS[i] != t->cp[pos])
			return 1;
	return 0;
}

/* 1 when 算力 stands in the clause before the number ending at pos. */
static int after_compute_power(const xt_text *t, size_t pos)
{
	size_t d = digits_before(t, pos);
	/* the magnitude between: 4.8万P */
	if (d == pos && pos > 0)
		d = digits_before(t, pos - 1);
	for (size_t k = d; k >= 2 && d - k < 16; k--) {
		if (xt_clause_delim_at(t, k - 1))
			return 0;
		if (xt_at(t, k - 2, "算力"))
			return 1;
	}
	return 0;
}

/* The units that must stand somewhere more to be one (see BASES). */
static const struct {
	const char32_t *match;
	enum base_cond cond;
} CONDITIONAL[] = {
    {U"路", BASE_CLAUSE_END},  {U"金", BASE_TALLY},       {U"银", BASE_TALLY},
    {U"铜", BASE_TALLY},       {U"PF", BASE_COMPUTE},     {U"P", BASE_COMPUTE},
    {U"PFLOPS", BASE_COMPUTE}, {U"EFLOPS", BASE_COMPUTE}, {U"组", BASE_NO_COUNT_AFTER},
};

static enum base_cond cond_of(const base_unit *b)
{
	for (size_t i = 0; i < sizeof CONDITIONAL / sizeof CONDITIONAL[0]; i++) {
		const char32_t *a = CONDITIONAL[i].match, *m = b->match;
		while (*a && *a == *m)
			a++, m++;
		if (!*a && !*m)
			return CONDITIONAL[i].cond;
	}
	return BASE_ANY;
}

/* 1 when the unit b, found at pos, stands where it is one (enum base_cond),
 * with l its length. */
static int base_fits(const xt_text *t, size_t pos, const base_unit *b, size_t l)
{
	switch (cond_of(b)) {
	case BASE_CLAUSE_END:
		return pos + l >= t->n || xt_clause_delim_at(t, pos + l);
	case BASE_TALLY:
		return in_tally(t, pos);
	case BASE_COMPUTE:
		return !xt_is_ascii_alpha(xt_get(t, pos + l)) && !xt_is_digit(xt_get(t, pos + l)) &&
		       after_compute_power(t, pos);
	case BASE_NO_COUNT_AFTER:
		return !xt_is_digit(xt_get(t, pos + l));
	case BASE_ANY:
		break;
	}
	return 1;
}

static const base_unit *longest_base(const xt_text *t, size_t pos, size_t *len)
{
	const base_unit *best = NULL;
	size_t best_len = 0;
	/* 列入, 对接, 台阶: a word that starts with a unit's text is the word */
	size_t word = xt_at_any32(t, pos, LEX_UNIT_WORD_STARTS);
	for (size_t i = 0; i < sizeof BASES / sizeof BASES[0]; i++) {
		if ((uint32_t)BASES[i].match[0] != xt_get(t, pos))
			continue;
		size_t l = xt_at32(t, pos, BASES[i].match);
		if (l && l < word)
			continue;
		if (l && !base_fits(t, pos, &BASES[i], l))
			continue;
		if (l > best_len) {
			best_len = l;
			best = &BASES[i];
		}
	}
	*len = best_len;
	return best;
}

/* 182.9亿，同比增长6.1%: 亿, 万 or 万亿 with no unit after it, at the end of
 * a clause (a delimiter, a closing bracket, the text end or 左右 follows), is
 * still an amount: unit 亿, base unit "" (not written), scaled by its
 * magnitude. Not before a word or sign (5万余, 30万以上, 万%): that may be
 * the unit or a noun of its own. */
/* A noun of people (LEX_PEOPLE_NOUNS) at pos or after at most a place of
 * four ideographs (京津老人): what a bare 万 counts. Not 人民 (为1000万保定
 * 人民 is rhetoric, gold rule 9), which the list leaves out. */
static int people_after(const xt_text *t, size_t pos)
{
	/* 16万儿童享受…, 51万新就业形态人员, 30多万监测对象: people named by
	 * their group (LEX_BARE_PEOPLE_AFTER) */
	return xt_word_in_han_run(t, pos, t->n, 5, LEX_PEOPLE_NOUNS) ||
	       xt_word_in_han_run(t, pos, t->n, 5, LEX_BARE_PEOPLE_AFTER);
}

/* 近20万各民族家庭参与: households counted in 万 without 户 (LEX_HOUSEHOLDS,
 * after at most a group of four ideographs): unit 万户. */
static int households_after(const xt_text *t, size_t pos)
{
	return xt_word_in_han_run(t, pos, t->n, 5, LEX_HOUSEHOLDS);
}

/* 连上300亿、400亿两个大台阶, 跨越7万亿、8万亿、9万亿三个大台阶: the count of
 * the milestones listed (a Chinese numeral, 个, 大 or 新, 台阶) after the last
 * one ends it, as 台阶 itself would (gold decision 92). */
int units_milestones_counted_at(const xt_text *t, size_t pos)
{
	long v;
	size_t l = cn_numeral_parse(t, pos, &v);
	if (!l || !xt_at(t, pos + l, "个"))
		return 0;
	size_t k = pos + l + 1;
	if (xt_at(t, k, "大") || xt_at(t, k, "新"))
		k++;
	return xt_at(t, k, "台阶") > 0;
}

/* A bare 万 at pos of length len counting people or households: unit 万 +
 * base (人, 户); 余 or 多 right after it (7万多家庭) is its qualifier, as
 * between a magnitude and its unit. */
static int counted_in_wan(const xt_text *t, size_t pos, unit_match *out, size_t len,
                          const char *base)
{
	snprintf(out->unit, sizeof out->unit, "万%s", base);
	snprintf(out->base, sizeof out->base, "%s", base);
	if (xt_at(t, pos + len, "余") || xt_at(t, pos + len, "多")) {
		out->mid_qualifier = xt_at(t, pos + len, "余") ? "余" : "多";
		len++;
	}
	out->len = len;
	out->exp10 = 4;
	out->kind = UNIT_COUNT;
	return 1;
}

static int bare_magnitude(const xt_text *t, size_t pos, unit_match *out)
{
	static const magnitude BARE[] = {{W("万亿"), 12}, {W("亿"), 8}, {W("万"), 4}};
	for (size_t i = 0; i < sizeof BARE / sizeof BARE[0]; i++) {
		size_t l = xt_at32(t, pos, BARE[i].match);
		if (!l)
			continue;
		uint32_t next = xt_get(t, pos + l);
		/* 从疫情前的0.2万增至173.1万: the start of a change, before its verb;
		 * 突破2000亿大关: a milestone passed (the extractor keeps it only
		 * when no measured value follows) */
		int ends = pos + l >= t->n || xt_clause_delim_at(t, pos + l) || next == 0xFF09 ||
		           next == ')' || xt_at(t, pos + l, "左右") ||
		           xt_at_any32(t, pos + l, LEX_CHANGE_TO) || xt_at(t, pos + l, "大关") ||
		           xt_at(t, pos + l, "新台阶") || xt_at(t, pos + l, "台阶") ||
		           /* 发布的1.17万亿640个项目: an amount run into the next
		            * count, with no unit of its own (gold rule 14) */
		           (BARE[i].exp10 >= 8 && xt_is_digit(next)) ||
		           units_milestones_counted_at(t, pos + l);
		/* 惠及40万群众, 8.8万京津老人: people counted in 万 without 人; the
		 * unit is completed from the noun (gold rule 14), which stays in
		 * the text for the name; so are households (20万各民族家庭). The
		 * people or money a subject names (技能人才达43万, 财政安排4.9亿) are
		 * complete_bare_unit's (extract_number.c). */
		if (BARE[i].exp10 == 4 && !ends && households_after(t, pos + l))
			return counted_in_wan(t, pos, out, l, "户");
		if (BARE[i].exp10 == 4 && !ends && people_after(t, pos + l))
			return counted_in_wan(t, pos, out, l, "人");
		/* 投资13.5亿的“品质社区”三年计划: before 的 too, when the indicator
		 * before it gives the unit (complete_bare_unit, extract_number.c;
		 * left bare, such an amount is no figure) */
		ends = ends || next == 0x7684 /* 的 */;
		if (!ends)
			return 0;
		snprintf(out->unit, sizeof out->unit, "%s", BARE[i].text);
		out->base[0] = '\0';
		out->len = l;
		out->exp10 = BARE[i].exp10;
		out->kind = UNIT_NUMBER;
		return 1;
	}
	return 0;
}

static int simple_unit(const xt_text *t, size_t pos, unit_match *out)
{
	memset(out, 0, sizeof *out);
	size_t plain_len;
	const base_unit *plain = longest_base(t, pos, &plain_len);

	/* A magnitude word, optionally 余/多, then a base unit that can be scaled. */
	const magnitude *mag = NULL;
	const base_unit *scaled = NULL;
	size_t mag_len = 0, mid_len = 0, scaled_len = 0;
	const char *mid = NULL;
	for (size_t i = 0; i < sizeof MAGNITUDES / sizeof MAGNITUDES[0]; i++) {
		size_t l = xt_at32(t, pos, MAGNITUDES[i].match);
		if (!l)
			continue;
		size_t m = 0;
		const char *q = NULL;
		if (xt_at(t, pos + l, "余"))
			q = "余";
		else if (xt_at(t, pos + l, "多"))
			q = "多";
		if (q)
			m = 1;
		size_t bl;
		const base_unit *b = longest_base(t, pos + l + m, &bl);
		if (!b || unit_is_rate(b->kind))
			continue;
		/* 千 scales only money and counts (3千余家, 6千套: gold decision
		 * 460): 千瓦, 千克, 千米 are units of their own. */
		if (MAGNITUDES[i].exp10 == 3 && b->kind != UNIT_MONEY && b->kind != UNIT_COUNT)
			continue;
		mag = &MAGNITUDES[i];
		scaled = b;
		mag_len = l;
		mid_len = m;
		scaled_len = bl;
		mid = q;
		break;
	}

	if (scaled && mag_len + mid_len + scaled_len > plain_len) {
		snprintf(out->unit, sizeof out->unit, "%s%s", mag->text, scaled->text);
		out->len = mag_len + mid_len + scaled_len;
		snprintf(out->base, sizeof out->base, "%s",
		         scaled->base ? scaled->base : scaled->text);
		out->exp10 = mag->exp10 + scaled->exp10;
		out->kind = scaled->kind;
		out->mid_qualifier = mid;
		return 1;
	}
	if (!plain)
		return bare_magnitude(t, pos, out);
	snprintf(out->unit, sizeof out->unit, "%s", plain->text);
	out->len = plain_len;
	snprintf(out->base, sizeof out->base, "%s", plain->base ? plain->base : plain->text);
	out->exp10 = plain->exp10;
	out->kind = plain->kind;
	return 1;
}

/* dst + "/" + per, when it fits in UNIT_TEXT_MAX. */
static int append_per(char *dst, const char *per)
{
	size_t a = strlen(dst), b = strlen(per);
	if (a + 1 + b >= UNIT_TEXT_MAX)
		return 0;
	dst[a] = '/';
	memcpy(dst + a + 1, per, b + 1);
	return 1;
}

int units_match(const xt_text *t, size_t pos, unit_match *out)
{
	if (!simple_unit(t, pos, out))
		return 0;
	/* 万元/亩: a rate per a unit of its own, not rescaled. */
	size_t slash = pos + out->len;
	unit_match per;
	/* ／ (full width) as written in web text: 38微克／立方米 */
	if (unit_is_rate(out->kind) || (xt_get(t, slash) != '/' && xt_get(t, slash) != 0xFF0F))
		return 1;
	/* 1400元/月, 1500万吨/年: per a span of time, which is no unit of its
	 * own (a year or a month is no figure); without it 元 is the unit and
	 * /月 is left to the name. */
	const char *time = NULL;
	size_t tl = xt_at_any(t, slash + 1, LEX_PER_TIMES, &time);
	if (tl && !xt_is_digit(xt_get(t, slash + 1 + tl))) {
		memset(&per, 0, sizeof per);
		snprintf(per.unit, sizeof per.unit, "%s", time);
		snprintf(per.base, sizeof per.base, "%s", time);
		per.len = tl;
	} else if (!simple_unit(t, slash + 1, &per) || per.exp10 != 0 || per.mid_qualifier ||
	           unit_is_rate(per.kind)) {
		return 1;
	}
	if (!append_per(out->unit, per.unit) || !append_per(out->base, per.base))
		return simple_unit(t, pos, out); /* too long to write: the plain unit */
	out->len += 1 + per.len;
	return 1;
}
