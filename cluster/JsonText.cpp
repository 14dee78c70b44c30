#include "JsonText.h"
#include <QCoreApplication>

namespace epidesk {

namespace {
class JsonTextText {
  Q_DECLARE_TR_FUNCTIONS(epidesk::JsonText)
};

int hexValue(char c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

// The code unit of "\uXXXX" at i (pointing at the backslash), or -1.
int escapeAt(QByteArrayView s, qsizetype i) {
  if (i + 6 > s.size() || s[i] != '\\' || s[i + 1] != 'u')
    return -1;
  int v = 0;
  for (int k = 2; k < 6; ++k) {
    const int h = hexValue(s[i + k]);
    if (h < 0)
      return -1;
    v = v * 16 + h;
  }
  return v;
}

// Length of the valid UTF-8 sequence at i, or 0 (RFC 3629: no overlongs,
// no surrogates, nothing above U+10FFFF).
int utf8Length(QByteArrayView s, qsizetype i) {
  const auto b = [&](qsizetype k) { return k < s.size() ? uchar(s[k]) : 0u; };
  const uint c = b(i);
  const auto cont = [&](qsizetype k) { return (b(k) & 0xC0) == 0x80; };
  if (c < 0x80)
    return 1;
  if (c >= 0xC2 && c <= 0xDF)
    return cont(i + 1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    const uint c1 = b(i + 1);
    if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 > 0x9F))
      return 0;
    return cont(i + 1) && cont(i + 2) ? 3 : 0;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    const uint c1 = b(i + 1);
    if ((c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 > 0x8F))
      return 0;
    return cont(i + 1) && cont(i + 2) && cont(i + 3) ? 4 : 0;
  }
  return 0;
}
} // namespace

QString jsonTextProblem(QByteArrayView s) {
  bool inString = false;
  for (qsizetype i = 0; i < s.size();) {
    const char c = s[i];
    if (uchar(c) >= 0x80) {
      const int n = utf8Length(s, i);
      if (n == 0)
        return JsonTextText::tr("invalid UTF-8 at byte %1").arg(i);
      i += n;
      continue;
    }
    if (c == '"') {
      inString = !inString;
    } else if (inString && c == '\\') {
      const int unit = escapeAt(s, i);
      if (unit < 0) { // another escape (\" \\ \n ...): skip the escaped byte
        i += 2;
        continue;
      }
      if (unit == 0)
        return JsonTextText::tr("\\u0000 at byte %1 is not accepted").arg(i);
      if (unit >= 0xD800 && unit <= 0xDBFF) {
        const int low = escapeAt(s, i + 6);
        if (low < 0xDC00 || low > 0xDFFF)
          return JsonTextText::tr("lone surrogate \\u%1 at byte %2 is not a Unicode scalar value")
              .arg(unit, 4, 16, QLatin1Char('0'))
              .arg(i);
        i += 12;
        continue;
      }
      if (unit >= 0xDC00 && unit <= 0xDFFF)
        return JsonTextText::tr("lone surrogate \\u%1 at byte %2 is not a Unicode scalar value")
            .arg(unit, 4, 16, QLatin1Char('0'))
            .arg(i);
      i += 6;
      continue;
    }
    ++i;
  }
  return QString();
}

} // namespace epidesk
