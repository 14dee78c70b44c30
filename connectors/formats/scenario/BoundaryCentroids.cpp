#include "BoundaryCentroids.h"
#include <QCoreApplication>
#include <gdal_priv.h>
#include <memory>
#include <ogrsf_frmts.h>

namespace epidesk {

namespace {
struct DatasetCloser {
  void operator()(GDALDataset *ds) const { GDALClose(GDALDataset::ToHandle(ds)); }
};
} // namespace

QHash<QString, BoundaryCentroid> BoundaryCentroids::read(const QString &path, const QString &codeProperty,
                                                         QString *error) {
  QHash<QString, BoundaryCentroid> out;
  GDALAllRegister();
  std::unique_ptr<GDALDataset, DatasetCloser> ds(
      GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
  if (!ds || ds->GetLayerCount() < 1) {
    *error =
        QCoreApplication::translate("epidesk::BoundaryCentroids", "cannot read boundaries from %1").arg(path);
    return out;
  }
  OGRLayer *layer = ds->GetLayer(0);
  const QByteArray codeKey = codeProperty.toUtf8();
  const int codeField = layer->GetLayerDefn()->GetFieldIndex(codeKey.constData());
  const int nameField = layer->GetLayerDefn()->GetFieldIndex("name");
  if (codeField < 0) {
    *error = QCoreApplication::translate("epidesk::BoundaryCentroids", "%1 has no property \"%2\"")
                 .arg(path, codeProperty);
    return out;
  }
  layer->ResetReading();
  while (OGRFeature *raw = layer->GetNextFeature()) {
    std::unique_ptr<OGRFeature> feature(raw);
    const OGRGeometry *geometry = feature->GetGeometryRef();
    OGRPoint centroid;
    if (!geometry || geometry->Centroid(&centroid) != OGRERR_NONE)
      continue;
    BoundaryCentroid c;
    c.name = nameField >= 0 ? QString::fromUtf8(feature->GetFieldAsString(nameField)) : QString();
    c.lat = centroid.getY();
    c.lon = centroid.getX();
    out.insert(QString::fromUtf8(feature->GetFieldAsString(codeField)), c);
  }
  return out;
}

} // namespace epidesk
