#include "TrendAnalysis.h"
#include "Feedback.h"
#include "MannKendall.h"
#include "ParallelFor.h"
#include "Period.h"
#include <QCoreApplication>
#include <QHash>
#include <algorithm>
#include <limits>
#include <numeric>

// Choices the header leaves open:
//  * Open range bounds take the first/last period with data (month precision
//    for month series, so no trailing zero months after the last data month);
//    an explicit fromYear/toYear covers the whole year (January..December).
//  * Codes are the ones with at least one cell inside the range; every such
//    code gets every period, zeros filled.
//  * Cells whose UF is not in the Geography are skipped at UF and region level
//    (no sigla/region to file them under) but count for the country.
//  * per_1000: population is summed over every municipality with an IBGE
//    estimate (Geography::populationCodes(), filed under its state by the
//    code's first two digits), with or without a boundary: sales of
//    municipalities missing from the older map stay at state level, so their
//    people must count there too. Geography interpolates missing years. A code whose
//    population is 0/unknown in any year of the range is omitted from the
//    result (series, names and tests): a partial rate series would bias the trend.
//  * An invalid request (validate() not empty) gives a result without series.

namespace epidesk {

namespace {

constexpr int kNoGroup = -1;
constexpr int kCancelCheckEvery = 1 << 16;

void checkCanceled(Feedback *feedback) {
  if (feedback && feedback->isCanceled())
    throw Canceled{};
}

void reportProgress(Feedback *feedback, double percent) {
  if (feedback)
    feedback->setProgress(percent);
}

// The requested run of periods as consecutive indices 0..count-1.
class PeriodAxis {
public:
  PeriodAxis(const TrendRequest &request, const std::vector<SalesCell> &cells) : m_kind(request.period) {
    int minPeriod = std::numeric_limits<int>::max();
    int maxPeriod = std::numeric_limits<int>::min();
    for (const SalesCell &c : cells) {
      if (!isValid(c.period))
        continue;
      minPeriod = std::min(minPeriod, c.period);
      maxPeriod = std::max(maxPeriod, c.period);
    }
    const bool hasData = minPeriod <= maxPeriod;
    // With no data an open bound falls back to the other one (a one-year range).
    const int fromYm = request.fromYear ? MonthKey::of(request.fromYear, 1)
                       : hasData        ? minPeriod
                                        : MonthKey::of(request.toYear, 1);
    const int toYm = request.toYear ? MonthKey::of(request.toYear, 12)
                     : hasData      ? maxPeriod
                                    : MonthKey::of(request.fromYear, 12);
    if (MonthKey::year(fromYm) <= 0 || MonthKey::year(toYm) <= 0)
      return;
    m_first = linear(fromYm);
    m_count = std::max(0, linear(toYm) - m_first + 1);
  }

  int count() const { return m_count; }
  int indexOf(int yyyymm) const {
    if (!isValid(yyyymm))
      return -1;
    const int i = linear(yyyymm) - m_first;
    return i >= 0 && i < m_count ? i : -1;
  }
  int firstYear() const { return yearAt(0); }
  int yearAt(int index) const {
    return m_kind == PeriodKind::Year ? m_first + index
                                      : MonthKey::year(MonthKey::fromIndex(m_first + index));
  }
  QString labelAt(int index) const {
    const int year = yearAt(index);
    if (m_kind == PeriodKind::Year)
      return QString::number(year);
    const int month = MonthKey::month(MonthKey::fromIndex(m_first + index));
    return QStringLiteral("%1-%2").arg(year, 4, 10, QLatin1Char('0')).arg(month, 2, 10, QLatin1Char('0'));
  }

private:
  // Year series accept any month (e.g. yearly totals stored as yyyy00).
  bool isValid(int yyyymm) const {
    return m_kind == PeriodKind::Year ? yyyymm > 0 : MonthKey::isValid(yyyymm);
  }
  int linear(int yyyymm) const {
    return m_kind == PeriodKind::Year ? MonthKey::year(yyyymm) : MonthKey::index(yyyymm);
  }

