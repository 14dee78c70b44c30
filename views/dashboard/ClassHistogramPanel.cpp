#include "dashboard/ClassHistogramPanel.h"
#include "ChoroplethLayer.h"
#include "MapScene.h"
#include "dashboard/TrendPanels.h"
#include "map/ClassHistogram.h"
#include "map/MapWidget.h"
#include <QVBoxLayout>

namespace epidesk {

ClassHistogramPanel::ClassHistogramPanel(const PanelSpec &spec, QWidget *parent)
    : DashboardPanel(spec, parent), m_histogram(new ClassHistogram) {
  auto *layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(m_histogram);
  m_histogram->setMinimumSize(240, 160);
  connect(m_histogram, &ClassHistogram::breaksEdited, this, [this](const std::vector<double> &inner) {
    if (m_map)
      m_map->setManualBreaks(inner); // the map redraws, then this (classesChanged)
  });
}

QString ClassHistogramPanel::mapId() const {
  return initialSpec().params.value(QStringLiteral("map")).toString();
}

void ClassHistogramPanel::follow(TrendMapPanel *map) {
  if (map == m_map)
    return;
  disconnect(m_connection);
  m_map = map;
  if (m_map)
    m_connection = connect(m_map, &TrendMapPanel::classesChanged, this, &ClassHistogramPanel::redraw);
  redraw();
}

void ClassHistogramPanel::redraw() {
  const ChoroplethLayer *layer = m_map ? m_map->map()->scene()->primaryLayer() : nullptr;
  if (!layer) {
    m_histogram->setData({}, ClassBreaks(), m_map ? QString() : tr("No map to follow"));
    return;
  }
  std::vector<double> values;
  values.reserve(layer->values().size());
  for (double v : layer->values())
    values.push_back(v);
  std::sort(values.begin(), values.end()); // hash order is not the same in every process
  m_histogram->setData(values, layer->classBreaks(), layer->legendTitle());
}

void registerCompanionPanels(std::map<QString, PanelFactory::Create> &factories) {
  factories[QStringLiteral("trend_histogram")] = [](const PanelSpec &s, QWidget *p) {
    return new ClassHistogramPanel(s, p);
  };
}

} // namespace epidesk
