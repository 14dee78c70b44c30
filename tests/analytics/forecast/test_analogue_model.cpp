// AnalogueModel ("nn") on synthetic panels with known answers: a planted
// analogue, random walks (intervals widen), degenerate series, a 380-district
// panel through the batch entry point.
#include "AnalogueModel.h"
#include "ForecastModel.h"
#include <QtTest>
#include <cmath>
#include <random>
#include <stdexcept>

using namespace epidesk;

namespace {

const QDate kStart(2021, 1, 1);

TimeSeries makeSeries(const QString &code, std::vector<double> values, Frequency f = Frequency::Daily,
                      QDate start = kStart) {
  TimeSeries s;
  s.code = code;
  s.frequency = f;
  s.start = start;
  s.values = std::move(values);
  return s;
}

std::vector<double> noisyLevel(std::mt19937 &rng, int n, double level, double spread) {
  std::normal_distribution<double> noise(0, spread);
  std::vector<double> v(static_cast<size_t>(n));
  for (double &x : v)
    x = std::max(1.0, level + noise(rng));
  return v;
}

std::vector<double> randomWalk(std::mt19937 &rng, int n, double start) {
  std::normal_distribution<double> step(0, 0.05);
  std::vector<double> v(static_cast<size_t>(n));
  double log = std::log(start);
  for (double &x : v) {
    log += step(rng);
    x = std::exp(log);
  }
  return v;
}

void checkWellFormed(const ModelForecast &f, int horizon) {
  QCOMPARE(int(f.mean.size()), horizon);
  QCOMPARE(int(f.lo80.size()), horizon);
  QCOMPARE(int(f.hi80.size()), horizon);
  QCOMPARE(int(f.lo95.size()), horizon);
  QCOMPARE(int(f.hi95.size()), horizon);
  for (int h = 0; h < horizon; ++h) {
    const size_t i = size_t(h);
    for (double v : {f.mean[i], f.lo80[i], f.hi80[i], f.lo95[i], f.hi95[i]})
      QVERIFY2(std::isfinite(v), "non-finite forecast value");
    QVERIFY(f.lo95[i] <= f.lo80[i]);
    QVERIFY(f.lo80[i] <= f.mean[i]);
    QVERIFY(f.mean[i] <= f.hi80[i]);
    QVERIFY(f.hi80[i] <= f.hi95[i]);
  }
}

// Target T is noise; district P holds 3 x T's last 14 values at days 30..43,
// followed by a known ramp. Transform and scaling keep the copy exact.
struct Planted {
  ForecastPanel panel;
  std::vector<double> continuation; // P's days 44.., already divided by 3
};

Planted plantedPanel(int horizon) {
  std::mt19937 rng(7);
  Planted p;
  TimeSeries target = makeSeries(QStringLiteral("T"), noisyLevel(rng, 100, 50, 10));
  TimeSeries planted = makeSeries(QStringLiteral("P"), noisyLevel(rng, 100, 200, 60));
  for (int i = 0; i < 14; ++i)
    planted.values[size_t(30 + i)] = 3 * target.values[size_t(86 + i)];
  for (int h = 0; h < horizon; ++h) {
    planted.values[size_t(44 + h)] = 3 * (60.0 + 5 * h);
    p.continuation.push_back(60.0 + 5 * h);
  }
  p.panel.series = {target, planted, makeSeries(QStringLiteral("A"), noisyLevel(rng, 100, 30, 8)),
                    makeSeries(QStringLiteral("B"), noisyLevel(rng, 100, 80, 30))};
  return p;
}

bool sameForecast(const ModelForecast &a, const ModelForecast &b) {
  if (a.mean != b.mean || a.lo80 != b.lo80 || a.hi80 != b.hi80 || a.lo95 != b.lo95 || a.hi95 != b.hi95 ||
      a.analogues.size() != b.analogues.size())
    return false;
  for (size_t i = 0; i < a.analogues.size(); ++i)
    if (a.analogues[i].district != b.analogues[i].district || a.analogues[i].start != b.analogues[i].start ||
        a.analogues[i].distance != b.analogues[i].distance)
      return false;
  return true;
}

} // namespace

