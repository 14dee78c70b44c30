// TrendChart keeps the country as a muted dashed reference line behind a
// selection (issue 11): on the same axis for rates, on the right axis for counts.
#include "trends/TrendChart.h"
#include <QtTest>
#include <qcustomplot.h>

using namespace epidesk;

namespace {

TrendResult yearly(GeoLevel level, bool per1000, const QMap<QString, std::vector<double>> &values) {
  TrendResult r;
  r.level = level;
  r.per1000 = per1000;
  for (auto it = values.cbegin(); it != values.cend(); ++it) {
    std::vector<SeriesPoint> points;
    for (size_t i = 0; i < it->size(); ++i)
      points.push_back({QString::number(2014 + int(i)), (*it)[i]});
    r.series.insert(it.key(), points);
    r.names.insert(it.key(), it.key() == "BR" ? QStringLiteral("Brasil") : it.key());
  }
  return r;
}

} // namespace

class TestTrendChart : public QObject {
  Q_OBJECT

private slots:
  void countryLineStaysBehindASelectedState() {
    TrendChart chart;
    chart.resize(640, 400);
    chart.show();
    const bool per1000 = true;
    chart.setResult(yearly(GeoLevel::Uf, per1000, {{"MG", {50, 60, 70}}, {"SP", {80, 70, 60}}}),
                    yearly(GeoLevel::Country, per1000, {{"BR", {66, 70, 75}}}));
    // Nothing selected: the country is the one line, drawn as a series.
    QCOMPARE(chart.graphCodes(), QStringList{"BR"});
    QVERIFY(!chart.referenceGraph());

    chart.setSelectedCodes({"MG"});
    QCOMPARE(chart.graphCodes(), QStringList{"MG"});
    QCPGraph *reference = chart.referenceGraph();
    QVERIFY(reference);
    QCOMPARE(reference->property("code").toString(), QStringLiteral("BR"));
    QCOMPARE(reference->pen().style(), Qt::DashLine);
    QCOMPARE(reference->data()->size(), 3);
    QCOMPARE(reference->data()->at(2)->value, 75.0);
    QCOMPARE(reference->valueAxis(), chart.plot()->yAxis); // rates: one axis
    QVERIFY(reference->name().contains("BR"));
    // Muted: greyer and no thicker than the selected line, painted beneath it.
    QCPGraph *mg = chart.plot()->graph(chart.plot()->graphCount() - 1);
    QCOMPARE(mg->property("code").toString(), QStringLiteral("MG"));
    QVERIFY(reference->pen().color().hsvSaturation() < mg->pen().color().hsvSaturation());
    QVERIFY(reference->pen().widthF() <= mg->pen().widthF());
    QVERIFY(chart.plot()->graph(0) == reference);
    QVERIFY(!reference->selectable());

    // Still there with two states, and after the result is replaced.
    chart.setSelectedCodes({"MG", "SP"});
    QCOMPARE(chart.graphCodes().size(), 2);
    QVERIFY(chart.referenceGraph());
    chart.setResult(yearly(GeoLevel::Uf, per1000, {{"MG", {1, 2, 3}}}),
                    yearly(GeoLevel::Country, per1000, {{"BR", {2, 2, 2}}}));
    QVERIFY(chart.referenceGraph());
    // y covers the country too.
    QVERIFY(chart.plot()->yAxis->range().upper >= 3);

    chart.setSelectedCodes({});
    QVERIFY(!chart.referenceGraph());
    QCOMPARE(chart.graphCodes(), QStringList{"BR"});
  }

  void countsPutTheCountryOnTheRightAxis() {
    TrendChart chart;
    chart.setResult(yearly(GeoLevel::Uf, false, {{"AC", {10, 12, 14}}}),
                    yearly(GeoLevel::Country, false, {{"BR", {5000, 5200, 5600}}}));
    chart.setSelectedCodes({"AC"});
    QVERIFY(chart.referenceGraph());
    QCOMPARE(chart.referenceGraph()->valueAxis(), chart.plot()->yAxis2);
    QVERIFY(chart.plot()->yAxis2->visible());
    QVERIFY(chart.plot()->yAxis->range().upper < 100); // the state is not flattened by the country
    QVERIFY(chart.plot()->yAxis2->range().upper >= 5600);
    chart.setSelectedCodes({});
    QVERIFY(!chart.plot()->yAxis2->visible());
  }

  void noReferenceAtCountryLevel() {
    TrendChart chart;
    chart.setResult(yearly(GeoLevel::Country, true, {{"BR", {1, 2, 3}}}));
    chart.setSelectedCodes({"BR"});
    QCOMPARE(chart.graphCodes(), QStringList{"BR"});
    QVERIFY(!chart.referenceGraph());
  }
};

QTEST_MAIN(TestTrendChart)
#include "test_trend_chart.moc"
