#pragma once
#include "JobRequest.h"
#include <QJsonObject>

namespace epidesk {

class DataSource;
class Feedback;

// Runs one validated job request with the same analytics code the desktop
// uses in-process (runTrends, ForecastService, RelocationSolver). Throws Canceled when
// feedback is canceled and std::exception with a message on failure.
class JobRunner {
public:
  static QJsonObject run(const JobRequest &request, const DataSource &source, Feedback *feedback);
  // "forecast" (params normalised by JobRequest): ForecastService over the
  // trends series of params.series or the daily district series stored with
  // source; returns ForecastOutcome::toJson, what `epidesk-cli forecast`
  // prints for the same request. A failed run throws its error.
  static QJsonObject runForecast(const QJsonObject &params, const DataSource &source, Feedback *feedback);
  static QJsonObject runRelocation(const QJsonObject &params, Feedback *feedback);
};

} // namespace epidesk
