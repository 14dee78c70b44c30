// Speed of the analogue ("nn") and structural ("bayes") models on the Polish
// powiat panel: AnalogueModel::forecastAll for all powiats, 14 days ahead
// (issue 4 target: under 1 s on the 2-core machine), and the median fit +
// forecast time of StructuralModel per powiat series.
//
//   epidesk-analogue-bench [covid_cases_powiat_daily.tsv] [REPEATS] [THREADS]
//
// Missing (powiat, day) rows are zero counts (the file omits rows where both
// counts are zero); rows with an unknown teryt ("NA") are left out of the panel.
// Wall and process CPU time are both printed: on a shared machine the wall
// time depends on the load, the CPU time much less.
#include "AnalogueModel.h"
#include "SampleQuantile.h"
#include "StructuralModel.h"
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace epidesk;

namespace {

double cpuMs() {
  timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

ForecastPanel loadPanel(const QString &path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly))
    return {};
  file.readLine(); // "new_cases" "deaths" "teryt" "date"
  QMap<QString, QMap<QDate, double>> cases;
  QDate first(9999, 1, 1), last(1, 1, 1);
  while (!file.atEnd()) {
    const QList<QByteArray> cols = file.readLine().trimmed().split('\t');
    if (cols.size() < 4)
      continue;
    const QString teryt = QString::fromLatin1(cols[2]).remove(QLatin1Char('"'));
    if (!teryt.startsWith(QLatin1Char('t')))
      continue;
    const QDate day = QDate::fromString(QString::fromLatin1(cols[3]).remove(QLatin1Char('"')), "yyyyMMdd");
    cases[teryt.mid(1)][day] += cols[0].toDouble();
    first = std::min(first, day);
    last = std::max(last, day);
  }
  ForecastPanel panel;
  for (auto it = cases.cbegin(); it != cases.cend(); ++it) {
    TimeSeries s;
    s.code = it.key();
    s.frequency = Frequency::Daily;
    s.start = first;
    for (QDate d = first; d <= last; d = d.addDays(1))
      s.values.push_back(it.value().value(d, 0.0));
    panel.series.push_back(std::move(s));
  }
  return panel;
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0 : sampleQuantile(v, 0.5);
}

} // namespace

int main(int argc, char **argv) {
  QCoreApplication app(argc, argv);
  const QString path = argc > 1 ? QString::fromLocal8Bit(argv[1])
                                : QStringLiteral(EPIDESK_SHARED_DIR "/data/pl/covid_cases_powiat_daily.tsv");
  const int repeats = argc > 2 ? std::max(1, atoi(argv[2])) : 9;
  const int threads = argc > 3 ? atoi(argv[3]) : 0;
  const ForecastPanel panel = loadPanel(path);
  if (panel.series.empty()) {
    std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
    return 1;
  }
  std::printf("panel: %zu powiats x %d days\n", panel.series.size(), panel.series.front().size());

  std::vector<double> wall, cpu;
  std::vector<ModelForecast> all;
  for (int r = 0; r < repeats; ++r) {
    QElapsedTimer timer;
    timer.start();
    const double c0 = cpuMs();
    all = AnalogueModel::forecastAll(panel, 14, {}, nullptr, threads);
    wall.push_back(timer.nsecsElapsed() / 1e6);
    cpu.push_back(cpuMs() - c0);
  }
  const long failed =
      std::count_if(all.begin(), all.end(), [](const ModelForecast &f) { return f.mean.empty(); });
  std::printf("nn forecastAll, 14 days, threads %d: wall median %.1f ms (min %.1f), CPU median %.1f ms; "
              "%zu forecasts, %ld failed\n",
              threads, median(wall), *std::min_element(wall.begin(), wall.end()), median(cpu), all.size(),
              failed);

  std::vector<double> bayes;
  for (size_t i = 0; i < panel.series.size(); i += 10) {
    QElapsedTimer timer;
    timer.start();
    StructuralModel().forecast(panel.series[i], 14, {{"log", true}}, {});
    bayes.push_back(timer.nsecsElapsed() / 1e6);
  }
  std::printf("bayes (log link) fit + 14-day forecast per powiat: median %.2f ms over %zu series\n",
              median(bayes), bayes.size());
  return failed == 0 ? 0 : 2;
}
