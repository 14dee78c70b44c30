#include "CovidPlImporter.h"
#include "CountField.h"
#include "CovidPlReader.h"
#include "DistrictSeriesStore.h"
#include "Feedback.h"
#include "SharedData.h"
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <map>

namespace epidesk {

namespace {

// code -> name of the powiats in <shared>/data/pl/powiaty.geojson (property terc, name).
bool readPowiats(QMap<QString, QString> &out, QString *error) {
  const QString path = QDir(sharedDataDir()).filePath(QStringLiteral("data/pl/powiaty.geojson"));
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) {
    *error = QCoreApplication::translate("CovidPlImporter", "Cannot read the powiat boundaries %1: %2")
                 .arg(path, file.errorString());
    return false;
  }
  const QJsonArray features =
      QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("features")).toArray();
  for (const QJsonValue &f : features) {
    const QJsonObject props = f.toObject().value(QLatin1String("properties")).toObject();
    const QString code = props.value(QLatin1String("terc")).toString();
    if (!code.isEmpty())
      out.insert(code, props.value(QLatin1String("name")).toString());
  }
  if (out.isEmpty()) {
    *error = QCoreApplication::translate("CovidPlImporter", "%1 lists no powiats (property terc)").arg(path);
    return false;
  }
  return true;
}

// Sums rows per (code, day) and keeps the quarantine and unknown districts.
class DayAggregator : public CovidPlRowHandler {
public:
  void row(const CovidPlRow &r) override {
    const QString code = r.code.isEmpty() ? DistrictSeriesStore::nationalCode() : r.code;
    auto &cell = m_days[{code, r.day.toJulianDay()}];
    // CovidPlReader bounds the file's totals, so this cannot trip for its rows.
    m_overflow |= !checkedAdd(cell.first, r.cases) || !checkedAdd(cell.second, r.deaths);
    if (r.code.isEmpty())
      ++m_unknown[shortValue(r.teryt)];
  }
  bool overflowed() const { return m_overflow; }
  void quarantine(QuarantineEntry &&entry) override { m_quarantine.push_back(std::move(entry)); }

  void takeInto(DistrictLoad &load, std::vector<UnmatchedMunicipality> &unknown) {
    load.days.reserve(m_days.size());
    for (const auto &d : m_days)
      load.days.push_back(
          {d.first.first, QDate::fromJulianDay(d.first.second), d.second.first, d.second.second});
    load.quarantine = std::move(m_quarantine);
    for (auto it = m_unknown.cbegin(); it != m_unknown.cend(); ++it)
      unknown.push_back({0, DistrictSeriesStore::nationalCode(), it.key(), it.value()});
  }

private:
  std::map<std::pair<QString, qint64>, std::pair<qint64, qint64>> m_days;
  std::vector<QuarantineEntry> m_quarantine;
  QMap<QString, qint64> m_unknown; // teryt as written (shortened) -> rows
  bool m_overflow = false;
};

QString storeError(const QString &fileName, const QString &error) {
  return QCoreApplication::translate("CovidPlImporter", "%1: cannot store: %2").arg(fileName, error);
}

} // namespace

QString CovidPlImporter::description() const {
  return QCoreApplication::translate(
      "CovidPlImporter", "Poland: daily COVID-19 cases and deaths per powiat (covid_cases_powiat_daily.tsv)");
}

