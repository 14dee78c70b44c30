#pragma once
#include "TrendTypes.h"
#include <QByteArray>
#include <QString>

namespace epidesk {

// CSV text of a TrendResult, shared by the GUI export and `epidesk-cli --format csv`.
// Written by CsvWriter (exported cells: RFC 4180 quoting, a "'" before a
// leading = + - @ TAB or CR in text cells, numbers in the C locale with up to
// 12 significant digits and never prefixed, NaN as an empty field). No GUI
// dependency.
//
// Trend table header: code,name,n,tau,p_value,sen_slope,s,z,method,significant
//   (one row per code, codes in ascending order; significant = 1 when p < alpha)
// Series header:      code,name,period,value
//   (long format, codes ascending, periods in series order)
class CsvExport {
public:
  static QByteArray trendTable(const TrendResult &result, double alpha = 0.05);
  static QByteArray series(const TrendResult &result);

  // Atomic writes through QSaveFile; false and *error filled on failure.
  static bool writeTrendTable(const TrendResult &result, const QString &path, QString *error = nullptr,
                              double alpha = 0.05);
  static bool writeSeries(const TrendResult &result, const QString &path, QString *error = nullptr);
};

} // namespace epidesk
