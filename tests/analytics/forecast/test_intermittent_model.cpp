// Intermittent demand model (TSB, Croston, SBA).
//
// - Croston with alpha 0.1 against R forecast::croston (data/intermittent_reference.json
//   from data/make_intermittent_reference.R, R 4.2 / forecast 8.20): the forecast
//   and every in-sample one-step forecast (R's fitted values = forecasts from
//   each prefix) within 1e-9 relative.
// - TSB against an independent numpy computation (run with /usr/bin/python3 in
//   tests/analytics/forecast/data; numpy 1.24), which printed the constants below:
//
//     import numpy as np, sys
//     def tsb(y, a, b):
//         p = np.mean(y > 0); z = y[y > 0].mean(); sse = 0.0
//         for v in y:
//             sse += (v - p * z) ** 2
//             if v > 0: p += b * (1 - p); z += a * (v - z)
//             else: p -= b * p
//         return sse, p, z
//     for f in sys.argv[1:]:
//         y = np.loadtxt(f, delimiter=",", skiprows=1, usecols=1)
//         g = np.arange(1, 51) / 100
//         sse = np.array([[tsb(y, a, b)[0] for b in g] for a in g])
//         i, j = np.unravel_index(np.argmin(sse), sse.shape)  # first minimum, alpha-major
//         _, p, z = tsb(y, g[i], g[j])
//         print(f, g[i], g[j], p, z, p * z, sse[i, j] / len(y))
//
// - Intervals on real data: daily COVID-19 cases of three small powiats
//   (data/covid_cases_t*.csv: the last 180 days to 2024-03-21 of
//   ../shared/data/pl/covid_cases_powiat_daily.tsv, missing days filled with 0):
//   finite, >= 0, upper bounds > 0, and the 95 % intervals' empirical coverage on
//   20 rolling origins (every 7 days, horizon 7, refitted on the past only)
//   pooled over the three series between 0.85 and 0.99.
#include "IntermittentModel.h"
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <QtTest>
#include <cmath>

using namespace epidesk;

namespace {
std::vector<double> doubles(const QJsonValue &v) {
  std::vector<double> out;
  for (const QJsonValue &x : v.toArray())
    out.push_back(x.isNull() ? std::nan("") : x.toDouble());
  return out;
}

// "period,value" with a header; the tests need nothing more than that.
TimeSeries readCsv(const QString &path) {
  TimeSeries s;
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
    return s;
  QTextStream in(&f);
  in.readLine();
  while (!in.atEnd()) {
    const QStringList cells = in.readLine().split(QLatin1Char(','));
    if (cells.size() < 2)
      continue;
    if (s.values.empty()) {
      const auto label = TimeSeries::parseLabel(cells[0].trimmed());
      if (!label)
        return {};
      s.frequency = label->first;
      s.start = label->second;
    }
    s.values.push_back(cells[1].toDouble());
  }
  s.code = QFileInfo(path).baseName();
  return s;
}

TimeSeries fixture(const QString &name) {
  return readCsv(QFINDTESTDATA("data/" + name + ".csv"));
}

TimeSeries head(const TimeSeries &s, int n) {
  TimeSeries out = s;
  out.values.resize(size_t(n));
  return out;
}

bool close(double a, double b, double rel) {
  return std::fabs(a - b) <= rel * std::max(1.0, std::fabs(b));
}

const char *const kPowiats[] = {"covid_cases_t0265", "covid_cases_t1217", "covid_cases_t2014"};
} // namespace

