#pragma once
#include "ForecastTypes.h"
#include "TimeSeries.h"
#include <QDate>
#include <vector>

namespace epidesk {

// A forecast origin ("forecast as of DATE", issue 11): replaying a forecast
// made on a past day against what followed. The history is every period
// that ended on or before asOf (a week or month still running on asOf is
// not yet known then); the held-out actuals are the periods after it, up to
// the horizon.
struct OriginSplit {
  TimeSeries history;
  std::vector<ActualPoint> actuals;
};

// Strict "YYYY-MM-DD" (the CLI's --as-of, the JSON "as_of"); invalid otherwise.
QDate parseIsoDay(const QString &text);

// An invalid asOf keeps the whole series as history, without actuals.
OriginSplit splitAtOrigin(const TimeSeries &series, const QDate &asOf, int horizon);
// splitAtOrigin(...).history of every series.
std::vector<TimeSeries> historiesUpTo(const std::vector<TimeSeries> &series, const QDate &asOf);

} // namespace epidesk