  PeriodKind m_kind;
  int m_first = 0;
  int m_count = 0;
};

// Maps (UF, municipality) to the int key of the requested level's group and
// gives each key its code and display name.
class Grouping {
public:
  Grouping(GeoLevel level, const Geography &geography) : m_level(level), m_geo(geography) {
    m_regions = Geography::regions();
    for (const UfInfo &uf : geography.ufs()) {
      int region = m_regions.indexOf(uf.region);
      if (region < 0) {
        m_regions.append(uf.region);
        region = int(m_regions.size()) - 1;
      }
      m_regionOfUf.insert(uf.code, region);
    }
  }

  int keyOf(int ufCode, int municipalityCode) const {
    const int uf = Geography::stateOf(ufCode, municipalityCode);
    switch (m_level) {
    case GeoLevel::Municipality:
      return municipalityCode ? municipalityCode : kNoGroup;
    case GeoLevel::Uf:
      return m_regionOfUf.contains(uf) ? uf : kNoGroup;
    case GeoLevel::Region:
      return m_regionOfUf.value(uf, kNoGroup);
    case GeoLevel::Country:
      return 0;
    }
    return kNoGroup;
  }

  QString code(int key) const {
    switch (m_level) {
    case GeoLevel::Municipality:
      return QString::number(key);
    case GeoLevel::Uf:
      return m_geo.uf(key)->sigla;
    case GeoLevel::Region:
      return m_regions.at(key);
    case GeoLevel::Country:
      return QStringLiteral("BR");
    }
    return {};
  }

