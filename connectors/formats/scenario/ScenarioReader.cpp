#include "ScenarioReader.h"
#include "BoundaryCentroids.h"
#include "CountField.h"
#include "CsvReader.h"
#include "InputFile.h"
#include "ReadLimits.h"
#include "ScenarioValidator.h"
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace epidesk {

namespace {

// This file's messages, in one context that lupdate sees too.
class ScenarioReaderText {
  Q_DECLARE_TR_FUNCTIONS(epidesk::ScenarioReader)
};

constexpr qint64 kMaxJsonBytes = qint64(256) << 20; // far above any real scenario

// One CSV table of the folder format; columns are found by header name.
// Read through CsvReader under ReadLimits' caps (a header line over
// maxHeaderBytes ends the table, a longer data record is an issue and skipped).
class CsvTable {
public:
  CsvTable(const QString &dir, const QString &file, QList<ScenarioIssue> *issues)
      : m_file(file), m_issues(issues) {
    const QString path = QDir(dir).filePath(file);
    if (!QFileInfo::exists(path)) {
      m_missing = true;
      return;
    }
    QFile f;
    QString why;
    if (!InputFile::open(f, path, m_limits.allowNonRegular, &why)) {
      fail(0, ScenarioReaderText::tr("cannot read the file: %1").arg(why));
      return;
    }
    CsvReader::Options options;
    options.maxRecordBytes = m_limits.maxHeaderBytes;
    options.comment = '#';
    CsvReader reader(f, options);
    CsvRecord record;
    while (reader.next(record) && add(record))
      if (!m_header.isEmpty())
        reader.setMaxRecordBytes(m_limits.maxLineBytes);
    if (reader.error() == CsvReader::Error::ReadError)
      fail(0, ScenarioReaderText::tr("cannot read the file: %1").arg(f.errorString()));
    else if (reader.error() != CsvReader::Error::None)
      fail(int(reader.errorLine()), reader.errorString());
  }

  bool missing() const { return m_missing; }
  bool failed() const { return m_failed; } // an issue was reported; nothing else to check
  QString file() const { return m_file; }

  // Reports missing required columns; returns false when any is missing.
  bool requireColumns(const QStringList &columns) {
    bool ok = true;
    for (const QString &c : columns)
      if (!m_header.contains(c)) {
        m_issues->append({m_file, 1, c, ScenarioReaderText::tr("required column is missing")});
        ok = false;
      }
    return ok;
  }

  int rowCount() const { return int(m_rows.size()); }
  RecordOrigin origin(int row) const { return {m_file, m_rows[size_t(row)].line, QString()}; }

  QString text(int row, const QString &column) const {
    const int i = m_header.indexOf(column);
    return i < 0 ? QString() : m_rows[size_t(row)].fields.value(i);
  }
  bool has(int row, const QString &column) const { return !text(row, column).isEmpty(); }

  void number(int row, const QString &column, double *out) {
    const QString t = text(row, column);
    if (t.isEmpty())
      return;
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (ok && std::isfinite(v))
      *out = v;
    else
      m_issues->append(ScenarioIssue::at(
          origin(row), column, ScenarioReaderText::tr("\"%1\" is not a number").arg(shortValue(t))));
  }
  void integer(int row, const QString &column, int *out) {
    const QString t = text(row, column);
    if (t.isEmpty())
      return;
    bool ok = false;
    const int v = t.toInt(&ok);
    if (ok)
      *out = v;
    else
      m_issues->append(ScenarioIssue::at(
          origin(row), column, ScenarioReaderText::tr("\"%1\" is not an integer").arg(shortValue(t))));
  }

private:
  struct Row {
    int line;
    QStringList fields;
  };
  // One record: the header first, then rows. False ends the table.
  bool add(const CsvRecord &record) {
    if (record.tooLong && m_header.isEmpty()) {
      fail(int(record.line),
           ScenarioReaderText::tr("the header line is longer than %1 bytes").arg(m_limits.maxHeaderBytes));
      return false;
    }
    if (record.tooLong) {
      m_issues->append({m_file, int(record.line), QString(),
                        ScenarioReaderText::tr("line longer than %1 bytes").arg(m_limits.maxLineBytes)});
      return true;
    }
    QStringList fields = record.texts();
    for (QString &f : fields)
      f = f.trimmed();
    if (m_header.isEmpty())
      m_header = fields;
    else
      m_rows.push_back({int(record.line), fields});
    return true;
  }
  void fail(int line, const QString &message) {
    m_issues->append({m_file, line, QString(), message});
    m_failed = true;
  }

  QString m_file;
  QList<ScenarioIssue> *m_issues;
  const ReadLimits m_limits{};
  bool m_missing = false;
  bool m_failed = false;
  QStringList m_header;
  std::vector<Row> m_rows;
};

// Reads one table; a missing required file is an issue, a missing optional one is not.
template <typename Fn>
void readTable(const QString &dir, const QString &file, const QStringList &required, bool optional,
               std::vector<RecordOrigin> *origins, QList<ScenarioIssue> *issues, Fn fn) {
  CsvTable table(dir, file, issues);
  if (table.missing()) {
    if (!optional)
      issues->append({file, 0, QString(), ScenarioReaderText::tr("file is missing")});
    return;
  }
  if (table.failed() || !table.requireColumns(required))
    return;
  for (int r = 0; r < table.rowCount(); ++r) {
    origins->push_back(table.origin(r));
    fn(table, r);
  }
}

std::optional<QJsonObject> readJsonObject(const QString &path, const QString &label,
                                          QList<ScenarioIssue> *issues) {
  if (!QFileInfo::exists(path)) {
    issues->append({label, 0, QString(), ScenarioReaderText::tr("cannot open the file")});
    return std::nullopt;
  }
  QString why;
  const std::optional<QByteArray> data = InputFile::readAll(path, kMaxJsonBytes, &why);
  if (!data) {
    issues->append({label, 0, QString(), ScenarioReaderText::tr("cannot read the file: %1").arg(why)});
    return std::nullopt;
  }
  QJsonParseError error;
  const QJsonDocument doc = QJsonDocument::fromJson(*data, &error);
  if (error.error != QJsonParseError::NoError || !doc.isObject()) {
    issues->append({label, 0, QString(),
                    ScenarioReaderText::tr("not a JSON object (%1 at offset %2)")
                        .arg(error.errorString())
                        .arg(error.offset)});
    return std::nullopt;
  }
  return doc.object();
}

// "field: message" errors of RelocationScenario::fromJson -> issues of one file.
void addJsonErrors(const QString &label, const QStringList &errors, QList<ScenarioIssue> *issues) {
  for (const QString &e : errors) {
    const int colon = e.indexOf(QStringLiteral(": "));
    issues->append({label, 0, e.left(colon), e.mid(colon + 2)});
  }
}

void readFolder(const QString &dir, LoadedScenario *out) {
  QList<ScenarioIssue> &issues = out->issues;
  const QString metaFile = QStringLiteral("scenario.json");
  const auto meta = readJsonObject(QDir(dir).filePath(metaFile), metaFile, &issues);
  if (meta) {
    QJsonObject header = *meta;
    // Tables come from the CSV files in the folder form.
    for (const char *key : {"districts", "groups", "facilities", "demand", "capacity", "travel"})
      header.remove(QLatin1String(key));
    QStringList errors;
    if (auto s = RelocationScenario::fromJson(header, &errors))
      out->scenario = *s;
    addJsonErrors(metaFile, errors, &issues);
  }
  RelocationScenario &s = out->scenario;
  ScenarioOrigins &o = out->origins;
  const QString districts = QStringLiteral("districts.csv"), groups = QStringLiteral("groups.csv"),
                facilities = QStringLiteral("facilities.csv"), demand = QStringLiteral("demand.csv"),
                capacity = QStringLiteral("capacity.csv"), travel = QStringLiteral("travel.csv");
  readTable(dir, districts, {"code"}, false, &o.districts, &issues, [&](CsvTable &t, int r) {
    RelocationDistrict d;
    d.code = t.text(r, "code");
    d.name = t.text(r, "name");
    t.number(r, "lat", &d.lat);
    t.number(r, "lon", &d.lon);
    s.districts.push_back(d);
  });
  readTable(dir, groups, {"id", "urgency", "max_travel_hours", "deadline_months"}, false, &o.groups, &issues,
            [&](CsvTable &t, int r) {
              ProcedureGroup g;
              g.id = t.text(r, "id");
              g.name = t.text(r, "name");
              t.number(r, "urgency", &g.urgency);
              t.number(r, "max_travel_hours", &g.maxTravelHours);
              t.integer(r, "deadline_months", &g.deadlineMonths);
              s.groups.push_back(g);
            });
  readTable(dir, facilities, {"id", "district"}, false, &o.facilities, &issues, [&](CsvTable &t, int r) {
    RelocationFacility f;
    f.id = t.text(r, "id");
    f.district = t.text(r, "district");
    f.name = t.text(r, "name");
    t.number(r, "surge_cost", &f.surgeCost);
    t.number(r, "cost_per_patient", &f.costPerPatient);
    s.facilities.push_back(f);
  });
  readTable(dir, demand, {"district", "group", "month", "patients"}, false, &o.demand, &issues,
            [&](CsvTable &t, int r) {
              DemandEntry e;
              e.district = t.text(r, "district");
              e.group = t.text(r, "group");
              t.integer(r, "month", &e.month);
              t.number(r, "patients", &e.patients);
              s.demand.push_back(e);
            });
  readTable(dir, capacity, {"facility", "group", "month", "capacity"}, false, &o.capacity, &issues,
            [&](CsvTable &t, int r) {
              CapacityEntry e;
              e.facility = t.text(r, "facility");
              e.group = t.text(r, "group");
              t.integer(r, "month", &e.month);
              t.number(r, "capacity", &e.capacity);
              t.number(r, "surge", &e.surge);
              s.capacity.push_back(e);
            });
  readTable(dir, travel, {"from", "to", "hours"}, true, &o.travel, &issues, [&](CsvTable &t, int r) {
    TravelEntry e;
    e.from = t.text(r, "from");
    e.to = t.text(r, "to");
    e.hours = std::numeric_limits<double>::quiet_NaN();
    t.number(r, "hours", &e.hours);
    s.travel.push_back(e);
  });
}

void readJsonFile(const QString &path, LoadedScenario *out) {
  const QString label = QFileInfo(path).fileName();
  const auto json = readJsonObject(path, label, &out->issues);
  if (!json)
    return;
  QStringList errors;
  if (auto s = RelocationScenario::fromJson(*json, &errors))
    out->scenario = *s;
  addJsonErrors(label, errors, &out->issues);
  auto origins = [&](const char *key, size_t n, std::vector<RecordOrigin> *list) {
    for (size_t i = 0; i < n; ++i)
      list->push_back({label, 0, QStringLiteral("%1[%2]").arg(QLatin1String(key)).arg(i)});
  };
  const RelocationScenario &s = out->scenario;
  origins("districts", s.districts.size(), &out->origins.districts);
  origins("groups", s.groups.size(), &out->origins.groups);
  origins("facilities", s.facilities.size(), &out->origins.facilities);
  origins("demand", s.demand.size(), &out->origins.demand);
  origins("capacity", s.capacity.size(), &out->origins.capacity);
  origins("travel", s.travel.size(), &out->origins.travel);
}

// Centroids for districts without coordinates, from the boundary file.
void fillCentroids(const QString &baseDir, LoadedScenario *out) {
  RelocationScenario &s = out->scenario;
  bool needed = false;
  for (const auto &d : s.districts)
    needed = needed || !d.hasCentroid();
  if (!needed || s.boundaries.isEmpty() || !s.travel.empty())
    return;
  const QString path = QDir(baseDir).absoluteFilePath(s.boundaries);
  QString error;
  const auto centroids = BoundaryCentroids::read(
      path, s.boundaryCodeProperty.isEmpty() ? QStringLiteral("code") : s.boundaryCodeProperty, &error);
  if (!error.isEmpty()) {
    out->issues.append({QStringLiteral("scenario.json"), 0, QStringLiteral("boundaries"), error});
    return;
  }
  for (auto &d : s.districts) {
    if (d.hasCentroid() || !centroids.contains(d.code))
      continue;
    d.lat = centroids.value(d.code).lat;
    d.lon = centroids.value(d.code).lon;
  }
}

} // namespace

LoadedScenario ScenarioReader::read(const QString &path) {
  LoadedScenario out;
  const QFileInfo info(path);
  if (info.isDir()) {
    readFolder(path, &out);
    fillCentroids(path, &out);
  } else if (info.isFile()) {
    readJsonFile(path, &out);
    fillCentroids(info.absolutePath(), &out);
  } else {
    out.issues.append({path, 0, QString(), ScenarioReaderText::tr("no such file or folder")});
  }
  return out;
}

LoadedScenario ScenarioReader::load(const QString &path) {
  LoadedScenario out = read(path);
  if (out.ok())
    out.issues = ScenarioValidator::validate(out.scenario, &out.origins);
  return out;
}

} // namespace epidesk
