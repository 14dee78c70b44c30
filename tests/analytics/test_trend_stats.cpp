// Kendall tau-b / Mann-Kendall / Sen's slope against scipy 1.10.1.
// Reference values: data/kendall_reference.json, written by data/make_reference.py
// (scipy.stats.kendalltau(x, y) defaults and scipy.stats.theilslopes(y, x).slope;
// S, Var S and z from the Kendall 1970 formulas written out in that script).
#include "MannKendall.h"
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>
#include <random>

using namespace epidesk;

namespace {

std::vector<double> toVector(const QJsonValue &v) {
  std::vector<double> out;
  for (const QJsonValue &e : v.toArray())
    out.push_back(e.toDouble());
  return out;
}

double refNumber(const QJsonValue &v) {
  return v.isNull() ? std::numeric_limits<double>::quiet_NaN() : v.toDouble();
}

// Relative tolerance 1e-9 (absolute near 0); NaN only matches NaN.
bool close(double actual, double expected, double rel = 1e-9) {
  if (std::isnan(expected) || std::isnan(actual))
    return std::isnan(expected) && std::isnan(actual);
  return std::fabs(actual - expected) <= rel * std::max(std::fabs(expected), 1e-300) ||
         std::fabs(actual - expected) <= 1e-15;
}

QJsonArray referenceCases() {
  QFile f(QStringLiteral(EPIDESK_TEST_DATA_DIR "/kendall_reference.json"));
  if (!f.open(QIODevice::ReadOnly))
    return {};
  return QJsonDocument::fromJson(f.readAll()).object().value("cases").toArray();
}

#define VERIFY_CLOSE(actual, expected)                                                                       \
  QVERIFY2(close(actual, expected), qPrintable(QStringLiteral("%1 = %2, expected %3")                        \
                                                   .arg(#actual)                                             \
                                                   .arg(actual, 0, 'g', 17)                                  \
                                                   .arg(expected, 0, 'g', 17)))

} // namespace

class TestTrendStats : public QObject {
  Q_OBJECT
private slots:
  void matchesScipy_data() {
    QTest::addColumn<QJsonObject>("ref");
    const QJsonArray cases = referenceCases();
    QVERIFY2(cases.size() >= 14, "kendall_reference.json missing or incomplete");
    for (const QJsonValue &c : cases)
      QTest::newRow(qPrintable(c.toObject().value("name").toString())) << c.toObject();
  }

  void matchesScipy() {
    QFETCH(QJsonObject, ref);
    const TrendTest t = MannKendall::test(toVector(ref.value("x")), toVector(ref.value("y")));
    QCOMPARE(t.n, ref.value("x").toArray().size());
    VERIFY_CLOSE(t.tau, refNumber(ref.value("tau")));
    VERIFY_CLOSE(t.pValue, refNumber(ref.value("p_value")));
    QCOMPARE(t.method, ref.value("method").toString());
    QCOMPARE(t.s, ref.value("s").toDouble());
    VERIFY_CLOSE(t.varS, ref.value("var_s").toDouble());
    VERIFY_CLOSE(t.z, refNumber(ref.value("z")));
    VERIFY_CLOSE(t.senSlope, refNumber(ref.value("sen_slope")));
  }

  void fewerThanTwoPointsIsUndefined() {
    for (const std::vector<double> &v : {std::vector<double>{}, std::vector<double>{3.0}}) {
      const TrendTest t = MannKendall::test(v, v);
      QCOMPARE(t.n, int(v.size()));
      QVERIFY(std::isnan(t.tau) && std::isnan(t.pValue) && std::isnan(t.z) && std::isnan(t.senSlope));
      QVERIFY(std::isnan(t.s) && std::isnan(t.varS));
      QVERIFY(t.method.isEmpty());
      QVERIFY(!t.isSignificant());
    }
  }

  void nanPropagatesLikeScipy() {
    const TrendTest t = MannKendall::test({0, 1, 2, 3}, {1, std::nan(""), 3, 4});
    QCOMPARE(t.n, 4);
    QVERIFY(std::isnan(t.tau) && std::isnan(t.pValue));
  }

  void constantSeriesHasNoTrend() {
    const TrendTest t = MannKendall::test({0, 1, 2, 3, 4}, {7, 7, 7, 7, 7});
    QVERIFY(std::isnan(t.tau) && std::isnan(t.pValue) && std::isnan(t.z));
    QCOMPARE(t.s, 0.0);
    QCOMPARE(t.varS, 0.0);
    QCOMPARE(t.senSlope, 0.0);
    QVERIFY(!t.isSignificant());
  }

  void senSlopeMedianOfPairs() {
    // Slopes 1, 3, 2 (odd) -> 2; all x equal -> NaN.
    QCOMPARE(SenSlope::estimate({0, 1, 2}, {0, 1, 4}), 2.0);
    QVERIFY(std::isnan(SenSlope::estimate({1, 1, 1}, {0, 1, 4})));
    // Tied x pair skipped, leaving an even count: slopes 1, 2 -> 1.5.
    QCOMPARE(SenSlope::estimate({0, 1, 1}, {0, 1, 2}), 1.5);
  }

  void largeSeriesIsFast() {
    std::mt19937 gen(7);
    std::normal_distribution<double> noise(0, 5);
    std::vector<double> x(600), y(600);
    for (int i = 0; i < 600; ++i) {
      x[size_t(i)] = i;
      y[size_t(i)] = std::round(0.05 * i + noise(gen)); // rounding creates ties
    }
    QElapsedTimer timer;
    timer.start();
    const TrendTest t = MannKendall::test(x, y);
    QVERIFY2(timer.elapsed() < 2000, "Mann-Kendall on 600 points took too long");
    QCOMPARE(t.method, QStringLiteral("asymptotic"));
    QVERIFY(t.tau > 0 && t.pValue < 1e-6);
  }

  void exactDistributionDoesNotOverflow() {
    // n = 150 with a single discordant pair takes the exact branch (2 / 149!).
    std::vector<double> x(150), y(150);
    for (int i = 0; i < 150; ++i)
      x[size_t(i)] = y[size_t(i)] = i;
    std::swap(y[3], y[4]);
    const TrendTest t = MannKendall::test(x, y);
    QCOMPARE(t.method, QStringLiteral("exact"));
    QVERIFY(t.pValue > 0 && t.pValue < 1e-250 && std::isfinite(t.pValue));
  }
};

QTEST_GUILESS_MAIN(TestTrendStats)
#include "test_trend_stats.moc"
