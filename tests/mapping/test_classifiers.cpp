#include "ClassBreaks.h"
#include "ClassifierRegistry.h"
#include "ColorRamp.h"
#include "EqualIntervalClassifier.h"
#include "JenksClassifier.h"
#include "QuantileClassifier.h"
#include <QtTest>
#include <cmath>
#include <limits>

using namespace epidesk;

namespace {

const double kNaN = std::numeric_limits<double>::quiet_NaN();
const double kInf = std::numeric_limits<double>::infinity();

// 17 finite values plus NaN and infinities, which every classifier must ignore.
const std::vector<double> kSmall{4,  1, kNaN, 7,  2,  9,     12, 3,  15, kInf,
                                 20, 5, 8,    30, 11, -kInf, 6,  10, 14, 25};

// Same integer LCG as reference/classify_reference.py: values in [0, 100), one decimal.
std::vector<double> lcg(int n) {
  std::vector<double> out;
  qint64 x = 12345;
  for (int i = 0; i < n; ++i) {
    x = (1103515245LL * x + 12345) % (1LL << 31);
    out.push_back(static_cast<double>(x % 1000) / 10.0);
  }
  return out;
}

void compareBreaks(const std::vector<double> &actual, const std::vector<double> &expected) {
  QCOMPARE(actual.size(), expected.size());
  for (std::size_t i = 0; i < actual.size(); ++i)
    QVERIFY2(std::abs(actual[i] - expected[i]) < 1e-9,
             qPrintable(QStringLiteral("break %1: %2 != %3").arg(i).arg(actual[i]).arg(expected[i])));
}

} // namespace

