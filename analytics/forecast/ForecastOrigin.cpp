#include "ForecastOrigin.h"

namespace epidesk {

QDate parseIsoDay(const QString &text) {
  const auto label = TimeSeries::parseLabel(text);
  return label && label->first == Frequency::Daily ? label->second : QDate();
}

OriginSplit splitAtOrigin(const TimeSeries &series, const QDate &asOf, int horizon) {
  OriginSplit out{series, {}};
  if (!asOf.isValid())
    return out;
  int known = 0;
  while (known < series.size() && series.periodEnd(known) <= asOf)
    ++known;
  out.history.values.resize(size_t(known));
  for (int i = known; i < series.size() && i < known + horizon; ++i)
    out.actuals.push_back({series.periodLabel(i), series.values[size_t(i)]});
  return out;
}

std::vector<TimeSeries> historiesUpTo(const std::vector<TimeSeries> &series, const QDate &asOf) {
  std::vector<TimeSeries> out;
  out.reserve(series.size());
  for (const TimeSeries &s : series)
    out.push_back(splitAtOrigin(s, asOf, 0).history);
  return out;
}

} // namespace epidesk
