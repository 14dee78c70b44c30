#pragma once
#include "trends/RegionalShares.h"
#include <QtCharts/QChartView>

namespace epidesk {

// Stacked bars of each region's (or selected state's) share of the total
// per period. Drawn with Qt Charts: a few categories and stacked sets with
// a legend and hover are what it is good at; QCustomPlot stays the engine
// of the time-series charts. A click on a segment asks to select its group.
class RegionalSharesChart : public QChartView {
  Q_OBJECT
public:
  explicit RegionalSharesChart(QWidget *parent = nullptr);
  void setShares(const RegionalShares &shares, const QString &title);
  const RegionalShares &shares() const { return m_shares; }
  // Colour of group i's bars (the legend's).
  static QColor groupColour(const RegionalShares &shares, int group);
  // Centre of the segment of group in period, in this widget's pixels (tests).
  QPoint segmentPosition(int group, int period) const;

signals:
  void groupClicked(int group, bool add);

private:
  RegionalShares m_shares;
};

} // namespace epidesk
