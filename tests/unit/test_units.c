/* The unit table, base-unit conversion and Chinese numerals. */
#include "cn_numeral.h"
#include "extract_text.h"
#include "units.h"

#include <criterion/criterion.h>
#include <string.h>

/* Matches the unit at the start of `text`. */
static int unit_of(const char *text, unit_match *u)
{
	xt_text t;
	xt_init(&t, text);
	int ok = units_match(&t, 0, u);
	xt_free(&t);
	return ok;
}

static void unit_is(const char *text, const char *unit, const char *base, int exp10,
                    enum unit_kind kind, size_t len)
{
	unit_match u;
	cr_assert(unit_of(text, &u), "no unit in %s", text);
	cr_assert_str_eq(u.unit, unit, "%s", text);
	cr_assert_str_eq(u.base, base, "%s", text);
	cr_assert_eq(u.exp10, exp10, "%s exp10 %d", text, u.exp10);
	cr_assert_eq(u.kind, kind, "%s kind", text);
	cr_assert_eq(u.len, len, "%s len %zu", text, u.len);
}

Test(units, magnitudes_and_bases)
{
	unit_is("亿元，同比", "亿元", "元", 8, UNIT_MONEY, 2);
	unit_is("万亿元", "万亿元", "元", 12, UNIT_MONEY, 3);
	unit_is("万美元", "万美元", "美元", 4, UNIT_MONEY, 3);
	unit_is("千万元", "千万元", "元", 7, UNIT_MONEY, 3);
	unit_is("千元", "千元", "元", 3, UNIT_MONEY, 2);
	/* 千 scales counts too (3千人, 6千套); not measures: 千米, 千克 */
	unit_is("千人", "千人", "人", 3, UNIT_COUNT, 2);
	unit_is("千套", "千套", "套", 3, UNIT_COUNT, 2);
	unit_is("千米", "千米", "公里", 0, UNIT_LENGTH, 2);
	unit_is("万楼栋", "万楼栋", "楼栋", 4, UNIT_COUNT, 3);
	unit_is("万人次", "万人次", "人次", 4, UNIT_COUNT, 3);
	unit_is("人次", "人次", "人次", 0, UNIT_COUNT, 2);
	unit_is("个百分点", "个百分点", "个百分点", 0, UNIT_POINTS, 4);
	unit_is("个月", "个月", "个月", 0, UNIT_DURATION, 2);
	unit_is("个非公企业", "个", "个", 0, UNIT_COUNT, 1);
	unit_is("万平方米", "万平方米", "平方米", 4, UNIT_AREA, 4);
	unit_is("平方公里", "平方公里", "平方公里", 0, UNIT_AREA, 4);
	unit_is("千瓦时", "千瓦时", "千瓦时", 0, UNIT_ENERGY, 3);
	unit_is("万千瓦时", "万千瓦时", "千瓦时", 4, UNIT_ENERGY, 4);
	unit_is("千克", "千克", "千克", 0, UNIT_WEIGHT, 2);
	unit_is("%", "%", "%", 0, UNIT_PERCENT, 1);
	unit_is("％", "％", "%", 0, UNIT_PERCENT, 1);
	unit_is("倍", "倍", "倍", 0, UNIT_TIMES, 1);
}

/* Counted passes and boxes, ages: units of their own, longest first
 * (艘次 beats 艘, 亩次 beats 亩). */
Test(units, passes_boxes_and_ages)
{
	unit_is("艘次。", "艘次", "艘次", 0, UNIT_COUNT, 2);
	unit_is("万标准箱", "万标准箱", "标准箱", 4, UNIT_COUNT, 4);
	unit_is("亿亩次", "亿亩次", "亩次", 8, UNIT_AREA, 3);
	unit_is("岁。", "岁", "岁", 0, UNIT_DURATION, 1);
	unit_is("艘。", "艘", "艘", 0, UNIT_COUNT, 1);
}

Test(units, qualifier_inside_the_unit)
{
	unit_match u;
	cr_assert(unit_of("万余人", &u));
	cr_assert_str_eq(u.unit, "万人");
	cr_assert_str_eq(u.mid_qualifier, "余");
	cr_assert_eq(u.len, 3);
	cr_assert_eq(u.exp10, 4);
}

Test(units, words_that_are_not_units)
{
	unit_match u;
	cr_assert(!unit_of("年", &u));
	cr_assert(!unit_of("月份", &u));
	cr_assert(!unit_of("强", &u));
	/* A magnitude before a word: the word may be the unit or a noun. */
	cr_assert(!unit_of("万余", &u));
	cr_assert(!unit_of("亿以上", &u));
	cr_assert(!unit_of("G", &u));
	cr_assert(!unit_of("", &u));
	/* 千 scales money only: 千百分点 is no unit, 千瓦 is one of its own. */
	cr_assert(!unit_of("万%", &u));
	unit_is("千瓦", "千瓦", "千瓦", 0, UNIT_ENERGY, 2);
}

/* 182.9亿，: a bare magnitude at the end of the words is an amount whose
 * unit is not written. */
Test(units, bare_magnitude_at_the_end_of_the_words)
{
	unit_is("亿", "亿", "", 8, UNIT_NUMBER, 1);
	unit_is("万，", "万", "", 4, UNIT_NUMBER, 1);
	unit_is("万亿左右", "万亿", "", 12, UNIT_NUMBER, 2);
	unit_is("亿人公里", "亿人公里", "人公里", 8, UNIT_COUNT, 4);
	unit_is("万吨公里", "万吨公里", "吨公里", 4, UNIT_WEIGHT, 4);
}

