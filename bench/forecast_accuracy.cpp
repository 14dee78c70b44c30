// Forecast accuracy benchmark: for every monthly and quarterly series of a
// folder of `period,value` CSVs, hold out the last 12 (monthly) / 8
// (quarterly) points, forecast them from the rest and score the forecasts.
//
//   epidesk-forecast-bench SERIES_DIR [R_REFERENCE.json] [AUTO_ORIGINS]
//
// Models: "ets", "snaive" and "auto" (per series, the lowest rolling-origin
// MASE on the training part only: AUTO_ORIGINS origins (default 3) of the
// same horizon among ets and snaive, then refit on the whole training part).
// With R_REFERENCE (written by tests/forecast/data/make_ets_reference.R) R
// forecast::ets's hold-out forecasts are scored the same way.
// Output: one tab-separated line per series and model, then a summary.
#include "Backtest.h"
#include "ForecastModel.h"
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

using namespace epidesk;

namespace {

struct Score {
  double mase = 0, coverage95 = 0, coverage80 = 0, smape = 0, seconds = 0;
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
    s.smape += 200 * std::fabs(test[i] - mean[i]) / (std::fabs(test[i]) + std::fabs(mean[i]));
    in80 += test[i] >= lo80[i] && test[i] <= hi80[i];
    in95 += test[i] >= lo95[i] && test[i] <= hi95[i];
  }
  s.mase = abs / h / maseScale(train, m);
  s.smape /= h;
  s.coverage80 = double(in80) / h;
  s.coverage95 = double(in95) / h;
  return s;
}

std::vector<double> doubles(const QJsonValue &v) {
  std::vector<double> out;
  for (const QJsonValue &x : v.toArray())
    out.push_back(x.toDouble());
  return out;
}

double median(std::vector<double> v) {
  if (v.empty())
    return 0;
  std::sort(v.begin(), v.end());
  return v.size() % 2 ? v[v.size() / 2] : 0.5 * (v[v.size() / 2 - 1] + v[v.size() / 2]);
}

} // namespace

int main(int argc, char **argv) {
  QCoreApplication app(argc, argv);
  const QStringList args = app.arguments();
  if (args.size() < 2) {
    std::fprintf(stderr, "usage: epidesk-forecast-bench SERIES_DIR [R_REFERENCE.json] [AUTO_ORIGINS]\n");
    return 2;
  }
  QJsonObject reference;
  if (args.size() >= 3) {
    QFile f(args[2]);
    if (f.open(QIODevice::ReadOnly))
      reference = QJsonDocument::fromJson(f.readAll()).object();
  }
  const int autoOrigins = args.size() >= 4 ? args[3].toInt() : 3;

  const QStringList models = {QStringLiteral("ets"), QStringLiteral("snaive"), QStringLiteral("auto"),
                              QStringLiteral("r-ets")};
  QMap<QString, std::vector<double>> mase, cov95, cov80, seconds;
  std::printf("series\tn\th\tmodel\tform\tmase\tsmape\tcoverage80\tcoverage95\tseconds\n");
  const QDir dir(args[1]);
  for (const QString &file : dir.entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name)) {
    TimeSeries series;
    try {
      series = SeriesCsvReader::read(dir.filePath(file));
    } catch (const std::exception &e) {
      std::fprintf(stderr, "%s\n", e.what());
      continue;
    }
    if (series.frequency != Frequency::Monthly && series.frequency != Frequency::Quarterly)
      continue;
    const QString name = QFileInfo(file).completeBaseName();
    const int h = series.frequency == Frequency::Monthly ? 12 : 8;
    const int m = series.seasonalPeriod();
    TimeSeries train = series;
    train.values.resize(size_t(series.size() - h));
    const std::vector<double> test(series.values.end() - h, series.values.end());

    auto report = [&](const QString &model, Score s) {
      std::printf("%s\t%d\t%d\t%s\t%s\t%.4f\t%.3f\t%.3f\t%.3f\t%.4f\n", qPrintable(name), series.size(), h,
                  qPrintable(model), qPrintable(s.form), s.mase, s.smape, s.coverage80, s.coverage95,
                  s.seconds);
      std::fflush(stdout);
      mase[model].push_back(s.mase);
      cov95[model].push_back(s.coverage95);
      cov80[model].push_back(s.coverage80);
      seconds[model].push_back(s.seconds);
    };

    for (const QString &id : {QStringLiteral("ets"), QStringLiteral("snaive"), QStringLiteral("auto")}) {
      QElapsedTimer timer;
      timer.start();
      QString chosen = id, form;
      if (id == QLatin1String("auto")) {
        const AutoSelection sel = selectAutoModel(train, BacktestOptions{autoOrigins, h, 0},
                                                  {QStringLiteral("ets"), QStringLiteral("snaive")});
        chosen = sel.modelId.isEmpty() ? QStringLiteral("snaive") : sel.modelId;
      }
      const std::unique_ptr<ForecastModel> model = ForecastModelRegistry::create(chosen);
      const ModelForecast f = model->forecast(train, h, {}, {});
      const double secs = timer.nsecsElapsed() / 1e9;
      form = f.details.value(QLatin1String("form")).toString();
      if (id == QLatin1String("auto"))
        form = chosen + QStringLiteral(": ") + form;
      Score s = score(train.values, test, m, f.mean, f.lo80, f.hi80, f.lo95, f.hi95);
      s.seconds = secs;
      s.form = form;
      report(id, s);
    }
    const QJsonObject r = reference.value(name).toObject().value(QLatin1String("holdout")).toObject();
    if (!r.isEmpty()) {
      Score s = score(train.values, test, m, doubles(r["mean"]), doubles(r["lo80"]), doubles(r["hi80"]),
                      doubles(r["lo95"]), doubles(r["hi95"]));
      s.seconds = r["seconds"].toDouble();
      s.form = r["method"].toString();
      report(QStringLiteral("r-ets"), s);
    }
  }
  std::printf("\nsummary\tmodel\tseries\tmean_mase\tmean_coverage80\tmean_coverage95\tmedian_seconds\n");
  for (const QString &model : models) {
    const std::vector<double> &v = mase[model];
    if (v.empty())
      continue;
    auto mean = [](const std::vector<double> &x) {
      double s = 0;
      for (double d : x)
        s += d;
      return s / double(x.size());
    };
    std::printf("summary\t%s\t%zu\t%.4f\t%.3f\t%.3f\t%.5f\n", qPrintable(model), v.size(), mean(v),
                mean(cov80[model]), mean(cov95[model]), median(seconds[model]));
  }
  return 0;
}
