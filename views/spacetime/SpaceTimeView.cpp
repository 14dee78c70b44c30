#include "spacetime/SpaceTimeView.h"
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QOpenGLContext>
#include <QPainter>
#include <QSlider>
#include <QToolButton>
#include <QVBoxLayout>
#include <cmath>
#include <vtkCamera.h>
#include <vtkRenderer.h>

namespace epidesk {

SpaceTimeCanvas::SpaceTimeCanvas(SpaceTimeScene *scene, QWidget *parent)
    : VtkOpenGLWidget(parent), m_scene(scene) {
  setRenderer(scene->renderer());
  setMouseTracking(false);
  setMinimumSize(320, 240);
}

void SpaceTimeCanvas::paintGL() {
  VtkOpenGLWidget::paintGL();
  QPainter painter(this);
  SpaceTimeView::paintOverlay(painter, rect(), *m_scene);
}

QPointF SpaceTimeCanvas::positionOf(int feature) {
  return m_scene->pixelOf(feature, deviceSize()) / devicePixelRatioF();
}

int SpaceTimeCanvas::featureAt(const QPointF &pos) {
  return m_scene->featureAt((pos * devicePixelRatioF()).toPoint(), deviceSize());
}

void SpaceTimeCanvas::mousePressEvent(QMouseEvent *event) {
  m_press = m_last = event->position().toPoint();
  m_dragged = false;
}

void SpaceTimeCanvas::mouseMoveEvent(QMouseEvent *event) {
  const QPoint pos = event->position().toPoint();
  const QPoint d = pos - m_last;
  m_last = pos;
  if ((pos - m_press).manhattanLength() > 3)
    m_dragged = true;
  vtkCamera *camera = m_scene->renderer()->GetActiveCamera();
  const bool pan =
      (event->buttons() & (Qt::RightButton | Qt::MiddleButton)) || (event->modifiers() & Qt::ShiftModifier);
  if (pan) {
    // Move focal point and camera together, by the drag in world units at the focal plane.
    double fp[3], pos3[3], up[3];
    camera->GetFocalPoint(fp);
    camera->GetPosition(pos3);
    camera->GetViewUp(up);
    const double distance = camera->GetDistance();
    const double worldPerPixel =
        2.0 * distance * std::tan(camera->GetViewAngle() * M_PI / 360.0) / std::max(1, height());
    double dir[3] = {fp[0] - pos3[0], fp[1] - pos3[1], fp[2] - pos3[2]};
    double right[3] = {dir[1] * up[2] - dir[2] * up[1], dir[2] * up[0] - dir[0] * up[2],
                       dir[0] * up[1] - dir[1] * up[0]};
    const double rn = std::sqrt(right[0] * right[0] + right[1] * right[1] + right[2] * right[2]);
    for (int k = 0; k < 3; ++k) {
      const double shift = (-d.x() * right[k] / std::max(rn, 1e-12) + d.y() * up[k]) * worldPerPixel;
      fp[k] += shift;
      pos3[k] += shift;
    }
    camera->SetFocalPoint(fp);
    camera->SetPosition(pos3);
  } else if (event->buttons() & Qt::LeftButton) {
    camera->Azimuth(-0.4 * d.x());
    camera->Elevation(-0.4 * d.y()); // drag up: look from higher up, as VTK's trackball
    camera->OrthogonalizeViewUp();
  } else {
    return;
  }
  m_scene->renderer()->ResetCameraClippingRange();
  update();
}

void SpaceTimeCanvas::mouseReleaseEvent(QMouseEvent *event) {
  if (!m_dragged && event->button() == Qt::LeftButton) {
    makeCurrent(); // the picker may read the window's state
    const int feature = featureAt(event->position());
    doneCurrent();
    emit featureClicked(feature, event->modifiers() & Qt::ControlModifier);
  }
}

void SpaceTimeCanvas::mouseDoubleClickEvent(QMouseEvent *) {
  m_scene->resetView();
  update();
  emit viewReset();
}

void SpaceTimeCanvas::wheelEvent(QWheelEvent *event) {
  const double steps = event->angleDelta().y() / 120.0;
  m_scene->renderer()->GetActiveCamera()->Dolly(std::pow(1.15, steps));
  m_scene->renderer()->ResetCameraClippingRange();
  update();
}

void SpaceTimeView::paintOverlay(QPainter &painter, const QRect &rect, const SpaceTimeScene &scene) {
  const SpaceTimeData &d = scene.data();
  painter.setRenderHint(QPainter::Antialiasing);
  QFont font = painter.font();
  font.setPointSizeF(9);
  painter.setFont(font);
  const QFontMetrics fm(font);
  const int pad = 8, line = fm.height() + 2;
  if (d.periods.isEmpty()) {
    painter.setPen(Qt::darkGray);
    painter.drawText(rect, Qt::AlignCenter, tr("No data to show"));
    return;
  }
  const int c = scene.cursor();
  const bool forecast = d.forecastFrom >= 0 && c >= d.forecastFrom;
  QString caption = scene.mode() == SpaceTimeScene::Mode::Cube
                        ? tr("Time upward: %1 (bottom) to %2 (top) · plane at %3")
                              .arg(d.periods.first(), d.periods.last(), d.periods.at(c))
                        : tr("Height proportional to the value · %1").arg(d.periods.at(c));
  if (forecast)
    caption += tr(" (forecast)");
  painter.setPen(QColor(0x33, 0x33, 0x33));
  font.setBold(true);
  painter.setFont(font);
  painter.drawText(rect.left() + pad, rect.top() + pad + fm.ascent(), d.legendTitle);
  font.setBold(false);
  painter.setFont(font);
  painter.drawText(rect.left() + pad, rect.top() + pad + line + fm.ascent(), caption);
  // Legend: the map's classes, bottom left.
  const int n = d.classes.classCount();
  const int rows = n + 1 + (d.forecastFrom >= 0 ? 1 : 0);
  int y = rect.bottom() - pad - rows * line;
  auto row = [&](const QColor &colour, const QString &text, double opacity = 1.0) {
    painter.setOpacity(opacity);
    painter.fillRect(QRect(rect.left() + pad, y + 2, 14, line - 4), colour);
    painter.setOpacity(1.0);
    painter.drawRect(QRect(rect.left() + pad, y + 2, 14, line - 4));
    painter.drawText(rect.left() + pad + 20, y + fm.ascent() + 1, text);
    y += line;
  };
  painter.setPen(QColor(0x55, 0x55, 0x55));
  for (int i = 0; i < n; ++i)
    row(d.classes.color(i), d.classes.label(i));
  row(d.noDataColor, tr("No data"));
  if (d.forecastFrom >= 0)
    row(QColor(0x88, 0x88, 0x88), tr("Forecast (translucent), from %1").arg(d.periods.value(d.forecastFrom)),
        0.4);
}

SpaceTimeView::SpaceTimeView(QWidget *parent)
    : QWidget(parent), m_canvas(new SpaceTimeCanvas(&m_scene)), m_mode(new QComboBox),
      m_opacity(new QSlider(Qt::Horizontal)), m_exaggeration(new QSlider(Qt::Horizontal)),
      m_reset(new QToolButton), m_opacityLabel(new QLabel), m_exaggerationLabel(new QLabel) {
  auto *controls = new QHBoxLayout;
  controls->setContentsMargins(4, 2, 4, 2);
  controls->addWidget(m_mode);
  controls->addWidget(m_opacityLabel);
  controls->addWidget(m_opacity);
  controls->addWidget(m_exaggerationLabel);
  controls->addWidget(m_exaggeration);
  controls->addWidget(m_reset);
  auto *layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(0);
  layout->addLayout(controls);
  layout->addWidget(m_canvas, 1);
  m_mode->addItem(QString(), int(SpaceTimeScene::Mode::Cube));
  m_mode->addItem(QString(), int(SpaceTimeScene::Mode::Prisms));
  m_opacity->setRange(5, 100);
  m_opacity->setValue(100);
  m_exaggeration->setRange(1, 50); // tenths ×2: 0.2 .. 10
  m_exaggeration->setValue(5);
  m_opacity->setMaximumWidth(120);
  m_exaggeration->setMaximumWidth(120);
  retranslate();
  connect(m_mode, &QComboBox::activated, this, [this](int i) {
    m_scene.setMode(SpaceTimeScene::Mode(m_mode->itemData(i).toInt()));
    m_scene.resetView();
    m_canvas->update();
    emit settingsChanged();
  });
  connect(m_opacity, &QSlider::valueChanged, this, [this](int v) {
    if (std::abs(m_scene.slabOpacity() - v / 100.0) < 1e-9)
      return;
    m_scene.setSlabOpacity(v / 100.0);
    m_canvas->update();
    emit settingsChanged();
  });
  connect(m_exaggeration, &QSlider::valueChanged, this, [this](int v) {
    if (std::abs(m_scene.exaggeration() - v / 5.0) < 1e-9)
      return;
    m_scene.setExaggeration(v / 5.0);
    m_canvas->update();
    emit settingsChanged();
  });
  connect(m_reset, &QToolButton::clicked, this, [this] {
    m_scene.resetView();
    m_canvas->update();
  });
  connect(m_canvas, &SpaceTimeCanvas::featureClicked, this, &SpaceTimeView::featureClicked);
}

void SpaceTimeView::retranslate() {
  m_mode->setItemText(0, tr("Cube: every period"));
  m_mode->setItemText(1, tr("Prisms: one period"));
  m_mode->setToolTip(tr("Cube: each period is a slab, time upward. Prisms: the districts of the cursor's "
                        "period raised in proportion to their value."));
  m_opacityLabel->setText(tr("Opacity"));
  m_exaggerationLabel->setText(tr("Height"));
  m_exaggeration->setToolTip(tr("Vertical exaggeration"));
  m_reset->setText(tr("Reset view"));
  m_canvas->setToolTip(
      tr("Drag to rotate, right-drag to pan, wheel to zoom, click a district to select it (Ctrl adds), "
         "double-click to reset the view"));
}

void SpaceTimeView::changeEvent(QEvent *event) {
  if (event->type() == QEvent::LanguageChange)
    retranslate();
  QWidget::changeEvent(event);
}

void SpaceTimeView::syncControls() {
  m_mode->setCurrentIndex(m_mode->findData(int(m_scene.mode())));
  const QSignalBlocker a(m_opacity), b(m_exaggeration);
  m_opacity->setValue(int(std::lround(m_scene.slabOpacity() * 100)));
  m_exaggeration->setValue(int(std::lround(m_scene.exaggeration() * 5)));
}

void SpaceTimeView::setData(SpaceTimeData data) {
  const bool newGround = !m_fitted || !data.mesh || data.mesh != m_scene.data().mesh;
  m_scene.setData(std::move(data));
  if (newGround && m_scene.data().mesh) {
    m_scene.resetView();
    m_fitted = true;
  }
  m_canvas->update();
}

void SpaceTimeView::setMode(SpaceTimeScene::Mode mode) {
  m_scene.setMode(mode);
  m_scene.resetView();
  syncControls();
  m_canvas->update();
}

void SpaceTimeView::setSlabOpacity(double opacity) {
  m_scene.setSlabOpacity(opacity);
  syncControls();
  m_canvas->update();
}

void SpaceTimeView::setExaggeration(double factor) {
  m_scene.setExaggeration(factor);
  syncControls();
  m_canvas->update();
}

void SpaceTimeView::setCursor(int period) {
  m_scene.setCursor(period);
  m_canvas->update();
}

void SpaceTimeView::setSelection(const std::vector<int> &features) {
  m_scene.setSelection(features);
  m_canvas->update();
}

QImage SpaceTimeView::render(const QSize &size, QString *error) {
  // On screen (not a headless render's hidden widget, whose platform may have no GL surface).
  const bool onScreen = m_canvas->isVisible() && !window()->testAttribute(Qt::WA_DontShowOnScreen);
  if (onScreen && m_canvas->isValid() && m_canvas->size() == size)
    return m_canvas->grabFramebuffer(); // what is on screen, overlay included
  QImage image = renderVtkOffscreen(m_scene.renderer(), size, error);
  m_canvas->setRenderer(m_scene.renderer()); // the off-screen window took it
  if (image.isNull())
    return image;
  QPainter painter(&image);
  SpaceTimeView::paintOverlay(painter, image.rect(), m_scene);
  return image;
}

} // namespace epidesk
