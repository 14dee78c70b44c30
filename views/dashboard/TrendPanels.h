#pragma once
#include "dashboard/DashboardPanel.h"
#include "map/MapBinding.h"
#include "trends/TrendJob.h"
#include <memory>

namespace epidesk {

class MapWidget;
class RegionalSharesChart;
class TrendChart;
class TrendTestTable;

// A panel of the trends family: shows the TrendJobOutput of its request
// (the DashboardHost computes each distinct request once for all panels).
class TrendPanel : public DashboardPanel {
  Q_OBJECT
public:
  using DashboardPanel::DashboardPanel;
  // The request of the panel's parameters (before the dashboard filter).
  virtual TrendRequest request() const;
  virtual void showOutput(std::shared_ptr<const TrendJobOutput> output) = 0;
  std::shared_ptr<const TrendJobOutput> output() const { return m_output; }

protected:
  std::shared_ptr<const TrendJobOutput> m_output;
  QStringList m_selection;
};

// trend_map: the choropleth of one period (or Sen's slope) of the result.
class TrendMapPanel : public TrendPanel {
  Q_OBJECT
public:
  TrendMapPanel(const PanelSpec &spec, QWidget *parent = nullptr);
  QJsonObject params() const override;
  void showOutput(std::shared_ptr<const TrendJobOutput> output) override;
  void showSelection(const QStringList &codes) override;
  void showTimeCursor(const QString &period) override;
  MapWidget *map() const { return m_map; }
  // The period or "sen_slope" the map shows now (the cursor's when linked and
  // the parameters say "last period").
  QString shownValue() const;
  // Manual inner class bounds (ascending; empty = the classifier's): the
  // map reclassifies, and the document records them (params.breaks).
  void setManualBreaks(const std::vector<double> &inner);

signals:
  // Drawn with new values or classes (a histogram beside it follows).
  void classesChanged();

private:
  void redraw();

  QJsonObject m_params; // the spec's, with the breaks set since
  MapWidget *m_map;
  MapBinding m_binding;
  QString m_cursor;
};

// trend_chart: one line per selected code (the reference line when none).
class TrendChartPanel : public TrendPanel {
  Q_OBJECT
public:
  TrendChartPanel(const PanelSpec &spec, QWidget *parent = nullptr);
  QJsonObject params() const override;
  void showOutput(std::shared_ptr<const TrendJobOutput> output) override;
  void showSelection(const QStringList &codes) override;
  void showTimeCursor(const QString &period) override;
  TrendChart *chart() const { return m_chart; }

private:
  void applyZoom();
  TrendChart *m_chart;
  QString m_cursor;
};

// trend_table: the Mann-Kendall / Sen table, one row per code.
class TrendTablePanel : public TrendPanel {
  Q_OBJECT
public:
  TrendTablePanel(const PanelSpec &spec, QWidget *parent = nullptr);
  QJsonObject params() const override;
  void showOutput(std::shared_ptr<const TrendJobOutput> output) override;
  void showSelection(const QStringList &codes) override;
  TrendTestTable *table() const { return m_table; }

private:
  TrendTestTable *m_table;
};

// trend_shares: stacked bars of each region's share per period, or of the
// selected states' (and the rest) when states are selected; a click on a
// segment selects its state, or its region's states.
class TrendSharesPanel : public TrendPanel {
  Q_OBJECT
public:
  TrendSharesPanel(const PanelSpec &spec, QWidget *parent = nullptr);
  QJsonObject params() const override { return initialSpec().params; }
  // The parameters' request in counts (rates do not add up) of states, or of regions.
  TrendRequest request() const override;
  void showOutput(std::shared_ptr<const TrendJobOutput> output) override;
  void showSelection(const QStringList &codes) override;
  RegionalSharesChart *chart() const { return m_chart; }

private:
  void redraw();
  RegionalSharesChart *m_chart;
};

// Adds the four trend kinds to PanelFactory's table.
void registerTrendPanels(std::map<QString, PanelFactory::Create> &factories);

} // namespace epidesk
