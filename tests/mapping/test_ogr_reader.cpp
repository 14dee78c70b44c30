#include "MappingTestData.h"
#include "OgrBoundaryReader.h"
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using namespace epidesk;

namespace {

// Web Mercator (EPSG:3857) forward, to write test coordinates.
QPointF mercator(double lon, double lat) {
  const double r = 6378137.0, d = M_PI / 180;
  return {r * lon * d, r * std::log(std::tan(M_PI / 4 + lat * d / 2))};
}

QString mercatorRing(const QVector<QPointF> &lonLat) {
  QStringList pts;
  for (const QPointF &p : lonLat) {
    const QPointF m = mercator(p.x(), p.y());
    pts << QStringLiteral("%1 %2").arg(m.x(), 0, 'f', 6).arg(m.y(), 0, 'f', 6);
  }
  return QLatin1Char('(') + pts.join(QLatin1String(", ")) + QLatin1Char(')');
}

QVector<QPointF> square(double lon, double lat, double size) {
  return {{lon, lat}, {lon + size, lat}, {lon + size, lat + size}, {lon, lat + size}, {lon, lat}};
}

// Writes a real GeoPackage in EPSG:3857 with GDAL: a polygon with a hole and
// a two-part multipolygon.
bool writeMercatorGpkg(const QString &path) {
  GDALAllRegister();
  GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GPKG");
  if (!driver)
    return false;
  GDALDataset *ds = driver->Create(path.toUtf8(), 0, 0, 0, GDT_Unknown, nullptr);
  if (!ds)
    return false;
  OGRSpatialReference srs;
  srs.importFromEPSG(3857);
  OGRLayer *layer = ds->CreateLayer("districts", &srs, wkbMultiPolygon, nullptr);
  OGRFieldDefn terc("terc", OFTString), name("name", OFTString);
  layer->CreateField(&terc);
  layer->CreateField(&name);
  const QVector<std::pair<QString, QString>> wkts{
      {"0201",
       "POLYGON(" + mercatorRing(square(19, 50, 1)) + ", " + mercatorRing(square(19.25, 50.25, 0.5)) + ")"},
      {"0202", "MULTIPOLYGON((" + mercatorRing(square(21, 52, 0.5)) + "), (" +
                   mercatorRing(square(22, 53, 0.5)) + "))"}};
  for (const auto &[code, wkt] : wkts) {
    OGRFeature *f = OGRFeature::CreateFeature(layer->GetLayerDefn());
    f->SetField("terc", code.toUtf8().constData());
    f->SetField("name", ("District " + code).toUtf8().constData());
    OGRGeometry *g = nullptr;
    const QByteArray w = wkt.toUtf8();
    OGRGeometryFactory::createFromWkt(w.constData(), nullptr, &g);
    f->SetGeometryDirectly(g);
    const OGRErr err = layer->CreateFeature(f);
    OGRFeature::DestroyFeature(f);
    if (err != OGRERR_NONE)
      return false;
  }
  GDALClose(ds);
  return true;
}

} // namespace

class TestOgrReader : public QObject {
  Q_OBJECT
private slots:
  void readsBrazilianStates() {
    OgrBoundaryReader reader;
    QString error;
    const auto ufs = reader.read({sharedDataPath("data/br/uf.geojson"), QString(), "sigla", "name"}, &error);
    QVERIFY2(ufs, qPrintable(error));
    QCOMPARE(ufs->size(), 27);
    const QStringList siglas{"AC", "AL", "AP", "AM", "BA", "CE", "DF", "ES", "GO",
                             "MA", "MT", "MS", "MG", "PA", "PB", "PR", "PE", "PI",
                             "RJ", "RN", "RS", "RO", "RR", "SC", "SP", "SE", "TO"};
    for (const QString &s : siglas)
      QVERIFY2(ufs->find(s), qPrintable(s));
    const Feature *mg = ufs->find("MG");
    QCOMPARE(mg->name, QStringLiteral("Minas Gerais"));
    // Minas Gerais lies within about 51.1W-39.8W, 22.9S-14.2S.
    QVERIFY(mg->bounds.left() > -52 && mg->bounds.right() < -39);
    QVERIFY(mg->bounds.top() > -24 && mg->bounds.bottom() < -14);
    QVERIFY(mg->contains({-44, -19}));      // Belo Horizonte region
    QVERIFY(!mg->contains({-46.6, -23.5})); // São Paulo city
    QVERIFY(ufs->bounds().contains(QPointF(-47.9, -15.8)));
    QCOMPARE(reader.stats().read, 27);
  }
  void readsMunicipalitiesKeepingInvalidPolygons() {
    OgrBoundaryReader reader;
    QString error;
    const auto mg =
        reader.read({sharedDataPath("data/br/municipalities/geojs-31-mun.json"), {}, "id", "name"}, &error);
    QVERIFY2(mg, qPrintable(error));
    QVERIFY2(mg->size() > 800, qPrintable(QString::number(mg->size()))); // 853 in the 2013 map
    QVERIFY(mg->find("3106200"));                                        // Belo Horizonte
    QCOMPARE(reader.stats().skippedNoGeometry, 0);
  }
  void readsMercatorGeoPackageAsLonLat() {
    QTemporaryDir dir;
    const QString path = dir.filePath("districts.gpkg");
    QVERIFY(writeMercatorGpkg(path));
    OgrBoundaryReader reader;
    QString error;
    const auto fc = reader.read({path, "districts", "terc", "name"}, &error);
    QVERIFY2(fc, qPrintable(error));
    QCOMPARE(fc->size(), 2);
    const Feature *a = fc->find("0201");
    QCOMPARE(a->name, QStringLiteral("District 0201"));
    QCOMPARE(a->rings.size(), 2); // outer + hole
    QVERIFY(std::abs(a->bounds.left() - 19) < 1e-7 && std::abs(a->bounds.top() - 50) < 1e-7);
    QVERIFY(std::abs(a->bounds.right() - 20) < 1e-7 && std::abs(a->bounds.bottom() - 51) < 1e-7);
    QVERIFY(a->contains({19.1, 50.1}));
    QVERIFY(!a->contains({19.5, 50.5})); // in the hole
    const Feature *b = fc->find("0202");
    QCOMPARE(b->rings.size(), 2); // two parts
    QVERIFY(b->contains({21.2, 52.2}) && b->contains({22.2, 53.2}) && !b->contains({21.7, 52.7}));
  }
  void errorsNameFileAndLayer() {
    OgrBoundaryReader reader;
    QString error;
    QVERIFY(!reader.read({"/nonexistent/boundaries.gpkg", {}, "code", "name"}, &error));
    QVERIFY2(error.contains("/nonexistent/boundaries.gpkg"), qPrintable(error));
    const QString uf = sharedDataPath("data/br/uf.geojson");
    QVERIFY(!reader.read({uf, "no_such_layer", "sigla", "name"}, &error));
    QVERIFY2(error.contains("no_such_layer") && error.contains(uf), qPrintable(error));
    QVERIFY(!reader.read({uf, {}, "no_code_field", "name"}, &error));
    QVERIFY2(error.contains("no_code_field") && error.contains(uf), qPrintable(error));
    QVERIFY(!reader.read({uf, {}, "sigla", "no_name_field"}, &error));
    QVERIFY2(error.contains("no_name_field"), qPrintable(error));
  }
};

QTEST_GUILESS_MAIN(TestOgrReader)
#include "test_ogr_reader.moc"
