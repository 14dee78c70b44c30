#include "LayerRenderer.h"
#include "ChoroplethLayer.h"
#include "ProjectedGeometry.h"
#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>
#include <vector>

namespace epidesk {

namespace {

constexpr double kSelectionWidth = 3.0; // device pixels
constexpr double kHoverWidth = 2.0;

QPen cosmeticPen(const QColor &color, double width) {
  QPen pen(color, width);
  pen.setCosmetic(true);
  pen.setJoinStyle(Qt::RoundJoin);
  return pen;
}

} // namespace

void paintLayer(QPainter *painter, const ChoroplethLayer &layer, const QTransform &planeToDevice,
                const QRectF &deviceClip) {
  const ProjectedGeometry *geometry = layer.geometry();
  if (!geometry || geometry->size() == 0)
    return;
  const FeatureCollection &features = geometry->features();
  const double unitsPerPixel = 1.0 / std::max(1e-12, planeToDevice.m11());
  const QRectF visible = planeToDevice.inverted().mapRect(deviceClip);

  painter->save();
  painter->setTransform(planeToDevice, true);
  // Brush patterns follow the world transform; undo it so the hatching keeps
  // its device-pixel spacing at every zoom.
  QBrush hatch(layer.noDataColor().darker(140), Qt::BDiagPattern);
  hatch.setTransform(planeToDevice.inverted());

  painter->setPen(layer.borderPen());
  for (int i = 0; i < geometry->size(); ++i) {
    if (!geometry->bounds(i).intersects(visible))
      continue;
    const QPainterPath &path = geometry->path(i, unitsPerPixel);
    if (!layer.fillVisible()) {
      painter->strokePath(path, layer.borderPen());
      continue;
    }
    painter->setBrush(layer.fillColorAt(i));
    painter->drawPath(path);
    if (!layer.hasValueAt(i) && layer.noDataStyle() == ChoroplethLayer::NoDataStyle::Hatched)
      painter->fillPath(path, hatch);
  }

  // Overlays last, so neighbouring fills do not hide half of the outline.
  const int hovered = features.indexOf(layer.hovered());
  if (hovered >= 0) {
    const QPainterPath &path = geometry->path(hovered, unitsPerPixel);
    painter->fillPath(path, QColor(255, 255, 255, 70));
    painter->strokePath(path, cosmeticPen(QColor(40, 40, 40), kHoverWidth));
  }
  const QPen selectionPen = cosmeticPen(QColor(20, 20, 20), kSelectionWidth);
  // In feature order, not the set's hash order: shared borders of selected
  // neighbours then rasterise the same way in every process.
  std::vector<int> selected;
  for (const QString &code : layer.selection())
    if (const int i = features.indexOf(code); i >= 0)
      selected.push_back(i);
  std::sort(selected.begin(), selected.end());
  for (const int i : selected)
    if (geometry->bounds(i).intersects(visible))
      painter->strokePath(geometry->path(i, unitsPerPixel), selectionPen);
  painter->restore();
}

namespace {
struct LegendMetrics {
  double line, swatchW, swatchH, gap;
};
LegendMetrics legendMetrics(const QFontMetricsF &fm) {
  const double line = fm.height() * 1.35;
  return {line, fm.height() * 1.6, fm.height(), fm.height() * 0.5};
}
} // namespace

QSizeF legendSize(const QPainter *painter, const QString &title, const QVector<LegendEntry> &entries) {
  const QFontMetricsF fm(painter->font());
  const LegendMetrics m = legendMetrics(fm);
  // The title is drawn bold (paintLegend), so measure it bold.
  QFont bold = painter->font();
  bold.setBold(true);
  double w = title.isEmpty() ? 0 : QFontMetricsF(bold).horizontalAdvance(title) + 2;
  for (const auto &e : entries)
    w = std::max(w, m.swatchW + m.gap + fm.horizontalAdvance(e.text()));
  const double h = (entries.size() + (title.isEmpty() ? 0 : 1)) * m.line;
  return {w, h};
}

void paintLegend(QPainter *painter, const QRectF &target, const QString &title,
                 const QVector<LegendEntry> &entries) {
  painter->save();
  const QFontMetricsF fm(painter->font());
  const LegendMetrics m = legendMetrics(fm);
  double y = target.top();
  if (!title.isEmpty()) {
    QFont bold = painter->font();
    bold.setBold(true);
    painter->setFont(bold);
    painter->drawText(QRectF(target.left(), y, target.width(), m.line), Qt::AlignLeft | Qt::AlignVCenter,
                      title);
    bold.setBold(false);
    painter->setFont(bold);
    y += m.line;
  }
  for (const auto &e : entries) {
    const QRectF swatch(target.left(), y + (m.line - m.swatchH) / 2, m.swatchW, m.swatchH);
    painter->setPen(QPen(QColor(120, 120, 120), 0));
    painter->setBrush(e.color);
    painter->drawRect(swatch);
    painter->setPen(Qt::black);
    painter->drawText(QRectF(swatch.right() + m.gap, y, target.right() - swatch.right() - m.gap, m.line),
                      Qt::AlignLeft | Qt::AlignVCenter, e.text());
    y += m.line;
  }
  painter->restore();
}

} // namespace epidesk
