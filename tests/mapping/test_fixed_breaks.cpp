// ChoroplethLayer's fixed breaks: the classes of an animated map stay the
// same whatever the current frame's values are.
#include "ChoroplethLayer.h"
#include <QtTest>

using namespace epidesk;

class TestFixedBreaks : public QObject {
  Q_OBJECT

  // Four unit squares coded A..D.
  static FeatureCollectionPtr squares() {
    auto features = std::make_shared<FeatureCollection>();
    const QStringList codes{"A", "B", "C", "D"};
    for (int i = 0; i < codes.size(); ++i) {
      Feature f;
      f.code = codes[i];
      f.rings = {QPolygonF(QRectF(i, 0, 1, 1))};
      f.updateBounds();
      features->append(f);
    }
    return features;
  }

  static std::vector<double> labels(const ChoroplethLayer &layer) {
    return layer.classBreaks().upperBounds();
  }

private slots:
  void computedBreaksFollowTheValues() {
    ChoroplethLayer layer;
    layer.setFeatures(squares());
    layer.setClassifierId("equal_interval");
    layer.setClassCount(2);
    layer.setValues({{"A", 0}, {"B", 1}, {"C", 2}, {"D", 4}});
    const std::vector<double> first = labels(layer);
    layer.setValues({{"A", 0}, {"B", 10}, {"C", 20}, {"D", 40}});
    QVERIFY(labels(layer) != first); // the problem fixed breaks solve
    QVERIFY(!layer.hasFixedBreaks());
  }

  void fixedBreaksSurviveNewValues() {
    ChoroplethLayer layer;
    layer.setFeatures(squares());
    layer.setClassifierId("equal_interval");
    layer.setClassCount(2);
    const ClassBreaks all = layer.breaksFor({0, 1, 2, 4, 10, 20, 40, std::nan("")});
    QCOMPARE(all.classCount(), 2);
    QCOMPARE(all.upperBound(1), 40.0);
    layer.setFixedBreaks(all);
    QVERIFY(layer.hasFixedBreaks());

    layer.setValues({{"A", 0}, {"B", 1}, {"C", 2}, {"D", 4}});
    const QVector<LegendEntry> early = layer.legendEntries(QLocale::c());
    QCOMPARE(labels(layer), all.upperBounds());
    QCOMPARE(layer.fillColor("D"), all.color(0)); // 4 is low on the whole timeline

    layer.setValues({{"A", 0}, {"B", 10}, {"C", 20}, {"D", 40}});
    const QVector<LegendEntry> late = layer.legendEntries(QLocale::c());
    QCOMPARE(labels(layer), all.upperBounds());
    QCOMPARE(layer.fillColor("D"), all.color(1));
    QCOMPARE(early.size(), late.size());
    for (int i = 0; i < early.size(); ++i) {
      QCOMPARE(early[i].label, late[i].label);
      QCOMPARE(early[i].color, late[i].color);
    }

    layer.setFixedBreaks({}); // back to per-value classification
    QVERIFY(!layer.hasFixedBreaks());
    QCOMPARE(labels(layer), layer.breaksFor({0, 10, 20, 40}).upperBounds());
  }
};

QTEST_APPLESS_MAIN(TestFixedBreaks)
#include "test_fixed_breaks.moc"
