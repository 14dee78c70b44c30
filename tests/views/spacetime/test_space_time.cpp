// The space-time cube (issue 13, VTK 9.1 through the Qt 6 bridge), on the
// ANVISA demo store and the shared Polish COVID-19 file: the ground mesh
// fills each district as the 2-D map's odd-even rule does; slabs and prisms
// have their district's class colour in the pixels read back; a real click on
// the shown widget selects the district dashboard-wide and the others fade;
// the time plane follows the time cursor; manual breaks set on the map
// recolour the cube; daily powiat series become weeks with translucent
// forecast weeks; epidesk-cli renders the panel to PNG and PDF. Needs an X
// display with OpenGL (CTest runs it under xvfb-run).
#include "ChoroplethLayer.h"
#include "CliRun.h"
#include "DataSource.h"
#include "DataSourceRegistry.h"
#include "EmbeddedStore.h"
#include "ForecastParamSchema.h"
#include "ImportService.h"
#include "MapScene.h"
#include "PanelKinds.h"
#include "ProjectedGeometry.h"
#include "SharedData.h"
#include "dashboard/DashboardHost.h"
#include "dashboard/ForecastPanels.h"
#include "dashboard/SpaceTimePanel.h"
#include "dashboard/TrendPanels.h"
#include "forecast/DistrictMapView.h"
#include "map/MapWidget.h"
#include "spacetime/SpaceTimeView.h"
#include <QJsonArray>
#include <QOpenGLContext>
#include <QTemporaryDir>
#include <QtTest>
#include <random>

using namespace epidesk;

namespace {

PanelSpec spec(const QString &id, const QJsonObject &params) {
  return {id, id.section(QLatin1Char('-'), 0, 0), QString(), true, params};
}

QJsonObject mapParams(GeoLevel level, PeriodKind period) {
  TrendRequest request;
  request.level = level;
  request.period = period;
  return PanelKinds::newParams(QStringLiteral("trend_map"), request);
}

QJsonObject cubeParams(const QString &mode) {
  QJsonObject p = PanelKinds::defaultParams(QStringLiteral("trend_spacetime"));
  p[QStringLiteral("mode")] = mode;
  return p;
}

bool near(const QColor &a, const QColor &b, int tolerance = 3) {
  return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance &&
         std::abs(a.blue() - b.blue()) <= tolerance;
}

QString describe(const QColor &c) {
  return c.name();
}

bool inTriangles(const GroundMesh &mesh, int feature, const QPointF &p) {
  for (int t = 0; t < mesh.triangleCount(); ++t) {
    if (mesh.triangleFeature[size_t(t)] != feature)
      continue;
    const QPointF &a = mesh.points[size_t(mesh.triangles[size_t(3 * t)])];
    const QPointF &b = mesh.points[size_t(mesh.triangles[size_t(3 * t + 1)])];
    const QPointF &c = mesh.points[size_t(mesh.triangles[size_t(3 * t + 2)])];
    const auto side = [](const QPointF &u, const QPointF &v, const QPointF &w) {
      return (v.x() - u.x()) * (w.y() - u.y()) - (w.x() - u.x()) * (v.y() - u.y());
    };
    const double d1 = side(a, b, p), d2 = side(b, c, p), d3 = side(c, a, p);
    if ((d1 >= 0 && d2 >= 0 && d3 >= 0) || (d1 <= 0 && d2 <= 0 && d3 <= 0))
      return true;
  }
  return false;
}

// A dashboard of one trend map and its cube, shown at a real size.
struct CubeBoard {
  DashboardHost host{DashboardHost::Mode::Synchronous};
  TrendMapPanel map;
  SpaceTimePanel cube;
  CubeBoard(GeoLevel level, PeriodKind period, const QString &mode)
      : map(spec(QStringLiteral("trend_map-1"), mapParams(level, period))),
        cube(spec(QStringLiteral("trend_spacetime-1"), cubeParams(mode))) {
    map.resize(700, 500);
    cube.resize(1000, 700);
    map.show();
    cube.show();
    host.addPanel(&map);
    host.addPanel(&cube);
  }
  const ChoroplethLayer *layer() const { return map.map()->scene()->primaryLayer(); }
};

} // namespace

