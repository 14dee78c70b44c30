#pragma once
#include "ReadLimits.h"
#include "TimeSeries.h"
#include <QByteArray>
#include <QString>
#include <QStringList>
#include <stdexcept>

namespace epidesk {

// Thrown for unreadable files and bad rows; what() is translated and names the
// file, the line and the field: "series.csv:14: value: not a number: \"12,5\"".
class SeriesCsvError : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

// What reading changed or noticed.
struct SeriesCsvReport {
  int rows = 0;              // data rows read (blank lines not counted)
  int gapsFilled = 0;        // periods interpolated (absent rows + empty/NA values)
  QStringList filledPeriods; // their labels, in order
};

// Reads a `period,value` CSV into a regular TimeSeries (code "series").
//
// - Header required: `period,value` (case-insensitive; quotes, BOM, CRLF accepted).
// - period: YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY; one format per file; rows may
//   come in any order. Daily periods are consecutive days.
// - value: a number in C locale (`.` decimal point); empty or `NA` = missing.
// - Gaps (periods absent between the first and the last row, and missing
//   values) are filled by linear interpolation between the nearest known
//   neighbours and counted in the report; a forecast of a gap-filled series is
//   therefore valid but smoother than the truth there. Missing values at the
//   first or last period cannot be interpolated and are errors.
// - Errors: missing header, wrong number of fields, bad period or number,
//   mixed period formats, duplicate periods (both lines named), no data; a
//   non-regular file, a first line over limits.maxHeaderBytes or any line
//   over limits.maxLineBytes (found without reading it whole). Values are
//   quoted in messages only after the header matched, shortened to 64 chars.
class SeriesCsvReader {
public:
  static TimeSeries read(const QString &path, SeriesCsvReport *report = nullptr,
                         const ReadLimits &limits = {});
  // `name` is used in messages in place of a file path.
  static TimeSeries parse(const QByteArray &data, const QString &name, SeriesCsvReport *report = nullptr,
                          const ReadLimits &limits = {});
};

} // namespace epidesk
