#include "trends/TrendChart.h"
#include "export/PlotRender.h"
#include <QEvent>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace {
// Years are labels, not quantities: no locale digit grouping ("2014", not "2,014").
class YearTicker : public QCPAxisTickerFixed {
protected:
  QString getTickLabel(double tick, const QLocale &, QChar, int) override {
    return QString::number(qRound(tick));
  }
};
} // namespace

namespace epidesk {

namespace {

// Tableau 10: distinguishable lines, colour-blind friendlier than Qt's defaults.
// The country behind a selection: muted, so the selection stays in front.
const QColor kReferenceColor(0x79, 0x70, 0x6e);

const QColor kPalette[] = {QColor(0x4e79a7), QColor(0xf28e2b), QColor(0xe15759), QColor(0x76b7b2),
                           QColor(0x59a14f), QColor(0xedc948), QColor(0xb07aa1), QColor(0xff9da7),
                           QColor(0x9c755f), QColor(0xbab0ac)};

// Key on the x axis: the year, or seconds since the epoch of the month's first day.
double periodKey(const QString &period, PeriodKind kind) {
  if (kind == PeriodKind::Year)
    return period.left(4).toDouble();
  const QDate d = QDate::fromString(period.left(7), QStringLiteral("yyyy-MM"));
  return QCPAxisTickerDateTime::dateTimeToKey(d);
}

QString seriesLabel(const TrendResult &result, const QString &code) {
  const QString name = result.names.value(code);
  return name.isEmpty() || name == code ? code : QStringLiteral("%1 (%2)").arg(name, code);
}

} // namespace

TrendChart::TrendChart(QWidget *parent) : QWidget(parent), m_plot(new QCustomPlot(this)) {
  auto *layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(m_plot);
  m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom | QCP::iSelectPlottables);
  m_plot->legend->setVisible(true);
  m_plot->legend->setBrush(QColor(255, 255, 255, 220));
  m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
  m_plot->setMinimumSize(240, 160);
  connect(m_plot, &QCustomPlot::plottableClick, this, &TrendChart::onPlottableClick);
  connect(m_plot, &QCustomPlot::mouseDoubleClick, this, [this] { resetView(); });
}

void TrendChart::setResult(const TrendResult &result, const TrendResult &reference) {
  m_result = result;
  m_reference = reference;
  rebuild();
}

void TrendChart::setSelectedCodes(const QStringList &codes) {
  m_selected = codes;
  rebuild();
}

QStringList TrendChart::graphCodes() const {
  QStringList codes;
  for (int i = 0; i < m_plot->graphCount(); ++i)
    if (m_plot->graph(i) != m_referenceGraph)
      codes << m_plot->graph(i)->property("code").toString();
  return codes;
}

QStringList TrendChart::graphNames() const {
  QStringList names;
  for (int i = 0; i < m_plot->graphCount(); ++i)
    if (m_plot->graph(i) != m_referenceGraph)
      names << m_plot->graph(i)->name();
  return names;
}

QString TrendChart::measureLabel(const TrendResult &result) {
  const QString base = result.measure == Measure::Units ? tr("Units sold") : tr("Prescriptions");
  return result.per1000 ? tr("%1 per 1,000 inhabitants").arg(base) : base;
}

void TrendChart::addReferenceGraph() {
  // Only behind a selection, and not when the result is the country itself.
  if (m_reference.series.size() != 1 || m_result.series.contains(m_reference.series.firstKey()))
    return;
  const QString code = m_reference.series.firstKey();
  // Counts of one state are a fraction of the country's: the country goes on
  // its own right axis so both shapes stay readable; rates share the axis.
  const bool ownAxis = !m_reference.per1000;
  QCPAxis *valueAxis = ownAxis ? m_plot->yAxis2 : m_plot->yAxis;
  m_plot->yAxis2->setVisible(ownAxis);
  if (ownAxis) {
    m_plot->yAxis2->setLabel(tr("%1: %2").arg(seriesLabel(m_reference, code), measureLabel(m_reference)));
    m_plot->yAxis2->setNumberFormat(QStringLiteral("gb"));
    m_plot->yAxis2->setLabelColor(kReferenceColor);
    m_plot->yAxis2->setTickLabelColor(kReferenceColor);
  }
  m_referenceGraph = m_plot->addGraph(m_plot->xAxis, valueAxis);
  m_referenceGraph->setProperty("code", code);
  m_referenceGraph->setName(seriesLabel(m_reference, code));
  QPen pen(kReferenceColor);
  pen.setStyle(Qt::DashLine);
  pen.setWidthF(1.5);
  m_referenceGraph->setPen(pen);
  m_referenceGraph->setSelectable(QCP::stNone);
  QVector<double> keys, values;
  for (const SeriesPoint &p : m_reference.series.value(code)) {
    keys << periodKey(p.period, m_reference.period);
    values << p.value;
  }
  m_referenceGraph->setData(keys, values, true);
}

