#pragma once
#include <QByteArrayView>
#include <QString>

namespace epidesk {

// Windows-1252 decoding: the encoding of ANVISA's open data. A fixed table
// (no QTextCodec) so callers can decode once per distinct value cheaply.
class Cp1252 {
public:
  static QString toUnicode(QByteArrayView bytes);
  static char16_t toUnicode(unsigned char byte);
  // Encoding back (tests and generators); characters outside the code page become '?'.
  static QByteArray fromUnicode(const QString &text);
};

} // namespace epidesk
