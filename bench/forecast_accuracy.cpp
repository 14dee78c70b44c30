// Forecast accuracy and speed benchmark: hold out the last 12 (monthly) /
// 8 (quarterly) / 14 (daily) points of every series, forecast them from the
// rest, score the forecasts and time fit + forecast per series.
//
//   epidesk-forecast-bench SERIES_DIR [--daily DIR] [--ets-reference FILE]
//                          [--prophet-reference FILE] [--auto-origins N]
//
// Groups: "mq" = the monthly and quarterly CSVs of SERIES_DIR; "daily" = the
// daily CSVs of --daily (e.g. powiats cut from the covid-pl TSV).
// Models: "ets", "snaive", "bayes" (the Prophet-style structural model) and,
// for "mq" only, "auto" (per series, the lowest rolling-origin MASE on the
// training part only: N origins (default 3) of the same horizon among ets and
// snaive, then refit on the whole training part). R's hold-out forecasts are
// scored the same way: forecast::ets from --ets-reference (written by
// tests/analytics/forecast/data/make_ets_reference.R) and Prophet from
// --prophet-reference (written by bench/prophet_reference.R; 80 % bounds only).
// Times: wall-clock and process CPU seconds of fit + forecast; a model that
// takes less than 0.5 s is run 3 times and the median is kept.
// Output: one tab-separated line per series and model, then summary lines
// per group and model, then the bayes / Prophet speed ratio per group.
#include "Backtest.h"
#include "ForecastModel.h"
#include "SampleQuantile.h"
#include "SeriesCsvReader.h"
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <limits>

using namespace epidesk;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

struct Score {
  double mase = 0, coverage95 = kNaN, coverage80 = kNaN, smape = 0, seconds = 0, cpuSeconds = kNaN;
  QString form;
};

Score score(const std::vector<double> &train, const std::vector<double> &test, int m,
            const std::vector<double> &mean, const std::vector<double> &lo80, const std::vector<double> &hi80,
            const std::vector<double> &lo95, const std::vector<double> &hi95) {
  Score s;
  const int h = int(test.size());
  double abs = 0;
  int in80 = 0, in95 = 0;
  for (int i = 0; i < h; ++i) {
    abs += std::fabs(test[i] - mean[i]);
    const double denominator = std::fabs(test[i]) + std::fabs(mean[i]);
    s.smape += denominator > 0 ? 200 * std::fabs(test[i] - mean[i]) / denominator : 0;
    in80 += test[i] >= lo80[i] && test[i] <= hi80[i];
    if (!lo95.empty())
      in95 += test[i] >= lo95[i] && test[i] <= hi95[i];
  }
  s.mase = abs / h / maseScale(train, m);
  s.smape /= h;
  s.coverage80 = double(in80) / h;
  s.coverage95 = lo95.empty() ? kNaN : double(in95) / h;
  return s;
}

std::vector<double> doubles(const QJsonValue &v) {
  std::vector<double> out;
  for (const QJsonValue &x : v.toArray())
    out.push_back(x.toDouble());
  return out;
}

// Median of the finite values (NaN when there are none).
double median(std::vector<double> v) {
  v.erase(std::remove_if(v.begin(), v.end(), [](double x) { return !std::isfinite(x); }), v.end());
  if (v.empty())
    return kNaN;
  std::sort(v.begin(), v.end());
  return sampleQuantile(v, 0.5);
}

double mean(const std::vector<double> &v) {
  double s = 0;
  int n = 0;
  for (double d : v)
    if (std::isfinite(d))
      s += d, ++n;
  return n ? s / n : kNaN;
}

QJsonObject readJson(const QString &path) {
  QFile f(path);
  if (path.isEmpty() || !f.open(QIODevice::ReadOnly))
    return {};
  return QJsonDocument::fromJson(f.readAll()).object();
}

int holdout(Frequency f) {
  return f == Frequency::Daily ? 14 : f == Frequency::Monthly ? 12 : 8;
}

double cpuNow() {
  return double(std::clock()) / CLOCKS_PER_SEC;
}