void TrendChart::rebuild() {
  m_plot->clearGraphs();
  m_referenceGraph = nullptr;
  m_plot->yAxis2->setVisible(false);
  m_plot->setLocale(QLocale()); // tick labels follow the chosen language

  // Which series to draw, and from which result.
  const TrendResult *source = &m_result;
  QStringList codes;
  for (const QString &c : m_selected)
    if (m_result.series.contains(c))
      codes << c;
  if (codes.isEmpty()) {
    if (!m_reference.series.isEmpty()) {
      source = &m_reference;
      codes = m_reference.series.keys();
    } else {
      codes = m_result.series.keys();
    }
  }
  m_highlight = m_selected.isEmpty() ? QString() : codes.value(codes.size() - 1);

  const PeriodKind kind = source->period;
  if (kind == PeriodKind::Year) {
    QSharedPointer<QCPAxisTickerFixed> ticker(new YearTicker);
    ticker->setTickStep(1.0);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    m_plot->xAxis->setTicker(ticker);
    m_plot->xAxis->setNumberFormat(QStringLiteral("f"));
    m_plot->xAxis->setNumberPrecision(0);
  } else {
    QSharedPointer<QCPAxisTickerDateTime> ticker(new QCPAxisTickerDateTime);
    ticker->setDateTimeFormat(QStringLiteral("MMM\nyyyy"));
    ticker->setDateTimeSpec(Qt::UTC);
    m_plot->xAxis->setTicker(ticker);
  }
  m_plot->xAxis->setLabel(kind == PeriodKind::Year ? tr("Year") : tr("Month"));
  m_plot->yAxis->setLabel(measureLabel(*source));
  m_plot->yAxis->setNumberFormat(QStringLiteral("gb"));

  if (source == &m_result)
    addReferenceGraph(); // first: painted beneath the selection
  // Colours follow the code order; the highlighted line is added last so it
  // is painted on top of the others.
  QStringList drawOrder = codes;
  if (drawOrder.removeOne(m_highlight))
    drawOrder << m_highlight;
  for (const QString &code : drawOrder) {
    QCPGraph *graph = m_plot->addGraph();
    graph->setProperty("code", code);
    graph->setName(seriesLabel(*source, code));
    const bool highlighted = code == m_highlight;
    QPen pen(kPalette[codes.indexOf(code) % std::size(kPalette)]);
    pen.setWidthF(highlighted ? 3.0 : 1.5);
    graph->setPen(pen);
    graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, highlighted ? 6 : 4));
    graph->setSelectable(QCP::stWhole);
    QVector<double> keys, values;
    for (const SeriesPoint &p : source->series.value(code)) {
      keys << periodKey(p.period, kind);
      values << p.value;
    }
    graph->setData(keys, values, true);
  }
  // Many series (e.g. 27 states unselected) would bury the plot under the legend.
  m_plot->legend->setVisible(codes.size() <= 12);
  resetView();
}

void TrendChart::setTimeCursor(const QString &period) {
  m_cursor = period;
  if (!m_cursorLine) {
    m_cursorLine = new QCPItemStraightLine(m_plot);
    m_cursorLine->setPen(QPen(QColor(120, 120, 120), 1, Qt::DotLine));
    m_cursorLine->setSelectable(false);
  }
  const bool shown = !period.isEmpty() && (!m_result.series.isEmpty() || !m_reference.series.isEmpty());
  m_cursorLine->setVisible(shown);
  if (shown) {
    const double x = periodKey(period, m_result.series.isEmpty() ? m_reference.period : m_result.period);
    m_cursorLine->point1->setCoords(x, 0);
    m_cursorLine->point2->setCoords(x, 1);
  }
  m_plot->replot();
}

void TrendChart::resetView() {
  m_plot->rescaleAxes();
  // Start y at zero for counts and rates: trends read honestly.
  for (QCPAxis *axis : {m_plot->yAxis, m_plot->yAxis2}) {
    const QCPRange y = axis->range();
    if (y.lower >= 0)
      axis->setRange(0, y.upper > 0 ? y.upper * 1.05 : 1);
  }
  const QCPRange x = m_plot->xAxis->range();
  const double pad = m_result.period == PeriodKind::Year ? 0.3 : 15 * 86400.0;
  m_plot->xAxis->setRange(x.lower - pad, x.upper + pad);
  m_plot->replot();
}

void TrendChart::render(QCPPainter *painter, const QRectF &rect) {
  renderPlot(*m_plot, painter, rect);
}

void TrendChart::render(QPainter *painter, const QRectF &rect) {
  renderPlot(*m_plot, painter, rect);
}

void TrendChart::onPlottableClick(QCPAbstractPlottable *plottable, int, QMouseEvent *event) {
  const QString code = plottable->property("code").toString();
  // Clicking a reference line (the country) is not a selectable code.
  if (!code.isEmpty() && m_result.series.contains(code))
    emit seriesClicked(code, event && (event->modifiers() & Qt::ControlModifier));
}

void TrendChart::changeEvent(QEvent *event) {
  if (event->type() == QEvent::LanguageChange)
    rebuild();
  QWidget::changeEvent(event);
}

} // namespace epidesk
