#include "Backtest.h"
#include "EtsModel.h"
#include "ForecastModel.h"
#include "SampleQuantile.h"
#include "SeasonalNaiveModel.h"
#include "StandardNormal.h"
#include <QtTest>
#include <cmath>

using namespace epidesk;

namespace {

// Deterministic noise in [-1, 1] (no std::rand: the same series everywhere).
double noise(int t) {
  const double x = std::sin(12.9898 * t + 78.233) * 43758.5453;
  return 2 * (x - std::floor(x)) - 1;
}

TimeSeries makeSeries(Frequency f, std::vector<double> values) {
  TimeSeries s;
  s.code = QStringLiteral("synthetic");
  s.frequency = f;
  s.start = QDate(2000, 1, 1);
  s.values = std::move(values);
  return s;
}

void verifyFinite(const ModelForecast &f, int horizon) {
  for (const auto *v : {&f.mean, &f.lo80, &f.hi80, &f.lo95, &f.hi95}) {
    QCOMPARE(int(v->size()), horizon);
    for (double x : *v)
      QVERIFY(std::isfinite(x));
  }
  for (int i = 0; i < horizon; ++i) {
    QVERIFY(f.lo95[i] <= f.lo80[i] && f.lo80[i] <= f.mean[i]);
    QVERIFY(f.mean[i] <= f.hi80[i] && f.hi80[i] <= f.hi95[i]);
  }
}

template <typename Fn> QString invalidArgument(Fn fn) {
  try {
    fn();
  } catch (const std::invalid_argument &e) {
    return QString::fromUtf8(e.what());
  }
  return {};
}

} // namespace

class TestForecastModels : public QObject {
  Q_OBJECT
private slots:
  // Values from R: qnorm(p) of R 4.2.2's libRmath, printed with %.17g (at 16
  // digits qnorm(0.975) = 1.959963984540054 and qnorm(0.9) = 1.281551565544601).
  // The port is R's algorithm operation for operation, so they agree bit for bit.
  void normalQuantilesMatchR() {
    QVERIFY(StandardNormal::quantile(0.975) == 1.9599639845400536);
    QVERIFY(StandardNormal::quantile(0.9) == 1.2815515655446008);
    QVERIFY(StandardNormal::quantile(0.1) == -1.2815515655446008);
    QVERIFY(StandardNormal::quantile(0.025) == -1.9599639845400538);
    QVERIFY(StandardNormal::quantile(0.8) == 0.84162123357291441);
    QVERIFY(StandardNormal::quantile(0.5) == 0.0);
    QVERIFY(StandardNormal::quantile(0.995) == 2.5758293035488999); // tail branch, r <= 5
    QVERIFY(StandardNormal::quantile(1e-20) == -9.2623400897984052);
    QVERIFY(StandardNormal::quantile(1e-300) == -37.047096299361201); // r > 5
    QVERIFY(std::fabs(StandardNormal::quantile(0.975) - 1.959963984540054) < 1e-15);
    QVERIFY(std::fabs(StandardNormal::quantile(0.9) - 1.2815515655446004) < 1e-15);
    QCOMPARE(StandardNormal::quantile(0.0), -std::numeric_limits<double>::infinity());
    QCOMPARE(StandardNormal::quantile(1.0), std::numeric_limits<double>::infinity());
    QVERIFY(std::isnan(StandardNormal::quantile(1.5)));
    QVERIFY(std::isnan(StandardNormal::quantile(std::numeric_limits<double>::quiet_NaN())));
  }

  // Values from R: quantile(c(1, 2, 3, 4, 10), c(0.3, 0, 0.5, 0.9, 1), type = 7)
  // = 2.2, 1, 3, 7.6, 10.
  void sampleQuantileMatchesR() {
    const std::vector<double> x{1, 2, 3, 4, 10};
    QCOMPARE(sampleQuantile(x, 0.3), 2.2);
    QCOMPARE(sampleQuantile(x, 0.0), 1.0);
    QCOMPARE(sampleQuantile(x, 0.5), 3.0);
    QCOMPARE(sampleQuantile(x, 0.9), 7.6);
    QCOMPARE(sampleQuantile(x, 1.0), 10.0);
    QCOMPARE(sampleQuantile({5}, 0.7), 5.0);
    QVERIFY(std::isnan(sampleQuantile({}, 0.5)));
  }