class TestSpaceTime : public QObject {
  Q_OBJECT
  QTemporaryDir m_dir;
  std::shared_ptr<const DataSource> m_source;

private slots:
  void initTestCase() {
    QString error;
    const QString store = test::createDemoStore(m_dir.path(), 3, &error);
    QVERIFY2(!store.isEmpty(), qPrintable(error));
    m_source = openDataSource(store, &error);
    QVERIFY2(m_source, qPrintable(error));
  }

  // Triangles cover a district where the 2-D map's odd-even test says it
  // is (ringsContain, independent of the triangulator), holes included.
  void groundMeshFillsEachDistrictAsTheMapPaintsIt() {
    CubeBoard board(GeoLevel::Uf, PeriodKind::Year, QStringLiteral("cube"));
    board.host.setSource(m_source);
    const ChoroplethLayer *layer = board.layer();
    QVERIFY(layer && layer->geometry());
    const ProjectedGeometry &g = *layer->geometry();
    QCOMPARE(g.size(), 27);
    const std::shared_ptr<GroundMesh> exact = GroundMesh::triangulate(g, 0);
    std::mt19937 random(7);
    int agree = 0, total = 0;
    for (int f = 0; f < g.size(); ++f) {
      const QRectF b = g.bounds(f);
      std::uniform_real_distribution<double> x(b.left(), b.right()), y(b.top(), b.bottom());
      for (int k = 0; k < 60; ++k) {
        const QPointF p(x(random), y(random));
        agree += ringsContain(g.rings(f), p) == inTriangles(*exact, f, p);
        ++total;
      }
    }
    QVERIFY2(agree >= total * 995 / 1000, qPrintable(QStringLiteral("%1 of %2").arg(agree).arg(total)));
    // The cube's simplified mesh: every district is there, built once and shared.
    const std::shared_ptr<const GroundMesh> mesh = GroundMesh::build(layer->features(), g);
    QCOMPARE(GroundMesh::build(layer->features(), g), mesh);
    for (int f = 0; f < 27; ++f)
      QVERIFY2(std::count(mesh->triangleFeature.begin(), mesh->triangleFeature.end(), f) > 0,
               qPrintable(g.features().at(f).code));
  }

  // Prism tops and cube slabs read back with their district's class colour.
  void prismsAndSlabsHaveTheirClassColour() {
    CubeBoard board(GeoLevel::Uf, PeriodKind::Year, QStringLiteral("prisms"));
    QVERIFY(QTest::qWaitForWindowExposed(&board.cube));
    board.host.setSource(m_source);
    const ChoroplethLayer *layer = board.layer();
    QVERIFY(layer);
    SpaceTimeScene *scene = board.cube.view()->scene();
    QCOMPARE(board.cube.periods(), QStringList({"2019", "2020", "2021"}));
    QCOMPARE(scene->cursor(), 2);
    scene->viewFromAbove();
    QImage image = board.cube.snapshot();
    QVERIFY(image.width() >= 800 && image.height() >= 600);
    const int mg = board.cube.featureIndex(QStringLiteral("MG"));
    QVERIFY(mg >= 0);
    // The map shows 2021 by the same classes: MG's colour on the map is its prism's.
    const QColor mgColour = layer->fillColor(QStringLiteral("MG"));
    QCOMPARE(scene->colourOf(mg, 2).rgb(), mgColour.rgb());
    const QPointF at = scene->pixelOf(mg, image.size());
    QVERIFY2(near(image.pixelColor(at.toPoint()), mgColour),
             qPrintable(describe(image.pixelColor(at.toPoint())) + " vs " + describe(mgColour)));
    int matches = 0;
    for (int f = 0; f < 27; ++f)
      matches += near(image.pixelColor(scene->pixelOf(f, image.size()).toPoint()), scene->colourOf(f, 2));
    QVERIFY2(matches >= 25, qPrintable(QString::number(matches))); // DF is a few pixels

    // Cube: the top slab (2021) from above the time plane, placed at 2019.
    board.host.state()->setTimeCursor(QStringLiteral("2019"));
    board.cube.view()->setMode(SpaceTimeScene::Mode::Cube); // the default oblique view
    QCOMPARE(scene->cursor(), 0);
    image = board.cube.snapshot();
    const QPointF top = scene->pixelOf(mg, image.size(), 2);
    QVERIFY2(near(image.pixelColor(top.toPoint()), scene->colourOf(mg, 2)),
             qPrintable(describe(image.pixelColor(top.toPoint()))));
    QCOMPARE(board.cube.params()["mode"].toString(), QStringLiteral("cube"));
  }

