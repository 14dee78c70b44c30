#pragma once
#include "TimeSeries.h"
#include <QString>

namespace epidesk {

// The checks every model makes before fitting, with one set of messages:
// throws std::invalid_argument (translated) when horizon < 1, when the series
// has fewer than `needed` values ("Series X has n values; MODEL needs at
// least k.") or holds a missing or non-finite value.
void requireForecastable(const TimeSeries &series, int horizon, int needed, const QString &modelName);

} // namespace epidesk
