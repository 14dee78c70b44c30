#pragma once
#include <QPointF>
#include <QRectF>
#include <QTransform>

namespace epidesk {

// Zoom and pan state over a plane extent (projected units, y north), and the
// plane -> device transform that fits it into any target rectangle. The same
// state frames the map the same way in a widget and in a PDF page: zoom 1
// shows the whole extent (with a small margin) centred in the target.
class MapViewport {
public:
  static constexpr double kMinZoom = 0.5;
  static constexpr double kMaxZoom = 1000.0;
  static constexpr double kMargin = 0.03; // fraction of the target kept free around the extent

  void setExtent(const QRectF &planeExtent); // also resets the view
  QRectF extent() const { return m_extent; }
  void reset();

  double zoom() const { return m_zoom; }
  QPointF center() const { return m_center; } // plane point shown at the target centre

  double scale(const QRectF &target) const;         // device pixels per plane unit
  QTransform transform(const QRectF &target) const; // plane -> device
  QPointF toDevice(const QPointF &plane, const QRectF &target) const;
  QPointF toPlane(const QPointF &device, const QRectF &target) const;

  // Zoom by factor keeping the plane point under devicePos fixed.
  void zoomAt(const QPointF &devicePos, double factor, const QRectF &target);
  // Move the map by a device-pixel delta (drag direction).
  void pan(const QPointF &deviceDelta, const QRectF &target);

private:
  QRectF m_extent;
  QPointF m_center;
  double m_zoom = 1.0;
};

} // namespace epidesk
