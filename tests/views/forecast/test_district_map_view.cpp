#include "ChoroplethLayer.h"
#include "forecast/DistrictMapView.h"
#include "ForecastTestData.h"
#include "MapScene.h"
#include "map/MapWidget.h"
#include <QSlider>
#include <QToolButton>
#include <QtTest>

using namespace epidesk;

class TestDistrictMapView : public QObject {
  Q_OBJECT
  FeatureCollectionPtr m_features;
  std::vector<TimeSeries> m_series;
  ForecastResult m_result;

private slots:
  void initTestCase() {
    DistrictMapView view;
    QString error;
    QVERIFY2(view.loadBoundaries(testing::powiatBoundaries(), &error), qPrintable(error));
    m_features = view.features();
    QCOMPARE(m_features->size(), 380);
    for (int i = 0; i < m_features->size(); ++i)
      m_series.push_back(testing::wave(m_features->at(i).code, i, 30));
    m_result.model = QStringLiteral("ets");
    m_result.horizon = 7;
    for (const TimeSeries &s : m_series)
      m_result.forecasts.insert(s.code, testing::fakeForecast(s, 7));
  }

  void valuesColourFeatures() {
    DistrictMapView view;
    view.setFeatures(m_features, QStringLiteral("albers_poland"));
    ChoroplethLayer *layer = view.mapWidget()->scene()->primaryLayer();
    QVERIFY(layer);
    // No data yet: everything in the no-data colour.
    QCOMPARE(layer->fillColor(QStringLiteral("0201")), layer->noDataColor());

    view.setIndicatorName(QStringLiteral("New cases"));
    view.setData(m_series, m_result);
    QCOMPARE(view.historyStepCount(), 30);
    QCOMPARE(view.stepCount(), 37);
    QCOMPARE(view.currentStep(), 29); // the last observed date
    QCOMPARE(layer->values().size(), 380);
    QSet<QRgb> colours;
    for (int i = 0; i < m_features->size(); ++i) {
      QVERIFY(layer->hasValueAt(i));
      colours.insert(layer->fillColorAt(i).rgb());
    }
    QVERIFY(colours.size() >= 3);
    QVERIFY(!colours.contains(layer->noDataColor().rgb()));
    QVERIFY(layer->legendTitle().contains(QStringLiteral("New cases")));
    QVERIFY(layer->legendTitle().contains(QStringLiteral("2021-01-30")));
  }

  // Colour classes come from every frame at once: the legend and the colour
  // of a value do not change while the slider moves.
  void framesKeepTheirBreaks() {
    // A growing epidemic: early frames would get their own, lower classes.
    std::vector<TimeSeries> growing = m_series;
    for (TimeSeries &s : growing)
      for (int t = 0; t < s.size(); ++t)
        s.values[size_t(t)] *= 1 + t;
    ForecastResult result;
    result.model = QStringLiteral("ets");
    result.horizon = 7;
    for (const TimeSeries &s : growing)
      result.forecasts.insert(s.code, testing::fakeForecast(s, 7));
    growing.push_back(testing::wave(QStringLiteral("PL"), 0, 30)); // not on the map
    growing.back().values.back() = 1e9;

    DistrictMapView view;
    view.setData(growing, result); // before the boundaries: applied when they come
    view.setFeatures(m_features, QStringLiteral("albers_poland"));
    ChoroplethLayer *layer = view.mapWidget()->scene()->primaryLayer();
    QVERIFY(layer->hasFixedBreaks());
    const std::vector<double> breaks = layer->classBreaks().upperBounds();
    QVERIFY(breaks.size() >= 3);
    QVERIFY(breaks.back() < 1e9); // the national total is not a district
    QStringList legend;
    for (const LegendEntry &e : layer->legendEntries(QLocale::c()))
      legend << e.label + QLatin1Char('/') + e.color.name();
    QSet<QRgb> firstFrame;
    for (int step = 0; step < view.stepCount(); ++step) {
      view.setStep(step);
      QCOMPARE(layer->classBreaks().upperBounds(), breaks);
      QStringList now;
      for (const LegendEntry &e : layer->legendEntries(QLocale::c()))
        now << e.label + QLatin1Char('/') + e.color.name();
      QCOMPARE(now, legend);
      for (int i = 0; step == 0 && i < m_features->size(); ++i)
        firstFrame.insert(layer->fillColorAt(i).rgb());
    }
    // The first frame is all in the low classes, as it should be.
    QVERIFY(!firstFrame.contains(layer->classBreaks().color(layer->classBreaks().classCount() - 1).rgb()));
  }