class TestAnalogueModel : public QObject {
  Q_OBJECT

private slots:
  void registryCreatesIt() {
    auto model = ForecastModelRegistry::create(QStringLiteral("nn"));
    QVERIFY(model);
    QCOMPARE(model->id(), QStringLiteral("nn"));
    QVERIFY(!model->name().isEmpty());
  }

  void plantedAnalogueIsNamedFirstAndForecast() {
    const int horizon = 7;
    const Planted p = plantedPanel(horizon);
    const QJsonObject options{{"transform", "none"}, {"scale", "level"}, {"k", 1}};
    const ModelForecast f = AnalogueModel().forecast(p.panel.series[0], horizon, options, p.panel);
    checkWellFormed(f, horizon);
    QCOMPARE(f.analogues.size(), size_t(1));
    QCOMPARE(f.analogues[0].district, QStringLiteral("P"));
    QCOMPARE(f.analogues[0].start, kStart.addDays(30).toString(Qt::ISODate));
    QVERIFY(f.analogues[0].distance < 1e-9);
    // Rescaled to T's level: P's continuation divided by 3 (T's mean / P's window mean).
    for (int h = 0; h < horizon; ++h)
      QVERIFY2(std::abs(f.mean[size_t(h)] - p.continuation[size_t(h)]) < 1e-9,
               qPrintable(QString::number(f.mean[size_t(h)])));
  }

  void plantedAnalogueDominatesTheWeightedMedian() {
    const int horizon = 7;
    const Planted p = plantedPanel(horizon);
    // Default k = 10 and the default mean7 transform; a small eps lets the exact match dominate.
    const QJsonObject options{{"transform", "none"}, {"eps", 0.001}};
    const ModelForecast f = AnalogueModel().forecast(p.panel.series[0], horizon, options, p.panel);
    checkWellFormed(f, horizon);
    QCOMPARE(f.analogues.size(), size_t(10));
    QCOMPARE(f.analogues[0].district, QStringLiteral("P"));
    QCOMPARE(f.analogues[0].start, QStringLiteral("2021-01-31"));
    for (size_t i = 1; i < f.analogues.size(); ++i)
      QVERIFY(f.analogues[i - 1].distance <= f.analogues[i].distance);
    for (int h = 0; h < horizon; ++h)
      QVERIFY2(std::abs(f.mean[size_t(h)] / p.continuation[size_t(h)] - 1) < 0.02,
               qPrintable(QString::number(f.mean[size_t(h)])));
    QCOMPARE(f.details.value("analogues").toArray().size(), 10);
    QVERIFY(f.details.value("eligible_windows").toInt() > 200);
  }

  void nearDuplicatesAreSkipped() {
    std::mt19937 rng(3);
    ForecastPanel panel;
    for (int d = 0; d < 5; ++d)
      panel.series.push_back(makeSeries(QStringLiteral("D%1").arg(d), randomWalk(rng, 200, 100)));
    const int w = 14;
    const ModelForecast f = AnalogueModel().forecast(panel.series[0], 10, {}, panel);
    QCOMPARE(f.analogues.size(), size_t(10));
    for (size_t i = 0; i < f.analogues.size(); ++i)
      for (size_t j = i + 1; j < f.analogues.size(); ++j)
        if (f.analogues[i].district == f.analogues[j].district) {
          const int gap = QDate::fromString(f.analogues[i].start, Qt::ISODate)
                              .daysTo(QDate::fromString(f.analogues[j].start, Qt::ISODate));
          QVERIFY2(std::abs(gap) > w, qPrintable(f.analogues[i].start + " " + f.analogues[j].start));
        }
  }

