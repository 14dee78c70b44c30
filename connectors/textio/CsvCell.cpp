#include "CsvCell.h"

namespace epidesk {

bool CsvCell::needsInertPrefix(const QString &value) {
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

QString CsvCell::quoted(const QString &value) {
  bool needsQuotes = false;
  for (QChar c : value)
    if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
      needsQuotes = true;
      break;
    }
  if (!needsQuotes)
    return value;
  QString escaped = value;
  escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
  return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString CsvCell::text(const QString &value) {
  return quoted(needsInertPrefix(value) ? QLatin1Char('\'') + value : value);
}

} // namespace epidesk
