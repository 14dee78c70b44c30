// Render timing for the mapping README: the 27 states and all municipalities,
// offscreen into a QImage. Not a test; numbers depend on the machine.
#include "MapScene.h"
#include "MappingTestData.h"
#include "OgrBoundaryReader.h"
#include "ProjectedGeometry.h"
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <cstdio>

using namespace epidesk;

namespace {

double msSince(QElapsedTimer &t) {
  const double ms = t.nsecsElapsed() / 1e6;
  t.restart();
  return ms;
}

void bench(const char *label, FeatureCollectionPtr features) {
  MapScene scene;
  auto *layer = new ChoroplethLayer;
  layer->setFeatures(features);
  QHash<QString, double> values;
  for (int i = 0; i < features->size(); ++i)
    values.insert(features->at(i).code, (i * 7919) % 1000);
  QElapsedTimer t;
  t.start();
  layer->setValues(values);
  layer->setClassifierId("jenks");
  const double classify = msSince(t);
  scene.addLayer(layer);
  const double project = msSince(t);
  const QRectF rect(0, 0, 1200, 1000);
  scene.setDeviceRect(rect);
  QImage image(rect.size().toSize(), QImage::Format_ARGB32_Premultiplied);
  auto renderOnce = [&] {
    QPainter p(&image);
    scene.render(&p, rect);
  };
  renderOnce();
  const double first = msSince(t);
  const int runs = 5;
  for (int i = 0; i < runs; ++i)
    renderOnce();
  const double steady = msSince(t) / runs;
  scene.zoomAt(scene.lonLatToDevice({-46.6, -23.5}), 8); // São Paulo
  renderOnce();
  const double zoomFirst = msSince(t);
  for (int i = 0; i < runs; ++i)
    renderOnce();
  const double zoomSteady = msSince(t) / runs;
  scene.resetView();
  // Unsimplified paths for comparison: what painting would cost without LODs.
  const ProjectedGeometry *g = layer->geometry();
  {
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setTransform(scene.viewport().transform(rect));
    for (int i = 0; i < g->size(); ++i)
      g->path(i, 0); // build
    msSince(t);
    for (int i = 0; i < g->size(); ++i) {
      p.setBrush(layer->fillColorAt(i));
      p.drawPath(g->path(i, 0));
    }
  }
  const double fullDetail = msSince(t);
  int hits = 0;
  for (int y = 0; y < 1000; y += 50)
    for (int x = 0; x < 1200; x += 50)
      hits += !scene.featureAt(QPointF(x, y)).isEmpty();
  const double hit = msSince(t) / (24 * 20);
  std::printf(
      "%-15s features %5d vertices %8d | classify(jenks) %7.1f ms | project %7.1f ms | render first %7.1f "
      "ms, "
      "steady %6.1f ms | zoom x8 first %6.1f ms, steady %6.1f ms | full detail %7.1f ms | hit test %.3f ms "
      "(%d hits)\n",
      label, features->size(), features->vertexCount(), classify, project, first, steady, zoomFirst,
      zoomSteady, fullDetail, hit, hits);
}

} // namespace

int main(int argc, char **argv) {
  qputenv("QT_QPA_PLATFORM", "offscreen");
  QGuiApplication app(argc, argv);
  OgrBoundaryReader reader;
  QString error;
  QElapsedTimer t;
  t.start();
  auto ufs = reader.read({sharedDataPath("data/br/uf.geojson"), {}, "sigla", "name"}, &error);
  if (!ufs) {
    std::fprintf(stderr, "%s\n", qPrintable(error));
    return 1;
  }
  std::printf("read 27 UFs: %.1f ms\n", msSince(t));
  FeatureCollection munis;
  const QDir dir(sharedDataPath("data/br/municipalities"));
  for (const QString &file : dir.entryList({"geojs-*-mun.json"}, QDir::Files, QDir::Name)) {
    auto part = reader.read({dir.filePath(file), {}, "id", "name"}, &error);
    if (!part) {
      std::fprintf(stderr, "%s\n", qPrintable(error));
      return 1;
    }
    munis.merge(*part);
  }
  std::printf("read municipalities: %.1f ms\n", msSince(t));
  bench("UF", std::make_shared<const FeatureCollection>(std::move(*ufs)));
  bench("municipalities", std::make_shared<const FeatureCollection>(std::move(munis)));
  return 0;
}