  void sliderRunsThroughHistoryThenForecast() {
    DistrictMapView view;
    view.setFeatures(m_features);
    view.setData(m_series, m_result);
    ChoroplethLayer *layer = view.mapWidget()->scene()->primaryLayer();
    QSignalSpy steps(&view, &DistrictMapView::stepChanged);

    view.slider()->setValue(0);
    QCOMPARE(view.currentStep(), 0);
    QCOMPARE(view.stepDate(0), QDate(2021, 1, 1));
    QVERIFY(!view.isForecastStep(0));
    QCOMPARE(layer->value(QStringLiteral("0201")).value_or(-1), m_series[0].values[0]);

    view.slider()->setValue(32);
    QVERIFY(view.isForecastStep(32));
    QCOMPARE(view.stepDate(32), QDate(2021, 2, 2));
    QVERIFY(view.stepLabel(32).contains(QStringLiteral("2021-02-02")));
    QVERIFY(view.stepLabel(32) != QStringLiteral("2021-02-02")); // marked as forecast
    const int i = m_features->indexOf(QStringLiteral("0201"));
    QCOMPARE(layer->value(QStringLiteral("0201")).value_or(-1),
             m_result.forecasts.value(QStringLiteral("0201"))[2].mean);
    QVERIFY(i >= 0 && layer->hasValueAt(i));
    QCOMPARE(steps.size(), 2);
    QCOMPARE(steps.last().at(2).toBool(), true);

    // Play from the middle of the history: history steps, then forecast steps, then stop.
    view.setPlayInterval(1);
    view.setStep(20);
    steps.clear();
    view.playButton()->click();
    QVERIFY(view.isPlaying());
    QTRY_VERIFY(!view.isPlaying());
    QCOMPARE(view.currentStep(), view.stepCount() - 1);
    QCOMPARE(steps.size(), view.stepCount() - 1 - 20);
    QCOMPARE(steps.first().at(0).toInt(), 21);
    QCOMPARE(steps.first().at(2).toBool(), false);
    QCOMPARE(steps.last().at(2).toBool(), true);
    // Play at the end starts over.
    view.play();
    QCOMPARE(view.currentStep(), 0);
    view.pause();
    QVERIFY(!view.isPlaying());
  }

  void clickEmitsDistrictCode() {
    DistrictMapView view;
    view.resize(700, 700);
    view.setFeatures(m_features, QStringLiteral("albers_poland"));
    view.setData(m_series, m_result);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy activated(&view, &DistrictMapView::districtActivated);
    // Warsaw (1465) is big enough to hit reliably.
    const QPointF pos = view.mapWidget()->positionOf(QStringLiteral("1465"));
    QVERIFY(!pos.isNull());
    QCOMPARE(view.mapWidget()->scene()->featureAt(pos), QStringLiteral("1465"));
    QTest::mouseClick(view.mapWidget(), Qt::LeftButton, {}, pos.toPoint());
    QTRY_COMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toString(), QStringLiteral("1465"));
    QCOMPARE(view.selectedDistrict(), QStringLiteral("1465"));
    // Programmatic selection does not emit.
    view.selectDistrict(QStringLiteral("0201"));
    QCOMPARE(activated.size(), 1);
    QCOMPARE(view.mapWidget()->selectedCodes(), QStringList{QStringLiteral("0201")});
  }
};

QTEST_MAIN(TestDistrictMapView)
#include "test_district_map_view.moc"
