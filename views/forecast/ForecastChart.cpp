#include "forecast/ForecastChart.h"
#include "AnalogueModel.h"
#include "ForecastOrigin.h"
#include "export/PlotRender.h"
#include <QEvent>
#include <QLocale>
#include <QVBoxLayout>
#include <cmath>
#include <qcustomplot.h>
#include <stdexcept>

namespace epidesk {

namespace {

const QColor kHistory(0x4e79a7);
const QColor kForecast(0xe15759);
const QColor kAnalogue(0x59a14f);
const QColor kActual(0x303030);

const char *roleName(ForecastChart::Role role) {
  switch (role) {
  case ForecastChart::Role::History:
    return "history";
  case ForecastChart::Role::Mean:
    return "mean";
  case ForecastChart::Role::Lo80:
    return "lo80";
  case ForecastChart::Role::Hi80:
    return "hi80";
  case ForecastChart::Role::Lo95:
    return "lo95";
  case ForecastChart::Role::Hi95:
    return "hi95";
  case ForecastChart::Role::Analogue:
    return "analogue";
  case ForecastChart::Role::Actual:
    return "actual";
  }
  return "";
}

double dateKey(const QDate &d) {
  return QCPAxisTickerDateTime::dateTimeToKey(d);
}

// Key of forecast step i: its label when it parses, else the period after the history.
double forecastKey(const TimeSeries &history, const ForecastPoint &p, int i) {
  if (const auto parsed = TimeSeries::parseLabel(p.period))
    return dateKey(parsed->second);
  return dateKey(history.periodStart(history.size() + i));
}

} // namespace

std::vector<AnalogueTrace> analogueTraces(const TimeSeries &target, const std::vector<Analogue> &analogues,
                                          const ForecastPanel &panel, int horizon,
                                          const QJsonObject &options) {
  std::vector<AnalogueTrace> traces;
  try {
    const int window = AnalogueModel::windowLength(target.frequency, options);
    if (horizon <= 0 || target.size() < window)
      return traces;
    for (const Analogue &a : analogues) {
      const TimeSeries *source = nullptr;
      for (const TimeSeries &s : panel.series)
        if (s.code == a.district) {
          source = &s;
          break;
        }
      const auto parsed = TimeSeries::parseLabel(a.start);
      if (!source || !parsed)
        continue;
      // Index of the start label in the source series.
      int start = -1;
      for (int i = 0; i < source->size() && start < 0; ++i)
        if (source->periodStart(i) == parsed->second)
          start = i;
      AnalogueTrace trace;
      trace.analogue = a;
      trace.offset = target.size() - window;
      trace.values = AnalogueModel::rescaledAnalogue(target, *source, start, horizon, options);
      if (!trace.values.empty())
        traces.push_back(std::move(trace));
    }
  } catch (const std::invalid_argument &) {
    traces.clear(); // options the model rejects: it drew no analogues either
  }
  return traces;
}

ForecastChart::ForecastChart(QWidget *parent) : QWidget(parent), m_plot(new QCustomPlot(this)) {
  auto *layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(m_plot);
  m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
  m_plot->legend->setVisible(true);
  m_plot->legend->setBrush(QColor(255, 255, 255, 220));
  m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
  m_plot->setMinimumSize(240, 160);
  connect(m_plot, &QCustomPlot::mouseDoubleClick, this, [this] { resetView(); });
  rebuild();
}

void ForecastChart::setForecast(const TimeSeries &history, const ForecastResult &result,
                                const ForecastPanel &panel, const QJsonObject &options,
                                const QString &title) {
  // What the model saw: with an origin, what followed is drawn as actuals.
  m_history = splitAtOrigin(history, result.asOf, 0).history;
  m_result = result;
  m_title = title;
  m_traces.clear();
  if (result.model == QLatin1String("nn"))
    m_traces =
        analogueTraces(m_history, result.analogues.value(history.code), panel, result.horizon, options);
  rebuild();
}

void ForecastChart::setValueLabel(const QString &label) {
  m_valueLabel = label;
  m_plot->yAxis->setLabel(label.isEmpty() ? tr("Value") : label);
  m_plot->replot();
}

void ForecastChart::clear() {
  m_history = {};
  m_result = {};
  m_traces.clear();
  m_title.clear();
  rebuild();
}

QCPGraph *ForecastChart::graph(Role role) const {
  for (int i = 0; i < m_plot->graphCount(); ++i)
    if (m_plot->graph(i)->property("role").toString() == QLatin1String(roleName(role)))
      return m_plot->graph(i);
  return nullptr;
}

int ForecastChart::analogueGraphCount() const {
  int count = 0;
  for (int i = 0; i < m_plot->graphCount(); ++i)
    count += m_plot->graph(i)->property("role").toString() == QLatin1String(roleName(Role::Analogue));
  return count;
}

QString ForecastChart::backtestText() const {
  return m_scoreText;
}

QString ForecastChart::modelSummary() const {
  if (!m_result.forecasts.contains(m_history.code))
    return {};
  const QString code = m_history.code;
  const QString calibration =
      m_result.calibration(code) == QLatin1String("conformal")
          ? tr("conformal: the model's band rescaled to cover its own errors on past origins")
          : tr("the model's own");
  QString text = tr("Model: %1\nIntervals: %2").arg(m_result.modelUsed(code), calibration);
  if (m_result.model == QLatin1String("auto"))
    text += QLatin1Char('\n') + tr("Chosen by the automatic model on rolling origins of the history");
  return text;
}

QCPGraph *ForecastChart::addGraph(Role role, const QString &name) {
  QCPGraph *g = m_plot->addGraph();
  g->setProperty("role", QString::fromLatin1(roleName(role)));
  g->setName(name);
  return g;
}

void ForecastChart::rebuild() {
  m_plot->clearGraphs();
  m_plot->clearItems();
  m_scoreBox = nullptr;
  m_scoreText.clear();
  m_plot->setLocale(QLocale());

  // Title row above the axis rect (created once).
  if (m_plot->plotLayout()->rowCount() < 2) {
    m_plot->plotLayout()->insertRow(0);
    auto *title = new QCPTextElement(m_plot, QString(), QFont(font().family(), 11, QFont::Bold));
    title->setObjectName(QStringLiteral("title"));
    m_plot->plotLayout()->addElement(0, 0, title);
  }
  m_plot->setToolTip(modelSummary());
  if (auto *title = qobject_cast<QCPTextElement *>(m_plot->plotLayout()->element(0, 0)))
    title->setText(m_title.isEmpty()
                       ? (m_history.code.isEmpty() ? tr("No district selected") : m_history.code)
                       : m_title);

  const Frequency f = m_history.frequency;
  QSharedPointer<QCPAxisTickerDateTime> ticker(new QCPAxisTickerDateTime);
  ticker->setDateTimeSpec(Qt::UTC);
  ticker->setDateTimeFormat(f == Frequency::Daily || f == Frequency::Weekly ? QStringLiteral("d MMM\nyyyy")
                            : f == Frequency::Yearly                        ? QStringLiteral("yyyy")
                                                                            : QStringLiteral("MMM\nyyyy"));
  m_plot->xAxis->setTicker(ticker);
  m_plot->xAxis->setLabel(f == Frequency::Daily       ? tr("Day")
                          : f == Frequency::Weekly    ? tr("Week")
                          : f == Frequency::Monthly   ? tr("Month")
                          : f == Frequency::Quarterly ? tr("Quarter")
                                                      : tr("Year"));
  m_plot->yAxis->setLabel(m_valueLabel.isEmpty() ? tr("Value") : m_valueLabel);
  m_plot->yAxis->setNumberFormat(QStringLiteral("gb"));

  const std::vector<ForecastPoint> points = m_result.forecasts.value(m_history.code);
  QVector<double> fk, mean, lo80, hi80, lo95, hi95;
  for (int i = 0; i < int(points.size()); ++i) {
    const ForecastPoint &p = points[size_t(i)];
    fk << forecastKey(m_history, p, i);
    mean << p.mean;
    lo80 << p.lo80;
    hi80 << p.hi80;
    lo95 << p.lo95;
    hi95 << p.hi95;
  }

  // Bands first so the lines are painted over them.
  if (!points.empty()) {
    QColor band95 = kForecast, band80 = kForecast;
    band95.setAlpha(40);
    band80.setAlpha(80);
    const bool conformal = m_result.calibration(m_history.code) == QLatin1String("conformal");
    const QString i95 = conformal ? tr("95 % interval (conformal)") : tr("95 % interval");
    const QString i80 = conformal ? tr("80 % interval (conformal)") : tr("80 % interval");
    QCPGraph *l95 = addGraph(Role::Lo95, i95);
    QCPGraph *h95 = addGraph(Role::Hi95, i95);
    QCPGraph *l80 = addGraph(Role::Lo80, i80);
    QCPGraph *h80 = addGraph(Role::Hi80, i80);
    l95->setData(fk, lo95, true);
    h95->setData(fk, hi95, true);
    l80->setData(fk, lo80, true);
    h80->setData(fk, hi80, true);
    for (QCPGraph *g : {l95, h95, l80, h80})
      g->setPen(Qt::NoPen);
    h95->setBrush(band95);
    h95->setChannelFillGraph(l95);
    h80->setBrush(band80);
    h80->setChannelFillGraph(l80);
    l95->removeFromLegend();
    l80->removeFromLegend();
  }

  // History.
  if (m_history.size() > 0) {
    QCPGraph *h = addGraph(Role::History, tr("Observed"));
    QVector<double> keys, values;
    for (int i = 0; i < m_history.size(); ++i) {
      if (!std::isfinite(m_history.values[size_t(i)]))
        continue;
      keys << dateKey(m_history.periodStart(i));
      values << m_history.values[size_t(i)];
    }
    h->setData(keys, values, true);
    QPen pen(kHistory);
    pen.setWidthF(1.5);
    h->setPen(pen);
    if (m_history.size() <= 120)
      h->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 3));
  }

  // Analogues, faint, over the target's last window and the forecast period.
  for (size_t a = 0; a < m_traces.size(); ++a) {
    const AnalogueTrace &t = m_traces[a];
    QCPGraph *g = addGraph(Role::Analogue, tr("Analogues (%n)", nullptr, int(m_traces.size())));
    g->setProperty("district", t.analogue.district);
    g->setProperty("start", t.analogue.start);
    QVector<double> keys, values;
    for (int i = 0; i < int(t.values.size()); ++i) {
      keys << dateKey(m_history.periodStart(t.offset + i));
      values << t.values[size_t(i)];
    }
    g->setData(keys, values, true);
    QColor c = kAnalogue;
    c.setAlpha(90);
    QPen pen(c);
    pen.setWidthF(1.0);
    g->setPen(pen);
    if (a > 0)
      g->removeFromLegend();
  }

  if (!points.empty()) {
    QCPGraph *m = addGraph(Role::Mean, tr("Forecast (%1)").arg(m_result.modelUsed(m_history.code)));
    // Join the forecast to the last observation so the line is continuous.
    QVector<double> keys = fk, values = mean;
    if (m_history.size() > 0 && std::isfinite(m_history.values.back())) {
      keys.prepend(dateKey(m_history.periodStart(m_history.size() - 1)));
      values.prepend(m_history.values.back());
    }
    m->setData(keys, values, true);
    QPen pen(kForecast);
    pen.setWidthF(2.0);
    pen.setStyle(Qt::DashLine);
    m->setPen(pen);

    // Held-out actuals of the forecast periods, against the forecast.
    const std::vector<ActualPoint> actuals = m_result.actuals.value(m_history.code);
    if (!actuals.empty()) {
      QCPGraph *a = addGraph(Role::Actual, tr("Actual (held out)"));
      QVector<double> keys, values;
      for (int i = 0; i < int(actuals.size()); ++i) {
        const ForecastPoint p{actuals[size_t(i)].period, 0, 0, 0, 0, 0};
        keys << forecastKey(m_history, p, i);
        values << actuals[size_t(i)].value;
      }
      a->setData(keys, values, true);
      QPen pen(kActual);
      pen.setWidthF(1.5);
      a->setPen(pen);
      a->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 4));
    }

    // Forecast origin.
    auto *origin = new QCPItemStraightLine(m_plot);
    const double x0 =
        m_history.size() > 0 ? dateKey(m_history.periodStart(m_history.size() - 1)) : fk.first();
    origin->point1->setCoords(x0, 0);
    origin->point2->setCoords(x0, 1);
    origin->setPen(QPen(Qt::gray, 1, Qt::DotLine));
  }

  // Backtest figures, top right.
  if (m_result.backtest.contains(m_history.code)) {
    const BacktestScore s = m_result.backtest.value(m_history.code);
    const QLocale locale;
    m_scoreText = tr("Backtest (%n origin(s))", nullptr, s.origins) + QLatin1Char('\n') +
                  tr("MASE: %1").arg(locale.toString(s.mase, 'f', 2)) + QLatin1Char('\n') +
                  tr("sMAPE: %1").arg(locale.toString(s.smape, 'f', 1)) + QLatin1Char('\n') +
                  tr("80 % coverage: %1 %").arg(locale.toString(100 * s.coverage80, 'f', 0)) +
                  QLatin1Char('\n') +
                  tr("95 % coverage: %1 %").arg(locale.toString(100 * s.coverage95, 'f', 0));
    m_scoreBox = new QCPItemText(m_plot);
    m_scoreBox->setObjectName(QStringLiteral("backtest"));
    m_scoreBox->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_scoreBox->position->setCoords(0.99, 0.02);
    m_scoreBox->setPositionAlignment(Qt::AlignTop | Qt::AlignRight);
    m_scoreBox->setTextAlignment(Qt::AlignLeft);
    m_scoreBox->setText(m_scoreText);
    m_scoreBox->setBrush(QColor(255, 255, 255, 220));
    m_scoreBox->setPen(QPen(Qt::lightGray));
    m_scoreBox->setPadding(QMargins(5, 3, 5, 3));
    m_scoreBox->setClipToAxisRect(false);
  }
  m_plot->legend->setVisible(m_plot->graphCount() > 0);
  resetView();
}

