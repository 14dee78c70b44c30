// Interval calibration and the automatic model.
//
// - ConformalCalibration: the conformal quantile (ceil((n + 1) L)-th smallest),
//   rescaling of a band, the sqrt(step) scale for bands without width.
// - CalibratedModel: a deliberately overconfident model (band of +-1 % around
//   the last value of a random walk) covers few held-out points; wrapped in
//   conformal calibration it covers close to what it claims. Count series
//   never get negative bounds.
// - Coverage on rolling origins of the shared series (../shared/data/series,
//   monthly and quarterly, 3 origins of 12 / 8 steps), pooled: every model's
//   95 % interval covers 85-99 % of the held-out points, and the 80 % one
//   70-95 % (docs/forecasting.md has the full table from forecast-eval).
// - AutoModel: reports its choice, the cross-validated scores and the
//   calibration; rejects unknown candidates.
#include "Backtest.h"
#include "CalibratedModel.h"
#include "ConformalCalibration.h"
#include "ForecastEvaluation.h"
#include "ForecastModel.h"
#include "SeriesFolder.h"
#include <QJsonArray>
#include <QtTest>
#include <cmath>
#include <random>
#include <stdexcept>

using namespace epidesk;

namespace {

QString sharedDir() {
  const QString env = qEnvironmentVariable("EPIDESK_SHARED_DIR");
  return env.isEmpty() ? QStringLiteral(EPIDESK_SHARED_DIR) : env;
}

// Forecasts the last value with a band far too narrow for a random walk.
class OverconfidentModel : public ForecastModel {
public:
  QString id() const override { return QStringLiteral("overconfident"); }
  QString name() const override { return id(); }
  int minimumLength(const TimeSeries &) const override { return 2; }
  ModelForecast forecast(const TimeSeries &s, int horizon, const QJsonObject &, const ForecastPanel &,
                         Feedback *) const override {
    ModelForecast f;
    const double last = s.values.back();
    for (int h = 0; h < horizon; ++h) {
      const double w = 0.001 * (1 + std::fabs(last)) * std::sqrt(h + 1.0);
      f.mean.push_back(last);
      f.lo95.push_back(last - w);
      f.hi95.push_back(last + w);
      f.lo80.push_back(last - 0.65 * w);
      f.hi80.push_back(last + 0.65 * w);
    }
    return f;
  }
};

TimeSeries randomWalk(int n, unsigned seed) {
  std::mt19937 gen(seed);
  std::normal_distribution<double> step(0, 1);
  TimeSeries s;
  s.code = QStringLiteral("walk");
  s.frequency = Frequency::Monthly;
  s.start = QDate(2000, 1, 1);
  double v = 100;
  for (int i = 0; i < n; ++i)
    s.values.push_back(v += step(gen));
  return s;
}

} // namespace

class TestCalibration : public QObject {
  Q_OBJECT

private slots:
  void conformalQuantile() {
    std::vector<double> v;
    for (int i = 1; i <= 19; ++i)
      v.push_back(i);
    QCOMPARE(ConformalCalibration::conformalQuantile(v, 0.95), 19.0); // ceil(20 * 0.95) = 19
    QCOMPARE(ConformalCalibration::conformalQuantile(v, 0.80), 16.0); // ceil(20 * 0.8) = 16
    v.resize(10);
    QCOMPARE(ConformalCalibration::conformalQuantile(v, 0.95), 10.0); // past n: the largest
    QVERIFY(std::isnan(ConformalCalibration::conformalQuantile({}, 0.95)));
  }

  void rescalesTheBand() {
    ConformalCalibration c;
    ModelForecast past;
    past.mean = {0, 0, 0, 0};
    past.lo95 = {-1, -1, -1, -1};
    past.hi95 = {1, 1, 1, 1};
    past.lo80 = past.lo95;
    past.hi80 = past.hi95;
    for (int o = 0; o < 5; ++o)
      c.addOrigin(past, {2.0 + o, -2.0, 2.0, -2.0}); // errors twice the half-width, or more
    QCOMPARE(c.scoreCount(), 20);
    QVERIFY(c.usable());
    ModelForecast f = past;
    QVERIFY(c.apply(f));
    QCOMPARE(f.hi95[0], c.factor(0.95));
    QVERIFY(c.factor(0.95) >= 2.0);
    QCOMPARE(f.lo95[2], -f.hi95[2]);
    QVERIFY(f.hi80[0] <= f.hi95[0]);
    QJsonObject details;
    c.describe(details, true);
    QCOMPARE(details.value("calibration").toString(), QStringLiteral("conformal"));
    QCOMPARE(details.value("calibration_scores").toInt(), 20);
    // Too few errors: the model's own band stays.
    ConformalCalibration few;
    few.addOrigin(past, {3, 3});
    ModelForecast g = past;
    QVERIFY(!few.apply(g));
    QCOMPARE(g.hi95, past.hi95);
  }

