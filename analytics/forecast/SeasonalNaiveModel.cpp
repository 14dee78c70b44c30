#include "SeasonalNaiveModel.h"
#include "ForecastInput.h"
#include "StandardNormal.h"
#include <QCoreApplication>
#include <cmath>
#include <stdexcept>

namespace epidesk {

namespace {
// This file's messages, in one context that lupdate sees too.
class SeasonalNaiveModelText {
  Q_DECLARE_TR_FUNCTIONS(epidesk::SeasonalNaiveModel)
};
} // namespace

QString SeasonalNaiveModel::name() const {
  return SeasonalNaiveModelText::tr("Seasonal naive");
}

int SeasonalNaiveModel::seasonalPeriod(const TimeSeries &series, const QJsonObject &options) {
  const QJsonValue v = options.value(QLatin1String("seasonal_period"));
  if (v.isUndefined() || v.isNull())
    return series.seasonalPeriod();
  const double d = v.toDouble(-1);
  if (!v.isDouble() || d != std::floor(d) || d < 1 || d > 366)
    throw std::invalid_argument(
        QCoreApplication::translate("epidesk::ForecastModel",
                                    "seasonal_period: must be a whole number between 1 and 366")
            .toStdString());
  return int(d);
}

int SeasonalNaiveModel::minimumLength(const TimeSeries &series) const {
  return series.seasonalPeriod() + 1;
}

ModelForecast SeasonalNaiveModel::forecast(const TimeSeries &series, int horizon, const QJsonObject &options,
                                           const ForecastPanel &, Feedback *) const {
  const int m = seasonalPeriod(series, options);
  const int n = series.size();
  requireForecastable(series, horizon, m + 1, name());
  const std::vector<double> &y = series.values;

  double sumSq = 0;
  for (int t = m; t < n; ++t)
    sumSq += (y[t] - y[t - m]) * (y[t] - y[t - m]);
  const double sigma = std::sqrt(sumSq / (n - m));

  const double z80 = StandardNormal::quantile(0.90), z95 = StandardNormal::quantile(0.975);
  ModelForecast f;
  for (int h = 1; h <= horizon; ++h) {
    const double mean = y[n - m + (h - 1) % m];
    const double sd = sigma * std::sqrt(double((h - 1) / m + 1));
    f.mean.push_back(mean);
    f.lo80.push_back(mean - z80 * sd);
    f.hi80.push_back(mean + z80 * sd);
    f.lo95.push_back(mean - z95 * sd);
    f.hi95.push_back(mean + z95 * sd);
  }
  f.details = QJsonObject{{"form", m > 1 ? QStringLiteral("seasonal naive") : QStringLiteral("naive")},
                          {"seasonal_period", m},
                          {"sigma", sigma}};
  return f;
}

} // namespace epidesk
