#pragma once
#include "spacetime/SpaceTimeScene.h"
#include "spacetime/VtkOpenGLWidget.h"
#include <QWidget>

class QComboBox;
class QLabel;
class QSlider;
class QToolButton;

namespace epidesk {

// The cube's drawing surface: left drag rotates (trackball about the
// focal point), right or middle drag pans, the wheel zooms, a click picks a
// district (Ctrl adds), a double click resets the view. The legend and the
// period are painted over the 3-D image.
class SpaceTimeCanvas : public VtkOpenGLWidget {
  Q_OBJECT
public:
  explicit SpaceTimeCanvas(SpaceTimeScene *scene, QWidget *parent = nullptr);
  // Click position (logical pixels) of a feature's column, for tests.
  QPointF positionOf(int feature);
  int featureAt(const QPointF &pos); // logical pixels

signals:
  void featureClicked(int feature, bool add); // -1: empty space
  void viewReset();

protected:
  void paintGL() override;
  void mousePressEvent(QMouseEvent *event) override;
  void mouseMoveEvent(QMouseEvent *event) override;
  void mouseReleaseEvent(QMouseEvent *event) override;
  void mouseDoubleClickEvent(QMouseEvent *event) override;
  void wheelEvent(QWheelEvent *event) override;

private:
  SpaceTimeScene *m_scene;
  QPoint m_press, m_last;
  bool m_dragged = false;
};

// The space-time view: the canvas and its controls (mode, slab opacity,
// vertical exaggeration, reset).
class SpaceTimeView : public QWidget {
  Q_OBJECT
public:
  explicit SpaceTimeView(QWidget *parent = nullptr);
  SpaceTimeScene *scene() { return &m_scene; }
  SpaceTimeCanvas *canvas() const { return m_canvas; }
  void setData(SpaceTimeData data); // the view is fitted to the first data
  void setMode(SpaceTimeScene::Mode mode);
  void setSlabOpacity(double opacity);
  void setExaggeration(double factor);
  void setCursor(int period);
  void setSelection(const std::vector<int> &features);
  // Off screen, the canvas's view at size, overlay included; null and
  // *error without OpenGL.
  QImage render(const QSize &size, QString *error = nullptr);
  // Paints the legend (the map's classes), the value and the period over a
  // render of the scene: the same in the widget and in a headless image.
  static void paintOverlay(QPainter &painter, const QRect &rect, const SpaceTimeScene &scene);

signals:
  void featureClicked(int feature, bool add);
  void settingsChanged(); // mode, opacity or exaggeration changed by the user

private:
  void syncControls();
  void changeEvent(QEvent *event) override;
  void retranslate();

  SpaceTimeScene m_scene;
  SpaceTimeCanvas *m_canvas;
  QComboBox *m_mode;
  QSlider *m_opacity;
  QSlider *m_exaggeration;
  QToolButton *m_reset;
  QLabel *m_opacityLabel, *m_exaggerationLabel;
  bool m_fitted = false;
};

} // namespace epidesk
