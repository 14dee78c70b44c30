#include "dashboard/TrendPanels.h"
#include "ClassifierRegistry.h"
#include "ColorRamp.h"
#include "MapScene.h"
#include "map/MapWidget.h"
#include "qcustomplot.h"
#include "trends/RegionalSharesChart.h"
#include "trends/TrendChart.h"
#include "trends/TrendTestTable.h"
#include <QJsonArray>
#include <QVBoxLayout>

namespace epidesk {

namespace {
QVBoxLayout *tightLayout(QWidget *w) {
  auto *layout = new QVBoxLayout(w);
  layout->setContentsMargins(0, 0, 0, 0);
  return layout;
}
} // namespace

TrendRequest TrendPanel::request() const {
  return TrendRequest::fromJson(initialSpec().params.value(QStringLiteral("request")).toObject())
      .value_or(TrendRequest{});
}

TrendMapPanel::TrendMapPanel(const PanelSpec &spec, QWidget *parent)
    : TrendPanel(spec, parent), m_params(spec.params), m_map(new MapWidget) {
  tightLayout(this)->addWidget(m_map);
  m_map->setMinimumSize(200, 160);
  connect(m_map, &MapWidget::selectionChanged, this,
          [this](const QStringList &features) { emit selectionRequested(m_binding.resultCodes(features)); });
}

QJsonObject TrendMapPanel::params() const {
  return m_params;
}

void TrendMapPanel::setManualBreaks(const std::vector<double> &inner) {
  QJsonArray breaks;
  for (double b : inner)
    breaks.append(b);
  if (breaks == m_params.value(QStringLiteral("breaks")).toArray())
    return;
  m_params[QStringLiteral("breaks")] = breaks;
  redraw();
  emit paramsChanged();
}

QString TrendMapPanel::shownValue() const {
  const QString value = m_params.value(QStringLiteral("map_value")).toString();
  if (value.isEmpty() && isLinked() && !m_cursor.isEmpty())
    return m_cursor;
  return value;
}

void TrendMapPanel::showOutput(std::shared_ptr<const TrendJobOutput> output) {
  m_output = std::move(output);
  m_binding = m_output ? m_output->binding : MapBinding();
  redraw();
}

void TrendMapPanel::showSelection(const QStringList &codes) {
  m_selection = codes;
  m_map->setSelectedCodes(m_binding.featureCodes(codes));
}

void TrendMapPanel::showTimeCursor(const QString &period) {
  m_cursor = period;
  redraw();
}

void TrendMapPanel::redraw() {
  if (!m_output || m_output->status != TrendJobOutput::Status::Ok)
    return;
  const QJsonObject &p = m_params;
  MapContent content;
  content.result = m_output->result;
  content.features = m_output->features;
  content.outlines = m_output->outlines;
  content.binding = m_binding;
  content.period = shownValue();
  content.classifierId = p.value(QStringLiteral("classifier")).toString(ClassifierRegistry::defaultId());
  content.classCount = p.value(QStringLiteral("class_count")).toInt(5);
  content.rampId = p.value(QStringLiteral("ramp")).toString(ColorRamp::defaultId());
  for (const QJsonValue &b : p.value(QStringLiteral("breaks")).toArray())
    content.breaks.push_back(b.toDouble());
  content.selectedResultCodes = m_selection;
  populateMapScene(*m_map->scene(), content);
  m_map->update();
  emit classesChanged();
}

TrendChartPanel::TrendChartPanel(const PanelSpec &spec, QWidget *parent)
    : TrendPanel(spec, parent), m_chart(new TrendChart) {
  tightLayout(this)->addWidget(m_chart);
  m_chart->setMinimumSize(240, 160);
  connect(m_chart, &TrendChart::seriesClicked, this, &DashboardPanel::selectRequested);
  // A zoom or pan by the user changes the document (not the replots of new data).
  connect(m_chart->plot(), &QCustomPlot::mouseRelease, this, &DashboardPanel::paramsChanged);
  connect(m_chart->plot(), &QCustomPlot::mouseWheel, this, &DashboardPanel::paramsChanged);
}

QJsonObject TrendChartPanel::params() const {
  QJsonObject p = initialSpec().params;
  if (!m_output)
    return p;
  const QCPRange x = m_chart->plot()->xAxis->range(), y = m_chart->plot()->yAxis->range();
  p[QStringLiteral("zoom")] =
      QJsonObject{{"x_min", x.lower}, {"x_max", x.upper}, {"y_min", y.lower}, {"y_max", y.upper}};
  return p;
}

void TrendChartPanel::showOutput(std::shared_ptr<const TrendJobOutput> output) {
  m_output = std::move(output);
  if (!m_output || m_output->status != TrendJobOutput::Status::Ok)
    return;
  m_chart->setResult(m_output->result, m_output->country);
  m_chart->setSelectedCodes(m_selection);
  m_chart->setTimeCursor(m_cursor);
  applyZoom();
}

void TrendChartPanel::applyZoom() {
  const QJsonObject zoom = initialSpec().params.value(QStringLiteral("zoom")).toObject();
  if (zoom.isEmpty())
    return;
  QCustomPlot *plot = m_chart->plot();
  plot->xAxis->setRange(zoom.value(QStringLiteral("x_min")).toDouble(),
                        zoom.value(QStringLiteral("x_max")).toDouble());
  plot->yAxis->setRange(zoom.value(QStringLiteral("y_min")).toDouble(),
                        zoom.value(QStringLiteral("y_max")).toDouble());
  plot->replot();
}

void TrendChartPanel::showSelection(const QStringList &codes) {
  m_selection = codes;
  m_chart->setSelectedCodes(codes);
  applyZoom(); // selecting rescales the chart; the saved zoom wins
}

void TrendChartPanel::showTimeCursor(const QString &period) {
  m_cursor = period;
  m_chart->setTimeCursor(period);
}

TrendTablePanel::TrendTablePanel(const PanelSpec &spec, QWidget *parent)
    : TrendPanel(spec, parent), m_table(new TrendTestTable) {
  tightLayout(this)->addWidget(m_table);
  connect(m_table, &TrendTestTable::selectionChanged, this, &DashboardPanel::selectionRequested);
}

QJsonObject TrendTablePanel::params() const {
  return initialSpec().params;
}

void TrendTablePanel::showOutput(std::shared_ptr<const TrendJobOutput> output) {
  m_output = std::move(output);
  if (m_output && m_output->status == TrendJobOutput::Status::Ok) {
    m_table->setResult(m_output->result);
    m_table->setSelectedCodes(m_selection);
  }
}

void TrendTablePanel::showSelection(const QStringList &codes) {
  m_selection = codes;
  m_table->setSelectedCodes(codes);
}

TrendSharesPanel::TrendSharesPanel(const PanelSpec &spec, QWidget *parent)
    : TrendPanel(spec, parent), m_chart(new RegionalSharesChart) {
  tightLayout(this)->addWidget(m_chart);
  m_chart->setMinimumSize(240, 160);
  connect(m_chart, &RegionalSharesChart::groupClicked, this, [this](int g, bool add) {
    const RegionalShares &shares = m_chart->shares();
    if (shares.bySelection && g == int(shares.groups.size()) - 1)
      return; // "Other states" names no district
    const QStringList codes = shares.groups[size_t(g)].codes;
    if (codes.size() == 1)
      emit selectRequested(codes.first(), add);
    else // a region of a state-level result: its states
      emit selectionRequested(add ? m_selection + codes : codes);
  });
}

TrendRequest TrendSharesPanel::request() const {
  TrendRequest r = TrendPanel::request();
  r.per1000 = false;
  if (r.level != GeoLevel::Region)
    r.level = GeoLevel::Uf;
  return r;
}

void TrendSharesPanel::showOutput(std::shared_ptr<const TrendJobOutput> output) {
  m_output = std::move(output);
  redraw();
}

void TrendSharesPanel::showSelection(const QStringList &codes) {
  m_selection = codes;
  redraw();
}

void TrendSharesPanel::redraw() {
  if (!m_output || m_output->status != TrendJobOutput::Status::Ok)
    return;
  const RegionalShares shares = RegionalShares::compute(m_output->result, m_selection);
  m_chart->setShares(shares, shares.bySelection ? tr("Share of the selected states per period")
                                                : tr("Share of each region per period"));
}

void registerTrendPanels(std::map<QString, PanelFactory::Create> &factories) {
  factories[QStringLiteral("trend_shares")] = [](const PanelSpec &s, QWidget *p) {
    return new TrendSharesPanel(s, p);
  };
  factories[QStringLiteral("trend_map")] = [](const PanelSpec &s, QWidget *p) {
    return new TrendMapPanel(s, p);
  };
  factories[QStringLiteral("trend_chart")] = [](const PanelSpec &s, QWidget *p) {
    return new TrendChartPanel(s, p);
  };
  factories[QStringLiteral("trend_table")] = [](const PanelSpec &s, QWidget *p) {
    return new TrendTablePanel(s, p);
  };
}

} // namespace epidesk
