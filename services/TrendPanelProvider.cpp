#include "TrendPanelProvider.h"
#include <QCoreApplication>
#include <stdexcept>

namespace epidesk {

TimeSeries TrendPanelProvider::toTimeSeries(const QString &code, const std::vector<SeriesPoint> &points,
                                            PeriodKind period) {
  TimeSeries ts;
  ts.code = code;
  ts.frequency = period == PeriodKind::Year ? Frequency::Yearly : Frequency::Monthly;
  if (points.empty())
    return ts;
  const auto first = TimeSeries::parseLabel(points.front().period);
  if (!first)
    throw std::invalid_argument(
        QCoreApplication::translate("TrendPanelProvider", "series %1: unreadable period \"%2\"")
            .arg(code, points.front().period)
            .toStdString());
  ts.start = first->second;
  for (const SeriesPoint &p : points) {
    const auto parsed = TimeSeries::parseLabel(p.period);
    const int index = parsed ? ts.periodIndex(parsed->second) : -1;
    if (index < int(ts.values.size()))
      throw std::invalid_argument(
          QCoreApplication::translate("TrendPanelProvider", "series %1: period \"%2\" out of order")
              .arg(code, p.period)
              .toStdString());
    ts.values.resize(size_t(index), 0.0); // months without sales
    ts.values.push_back(p.value);
  }
  return ts;
}

SeriesPanel TrendPanelProvider::panelOf(const TrendResult &result) {
  SeriesPanel panel;
  for (auto it = result.series.cbegin(); it != result.series.cend(); ++it) {
    panel.series.push_back(toTimeSeries(it.key(), it.value(), result.period));
    panel.districts << it.key();
  }
  return panel;
}

QString TrendPanelProvider::indicatorOf(const TrendRequest &request) {
  return toString(request.measure) + (request.per1000 ? QStringLiteral("_per_1000") : QString());
}

bool TrendPanelProvider::load(const DistrictIndicator &, SeriesPanel &out, QString *error) const {
  const QStringList problems = m_request.validate();
  if (!problems.isEmpty()) {
    *error = problems.join(QLatin1Char('\n'));
    return false;
  }
  try {
    out = panelOf(runTrends(*m_source, m_request));
  } catch (const std::exception &e) {
    *error = QString::fromUtf8(e.what());
    return false;
  }
  if (out.series.empty()) {
    *error = QCoreApplication::translate("TrendPanelProvider", "%1 holds no sales for this request")
                 .arg(m_source->location());
    return false;
  }
  return true;
}

} // namespace epidesk
