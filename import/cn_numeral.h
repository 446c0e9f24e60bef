/* Chinese numerals as used in rankings (第三位, 第十二名, 第一). */
#ifndef IMPORT_CN_NUMERAL_H
#define IMPORT_CN_NUMERAL_H

#include "extract_text.h"

#include <stddef.h>

/* 1 for 〇零一二两三四五六七八九十百千. */
int cn_numeral_char(uint32_t c);

/* Parses the Chinese numeral starting at pos (一, 十二, 二十三, 一百零五; up
 * to 9999). Stores its value in *value and returns the number of code points
 * it spans; 0 when pos holds no numeral. */
size_t cn_numeral_parse(const xt_text *t, size_t pos, long *value);

#endif