  void overconfidentModelIsCalibrated() {
    const TimeSeries walk = randomWalk(400, 7);
    const BacktestOptions bt{60, 6, 0};
    const BacktestScore raw = backtest(OverconfidentModel(), walk, bt);
    QVERIFY2(raw.coverage95 < 0.3, qPrintable(QString::number(raw.coverage95)));
    const CalibratedModel calibrated(std::make_unique<OverconfidentModel>(),
                                     CalibratedModel::Calibration::Conformal);
    const BacktestScore fixed = backtest(calibrated, walk, bt);
    qInfo("random walk, 60 origins x 6 steps: 95 %% coverage %.3f -> %.3f, 80 %% %.3f -> %.3f",
          raw.coverage95, fixed.coverage95, raw.coverage80, fixed.coverage80);
    QVERIFY(fixed.coverage95 >= 0.85 && fixed.coverage95 <= 0.99);
    QVERIFY(fixed.coverage80 >= 0.65 && fixed.coverage80 <= 0.92);
    // "model" keeps the model's own band; an unknown value is an error.
    const ModelForecast own = calibrated.forecast(walk, 3, QJsonObject{{"calibration", "model"}}, {});
    QCOMPARE(own.details.value("calibration").toString(), QStringLiteral("model"));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             calibrated.forecast(walk, 3, QJsonObject{{"calibration", "magic"}}, {}));
  }

  void countSeriesStayNonNegative() {
    TimeSeries counts;
    counts.code = QStringLiteral("counts");
    counts.frequency = Frequency::Daily;
    counts.start = QDate(2024, 1, 1);
    for (int i = 0; i < 120; ++i)
      counts.values.push_back(i % 9 == 0 ? 3 : (i % 4 == 0 ? 1 : 0));
    QVERIFY(CalibratedModel::isCountSeries(counts.values));
    for (const QString &id : ForecastModelRegistry::ids()) {
      if (id == QLatin1String("nn"))
        continue; // needs a panel of districts
      const ModelForecast f = ForecastModelRegistry::create(id)->forecast(counts, 14, {}, {});
      for (const std::vector<double> *v : {&f.mean, &f.lo80, &f.hi80, &f.lo95, &f.hi95})
        for (double x : *v)
          QVERIFY2(x >= 0 && std::isfinite(x), qPrintable(id));
      double width = 0;
      for (size_t i = 0; i < f.hi95.size(); ++i)
        width += f.hi95[i] - f.lo95[i];
      QVERIFY2(width > 0, qPrintable(id + ": zero-width intervals for a series with demand"));
    }
    // Not counts: negative values are kept.
    QVERIFY(!CalibratedModel::isCountSeries({1.5, 2, 3}));
    QVERIFY(!CalibratedModel::isCountSeries({-1, 2, 3}));
  }

  void coverageOnTheSharedSeries() {
    const SeriesFolder folder = SeriesFolder::read(sharedDir() + QStringLiteral("/data/series"));
    QVERIFY2(folder.error.isEmpty(), qPrintable(folder.error));
    std::vector<TimeSeries> series;
    for (const TimeSeries &s : folder.series)
      if (s.frequency == Frequency::Monthly || s.frequency == Frequency::Quarterly)
        series.push_back(s);
    QVERIFY(series.size() >= 14);
    ForecastEvalSettings settings;
    settings.models = {"ets", "arima", "theta", "snaive", "bayes", "auto"};
    settings.origins = 3;
    const ForecastEvaluation eval = ForecastEvaluation::run(series, settings);
    for (const ForecastEvalSummary &s : eval.summaries) {
      if (s.family != QLatin1String("all"))
        continue;
      qInfo("%-7s %2d series: MASE %.3f, coverage 80 %% %.3f, 95 %% %.3f", qPrintable(s.model), s.series,
            s.mase, s.coverage80, s.coverage95);
      QCOMPARE(s.failed, 0);
      QVERIFY2(s.coverage95 >= 0.85 && s.coverage95 <= 0.99, qPrintable(s.model));
      QVERIFY2(s.coverage80 >= 0.70 && s.coverage80 <= 0.95, qPrintable(s.model));
    }
  }

  void autoReportsItsChoice() {
    const SeriesFolder folder = SeriesFolder::read(sharedDir() + QStringLiteral("/data/series"));
    const TimeSeries *air = nullptr;
    for (const TimeSeries &s : folder.series)
      if (s.code == QLatin1String("airpassengers"))
        air = &s;
    QVERIFY(air);
    const ModelForecast f = ForecastModelRegistry::create("auto")->forecast(*air, 12, {}, {});
    QCOMPARE(int(f.mean.size()), 12);
    QVERIFY(!f.details.value("selected_model").toString().isEmpty());
    QVERIFY(f.details.value("cv_mase").toObject().contains("ets"));
    QVERIFY(f.details.value("cv_mase").toObject().contains("median(ets, arima, theta)"));
    QVERIFY(f.details.value("cv_origins").toInt() >= 3);
    QCOMPARE(f.details.value("calibration").toString(), QStringLiteral("conformal"));
    for (size_t i = 0; i < f.mean.size(); ++i)
      QVERIFY(f.lo95[i] <= f.lo80[i] && f.lo80[i] <= f.mean[i] && f.mean[i] <= f.hi80[i] &&
              f.hi80[i] <= f.hi95[i]);
    const ModelForecast single = ForecastModelRegistry::create("auto")->forecast(
        *air, 12, QJsonObject{{"candidates", QJsonArray{"snaive"}}}, {});
    QCOMPARE(single.details.value("selected_model").toString(), QStringLiteral("snaive"));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             ForecastModelRegistry::create("auto")->forecast(
                                 *air, 12, QJsonObject{{"candidates", QJsonArray{"prophet"}}}, {}));
  }
};

QTEST_GUILESS_MAIN(TestCalibration)
#include "test_calibration.moc"
