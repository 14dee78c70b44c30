#include "ScenarioIssue.h"
#include <QStringList>

namespace epidesk {

QString ScenarioIssue::toString() const {
  QString where = file;
  if (line > 0)
    where += QStringLiteral(":%1").arg(line);
  if (!field.isEmpty())
    where += QStringLiteral(": ") + field;
  return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

ScenarioIssue ScenarioIssue::at(const RecordOrigin &origin, const QString &field, const QString &message) {
  const QString path = origin.path.isEmpty() ? field
                       : field.isEmpty()     ? origin.path
                                             : origin.path + QLatin1Char('.') + field;
  return {origin.file, origin.line, path, message};
}

QString joinIssues(const QList<ScenarioIssue> &issues) {
  QStringList lines;
  for (const ScenarioIssue &i : issues)
    lines << i.toString();
  return lines.join(QLatin1Char('\n'));
}

} // namespace epidesk
