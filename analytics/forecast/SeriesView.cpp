#include "SeriesView.h"

namespace epidesk {

QStringList seriesViewIds() {
  return {QStringLiteral("daily"), QStringLiteral("mean7"), QStringLiteral("weekly")};
}

QString seriesViewId(SeriesView view) {
  return seriesViewIds().at(int(view));
}

std::optional<SeriesView> seriesViewFromId(const QString &id) {
  const int i = int(seriesViewIds().indexOf(id));
  if (i < 0)
    return std::nullopt;
  return SeriesView(i);
}

namespace {

TimeSeries trailingMean7(const TimeSeries &daily) {
  TimeSeries out{daily.code, Frequency::Daily, daily.start.addDays(6), {}};
  double sum = 0;
  for (int i = 0; i < daily.size(); ++i) {
    sum += daily.values[size_t(i)];
    if (i >= 7)
      sum -= daily.values[size_t(i - 7)];
    if (i >= 6)
      out.values.push_back(sum / 7);
  }
  return out;
}

TimeSeries isoWeekTotals(const TimeSeries &daily) {
  // First Monday on or after the start: the first complete week.
  const int skip = (8 - daily.start.dayOfWeek()) % 7;
  TimeSeries out{daily.code, Frequency::Weekly, daily.start.addDays(skip), {}};
  for (int i = skip; i + 7 <= daily.size(); i += 7) {
    double total = 0;
    for (int d = i; d < i + 7; ++d)
      total += daily.values[size_t(d)];
    out.values.push_back(total);
  }
  return out;
}

} // namespace

TimeSeries applySeriesView(const TimeSeries &daily, SeriesView view) {
  if (daily.frequency != Frequency::Daily || view == SeriesView::Daily)
    return daily;
  return view == SeriesView::Mean7 ? trailingMean7(daily) : isoWeekTotals(daily);
}

} // namespace epidesk
