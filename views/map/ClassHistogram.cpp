#include "map/ClassHistogram.h"
#include <QMouseEvent>
#include <QtCharts/QAreaSeries>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace epidesk {

namespace {
constexpr int kGrabPixels = 6; // how near a press must be to a break line to drag it
}

ClassHistogram::ClassHistogram(QWidget *parent) : QChartView(parent) {
  setRenderHint(QPainter::Antialiasing, false); // crisp bars, same pixels every run
  chart()->legend()->hide();
  chart()->setMargins(QMargins(4, 4, 4, 4));
  setMouseTracking(true);
}

void ClassHistogram::setData(const std::vector<double> &values, const ClassBreaks &breaks,
                             const QString &title) {
  m_values.clear();
  for (double v : values)
    if (std::isfinite(v))
      m_values.push_back(v);
  m_breaks = breaks;
  m_inner.clear();
  if (!breaks.isEmpty())
    m_inner.assign(breaks.upperBounds().begin(), breaks.upperBounds().end() - 1);
  chart()->setTitle(title);
  rebuild();
}

void ClassHistogram::rebuild() {
  QChart *c = chart();
  c->removeAllSeries();
  for (QAbstractAxis *axis : c->axes())
    c->removeAxis(axis);
  if (m_values.empty())
    return;
  const auto [lo, hi] = std::minmax_element(m_values.begin(), m_values.end());
  m_min = *lo;
  m_max = *hi > *lo ? *hi : *lo + 1;
  // Twice Rice's rule (fine enough to place breaks): 12 bins for the 27
  // states, 60 for 5,570 municipalities. Each bin is stacked by class, so
  // every class with values shows in its colour, however narrow.
  const int bins = std::clamp(int(std::ceil(4 * std::cbrt(double(m_values.size())))), 10, kMaxBins);
  const int classes = std::max(1, m_breaks.classCount());
  const double width = (m_max - m_min) / bins;
  std::vector<std::vector<int>> counts(bins, std::vector<int>(classes, 0)); // [bin][class]
  for (double v : m_values) {
    const int bin = std::clamp(int((v - m_min) / width), 0, bins - 1);
    const int cls = m_breaks.isEmpty() ? 0 : std::clamp(m_breaks.classOf(v), 0, classes - 1);
    ++counts[bin][cls];
  }
  int tallest = 0;
  for (const std::vector<int> &bin : counts)
    tallest = std::max(tallest, std::accumulate(bin.begin(), bin.end(), 0));
  const double top = tallest + 1;

  auto *x = new QValueAxis;
  x->setRange(m_min, m_max);
  x->setLabelFormat(QStringLiteral("%.3g"));
  auto *y = new QValueAxis; // whole districts: integer ticks from 0
  y->setRange(0, top);
  y->setTickType(QValueAxis::TicksDynamic);
  y->setTickAnchor(0);
  y->setTickInterval(std::max(1.0, std::ceil(top / 6)));
  y->setLabelFormat(QStringLiteral("%d"));
  y->setTitleText(tr("Districts"));
  c->addAxis(x, Qt::AlignBottom);
  c->addAxis(y, Qt::AlignLeft);

  // One filled step area per class, stacked on the classes below it.
  std::vector<int> below(bins, 0);
  for (int k = 0; k < classes; ++k) {
    auto *upper = new QLineSeries;
    auto *lower = new QLineSeries;
    for (int b = 0; b < bins; ++b) {
      const double left = m_min + b * width;
      const int base = below[b];
      below[b] += counts[b][k];
      lower->append(left, base);
      lower->append(left + width, base);
      upper->append(left, below[b]);
      upper->append(left + width, below[b]);
    }
    auto *area = new QAreaSeries(upper, lower);
    c->addSeries(area); // the theme styles it here: the class colour goes on after
    const QColor fill = m_breaks.isEmpty() ? QColor(120, 120, 120) : m_breaks.color(k);
    area->setBrush(fill);
    area->setPen(QPen(fill.darker(130), 1));
    area->attachAxis(x);
    area->attachAxis(y);
  }
  for (double b : m_inner) {
    auto *line = new QLineSeries;
    line->append(b, 0);
    line->append(b, top);
    c->addSeries(line);
    line->setPen(QPen(QColor(20, 20, 20), 2, Qt::DashLine));
    line->attachAxis(x);
    line->attachAxis(y);
  }
}

QPoint ClassHistogram::breakPosition(int i) const {
  if (i < 0 || i >= int(m_inner.size()) || chart()->series().isEmpty())
    return {};
  const QRectF plot = chart()->plotArea();
  const QPointF scene = chart()->mapToPosition(QPointF(m_inner[i], 0), chart()->series().first());
  return mapFromScene(chart()->mapToScene(QPointF(scene.x(), plot.center().y())));
}

double ClassHistogram::valueAt(const QPoint &pos) const {
  if (chart()->series().isEmpty())
    return 0;
  return chart()->mapToValue(chart()->mapFromScene(mapToScene(pos)), chart()->series().first()).x();
}

int ClassHistogram::breakNear(const QPoint &pos) const {
  int best = -1;
  int bestDistance = kGrabPixels + 1;
  for (int i = 0; i < int(m_inner.size()); ++i) {
    const int d = std::abs(breakPosition(i).x() - pos.x());
    if (d < bestDistance) {
      best = i;
      bestDistance = d;
    }
  }
  return best;
}

void ClassHistogram::mousePressEvent(QMouseEvent *event) {
  m_dragging = event->button() == Qt::LeftButton ? breakNear(event->pos()) : -1;
  if (m_dragging < 0)
    QChartView::mousePressEvent(event);
}

void ClassHistogram::mouseMoveEvent(QMouseEvent *event) {
  if (m_dragging < 0) {
    setCursor(breakNear(event->pos()) >= 0 ? Qt::SizeHorCursor : Qt::ArrowCursor);
    QChartView::mouseMoveEvent(event);
    return;
  }
  // Between its neighbours, so the classes stay in order.
  const double span = (m_max - m_min) * 1e-6;
  const double lower = m_dragging > 0 ? m_inner[m_dragging - 1] + span : m_min + span;
  const double upper = m_dragging + 1 < int(m_inner.size()) ? m_inner[m_dragging + 1] - span : m_max - span;
  m_inner[m_dragging] = std::clamp(valueAt(event->pos()), lower, upper);
  rebuild();
}

void ClassHistogram::mouseReleaseEvent(QMouseEvent *event) {
  if (m_dragging < 0) {
    QChartView::mouseReleaseEvent(event);
    return;
  }
  m_dragging = -1;
  emit breaksEdited(m_inner);
}

} // namespace epidesk
