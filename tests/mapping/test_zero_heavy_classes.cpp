// Issue 11: classes of zero-heavy data (daily counts per district) are never
// empty or zero-width, in every mode, on synthetic data and on the real
// Polish daily series of the shared data.
#include "ChoroplethLayer.h"
#include "ClassBreaks.h"
#include "ClassifierRegistry.h"
#include "ColorRamp.h"
#include <QFile>
#include <QHash>
#include <QtTest>
#include <random>

using namespace epidesk;

namespace {

// Every district-day of new cases, zeros included (the source omits rows
// whose counts are both zero), as the forecast map's history frames hold them.
std::vector<double> polishDailyCases() {
  QFile file(QStringLiteral(EPIDESK_SHARED_DIR "/data/pl/covid_cases_powiat_daily.tsv"));
  if (!file.open(QIODevice::ReadOnly))
    return {};
  file.readLine();
  QHash<QByteArray, QHash<QByteArray, double>> byDistrict;
  QSet<QByteArray> days;
  while (!file.atEnd()) {
    const QList<QByteArray> f = file.readLine().trimmed().split('\t');
    if (f.size() < 4 || f[2] == "NA" || f[2] == "\"NA\"")
      continue;
    byDistrict[f[2]][f[3]] += f[0].toDouble();
    days.insert(f[3]);
  }
  std::vector<double> out;
  for (auto it = byDistrict.cbegin(); it != byDistrict.cend(); ++it)
    for (const QByteArray &day : days)
      out.push_back(it.value().value(day, 0.0));
  return out;
}

// 70 % zeros, then a long right tail of small counts and a few large ones.
std::vector<double> syntheticZeroHeavy() {
  std::mt19937 rng(11);
  std::geometric_distribution<int> small(0.3);
  std::vector<double> out;
  for (int i = 0; i < 5000; ++i)
    out.push_back(i % 10 < 7 ? 0.0 : double(small(rng)) + (i % 97 == 0 ? 4000 : 0));
  return out;
}

// Class sizes of values under breaks.
QVector<int> classSizes(const ClassBreaks &breaks, const std::vector<double> &values) {
  QVector<int> sizes(breaks.classCount(), 0);
  for (double v : values)
    if (breaks.classOf(v) >= 0)
      ++sizes[breaks.classOf(v)];
  return sizes;
}

void checkNoEmptyClass(const QString &id, const std::vector<double> &values, int classes) {
  const auto classifier = ClassifierRegistry::create(id);
  const ClassBreaks breaks =
      ClassBreaks::compute(*classifier, values, classes, ColorRamp::byId(ColorRamp::defaultId()));
  QVERIFY(breaks.classCount() >= 2);
  const QVector<int> sizes = classSizes(breaks, values);
  QStringList legend;
  for (int c = 0; c < breaks.classCount(); ++c) {
    legend << QStringLiteral("%1 (%2)").arg(breaks.label(c, QLocale::c())).arg(sizes[c]);
    QVERIFY2(sizes[c] > 0, qPrintable(id + QStringLiteral(": empty class ") + legend.join(", ")));
    if (c > 0)
      QVERIFY(breaks.upperBound(c) > breaks.upperBound(c - 1));
  }
  QVERIFY2(!legend.join(',').contains(QString::fromUtf8("0 – 0")), qPrintable(legend.join(", ")));
  QCOMPARE(legend.removeDuplicates(), 0);
  // Zero dominates: it is a class of its own, labelled "0".
  QCOMPARE(breaks.upperBound(0), 0.0);
  QCOMPARE(breaks.label(0, QLocale::c()), QStringLiteral("0"));
  qInfo("%s, %d classes asked: %s", qPrintable(id), classes, qPrintable(legend.join(", ")));
}

} // namespace

