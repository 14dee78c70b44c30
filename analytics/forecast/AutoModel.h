#pragma once
#include "ForecastModel.h"
#include <QStringList>

namespace epidesk {

// The "auto" model: per series, a single model or a combination of simple
// ones, chosen on rolling origins inside the series it is given (never on
// what it will be judged on), with conformal intervals from the same origins.
//
// 1. Candidates: ets, arima, theta and snaive, plus tsb when the series is
//    intermittent (IntermittentModel::isIntermittent); option "candidates"
//    (array of ids) replaces the list. A candidate that cannot fit the series
//    is left out (details "failed").
// 2. Origins: the last training lengths n - h, n - h - s, ... (s = h / 2),
//    enough for about 40 errors (3 to 20 origins; option "cv_origins").
// 3. Choices scored by mean MASE over the origins: each candidate alone; the
//    median and the mean of ets, arima and theta (M4's robust combinations);
//    their inverse-MASE weighted mean. A single model wins
//    only when it beats the best combination by more than 5 % (option
//    "single_margin"): with a few origins, selection noise otherwise picks
//    worse than combining (Petropoulos & Svetunkov 2020).
// 4. The chosen members are refitted on the whole series and combined the
//    same way (bands too: median or weighted mean of the members' 95 %
//    half-widths); the band is then rescaled by conformal scores of the
//    choice's forecasts at the origins (ConformalCalibration).
// details: "selected_model" ("median(ets, arima, theta)", "ets", ...),
// "combination" (single|median|mean|weighted), "members", "weights",
// "cv_mase" per choice, "cv_origins", "calibration", "member_fits".
class AutoModel : public ForecastModel {
public:
  QString id() const override { return QStringLiteral("auto"); }
  QString name() const override;
  int minimumLength(const TimeSeries &series) const override;
  ModelForecast forecast(const TimeSeries &series, int horizon, const QJsonObject &options,
                         const ForecastPanel &panel, Feedback *feedback = nullptr) const override;

  static QStringList defaultCandidates(const TimeSeries &series);
};

} // namespace epidesk
