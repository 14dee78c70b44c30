#pragma once
#include "ForecastTypes.h"
#include <QJsonObject>
#include <memory>
#include <vector>

namespace epidesk {

class Feedback;

// What a fitted model predicts for the next `horizon` periods of one series.
struct ModelForecast {
  std::vector<double> mean, lo80, hi80, lo95, hi95;
  QJsonObject details;             // e.g. {"form": "ETS(M,Ad,M)", "aicc": ...}
  std::vector<Analogue> analogues; // nearest-neighbour model only
};

// Context a model may use besides the target series: the other districts'
// series (for analogues). Empty for single-series forecasts.
struct ForecastPanel {
  std::vector<TimeSeries> series;
};

// One forecasting method behind one interface (as classifiers are): stateless,
// created by id from ForecastModelRegistry. forecast() throws
// std::invalid_argument with a clear, translated message for series it cannot
// handle (empty, too short, constant where that matters), never returns NaN.
class ForecastModel {
public:
  virtual ~ForecastModel() = default;
  virtual QString id() const = 0;
  virtual QString name() const = 0; // translated
  virtual int minimumLength(const TimeSeries &series) const = 0;
  virtual ModelForecast forecast(const TimeSeries &series, int horizon, const QJsonObject &options,
                                 const ForecastPanel &panel, Feedback *feedback = nullptr) const = 0;
};

class ForecastModelRegistry {
public:
  static QStringList ids(); // "nn", "bayes", "ets", "snaive", "auto", ...
  // The model inside CalibratedModel (interval calibration, non-negative
  // counts): what every caller should run. nullptr if unknown.
  static std::unique_ptr<ForecastModel> create(const QString &id);
  // The bare model (for combining several, as AutoModel does).
  static std::unique_ptr<ForecastModel> createUncalibrated(const QString &id);
};

} // namespace epidesk