struct Results {
  // group -> model -> per-series values
  QMap<QString, QMap<QString, std::vector<double>>> mase, cov95, cov80, seconds, cpu;
  // group -> series -> model -> wall seconds (for per-series speed ratios)
  QMap<QString, QMap<QString, QMap<QString, double>>> perSeries;
};

} // namespace

int main(int argc, char **argv) {
  QCoreApplication app(argc, argv);
  QStringList args = app.arguments();
  args.removeFirst();
  QString seriesDir, dailyDir, etsReferencePath, prophetReferencePath;
  int autoOrigins = 3;
  for (int i = 0; i < args.size(); ++i) {
    const QString &a = args[i];
    const bool hasValue = i + 1 < args.size();
    if (a == QLatin1String("--daily") && hasValue)
      dailyDir = args[++i];
    else if (a == QLatin1String("--ets-reference") && hasValue)
      etsReferencePath = args[++i];
    else if (a == QLatin1String("--prophet-reference") && hasValue)
      prophetReferencePath = args[++i];
    else if (a == QLatin1String("--auto-origins") && hasValue)
      autoOrigins = args[++i].toInt();
    else if (seriesDir.isEmpty() && !a.startsWith(QLatin1String("--")))
      seriesDir = a;
    else {
      std::fprintf(stderr, "unknown argument: %s\n", qPrintable(a));
      return 2;
    }
  }
  if (seriesDir.isEmpty()) {
    std::fprintf(stderr, "usage: epidesk-forecast-bench SERIES_DIR [--daily DIR] [--ets-reference FILE]\n"
                         "       [--prophet-reference FILE] [--auto-origins N]\n");
    return 2;
  }
  const QJsonObject etsReference = readJson(etsReferencePath);
  const QJsonObject prophetReference = readJson(prophetReferencePath);

  Results results;
  std::printf(
      "group\tseries\tn\th\tmodel\tform\tmase\tsmape\tcoverage80\tcoverage95\tseconds\tcpu_seconds\n");

  auto runGroup = [&](const QString &group, const QString &folder) {
    const QDir dir(folder);
    for (const QString &file : dir.entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name)) {
      TimeSeries series;
      try {
        series = SeriesCsvReader::read(dir.filePath(file));
      } catch (const std::exception &e) {
        std::fprintf(stderr, "%s\n", e.what());
        continue;
      }
      const bool daily = series.frequency == Frequency::Daily;
      if (series.frequency == Frequency::Yearly || daily != (group == QLatin1String("daily")))
        continue;
      const QString name = QFileInfo(file).completeBaseName();
      const int h = holdout(series.frequency);
      const int m = series.seasonalPeriod();
      TimeSeries train = series;
      train.values.resize(size_t(series.size() - h));
      const std::vector<double> test(series.values.end() - h, series.values.end());

      auto report = [&](const QString &model, const Score &s) {
        std::printf("%s\t%s\t%d\t%d\t%s\t%s\t%.4f\t%.3f\t%.3f\t%.3f\t%.5f\t%.5f\n", qPrintable(group),
                    qPrintable(name), series.size(), h, qPrintable(model), qPrintable(s.form), s.mase,
                    s.smape, s.coverage80, s.coverage95, s.seconds, s.cpuSeconds);
        std::fflush(stdout);
        results.mase[group][model].push_back(s.mase);
        results.cov95[group][model].push_back(s.coverage95);
        results.cov80[group][model].push_back(s.coverage80);
        results.seconds[group][model].push_back(s.seconds);
        results.cpu[group][model].push_back(s.cpuSeconds);
        results.perSeries[group][name][model] = s.seconds;
      };

      QStringList ids = {QStringLiteral("ets"), QStringLiteral("snaive"), QStringLiteral("bayes")};
      if (!daily)
        ids.insert(2, QStringLiteral("auto"));
      for (const QString &id : ids) {
        std::vector<double> walls, cpus;
        ModelForecast f;
        QString form;
        do {
          QElapsedTimer timer;
          timer.start();
          const double cpu0 = cpuNow();
          const std::unique_ptr<ForecastModel> model = ForecastModelRegistry::create(id);
          f = model->forecast(train, h, {}, {});
          walls.push_back(timer.nsecsElapsed() / 1e9);
          cpus.push_back(cpuNow() - cpu0);
          form = f.details.value(QLatin1String("form")).toString();
          if (id == QLatin1String("bayes"))
            form =
                QStringLiteral("MAP, %1 changepoints").arg(f.details.value("changepoints").toArray().size());
        } while (walls.size() < 3 && walls.front() < 0.5);
        Score s = score(train.values, test, m, f.mean, f.lo80, f.hi80, f.lo95, f.hi95);
        s.seconds = median(walls);
        s.cpuSeconds = median(cpus);
        s.form = form;
        report(id, s);
      }
      const QJsonObject r = etsReference.value(name).toObject().value(QLatin1String("holdout")).toObject();
      if (!r.isEmpty()) {
        Score s = score(train.values, test, m, doubles(r["mean"]), doubles(r["lo80"]), doubles(r["hi80"]),
                        doubles(r["lo95"]), doubles(r["hi95"]));
        s.seconds = r["seconds"].toDouble();
        s.form = r["method"].toString();
        report(QStringLiteral("r-ets"), s);
      }
      const QJsonObject p = prophetReference.value(name).toObject();
      if (!p.isEmpty() && p["h"].toInt() == h && p["n"].toInt() == series.size()) {
        Score s =
            score(train.values, test, m, doubles(p["mean"]), doubles(p["lo80"]), doubles(p["hi80"]), {}, {});
        s.seconds = p["seconds"].toDouble();
        s.cpuSeconds = p["cpu_seconds"].toDouble(kNaN);
        s.form = QStringLiteral("prophet()");
        report(QStringLiteral("r-prophet"), s);
      }
    }
  };
  runGroup(QStringLiteral("mq"), seriesDir);
  if (!dailyDir.isEmpty())
    runGroup(QStringLiteral("daily"), dailyDir);

  std::printf("\nsummary\tgroup\tmodel\tseries\tmean_mase\tmean_coverage80\tmean_coverage95\tmedian_seconds\t"
              "median_cpu_seconds\tmax_seconds\n");
  const QStringList models = {QStringLiteral("ets"),   QStringLiteral("snaive"), QStringLiteral("auto"),
                              QStringLiteral("bayes"), QStringLiteral("r-ets"),  QStringLiteral("r-prophet")};
  for (const QString &group : results.mase.keys())
    for (const QString &model : models) {
      const std::vector<double> &v = results.mase[group][model];
      if (v.empty())
        continue;
      const std::vector<double> &secs = results.seconds[group][model];
      std::printf("summary\t%s\t%s\t%zu\t%.4f\t%.3f\t%.3f\t%.5f\t%.5f\t%.5f\n", qPrintable(group),
                  qPrintable(model), v.size(), mean(v), mean(results.cov80[group][model]),
                  mean(results.cov95[group][model]), median(secs), median(results.cpu[group][model]),
                  *std::max_element(secs.begin(), secs.end()));
    }
  // Speed-up of bayes over R Prophet: ratio of the medians per series, and
  // the smallest per-series ratio.
  std::printf(
      "\nspeed\tgroup\tseries\tbayes_median_seconds\tprophet_median_seconds\tratio\tbayes_median_cpu\t"
      "prophet_median_cpu\tcpu_ratio\tmin_series_ratio\n");
  for (const QString &group : results.perSeries.keys()) {
    double minRatio = kNaN;
    int count = 0;
    for (const auto &models : results.perSeries[group]) {
      if (!models.contains(QStringLiteral("bayes")) || !models.contains(QStringLiteral("r-prophet")))
        continue;
      const double ratio = models[QStringLiteral("r-prophet")] / models[QStringLiteral("bayes")];
      minRatio = count++ == 0 ? ratio : std::min(minRatio, ratio);
    }
    if (count == 0)
      continue;
    const double b = median(results.seconds[group]["bayes"]), p = median(results.seconds[group]["r-prophet"]);
    const double bc = median(results.cpu[group]["bayes"]), pc = median(results.cpu[group]["r-prophet"]);
    std::printf("speed\t%s\t%d\t%.6f\t%.4f\t%.1f\t%.6f\t%.4f\t%.1f\t%.1f\n", qPrintable(group), count, b, p,
                p / b, bc, pc, pc / bc, minRatio);
  }
  return 0;
}
