#pragma once
#include "DistrictSeriesStore.h"
#include "ForecastTypes.h"
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace epidesk {

class Feedback;

// The series a forecast may draw on.
struct SeriesPanel {
  std::vector<TimeSeries> series;    // every series with data: the nn model's panel
  QStringList districts;             // codes "all" stands for (every known district, with data or not)
  QStringList extraCodes;            // selectable by name only (the national total "PL")
  QMap<QString, QString> unreadable; // code -> why it has no series (reported under "errors")
};

// Where a forecast's panel comes from: a store's daily district series or a
// `period,value` CSV. load() returns false and *error when nothing can be read.
class SeriesPanelProvider {
public:
  virtual ~SeriesPanelProvider() = default;
  virtual bool load(const DistrictIndicator &indicator, SeriesPanel &out, QString *error) const = 0;
};

// Every powiat of a DistrictSeriesStore plus the national total.
class DistrictPanelProvider : public SeriesPanelProvider {
public:
  explicit DistrictPanelProvider(const DistrictSeriesStore &store) : m_store(store) {}
  bool load(const DistrictIndicator &indicator, SeriesPanel &out, QString *error) const override;

private:
  const DistrictSeriesStore &m_store;
};

// One series, code "series", read by SeriesCsvReader (the indicator is ignored).
class CsvPanelProvider : public SeriesPanelProvider {
public:
  explicit CsvPanelProvider(QString path) : m_path(std::move(path)) {}
  bool load(const DistrictIndicator &indicator, SeriesPanel &out, QString *error) const override;

private:
  QString m_path;
};

// Every `period,value` CSV of a folder (SeriesFolder), code = file name
// without ".csv"; unreadable files become per-series errors.
class CsvFolderPanelProvider : public SeriesPanelProvider {
public:
  explicit CsvFolderPanelProvider(QString dir) : m_dir(std::move(dir)) {}
  bool load(const DistrictIndicator &indicator, SeriesPanel &out, QString *error) const override;

private:
  QString m_dir;
};

struct ForecastQuery {
  ForecastRequest
      request; // model ("nn", "bayes", "ets", "snaive", "auto"), horizon, options, backtest origins
  // Which series: "all" (or empty): every district; a code ("0201", "PL",
  // "series"); a prefix ("02*": the districts of voivodeship 02); or a comma
  // list of those.
  QString selector;
  DistrictIndicator indicator; // district panels only: measure and view (cases, daily by default)
};

struct ForecastOutcome {
  ForecastResult result;         // the series that could be forecast
  QMap<QString, QString> errors; // code (or selector item) -> why it has no forecast or no backtest
  QString error;                 // the whole run failed (panel unreadable, bad selector); result is empty
  bool usageError = false;       // error is about the query (bad selector), not the data

  // What `epidesk-cli forecast` prints and a cluster forecast job returns:
  // result.toJson() plus "indicator" (what was forecast: "cases", "deaths",
  // "value", "prescriptions", ...) and, when any, "errors" {code: message}.
  QJsonObject toJson(const QString &indicator) const;
};

// Panel loading -> models -> backtests -> ForecastResult: the one path used by
// the CLI, the desktop and the cluster workers. Blocking; run it off the GUI
// thread.
//
//   DistrictPanelProvider provider(*store);
//   ForecastOutcome out = ForecastService::run(provider, query, feedback);
//   out.result.toJson() + out.errors
//
// - nn: AnalogueModel::forecastAll once over the whole panel (every district,
//   whatever is selected; analogues come from all of them), then the selected
//   series are kept, with their analogues (and calibrated per series, as
//   CalibratedModel does for every model). Other models run per selected
//   series, in parallel; "auto" (AutoModel) names its choice in
//   fit[code]["selected_model"] and every fit says its "calibration".
// - Backtests (request.backtestOrigins > 0): rolling origin with the request's
//   horizon, per series; nn backtests use the whole panel (no leak: analogue
//   continuations end before each origin).
// - Forecast origin (request.asOf valid): every series of the panel is cut
//   at asOf before any model or backtest sees it (splitAtOrigin), and the
//   result holds the held-out actuals of the forecast periods.
// - Both 80 % and 95 % intervals are always computed.
// - Per-series failures (unknown district, no data, too short series, model
//   errors, a failed backtest) go to errors and never stop the others.
// - Progress 0-100 on feedback; throws Canceled when it is canceled.
class ForecastService {
public:
  static ForecastOutcome run(const SeriesPanelProvider &provider, const ForecastQuery &query,
                             Feedback *feedback = nullptr);

  // The codes selector names in panel (in panel order, no duplicates); items
  // naming nothing go to *unknown (item -> message). nullopt and *error for a
  // malformed selector (an empty item).
  static std::optional<QStringList> select(const SeriesPanel &panel, const QString &selector,
                                           QMap<QString, QString> *unknown, QString *error);
};

} // namespace epidesk
