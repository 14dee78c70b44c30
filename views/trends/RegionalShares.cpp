#include "trends/RegionalShares.h"
#include "Geography.h"
#include <QSet>
#include <cmath>

namespace epidesk {

RegionalShares RegionalShares::compute(const TrendResult &result, const QStringList &selection) {
  RegionalShares out;
  QSet<QString> periods;
  for (const auto &series : result.series)
    for (const SeriesPoint &p : series)
      periods.insert(p.period);
  out.periods = QStringList(periods.begin(), periods.end());
  out.periods.sort();
  QStringList selected;
  if (result.level == GeoLevel::Uf)
    for (const QString &code : selection)
      if (result.series.contains(code) && !selected.contains(code))
        selected << code;
  out.bySelection = !selected.isEmpty();
  if (out.bySelection) {
    for (const QString &code : selected)
      out.groups.push_back({code, {code}, {}});
    out.groups.push_back({tr("Other states"), {}, {}});
  } else {
    for (const QString &region : Geography::regions()) {
      Group g{region, {}, {}};
      for (auto it = result.series.begin(); it != result.series.end(); ++it)
        if (it.key() == region || Geography::regionOfUf(it.key()) == region)
          g.codes << it.key();
      if (!g.codes.isEmpty())
        out.groups.push_back(g);
    }
  }
  std::vector<std::vector<double>> sums(out.groups.size(),
                                        std::vector<double>(size_t(out.periods.size()), 0));
  std::vector<double> totals(size_t(out.periods.size()), 0);
  for (auto it = result.series.begin(); it != result.series.end(); ++it) {
    size_t group = out.groups.size();
    for (size_t g = 0; g < out.groups.size(); ++g)
      if (out.groups[g].codes.contains(it.key()))
        group = g;
    if (group == out.groups.size() && out.bySelection)
      group = out.groups.size() - 1; // the rest
    for (const SeriesPoint &p : it.value()) {
      if (!std::isfinite(p.value))
        continue;
      const qsizetype i = out.periods.indexOf(p.period);
      totals[size_t(i)] += p.value;
      if (group < out.groups.size())
        sums[group][size_t(i)] += p.value;
    }
  }
  for (size_t g = 0; g < out.groups.size(); ++g)
    for (size_t i = 0; i < totals.size(); ++i)
      out.groups[g].shares.push_back(totals[i] > 0 ? 100.0 * sums[g][i] / totals[i] : 0.0);
  return out;
}

} // namespace epidesk
