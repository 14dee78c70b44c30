#pragma once
#include "ForecastModel.h"
#include "ForecastTypes.h"
#include "TimeSeries.h"
#include <QJsonObject>
#include <QWidget>
#include <vector>

class QCustomPlot;
class QCPGraph;
class QCPItemText;
class QCPPainter;
class QPainter;

namespace epidesk {

// One analogue of the nearest-neighbour model as the chart draws it: the
// analogue district's window and continuation, rescaled to the target's
// level by the rule AnalogueModel documents (transform, scale), aligned with
// the target's last window. values[i] belongs to target period offset + i
// (offset = target size - window; the last `horizon` values are forecast periods).
struct AnalogueTrace {
  Analogue analogue;
  int offset = 0;
  std::vector<double> values;
};

// Recomputes the traces from the panel's series using each analogue's
// district and start label. Analogues whose district or start is not in the
// panel, or whose continuation is shorter than the horizon, are skipped.
// options are the nn model's options (window, transform, scale; defaults as
// in AnalogueModel).
std::vector<AnalogueTrace> analogueTraces(const TimeSeries &target, const std::vector<Analogue> &analogues,
                                          const ForecastPanel &panel, int horizon,
                                          const QJsonObject &options = {});

// Forecast of one series (QCustomPlot): history, point forecast, 80 % and
// 95 % prediction bands (filled between their lower and upper graphs), a
// vertical line at the forecast origin, the backtest scores in a text box,
// for a forecast made as of a past day (result.asOf) the history up to that
// day and the held-out actuals drawn against the forecast,
// and for the analogue model the analogue trajectories drawn faintly over
// the target's last window and the forecast period.
// Drag pans, wheel zooms, double-click rescales.
class ForecastChart : public QWidget {
  Q_OBJECT
public:
  enum class Role { History, Mean, Lo80, Hi80, Lo95, Hi95, Analogue, Actual };

  explicit ForecastChart(QWidget *parent = nullptr);

  // history: the target series; result: its forecast under history.code (and
  // backtest/analogues when present); panel: the series the analogues come
  // from; options: the request's model options; title: shown above the plot
  // (e.g. the district name). An empty result shows the history only; a
  // result with an origin cuts the history there (splitAtOrigin).
  void setForecast(const TimeSeries &history, const ForecastResult &result, const ForecastPanel &panel = {},
                   const QJsonObject &options = {}, const QString &title = {});
  void clear();
  // Title of the value axis ("New cases", "Prescriptions per 1,000 inhabitants"); empty = "Value".
  void setValueLabel(const QString &label);
  QString valueLabel() const { return m_valueLabel; }

  QString code() const { return m_history.code; }
  QCustomPlot *plot() const { return m_plot; }
  // Graph of a role (the first analogue for Role::Analogue); nullptr if absent.
  QCPGraph *graph(Role role) const;
  int analogueGraphCount() const;
  // Backtest figures as shown in the box; empty without a backtest.
  QString backtestText() const;
  // Which model made the shown forecast (auto: its choice) and how its
  // intervals were calibrated; also the plot's tooltip.
  QString modelSummary() const;

  // Paints the chart into rect (vector on PDF painters); used by the report.
  void render(QCPPainter *painter, const QRectF &rect);
  void render(QPainter *painter, const QRectF &rect);

public slots:
  void resetView();

protected:
  void changeEvent(QEvent *event) override;

private:
  void rebuild();
  QCPGraph *addGraph(Role role, const QString &name);

  QCustomPlot *m_plot;
  QCPItemText *m_scoreBox = nullptr;
  TimeSeries m_history;
  ForecastResult m_result;
  std::vector<AnalogueTrace> m_traces;
  QString m_title;
  QString m_valueLabel;
  QString m_scoreText;
};

} // namespace epidesk