  void seasonalNaiveExact() {
    std::vector<double> y;
    for (int t = 0; t < 36; ++t)
      y.push_back(100 + 10 * (t % 12) + (t >= 24 ? 5 : 0));
    const TimeSeries s = makeSeries(Frequency::Monthly, y);
    const ModelForecast f = SeasonalNaiveModel().forecast(s, 25, {}, {});
    verifyFinite(f, 25);
    for (int h = 0; h < 25; ++h)
      QCOMPARE(f.mean[h], y[24 + h % 12]);
    // Residuals y[t] - y[t-12]: 12 zeros and 12 fives -> rms sqrt(12.5).
    const double sigma = std::sqrt(12.5);
    QVERIFY(std::fabs(f.hi95[0] - f.mean[0] - 1.959963984540054 * sigma) < 1e-9);
    QVERIFY(std::fabs(f.hi95[12] - f.mean[12] - 1.959963984540054 * sigma * std::sqrt(2.0)) < 1e-9);
    QVERIFY(std::fabs(f.hi95[24] - f.mean[24] - 1.959963984540054 * sigma * std::sqrt(3.0)) < 1e-9);
    QVERIFY(std::fabs(f.hi80[11] - f.mean[11] - 1.2815515655446004 * sigma) < 1e-9);
  }

  void seasonalNaiveNonSeasonalAndShort() {
    const TimeSeries yearly = makeSeries(Frequency::Yearly, {3, 5, 4});
    const ModelForecast f = SeasonalNaiveModel().forecast(yearly, 3, {}, {});
    QCOMPARE(f.mean, (std::vector<double>{4, 4, 4}));
    QVERIFY(f.hi95[2] - f.lo95[2] > f.hi95[0] - f.lo95[0]);
    QVERIFY(!invalidArgument([] {
               SeasonalNaiveModel().forecast(makeSeries(Frequency::Monthly, std::vector<double>(12, 1.0)), 3,
                                             {}, {});
             }).isEmpty());
    QVERIFY(!invalidArgument([] {
               SeasonalNaiveModel().forecast(makeSeries(Frequency::Monthly, {}), 3, {}, {});
             }).isEmpty());
  }

  void etsPureTrend() {
    // Line + small noise, yearly (m = 1): a trend form, forecasts on the line.
    std::vector<double> y;
    for (int t = 0; t < 40; ++t)
      y.push_back(50 + 3 * t + 0.5 * noise(t));
    const ModelForecast f = EtsModel().forecast(makeSeries(Frequency::Yearly, y), 10, {}, {});
    verifyFinite(f, 10);
    const QString form = f.details["form"].toString();
    QVERIFY2(form.contains(",A,") || form.contains(",Ad,"), qPrintable(form));
    for (int h = 0; h < 10; ++h) {
      const double truth = 50 + 3 * (40 + h);
      QVERIFY2(std::fabs(f.mean[h] - truth) < 0.02 * truth, qPrintable(QString::number(f.mean[h])));
    }
    QVERIFY(f.details.contains("aicc") && f.details.contains("alpha") && f.details.contains("beta"));
  }

  void etsPureSeasonality() {
    std::vector<double> y;
    for (int t = 0; t < 96; ++t)
      y.push_back(200 + 40 * std::sin(2 * M_PI * t / 12) + 2 * noise(t));
    const ModelForecast f = EtsModel().forecast(makeSeries(Frequency::Monthly, y), 24, {}, {});
    verifyFinite(f, 24);
    const QString form = f.details["form"].toString();
    QVERIFY2(form.endsWith(",A)") || form.endsWith(",M)"), qPrintable(form));
    for (int h = 0; h < 24; ++h) {
      const double truth = 200 + 40 * std::sin(2 * M_PI * (96 + h) / 12);
      QVERIFY2(std::fabs(f.mean[h] - truth) < 0.03 * truth, qPrintable(QString::number(h)));
    }
    QCOMPARE(f.details["seasonal_period"].toInt(), 12);
  }

