#pragma once
#include "ClassBreaks.h"
#include <QtCharts/QChartView>
#include <vector>

namespace epidesk {

// The distribution of a choropleth's values with its class breaks drawn on
// it: one filled step area per class, in the class's colour, and a vertical
// line per inner break that the user drags to move it (the control QGIS
// users ask for: qgis/QGIS#53611, #31952). Drawn with Qt Charts: a few
// series on value axes with built-in hover and mapping between pixels and
// values is what it is good at; QCustomPlot stays the engine of the
// time-series charts (many series, bands, fast zoom).
class ClassHistogram : public QChartView {
  Q_OBJECT
public:
  static constexpr int kMaxBins = 60;

  explicit ClassHistogram(QWidget *parent = nullptr);

  // Non-finite values are left out; breaks: the map's classes.
  void setData(const std::vector<double> &values, const ClassBreaks &breaks, const QString &title);
  // The inner bounds (ascending) as drawn now (after a drag, before the map follows).
  std::vector<double> innerBreaks() const { return m_inner; }
  // Where inner break i is drawn, in this widget's pixels (tests, drags).
  QPoint breakPosition(int i) const;

signals:
  // The user dragged a break: the new inner bounds, ascending.
  void breaksEdited(const std::vector<double> &inner);

protected:
  void mousePressEvent(QMouseEvent *event) override;
  void mouseMoveEvent(QMouseEvent *event) override;
  void mouseReleaseEvent(QMouseEvent *event) override;

private:
  void rebuild();
  int breakNear(const QPoint &pos) const;
  double valueAt(const QPoint &pos) const;

  std::vector<double> m_values;
  ClassBreaks m_breaks;
  std::vector<double> m_inner;
  double m_min = 0, m_max = 1;
  int m_dragging = -1;
};

} // namespace epidesk
