#include "CsvWriter.h"
#include <QCoreApplication>
#include <QSaveFile>
#include <cmath>

namespace epidesk {

namespace {
// This file's messages, in one context that lupdate sees too.
class CsvWriterText {
  Q_DECLARE_TR_FUNCTIONS(epidesk::CsvWriter)
};
} // namespace

CsvWriter::CsvWriter(Cells cells, char delimiter) : m_cells(cells), m_delimiter(delimiter) {}

bool CsvWriter::needsInertPrefix(const QString &value) {
  if (value.isEmpty())
    return false;
  switch (value.front().unicode()) {
  case '=':
  case '+':
  case '-':
  case '@':
  case '\t':
  case '\r':
    return true;
  default:
    return false;
  }
}

QString CsvWriter::quoted(const QString &value, char delimiter) {
  bool needsQuotes = false;
  for (QChar c : value)
    if (c == QLatin1Char(delimiter) || c == QLatin1Char('"') || c == QLatin1Char('\r') ||
        c == QLatin1Char('\n')) {
      needsQuotes = true;
      break;
    }
  if (!needsQuotes)
    return value;
  QString escaped = value;
  escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
  return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString CsvWriter::exportedText(const QString &value) {
  return quoted(needsInertPrefix(value) ? QLatin1Char('\'') + value : value);
}

QString CsvWriter::numberText(double value, int significantDigits) {
  if (!std::isfinite(value))
    return {};
  return QString::number(value, 'g', significantDigits); // QString::number is locale-independent
}

void CsvWriter::field(const QString &cell) {
  if (m_rowStarted)
    m_out += m_delimiter;
  m_rowStarted = true;
  m_out += cell.toUtf8();
}

CsvWriter &CsvWriter::text(const QString &value) {
  const QString cell =
      m_cells == Cells::Exported && needsInertPrefix(value) ? QLatin1Char('\'') + value : value;
  field(quoted(cell, m_delimiter));
  return *this;
}

CsvWriter &CsvWriter::number(double value, int significantDigits) {
  field(numberText(value, significantDigits));
  return *this;
}

CsvWriter &CsvWriter::integer(qint64 value) {
  field(QString::number(value));
  return *this;
}

CsvWriter &CsvWriter::empty() {
  field(QString());
  return *this;
}

void CsvWriter::endRow() {
  m_out += '\n';
  m_rowStarted = false;
  if (m_sink && m_out.size() > (1 << 20))
    m_sink->write(take());
}

void CsvWriter::header(const QStringList &names) {
  for (const QString &n : names)
    field(quoted(n, m_delimiter));
  endRow();
}

QByteArray CsvWriter::take() {
  QByteArray out;
  out.swap(m_out);
  return out;
}

bool CsvWriter::save(const QByteArray &data, const QString &path, QString *error) {
  return save(
      path, Cells::Data, [&](CsvWriter &w) { w.m_out = data; }, error);
}

bool CsvWriter::save(const QString &path, Cells cells, const std::function<void(CsvWriter &)> &rows,
                     QString *error) {
  QSaveFile file(path);
  bool ok = file.open(QIODevice::WriteOnly);
  if (ok) {
    CsvWriter writer(cells);
    writer.m_sink = &file;
    rows(writer);
    const QByteArray rest = writer.take();
    ok = file.write(rest) == rest.size() && file.commit(); // a failed flush fails the commit too
  }
  if (!ok && error)
    *error = CsvWriterText::tr("Cannot write %1: %2").arg(path, file.errorString());
  return ok;
}

} // namespace epidesk
