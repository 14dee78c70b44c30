#pragma once
#include "TrendTypes.h"
#include <QByteArray>
#include <QString>

namespace epidesk {

// CSV text of a TrendResult, shared by the GUI export and `epidesk-cli --format csv`.
// UTF-8, ',' separated, one header row, '\n' line ends, text cells through
// CsvCell (RFC 4180 quoting, a "'" before a leading = + - @ TAB or CR),
// numbers in the C locale with up to 12 significant digits and never
// prefixed, NaN written as an empty field. No GUI dependency.
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
  static bool writeFile(const QByteArray &data, const QString &path, QString *error = nullptr);

  // Helpers, public for reuse and tests.
  static QString number(double value); // "" for NaN/inf
};

} // namespace epidesk
