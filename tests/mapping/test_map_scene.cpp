#include "MapScene.h"
#include "MappingTestData.h"
#include "OgrBoundaryReader.h"
#include "ProjectedGeometry.h"
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QtTest>

using namespace epidesk;

class TestMapScene : public QObject {
  Q_OBJECT

  FeatureCollectionPtr m_ufs;
  QHash<QString, double> m_values;
  const QRectF m_rect{0, 0, 800, 700};

  // Scene with one UF layer: value = position in the file, SP left without data.
  std::unique_ptr<MapScene> makeScene() {
    auto scene = std::make_unique<MapScene>();
    auto *layer = new ChoroplethLayer;
    layer->setFeatures(m_ufs);
    layer->setValues(m_values);
    layer->setClassifierId("jenks");
    layer->setClassCount(5);
    layer->setLegendTitle("Prescriptions per 1,000");
    scene->addLayer(layer);
    scene->setDeviceRect(m_rect);
    return scene;
  }

  QImage render(const MapScene &scene) {
    QImage image(m_rect.size().toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    scene.render(&painter, m_rect);
    return image;
  }

  QPointF devicePointOf(const MapScene &scene, const QString &code) {
    const ProjectedGeometry *g = scene.primaryLayer()->geometry();
    return scene.viewport().toDevice(g->centroid(m_ufs->indexOf(code)), scene.deviceRect());
  }

private slots:
  void initTestCase() {
    OgrBoundaryReader reader;
    QString error;
    auto ufs = reader.read({sharedDataPath("data/br/uf.geojson"), {}, "sigla", "name"}, &error);
    QVERIFY2(ufs, qPrintable(error));
    m_ufs = std::make_shared<const FeatureCollection>(std::move(*ufs));
    for (int i = 0; i < m_ufs->size(); ++i)
      if (m_ufs->at(i).code != QLatin1String("SP"))
        m_values.insert(m_ufs->at(i).code, 10.0 * i);
  }

  void pixelAtCentroidHasClassColour() {
    auto scene = makeScene();
    const QImage image = render(*scene);
    const QPointF mg = devicePointOf(*scene, "MG");
    QVERIFY(m_rect.contains(mg));
    const QColor expected = scene->primaryLayer()->fillColor("MG");
    const int cls = scene->primaryLayer()->classBreaks().classOf(m_values.value("MG"));
    QCOMPARE(expected, scene->primaryLayer()->classBreaks().color(cls));
    QCOMPARE(image.pixelColor(mg.toPoint()).rgb(), expected.rgb());
    // SP has no value: drawn in the no-data colour.
    QCOMPARE(image.pixelColor(devicePointOf(*scene, "SP").toPoint()).rgb(),
             scene->primaryLayer()->noDataColor().rgb());
  }

  void hitTestFindsFeature() {
    auto scene = makeScene();
    QCOMPARE(scene->featureAt(devicePointOf(*scene, "MG")), QStringLiteral("MG"));
    QCOMPARE(scene->featureAt(devicePointOf(*scene, "AM")), QStringLiteral("AM"));
    QCOMPARE(scene->featureAt(QPointF(2, 2)), QString()); // ocean corner
  }

  void selectionOutlineChangesPixels() {
    auto scene = makeScene();
    const QImage before = render(*scene);
    QSignalSpy spy(scene.get(), &MapScene::selectionChanged);
    scene->toggleSelection("MG");
    QCOMPARE(spy.count(), 1);
    QCOMPARE(scene->selection(), QSet<QString>{"MG"});
    const QImage after = render(*scene);
    int changed = 0;
    const QRectF mgBox = scene->viewport()
                             .transform(scene->deviceRect())
                             .mapRect(scene->primaryLayer()->geometry()->bounds(m_ufs->indexOf("MG")))
                             .adjusted(-3, -3, 3, 3);
    for (int y = 0; y < before.height(); ++y)
      for (int x = 0; x < before.width(); ++x)
        if (before.pixel(x, y) != after.pixel(x, y)) {
          ++changed;
          QVERIFY2(mgBox.contains(x, y), "only MG's outline changes");
        }
    QVERIFY2(changed > 200, qPrintable(QString::number(changed)));
    // Interior untouched.
    const QPoint c = devicePointOf(*scene, "MG").toPoint();
    QCOMPARE(after.pixel(c), before.pixel(c));
  }

  void hoverEmitsOnChangeOnly() {
    auto scene = makeScene();
    QSignalSpy spy(scene.get(), &MapScene::hoveredChanged);
    scene->hoverAt(devicePointOf(*scene, "BA"));
    scene->hoverAt(devicePointOf(*scene, "BA") + QPointF(1, 1));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("BA"));
    QCOMPARE(scene->hoveredCode(), QStringLiteral("BA"));
    scene->hoverAt(QPointF(1, 1));
    QCOMPARE(scene->hoveredCode(), QString());
  }

