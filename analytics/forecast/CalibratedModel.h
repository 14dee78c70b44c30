#pragma once
#include "ForecastModel.h"
#include <functional>
#include <memory>

namespace epidesk {

// What every model of the registry runs inside: interval calibration and
// non-negative counts, the same for every model and every caller (service,
// backtest, forecast-eval, cluster).
//
// Options (besides the model's own):
// - "calibration": "model" (the model's own intervals) or "conformal" (split
//   conformal on rolling origins of the training series, ConformalCalibration).
//   Default per model (ForecastModelRegistry::create): "conformal", except
//   for tsb, whose own intervals were calibrated on intermittent counts (see
//   docs/forecasting.md). "auto" calibrates its combination itself.
// - "non_negative": true/false; default true for count series (every value a
//   whole number >= 0): forecasts and bounds below zero become zero.
// details gain "calibration" ("model" or "conformal") and, when conformal,
// "calibration_scores" (errors used), "calibration_factor80/95" (the
// rescaling of the model's own band).
class CalibratedModel : public ForecastModel {
public:
  enum class Calibration { Model, Conformal };
  CalibratedModel(std::unique_ptr<ForecastModel> inner, Calibration defaultCalibration);

  QString id() const override { return m_inner->id(); }
  QString name() const override { return m_inner->name(); }
  int minimumLength(const TimeSeries &series) const override { return m_inner->minimumLength(series); }
  ModelForecast forecast(const TimeSeries &series, int horizon, const QJsonObject &options,
                         const ForecastPanel &panel, Feedback *feedback = nullptr) const override;

  // Applies the options' calibration and clamping to a forecast `raw` made
  // elsewhere (the analogue model forecasts a whole panel at once).
  void finish(const TimeSeries &series, int horizon, const QJsonObject &options, const ForecastPanel &panel,
              Feedback *feedback, ModelForecast &raw) const;

  // Rescales f's bands by conformal scores of `model` on rolling origins of
  // series; records what it did in f.details. False when the series is too
  // short for enough scores (f keeps the model's own bands).
  static bool calibrateConformal(const ForecastModel &model, const TimeSeries &series, int horizon,
                                 const QJsonObject &options, const ForecastPanel &panel, Feedback *feedback,
                                 ModelForecast &f);
  // The same for a model that forecasts a whole panel at once (the analogue
  // model): one panel-wide call per origin, every series cut the same number
  // of periods before its end, instead of one per series and origin.
  // forecasts[i] belongs to panel.series[i]; empty ones are left alone.
  static void
  calibratePanel(const std::function<std::vector<ModelForecast>(const ForecastPanel &)> &forecastAll,
                 const ForecastPanel &panel, int horizon, int minimumLength,
                 std::vector<ModelForecast> &forecasts, Feedback *feedback);
  static bool isCountSeries(const std::vector<double> &values);
  static void clampAtZero(ModelForecast &f);
  // "calibration" option: throws std::invalid_argument for an unknown value.
  static Calibration calibrationOption(const QJsonObject &options, Calibration fallback);

  const ForecastModel &inner() const { return *m_inner; }

private:
  std::unique_ptr<ForecastModel> m_inner;
  Calibration m_default;
};

} // namespace epidesk
