#include "Backtest.h"
#include "Feedback.h"
#include <QCoreApplication>
#include <cmath>
#include <stdexcept>

namespace epidesk {

namespace {
// This file's messages, in one context that lupdate sees too.
class BacktestText {
  Q_DECLARE_TR_FUNCTIONS(epidesk::Backtest)
};

double laggedMae(const std::vector<double> &y, int lag) {
  const int n = int(y.size());
  if (lag < 1 || n <= lag)
    return 0;
  double sum = 0;
  for (int t = lag; t < n; ++t)
    sum += std::fabs(y[t] - y[t - lag]);
  return sum / (n - lag);
}
} // namespace

double maseScale(const std::vector<double> &train, int m) {
  double scale = laggedMae(train, m);
  if (!(scale > 0))
    scale = laggedMae(train, 1);
  if (!(scale > 0)) {
    double sum = 0;
    for (double v : train)
      sum += std::fabs(v);
    scale = train.empty() ? 0 : sum / double(train.size());
  }
  return scale > 0 && std::isfinite(scale) ? scale : 1.0;
}

BacktestScore backtest(const ForecastModel &model, const TimeSeries &series, const BacktestOptions &options,
                       const QJsonObject &modelOptions, const ForecastPanel &panel, Feedback *feedback,
                       QJsonObject *lastDetails) {
  const int n = series.size(), h = options.horizon, origins = options.origins;
  if (h < 1 || origins < 1)
    throw std::invalid_argument(
        BacktestText::tr("A backtest needs a horizon and a number of origins of at least 1.").toStdString());
  const int firstTrain = n - h - origins + 1;
  const int needed = model.minimumLength(series);
  if (firstTrain < needed)
    throw std::invalid_argument(
        BacktestText::tr(
            "Series %1 has %2 values: too short for %3 backtest origins of horizon %4 with model %5 "
            "(needs at least %6).")
            .arg(series.code)
            .arg(n)
            .arg(origins)
            .arg(h)
            .arg(model.id())
            .arg(needed + h + origins - 1)
            .toStdString());
  const int m = options.seasonalPeriod > 0 ? options.seasonalPeriod : series.seasonalPeriod();

  BacktestScore score;
  double maseSum = 0, smapeSum = 0;
  int points = 0, in80 = 0, in95 = 0;
  for (int o = 0; o < origins; ++o) {
    if (feedback && feedback->isCanceled())
      throw Canceled{};
    const int train = firstTrain + o;
    TimeSeries past = series;
    past.values.assign(series.values.begin(), series.values.begin() + train);
    const ModelForecast f = model.forecast(past, h, modelOptions, panel, nullptr);
    if (lastDetails && o == origins - 1)
      *lastDetails = f.details;
    if (int(f.mean.size()) < h)
      throw std::invalid_argument(
          BacktestText::tr("Model %1 returned fewer forecasts than asked.").arg(model.id()).toStdString());
    double absSum = 0;
    for (int i = 0; i < h; ++i) {
      const double y = series.values[size_t(train + i)], fc = f.mean[size_t(i)];
      const double err = std::fabs(y - fc);
      absSum += err;
      const double denom = std::fabs(y) + std::fabs(fc);
      smapeSum += denom > 0 ? 200.0 * err / denom : 0.0;
      in80 += y >= f.lo80[size_t(i)] && y <= f.hi80[size_t(i)];
      in95 += y >= f.lo95[size_t(i)] && y <= f.hi95[size_t(i)];
      ++points;
    }
    maseSum += absSum / h / maseScale(past.values, m);
    if (feedback)
      feedback->setProgress(100.0 * (o + 1) / origins);
  }
  score.origins = origins;
  score.mase = maseSum / origins;
  score.smape = smapeSum / points;
  score.coverage80 = double(in80) / points;
  score.coverage95 = double(in95) / points;
  return score;
}

} // namespace epidesk
