// Exact decimal text: shown as given, scaled by powers of ten by moving the
// decimal point (never through a float), compared for sorting only.

// "18290000000" shifted by -8 → "182.9"; "5.35" by 2 → "535".
export function shiftDecimal(text, places) {
  let s = String(text);
  let sign = '';
  if (s.startsWith('-')) {
    sign = '-';
    s = s.slice(1);
  }
  if (/e/i.test(s)) return sign + s; // not from this API; leave it be
  let [int, frac = ''] = s.split('.');
  let digits = int + frac;
  let point = int.length + places;
  if (point <= 0) {
    digits = '0'.repeat(1 - point) + digits;
    point = 1;
  } else if (point > digits.length) {
    digits += '0'.repeat(point - digits.length);
  }
  int = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  frac = digits.slice(point).replace(/0+$/, '');
  return sign + int + (frac ? '.' + frac : '');
}

// A base amount in 元 written in the unit a reader expects: 亿元 from 1e8,
// 万元 from 1e4, else 元. The digits are the API's, moved.
export function scaleYuan(text) {
  if (text === null || text === undefined) return null;
  const abs = String(text).replace(/^-/, '').split('.')[0].replace(/^0+/, '');
  if (abs.length >= 9) return { value: shiftDecimal(text, -8), unit: '亿元' };
  if (abs.length >= 5) return { value: shiftDecimal(text, -4), unit: '万元' };
  return { value: String(text), unit: '元' };
}

// value and unit as one reading: "182.9 亿元", "6.1%".
export function withUnit(value, unit) {
  if (value === null || value === undefined) return '—';
  if (!unit) return String(value);
  return unit === '%' ? `${value}%` : `${value} ${unit}`;
}

// A growth rate or a change in points as words: "增长 6.1%", "下降 2%",
// "提高 0.3 个百分点".
export function growthText(pct, points) {
  if (pct !== null && pct !== undefined) {
    const s = String(pct);
    return s.startsWith('-') ? `下降 ${s.slice(1)}%` : `增长 ${s}%`;
  }
  if (points !== null && points !== undefined) {
    const s = String(points);
    return s.startsWith('-') ? `下降 ${s.slice(1)} 个百分点` : `提高 ${s} 个百分点`;
  }
  return '';
}

// Signed: "+70", "-30", "0".
export function signed(text) {
  if (text === null || text === undefined) return '—';
  const s = String(text);
  return s.startsWith('-') || /^0(\.0*)?$/.test(s) ? s : `+${s}`;
}

// For sorting only.
export function compareDecimal(a, b) {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  return Number(a) - Number(b);
}
