#include "CsvReader.h"
#include <QCoreApplication>
#include <algorithm>

namespace epidesk {

namespace {
// This file's messages, in one context that lupdate sees too.
class CsvReaderText {
  Q_DECLARE_TR_FUNCTIONS(epidesk::CsvReader)
};
} // namespace

QByteArrayView CsvRecord::field(int i) const {
  if (i < 0 || i >= size())
    return {};
  const qsizetype begin = i == 0 ? 0 : m_ends[size_t(i - 1)];
  return QByteArrayView(m_data.constData() + begin, m_ends[size_t(i)] - begin);
}

QString CsvRecord::text(int i) const {
  const QByteArrayView f = field(i);
  return QString::fromUtf8(f.data(), f.size());
}

QStringList CsvRecord::texts() const {
  QStringList out;
  out.reserve(size());
  for (int i = 0; i < size(); ++i)
    out << text(i);
  return out;
}

CsvReader::CsvReader(QIODevice &device, const Options &options) : m_device(device), m_options(options) {
  m_options.chunkBytes = std::max<qint64>(m_options.chunkBytes, 16);
}

QString CsvReader::errorString() const {
  switch (m_error) {
  case Error::UnclosedQuote:
    return CsvReaderText::tr("the quoted field that starts here is not closed");
  case Error::ReadError:
    return CsvReaderText::tr("cannot read: %1").arg(m_device.errorString());
  case Error::None:
    break;
  }
  return {};
}

bool CsvReader::fill() {
  if (m_eof)
    return false;
  m_buffer.resize(m_options.chunkBytes);
  const qint64 n = m_device.read(m_buffer.data(), m_options.chunkBytes);
  if (n < 0) {
    m_error = Error::ReadError;
    m_errorLine = 0; // not the file's fault
    m_buffer.clear();
    m_pos = 0;
    return false;
  }
  m_buffer.resize(n);
  m_pos = 0;
  if (!m_bomChecked && n > 0) {
    m_bomChecked = true;
    if (m_buffer.startsWith("\xEF\xBB\xBF"))
      m_pos = 3;
  }
  m_bytesRead += n;
  m_eof = n == 0;
  return !m_eof;
}

void CsvReader::startRecord(CsvRecord &r) {
  r.line = m_line;
  r.tooLong = false;
  r.m_data.clear();
  r.m_ends.clear();
  r.m_raw.clear();
  m_state = State::FieldStart;
  m_recordBytes = 0;
  m_contentEnd = 0;
  m_inRecord = false;
}

bool CsvReader::isBlank(char c) const {
  return m_options.trimBlanks && (c == ' ' || (c == '\t' && m_options.delimiter != '\t'));
}

void CsvReader::append(CsvRecord &r, char c) {
  if (m_skipping)
    return;
  r.m_data.append(c);
  if (!isBlank(c) || m_state == State::Quoted)
    m_contentEnd = r.m_data.size();
}

void CsvReader::keepRaw(CsvRecord &r, char c) {
  ++m_recordBytes;
  if (!m_skipping && r.m_raw.size() < rawBytes)
    r.m_raw.append(c);
}

void CsvReader::endField(CsvRecord &r) {
  if (!m_skipping) {
    const qsizetype end = m_options.trimBlanks ? m_contentEnd : r.m_data.size();
    r.m_data.truncate(end);
    r.m_ends.push_back(end);
  }
  m_contentEnd = r.m_data.size();
  m_state = State::FieldStart;
}

bool CsvReader::next(CsvRecord &r) {
  if (m_error != Error::None)
    return false;
  if (!m_skipping)
    startRecord(r);
  for (;;) {
    if (m_pos == m_buffer.size() && !fill()) {
      if (m_error != Error::None)
        return false;
      // End of the file.
      if (m_state == State::Quoted) {
        m_error = Error::UnclosedQuote;
        m_errorLine = m_quoteLine;
        return false;
      }
      m_pendingCr = false; // a CR before the end is a line end
      if (m_skipping || !m_inRecord || m_state == State::Comment) {
        m_skipping = false;
        return false;
      }
      endField(r);
      m_inRecord = false;
      return true;
    }
    char c = m_buffer.at(m_pos++);

    if (m_state == State::Quoted) {
      keepRaw(r, c);
      if (c == '"')
        m_state = State::QuoteInQuoted;
      else
        append(r, c);
      if (c == '\n')
        ++m_line;
    } else if (m_state == State::Comment) {
      if (c == '\n') {
        ++m_line;
        startRecord(r);
      }
      continue;
    } else {
      if (m_state == State::QuoteInQuoted) {
        if (c == '"') { // a doubled quote
          keepRaw(r, c);
          m_state = State::Quoted;
          append(r, c);
          continue;
        }
        m_state = State::AfterQuoted; // the quote closed the field
      }
      if (m_pendingCr) {
        m_pendingCr = false;
        if (c != '\n') { // a CR that is data; then c as usual
          --m_pos;
          c = '\r';
        }
      } else if (c == '\r') {
        m_pendingCr = true;
        continue;
      }
      if (c == '\n') {
        ++m_line;
        if (m_skipping) {
          m_skipping = false;
          startRecord(r);
          continue;
        }
        if (!m_inRecord && m_options.skipBlankLines) {
          startRecord(r);
          continue;
        }
        endField(r);
        m_inRecord = false;
        return true;
      }
      if (m_recordBytes == 0 && m_options.comment && c == m_options.comment) {
        m_state = State::Comment;
        continue;
      }
      keepRaw(r, c);
      if (c == m_options.delimiter) {
        m_inRecord = true;
        endField(r);
      } else if (m_state == State::FieldStart) {
        if (c == '"') {
          m_inRecord = true;
          m_state = State::Quoted;
          m_quoteLine = m_line;
        } else if (!isBlank(c)) {
          m_inRecord = true;
          m_state = State::Unquoted;
          append(r, c);
        }
      } else if (m_state == State::Unquoted || !isBlank(c)) {
        append(r, c); // unquoted text, or text after a closing quote (kept, lenient)
      }
    }

    if (!m_skipping && m_recordBytes > m_options.maxRecordBytes) {
      r.tooLong = true;
      r.m_data.clear();
      r.m_ends.clear();
      m_skipping = true;
      return true;
    }
  }
}

} // namespace epidesk
