#pragma once
#include <QtGlobal>

namespace epidesk {

// What every importer and file reader accepts from a file, whatever it holds:
// a device, a FIFO, a gigabyte-long line or an absurd count fails or is
// quarantined quickly and in bounded memory. One place for these rules so the
// formats agree; tests lower or raise them.
struct ReadLimits {
  qint64 maxHeaderBytes = 64 << 10; // a longer first line is no header of ours
  qint64 maxLineBytes = 1 << 20;    // longer data lines are quarantined (or fail strict readers)
  // Plausibility: one ANVISA sale or one district's daily count above this is
  // a data error (the largest real values are below 10^6).
  qint64 maxCount = 1'000'000'000'000;
  // FIFOs, devices and sockets are refused unless asked for (e.g. <(zcat f.gz)).
  bool allowNonRegular = false;
};

} // namespace epidesk
