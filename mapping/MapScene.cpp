#include "MapScene.h"
#include "LayerRenderer.h"
#include "ProjectedGeometry.h"
#include <QPainter>

namespace epidesk {

MapScene::MapScene(QObject *parent) : QObject(parent) {
  setProjectionId(ProjectionRegistry::defaultId());
}

MapScene::~MapScene() = default;

void MapScene::addLayer(ChoroplethLayer *layer) {
  if (!layer || m_layers.contains(layer))
    return;
  layer->setParent(this);
  m_layers.append(layer);
  connect(layer, &ChoroplethLayer::changed, this, &MapScene::changed);
  // Only the primary layer's interaction state is the scene's.
  connect(layer, &ChoroplethLayer::selectionChanged, this, [this, layer](const QSet<QString> &codes) {
    if (layer == primaryLayer())
      emit selectionChanged(codes);
  });
  connect(layer, &ChoroplethLayer::hoveredChanged, this, [this, layer](const QString &code) {
    if (layer == primaryLayer())
      emit hoveredChanged(code);
  });
  // Features set later (e.g. after an async read) change the extent too.
  connect(layer, &ChoroplethLayer::featuresChanged, this, &MapScene::refitProjection);
  if (m_projectionId.isEmpty()) // a fitted projection is rebuilt (and applied) by the refit
    layer->setProjection(m_projection);
  refitProjection();
}

void MapScene::removeLayer(ChoroplethLayer *layer) {
  if (!m_layers.removeOne(layer))
    return;
  delete layer;
  refitProjection();
}

void MapScene::clearLayers() {
  qDeleteAll(m_layers);
  m_layers.clear();
  refitProjection();
}

ChoroplethLayer *MapScene::primaryLayer() const {
  for (auto it = m_layers.crbegin(); it != m_layers.crend(); ++it)
    if ((*it)->isInteractive())
      return *it;
  return nullptr;
}

void MapScene::setProjectionId(const QString &id) {
  if (!ProjectionRegistry::create(id))
    return;
  m_projectionId = id;
  refitProjection();
}

void MapScene::setProjection(std::unique_ptr<Projection> projection) {
  if (!projection)
    return;
  m_projectionId.clear();
  m_projection = std::move(projection);
  for (auto *layer : m_layers)
    layer->setProjection(m_projection);
  m_viewport.setExtent(planeExtent());
  emit viewChanged();
  emit changed();
}

// Fitted projections depend on the lon/lat extent of everything shown.
void MapScene::refitProjection() {
  if (!m_projectionId.isEmpty()) {
    QRectF lonLat;
    for (const auto *layer : m_layers)
      if (layer->features() && !layer->features()->isEmpty())
        lonLat = lonLat.isNull() ? layer->features()->bounds() : lonLat.united(layer->features()->bounds());
    m_projection = ProjectionRegistry::create(m_projectionId, lonLat);
    for (auto *layer : m_layers)
      layer->setProjection(m_projection);
  }
  m_viewport.setExtent(planeExtent());
  emit viewChanged();
  emit changed();
}

QRectF MapScene::planeExtent() const {
  QRectF extent;
  for (const auto *layer : m_layers)
    if (layer->geometry() && layer->geometry()->size() > 0)
      extent = extent.isNull() ? layer->geometry()->extent() : extent.united(layer->geometry()->extent());
  return extent;
}

void MapScene::setTitle(const QString &title) {
  m_title = title;
  emit changed();
}

void MapScene::setBackgroundColor(const QColor &color) {
  m_background = color;
  emit changed();
}

void MapScene::render(QPainter *painter, const QRectF &target) const {
  painter->save();
  painter->setClipRect(target, Qt::IntersectClip);
  if (m_background.alpha() > 0)
    painter->fillRect(target, m_background);
  painter->setRenderHint(QPainter::Antialiasing, true);
  const QTransform t = m_viewport.transform(target);
  // The painter's own transform (e.g. PDF page scaling) applies on top.
  for (const auto *layer : m_layers)
    paintLayer(painter, *layer, t, target);
  painter->restore();
}

void MapScene::renderLegend(QPainter *painter, const QRectF &target) const {
  if (const auto *layer = primaryLayer())
    paintLegend(painter, target, layer->legendTitle(), layer->legendEntries());
}

QSizeF MapScene::legendSizeHint(const QPainter *painter) const {
  const auto *layer = primaryLayer();
  return layer ? legendSize(painter, layer->legendTitle(), layer->legendEntries()) : QSizeF();
}

void MapScene::renderTitle(QPainter *painter, const QRectF &target) const {
  painter->save();
  QFont font = painter->font();
  font.setBold(true);
  font.setPointSizeF(font.pointSizeF() * 1.3);
  painter->setFont(font);
  painter->drawText(target, Qt::AlignHCenter | Qt::AlignVCenter | Qt::TextWordWrap, m_title);
  painter->restore();
}

void MapScene::setDeviceRect(const QRectF &rect) {
  if (rect == m_deviceRect)
    return;
  m_deviceRect = rect;
  emit viewChanged();
}

void MapScene::zoomAt(const QPointF &devicePos, double factor) {
  m_viewport.zoomAt(devicePos, factor, m_deviceRect);
  emit viewChanged();
  emit changed();
}

void MapScene::pan(const QPointF &deviceDelta) {
  m_viewport.pan(deviceDelta, m_deviceRect);
  emit viewChanged();
  emit changed();
}

void MapScene::resetView() {
  m_viewport.reset();
  emit viewChanged();
  emit changed();
}

QPointF MapScene::lonLatToDevice(const QPointF &lonLat) const {
  return m_viewport.toDevice(m_projection->forward(lonLat), m_deviceRect);
}

QPointF MapScene::deviceToLonLat(const QPointF &devicePos) const {
  return m_projection->inverse(m_viewport.toPlane(devicePos, m_deviceRect));
}

QString MapScene::featureAt(const QPointF &devicePos) const {
  const auto *layer = primaryLayer();
  if (!layer || !layer->geometry())
    return {};
  const int i = layer->geometry()->featureAt(m_viewport.toPlane(devicePos, m_deviceRect));
  return i < 0 ? QString() : layer->geometry()->features().at(i).code;
}

void MapScene::hoverAt(const QPointF &devicePos) {
  setHoveredCode(featureAt(devicePos));
}

void MapScene::setHoveredCode(const QString &code) {
  if (auto *layer = primaryLayer())
    layer->setHovered(code);
}

QString MapScene::hoveredCode() const {
  const auto *layer = primaryLayer();
  return layer ? layer->hovered() : QString();
}

void MapScene::setSelection(const QSet<QString> &codes) {
  if (auto *layer = primaryLayer())
    layer->setSelection(codes);
}

QSet<QString> MapScene::selection() const {
  const auto *layer = primaryLayer();
  return layer ? layer->selection() : QSet<QString>();
}

void MapScene::toggleSelection(const QString &code) {
  if (auto *layer = primaryLayer())
    layer->toggleSelected(code);
}

void MapScene::clearSelection() {
  setSelection({});
}

} // namespace epidesk
