#include "OgrBoundaryReader.h"
#include <cpl_error.h>
#include <gdal_priv.h>
#include <memory>
#include <mutex>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

namespace epidesk {

namespace {

// GDAL's own messages would go to stderr; we collect the last one instead.
struct QuietGdalErrors {
  QuietGdalErrors() {
    CPLPushErrorHandler(CPLQuietErrorHandler);
    CPLErrorReset();
  }
  ~QuietGdalErrors() { CPLPopErrorHandler(); }
  QuietGdalErrors(const QuietGdalErrors &) = delete;
  QuietGdalErrors &operator=(const QuietGdalErrors &) = delete;
};

QString lastGdalError() {
  const char *msg = CPLGetLastErrorMsg();
  return msg && *msg ? QString::fromUtf8(msg) : QString();
}

struct DatasetCloser {
  void operator()(GDALDataset *ds) const { GDALClose(GDALDataset::ToHandle(ds)); }
};

QPolygonF readRing(const OGRLinearRing *ring, OGRCoordinateTransformation *ct) {
  const int n = ring ? ring->getNumPoints() : 0;
  if (n == 0)
    return {};
  std::vector<double> x(n), y(n);
  for (int i = 0; i < n; ++i) {
    x[i] = ring->getX(i);
    y[i] = ring->getY(i);
  }
  if (ct)
    ct->Transform(n, x.data(), y.data());
  QPolygonF out;
  out.reserve(n);
  for (int i = 0; i < n; ++i)
    if (std::isfinite(x[i]) && std::isfinite(y[i]))
      out.append(QPointF(x[i], y[i]));
  return out;
}

// Appends every ring of polygons found in geom (Polygon, MultiPolygon,
// GeometryCollection, curved types through their linear approximation).
void collectRings(const OGRGeometry *geom, OGRCoordinateTransformation *ct, QVector<QPolygonF> &rings) {
  if (!geom || geom->IsEmpty())
    return;
  const auto type = wkbFlatten(geom->getGeometryType());
  if (type == wkbPolygon) {
    const auto *poly = geom->toPolygon();
    for (const OGRLinearRing *ring : *poly) {
      QPolygonF r = readRing(ring, ct);
      if (r.size() >= 3)
        rings.append(std::move(r));
    }
  } else if (OGR_GT_IsSubClassOf(type, wkbGeometryCollection)) {
    for (const OGRGeometry *part : *geom->toGeometryCollection())
      collectRings(part, ct, rings);
  } else if (OGR_GT_IsSubClassOf(type, wkbCurvePolygon) || OGR_GT_IsSubClassOf(type, wkbMultiSurface)) {
    std::unique_ptr<OGRGeometry> linear(geom->getLinearGeometry());
    collectRings(linear.get(), ct, rings);
  }
}

} // namespace

std::optional<FeatureCollection> OgrBoundaryReader::read(const BoundarySource &source, QString *error) {
  static std::once_flag registered;
  std::call_once(registered, [] { GDALAllRegister(); });
  m_stats = {};
  auto fail = [&](const QString &message) -> std::optional<FeatureCollection> {
    if (error)
      *error = message;
    return std::nullopt;
  };

  QuietGdalErrors quiet;
  std::unique_ptr<GDALDataset, DatasetCloser> ds(GDALDataset::Open(
      source.path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
  if (!ds)
    return fail(tr("Cannot open boundary file %1: %2").arg(source.path, lastGdalError()));

  OGRLayer *layer = source.layer.isEmpty() ? ds->GetLayer(0) : ds->GetLayerByName(source.layer.toUtf8());
  if (!layer)
    return fail(source.layer.isEmpty()
                    ? tr("Boundary file %1 has no layer").arg(source.path)
                    : tr("Boundary file %1 has no layer \"%2\"").arg(source.path, source.layer));
  const QString layerName = QString::fromUtf8(layer->GetName());

  OGRFeatureDefn *defn = layer->GetLayerDefn();
  const int codeIndex = defn->GetFieldIndex(source.codeField.toUtf8());
  if (codeIndex < 0)
    return fail(
        tr("Layer \"%1\" of %2 has no code field \"%3\"").arg(layerName, source.path, source.codeField));
  int nameIndex = -1;
  if (!source.nameField.isEmpty()) {
    nameIndex = defn->GetFieldIndex(source.nameField.toUtf8());
    if (nameIndex < 0)
      return fail(
          tr("Layer \"%1\" of %2 has no name field \"%3\"").arg(layerName, source.path, source.nameField));
  }

  // OGR layers store x = easting/longitude whatever the CRS axis order says,
  // hence the traditional GIS order on both sides.
  std::unique_ptr<OGRCoordinateTransformation> ct;
  if (const OGRSpatialReference *layerSrs = layer->GetSpatialRef()) {
    OGRSpatialReference src(*layerSrs);
    src.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    OGRSpatialReference wgs84;
    wgs84.importFromEPSG(4326);
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    if (!src.IsSame(&wgs84)) {
      ct.reset(OGRCreateCoordinateTransformation(&src, &wgs84));
      if (!ct)
        return fail(tr("Cannot transform layer \"%1\" of %2 to longitude/latitude: %3")
                        .arg(layerName, source.path, lastGdalError()));
    }
  }

  FeatureCollection out;
  layer->ResetReading();
  for (auto &feature : *layer) {
    const QString code = QString::fromUtf8(feature->GetFieldAsString(codeIndex)).trimmed();
    if (code.isEmpty()) {
      ++m_stats.skippedNoCode;
      continue;
    }
    Feature f;
    f.code = code;
    if (nameIndex >= 0)
      f.name = QString::fromUtf8(feature->GetFieldAsString(nameIndex));
    collectRings(feature->GetGeometryRef(), ct.get(), f.rings);
    if (f.rings.isEmpty()) {
      ++m_stats.skippedNoGeometry;
      continue;
    }
    f.updateBounds();
    if (out.indexOf(code) >= 0)
      ++m_stats.duplicateCodes;
    out.append(std::move(f));
  }
  m_stats.read = out.size();
  return out;
}

} // namespace epidesk