  void intervalsWiden() {
    // A random walk with drift, monthly, and a seasonal multiplicative series.
    std::vector<double> walk{100}, seasonal;
    for (int t = 1; t < 80; ++t)
      walk.push_back(walk.back() + 1 + 3 * noise(t));
    for (int t = 0; t < 84; ++t)
      seasonal.push_back((100 + t) * (1 + 0.2 * std::sin(2 * M_PI * t / 12)) * (1 + 0.02 * noise(t)));
    // Widths grow with the horizon; with a multiplicative season they follow
    // the seasonal level too, so there the same season a year later is compared.
    for (const auto &y : {walk, seasonal}) {
      const TimeSeries s = makeSeries(Frequency::Monthly, y);
      for (const char *id : {"ets", "snaive"}) {
        const ModelForecast f = ForecastModelRegistry::create(id)->forecast(s, 36, {}, {});
        verifyFinite(f, 36);
        const QString form = f.details["form"].toString();
        const int lag = form.endsWith(",M)") ? 12 : 1;
        for (int h = lag; h < 36; ++h)
          QVERIFY2(f.hi95[h] - f.lo95[h] >= f.hi95[h - lag] - f.lo95[h - lag] - 1e-9 * std::fabs(f.mean[h]),
                   qPrintable(QStringLiteral("%1 h=%2 %3").arg(id).arg(h).arg(form)));
        QVERIFY(f.hi95[35] - f.lo95[35] > f.hi95[23] - f.lo95[23]);
        QVERIFY(f.hi80[35] - f.lo80[35] < f.hi95[35] - f.lo95[35]);
      }
    }
  }

  void etsFixedForm() {
    std::vector<double> y;
    for (int t = 0; t < 60; ++t)
      y.push_back((100 + t) * (1 + 0.2 * std::sin(2 * M_PI * t / 12)) * (1 + 0.02 * noise(t)));
    const ModelForecast f = EtsModel().forecast(makeSeries(Frequency::Monthly, y), 12,
                                                QJsonObject{{"model", "MAM"}, {"damped", true}}, {});
    QCOMPARE(f.details["form"].toString(), QStringLiteral("ETS(M,Ad,M)"));
    QVERIFY(f.details["phi"].toDouble() >= 0.8 && f.details["phi"].toDouble() <= 0.98);
    QVERIFY(invalidArgument([&] {
              EtsModel().forecast(makeSeries(Frequency::Monthly, y), 12, QJsonObject{{"model", "XYZ"}}, {});
            }).startsWith("model: "));
    // Multiplicative forms are never tried on data with zeros or negatives.
    std::vector<double> z = y;
    z[5] = 0;
    for (const EtsModel::Form &form : EtsModel::candidateForms(z, 12))
      QVERIFY(form.error == EtsModel::Component::Additive);
    QCOMPARE(EtsModel::candidateForms(y, 12).size(), size_t(15));
    QCOMPARE(EtsModel::candidateForms(y, 1).size(), size_t(6));
  }