class TestZeroHeavyClasses : public QObject {
  Q_OBJECT
private slots:
  void synthetic_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("classes");
    for (const QString &id : ClassifierRegistry::ids())
      for (int k : {2, 3, 5, 7, 9})
        QTest::newRow(qPrintable(QStringLiteral("%1/%2").arg(id).arg(k))) << id << k;
  }
  void synthetic() {
    QFETCH(QString, id);
    QFETCH(int, classes);
    checkNoEmptyClass(id, syntheticZeroHeavy(), classes);
  }

  void polishDailyCounts_data() {
    QTest::addColumn<QString>("id");
    for (const QString &id : ClassifierRegistry::ids())
      QTest::newRow(qPrintable(id)) << id;
  }
  void polishDailyCounts() {
    QFETCH(QString, id);
    static const std::vector<double> values = polishDailyCases();
    if (values.empty())
      QSKIP("needs the shared data in " EPIDESK_SHARED_DIR);
    QVERIFY(values.size() > 380 * 1000);
    checkNoEmptyClass(id, values, 5);
  }

  // The minimum gets its own class only when it holds 1/classes of the values.
  void minimumClassOnlyWhenItDominates() {
    const auto q = ClassifierRegistry::create(QStringLiteral("quantile"));
    QCOMPARE(q->breaks({0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, 5).front(), 1.8);
    QCOMPARE(q->breaks({0, 0, 2, 3, 4, 5, 6, 7, 8, 9}, 5), (std::vector<double>{0, 3.75, 5.5, 7.25, 9}));
  }

  // Equal interval on a skewed distribution: the empty middle classes merge.
  void equalIntervalMergesEmptyClasses() {
    const auto e = ClassifierRegistry::create(QStringLiteral("equal_interval"));
    QCOMPARE(e->breaks({1, 2, 3, 4, 100}, 4), (std::vector<double>{25.75, 100}));
  }

  void integerLabelsDoNotOverlap() {
    const ClassBreaks b(0, {0, 3, 12, 3956}, {}, true);
    QCOMPARE(b.label(0, QLocale::c()), QStringLiteral("0"));
    QCOMPARE(b.label(1, QLocale::c()), QString::fromUtf8("1 – 3"));
    QCOMPARE(b.label(2, QLocale::c()), QString::fromUtf8("4 – 12"));
    QCOMPARE(b.label(3, QLocale(QLocale::English)), QString::fromUtf8("13 – 3,956"));
    QCOMPARE(ClassBreaks(0, {0, 1, 5}, {}, true).label(1, QLocale::c()), QStringLiteral("1"));
    // Fractional bounds of whole-number values (quantile interpolation, equal interval).
    QCOMPARE(ClassBreaks(0, {0, 3.75, 801.4}, {}, true).label(2, QLocale::c()), QString::fromUtf8("4 – 801"));
    // Fractional values keep the shared bounds.
    QCOMPARE(ClassBreaks(0, {0, 3, 12}, {}, false).label(1, QLocale::c()), QString::fromUtf8("0 – 3"));
  }

  void legendShowsCounts() {
    auto features = std::make_shared<FeatureCollection>();
    QHash<QString, double> values;
    for (int i = 0; i < 10; ++i) {
      Feature f;
      f.code = QString::number(i);
      f.rings = {QPolygonF(QRectF(i, 0, 1, 1))};
      f.updateBounds();
      features->append(f);
      values.insert(f.code, i < 6 ? 0 : i);
    }
    values.remove(QStringLiteral("9"));
    ChoroplethLayer layer;
    layer.setFeatures(features);
    layer.setClassCount(3);
    layer.setValues(values);
    QStringList legend;
    for (const LegendEntry &e : layer.legendEntries(QLocale::c()))
      legend << e.text(QLocale::c());
    QCOMPARE(legend, (QStringList{"0 (6)", QString::fromUtf8("1 – 7 (2)"), "8 (1)", "No data (1)"}));
  }
};

QTEST_GUILESS_MAIN(TestZeroHeavyClasses)
#include "test_zero_heavy_classes.moc"