class TestIntermittentModel : public QObject {
  Q_OBJECT
  QJsonObject reference;

private slots:
  void initTestCase() {
    QFile f(QFINDTESTDATA("data/intermittent_reference.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    reference = QJsonDocument::fromJson(f.readAll()).object();
    QVERIFY(reference.size() >= 4);
  }

  void crostonMatchesR_data() {
    QTest::addColumn<QString>("name");
    for (const QString &name : reference.keys())
      if (!name.startsWith(QLatin1Char('_')))
        QTest::newRow(qPrintable(name)) << name;
  }

  void crostonMatchesR() {
    QFETCH(QString, name);
    const TimeSeries s = fixture(name);
    QVERIFY(s.size() > 100);
    const QJsonObject r = reference[name].toObject();
    const QJsonObject options{{"method", "croston"}, {"alpha", 0.1}};
    const IntermittentModel model;
    const ModelForecast f = model.forecast(s, 7, options, {});
    const std::vector<double> mean = doubles(r["mean"]);
    for (int i = 0; i < 7; ++i)
      QVERIFY2(close(f.mean[i], mean[i], 1e-9),
               qPrintable(QStringLiteral("%1 vs R %2").arg(f.mean[i]).arg(mean[i])));
    const std::vector<double> fitted = doubles(r["fitted"]);
    QCOMPARE(int(fitted.size()), s.size());
    for (int i = model.minimumLength(s); i < s.size(); ++i) {
      const double ours = model.forecast(head(s, i), 1, options, {}).mean[0];
      QVERIFY2(close(ours, fitted[i], 1e-9),
               qPrintable(QStringLiteral("fitted[%1] %2 vs R %3").arg(i).arg(ours).arg(fitted[i])));
    }
  }

  void tsbMatchesNumpy_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("alpha");
    QTest::addColumn<double>("beta");
    QTest::addColumn<double>("probability");
    QTest::addColumn<double>("size");
    QTest::addColumn<double>("mse");
    QTest::newRow("synthetic") << "intermittent_synthetic" << 0.01 << 0.01 << 0.231694212422132
                               << 2.337995443891 << 1.25896263388964;
    QTest::newRow("t2014") << "covid_cases_t2014" << 0.01 << 0.10 << 0.0157072624078071 << 1.3220342184746
                           << 0.285539610182339;
    QTest::newRow("t0265") << "covid_cases_t0265" << 0.33 << 0.10 << 0.000456464347150027 << 1.55010267725975
                           << 0.741243996974469;
    QTest::newRow("t1217") << "covid_cases_t1217" << 0.50 << 0.04 << 0.037613942701701 << 1.06360149383545
                           << 0.127466654866482;
  }

  void tsbMatchesNumpy() {
    QFETCH(QString, name);
    QFETCH(double, alpha);
    QFETCH(double, beta);
    QFETCH(double, probability);
    QFETCH(double, size);
    QFETCH(double, mse);
    const ModelForecast f = IntermittentModel().forecast(fixture(name), 7, {}, {});
    QCOMPARE(f.details["form"].toString(), QStringLiteral("TSB"));
    QVERIFY(close(f.details["alpha"].toDouble(), alpha, 1e-12));
    QVERIFY(close(f.details["beta"].toDouble(), beta, 1e-12));
    QVERIFY(close(f.details["demand_probability"].toDouble(), probability, 1e-9));
    QVERIFY(close(f.details["demand_size"].toDouble(), size, 1e-9));
    QVERIFY(close(f.details["mse"].toDouble(), mse, 1e-9));
    for (double v : f.mean)
      QVERIFY(close(v, probability * size, 1e-9));
  }

  void sbaIsDeflatedCroston() {
    const TimeSeries s = fixture("intermittent_synthetic");
    const double croston =
        IntermittentModel().forecast(s, 1, {{"method", "croston"}, {"alpha", 0.2}}, {}).mean[0];
    const double sba = IntermittentModel().forecast(s, 1, {{"method", "sba"}, {"alpha", 0.2}}, {}).mean[0];
    QVERIFY(close(sba, croston * 0.9, 1e-12));
  }

  void powiatIntervals_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("method");
    for (const char *name : kPowiats)
      for (const char *method : {"tsb", "croston", "sba"})
        QTest::newRow(qPrintable(QStringLiteral("%1/%2").arg(name, method))) << name << method;
  }

  void powiatIntervals() {
    QFETCH(QString, name);
    QFETCH(QString, method);
    const TimeSeries s = fixture(name);
    const ModelForecast f = IntermittentModel().forecast(s, 7, {{"method", method}}, {});
    for (int i = 0; i < 7; ++i) {
      for (double v : {f.mean[i], f.lo80[i], f.hi80[i], f.lo95[i], f.hi95[i]}) {
        QVERIFY(std::isfinite(v));
        QVERIFY(v >= 0);
      }
      QVERIFY(f.mean[i] > 0);
      QVERIFY(f.hi95[i] > 0 && f.hi80[i] > 0);
      QVERIFY(f.hi95[i] > f.lo95[i]);
      QVERIFY(f.lo95[i] <= f.lo80[i] && f.lo80[i] <= f.mean[i] && f.mean[i] <= f.hi80[i] &&
              f.hi80[i] <= f.hi95[i]);
    }
    qInfo("%s %s: forecast %.4f, 80 %% [%.3f, %.3f], 95 %% [%.3f, %.3f], alpha %.2f beta %.2f",
          qPrintable(name), qPrintable(method), f.mean[0], f.lo80[0], f.hi80[0], f.lo95[0], f.hi95[0],
          f.details["alpha"].toDouble(), f.details["beta"].toDouble());
  }

