#include "TextEncoding.h"
#include "Cp1252.h"

namespace epidesk {

namespace {

// Length of the well-formed UTF-8 sequence at s[i] (2-4), 0 when ill-formed,
// -1 when it is cut off by the end of the chunk (undecidable there).
int utf8SequenceAt(QByteArrayView s, qsizetype i) {
  const auto b = static_cast<unsigned char>(s[i]);
  int len = 0;
  unsigned char lo = 0x80, hi = 0xBF; // range of the second byte
  if (b >= 0xC2 && b <= 0xDF) {
    len = 2;
  } else if (b >= 0xE0 && b <= 0xEF) {
    len = 3;
    lo = b == 0xE0 ? 0xA0 : 0x80;
    hi = b == 0xED ? 0x9F : 0xBF;
  } else if (b >= 0xF0 && b <= 0xF4) {
    len = 4;
    lo = b == 0xF0 ? 0x90 : 0x80;
    hi = b == 0xF4 ? 0x8F : 0xBF;
  } else {
    return 0;
  }
  for (int k = 1; k < len; ++k) {
    if (i + k >= s.size())
      return -1;
    const auto c = static_cast<unsigned char>(s[i + k]);
    if (c < (k == 1 ? lo : 0x80) || c > (k == 1 ? hi : 0xBF))
      return 0;
  }
  return len;
}

} // namespace

QString decodeText(QByteArrayView bytes, TextEncoding encoding) {
  return encoding == TextEncoding::Utf8 ? QString::fromUtf8(bytes) : Cp1252::toUnicode(bytes);
}

QString encodingName(TextEncoding encoding) {
  return encoding == TextEncoding::Utf8 ? QStringLiteral("utf-8") : QStringLiteral("windows-1252");
}

void EncodingDetector::feed(QByteArrayView chunk) {
  if (m_decided || chunk.isEmpty())
    return;
  if (!m_started) {
    m_started = true;
    if (chunk.startsWith("\xEF\xBB\xBF"))
      return decide(TextEncoding::Utf8);
  }
  qsizetype i = 0;
  bool multiByte = false;
  if (!m_cutOff.isEmpty()) { // a sequence begun at the previous chunk's end
    const qsizetype before = m_cutOff.size();
    const QByteArray joined = m_cutOff + chunk.first(std::min<qsizetype>(chunk.size(), 3)).toByteArray();
    m_cutOff.clear();
    const int len = utf8SequenceAt(joined, 0);
    if (len == 0)
      return decide(TextEncoding::Windows1252);
    if (len < 0) {
      m_cutOff = joined;
      return;
    }
    multiByte = true;
    i = len - before;
  }
  while (i < chunk.size()) {
    if (static_cast<unsigned char>(chunk[i]) < 0x80) {
      ++i;
      continue;
    }
    const int len = utf8SequenceAt(chunk, i);
    if (len == 0)
      return decide(TextEncoding::Windows1252);
    if (len < 0) { // cut off by the chunk's end: judged with the next bytes
      m_cutOff = chunk.sliced(i).toByteArray();
      break;
    }
    multiByte = true;
    i += len;
  }
  if (multiByte && m_cutOff.isEmpty())
    decide(TextEncoding::Utf8);
}

void EncodingDetector::decide(TextEncoding encoding) {
  m_decided = true;
  m_encoding = encoding;
}

} // namespace epidesk