void ForecastChart::resetView() {
  m_plot->rescaleAxes();
  // Long daily histories bury the forecast: show the recent past (at least
  // 8 horizons, 120 days) and the forecast; drag or zoom out for the rest.
  const int horizon = int(m_result.forecasts.value(m_history.code).size());
  const int recent = std::max(8 * horizon, 120);
  if (m_history.frequency == Frequency::Daily && horizon > 0 && m_history.size() > recent) {
    const QCPRange x = m_plot->xAxis->range();
    const QCPRange keys(dateKey(m_history.periodStart(m_history.size() - recent)), x.upper);
    bool found = false;
    QCPRange y;
    for (int i = 0; i < m_plot->graphCount(); ++i) {
      bool ok = false;
      const QCPRange r = m_plot->graph(i)->getValueRange(ok, QCP::sdBoth, keys);
      if (ok) {
        y = found ? QCPRange(std::min(y.lower, r.lower), std::max(y.upper, r.upper)) : r;
        found = true;
      }
    }
    m_plot->xAxis->setRange(keys);
    if (found)
      m_plot->yAxis->setRange(y);
  }
  const QCPRange y = m_plot->yAxis->range();
  if (y.lower >= 0)
    m_plot->yAxis->setRange(0, y.upper > 0 ? y.upper * 1.08 : 1);
  const QCPRange x = m_plot->xAxis->range();
  const double pad = qMax(86400.0, x.size() * 0.02);
  m_plot->xAxis->setRange(x.lower - pad, x.upper + pad);
  m_plot->replot();
}

void ForecastChart::render(QCPPainter *painter, const QRectF &rect) {
  renderPlot(*m_plot, painter, rect);
}

void ForecastChart::render(QPainter *painter, const QRectF &rect) {
  renderPlot(*m_plot, painter, rect);
}

void ForecastChart::changeEvent(QEvent *event) {
  if (event->type() == QEvent::LanguageChange)
    rebuild();
  QWidget::changeEvent(event);
}

} // namespace epidesk