  void rollingCoverage_data() {
    QTest::addColumn<QString>("method");
    for (const char *method : {"tsb", "croston", "sba"})
      QTest::newRow(method) << method;
  }

  void rollingCoverage() {
    QFETCH(QString, method);
    const int origins = 20, h = 7;
    int covered95 = 0, covered80 = 0, total = 0;
    for (const char *name : kPowiats) {
      const TimeSeries s = fixture(name);
      int c95 = 0, c80 = 0, count = 0;
      for (int o = origins; o >= 1; --o) {
        const int cut = s.size() - o * h;
        const ModelForecast f = IntermittentModel().forecast(head(s, cut), h, {{"method", method}}, {});
        for (int i = 0; i < h; ++i) {
          const double y = s.values[size_t(cut + i)];
          c95 += y >= f.lo95[i] && y <= f.hi95[i];
          c80 += y >= f.lo80[i] && y <= f.hi80[i];
          ++count;
        }
      }
      qInfo("%s %s: coverage 95 %% %.3f, 80 %% %.3f (%d values)", name, qPrintable(method),
            double(c95) / count, double(c80) / count, count);
      covered95 += c95;
      covered80 += c80;
      total += count;
    }
    const double coverage = double(covered95) / total;
    qInfo("%s pooled: coverage 95 %% %.3f, 80 %% %.3f (%d values)", qPrintable(method), coverage,
          double(covered80) / total, total);
    if (method == QLatin1String("tsb"))
      QVERIFY2(coverage >= 0.85 && coverage <= 0.99, qPrintable(QString::number(coverage)));
  }

  void zerosAndRejections() {
    TimeSeries s;
    s.code = QStringLiteral("s");
    s.frequency = Frequency::Daily;
    s.start = QDate(2024, 1, 1);
    s.values.assign(30, 0.0);
    ModelForecast f = IntermittentModel().forecast(s, 3, {}, {});
    QCOMPARE(f.mean, std::vector<double>(3, 0.0)); // no demand ever: nothing to spread
    QCOMPARE(f.hi95, std::vector<double>(3, 0.0));

    // One old case: still a small forecast with a non-degenerate interval.
    s.values[2] = 1;
    for (const char *method : {"tsb", "croston", "sba"}) {
      f = IntermittentModel().forecast(s, 3, {{"method", method}}, {});
      QVERIFY(f.mean[0] > 0);
      QVERIFY(f.hi95[0] > 0);
    }

    s.values[5] = 2.5; // amounts are fine
    QVERIFY(IntermittentModel().forecast(s, 3, {}, {}).mean[0] > 0);
    s.values[5] = -1;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, IntermittentModel().forecast(s, 3, {}, {}));
    s.values[5] = std::nan("");
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, IntermittentModel().forecast(s, 3, {}, {}));
    s.values[5] = 0;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, IntermittentModel().forecast(s, 0, {}, {}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             IntermittentModel().forecast(s, 3, {{"method", "x"}}, {}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, IntermittentModel().forecast(s, 3, {{"alpha", 1.5}}, {}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, IntermittentModel().forecast(head(s, 3), 3, {}, {}));
  }

  void isIntermittent() {
    for (const char *name : kPowiats)
      QVERIFY(IntermittentModel::isIntermittent(fixture(name)));
    QVERIFY(IntermittentModel::isIntermittent(fixture("intermittent_synthetic")));
    std::vector<double> busy(200);
    for (size_t i = 0; i < busy.size(); ++i)
      busy[i] = 10 + double(i % 7);
    QVERIFY(!IntermittentModel::isIntermittent(busy));
    busy[0] = -1;
    QVERIFY(!IntermittentModel::isIntermittent(busy));
    // Zeros in only the last 104 values count: 40 % zeros there.
    std::vector<double> recent(300, 5.0);
    for (size_t i = 200; i < 300; i += 5)
      recent[i] = recent[i + 1] = 0;
    QVERIFY(IntermittentModel::isIntermittent(recent));
    QVERIFY(!IntermittentModel::isIntermittent(recent, 300));
  }
};

QTEST_GUILESS_MAIN(TestIntermittentModel)
#include "test_intermittent_model.moc"
