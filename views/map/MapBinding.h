#pragma once
#include "Feature.h"
#include "Geography.h"
#include "TrendTypes.h"
#include <QHash>
#include <QSizeF>
#include <QString>
#include <QStringList>

class QPainter;

namespace epidesk {

class MapScene;

// MapContent::period value that maps the trend (Sen's slope) instead of a period.
inline const QString kSenSlopeValue = QStringLiteral("sen_slope");
// The period a map value choice resolves to: "" for Sen's slope, the last
// period of the result for an empty choice.
QString resolveMapPeriod(const TrendResult &result, const QString &choice);

// How a TrendResult is shown on boundaries: municipality results on
// municipality boundaries, everything else on the 27 states, region and
// country results colouring each state with its region's / the country's
// value. Translates codes both ways so selection works at every level.
// No widgets: used by the Dashboard and by ReportWriter.
class MapBinding {
public:
  // Boundary level that displays a result level.
  static GeoLevel boundaryLevel(GeoLevel resultLevel) {
    return resultLevel == GeoLevel::Municipality ? GeoLevel::Municipality : GeoLevel::Uf;
  }

  MapBinding() = default;
  MapBinding(GeoLevel resultLevel, const FeatureCollection &features, const Geography &geography);

  GeoLevel resultLevel() const { return m_level; }
  // Result code of a map feature ("MG" -> "Sudeste" at region level), empty if none.
  QString resultCode(const QString &featureCode) const { return m_toResult.value(featureCode); }
  QStringList resultCodes(const QStringList &featureCodes) const;
  // Map features showing a result code.
  QStringList featureCodes(const QString &resultCode) const { return m_toFeatures.value(resultCode); }
  QStringList featureCodes(const QStringList &resultCodes) const;

  // Value per feature: the series value at `period` (empty = the last
  // period), or Sen's slope for kSenSlopeValue. Features without a value are
  // left out (no data).
  QHash<QString, double> featureValues(const TrendResult &result, const QString &period) const;

private:
  GeoLevel m_level = GeoLevel::Uf;
  QHash<QString, QString> m_toResult;
  QHash<QString, QStringList> m_toFeatures;
};

// Everything a map needs besides the view state; shared by widget and report.
struct MapContent {
  TrendResult result;
  FeatureCollectionPtr features; // boundaries of MapBinding::boundaryLevel(result.level)
  FeatureCollectionPtr outlines; // optional state borders drawn over municipalities
  MapBinding binding;
  QString period; // period shown; empty = the last one; kSenSlopeValue = Sen's slope
  QString classifierId;
  int classCount = 5;
  QString rampId;             // ColorRamp id; empty = the default ramp
  std::vector<double> breaks; // manual inner class bounds (ascending); empty = the classifier's
  QStringList selectedResultCodes;
};

// (Re)builds the scene's layers from content. Keeps the view (zoom/pan) when
// the boundaries are the same collection as before.
void populateMapScene(MapScene &scene, const MapContent &content);
// Adds outlines (e.g. state borders over municipalities) as a non-interactive
// layer of borders only, above the choropleth.
void addOutlineLayer(MapScene &scene, FeatureCollectionPtr outlines);
// Legend title for a map value choice: "Prescriptions, 2020" or "Sen's slope per year: …".
QString mapValueTitle(const TrendResult &result, const QString &choice);

} // namespace epidesk
