#pragma once
#include "TimeSeries.h"
#include <QMap>
#include <QString>
#include <vector>

namespace epidesk {

// Every `period,value` CSV of a folder (SeriesCsvReader), for batch forecasts
// and forecast-eval. A series' code is its file name without ".csv"; files
// come in name order. A file that cannot be read is listed in `unreadable`
// (code -> message naming the file, line and field) and the others are still
// read; bytes and file count have the reader's limits.
struct SeriesFolder {
  std::vector<TimeSeries> series;
  QMap<QString, QString> unreadable;
  QString error; // the folder itself is missing or holds no CSV

  static SeriesFolder read(const QString &dir);
  static constexpr int kMaxFiles = 100000;
};

} // namespace epidesk
