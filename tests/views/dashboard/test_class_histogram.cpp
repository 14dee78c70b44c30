// The class histogram beside a choropleth (issue 13, Qt Charts): it shows the
// map's values in the map's class colours with a line per inner break;
// dragging a break (mouse events on the shown, resized widget) sets manual
// breaks on the map, which reclassifies districts and records the breaks in
// its parameters; headless render draws both panels.
#include "ChoroplethLayer.h"
#include "DataSource.h"
#include "DataSourceRegistry.h"
#include "MapScene.h"
#include "PanelKinds.h"
#include "CliRun.h"
#include "dashboard/ClassHistogramPanel.h"
#include "dashboard/DashboardHost.h"
#include "dashboard/DashboardRenderer.h"
#include "dashboard/TrendPanels.h"
#include "map/ClassHistogram.h"
#include "map/MapWidget.h"
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtCharts/QChart>
#include <QtTest>

using namespace epidesk;

namespace {
PanelSpec spec(const QString &id, const QJsonObject &params) {
  return {id, id.section(QLatin1Char('-'), 0, 0), QString(), true, params};
}

QJsonObject mapParams() {
  TrendRequest request;
  request.level = GeoLevel::Uf;
  return PanelKinds::newParams(QStringLiteral("trend_map"), request);
}

// Feature code -> class index on the map now.
QHash<QString, int> classesOf(const ChoroplethLayer &layer) {
  QHash<QString, int> out;
  for (auto it = layer.values().begin(); it != layer.values().end(); ++it)
    out.insert(it.key(), layer.classBreaks().classOf(it.value()));
  return out;
}

bool hasColour(const QImage &image, const QColor &colour) {
  for (int y = 0; y < image.height(); ++y)
    for (int x = 0; x < image.width(); ++x)
      if (image.pixelColor(x, y).rgb() == colour.rgb())
        return true;
  return false;
}
} // namespace

class TestClassHistogram : public QObject {
  Q_OBJECT
  QTemporaryDir m_dir;
  std::shared_ptr<const DataSource> m_source;

private slots:
  void initTestCase() {
    QString error;
    const QString store = test::createDemoStore(m_dir.path(), 3, &error); // 27 states
    QVERIFY2(!store.isEmpty(), qPrintable(error));
    m_source = openDataSource(store, &error);
    QVERIFY2(m_source, qPrintable(error));
  }

  void followsTheMapAndADragMovesItsBreaks() {
    DashboardHost host(DashboardHost::Mode::Synchronous);
    TrendMapPanel map(spec(QStringLiteral("trend_map-1"), mapParams()));
    ClassHistogramPanel histogram(spec(QStringLiteral("trend_histogram-1"), {{"map", "trend_map-1"}}));
    for (QWidget *w : std::initializer_list<QWidget *>{&map, &histogram}) {
      w->resize(800, 500);
      w->show();
    }
    QVERIFY(QTest::qWaitForWindowExposed(&histogram));
    host.addPanel(&histogram); // before its map: bound when the map comes
    QVERIFY(!histogram.map());
    host.addPanel(&map);
    QCOMPARE(histogram.map(), &map);
    host.setSource(m_source);
    QVERIFY(map.output() && map.output()->status == TrendJobOutput::Status::Ok);
    const ChoroplethLayer *layer = map.map()->scene()->primaryLayer();
    QVERIFY(layer);
    QCOMPARE(layer->classBreaks().classCount(), 5);
    const std::vector<double> upper = layer->classBreaks().upperBounds(); // a copy: the map reclassifies
    QCOMPARE(histogram.histogram()->innerBreaks(), std::vector<double>(upper.begin(), upper.end() - 1));

    // Drawn in the map's class colours (every class that has districts).
    QTest::qWait(50);
    const QImage before = histogram.histogram()->grab().toImage();
    const QHash<QString, int> classes = classesOf(*layer);
    for (int k = 0; k < layer->classBreaks().classCount(); ++k)
      if (std::count(classes.begin(), classes.end(), k) > 0)
        QVERIFY2(hasColour(before, layer->classBreaks().color(k)), qPrintable(QString::number(k)));

    // Drag the first inner break 120 px to the right.
    QSignalSpy edited(&map, &DashboardPanel::paramsChanged);
    ClassHistogram *view = histogram.histogram();
    const QPoint from = view->breakPosition(0);
    QVERIFY(view->rect().contains(from));
    QTest::mousePress(view->viewport(), Qt::LeftButton, Qt::NoModifier, from);
    for (int dx = 10; dx <= 120; dx += 10)
      QTest::mouseMove(view->viewport(), from + QPoint(dx, 0));
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, Qt::NoModifier, from + QPoint(120, 0));
    QCOMPARE(edited.count(), 1);
    const QJsonArray saved = map.params()["breaks"].toArray();
    QCOMPARE(saved.size(), 4);
    QVERIFY(saved[0].toDouble() > upper[0]);
    QCOMPARE(map.map()->scene()->primaryLayer()->classBreaks().upperBounds()[0], saved[0].toDouble());
    // Districts moved from class 1 to class 0, and the histogram follows.
    const QHash<QString, int> after = classesOf(*map.map()->scene()->primaryLayer());
    int moved = 0;
    for (auto it = classes.begin(); it != classes.end(); ++it)
      moved += after.value(it.key()) != it.value();
    QVERIFY(moved > 0);
    QCOMPARE(view->innerBreaks()[0], saved[0].toDouble());
    QVERIFY(view->breakPosition(0).x() > from.x() + 5); // moved right (at most to the next break)
  }

  void rendersHeadless() {
    DashboardDocument d;
    d.source.store = QStringLiteral("store.gpkg");
    d.panels.push_back(spec(QStringLiteral("trend_map-1"), mapParams()));
    d.panels.push_back(
        spec(QStringLiteral("trend_histogram-1"), PanelKinds::defaultParams("trend_histogram")));
    QString error;
    const std::vector<RenderedPanel> panels =
        DashboardRenderer::renderPanels(d, m_source, m_dir.path(), &error);
    QVERIFY2(panels.size() == 2, qPrintable(error));
    const QImage &image = panels[1].image;
    QCOMPARE(image.size(), QSize(DashboardRenderer::kWidth, DashboardRenderer::kHeight));
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2)
      for (int x = 0; x < image.width(); x += 2)
        colours.insert(image.pixel(x, y));
    QVERIFY(colours.size() > 5); // bars, lines, labels: not a blank page
  }
};

QTEST_MAIN(TestClassHistogram)
#include "test_class_histogram.moc"
