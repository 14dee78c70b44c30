#pragma once
#include <QPoint>
#include <QStringList>
#include <QWidget>

namespace epidesk {

class MapScene;

// Interactive view of a MapScene: wheel zooms at the cursor, drag pans,
// double-click resets, hover shows a tooltip (name and value), click selects
// (ctrl-click adds/removes). The legend is drawn in the lower-left corner.
// Codes here are feature codes of the scene's primary layer.
class MapWidget : public QWidget {
  Q_OBJECT
public:
  explicit MapWidget(QWidget *parent = nullptr);

  MapScene *scene() const { return m_scene; }
  QStringList selectedCodes() const;
  // Widget position of a feature's centroid (for tests and "zoom to"); null if unknown.
  QPointF positionOf(const QString &featureCode) const;

public slots:
  // Programmatic selection: no selectionChanged() emitted.
  void setSelectedCodes(const QStringList &codes);
  // What a user click does (also emits selectionChanged()).
  void clickAt(const QPointF &pos, bool add);

signals:
  void selectionChanged(const QStringList &featureCodes);

protected:
  void paintEvent(QPaintEvent *event) override;
  void resizeEvent(QResizeEvent *event) override;
  void wheelEvent(QWheelEvent *event) override;
  void mousePressEvent(QMouseEvent *event) override;
  void mouseMoveEvent(QMouseEvent *event) override;
  void mouseReleaseEvent(QMouseEvent *event) override;
  void mouseDoubleClickEvent(QMouseEvent *event) override;
  void leaveEvent(QEvent *event) override;
  bool event(QEvent *event) override;

private:
  QString toolTipAt(const QPointF &pos) const;

  MapScene *m_scene;
  QPointF m_pressPos;
  QPointF m_lastDragPos;
  bool m_dragging = false;
  bool m_pressed = false;
};

} // namespace epidesk
