#include "MapViewport.h"
#include <algorithm>

namespace epidesk {

void MapViewport::setExtent(const QRectF &planeExtent) {
  m_extent = planeExtent;
  reset();
}

void MapViewport::reset() {
  m_zoom = 1.0;
  m_center = m_extent.center();
}

double MapViewport::scale(const QRectF &target) const {
  if (m_extent.width() <= 0 || m_extent.height() <= 0 || target.isEmpty())
    return 1.0;
  const double fit = std::min(target.width() / m_extent.width(), target.height() / m_extent.height());
  return fit * (1.0 - 2 * kMargin) * m_zoom;
}

QTransform MapViewport::transform(const QRectF &target) const {
  const double s = scale(target);
  const QPointF c = target.center();
  return QTransform(s, 0, 0, -s, c.x() - s * m_center.x(), c.y() + s * m_center.y());
}

QPointF MapViewport::toDevice(const QPointF &plane, const QRectF &target) const {
  return transform(target).map(plane);
}

QPointF MapViewport::toPlane(const QPointF &device, const QRectF &target) const {
  const double s = scale(target);
  const QPointF d = device - target.center();
  return m_center + QPointF(d.x() / s, -d.y() / s);
}

void MapViewport::zoomAt(const QPointF &devicePos, double factor, const QRectF &target) {
  if (factor <= 0)
    return;
  const QPointF anchor = toPlane(devicePos, target);
  m_zoom = std::clamp(m_zoom * factor, kMinZoom, kMaxZoom);
  const double s = scale(target);
  const QPointF d = devicePos - target.center();
  m_center = anchor - QPointF(d.x() / s, -d.y() / s);
}

void MapViewport::pan(const QPointF &deviceDelta, const QRectF &target) {
  const double s = scale(target);
  m_center -= QPointF(deviceDelta.x() / s, -deviceDelta.y() / s);
}

} // namespace epidesk
