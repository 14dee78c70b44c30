#include "Cp1252.h"

namespace epidesk {

namespace {
// 0x80-0x9F differ from Latin-1; the five undefined bytes map to the C1
// control of the same value, as Windows' MultiByteToWideChar does.
constexpr char16_t kHigh[32] = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                                0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
} // namespace

char16_t Cp1252::toUnicode(unsigned char byte) {
  return (byte >= 0x80 && byte < 0xA0) ? kHigh[byte - 0x80] : char16_t(byte);
}

QString Cp1252::toUnicode(QByteArrayView bytes) {
  QString out(bytes.size(), Qt::Uninitialized);
  char16_t *dst = reinterpret_cast<char16_t *>(out.data());
  for (qsizetype i = 0; i < bytes.size(); ++i)
    dst[i] = toUnicode(static_cast<unsigned char>(bytes[i]));
  return out;
}

QByteArray Cp1252::fromUnicode(const QString &text) {
  QByteArray out;
  out.reserve(text.size());
  for (QChar c : text) {
    const char16_t u = c.unicode();
    if (u < 0x80 || (u >= 0xA0 && u <= 0xFF)) {
      out.append(char(u));
      continue;
    }
    char b = '?';
    for (int i = 0; i < 32; ++i)
      if (kHigh[i] == u)
        b = char(0x80 + i);
    out.append(b);
  }
  return out;
}

} // namespace epidesk
