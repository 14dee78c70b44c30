#pragma once
#include "dashboard/PanelComputation.h"
#include "forecast/ForecastData.h"
#include <QStringList>
#include <memory>
#include <optional>

namespace epidesk {

class DistrictMapView;
class ForecastChart;

// What the forecast panels of one set of parameters show: the job's series
// and boundaries, and their forecasts. Computed once for every forecast
// panel with equal params["forecast"] on the same data source.
struct ForecastPanelOutput {
  QString error; // the whole computation failed (no series, unreadable store, ...); the rest is empty
  DistrictData data;
  ForecastJobOutput forecast;
  QString indicatorName; // the values, as the legend and the value axis say
};

// A panel of the forecast family (params {"forecast": ForecastJobParams
// JSON}): loads the series and forecasts them with the forecast tab's own
// path (loadJobData, runForecastQuery: ForecastService), in the background
// or, synchronous, on the calling thread.
class ForecastFamilyPanel : public ComputingPanel {
  Q_OBJECT
public:
  using ComputingPanel::ComputingPanel;
  QJsonObject params() const override { return initialSpec().params; }
  // params["forecast"] decoded; nullopt and *error when it is not valid.
  std::optional<ForecastJobParams> job(QString *error = nullptr) const;
  void attach(const PanelContext &context) override;
  void showSelection(const QStringList &codes) override;
  std::shared_ptr<const ForecastPanelOutput> output() const { return m_output; }

  // Forecast computations run since the program started (each shared one once).
  static int computationCount();

protected:
  void computationDone(const PanelComputation &computation) override;
  // Draws m_output (computed without error) and m_selection.
  virtual void redraw() = 0;
  // The series the selection names first, else the first series; empty without data.
  QString shownCode() const;

  std::shared_ptr<const ForecastPanelOutput> m_output;
  QStringList m_selection;
};

// forecast_chart: the forecast of the selected series (the first series when
// none is selected) with its 80 % and 95 % bands, backtest and analogues.
class ForecastChartPanel : public ForecastFamilyPanel {
  Q_OBJECT
public:
  ForecastChartPanel(const PanelSpec &spec, QWidget *parent = nullptr);
  ForecastChart *chart() const { return m_chart; }

protected:
  void redraw() override;

private:
  ForecastChart *m_chart;
};

// forecast_map: the district map of observed values and forecast means with
// its time slider. A click selects districts (selectionRequested); the time
// cursor moves the slider when it names one of the map's periods.
class ForecastMapPanel : public ForecastFamilyPanel {
  Q_OBJECT
public:
  ForecastMapPanel(const PanelSpec &spec, QWidget *parent = nullptr);
  void showSelection(const QStringList &codes) override;
  void showTimeCursor(const QString &period) override;
  DistrictMapView *mapView() const { return m_map; }

signals:
  // Drawn with new data (a space-time view beside it follows).
  void classesChanged();

protected:
  void redraw() override;

private:
  void applyCursor();
  DistrictMapView *m_map;
  QString m_cursor;
};

// Adds forecast_chart and forecast_map to PanelFactory's table.
void registerForecastPanels(std::map<QString, PanelFactory::Create> &factories);

} // namespace epidesk