  void noWindowReachesPastTheOrigin() {
    // Backtest: the target is cut at day 150, the panel is complete.
    std::mt19937 rng(5);
    ForecastPanel panel;
    for (int d = 0; d < 6; ++d)
      panel.series.push_back(makeSeries(QStringLiteral("D%1").arg(d), randomWalk(rng, 250, 50)));
    TimeSeries cut = panel.series[2];
    cut.values.resize(150);
    const int horizon = 14, w = 14;
    const ModelForecast f = AnalogueModel().forecast(cut, horizon, {}, panel);
    const QDate origin = kStart.addDays(149);
    for (const Analogue &a : f.analogues) {
      const QDate start = QDate::fromString(a.start, Qt::ISODate);
      QVERIFY(start.addDays(w + horizon - 1) <= origin);
      if (a.district == cut.code) // own past: continuation ends before the last window
        QVERIFY(start.addDays(w + horizon - 1) < origin.addDays(-w + 1));
    }
  }

  void intervalsWidenWithHorizon() {
    std::mt19937 rng(11);
    ForecastPanel panel;
    for (int d = 0; d < 40; ++d)
      panel.series.push_back(makeSeries(QStringLiteral("D%1").arg(d), randomWalk(rng, 300, 20 + 5 * d)));
    const int horizon = 14;
    const auto all = AnalogueModel::forecastAll(panel, horizon, {{"transform", "none"}});
    double first = 0, last = 0;
    for (const ModelForecast &f : all) {
      checkWellFormed(f, horizon);
      first += (f.hi95.front() - f.lo95.front()) / f.mean.front();
      last += (f.hi95.back() - f.lo95.back()) / f.mean.back();
    }
    QVERIFY2(last > 1.5 * first, qPrintable(QStringLiteral("%1 %2").arg(first).arg(last)));
    // And for one target: the 95 % band at 14 days is wider than at 1 day.
    const ModelForecast one = all[3];
    QVERIFY(one.hi95.back() - one.lo95.back() > one.hi95.front() - one.lo95.front());
  }

  void batchMatchesSingleAndIsDeterministic() {
    std::mt19937 rng(13);
    ForecastPanel panel;
    for (int d = 0; d < 50; ++d)
      panel.series.push_back(makeSeries(QStringLiteral("D%1").arg(d), randomWalk(rng, 180, 10 + d)));
    const QJsonObject options{{"k", 7}, {"scale", "zscore"}};
    const auto one = AnalogueModel::forecastAll(panel, 9, options, nullptr, 1);
    const auto two = AnalogueModel::forecastAll(panel, 9, options, nullptr, 2);
    QCOMPARE(one.size(), panel.series.size());
    for (size_t i = 0; i < one.size(); ++i) {
      QVERIFY(sameForecast(one[i], two[i]));
      if (i % 10 == 0) {
        const ModelForecast single = AnalogueModel().forecast(panel.series[i], 9, options, panel);
        QVERIFY(sameForecast(one[i], single));
      }
    }
    QVERIFY(sameForecast(AnalogueModel().forecast(panel.series[1], 9, options, panel),
                         AnalogueModel().forecast(panel.series[1], 9, options, panel)));
  }

