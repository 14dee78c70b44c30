#include "map/MapWidget.h"
#include "ChoroplethLayer.h"
#include "map/MapBinding.h"
#include "MapScene.h"
#include "ProjectedGeometry.h"
#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>
#include <cmath>

namespace epidesk {

namespace {
constexpr double kDragThreshold = 4.0; // pixels before a press becomes a pan
constexpr double kLegendMargin = 8.0;
} // namespace

MapWidget::MapWidget(QWidget *parent) : QWidget(parent), m_scene(new MapScene(this)) {
  setMouseTracking(true);
  setMinimumSize(240, 200);
  setFocusPolicy(Qt::StrongFocus);
  setAttribute(Qt::WA_OpaquePaintEvent);
  connect(m_scene, &MapScene::changed, this, qOverload<>(&QWidget::update));
}

QStringList MapWidget::selectedCodes() const {
  const QSet<QString> s = m_scene->selection();
  QStringList codes(s.cbegin(), s.cend());
  codes.sort();
  return codes;
}

QPointF MapWidget::positionOf(const QString &featureCode) const {
  const ChoroplethLayer *layer = m_scene->primaryLayer();
  if (!layer || !layer->features() || !layer->geometry())
    return {};
  const int i = layer->features()->indexOf(featureCode);
  if (i < 0)
    return {};
  return m_scene->viewport().toDevice(layer->geometry()->centroid(i), m_scene->deviceRect());
}

void MapWidget::setSelectedCodes(const QStringList &codes) {
  m_scene->setSelection(QSet<QString>(codes.cbegin(), codes.cend()));
}

void MapWidget::clickAt(const QPointF &pos, bool add) {
  const QString code = m_scene->featureAt(pos);
  if (add) {
    if (code.isEmpty())
      return;
    m_scene->toggleSelection(code);
  } else if (code.isEmpty()) {
    m_scene->clearSelection();
  } else {
    m_scene->setSelection({code});
  }
  emit selectionChanged(selectedCodes());
}

void MapWidget::paintEvent(QPaintEvent *) {
  QPainter painter(this);
  painter.setRenderHint(QPainter::Antialiasing);
  painter.fillRect(rect(), palette().base());
  m_scene->render(&painter, rect());

  if (m_scene->primaryLayer()) {
    const QSizeF size = m_scene->legendSizeHint(&painter);
    const QRectF legend(kLegendMargin, height() - size.height() - kLegendMargin, size.width(), size.height());
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 215)); // readable over zoomed-in polygons
    painter.drawRoundedRect(legend.adjusted(-4, -4, 4, 4), 4, 4);
    painter.setPen(Qt::black); // the legend title uses the current pen
    m_scene->renderLegend(&painter, legend);
  }
}

void MapWidget::resizeEvent(QResizeEvent *event) {
  m_scene->setDeviceRect(rect());
  QWidget::resizeEvent(event);
}

void MapWidget::wheelEvent(QWheelEvent *event) {
  const double steps = event->angleDelta().y() / 120.0;
  if (steps == 0)
    return;
  m_scene->zoomAt(event->position(), std::pow(1.25, steps));
  event->accept();
}

void MapWidget::mousePressEvent(QMouseEvent *event) {
  if (event->button() != Qt::LeftButton)
    return QWidget::mousePressEvent(event);
  m_pressed = true;
  m_dragging = false;
  m_pressPos = m_lastDragPos = event->position();
}

void MapWidget::mouseMoveEvent(QMouseEvent *event) {
  const QPointF pos = event->position();
  if (m_pressed) {
    if (!m_dragging && (pos - m_pressPos).manhattanLength() > kDragThreshold) {
      m_dragging = true;
      setCursor(Qt::ClosedHandCursor);
    }
    if (m_dragging) {
      m_scene->pan(pos - m_lastDragPos);
      m_lastDragPos = pos;
    }
    return;
  }
  m_scene->hoverAt(pos);
}

void MapWidget::mouseReleaseEvent(QMouseEvent *event) {
  if (event->button() != Qt::LeftButton || !m_pressed)
    return QWidget::mouseReleaseEvent(event);
  m_pressed = false;
  if (m_dragging) {
    m_dragging = false;
    unsetCursor();
    return;
  }
  clickAt(event->position(), event->modifiers() & Qt::ControlModifier);
}

void MapWidget::mouseDoubleClickEvent(QMouseEvent *event) {
  if (event->button() == Qt::LeftButton)
    m_scene->resetView();
}

void MapWidget::leaveEvent(QEvent *event) {
  m_scene->setHoveredCode({});
  QWidget::leaveEvent(event);
}

bool MapWidget::event(QEvent *event) {
  if (event->type() == QEvent::ToolTip) {
    auto *help = static_cast<QHelpEvent *>(event);
    const QString text = toolTipAt(help->pos());
    if (text.isEmpty())
      QToolTip::hideText();
    else
      QToolTip::showText(help->globalPos(), text, this);
    return true;
  }
  return QWidget::event(event);
}

QString MapWidget::toolTipAt(const QPointF &pos) const {
  const QString code = m_scene->featureAt(pos);
  const ChoroplethLayer *layer = m_scene->primaryLayer();
  if (code.isEmpty() || !layer)
    return {};
  const Feature *feature = layer->features() ? layer->features()->find(code) : nullptr;
  const QString name = feature && !feature->name.isEmpty() ? feature->name : code;
  const std::optional<double> value = layer->value(code);
  const QString valueText =
      value ? QLocale().toString(*value, 'f', std::abs(*value) >= 100 ? 0 : 2) : tr("no data");
  QString text = QStringLiteral("<b>%1</b> (%2)<br>%3")
                     .arg(name.toHtmlEscaped(), code.toHtmlEscaped(), valueText.toHtmlEscaped());
  if (!layer->legendTitle().isEmpty())
    text += QStringLiteral("<br><small>%1</small>").arg(layer->legendTitle().toHtmlEscaped());
  return text;
}

} // namespace epidesk