  QString name(int key) const {
    switch (m_level) {
    case GeoLevel::Municipality: {
      const MunicipalityInfo *m = m_geo.municipality(key);
      return m ? m->name : code(key);
    }
    case GeoLevel::Uf:
      return m_geo.uf(key)->name;
    case GeoLevel::Region:
      return m_regions.at(key);
    case GeoLevel::Country:
      return QCoreApplication::translate("epidesk::TrendAnalysis", "Brasil");
    }
    return {};
  }

private:
  GeoLevel m_level;
  const Geography &m_geo;
  QStringList m_regions;
  QHash<int, int> m_regionOfUf;
};

// Sums of the measure per group and period.
struct Aggregate {
  QHash<int, int> seriesOfKey;
  std::vector<int> keys;
  std::vector<std::vector<double>> values;
};

Aggregate aggregate(const TrendRequest &request, const std::vector<SalesCell> &cells, const PeriodAxis &axis,
                    const Grouping &grouping, Feedback *feedback) {
  Aggregate agg;
  const bool units = request.measure == Measure::Units;
  for (size_t i = 0; i < cells.size(); ++i) {
    if (i % kCancelCheckEvery == 0) {
      checkCanceled(feedback);
      reportProgress(feedback, 50.0 * double(i) / double(cells.size()));
    }
    const SalesCell &cell = cells[i];
    const int period = axis.indexOf(cell.period);
    if (period < 0)
      continue;
    const int key = grouping.keyOf(cell.ufCode, cell.municipalityCode);
    if (key == kNoGroup)
      continue;
    auto it = agg.seriesOfKey.constFind(key);
    if (it == agg.seriesOfKey.constEnd()) {
      it = agg.seriesOfKey.insert(key, int(agg.keys.size()));
      agg.keys.push_back(key);
      agg.values.emplace_back(size_t(axis.count()), 0.0);
    }
    agg.values[size_t(it.value())][size_t(period)] += units ? cell.units : cell.prescriptions;
  }
  return agg;
}

// Population per series and year of the axis (index = year - first year).
std::vector<std::vector<double>> populations(const Aggregate &agg, const PeriodAxis &axis,
                                             const Grouping &grouping, const Geography &geography) {
  const int firstYear = axis.firstYear();
  const int years = axis.yearAt(axis.count() - 1) - firstYear + 1;
  std::vector<std::vector<double>> pop(agg.keys.size(), std::vector<double>(size_t(years), 0.0));
  for (const int code : geography.populationCodes()) {
    const int series = agg.seriesOfKey.value(grouping.keyOf(0, code), -1);
    if (series < 0)
      continue;
    for (int y = 0; y < years; ++y)
      pop[size_t(series)][size_t(y)] += geography.population(code, firstYear + y);
  }
  return pop;
}

// Turns counts into rates per 1,000; false when some year has no population.
bool toRatePer1000(std::vector<double> &values, const std::vector<double> &population,
                   const PeriodAxis &axis) {
  const int firstYear = axis.firstYear();
  for (size_t i = 0; i < values.size(); ++i) {
    const double people = population[size_t(axis.yearAt(int(i)) - firstYear)];
    if (!(people > 0))
      return false;
    values[i] = 1000.0 * values[i] / people;
  }
  return true;
}

std::vector<double> periodIndices(int count) {
  std::vector<double> x(static_cast<size_t>(count));
  std::iota(x.begin(), x.end(), 0.0);
  return x;
}

} // namespace

TrendResult TrendAnalysis::run(const TrendRequest &request, const std::vector<SalesCell> &cells,
                               const Geography &geography, Feedback *feedback) {
  TrendResult result;
  result.measure = request.measure;
  result.per1000 = request.per1000;
  result.level = request.level;
  result.period = request.period;
  if (!request.validate().isEmpty())
    return result;

  if (feedback)
    feedback->setStatus(QCoreApplication::translate("epidesk::TrendAnalysis", "Aggregating sales"));
  const PeriodAxis axis(request, cells);
  if (axis.count() == 0)
    return result;
  const Grouping grouping(request.level, geography);
  Aggregate agg = aggregate(request, cells, axis, grouping, feedback);
  std::vector<std::vector<double>> pop;
  if (request.per1000)
    pop = populations(agg, axis, grouping, geography);

  if (feedback)
    feedback->setStatus(QCoreApplication::translate("epidesk::TrendAnalysis", "Testing trends"));
  const std::vector<double> x = periodIndices(axis.count());
  std::vector<char> usable(agg.keys.size(), 1);
  if (request.per1000)
    for (size_t s = 0; s < agg.keys.size(); ++s)
      usable[s] = toRatePer1000(agg.values[s], pop[s], axis);
  // The tests are independent per series: all cores (the municipality map
  // tests 5,570 series on every filter change).
  std::vector<TrendTest> tests(agg.keys.size());
  parallelFor(
      agg.keys.size(),
      [&](size_t s) {
        if (usable[s])
          tests[s] = MannKendall::test(x, agg.values[s]);
      },
      feedback, 50.0, 99.0);
  std::vector<QString> labels(size_t(axis.count()));
  for (int i = 0; i < axis.count(); ++i)
    labels[size_t(i)] = axis.labelAt(i);
  for (size_t s = 0; s < agg.keys.size(); ++s) {
    if (!usable[s])
      continue;
    const std::vector<double> &values = agg.values[s];
    const int key = agg.keys[s];
    const QString code = grouping.code(key);
    std::vector<SeriesPoint> points(values.size());
    for (size_t i = 0; i < values.size(); ++i)
      points[i] = {labels[i], values[i]};
    result.names.insert(code, grouping.name(key));
    result.series.insert(code, std::move(points));
    result.trendTests.insert(code, std::move(tests[s]));
  }
  reportProgress(feedback, 100.0);
  return result;
}

namespace {
const SeriesPoint *findPoint(const std::vector<SeriesPoint> &series, const QString &period) {
  auto it =
      std::find_if(series.begin(), series.end(), [&](const SeriesPoint &p) { return p.period == period; });
  return it == series.end() ? nullptr : &*it;
}
} // namespace

double percentChange(const std::vector<SeriesPoint> &series, const QString &from, const QString &to) {
  const SeriesPoint *a = findPoint(series, from);
  const SeriesPoint *b = findPoint(series, to);
  if (!a || !b || a->value == 0)
    return std::numeric_limits<double>::quiet_NaN();
  return 100.0 * (b->value - a->value) / a->value;
}

// Shares of the summed values: meaningful for absolute measures, not for per-1000 rates.
QMap<QString, double> regionalShares(const TrendResult &regionResult, const QString &period) {
  QMap<QString, double> values;
  double total = 0;
  for (auto it = regionResult.series.cbegin(); it != regionResult.series.cend(); ++it) {
    if (const SeriesPoint *p = findPoint(it.value(), period)) {
      values.insert(it.key(), p->value);
      total += p->value;
    }
  }
  for (double &v : values)
    v = total != 0 ? v / total : std::numeric_limits<double>::quiet_NaN();
  return values;
}

} // namespace epidesk
