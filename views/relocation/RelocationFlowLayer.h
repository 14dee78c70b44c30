#pragma once
#include "ClassBreaks.h"
#include "FacilityUtilisation.h"
#include "Feature.h"
#include "map/MapWidget.h"
#include "RelocationTypes.h"
#include <QColor>
#include <QHash>
#include <QPointF>
#include <QRectF>
#include <QVector>
#include <vector>

class QPainter;

namespace epidesk {

class MapScene;

// Flows and facilities of a relocation plan drawn over a MapScene: one line
// with an arrow head per (origin district, receiving district, group) from
// centroid to centroid, width by patients and colour by group; facilities as
// circles at their district's centroid, area by patients treated (outline by
// capacity). Positions come from the scenario's district centroids, else from
// the centre of the district's boundary. MapScene has no hook for extra
// drawing, so callers paint the layer after MapScene::render() into the same
// target rectangle.
class RelocationFlowLayer {
public:
  struct Arc {
    QString from; // origin district
    QString to;   // receiving facility's district
    QString group;
    double patients = 0; // summed over months and facilities of that district
  };

  void setScenario(const RelocationScenario &scenario, FeatureCollectionPtr features = {});
  void setPlan(const RelocationPlan &plan);
  void clear();

  const std::vector<Arc> &arcs() const { return m_arcs; }
  const std::vector<FacilityLoad> &facilities() const { return m_facilities; }
  QHash<QString, double> unmetByDistrict() const { return m_unmet; }
  bool hasPosition(const QString &district) const { return m_lonLat.contains(district); }
  QPointF lonLatOf(const QString &district) const { return m_lonLat.value(district); }

  // Colour of a group (by its order in the scenario).
  QColor groupColor(const QString &group) const;
  static QColor paletteColor(int index);

  // Position of a district's centroid in target (the rectangle given to MapScene::render()).
  QPointF position(const MapScene &scene, const QRectF &target, const QString &district) const;
  void paint(QPainter *painter, const MapScene &scene, const QRectF &target) const;
  // One entry per group with flows in the plan: its colour and name.
  QVector<LegendEntry> groupLegend() const;
  // The group legend in the top-right corner of target (nothing without flows).
  void paintGroupLegend(QPainter *painter, const QRectF &target) const;

private:
  QHash<QString, QPointF> m_lonLat; // district -> (lon, lat)
  QHash<QString, QString> m_facilityDistrict;
  std::vector<RelocationFacility> m_scenarioFacilities; // listed on the map also without use
  QHash<QString, int> m_groupIndex;
  QHash<QString, QString> m_groupName;
  std::vector<Arc> m_arcs;
  std::vector<FacilityLoad> m_facilities;
  QHash<QString, double> m_unmet;
};

// MapWidget with a RelocationFlowLayer painted over the scene.
class RelocationMapWidget : public MapWidget {
  Q_OBJECT
public:
  explicit RelocationMapWidget(QWidget *parent = nullptr);
  RelocationFlowLayer &flowLayer() { return m_layer; }
  const RelocationFlowLayer &flowLayer() const { return m_layer; }

protected:
  void paintEvent(QPaintEvent *event) override;

private:
  RelocationFlowLayer m_layer;
};

} // namespace epidesk
