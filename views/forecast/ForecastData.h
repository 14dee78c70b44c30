#pragma once
#include "DataSource.h"
#include "Feature.h"
#include "ForecastModel.h"
#include "ForecastParamSchema.h"
#include "ForecastTypes.h"
#include "TrendTypes.h"
#include <QMap>
#include <QString>
#include <functional>
#include <memory>

namespace epidesk {

class Feedback;

// The forecast tab's background work, without widgets: loading the series
// and boundaries it shows, and forecasting all of them.

// What a background forecast of every district gives back.
struct ForecastJobOutput {
  enum class Status { Ok, Canceled, Failed };
  Status status = Status::Ok;
  QString error;
  ForecastRequest request;
  ForecastResult result;
  QMap<QString, QString> failures; // series code -> why it could not be forecast

  // A finished cluster run's result (ForecastResult JSON plus "errors" {code: message}).
  static ForecastJobOutput fromCluster(const ForecastRequest &request, const QJsonObject &result);
};

// The first day and the last day the panel's series cover (invalid when empty).
std::pair<QDate, QDate> dataRange(const ForecastPanel &panel);
// (label, code) of every series for a menu: "name (code)" or the code, in
// locale order of the labels.
QList<std::pair<QString, QString>> seriesChoices(const ForecastPanel &panel,
                                                 const QMap<QString, QString> &names);

// Runs a request over every series of a panel; called off the GUI thread,
// must honour feedback (progress, cancel) and never throw.
using ForecastRunner = std::function<ForecastJobOutput(const ForecastPanel &panel,
                                                       const ForecastRequest &request, Feedback *feedback)>;

// The default runner: ForecastService::run over every series of the panel
// (per-series failures go to failures, never stop the others).
ForecastJobOutput runForecastJob(const ForecastPanel &panel, const ForecastRequest &request,
                                 Feedback *feedback);
// The same for the series query.selector names in the panel (its indicator
// is ignored: the panel is already loaded). Never throws.
ForecastJobOutput runForecastQuery(const ForecastPanel &panel, const ForecastQuery &query,
                                   Feedback *feedback);

// Series and boundaries for the view, loaded off the GUI thread.
struct DistrictData {
  QString error;
  bool canceled = false;
  ForecastPanel panel;
  QMap<QString, QString> names; // code -> district, UF or municipality name
  FeatureCollectionPtr features;
  FeatureCollectionPtr outlines; // state borders over municipalities, else null
  QString projectionId;          // ProjectionRegistry id the map uses for them
};
// Reads an indicator (a DistrictIndicator id: "cases", "deaths_mean7",
// "cases_weekly", ...; unknown = "cases") of the daily district series of
// an embedded store (a path) or the warehouse (a postgresql:// location,
// password beside it, never in settings), and the powiat boundaries of the
// shared data.
DistrictData loadDistrictData(const QString &storeLocation, const QString &indicator,
                              const QString &warehousePassword = QString());
// The series of a trends request (TrendPanelProvider::panelOf its
// TrendResult), names from that result, and the source's boundaries of its
// level. Canceled through feedback.
DistrictData loadTrendData(std::shared_ptr<const DataSource> source, const TrendRequest &request,
                           Feedback *feedback = nullptr);
// The series a forecast job's params name: the district series of the
// source's location (loadDistrictData) or its trends series (loadTrendData).
DistrictData loadJobData(const ForecastJobParams &job, std::shared_ptr<const DataSource> source,
                         Feedback *feedback = nullptr);

} // namespace epidesk