  void degenerateSeries() {
    EtsModel ets;
    // Empty and too short: clear errors naming the requirement.
    QVERIFY(invalidArgument([&] {
              ets.forecast(makeSeries(Frequency::Monthly, {}), 12, {}, {});
            }).contains("at least"));
    QVERIFY(invalidArgument([&] {
              ets.forecast(makeSeries(Frequency::Monthly, {1, 2, 3, 4, 5}), 12, {}, {});
            }).contains("at least 7"));
    QVERIFY(!invalidArgument([&] {
               ets.forecast(makeSeries(Frequency::Monthly, {1, 2, 3, std::nan(""), 5, 6, 7, 8}), 3, {}, {});
             }).isEmpty());
    QVERIFY(!invalidArgument([&] {
               ets.forecast(makeSeries(Frequency::Yearly, {1, 2, 3, 4, 5, 6, 7, 8}), 0, {}, {});
             }).isEmpty());

    // Constant: a flat forecast with zero-width intervals, documented, no NaN.
    const ModelForecast c =
        ets.forecast(makeSeries(Frequency::Monthly, std::vector<double>(30, 7.5)), 6, {}, {});
    verifyFinite(c, 6);
    for (int h = 0; h < 6; ++h) {
      QCOMPARE(c.mean[h], 7.5);
      QCOMPARE(c.hi95[h], 7.5);
    }
    const ModelForecast z =
        ets.forecast(makeSeries(Frequency::Monthly, std::vector<double>(30, 0.0)), 6, {}, {});
    verifyFinite(z, 6);
    const ModelForecast cs = SeasonalNaiveModel().forecast(
        makeSeries(Frequency::Monthly, std::vector<double>(30, 7.5)), 6, {}, {});
    verifyFinite(cs, 6);

    // Short seasonal series (n < 3m: Fourier initial states) and all-zero-but-one.
    std::vector<double> shortSeasonal;
    for (int t = 0; t < 20; ++t)
      shortSeasonal.push_back(50 + 10 * std::sin(2 * M_PI * t / 12) + noise(t));
    verifyFinite(ets.forecast(makeSeries(Frequency::Monthly, shortSeasonal), 12, {}, {}), 12);
    std::vector<double> spike(30, 0.0);
    spike[10] = 5;
    verifyFinite(ets.forecast(makeSeries(Frequency::Monthly, spike), 12, {}, {}), 12);
    // Seven values: the shortest series ETS accepts.
    verifyFinite(ets.forecast(makeSeries(Frequency::Quarterly, {5, 7, 6, 8, 7, 9, 8}), 4, {}, {}), 4);
  }

  void backtestScores() {
    // Exactly periodic: snaive is perfect; MASE's scale falls back and stays finite.
    std::vector<double> y;
    for (int t = 0; t < 48; ++t)
      y.push_back(10 + (t % 4));
    const TimeSeries s = makeSeries(Frequency::Quarterly, y);
    const BacktestScore b = backtest(SeasonalNaiveModel(), s, BacktestOptions{5, 4, 0});
    QCOMPARE(b.origins, 5);
    QCOMPARE(b.mase, 0.0);
    QCOMPARE(b.smape, 0.0);
    QCOMPARE(b.coverage95, 1.0);

    // Known numbers: naive (m = 1) on a line of slope 1, one origin, h = 2:
    // errors 1 and 2, scale 1 -> MASE 1.5; sigma 1, sd 1 and sqrt(2): the 80 %
    // intervals (+-1.28, +-1.81) miss the second point, the 95 % ones cover both.
    const TimeSeries line = makeSeries(Frequency::Yearly, {1, 2, 3, 4, 5, 6, 7});
    const BacktestScore n = backtest(SeasonalNaiveModel(), line, BacktestOptions{1, 2, 0});
    QCOMPARE(n.mase, 1.5);
    QVERIFY(std::fabs(n.smape - 100.0 * (1.0 / 11 + 2.0 / 12)) < 1e-12);
    QCOMPARE(n.coverage80, 0.5);
    QCOMPARE(n.coverage95, 1.0);
    QVERIFY(!invalidArgument([&] {
               backtest(SeasonalNaiveModel(), line, BacktestOptions{5, 2, 0});
             }).isEmpty());
    QCOMPARE(maseScale({1, 1, 1}, 1), 1.0);
    QCOMPARE(maseScale({2, 2, 2}, 1), 2.0);
  }
};

QTEST_GUILESS_MAIN(TestForecastModels)
#include "test_forecast_models.moc"
