#pragma once
#include "ImportSink.h"
#include "QuarantineEntry.h"
#include "SeriesView.h"
#include "TimeSeries.h"
#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <memory>
#include <vector>

namespace epidesk {

class Feedback;
struct DistrictIndicator;

// Daily counts of one district (or the national remainder) on one day.
struct DistrictDay {
  QString code; // 4-digit TERYT powiat code ("0201"), or nationalCode for unknown districts
  QDate day;
  qint64 cases = 0;
  qint64 deaths = 0;
};

// Everything one source file of daily district counts contributes to a
// store; writing it replaces an earlier load of the same file name.
struct DistrictLoad {
  QString fileName; // base name: the identity for re-imports
  QString path;
  QDateTime importedAt;
  qint64 rowsRead = 0, rowsLoaded = 0, rowsQuarantined = 0, warnings = 0;
  std::vector<DistrictDay> days; // one entry per (code, day), summed
  std::vector<QuarantineEntry> quarantine;
  QMap<QString, QString> districts; // reference list: code -> name (every known powiat)
};

// The panel of daily series a store holds, ready for forecasting.
struct DistrictPanel {
  // One regular daily series per district with data, all over the same days
  // (first to last day of any load); days without a row are zeros, because
  // the source omits rows whose counts are both zero. Plus nationalCode: the
  // national total (every district plus the rows of unknown districts).
  std::vector<TimeSeries> series;
  QMap<QString, QString> districts; // every known district (code -> name), with or without data
};

// Storage of daily district series (opened by EmbeddedDistrictSeries,
// WarehouseDistrictSeries, ImportSink::openDistrictSeries or, from a data
// location, openDistrictSeriesStore) (issue 4: COVID-19 cases and deaths per
// Polish powiat) in the embedded store (SQLite tables district and
// district_daily, added by store schema version 2) or the warehouse
// (migration 4). Provenance and quarantine go to the stores' import_file and
// quarantine tables, so imports() and the quarantine CSV cover these files too.
class DistrictSeriesStore {
public:
  // Series code of the national level: unknown districts (TERYT "NA", or
  // codes that are not one of the powiats) are stored under it; read back,
  // its series is the national total.
  static QString nationalCode() { return QStringLiteral("PL"); }
  enum class Indicator { Cases, Deaths };

  virtual ~DistrictSeriesStore() = default;
  virtual QString location() const = 0;
  // One transaction: deletes what an earlier load of load.fileName wrote
  // (series, quarantine, provenance), writes load, commits. Nothing is kept
  // on Canceled or Failed.
  virtual FileWriter::Status replaceFileLoad(const DistrictLoad &load, Feedback *feedback,
                                             QString *error) = 0;
  // Every loaded file's days, summed per (code, day); false and *error on failure.
  virtual bool readDays(std::vector<DistrictDay> &days, QMap<QString, QString> &districts,
                        QString *error) const = 0;

  // The panel of one indicator (see DistrictPanel) in its view (daily,
  // 7-day mean, weekly totals: applySeriesView); false and *error on failure.
  bool panel(const DistrictIndicator &indicator, DistrictPanel &out, QString *error) const;

  // Storage form of a code: the TERYT code as an integer (0201 -> 201), 0 = nationalCode().
  static int storedCode(const QString &code);
  static QString codeFromStored(qint64 code);
};

// What a district forecast or map shows: a measure in one view. Ids:
// "cases", "deaths" (daily), "cases_mean7", "deaths_mean7" (7-day trailing
// mean), "cases_weekly", "deaths_weekly" (ISO-week totals); the same in the
// CLI (--indicator), cluster jobs ("indicator") and the result JSON.
struct DistrictIndicator {
  DistrictSeriesStore::Indicator measure = DistrictSeriesStore::Indicator::Cases;
  SeriesView view = SeriesView::Daily;

  DistrictIndicator() = default;
  DistrictIndicator(DistrictSeriesStore::Indicator m, SeriesView v = SeriesView::Daily)
      : measure(m), view(v) {}
  QString id() const;
  static QStringList ids(); // in menu order
  static std::optional<DistrictIndicator> fromId(const QString &id);
  bool operator==(const DistrictIndicator &o) const { return measure == o.measure && view == o.view; }
};

} // namespace epidesk
