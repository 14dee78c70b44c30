#pragma once
#include <QList>
#include <QString>
#include <vector>

namespace epidesk {

// Where a scenario record came from: a CSV file and line, or a JSON file and
// the record's path in it ("demand[3]").
struct RecordOrigin {
  QString file;
  int line = 0;
  QString path;
};

// Origin of every record, parallel to the scenario's vectors (empty when the
// scenario was built in code).
struct ScenarioOrigins {
  std::vector<RecordOrigin> districts, groups, facilities, demand, capacity, travel;
};

// One problem found while reading or validating a scenario:
// "demand.csv:12: district: unknown district \"9999\"" or
// "scenario.json: demand[3].district: unknown district \"9999\"".
struct ScenarioIssue {
  QString file;
  int line = 0; // 0 = no line (JSON, or about the whole file)
  QString field;
  QString message;

  QString toString() const;
  static ScenarioIssue at(const RecordOrigin &origin, const QString &field, const QString &message);
};

QString joinIssues(const QList<ScenarioIssue> &issues); // one issue a line

} // namespace epidesk