  void zoomKeepsPointUnderCursorAndPanMoves() {
    auto scene = makeScene();
    const QPointF cursor(500, 300);
    const QPointF before = scene->deviceToLonLat(cursor);
    scene->zoomAt(cursor, 3.0);
    QCOMPARE(scene->viewport().zoom(), 3.0);
    const QPointF after = scene->deviceToLonLat(cursor);
    QVERIFY(std::abs(before.x() - after.x()) < 1e-9 && std::abs(before.y() - after.y()) < 1e-9);
    const QPointF mg = scene->lonLatToDevice({-44, -19});
    scene->pan(QPointF(40, -25));
    const QPointF moved = scene->lonLatToDevice({-44, -19});
    QVERIFY(std::abs(moved.x() - mg.x() - 40) < 1e-6 && std::abs(moved.y() - mg.y() + 25) < 1e-6);
    scene->resetView();
    QCOMPARE(scene->viewport().zoom(), 1.0);
    QCOMPARE(scene->featureAt(devicePointOf(*scene, "MG")), QStringLiteral("MG"));
  }

  void legendHasClassesAndNoData() {
    auto scene = makeScene();
    const auto entries = scene->primaryLayer()->legendEntries();
    QCOMPARE(entries.size(), 6); // 5 Jenks classes + no data
    QVERIFY(entries.last().noData);
    int counted = 0;
    for (const auto &e : entries)
      counted += e.count;
    QCOMPARE(counted, 27);
    QVERIFY(entries.first().label.contains(QString::fromUtf8(" – ")));
    QImage image(300, 200, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    QVERIFY(!scene->legendSizeHint(&painter).isEmpty());
    scene->renderLegend(&painter, QRectF(0, 0, 300, 200));
    painter.end();
    QCOMPARE(image
                 .pixelColor(int(QFontMetricsF(painter.font()).height() * 0.8), // first swatch
                             int(QFontMetricsF(painter.font()).height() * 1.35 * 1.5))
                 .rgb(),
             entries.first().color.rgb());
  }

  void hatchedNoDataAndOutlineLayerRender() {
    auto scene = makeScene();
    scene->primaryLayer()->setNoDataStyle(ChoroplethLayer::NoDataStyle::Hatched);
    auto *outline = new ChoroplethLayer;
    outline->setFeatures(m_ufs);
    outline->setFillVisible(false);
    outline->setInteractive(false);
    scene->addLayer(outline);
    QCOMPARE(scene->primaryLayer()->legendTitle(), QStringLiteral("Prescriptions per 1,000"));
    const QImage image = render(*scene);
    QCOMPARE(scene->featureAt(devicePointOf(*scene, "MG")), QStringLiteral("MG"));
    // Hatching: the no-data state mixes at least two colours.
    const QPointF sp = devicePointOf(*scene, "SP");
    QSet<QRgb> colours;
    for (int dx = -4; dx <= 4; ++dx)
      colours.insert(image.pixel(sp.toPoint() + QPoint(dx, 0)));
    QVERIFY(colours.size() >= 2);
  }

  void projectionCanBeSwitched() {
    auto scene = makeScene();
    QSignalSpy spy(scene.get(), &MapScene::changed);
    scene->setProjectionId("equirectangular");
    QCOMPARE(scene->projection().id(), QStringLiteral("equirectangular"));
    QVERIFY(spy.count() > 0);
    QCOMPARE(scene->featureAt(devicePointOf(*scene, "MG")), QStringLiteral("MG"));
    scene->setProjection(AlbersEqualAreaProjection::brazil().clone());
    QCOMPARE(scene->projection().id(), QStringLiteral("albers_brazil"));
    QCOMPARE(scene->featureAt(devicePointOf(*scene, "RS")), QStringLiteral("RS"));
  }
};

QTEST_MAIN(TestMapScene)
#include "test_map_scene.moc"
