#pragma once
#include <QByteArrayView>
#include <QString>

namespace epidesk {

// Non-negative decimal integers of the import formats, overflow-checked: a
// count that does not fit in 64 bits is reported as such, never wrapped.
enum class IntegerParse { Ok, NotInteger, TooLarge };

// Digits only (any number of them); out is set only when Ok.
inline IntegerParse parseNonNegative(QByteArrayView s, qint64 &out) {
  if (s.isEmpty())
    return IntegerParse::NotInteger;
  qint64 v = 0;
  bool overflow = false;
  for (char c : s) {
    if (c < '0' || c > '9')
      return IntegerParse::NotInteger;
    overflow =
        overflow || __builtin_mul_overflow(v, qint64(10), &v) || __builtin_add_overflow(v, c - '0', &v);
  }
  if (overflow)
    return IntegerParse::TooLarge;
  out = v;
  return IntegerParse::Ok;
}

// sum += v unless that overflows; false (sum unchanged) when it would.
inline bool checkedAdd(qint64 &sum, qint64 v) {
  qint64 r = 0;
  if (__builtin_add_overflow(sum, v, &r))
    return false;
  sum = r;
  return true;
}

// One count field of a row (QTD_VENDIDA, new_cases, deaths): a non-negative
// integer of at most maxCount. Inline: the import's hot path.
inline bool parseCount(QByteArrayView text, qint64 maxCount, qint64 &out) {
  return parseNonNegative(text, out) == IntegerParse::Ok && out <= maxCount;
}
// Why parseCount refused text, for the quarantine; notInteger is the format's
// own wording for that case.
QString countProblem(QByteArrayView text, qint64 maxCount, const QString &notInteger);
// Reason for a row whose count would take its file's running total past 64
// bits: bounding each file's total bounds every sum of its rows.
QString totalOverflowReason();
// A field value quoted in a message: at most 64 characters.
QString shortValue(const QString &value);

} // namespace epidesk
