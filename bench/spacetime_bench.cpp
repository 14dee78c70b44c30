// Space-time cube benchmark (issue 13): for UF x year, municipality x year,
// municipality x month and powiat x week (daily cases as weekly means, a
// forecast_map's series), the time to build the cube from a computed map
// (triangulate the boundaries, fill the slabs; cold = the mesh is made,
// warm = cached) and the frame time while the camera rotates (3 degrees a
// frame, rendered and finished on the GPU, here Mesa's software renderer,
// off screen at 1280 x 800 and 960 x 600). Baseline in the same run: the 2-D map widget of
// the same data drawn at the same size. Prints one JSON object per case.
//
//   epidesk-spacetime-bench STORE.gpkg [frames]   (needs a display: xvfb-run)
#include "DataSourceRegistry.h"
#include "ForecastParamSchema.h"
#include "PanelKinds.h"
#include "dashboard/DashboardHost.h"
#include "dashboard/ForecastPanels.h"
#include "dashboard/SpaceTimePanel.h"
#include "dashboard/TrendPanels.h"
#include "forecast/DistrictMapView.h"
#include "map/MapWidget.h"
#include "spacetime/SpaceTimeView.h"
#include <QApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cstdio>
#include <memory>
#include <vtkCamera.h>
#include <vtkRenderer.h>

using namespace epidesk;

namespace {

// A large panel and a dock of a 1600 x 1000 window.
const QSize kSizes[] = {QSize(1280, 800), QSize(960, 600)};

PanelSpec spec(const QString &id, const QJsonObject &params) {
  return {id, id.section(QLatin1Char('-'), 0, 0), QString(), true, params};
}

double ms(const QElapsedTimer &t) {
  return double(t.nsecsElapsed()) / 1e6;
}

// Times a cube following the host's map (already computed), then its frames.
QJsonObject measure(const QString &what, DashboardHost &host, QWidget *mapWidget, int frames) {
  QJsonObject o{{"what", what}};
  SpaceTimePanel cold(
      spec(QStringLiteral("trend_spacetime-1"), PanelKinds::defaultParams("trend_spacetime")));
  QElapsedTimer t;
  t.start();
  host.addPanel(&cold); // binds to the map and builds
  o["build_cold_ms"] = ms(t);
  SpaceTimePanel warm(
      spec(QStringLiteral("trend_spacetime-2"), PanelKinds::defaultParams("trend_spacetime")));
  t.restart();
  host.addPanel(&warm);
  o["build_warm_ms"] = ms(t);
  const SpaceTimeScene *scene = cold.view()->scene();
  o["districts"] = scene->data().mesh->featureCount;
  o["periods"] = int(scene->data().periods.size());
  o["triangles_per_slab"] = scene->data().mesh->triangleCount();
  o["cells"] = double(scene->cellCount());
  for (const QSize &size : kSizes) {
    VtkOffscreenWindow window(size);
    if (!window.error().isEmpty()) {
      o["error"] = window.error();
      return o;
    }
    const QString at = QStringLiteral("_%1x%2").arg(size.width()).arg(size.height());
    window.setRenderer(scene->renderer());
    t.restart();
    window.render();
    window.finish();
    o["first_frame_ms" + at] = ms(t);
    vtkCamera *camera = scene->renderer()->GetActiveCamera();
    t.restart();
    for (int i = 0; i < frames; ++i) {
      camera->Azimuth(3);
      scene->renderer()->ResetCameraClippingRange();
      window.render();
      window.finish();
    }
    const double frameMs = ms(t) / frames;
    o["frame_ms" + at] = frameMs;
    o["fps" + at] = 1000.0 / frameMs;
    window.setRenderer(nullptr);
  }
  host.removePanel(&cold);
  host.removePanel(&warm);
  // Baseline: the 2-D map of the same data, drawn at the same size.
  mapWidget->resize(kSizes[0]);
  std::vector<double> draws;
  for (int i = 0; i < 5; ++i) {
    t.restart();
    mapWidget->grab();
    draws.push_back(ms(t));
  }
  std::sort(draws.begin(), draws.end());
  o["map_2d_draw_ms"] = draws[2];
  return o;
}

void print(const QJsonObject &o) {
  std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
  std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[]) {
  QApplication app(argc, argv);
  if (argc < 2) {
    std::fprintf(stderr, "usage: epidesk-spacetime-bench STORE.gpkg [frames]\n");
    return 2;
  }
  const int frames = argc > 2 ? std::max(5, std::atoi(argv[2])) : 40;
  QString error;
  std::shared_ptr<const DataSource> source = openDataSource(QString::fromLocal8Bit(argv[1]), &error);
  if (!source) {
    std::fprintf(stderr, "%s\n", qPrintable(error));
    return 1;
  }
  struct Case {
    const char *what;
    GeoLevel level;
    PeriodKind period;
  };
  for (const Case &c : {Case{"UF x year", GeoLevel::Uf, PeriodKind::Year},
                        Case{"municipality x year", GeoLevel::Municipality, PeriodKind::Year},
                        Case{"municipality x month", GeoLevel::Municipality, PeriodKind::Month}}) {
    TrendRequest request;
    request.level = c.level;
    request.period = c.period;
    DashboardHost host(DashboardHost::Mode::Synchronous);
    TrendMapPanel map(spec(QStringLiteral("trend_map-1"), PanelKinds::newParams("trend_map", request)));
    host.addPanel(&map);
    host.setSource(source);
    print(measure(QString::fromLatin1(c.what), host, map.map(), frames));
  }
  ForecastJobParams job;
  job.query.request.model = QStringLiteral("snaive");
  job.query.request.horizon = 28;
  job.query.selector = QStringLiteral("all");
  DashboardHost host(DashboardHost::Mode::Synchronous);
  ForecastMapPanel map(spec(QStringLiteral("forecast_map-1"), {{"forecast", job.toJson()}}));
  host.addPanel(&map);
  host.setSource(source);
  if (map.output() && map.output()->error.isEmpty())
    print(measure(QStringLiteral("powiat x week"), host, map.mapView()->mapWidget(), frames));
  else
    print({{"what", "powiat x week"}, {"error", map.output() ? map.output()->error : QString("no output")}});
  return 0;
}
