#include "DistrictSeriesStore.h"
#include <algorithm>
#include <map>

namespace epidesk {

// Codes are stored as integers (TERYT 0201 -> 201; 0 = the national
// remainder), which keeps the clustered key small and lets batch inserts bind
// integers only.
int DistrictSeriesStore::storedCode(const QString &code) {
  return code == DistrictSeriesStore::nationalCode() ? 0 : code.toInt();
}

QString DistrictSeriesStore::codeFromStored(qint64 code) {
  return code == 0 ? DistrictSeriesStore::nationalCode()
                   : QStringLiteral("%1").arg(code, 4, 10, QLatin1Char('0'));
}

QString DistrictIndicator::id() const {
  const QString measureId =
      measure == DistrictSeriesStore::Indicator::Deaths ? QStringLiteral("deaths") : QStringLiteral("cases");
  return view == SeriesView::Daily ? measureId : measureId + QLatin1Char('_') + seriesViewId(view);
}

QStringList DistrictIndicator::ids() {
  QStringList out;
  for (auto m : {DistrictSeriesStore::Indicator::Cases, DistrictSeriesStore::Indicator::Deaths})
    for (const QString &v : seriesViewIds())
      out << DistrictIndicator(m, *seriesViewFromId(v)).id();
  return out;
}

std::optional<DistrictIndicator> DistrictIndicator::fromId(const QString &id) {
  for (auto m : {DistrictSeriesStore::Indicator::Cases, DistrictSeriesStore::Indicator::Deaths})
    for (const QString &v : seriesViewIds())
      if (DistrictIndicator(m, *seriesViewFromId(v)).id() == id)
        return DistrictIndicator(m, *seriesViewFromId(v));
  return std::nullopt;
}

bool DistrictSeriesStore::panel(const DistrictIndicator &indicator, DistrictPanel &out,
                                QString *error) const {
  std::vector<DistrictDay> days;
  out = {};
  if (!readDays(days, out.districts, error))
    return false;
  if (days.empty())
    return true;
  QDate first = days.front().day, last = first;
  for (const DistrictDay &d : days) {
    first = std::min(first, d.day);
    last = std::max(last, d.day);
  }
  const qint64 n = first.daysTo(last) + 1;
  std::map<QString, std::vector<double>> values; // by code, sorted
  std::vector<double> national(size_t(n), 0.0);
  for (const DistrictDay &d : days) {
    const double v = double(indicator.measure == Indicator::Cases ? d.cases : d.deaths);
    const qint64 i = first.daysTo(d.day);
    national[size_t(i)] += v;
    if (d.code == nationalCode())
      continue;
    std::vector<double> &series = values[d.code];
    if (series.empty())
      series.assign(size_t(n), 0.0); // missing days are zeros: the source omits all-zero rows
    series[size_t(i)] += v;
  }
  for (auto &entry : values)
    out.series.push_back(
        applySeriesView({entry.first, Frequency::Daily, first, std::move(entry.second)}, indicator.view));
  out.series.push_back(
      applySeriesView({nationalCode(), Frequency::Daily, first, std::move(national)}, indicator.view));
  return true;
}

} // namespace epidesk
