#include "Projection.h"
#include <QPolygonF>
#include <QtTest>
#include <cmath>

using namespace epidesk;

namespace {

// Projected area of the lon/lat cell, with edges densified because parallels
// are arcs in a conic projection.
double projectedArea(const Projection &p, double lon, double lat, double size) {
  QPolygonF ring;
  const int steps = 200;
  for (int i = 0; i < steps; ++i)
    ring << p.forward({lon + size * i / steps, lat});
  for (int i = 0; i < steps; ++i)
    ring << p.forward({lon + size, lat + size * i / steps});
  for (int i = 0; i < steps; ++i)
    ring << p.forward({lon + size - size * i / steps, lat + size});
  for (int i = 0; i < steps; ++i)
    ring << p.forward({lon, lat + size - size * i / steps});
  double a = 0;
  for (int i = 0; i < ring.size(); ++i) {
    const QPointF &u = ring[i], &v = ring[(i + 1) % ring.size()];
    a += u.x() * v.y() - v.x() * u.y();
  }
  return std::abs(a) / 2;
}

// Exact area of the same cell on the sphere.
double sphereArea(double lat, double size) {
  const double d = M_PI / 180;
  return Projection::kEarthRadius * Projection::kEarthRadius * size * d *
         (std::sin((lat + size) * d) - std::sin(lat * d));
}

} // namespace

class TestProjection : public QObject {
  Q_OBJECT
private slots:
  void roundTrip_data() {
    QTest::addColumn<QString>("id");
    for (const QString &id : ProjectionRegistry::ids())
      QTest::newRow(qPrintable(id)) << id;
  }
  void roundTrip() {
    QFETCH(QString, id);
    const auto p = ProjectionRegistry::create(id, QRectF(-74, -34, 45, 39)); // Brazil's extent
    QVERIFY(p);
    QCOMPARE(p->id(), id);
    QVERIFY(!p->name().isEmpty());
    for (double lon : {-74.0, -54.0, -34.0, 14.1, 24.2})
      for (double lat : {-33.7, -12.0, 0.0, 5.3, 49.0, 54.8}) {
        const QPointF back = p->inverse(p->forward({lon, lat}));
        QVERIFY2(std::abs(back.x() - lon) < 1e-9 && std::abs(back.y() - lat) < 1e-9,
                 qPrintable(QStringLiteral("%1 %2 -> %3 %4").arg(lon).arg(lat).arg(back.x()).arg(back.y())));
      }
  }
  void albersIsEqualArea_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("latA");
    QTest::addColumn<double>("latB");
    QTest::newRow("brazil") << "albers_brazil" << -50.0 << 2.0 << -32.0;
    QTest::newRow("poland") << "albers_poland" << 16.0 << 49.0 << 54.0;
    QTest::newRow("fitted") << "albers" << -70.0 << -30.0 << 4.0;
  }
  void albersIsEqualArea() {
    QFETCH(QString, id);
    QFETCH(double, lon);
    QFETCH(double, latA);
    QFETCH(double, latB);
    const auto p = ProjectionRegistry::create(id, QRectF(-74, -34, 45, 39));
    const double ratio = projectedArea(*p, lon, latA, 1) / projectedArea(*p, lon + 7, latB, 1);
    QVERIFY2(std::abs(ratio / (sphereArea(latA, 1) / sphereArea(latB, 1)) - 1) < 1e-4,
             qPrintable(QString::number(ratio)));
    QVERIFY(std::abs(projectedArea(*p, lon, latA, 1) / sphereArea(latA, 1) - 1) < 1e-4);
  }
  void equirectangularIsNotEqualArea() {
    const auto p = ProjectionRegistry::create("equirectangular", QRectF(-74, -34, 45, 39));
    const double ratio = projectedArea(*p, -50, 2, 1) / projectedArea(*p, -50, -32, 1);
    QVERIFY(std::abs(ratio / (sphereArea(2, 1) / sphereArea(-32, 1)) - 1) > 0.1);
  }
  void symmetricParallelsUseCylindricalLimit() {
    const AlbersEqualAreaProjection p(0, 0, -10, 10);
    QVERIFY(std::abs(p.inverse(p.forward({20, 35})).y() - 35) < 1e-9);
    QVERIFY(std::abs(projectedArea(p, 5, 40, 1) / sphereArea(40, 1) - 1) < 1e-4);
  }
  void northIsUp() {
    const auto p = ProjectionRegistry::create("albers_brazil");
    QVERIFY(p->forward({-54, 0}).y() > p->forward({-54, -20}).y());
    QVERIFY(p->forward({-40, -12}).x() > p->forward({-60, -12}).x());
    QVERIFY(!ProjectionRegistry::create("mercator?"));
  }
};

QTEST_GUILESS_MAIN(TestProjection)
#include "test_projection.moc"
