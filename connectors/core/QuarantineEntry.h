#pragma once
#include <QString>

namespace epidesk {

// A row set aside because a required field is invalid.
struct QuarantineEntry {
  QString file; // base name
  qint64 line = 0;
  QString field; // column name as in the file's header; "row" for a wrong field count
  QString reason;
  QString raw; // the line decoded to Unicode (truncated to 1000 bytes); empty for a bad header
};

} // namespace epidesk
