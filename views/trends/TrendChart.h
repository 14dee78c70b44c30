#pragma once
#include "TrendTypes.h"
#include <QWidget>

class QCustomPlot;
class QCPAbstractPlottable;
class QCPGraph;
class QCPItemStraightLine;
class QCPPainter;
class QMouseEvent;
class QPainter;

namespace epidesk {

// Line chart of TrendResult series (QCustomPlot): one graph per selected
// code, or the reference series (the country) when nothing is selected;
// behind a selection the country stays as a muted dashed line (on the right
// axis for counts, on the same axis for rates).
// The current code (last selected) is drawn thicker. Drag pans, wheel zooms,
// double-click rescales, clicking a line selects its code.
class TrendChart : public QWidget {
  Q_OBJECT
public:
  explicit TrendChart(QWidget *parent = nullptr);

  // reference: shown when no code is selected (typically the country-level
  // result); may be empty, then every series of result is drawn.
  void setResult(const TrendResult &result, const TrendResult &reference = {});
  QCustomPlot *plot() const { return m_plot; }
  // Codes drawn, in graph order, and the graph names (legend texts); the
  // reference line behind a selection is not among them.
  QStringList graphCodes() const;
  QStringList graphNames() const;
  // The country's dashed line behind a selection; null when none is drawn.
  QCPGraph *referenceGraph() const { return m_referenceGraph; }
  QString highlightedCode() const { return m_highlight; }

  // Paints the chart into rect (vector output on PDF/SVG painters); used by the report.
  void render(QPainter *painter, const QRectF &rect);
  // Same, straight into QCustomPlot's painter (no intermediate picture).
  void render(QCPPainter *painter, const QRectF &rect);
  // Axis label for a result: "Prescriptions per 1,000 inhabitants", ...
  static QString measureLabel(const TrendResult &result);

public slots:
  // The last code is highlighted.
  void setSelectedCodes(const QStringList &codes);
  void resetView();
  // A vertical line at period (the dashboard's time cursor); empty hides it.
  void setTimeCursor(const QString &period);

signals:
  // The user clicked the line of code; add = ctrl was held.
  void seriesClicked(const QString &code, bool add);

protected:
  void changeEvent(QEvent *event) override;

private:
  void rebuild();
  void addReferenceGraph();
  void onPlottableClick(QCPAbstractPlottable *plottable, int dataIndex, QMouseEvent *event);

  QCustomPlot *m_plot;
  TrendResult m_result;
  TrendResult m_reference;
  QCPGraph *m_referenceGraph = nullptr;
  QStringList m_selected;
  QString m_highlight;
  QString m_cursor;
  QCPItemStraightLine *m_cursorLine = nullptr;
};

} // namespace epidesk
