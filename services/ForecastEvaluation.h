#pragma once
#include "ForecastTypes.h"
#include <QJsonObject>
#include <QMap>
#include <QStringList>
#include <vector>

namespace epidesk {

class Feedback;

// How well each model forecasts a set of series: rolling-origin backtests
// (Backtest.h: origins n-h-K+1 .. n-h, each fitting on what came before it)
// of every model on every series, then means per model and family.
//
// A family is the series' frequency (daily, weekly, monthly, quarterly,
// yearly). Coverage is pooled over all held-out points of the family; MASE
// and sMAPE are means over series; seconds are the mean wall-clock of one fit
// and forecast. "auto" rows also count which choice it made at the last origin.
struct ForecastEvalSettings {
  QStringList models; // registry ids; empty = all of them
  int horizon = 0;    // 0: per frequency (14 daily, 8 weekly, 12 monthly, 8 quarterly, 4 yearly)
  int origins = 4;
  QJsonObject options; // passed to every model
  int threads = 0;     // 0: the machine's cores
};

struct ForecastEvalRow {
  QString series, family, model;
  int length = 0, horizon = 0;
  BacktestScore score;
  double seconds = 0; // per forecast
  QString selected;   // auto: its choice at the last origin
  QString calibration;
  QString error; // the series could not be evaluated with this model
};

struct ForecastEvalSummary {
  QString model, family;
  int series = 0, failed = 0;
  double mase = 0, smape = 0, coverage80 = 0, coverage95 = 0, seconds = 0;
  QMap<QString, int> selected; // auto: choice -> series
};

struct ForecastEvaluation {
  std::vector<ForecastEvalRow> rows;
  std::vector<ForecastEvalSummary> summaries; // per family and model, then "all" per model

  static ForecastEvaluation run(const std::vector<TimeSeries> &series, const ForecastEvalSettings &settings,
                                Feedback *feedback = nullptr);
  static QString family(Frequency f);
  static int defaultHorizon(Frequency f);
  QJsonObject toJson() const;
  QString markdown() const; // the summary table, as docs/benchmarks.md holds it
};

} // namespace epidesk