  // A click on the shown widget selects the district for the whole
  // dashboard; the selection stays opaque and the rest fades; Ctrl adds.
  void aClickSelectsTheDistrictDashboardWide() {
    CubeBoard board(GeoLevel::Uf, PeriodKind::Year, QStringLiteral("prisms"));
    QVERIFY(QTest::qWaitForWindowExposed(&board.cube));
    board.host.setSource(m_source);
    SpaceTimeCanvas *canvas = board.cube.view()->canvas();
    QTRY_VERIFY(canvas->isValid());
    board.cube.view()->scene()->viewFromAbove();
    const int mg = board.cube.featureIndex(QStringLiteral("MG"));
    const int sp = board.cube.featureIndex(QStringLiteral("SP"));
    const QPoint atMg = canvas->positionOf(mg).toPoint(), atSp = canvas->positionOf(sp).toPoint();
    QCOMPARE(canvas->featureAt(atMg), mg); // the picker agrees with the projection
    QTest::mouseClick(canvas, Qt::LeftButton, Qt::NoModifier, atMg);
    QCOMPARE(board.host.state()->selection(), QStringList{"MG"});
    QCOMPARE(board.map.map()->selectedCodes(), QStringList{"MG"});
    const QImage image = canvas->grabFramebuffer();
    const SpaceTimeScene *scene = board.cube.view()->scene();
    QVERIFY(near(image.pixelColor(atMg), scene->colourOf(mg, 2)));
    const QColor faded = image.pixelColor(atSp), full = scene->colourOf(sp, 2);
    QVERIFY2(!near(faded, full, 12) && faded.lightness() > full.lightness(),
             qPrintable(describe(faded) + " from " + describe(full)));
    QTest::mouseClick(canvas, Qt::LeftButton, Qt::ControlModifier, atSp);
    QCOMPARE(board.host.state()->selection(), QStringList({"MG", "SP"}));
    QTest::mouseClick(canvas, Qt::LeftButton, Qt::NoModifier, QPoint(3, canvas->height() - 3));
    QCOMPARE(board.host.state()->selection(), QStringList());
    // Dragging rotates the view and selects nothing.
    const QPointF before = canvas->positionOf(mg);
    QTest::mousePress(canvas, Qt::LeftButton, Qt::NoModifier, QPoint(400, 300));
    for (int dx = 10; dx <= 100; dx += 10)
      QTest::mouseMove(canvas, QPoint(400 + dx, 300));
    QTest::mouseRelease(canvas, Qt::LeftButton, Qt::NoModifier, QPoint(500, 300));
    QVERIFY((canvas->positionOf(mg) - before).manhattanLength() > 5);
    QCOMPARE(board.host.state()->selection(), QStringList());
  }

  // The time plane follows the dashboard's cursor; manual breaks set on the
  // map recolour the cube (one classification for both).
  void followsTheTimeCursorAndTheMapsBreaks() {
    CubeBoard board(GeoLevel::Municipality, PeriodKind::Month, QStringLiteral("cube"));
    board.host.setSource(m_source);
    SpaceTimeScene *scene = board.cube.view()->scene();
    QCOMPARE(board.cube.periods().size(), 36);
    QCOMPARE(scene->data().mesh->featureCount, board.layer()->features()->size());
    QVERIFY(scene->data().mesh->featureCount > 5000);
    board.host.state()->setTimeCursor(QStringLiteral("2020-03"));
    QCOMPARE(scene->cursor(), board.cube.periods().indexOf("2020-03"));
    board.host.state()->setTimeCursor(QString());
    QCOMPARE(scene->cursor(), 35);
    const std::vector<double> upper = board.layer()->classBreaks().upperBounds();
    const double first = upper[0] / 2;
    board.map.setManualBreaks({first, upper[1], upper[2], upper[3]});
    QCOMPARE(scene->data().classes.upperBounds()[0], first);
    int recoloured = 0;
    for (int f = 0; f < scene->data().mesh->featureCount; ++f)
      recoloured += scene->colourOf(f, 35) != board.layer()->classBreaks().color(0) &&
                    scene->data().values[35][size_t(f)] <= first;
    QCOMPARE(recoloured, 0);
  }

