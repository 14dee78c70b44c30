#pragma once
#include "ChoroplethLayer.h"
#include "MapViewport.h"
#include "Projection.h"
#include <QColor>
#include <QList>
#include <QObject>
#include <QPointF>
#include <QRectF>
#include <QSet>
#include <QString>
#include <memory>

class QPainter;

namespace epidesk {

// Everything a map shows, without widgets: layers (bottom to top), the
// projection, the view (zoom/pan) and the interaction state. render() paints
// into any QPainter (widget, QImage, PDF), so the map widget and the report
// share one code path.
//
// Device coordinates for featureAt(), zoomAt(), pan() and hover refer to
// deviceRect(): the widget calls setDeviceRect(rect()) when resized. render()
// fits the same view into whatever target it is given.
class MapScene : public QObject {
  Q_OBJECT
public:
  explicit MapScene(QObject *parent = nullptr);
  ~MapScene() override;

  // --- layers: the scene takes ownership (QObject parent).
  void addLayer(ChoroplethLayer *layer);
  void removeLayer(ChoroplethLayer *layer); // deletes it
  void clearLayers();
  const QList<ChoroplethLayer *> &layers() const { return m_layers; }
  // Topmost interactive layer: hit testing, hover, selection, legend. May be null.
  ChoroplethLayer *primaryLayer() const;

  // --- projection. By id (ProjectionRegistry), fitted to the layers' extent
  // and refitted when layers change; or an explicit projection (kept as is).
  void setProjectionId(const QString &id);
  void setProjection(std::unique_ptr<Projection> projection);
  const Projection &projection() const { return *m_projection; }

  // --- presentation
  void setTitle(const QString &title);
  QString title() const { return m_title; }
  void setBackgroundColor(const QColor &color); // Qt::transparent = leave the target as is
  QColor backgroundColor() const { return m_background; }

  // --- rendering (const: safe for a report while the widget is idle)
  void render(QPainter *painter, const QRectF &target) const;
  // Legend of primaryLayer(): its legend title, then colour boxes and labels.
  void renderLegend(QPainter *painter, const QRectF &target) const;
  void renderTitle(QPainter *painter, const QRectF &target) const;
  // Size the legend needs with the painter's current font.
  QSizeF legendSizeHint(const QPainter *painter) const;

  // --- view (device coordinates relative to deviceRect())
  void setDeviceRect(const QRectF &rect);
  QRectF deviceRect() const { return m_deviceRect; }
  const MapViewport &viewport() const { return m_viewport; }
  void zoomAt(const QPointF &devicePos, double factor);
  void pan(const QPointF &deviceDelta);
  void resetView();
  QPointF lonLatToDevice(const QPointF &lonLat) const;
  QPointF deviceToLonLat(const QPointF &devicePos) const;

  // --- hit testing and interaction (on primaryLayer())
  // Code of the feature under devicePos, empty if none.
  QString featureAt(const QPointF &devicePos) const;
  void hoverAt(const QPointF &devicePos); // updates hoveredCode()
  void setHoveredCode(const QString &code);
  QString hoveredCode() const;
  void setSelection(const QSet<QString> &codes);
  QSet<QString> selection() const;
  void toggleSelection(const QString &code);
  void clearSelection();

signals:
  void changed(); // repaint needed (data, style, view or state)
  void viewChanged();
  void hoveredChanged(const QString &code);
  void selectionChanged(const QSet<QString> &codes);

private:
  void refitProjection();
  QRectF planeExtent() const;

  QList<ChoroplethLayer *> m_layers;
  QString m_projectionId;
  std::shared_ptr<const Projection> m_projection;
  MapViewport m_viewport;
  QRectF m_deviceRect{0, 0, 800, 600};
  QString m_title;
  QColor m_background = Qt::white;
};

} // namespace epidesk
