#include "ForecastInput.h"
#include <QCoreApplication>
#include <cmath>
#include <stdexcept>

namespace epidesk {

namespace {
class ForecastInputText {
  Q_DECLARE_TR_FUNCTIONS(epidesk::ForecastModel)
};
} // namespace

void requireForecastable(const TimeSeries &series, int horizon, int needed, const QString &modelName) {
  if (horizon < 1)
    throw std::invalid_argument(ForecastInputText::tr("The horizon must be at least 1.").toStdString());
  if (series.size() < needed)
    throw std::invalid_argument(ForecastInputText::tr("Series %1 has %2 values; %3 needs at least %4.")
                                    .arg(series.code)
                                    .arg(series.size())
                                    .arg(modelName)
                                    .arg(needed)
                                    .toStdString());
  for (double v : series.values)
    if (!std::isfinite(v))
      throw std::invalid_argument(ForecastInputText::tr("Series %1 has missing or non-finite values.")
                                      .arg(series.code)
                                      .toStdString());
}

} // namespace epidesk