/* Matches the unit at code point `at` of `text` (the words before it read). */
static void unit_at_is(const char *text, size_t at, const char *unit, const char *base)
{
	xt_text t;
	xt_init(&t, text);
	unit_match u;
	int ok = units_match(&t, at, &u);
	xt_free(&t);
	cr_assert(ok, "no unit in %s at %zu", text, at);
	cr_assert_str_eq(u.unit, unit, "%s", text);
	cr_assert_str_eq(u.base, base, "%s", text);
}

/* A bare 万 counts the households or people after it (20万各民族家庭: 万户;
 * 24万贫困人口, 120余万婴幼儿: 万人); its subject's unit is
 * complete_bare_unit's (extract_number.c, tested there). */
Test(units, bare_wan_completed_by_people_and_households)
{
	unit_at_is("近20万各民族家庭参与", 3, "万户", "户");
	unit_at_is("帮助两县24万贫困人口", 6, "万人", "人");
	unit_at_is("惠及7万多家庭", 3, "万户", "户");
	unit_at_is("育儿补贴惠及120余万婴幼儿", 10, "万人", "人");
	unit_at_is("新增450家电商企业", 5, "家", "家");
	unit_at_is("税收收入达43万。", 7, "万", "");
}

static void numeral_is(const char *text, long want, size_t len)
{
	xt_text t;
	xt_init(&t, text);
	long v = -1;
	size_t got = cn_numeral_parse(&t, 0, &v);
	xt_free(&t);
	cr_assert_eq(got, len, "%s length %zu", text, got);
	if (len)
		cr_assert_eq(v, want, "%s = %ld", text, v);
}

Test(cn_numeral, rankings)
{
	numeral_is("一", 1, 1);
	numeral_is("三位", 3, 1);
	numeral_is("六。", 6, 1);
	numeral_is("十", 10, 1);
	numeral_is("十二名", 12, 2);
	numeral_is("二十", 20, 2);
	numeral_is("二十三", 23, 3);
	numeral_is("一百零五", 105, 4);
	numeral_is("两", 2, 1);
	numeral_is("第一", 0, 0);
	numeral_is("", 0, 0);
}

Test(units, per_unit_rates)
{
	unit_is("万元/亩", "万元/亩", "元/亩", 4, UNIT_MONEY, 4);
	unit_is("元/平方米", "元/平方米", "元/平方米", 0, UNIT_MONEY, 5);
	/* A magnitude after the slash is not a unit of its own: plain 元. */
	unit_is("元/万元", "元", "元", 0, UNIT_MONEY, 1);
	unit_is("%/年", "%", "%", 0, UNIT_PERCENT, 1);
	/* per a span of time (LEX_PER_TIMES), no unit of its own */
	unit_is("元/月", "元/月", "元/月", 0, UNIT_MONEY, 3);
	unit_is("万吨/年，", "万吨/年", "吨/年", 4, UNIT_WEIGHT, 4);
	unit_is("万吨／日", "万吨/日", "吨/日", 4, UNIT_WEIGHT, 4);
}

/* Measure words of things, trips and places counted in district reports,
 * the one-character ㎡, litres and scores: units as written, longest first
 * (辆次 beats 辆, 分钟 beats 分). */
Test(units, measure_words_of_things_trips_and_places)
{
	unit_is("块标识牌", "块", "块", 0, UNIT_COUNT, 1);
	unit_is("盏。", "盏", "盏", 0, UNIT_COUNT, 1);
	unit_is("眼，", "眼", "眼", 0, UNIT_COUNT, 1);
	unit_is("片海域", "片", "片", 0, UNIT_COUNT, 1);
	unit_is("床供应", "床", "床", 0, UNIT_COUNT, 1);
	unit_is("班次在", "班次", "班次", 0, UNIT_COUNT, 2);
	unit_is("辆次。", "辆次", "辆次", 0, UNIT_COUNT, 2);
	unit_is("万辆", "万辆", "辆", 4, UNIT_COUNT, 2);
	unit_is("列次", "列次", "列次", 0, UNIT_COUNT, 2);
	unit_is("村", "村", "村", 0, UNIT_COUNT, 1);
	unit_is("街创建", "街", "街", 0, UNIT_COUNT, 1);
	unit_is("万㎡", "万㎡", "平方米", 4, UNIT_AREA, 2);
	unit_is("㎡。", "㎡", "平方米", 0, UNIT_AREA, 1);
	unit_is("万升", "万升", "升", 4, UNIT_VOLUME, 2);
	unit_is("分。", "分", "分", 0, UNIT_COUNT, 1);
	unit_is("分钟", "分钟", "分钟", 0, UNIT_DURATION, 2);
	unit_is("分/千瓦时", "分/千瓦时", "分/千瓦时", 0, UNIT_COUNT, 5);
	unit_is("万尾鱼苗", "万尾", "尾", 4, UNIT_COUNT, 2);
	unit_is("大项、", "大项", "大项", 0, UNIT_COUNT, 2);
	unit_is("类应用场景", "类", "类", 0, UNIT_COUNT, 1);
	unit_is("趟，", "趟", "趟", 0, UNIT_COUNT, 1);
	unit_is("床次", "床次", "床次", 0, UNIT_COUNT, 2);
	unit_is("兆瓦时储能", "兆瓦时", "兆瓦时", 0, UNIT_ENERGY, 3);
	unit_is("个/立方厘米", "个/立方厘米", "个/立方厘米", 0, UNIT_COUNT, 6);
	unit_match none;
	cr_assert(!unit_of("大项目建设", &none), "8大项目 counts projects, 大项 is no unit there");
}