// Expected values: tests/mapping/reference/classify_reference.py (numpy.quantile
// method="linear"; Jenks by brute force over all partitions for kSmall and by
// Jenks' original variance-matrix algorithm for the LCG data, both checked
// against each other there).
class TestClassifiers : public QObject {
  Q_OBJECT
private slots:
  void quantileMatchesNumpy() {
    const QuantileClassifier q;
    compareBreaks(q.breaks(kSmall, 4), {5.0, 9.0, 14.0, 30.0});
    compareBreaks(q.breaks(kSmall, 5), {4.2, 7.4, 10.6, 14.8, 30.0});
    const auto big = lcg(200);
    QCOMPARE(big.front(), 60.6); // same data as the Python script
    compareBreaks(q.breaks(big, 5), {19.6, 36.480000000000004, 61.64, 76.44000000000001, 99.5});
    compareBreaks(q.breaks(big, 7), {12.114285714285714, 28.542857142857144, 38.928571428571416,
                                     59.55714285714285, 70.55714285714285, 81.1, 99.5});
  }
  void equalInterval() {
    compareBreaks(EqualIntervalClassifier().breaks(kSmall, 4), {8.25, 15.5, 22.75, 30.0});
  }
  void jenksMatchesBruteForce() {
    const JenksClassifier j;
    compareBreaks(j.breaks(kSmall, 3), {7, 15, 30});
    compareBreaks(j.breaks(kSmall, 4), {6, 12, 20, 30});
    compareBreaks(j.breaks(kSmall, 5), {5, 10, 15, 20, 30});
  }
  void jenksMatchesClassicAlgorithm() {
    const auto big = lcg(200);
    compareBreaks(JenksClassifier().breaks(big, 5), {21.0, 45.9, 64.5, 81.8, 99.5});
    compareBreaks(JenksClassifier().breaks(big, 7), {9.7, 21.0, 34.1, 50.8, 68.6, 83.5, 99.5});
  }
  void jenksLargeInputIsSampledDeterministically() {
    const auto big = lcg(20000);
    QElapsedTimer timer;
    timer.start();
    const auto a = JenksClassifier().breaks(big, 6);
    QVERIFY2(timer.elapsed() < 5000, "sampling keeps Jenks fast");
    QCOMPARE(a.size(), std::size_t(6));
    QCOMPARE(a.back(), *std::max_element(big.begin(), big.end()));
    QVERIFY(std::is_sorted(a.begin(), a.end()));
    QCOMPARE(JenksClassifier().breaks(big, 6), a);
  }
  void edgeCases_data() {
    QTest::addColumn<QString>("id");
    for (const QString &id : ClassifierRegistry::ids())
      QTest::newRow(qPrintable(id)) << id;
  }
  void edgeCases() {
    QFETCH(QString, id);
    const auto c = ClassifierRegistry::create(id);
    QVERIFY(c);
    QVERIFY(c->breaks({}, 5).empty());
    QVERIFY(c->breaks({kNaN, kInf, -kInf}, 5).empty());
    QVERIFY(c->breaks({1, 2, 3}, 0).empty());
    QCOMPARE(c->breaks({7, 7, 7, kNaN}, 5), std::vector<double>{7});
    QCOMPARE(c->breaks({1, 5, 9}, 1), std::vector<double>{9});
    // Fewer distinct values than classes: at most one class per distinct value.
    const auto b = c->breaks({1, 1, 2, 2, 3}, 5);
    QVERIFY(b.size() <= 3 && !b.empty());
    QCOMPARE(b.back(), 3.0);
    QVERIFY(std::adjacent_find(b.begin(), b.end(), std::greater_equal<double>()) ==
            b.end()); // strictly ascending
    if (id == QLatin1String("jenks"))
      QCOMPARE(b, (std::vector<double>{1, 2, 3}));
    if (id == QLatin1String("quantile")) // 1 holds 2/5 >= 1/3 of the values: a class of its own
      compareBreaks(b, {1, 2, 3});
  }
  void registryListsTheThree() {
    QCOMPARE(ClassifierRegistry::ids(), (QStringList{"quantile", "equal_interval", "jenks"}));
    for (const QString &id : ClassifierRegistry::ids()) {
      QCOMPARE(ClassifierRegistry::create(id)->id(), id);
      QVERIFY(!ClassifierRegistry::displayName(id).isEmpty());
    }
    QVERIFY(!ClassifierRegistry::create("nope"));
    QVERIFY(ClassifierRegistry::create(ClassifierRegistry::defaultId()));
  }
  void classBreaksAssignAndLabel() {
    const auto breaks =
        ClassBreaks::compute(QuantileClassifier(), kSmall, 4, ColorRamp::byId(QStringLiteral("Blues")));
    QCOMPARE(breaks.classCount(), 4);
    QCOMPARE(breaks.minimum(), 1.0);
    QCOMPARE(breaks.classOf(1), 0);
    QCOMPARE(breaks.classOf(5), 0); // upper bound inclusive
    QCOMPARE(breaks.classOf(5.5), 1);
    QCOMPARE(breaks.classOf(30), 3);
    QCOMPARE(breaks.classOf(99), 3);
    QCOMPARE(breaks.classOf(kNaN), -1);
    QCOMPARE(breaks.label(0, QLocale::c()), QString::fromUtf8("1 – 5"));
    QCOMPARE(breaks.label(1, QLocale(QLocale::Portuguese, QLocale::Brazil), 1),
             QString::fromUtf8("6,0 – 9,0")); // whole numbers: (5, 9] holds 6..9
    const ClassBreaks fractional(0.5, {4.2, 7.45, 10}, {});
    QCOMPARE(fractional.suggestedDecimals(), 1);
    QCOMPARE(fractional.label(1, QLocale::c()), QString::fromUtf8("4.2 – 7.5"));
    QCOMPARE(ClassBreaks(0, {0.01, 0.02}, {}).suggestedDecimals(), 3);
    QVERIFY(breaks.color(0).lightness() > breaks.color(3).lightness()); // low = light
  }
  void colorRamps() {
    QCOMPARE(ColorRamp::ids().size(), 5);
    for (const QString &id : ColorRamp::ids()) {
      const auto ramp = ColorRamp::byId(id);
      QCOMPARE(ramp.id(), id);
      const auto colors = ramp.sample(7);
      QCOMPARE(colors.size(), 7);
      QCOMPARE(colors.first(), ramp.stops().first());
      QCOMPARE(colors.last(), ramp.stops().last());
    }
    QCOMPARE(ColorRamp::byId("unknown").id(), ColorRamp::defaultId());
    QCOMPARE(ColorRamp::byId("Blues").reversed().colorAt(0), ColorRamp::byId("Blues").colorAt(1));
    QCOMPARE(ColorRamp::byId("Blues").sample(1).size(), 1);
  }
};

QTEST_GUILESS_MAIN(TestClassifiers)
#include "test_classifiers.moc"
