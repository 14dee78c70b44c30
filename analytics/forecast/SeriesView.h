#pragma once
#include "TimeSeries.h"
#include <QString>
#include <QStringList>
#include <optional>

namespace epidesk {

// The analyst's standard views of a daily epidemic series (issue 11), one
// implementation for the map, the chart, forecasts, exports and the cluster:
//  - Daily: the series as recorded;
//  - Mean7: 7-day trailing mean, the value of day d being the mean of days
//    d-6..d; the first 6 days have no full window and are dropped, so the
//    view starts on the 7th day and every value is a mean of 7 days;
//  - Weekly: totals per ISO week (Monday to Sunday), labelled "YYYY-Www";
//    only complete weeks are kept (a partial first or last week is dropped),
//    so every total covers 7 days.
// Neither view looks ahead: a value depends only on days up to its period's
// last day, so cutting a view at a date equals viewing the cut daily series.
enum class SeriesView { Daily, Mean7, Weekly };

// "daily", "mean7", "weekly" (in menu order).
QStringList seriesViewIds();
QString seriesViewId(SeriesView view);
std::optional<SeriesView> seriesViewFromId(const QString &id);

// The view of a daily series; other frequencies are returned as they are.
// Too short a series (under 7 days, or no complete week) gives an empty one
// with the same code.
TimeSeries applySeriesView(const TimeSeries &daily, SeriesView view);

} // namespace epidesk
