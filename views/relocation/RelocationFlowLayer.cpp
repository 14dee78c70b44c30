#include "relocation/RelocationFlowLayer.h"
#include "ClassBreaks.h"
#include "FacilityUtilisation.h"
#include "LayerRenderer.h"
#include "MapScene.h"
#include <QCoreApplication>
#include <QMap>
#include <QPainter>
#include <QPainterPath>
#include <QSet>
#include <QtMath>
#include <algorithm>
#include <cmath>
#include <tuple>

namespace epidesk {

void RelocationFlowLayer::setScenario(const RelocationScenario &scenario, FeatureCollectionPtr features) {
  m_lonLat.clear();
  m_facilityDistrict.clear();
  m_groupIndex.clear();
  if (features)
    for (int i = 0; i < features->size(); ++i) {
      const Feature &f = features->at(i);
      if (!f.isEmpty())
        m_lonLat.insert(f.code, f.bounds.center());
    }
  for (const auto &d : scenario.districts)
    if (d.hasCentroid())
      m_lonLat.insert(d.code, QPointF(d.lon, d.lat));
  m_scenarioFacilities = scenario.facilities;
  for (const auto &f : scenario.facilities)
    m_facilityDistrict.insert(f.id, f.district);
  m_groupName.clear();
  for (int i = 0; i < int(scenario.groups.size()); ++i) {
    const ProcedureGroup &g = scenario.groups[std::size_t(i)];
    m_groupIndex.insert(g.id, i);
    m_groupName.insert(g.id, g.name.isEmpty() ? g.id : g.name);
  }
  m_arcs.clear();
  m_facilities.clear();
  m_unmet.clear();
}

void RelocationFlowLayer::setPlan(const RelocationPlan &plan) {
  m_arcs.clear();
  m_facilities.clear();
  m_unmet.clear();
  QMap<std::tuple<QString, QString, QString>, double> arcs; // ordered: deterministic drawing
  for (const auto &f : plan.flows)
    arcs[{f.fromDistrict, m_facilityDistrict.value(f.facility), f.group}] += f.patients;
  for (auto it = arcs.cbegin(); it != arcs.cend(); ++it)
    if (it.value() > 0)
      m_arcs.push_back({std::get<0>(it.key()), std::get<1>(it.key()), std::get<2>(it.key()), it.value()});
  m_facilities = FacilityUtilisation::of(plan, m_scenarioFacilities);
  for (const auto &u : plan.unmet)
    if (u.patients > 0)
      m_unmet[u.district] += u.patients;
}

void RelocationFlowLayer::clear() {
  m_arcs.clear();
  m_facilities.clear();
  m_unmet.clear();
}

QColor RelocationFlowLayer::paletteColor(int index) {
  static const QColor colors[] = {
      QColor(0x1f, 0x77, 0xb4), QColor(0xd6, 0x27, 0x28), QColor(0x2c, 0xa0, 0x2c), QColor(0x94, 0x67, 0xbd),
      QColor(0xff, 0x7f, 0x0e), QColor(0x8c, 0x56, 0x4b), QColor(0xe3, 0x77, 0xc2), QColor(0x17, 0xbe, 0xcf),
      QColor(0xbc, 0xbd, 0x22), QColor(0x7f, 0x7f, 0x7f), QColor(0x39, 0x3b, 0x79), QColor(0x63, 0x79, 0x39)};
  const int n = int(sizeof(colors) / sizeof(colors[0]));
  return colors[((index % n) + n) % n];
}

QColor RelocationFlowLayer::groupColor(const QString &group) const {
  return paletteColor(m_groupIndex.value(group, 0));
}

QPointF RelocationFlowLayer::position(const MapScene &scene, const QRectF &target,
                                      const QString &district) const {
  const auto it = m_lonLat.constFind(district);
  if (it == m_lonLat.cend())
    return {};
  return scene.viewport().transform(target).map(scene.projection().forward(it.value()));
}

void RelocationFlowLayer::paint(QPainter *painter, const MapScene &scene, const QRectF &target) const {
  if (m_arcs.empty() && m_facilities.empty())
    return;
  painter->save();
  painter->setClipRect(target, Qt::IntersectClip);
  painter->setRenderHint(QPainter::Antialiasing, true);
  const double unit = std::max(1.0, std::min(target.width(), target.height()) / 400.0); // pixels per "point"

  double maxCapacity = 0;
  for (const FacilityLoad &f : m_facilities)
    maxCapacity = std::max({maxCapacity, f.capacity, f.used});
  // Facility circles (drawn last): arrows end at their rim, so the heads stay visible.
  QHash<QString, double> rimRadius;
  for (const FacilityLoad &f : m_facilities)
    if (maxCapacity > 0)
      rimRadius[f.district] =
          std::max(rimRadius.value(f.district),
                   unit * (2 + 10 * std::sqrt(std::max(f.capacity, f.used) / maxCapacity)));

  double maxFlow = 0;
  for (const Arc &a : m_arcs)
    maxFlow = std::max(maxFlow, a.patients);
  for (const Arc &a : m_arcs) {
    if (a.from == a.to || !hasPosition(a.from) || !hasPosition(a.to))
      continue; // treated at home: shown by the facility circle
    const QPointF p0 = position(scene, target, a.from);
    const QLineF full(p0, position(scene, target, a.to));
    const double rim = rimRadius.value(a.to) + unit;
    if (full.length() < 2 * rim + 1)
      continue;
    const QPointF p1 = full.pointAt(1 - rim / full.length());
    const QLineF line(p0, p1);
    const double width = unit * (1.0 + 5.0 * std::sqrt(a.patients / maxFlow));
    QColor color = groupColor(a.group);
    color.setAlpha(200);
    QPen pen(color, width, Qt::SolidLine, Qt::RoundCap);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    const double head = std::min(line.length() / 3, 4 * unit + 2 * width);
    const QLineF shaft(p0, line.pointAt(1 - head / line.length()));
    painter->drawLine(shaft);
    // Arrow head at the receiving end.
    const double angle = std::atan2(p1.y() - p0.y(), p1.x() - p0.x());
    const QPointF left = p1 - QPointF(std::cos(angle - M_PI / 7), std::sin(angle - M_PI / 7)) * head;
    const QPointF right = p1 - QPointF(std::cos(angle + M_PI / 7), std::sin(angle + M_PI / 7)) * head;
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawPolygon(QPolygonF({p1, left, right}));
  }

  for (const FacilityLoad &f : m_facilities) {
    if (!hasPosition(f.district) || maxCapacity <= 0)
      continue;
    const QPointF c = position(scene, target, f.district);
    const double rCap = unit * (2 + 10 * std::sqrt(f.capacity / maxCapacity));
    const double rUsed = unit * (2 + 10 * std::sqrt(f.used / maxCapacity));
    painter->setPen(QPen(QColor(40, 40, 40), unit));
    painter->setBrush(QColor(255, 255, 255, 160));
    painter->drawEllipse(c, rCap, rCap);
    painter->setPen(Qt::NoPen);
    painter->setBrush(f.used > 0 ? QColor(20, 20, 20, 200) : QColor(150, 150, 150, 160));
    painter->drawEllipse(c, rUsed, rUsed);
  }
  painter->restore();
}

QVector<LegendEntry> RelocationFlowLayer::groupLegend() const {
  QSet<QString> withFlows;
  for (const Arc &a : m_arcs)
    if (a.from != a.to)
      withFlows.insert(a.group);
  QVector<std::pair<int, QString>> ordered;
  for (const QString &g : withFlows)
    ordered.append({m_groupIndex.value(g, 0), g});
  std::sort(ordered.begin(), ordered.end());
  QVector<LegendEntry> entries;
  for (const auto &[index, group] : ordered) {
    LegendEntry e;
    e.label = m_groupName.value(group, group);
    e.color = paletteColor(index);
    entries.append(e);
  }
  return entries;
}

void RelocationFlowLayer::paintGroupLegend(QPainter *painter, const QRectF &target) const {
  const QVector<LegendEntry> entries = groupLegend();
  if (entries.isEmpty())
    return;
  const QString title = QCoreApplication::translate("epidesk::RelocationFlowLayer", "Flows by patient group");
  painter->save();
  const QSizeF size = legendSize(painter, title, entries);
  const QRectF box(target.right() - size.width() - 10, target.top() + 10, size.width(), size.height());
  painter->setPen(Qt::NoPen);
  painter->setBrush(QColor(255, 255, 255, 215));
  painter->drawRoundedRect(box.adjusted(-4, -4, 4, 4), 4, 4);
  painter->setPen(Qt::black);
  paintLegend(painter, box, title, entries);
  painter->restore();
}

RelocationMapWidget::RelocationMapWidget(QWidget *parent) : MapWidget(parent) {}

void RelocationMapWidget::paintEvent(QPaintEvent *event) {
  MapWidget::paintEvent(event);
  QPainter painter(this);
  m_layer.paint(&painter, *scene(), rect());
  m_layer.paintGroupLegend(&painter, rect());
}

} // namespace epidesk