  void degenerateSeries() {
    AnalogueModel model;
    const ForecastPanel none;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, model.forecast(makeSeries("E", {}), 5, {}, none));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             model.forecast(makeSeries("S", std::vector<double>(10, 1.0)), 5, {}, none));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             model.forecast(makeSeries("H", std::vector<double>(60, 1.0)), 0, {}, none));
    QVERIFY_THROWS_EXCEPTION(
        std::invalid_argument,
        model.forecast(makeSeries("O", std::vector<double>(60, 1.0)), 5, {{"transform", "cubic"}}, none));
    QVERIFY_THROWS_EXCEPTION(
        std::invalid_argument,
        model.forecast(makeSeries("K", std::vector<double>(60, 1.0)), 5, {{"k", 0}}, none));
    // Long enough for a window but not for one earlier window plus continuation.
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             model.forecast(makeSeries("N", std::vector<double>(30, 1.0)), 5, {}, none));
    // Missing values in the last window.
    std::vector<double> gap(60, 4.0);
    gap[55] = std::numeric_limits<double>::quiet_NaN();
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, model.forecast(makeSeries("G", gap), 5, {}, none));

    // Constant and all-zero series forecast themselves, with zero-width bands.
    for (double level : {0.0, 5.0}) {
      for (const char *scale : {"level", "zscore", "none"}) {
        const ModelForecast f =
            model.forecast(makeSeries("C", std::vector<double>(80, level)), 6, {{"scale", scale}}, none);
        checkWellFormed(f, 6);
        for (size_t h = 0; h < 6; ++h) {
          QCOMPARE(f.mean[h], level);
          QCOMPARE(f.lo95[h], level);
          QCOMPARE(f.hi95[h], level);
        }
      }
    }
    // Missing values earlier only make those windows ineligible.
    std::vector<double> early(80, 4.0);
    early[10] = std::numeric_limits<double>::quiet_NaN();
    checkWellFormed(model.forecast(makeSeries("G", early), 5, {}, none), 5);
  }

  void monthlyDefaultsAndLog() {
    std::mt19937 rng(17);
    std::vector<double> v = randomWalk(rng, 120, 300);
    const TimeSeries monthly = makeSeries("M", v, Frequency::Monthly);
    const ModelForecast f = AnalogueModel().forecast(monthly, 12, {{"transform", "log1p"}}, {});
    checkWellFormed(f, 12);
    QCOMPARE(f.details.value("window").toInt(), 12);
    QCOMPARE(f.analogues.front().district, QStringLiteral("M"));
    QVERIFY(f.analogues.front().start.size() == 7); // "YYYY-MM"
    for (double x : f.lo95)
      QVERIFY(x >= 0);
  }

  void batchReportsFailuresPerSeries() {
    std::mt19937 rng(19);
    ForecastPanel panel;
    panel.series.push_back(makeSeries("A", randomWalk(rng, 120, 10)));
    panel.series.push_back(makeSeries("SHORT", {1, 2, 3}));
    panel.series.push_back(makeSeries("B", randomWalk(rng, 120, 10)));
    const auto all = AnalogueModel::forecastAll(panel, 7, {});
    QCOMPARE(all.size(), size_t(3));
    checkWellFormed(all[0], 7);
    checkWellFormed(all[2], 7);
    QVERIFY(all[1].mean.empty());
    QVERIFY(!all[1].details.value("error").toString().isEmpty());
    QVERIFY(AnalogueModel::forecastAll(ForecastPanel{}, 7, {}).empty());
  }

  void fullSizeSyntheticPanel() {
    // 380 districts x 1214 days, waves with district-specific phase and size
    // (the shape of the Polish powiat data); timing lives in the benchmark.
    std::mt19937 rng(23);
    ForecastPanel panel;
    const int days = 1214;
    std::uniform_real_distribution<double> uni(0, 1);
    for (int d = 0; d < 380; ++d) {
      const double size = 5 + 200 * uni(rng), phase = 30 * uni(rng);
      std::vector<double> v(static_cast<size_t>(days));
      for (int t = 0; t < days; ++t) {
        const double wave = std::exp(3 * std::sin(2 * M_PI * (t + phase) / 180.0)) / std::exp(3.0);
        std::poisson_distribution<int> counts(size * wave + 0.2);
        v[size_t(t)] = counts(rng);
      }
      panel.series.push_back(makeSeries(QStringLiteral("%1").arg(200 + d, 4, 10, QLatin1Char('0')), v,
                                        Frequency::Daily, QDate(2020, 11, 24)));
    }
    const auto all = AnalogueModel::forecastAll(panel, 14, {});
    QCOMPARE(all.size(), size_t(380));
    for (const ModelForecast &f : all) {
      checkWellFormed(f, 14);
      QCOMPARE(f.analogues.size(), size_t(10));
    }
  }
};

QTEST_GUILESS_MAIN(TestAnalogueModel)
#include "test_analogue_model.moc"
