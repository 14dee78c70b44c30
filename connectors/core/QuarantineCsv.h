#pragma once
#include "QuarantineEntry.h"
#include <QString>
#include <vector>

namespace epidesk {

// The quarantine as a UTF-8 CSV (columns file,line,field,reason,raw; text
// cells through CsvWriter, so a raw line or file name starting with '=' is
// inert) written atomically, so a reader never sees half a file.
class QuarantineCsv {
public:
  static bool write(const QString &path, const std::vector<QuarantineEntry> &entries, QString *error);
};

} // namespace epidesk