  // 380 powiats' daily cases as weekly slabs, forecast weeks translucent.
  void dailyPowiatSeriesBecomeWeeksWithForecastSlabs() {
    const QString tsv = sharedDataDir() + QStringLiteral("/data/pl/covid_cases_powiat_daily.tsv");
    if (!QFile::exists(tsv))
      QSKIP("needs the shared Polish COVID-19 file (data/pl/covid_cases_powiat_daily.tsv)");
    QString error;
    const QString path = m_dir.filePath(QStringLiteral("covid.gpkg"));
    {
      std::unique_ptr<EmbeddedStore> store = EmbeddedStore::create(path, sharedDataDir(), &error);
      QVERIFY2(store, qPrintable(error));
      const ImportSummary summary = importFiles(QStringLiteral("covid-pl"), *store, {tsv});
      QVERIFY2(summary.ok(), qPrintable(summary.errors().join('\n')));
    }
    std::shared_ptr<const DataSource> source = openDataSource(path, &error);
    QVERIFY2(source, qPrintable(error));
    ForecastJobParams job;
    job.query.request.model = QStringLiteral("snaive");
    job.query.request.horizon = 28;
    job.query.selector = QStringLiteral("all");
    DashboardHost host(DashboardHost::Mode::Synchronous);
    ForecastMapPanel map(spec(QStringLiteral("forecast_map-1"), {{"forecast", job.toJson()}}));
    SpaceTimePanel cube(spec(QStringLiteral("trend_spacetime-1"), cubeParams(QStringLiteral("cube"))));
    cube.resize(1000, 700);
    cube.show();
    host.addPanel(&map);
    host.addPanel(&cube);
    host.setSource(source);
    QVERIFY(map.output() && map.output()->error.isEmpty());
    const SpaceTimeData &d = cube.view()->scene()->data();
    QCOMPARE(d.mesh->featureCount, 380);
    const DistrictMapView *v = map.mapView();
    QVERIFY(v->stepCount() > 1000);
    // One slab per ISO week (Mondays), the last ones forecast.
    QVERIFY(std::abs(int(d.periods.size()) - v->stepCount() / 7) <= 2);
    for (const QString &week : d.periods)
      QCOMPARE(QDate::fromString(week, Qt::ISODate).dayOfWeek(), 1);
    QVERIFY(d.forecastFrom > 0 && d.forecastFrom >= int(d.periods.size()) - 5);
    // A week's value is the mean of its days (Warsaw, the first full week).
    const int warsaw = cube.featureIndex(QStringLiteral("1465"));
    QVERIFY(warsaw >= 0);
    const int firstMonday = (8 - v->stepDate(0).dayOfWeek()) % 7;
    double sum = 0;
    for (int s = firstMonday; s < firstMonday + 7; ++s)
      sum += v->valuesAt(s).value(QStringLiteral("1465"));
    const int week = int(d.periods.indexOf(v->stepDate(firstMonday).toString(Qt::ISODate)));
    QVERIFY(week >= 0);
    QCOMPARE(d.values[size_t(week)][size_t(warsaw)], sum / 7);
    const QImage image = cube.snapshot();
    QVERIFY(image.width() >= 800 && image.height() >= 600);
  }

  // epidesk-cli dashboard new --panels map,histogram,spacetime, then render:
  // the cube's PNG (>= 800 x 600, in the map's colours) and a page of the PDF.
  void cliRendersTheCubeToPngAndPdf() {
    const QString doc = m_dir.filePath(QStringLiteral("cube.epidash"));
    const test::CliRun made = test::runCli({"dashboard", "new", "--store", m_dir.filePath("store.gpkg"),
                                            "--out", doc, "--panels", "map,histogram,spacetime"});
    QVERIFY2(made.exitCode == 0, made.err.constData());
    const QString png = m_dir.filePath(QStringLiteral("png")),
                  pdf = m_dir.filePath(QStringLiteral("cube.pdf"));
    const test::CliRun render = test::runCli({"dashboard", "render", doc, "--png-dir", png, "--pdf", pdf});
    QVERIFY2(render.exitCode == 0, render.err.constData());
    const QStringList cubes = QDir(png).entryList({"*spacetime*.png"});
    QCOMPARE(cubes.size(), 1);
    const QImage image(QDir(png).filePath(cubes[0]));
    QVERIFY(image.width() >= 800 && image.height() >= 600);
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
      for (int x = 0; x < image.width(); x += 3)
        colours.insert(image.pixel(x, y) & 0xffffff);
    QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
    QVERIFY(QFileInfo(pdf).size() > 10000);
  }
};

QTEST_MAIN(TestSpaceTime)
#include "test_space_time.moc"
