#pragma once
#include "dashboard/DashboardPanel.h"
#include <QPointer>

namespace epidesk {

class ClassHistogram;
class QLabel;
class TrendMapPanel;

// trend_histogram: the class histogram beside a choropleth (params {"map":
// the trend_map panel's id; empty = the dashboard's first map}). It shows
// that map's values and classes; dragging a break sets manual breaks on the
// map, which reclassifies (legend and document follow) and redraws this.
class ClassHistogramPanel : public DashboardPanel {
  Q_OBJECT
public:
  ClassHistogramPanel(const PanelSpec &spec, QWidget *parent = nullptr);
  QJsonObject params() const override { return initialSpec().params; }
  QString mapId() const;
  // The map this follows (the DashboardHost binds it; null = none found).
  void follow(TrendMapPanel *map);
  TrendMapPanel *map() const { return m_map; }
  ClassHistogram *histogram() const { return m_histogram; }

private:
  void redraw();

  ClassHistogram *m_histogram;
  QPointer<TrendMapPanel> m_map;
  QMetaObject::Connection m_connection;
};

// Adds trend_histogram to PanelFactory's table.
void registerCompanionPanels(std::map<QString, PanelFactory::Create> &factories);

} // namespace epidesk
