/* The word lists of lexicon.h. Each list says what it must not catch. */
#include "lexicon.h"

#include <string.h>

/* 完成情况 and 圆满完成 are results of a plan; a bare 完成 is not here, since
 * 完成全年目标任务 heads a plan too. */
const char *const LEX_REVIEW_WORDS[] = {"回顾",     "成效",     "成绩",     "取得",
                                        "完成情况", "圆满完成", "超额完成", "顺利完成",
                                        "过去",     "总结",     NULL};

/* 总体要求 opens the plan part of a 政府工作报告 (2026年政府工作的总体要求和
 * 主要目标); it never heads a review. */
const char *const LEX_PLAN_WORDS[] = {"目标", "计划", "安排", "打算",   "思路",     "展望",
                                      "预期", "今年", "明年", "下一步", "部署",     "总体要求",
                                      NULL};

const char *const LEX_PLAN_ENDS[] = {"重点工作", "重点任务", "主要任务", NULL};

const char *const LEX_LOOK_AHEAD[] = {"明年", "下一步", "今后", "展望", NULL};

/* Only words that name the plan itself: a part line 2023年主要工作 is a
 * review in a 工作总结 of 2023, so 主要工作 is left to the year rule
 * (part.c), and 工作 alone names any part. */
const char *const LEX_PLAN_PART_WORDS[] = {"重点工作", "重点任务", "主要任务", "工作安排",
                                           "工作打算", "工作思路", "主要目标", "预期目标",
                                           "目标任务", "总体要求", "工作计划", NULL};

const char *const LEX_FORWARD_KINDS[] = {"政府工作报告", "工作要点", "工作计划", NULL};

/* 计划 alone is no target word (计划总投资 is a project's size, 计划完成率 a
 * result); only 计划 + a verb of doing is. */
const char *const LEX_TARGET_WORDS[] = {
    "目标",     "力争",     "确保",     "争取",     "预期",     "计划完成", "计划实现",
    "计划新增", "计划开工", "计划建成", "计划引进", "计划实施", "拟安排",   "拟按",
    "拟新增",   "拟发行",   "拟投资",   "拟实施",   NULL};

int lex_contains_any(const char *s, const char *const *list)
{
	for (size_t i = 0; s && list[i]; i++)
		if (strstr(s, list[i]))
			return 1;
	return 0;
}

int lex_ends_with_any(const char *s, const char *const *list)
{
	size_t n = s ? strlen(s) : 0;
	for (size_t i = 0; list[i]; i++) {
		size_t l = strlen(list[i]);
		if (n >= l && strcmp(s + n - l, list[i]) == 0)
			return 1;
	}
	return 0;
}
