#pragma once
#include <QString>

namespace epidesk {

// Cells of the CSV files EpiDesk writes for people (exports, the quarantine),
// which are opened in spreadsheets. The one rule, against CSV injection
// (OWASP): a TEXT cell (name, code, file name, period, reason, raw line) that
// begins with '=', '+', '-', '@', TAB or CR gets a leading "'" so no
// spreadsheet evaluates it. Numbers written from ints and doubles are not
// text cells and are never prefixed, so a Sen slope of -0.5 stays numeric.
// Quoting is RFC 4180 (fields holding ',', '"', CR or LF).
class CsvCell {
public:
  static QString text(const QString &value);
  // RFC 4180 quoting only, for data files that EpiDesk reads back verbatim
  // (scenario tables), where a prefix would change the data.
  static QString quoted(const QString &value);
  static bool needsInertPrefix(const QString &value);
};

} // namespace epidesk