ImportSummary CovidPlImporter::run(ImportSink &sink, const QStringList &files, const ImportOptions &options,
                                   Feedback *feedback) {
  QElapsedTimer timer;
  timer.start();
  ImportSummary summary;
  QString error;
  QMap<QString, QString> powiats;
  std::unique_ptr<DistrictSeriesStore> store;
  if (!readPowiats(powiats, &error) || !(store = sink.openDistrictSeries(&error))) {
    summary.storeErrors.append(error);
    summary.seconds = timer.elapsed() / 1000.0;
    return summary;
  }
  const QSet<QString> known(powiats.keyBegin(), powiats.keyEnd());

  // Same name = same file for re-imports; only the last one given counts.
  QHash<QString, int> lastIndex;
  qint64 totalBytes = 0;
  for (int i = 0; i < files.size(); ++i) {
    lastIndex.insert(QFileInfo(files[i]).fileName(), i);
    totalBytes += QFileInfo(files[i]).isFile() ? QFileInfo(files[i]).size() : 0;
  }
  qint64 doneBytes = 0;
  auto progress = [&](qint64 bytes) {
    if (feedback && totalBytes > 0)
      feedback->setProgress(std::min(100.0, 100.0 * double(bytes) / double(totalBytes)));
    return !(feedback && feedback->isCanceled());
  };

  for (int i = 0; i < files.size(); ++i) {
    QElapsedTimer fileTimer;
    fileTimer.start();
    const QFileInfo info(files[i]);
    FileImportSummary s;
    s.fileName = info.fileName();
    s.path = info.absoluteFilePath();
    std::vector<UnmatchedMunicipality> unknown;
    auto finish = [&](FileImportSummary::Status status, const QString &message = {}) {
      s.status = status;
      s.error = message;
      s.seconds = fileTimer.elapsed() / 1000.0;
      summary.add(s, unknown);
    };
    if (lastIndex.value(s.fileName) != i) {
      finish(FileImportSummary::Status::Failed,
             QCoreApplication::translate("CovidPlImporter",
                                         "%1: listed more than once; only the last one (%2) was imported")
                 .arg(files[i], files[lastIndex.value(s.fileName)]));
      continue;
    }
    if (feedback && feedback->isCanceled()) {
      finish(FileImportSummary::Status::Canceled);
      continue;
    }
    DayAggregator aggregator;
    const CovidPlReadResult read =
        CovidPlReader(s.path, known, options.limits, options.chunkBytes).read(aggregator, [&](qint64 bytes) {
          return progress(doneBytes + bytes);
        });
    s.bytes = read.bytes;
    doneBytes += read.bytes;
    if (read.status == CovidPlReadResult::Status::Failed) {
      finish(FileImportSummary::Status::Failed, read.error);
      continue;
    }
    if (read.status == CovidPlReadResult::Status::Canceled) {
      finish(FileImportSummary::Status::Canceled);
      continue;
    }
    if (aggregator.overflowed()) {
      finish(FileImportSummary::Status::Failed,
             QCoreApplication::translate("CovidPlImporter",
                                         "%1: a sum of its rows does not fit in a 64-bit integer")
                 .arg(s.fileName));
      continue;
    }
    s.encoding = encodingName(TextEncoding::Utf8);
    DistrictLoad load;
    load.fileName = s.fileName;
    load.path = s.path;
    load.importedAt = QDateTime::currentDateTimeUtc();
    load.rowsRead = read.rowsRead;
    load.rowsLoaded = read.rowsLoaded;
    load.rowsQuarantined = read.rowsQuarantined;
    load.warnings = read.unknownDistricts;
    load.districts = powiats;
    aggregator.takeInto(load, unknown);
    const FileWriter::Status written = store->replaceFileLoad(load, feedback, &error);
    if (written == FileWriter::Status::Canceled) {
      unknown.clear();
      finish(FileImportSummary::Status::Canceled);
      continue;
    }
    if (written == FileWriter::Status::Failed) {
      unknown.clear();
      finish(FileImportSummary::Status::Failed, storeError(s.fileName, error));
      continue;
    }
    s.rowsRead = read.rowsRead;
    s.rowsLoaded = read.rowsLoaded;
    s.rowsQuarantined = read.rowsQuarantined;
    s.warnings = read.unknownDistricts;
    if (read.unknownDistricts > 0)
      s.warningsByField.insert(QStringLiteral("teryt"), read.unknownDistricts);
    finish(FileImportSummary::Status::Loaded);
    progress(doneBytes);
  }

  summary.quarantineCsv = sink.exportQuarantine(&error);
  if (summary.quarantineCsv.isEmpty())
    summary.storeErrors.append(error);
  if (feedback && !feedback->isCanceled())
    feedback->setProgress(100.0);
  summary.seconds = timer.elapsed() / 1000.0;
  return summary;
}

} // namespace epidesk
