/* Normalisation: characters and spaces of a line, then paragraphs. */
#include "normalise.h"

#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

static void line_is(const char *in, const char *want)
{
	char *got = norm_line_text(in, strlen(in));
	cr_assert_str_eq(got, want, "「%s」 gave 「%s」", in, got);
	free(got);
}

Test(normalise, spaces_touching_cjk_dropped)
{
	line_is("900 亿元", "900亿元");
	line_is("2023 年工作总结", "2023年工作总结");
	line_is("富联科技 5G 终端", "富联科技5G终端");
	line_is("同比增长 3.4%； 实现", "同比增长3.4%；实现");
	line_is("荣获“2023 年度全", "荣获“2023年度全");
	line_is("学习\xE3\x80\x80"
	        "36 次",
	        "学习36次");
}

Test(normalise, spaces_between_latin_tokens_kept)
{
	line_is("Intel Core 处理器", "Intel Core处理器");
	line_is("ISO   9001 认证", "ISO 9001认证");
}

Test(normalise, digit_and_percent_joined)
{
	line_is("增长 8 %", "增长8%");
	line_is("增长 8 ％", "增长8%");
}

Test(normalise, full_width_figures_made_ascii)
{
	line_is("营业收入１２３．４５亿元", "营业收入123.45亿元");
	line_is("增长６．１％", "增长6.1%");
	line_is("下降－２．３％，增加＋５", "下降-2.3%，增加+5");
	line_is("ＡＢＣ公司ｘｙｚ", "ABC公司xyz");
}

Test(normalise, chinese_punctuation_is_content)
{
	line_is("一、强化政治建设，深化思想引领（一）“两个维护”。；：",
	        "一、强化政治建设，深化思想引领（一）“两个维护”。；：");
	/* a full-width full stop that is no decimal point stays */
	line_is("１．强化建设", "1．强化建设");
}

static void split(const char *text, norm_lines *l)
{
	norm_split_lines(text, strlen(text), l);
}

Test(normalise, lines_trimmed_and_blank_lines_dropped)
{
	norm_lines l;
	split("  第一行 \n\n\xE3\x80\x80\xC2\xA0\n\t第二行\xE3\x80\x80\n \n", &l);
	cr_assert_eq(l.n, 2);
	cr_assert_str_eq(l.v[0].text, "第一行");
	cr_assert_str_eq(l.v[1].text, "第二行");
	cr_assert_eq(l.v[0].width, 6);
	norm_lines_free(&l);
}

static char *joined(const norm_paras *p)
{
	size_t total = 0;
	for (size_t i = 0; i < p->n; i++)
		total += p->len[i] + 1;
	char *s = calloc(total + 1, 1);
	for (size_t i = 0; i < p->n; i++) {
		if (i)
			strcat(s, "|");
		strcat(s, p->v[i]);
	}
	return s;
}

static void paras_are(const char *text, const char *want, int want_word)
{
	norm_lines l;
	norm_paras p;
	int word = -1;
	split(text, &l);
	norm_paragraphs(&l, 0, &p, &word);
	char *got = joined(&p);
	cr_assert_str_eq(got, want);
	cr_assert_eq(word, want_word);
	free(got);
	norm_paras_free(&p);
	norm_lines_free(&l);
}

/* PDF layout: lines of 28 CJK columns, first lines indented, blank separator
 * lines, wraps inside words and numbers, a page-break line with a leading
 * space. */
Test(normalise, pdf_wraps_joined)
{
	paras_are("全年规模以上企业实现营业收入 900 亿元，同比增\n"
	          "\n"
	          " 长 6.1%；完成固定资产投资 65.4 亿元，提升基础设施投资 5200\n"
	          "\n"
	          "余万元提升水电气暖路等要素保障，全年完成四宗合计 426 亩\n"
	          "\n"
	          "“标准地”出让。\n"
	          "\n"
	          "新增国家级绿色工厂 1 家，省级专精特新企业 15 家，获评\n"
	          "\n"
	          "省级数字化转型示范区，新签约项目 16 个，合同投资金额大幅\n"
	          "\n"
	          "增长。\n",
	          "全年规模以上企业实现营业收入900亿元，同比增长6.1%；完成固定资产投资65.4亿元，"
	          "提升基础设施投资5200余万元提升水电气暖路等要素保障，全年完成四宗合计426亩“标准地"
	          "”出让。|新增国家级绿色工厂1家，"
	          "省级专精特新企业15家，获评省级数字化转型示范区，新签约项目16个，合同投资金额大"
	          "幅增长。",
	          0);
}

Test(normalise, headings_start_paragraphs)
{
	paras_are("一、强化政治建设，深化思想引领\n"
	          "（一）加强理论武装，夯实思想根基。牢固树立政治机关意\n"
	          "识，坚持把党的政治建设摆在首位，带头做到“两个维护”、坚\n"
	          "定拥护“两个确立”，不断增强政治判断力、政治领悟力、政\n"
	          "治执行力。\n"
	          "（二）紧扣主题教育，突出实际成效。牢牢把握主题教育的\n"
	          "总要求和任务目标，坚持把理论学习、调查研究贯穿始终。\n",
	          "一、强化政治建设，深化思想引领|（一）加强理论武装，夯实思想根基。牢固树立政治机"
	          "关意识，坚持把党的政治建设摆在首位，带头做到“两个维护”、坚定拥护“两个确立”，"
	          "不断增强政治判断力、政治领悟力、政治执行力。|（二）紧扣主题教育，突出实际成效。"
	          "牢牢把握主题教育的总要求和任务目标，坚持把理论学习、调查研究贯穿始终。",
	          0);
}

/* A sentence end at a full line does not end the paragraph; a year-comma
 * opener after a sentence end does. */
