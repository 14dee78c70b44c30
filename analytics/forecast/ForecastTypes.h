#pragma once
#include "TimeSeries.h"
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace epidesk {

// One forecast period with its central value and prediction intervals.
struct ForecastPoint {
  QString period;
  double mean = 0;
  double lo80 = 0, hi80 = 0, lo95 = 0, hi95 = 0;
};

// An observed value held out by a forecast origin (ForecastRequest::asOf).
struct ActualPoint {
  QString period;
  double value = 0;
};

// Rolling-origin backtest summary: MASE is scaled by the in-sample MAE of the
// seasonal naive forecast; coverages are fractions (0..1) of held-out points
// inside the 80 % / 95 % intervals.
struct BacktestScore {
  double mase = 0, smape = 0, coverage80 = 0, coverage95 = 0;
  int origins = 0;
};

// A past window used by the nearest-neighbour analogue model.
struct Analogue {
  QString district;
  QString start; // period label of the window's first point
  double distance = 0;
};

// Model settings shared by local and remote runs.
struct ForecastRequest {
  QString model = QStringLiteral("ets"); // registry id: "nn", "bayes", "ets", "snaive", "auto"
  int horizon = 12;
  QJsonObject options; // model-specific (e.g. {"window": 14, "k": 10, "transform": "mean7"})
  int backtestOrigins = 0;
  // Forecast origin: the models see only periods that ended on or before
  // this day, and the result holds the actuals after it (ForecastOrigin.h).
  // Invalid = the latest data. JSON "as_of": "YYYY-MM-DD", absent when unset.
  QDate asOf;

  // The bounds and choices fromJson enforces (ForecastParamSchema describes them to clients).
  static constexpr int kMaxHorizon = 1000;
  static constexpr int kMaxBacktestOrigins = 1000;
  static QStringList modelIds(); // the registry's models ("auto" among them)

  QJsonObject toJson() const;
  static std::optional<ForecastRequest> fromJson(const QJsonObject &json, QStringList *errors = nullptr);
};

// {"model", "horizon", "forecasts": {CODE: [ForecastPoint]},
//  "backtest": {CODE: {"mase","smape","coverage80","coverage95"}},
//  "analogues": {CODE: [{"district","start","distance"}]}, "fit": {CODE: {...model details...}},
//  with a forecast origin also "as_of" and "actuals": {CODE: [{"period","value"}]} (the held-out
//  observations of the forecast periods, as many as the data holds)}
struct ForecastResult {
  QString model;
  int horizon = 0;
  QDate asOf;
  QMap<QString, std::vector<ActualPoint>> actuals;
  QMap<QString, std::vector<ForecastPoint>> forecasts;
  QMap<QString, BacktestScore> backtest;
  QMap<QString, std::vector<Analogue>> analogues;
  QMap<QString, QJsonObject> fit; // chosen ETS form, AICc, changepoints, ...

  // The model that made code's forecast: auto's choice ("median(ets, arima,
  // theta)"), else the requested model.
  QString modelUsed(const QString &code) const;
  // "model" (the model's own intervals) or "conformal" (CalibratedModel).
  QString calibration(const QString &code) const;

  QJsonObject toJson() const;
  static ForecastResult fromJson(const QJsonObject &json);
};

} // namespace epidesk
