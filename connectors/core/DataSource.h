#pragma once
#include "Geography.h"
#include "TrendTypes.h"
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

namespace epidesk {

class Feedback;

struct SalesFilter {
  QString ingredientContains; // folded-key substring; empty = all ingredients
  int fromYear = 0;           // 0 = open
  int toYear = 0;             // 0 = open
  // false: the caller needs no municipality detail, so a source may return
  // one cell per period and state (municipalityCode 0, summed), which keeps
  // big warehouses' answers small. TrendAnalysis gives the same result from
  // either form at state, region and country level.
  bool byMunicipality = true;
  // true: the caller sums months to years, so a source may return one cell
  // per year instead (period yyyy00), which TrendAnalysis reads the same.
  bool byYear = false;
};

// Provenance of one imported file, shown in reports.
struct ImportRecord {
  QString fileName; // base name; re-importing the same name replaces it
  QString path;
  QDateTime importedAt;
  qint64 rowsRead = 0;
  qint64 rowsLoaded = 0;
  qint64 rowsQuarantined = 0;
  qint64 warnings = 0;
};

// Where boundaries of one level can be read with GDAL/OGR.
struct BoundarySource {
  QString path;      // OGR datasource (GeoPackage, GeoJSON, ...)
  QString layer;     // layer name; empty = first layer
  QString codeField; // attribute holding the code used in results ("sigla" for UF, "code" for municipality)
  QString nameField;
};

// A place the views read aggregated sales from: the embedded store (default)
// or, later, the PostgreSQL warehouse. Implementations are registered in
// DataSourceRegistry by the scheme of their location.
class DataSource {
public:
  virtual ~DataSource() = default;
  virtual QString location() const = 0; // file path or URI (no password)
  virtual Geography geography() const = 0;
  virtual QStringList ingredients() const = 0;       // display names, sorted
  virtual std::pair<int, int> yearRange() const = 0; // first and last year with sales, {0,0} if none
  // Sales summed over every ingredient matching filter.ingredientContains.
  virtual std::vector<SalesCell> salesCells(const SalesFilter &filter,
                                            Feedback *feedback = nullptr) const = 0;
  virtual std::vector<ImportRecord> imports() const = 0;
  virtual BoundarySource boundaries(GeoLevel level) const = 0;
  // While held, every read sees the data as it was when the hold began: an
  // import running meanwhile (in another connection or process) shows only
  // once released, so dashboards open during it show one data version.
  // Sources that cannot pin a snapshot (the warehouse) ignore it.
  virtual void holdSnapshot(bool hold) const { Q_UNUSED(hold); }
};

// The sales a trend request needs: state-level cells unless it asks for
// municipalities (sources then sum in their own query).
SalesFilter salesFilterFor(const TrendRequest &request);

// Runs a trend request against a data source: the one path used by the GUI,
// the CLI and the cluster workers.
TrendResult runTrends(const DataSource &source, const TrendRequest &request, Feedback *feedback = nullptr);

} // namespace epidesk
