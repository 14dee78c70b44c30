// Dashboard query latency on the PostgreSQL warehouse, in-process:
//   epidesk-warehouse-query-bench URI [INGREDIENT] [RUNS]
// Opens a WarehouseSource once (as the app does), then times RUNS calls of
// runTrends for INGREDIENT (default azitromicina), all UFs, months 2014-2021,
// after one warm-up call; also the municipality-level cells for comparison.
// Prints one JSON object (milliseconds). Used by bench/run-warehouse-bench.sh.
#include "DataSource.h"
#include "PgLocation.h"
#include "SharedData.h"
#include "WarehouseSource.h"
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace epidesk;

namespace {

// Median and p95 (nearest rank) of RUNS timed calls, after one warm-up.
QJsonObject timeRuns(int runs, const std::function<size_t()> &call) {
  const size_t size = call();
  std::vector<double> ms;
  for (int i = 0; i < runs; ++i) {
    QElapsedTimer t;
    t.start();
    call();
    ms.push_back(double(t.nsecsElapsed()) / 1e6);
  }
  std::sort(ms.begin(), ms.end());
  const auto rank = [&](double q) {
    return ms[std::min(ms.size() - 1, size_t(q * double(ms.size()) + 0.999) - 1)];
  };
  return {{"median_ms", rank(0.5)}, {"p95_ms", rank(0.95)}, {"min_ms", ms.front()},
          {"max_ms", ms.back()},    {"runs", runs},         {"size", qint64(size)}};
}

} // namespace

int main(int argc, char **argv) {
  QCoreApplication app(argc, argv);
  const QStringList args = app.arguments();
  if (args.size() < 2) {
    std::fprintf(stderr, "usage: %s URI [INGREDIENT] [RUNS]\n", argv[0]);
    return 2;
  }
  const QString ingredient = args.size() > 2 ? args[2] : QStringLiteral("azitromicina");
  const int runs = args.size() > 3 ? args[3].toInt() : 20;
  QString error;
  const PgLocation location = PgLocation::parse(args[1], &error);
  QElapsedTimer open;
  open.start();
  const std::unique_ptr<WarehouseSource> source =
      location.isValid() ? WarehouseSource::open(location, sharedDataDir(), &error) : nullptr;
  if (!source) {
    std::fprintf(stderr, "%s\n", qPrintable(error));
    return 1;
  }
  const double openMs = double(open.nsecsElapsed()) / 1e6;

  TrendRequest request;
  request.ingredientContains = ingredient;
  request.level = GeoLevel::Uf;
  request.period = PeriodKind::Month;
  request.fromYear = 2014;
  request.toYear = 2021;
  SalesFilter filter;
  filter.ingredientContains = ingredient;
  filter.fromYear = request.fromYear;
  filter.toYear = request.toYear;

  QJsonObject out{{"ingredient", ingredient}, {"open_ms", openMs}};
  out.insert("trend_uf_month",
             timeRuns(runs, [&] { return size_t(runTrends(*source, request).series.size()); }));
  filter.byMunicipality = false;
  out.insert("cells_uf", timeRuns(runs, [&] { return source->salesCells(filter).size(); }));
  filter.byMunicipality = true;
  out.insert("cells_municipality",
             timeRuns(std::max(3, runs / 4), [&] { return source->salesCells(filter).size(); }));
  std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
  return 0;
}
