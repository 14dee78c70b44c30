#pragma once
#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace epidesk {

// Encoding of an ANVISA file's text fields. ANVISA publishes Windows-1252, but
// files re-saved by spreadsheets arrive as UTF-8.
enum class TextEncoding { Windows1252, Utf8 };

QString decodeText(QByteArrayView bytes, TextEncoding encoding);
QString encodingName(TextEncoding encoding); // "windows-1252" | "utf-8"

// Decides a file's encoding from its first bytes that are not ASCII: a BOM,
// or well-formed multi-byte UTF-8 with no ill-formed sequence in the same
// chunk, means UTF-8; anything else Windows-1252. Until such bytes appear both
// decode alike, so text seen before the decision is never decoded wrongly.
class EncodingDetector {
public:
  // Feeds the next bytes of the file; cheap once decided.
  void feed(QByteArrayView chunk);
  bool decided() const { return m_decided; }
  TextEncoding encoding() const { return m_encoding; }

private:
  void decide(TextEncoding encoding);

  bool m_started = false;
  bool m_decided = false;
  QByteArray m_cutOff; // a multi-byte sequence cut off by the previous chunk's end
  TextEncoding m_encoding = TextEncoding::Windows1252;
};

} // namespace epidesk
