#pragma once
#include <QJsonObject>
#include <QStringList>

namespace epidesk {

// Upper bounds on what one job may cost, checked at submission (422 naming
// the limit) so a client cannot queue work that would take a worker's memory
// or hours of its time. The worker enforces memory and time again at run
// time (JobProcess); these are the declared-cost half.
//
// A forecast's cost is counted in "sample-steps": series × horizon ×
// (backtest origins + 1) × samples (1 for models that do not sample). The
// series count is an upper bound known without reading data: the named codes,
// or every district of the level for "all" and prefix selectors.
struct JobLimits {
  double maxForecastCost = 5e8;     // sample-steps of a whole job
  double maxSamplesPerSeries = 2e7; // samples × horizon: one series' sample matrix
  double maxSolveSeconds = 600;     // relocation time_limit_seconds
  double maxRelocationCells = 2e6;  // districts × facilities × groups × months

  // Errors ("field: message") for a kind's normalised params; empty = within limits.
  QStringList check(const QString &kind, const QJsonObject &params) const;

  static JobLimits unlimited();
  static JobLimits current();
  static void setCurrent(const JobLimits &limits); // the server's options
};

} // namespace epidesk
