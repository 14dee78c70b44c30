#pragma once
#include "Geography.h"
#include "TrendTypes.h"
#include <vector>

namespace epidesk {

class Feedback;

// Aggregates sales cells to the requested level and period, turns them into
// rates per 1,000 inhabitants when asked (population of the same year), and
// runs the trend test on every series.
//
// Codes: municipality -> 7-digit IBGE code; UF -> "MG"; region -> "Sudeste";
// country -> "BR". Cells with municipalityCode 0 (unmatched names) count at
// UF, region and country level but not at municipality level.
// Every series covers every period of the requested range (zeros where
// nothing was sold), so trend tests see the same n for all codes.
// Open bounds take the first/last period with data; codes without data in the
// range are left out; with per1000, codes whose population is 0/unknown in
// some year of the range are left out. An invalid request gives no series.
// Throws epidesk::Canceled when the feedback is canceled.
class TrendAnalysis {
public:
  static TrendResult run(const TrendRequest &request, const std::vector<SalesCell> &cells,
                         const Geography &geography, Feedback *feedback = nullptr);
};

// Percent change of a series between two periods (NaN when the first is 0).
double percentChange(const std::vector<SeriesPoint> &series, const QString &from, const QString &to);

// Share (0..1) of each region in the country total for a period of a
// region-level result.
QMap<QString, double> regionalShares(const TrendResult &regionResult, const QString &period);

} // namespace epidesk
