#include "StoreBuilder.h"
#include "CsvReader.h"
#include "Feedback.h"
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <functional>
#include <gdal_priv.h>
#include <mutex>
#include <ogrsf_frmts.h>

namespace epidesk {

namespace {

struct DatasetCloser {
  void operator()(GDALDataset *ds) const { GDALClose(GDALDataset::ToHandle(ds)); }
};
using DatasetPtr = std::unique_ptr<GDALDataset, DatasetCloser>;

// This file's messages, in one context that lupdate sees too (it files the
// strings of a plain tr() wrapper function under the enclosing scope instead).
class StoreBuilderText {
  Q_DECLARE_TR_FUNCTIONS(epidesk::StoreBuilder)
};

DatasetPtr openVector(const QString &path, QString *error) {
  DatasetPtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
  if (!ds || ds->GetLayerCount() == 0) {
    *error = StoreBuilderText::tr("Cannot read boundaries %1: %2")
                 .arg(path, QString::fromUtf8(CPLGetLastErrorMsg()));
    return nullptr;
  }
  return ds;
}

OGRLayer *createLayer(GDALDataset &out, const char *name,
                      const std::vector<std::pair<const char *, OGRFieldType>> &fields, QString *error) {
  OGRSpatialReference srs;
  srs.importFromEPSG(4326);
  srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  const char *options[] = {"GEOMETRY_NAME=geom", "FID=fid", "SPATIAL_INDEX=YES", nullptr};
  OGRLayer *layer = out.CreateLayer(name, &srs, wkbMultiPolygon, const_cast<char **>(options));
  if (!layer) {
    *error = StoreBuilderText::tr("Cannot create layer %1: %2")
                 .arg(QString::fromLatin1(name), QString::fromUtf8(CPLGetLastErrorMsg()));
    return nullptr;
  }
  for (const auto &[fieldName, type] : fields) {
    OGRFieldDefn field(fieldName, type);
    if (layer->CreateField(&field) != OGRERR_NONE) {
      *error = StoreBuilderText::tr("Cannot create field %1").arg(QString::fromLatin1(fieldName));
      return nullptr;
    }
  }
  return layer;
}

bool addFeature(OGRLayer &layer, OGRFeature &source, const std::function<void(OGRFeature &)> &setFields,
                QString *error) {
  OGRFeature feature(layer.GetLayerDefn());
  setFields(feature);
  if (OGRGeometry *g = source.StealGeometry())
    feature.SetGeometryDirectly(OGRGeometryFactory::forceToMultiPolygon(g));
  if (layer.CreateFeature(&feature) != OGRERR_NONE) {
    *error = StoreBuilderText::tr("Cannot write a boundary: %1").arg(QString::fromUtf8(CPLGetLastErrorMsg()));
    return false;
  }
  return true;
}

QString stringField(OGRFeature &f, const char *name) {
  return QString::fromUtf8(f.GetFieldAsString(name));
}

} // namespace

bool StoreBuilder::writeBoundaries(const QString &path, const QString &sharedDir, Geography &geography,
                                   QString *error, Feedback *feedback) {
  static std::once_flag registered;
  std::call_once(registered, [] { GDALAllRegister(); });
  GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GPKG");
  if (!driver) {
    *error = StoreBuilderText::tr("GDAL has no GeoPackage driver");
    return false;
  }
  const QDir br(QDir(sharedDir).filePath(QStringLiteral("data/br")));
  DatasetPtr out(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
  if (!out) {
    *error = StoreBuilderText::tr("Cannot create %1: %2").arg(path, QString::fromUtf8(CPLGetLastErrorMsg()));
    return false;
  }
  OGRLayer *ufLayer = createLayer(
      *out, "uf", {{"cd_uf", OFTInteger}, {"sigla", OFTString}, {"name", OFTString}, {"region", OFTString}},
      error);
  OGRLayer *muniLayer =
      ufLayer ? createLayer(*out, "municipality",
                            {{"code", OFTInteger}, {"uf_code", OFTInteger}, {"name", OFTString}}, error)
              : nullptr;
  if (!muniLayer)
    return false;
  // One transaction: GeoPackage inserts are slow one by one.
  if (out->StartTransaction() != OGRERR_NONE) {
    *error = StoreBuilderText::tr("Cannot write %1").arg(path);
    return false;
  }

  {
    DatasetPtr src = openVector(br.filePath(QStringLiteral("uf.geojson")), error);
    if (!src)
      return false;
    for (auto &feature : src->GetLayer(0)) {
      UfInfo uf;
      uf.code = feature->GetFieldAsInteger("cd_uf");
      uf.sigla = stringField(*feature, "sigla");
      uf.name = stringField(*feature, "name");
      uf.region = stringField(*feature, "region");
      geography.addUf(uf);
      if (!addFeature(
              *ufLayer, *feature,
              [&](OGRFeature &f) {
                f.SetField("cd_uf", uf.code);
                f.SetField("sigla", uf.sigla.toUtf8().constData());
                f.SetField("name", uf.name.toUtf8().constData());
                f.SetField("region", uf.region.toUtf8().constData());
              },
              error))
        return false;
    }
  }

  const QStringList muniFiles = QDir(br.filePath(QStringLiteral("municipalities")))
                                    .entryList({QStringLiteral("geojs-*-mun.json")}, QDir::Files, QDir::Name);
  if (muniFiles.isEmpty()) {
    *error = StoreBuilderText::tr("No municipality boundaries (geojs-NN-mun.json) in %1")
                 .arg(br.filePath(QStringLiteral("municipalities")));
    return false;
  }
  int done = 0;
  for (const QString &name : muniFiles) {
    if (feedback && feedback->isCanceled()) {
      *error = StoreBuilderText::tr("Canceled");
      return false;
    }
    DatasetPtr src = openVector(br.filePath(QStringLiteral("municipalities/") + name), error);
    if (!src)
      return false;
    for (auto &feature : src->GetLayer(0)) {
      MunicipalityInfo m;
      m.code = feature->GetFieldIndex("id") >= 0 ? feature->GetFieldAsInteger("id") : int(feature->GetFID());
      m.ufCode = Geography::stateOfMunicipality(m.code);
      m.name = stringField(*feature, "name");
      geography.addMunicipality(m);
      if (!addFeature(
              *muniLayer, *feature,
              [&](OGRFeature &f) {
                f.SetField("code", m.code);
                f.SetField("uf_code", m.ufCode);
                f.SetField("name", m.name.toUtf8().constData());
              },
              error))
        return false;
    }
    if (feedback)
      feedback->setProgress(90.0 * ++done / muniFiles.size());
  }
  if (out->CommitTransaction() != OGRERR_NONE) {
    *error = StoreBuilderText::tr("Cannot write %1: %2").arg(path, QString::fromUtf8(CPLGetLastErrorMsg()));
    return false;
  }
  out.reset(); // close before SQLite opens the file
  return true;
}

bool StoreBuilder::readPopulation(const QString &sharedDir, std::vector<PopulationRow> &rows,
                                  QString *error) {
  const QString path =
      QDir(sharedDir).filePath(QStringLiteral("data/br/population_municipality_ibge6579.csv"));
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) {
    *error = StoreBuilderText::tr("Cannot read %1: %2").arg(path, file.errorString());
    return false;
  }
  CsvReader::Options options;
  options.delimiter = ';';
  CsvReader reader(file, options);
  CsvRecord header, cells;
  if (!reader.next(header) || header.size() < 2 || header.field(0) != "code_muni") {
    *error = StoreBuilderText::tr("%1: expected a header code_muni;YEAR;...").arg(path);
    return false;
  }
  while (reader.next(cells)) {
    if (cells.size() != header.size())
      continue; // broken line: the estimate is simply missing
    const int code = cells.field(0).toInt();
    for (int i = 1; i < cells.size(); ++i) {
      bool ok = false;
      double value = cells.field(i).toDouble(&ok);
      // IBGE's "..." marks years before the municipality was created: its
      // people are in the one it split from, so it counts 0 (not the nearest
      // later estimate, which would count them twice).
      if (cells.field(i) == "...") {
        value = 0;
        ok = true;
      }
      if (ok && code > 0)
        rows.push_back({code, header.field(i).toInt(), value});
    }
  }
  if (reader.error() != CsvReader::Error::None) {
    *error = StoreBuilderText::tr("Cannot read %1: %2").arg(path, reader.errorString());
    return false;
  }
  return true;
}

BoundarySource StoreBuilder::boundaries(const QString &path, GeoLevel level) {
  switch (level) {
  case GeoLevel::Municipality:
    return {path, QStringLiteral("municipality"), QStringLiteral("code"), QStringLiteral("name")};
  case GeoLevel::Uf:
    return {path, QStringLiteral("uf"), QStringLiteral("sigla"), QStringLiteral("name")};
  case GeoLevel::Region:
    return {path, QStringLiteral("uf"), QStringLiteral("region"), QStringLiteral("region")};
  case GeoLevel::Country:
    break;
  }
  return {path, QStringLiteral("uf"), QString(), QString()};
}

} // namespace epidesk