Test(normalise, full_line_sentence_end_continues)
{
	paras_are("全面推进依法治区，扎实开展创建行动，强化法律法规的学习宣传\n"
	          "，开展法治专题讲座 2 次，化解信访矛盾纠纷 4 起，全年平安。\n"
	          "重要敏感时段未发生来自高新区的干扰，群众满意度持续提升\n"
	          "，社会大局保持和谐稳定。\n",
	          "全面推进依法治区，扎实开展创建行动，强化法律法规的学习宣传，开展法治专题讲座2"
	          "次，化解信访矛盾纠纷4起，全年平安。重要敏感时段未发生来自高新区的干扰，群众满"
	          "意度持续提升，社会大局保持和谐稳定。",
	          0);
	paras_are("全面推进依法治区，扎实开展创建行动，强化法律法规的学习宣传\n"
	          "，开展法治专题讲座 2 次，化解信访矛盾纠纷 4 起，全年平安。\n"
	          "2023 年，虽然各项工作取得了一定成效，但还存在问题不足，如\n"
	          "产业链条延伸不够。\n",
	          "全面推进依法治区，扎实开展创建行动，强化法律法规的学习宣传，开展法治专题讲座2"
	          "次，化解信访矛盾纠纷4起，全年平安。|2023年，虽然各项工作取得了一定成效，但还存"
	          "在问题不足，如产业链条延伸不够。",
	          0);
}

Test(normalise, word_layout_one_paragraph_per_line)
{
	paras_are("一、经济运行稳中向好\n"
	          "（一）主要指标较快增长。全年实现营业收入652.3亿元，同比增长8.4%。\n"
	          "全年新增高新技术企业28家。\n"
	          "科技型中小企业入库112家，均创历史新高，为产业发展提供了有力支撑。\n"
	          "二、创新能力持续提升\n"
	          "新建省级工程技术研究中心6家。\n",
	          "一、经济运行稳中向好|（一）主要指标较快增长。全年实现营业收入652.3亿元，同比增"
	          "长8.4%。|全年新增高新技术企业28家。|科技型中小企业入库112家，均创历史新高，为"
	          "产业发展提供了有力支撑。|二、创新能力持续提升|新建省级工程技术研究中心6家。",
	          1);
}

Test(normalise, english_words_wrapped_at_a_space)
{
	paras_are("引进 Intel 等知名企业，建设研发中心和测试平台，推动 Open\n"
	          "Source 社区落地园区，打造开放创新生态，提升产业能级水平\n"
	          "和核心竞争力。\n",
	          "引进Intel等知名企业，建设研发中心和测试平台，推动Open Source社区落地园区，打造"
	          "开放创新生态，提升产业能级水平和核心竞争力。",
	          0);
}

/* Page numbers left between pages by a PDF export are dropped, so the
 * paragraph broken by the page joins up; a four-digit year alone stays. */
Test(normalise, page_number_lines_dropped)
{
	paras_are("全年规模以上企业实现营业收入 900 亿元，同比增长 6.1%，完成\n"
	          "- 3 -\n"
	          "固定资产投资 65.4 亿元，新签约项目 16 个，合同投资金额大幅\n"
	          "— 4 —\n"
	          "增长，全年完成四宗合计 426 亩标准地出让，新增企业 15 家。\n"
	          "第5页 共12页\n"
	          "新增国家级绿色工厂 1 家，省级专精特新企业 15 家，获评省级\n"
	          "12\n"
	          "数字化转型示范区，园区综合实力进一步增强，排名持续前移。\n",
	          "全年规模以上企业实现营业收入900亿元，同比增长6.1%，完成固定资产投资65.4亿元，"
	          "新签约项目16个，合同投资金额大幅增长，全年完成四宗合计426亩标准地出让，新增企业1"
	          "5家。新增国家级绿色工厂1家，省级专精特新企业15家，获评省级数字化转型示范区，园"
	          "区综合实力进一步增强，排名持续前移。",
	          0);
	norm_lines l;
	split("2023\n2023-12-01\n第三页\n", &l);
	cr_assert_eq(l.n, 3);
	norm_lines_free(&l);
}

/* ASCII sentence ends play the role of 。: a closing opener after one
 * starts a paragraph even at full width. */
Test(normalise, ascii_sentence_end_before_opener)
{
	paras_are("全面推进依法治区,扎实开展创建行动,强化法律法规的学习宣传\n"
	          ",开展法治专题讲座 2 次,化解信访矛盾纠纷 4 起,全年平安良好.\n"
	          "下一步,我们将坚持稳中求进工作总基调,持续优化营商环境,推\n"
	          "动园区高质量发展再上新台阶.\n",
	          "全面推进依法治区,扎实开展创建行动,强化法律法规的学习宣传,开展法治专题讲座2次,"
	          "化解信访矛盾纠纷4起,全年平安良好.|下一步,我们将坚持稳中求进工作总基调,持续优化"
	          "营商环境,推动园区高质量发展再上新台阶.",
	          0);
	paras_are("全面推进依法治区,扎实开展创建行动,强化法律法规的学习宣传\n"
	          ",开展法治专题讲座 2 次,化解信访矛盾纠纷 4 起,全年平安良好.\n"
	          "2023年,虽然各项工作取得了一定成效,但还存在问题不足,产业\n"
	          "链条延伸不够.\n",
	          "全面推进依法治区,扎实开展创建行动,强化法律法规的学习宣传,开展法治专题讲座2次,"
	          "化解信访矛盾纠纷4起,全年平安良好.|2023年,虽然各项工作取得了一定成效,但还存在"
	          "问题不足,产业链条延伸不够.",
	          0);
}
