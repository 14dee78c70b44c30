#pragma once
#include "dashboard/DashboardPanel.h"
#include <QPointer>
#include <vector>

namespace epidesk {

class ChoroplethLayer;
class SpaceTimeView;

// trend_spacetime: the space-time cube of a map panel (params {"map": a
// trend_map or forecast_map id, empty = the dashboard's first map; "mode":
// "cube" | "prisms"; "opacity"; "exaggeration"}). It shows every period of
// that map's values on its boundaries in its classes and colours, so the
// 2-D and 3-D views share one classification and follow its edits. The
// time plane follows the time cursor, a click selects a district
// dashboard-wide and the selection stays opaque while the rest fades. Daily
// forecast-map series are shown as weekly means (so the map's classes still
// apply); forecast periods are translucent.
class SpaceTimePanel : public DashboardPanel {
  Q_OBJECT
public:
  SpaceTimePanel(const PanelSpec &spec, QWidget *parent = nullptr);
  QJsonObject params() const override;
  QString mapId() const;
  void follow(DashboardPanel *map); // a TrendMapPanel or ForecastMapPanel; null = none
  DashboardPanel *map() const { return m_map; }
  void showSelection(const QStringList &codes) override;
  void showTimeCursor(const QString &period) override;
  QImage snapshot() override;
  SpaceTimeView *view() const { return m_view; }
  // Index in the cube of a feature code of the followed map (-1 if none).
  int featureIndex(const QString &featureCode) const;
  // The cube's periods ("2020", "2020-03", or a week's first day).
  const QStringList &periods() const { return m_periods; }

private:
  void rebuild();
  void applySelection();
  int cursorIndex() const;
  const ChoroplethLayer *layer() const;

  SpaceTimeView *m_view;
  QPointer<DashboardPanel> m_map;
  QMetaObject::Connection m_connection;
  QStringList m_selection; // result codes, as the dashboard names them
  QString m_cursor;
  QStringList m_periods;
  std::vector<int> m_stepWeek;         // forecast map: week of each step (daily series), else empty
  const void *m_shownOutput = nullptr; // what the cube was built from (to skip cursor-only redraws)
  std::vector<double> m_shownBreaks;
};

// Adds trend_spacetime to PanelFactory's table.
void registerSpaceTimePanels(std::map<QString, PanelFactory::Create> &factories);

} // namespace epidesk
