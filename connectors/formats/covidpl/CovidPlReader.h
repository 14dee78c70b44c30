#pragma once
#include "QuarantineEntry.h"
#include "ReadLimits.h"
#include "TextEncoding.h"
#include "ReadLimits.h"
#include <QDate>
#include <QMap>
#include <QSet>
#include <QString>
#include <functional>

namespace epidesk {

// One validated row of Poland's daily COVID-19 file.
struct CovidPlRow {
  qint64 line = 0;
  QString code;  // 4-digit TERYT powiat code; empty when the district is unknown
  QString teryt; // the source value as written (unquoted), e.g. "t0201" or "NA"
  QDate day;
  qint64 cases = 0;
  qint64 deaths = 0;
};

class CovidPlRowHandler {
public:
  virtual ~CovidPlRowHandler() = default;
  virtual void row(const CovidPlRow &row) = 0;
  virtual void quarantine(QuarantineEntry &&entry) = 0;
};

struct CovidPlReadResult {
  enum class Status { Ok, Failed, Canceled };
  Status status = Status::Ok;
  QString error; // user-visible, names the file
  qint64 bytes = 0;
  qint64 rowsRead = 0; // non-blank lines after the header
  qint64 rowsLoaded = 0;
  qint64 rowsQuarantined = 0;
  qint64 unknownDistricts = 0; // loaded rows whose teryt is not a known powiat (kept at national level)
};

// Parser of covid_cases_powiat_daily.tsv (Ministry of Health data collected
// by covidpl/govdata): tab-separated, UTF-8, LF or CRLF, fields optionally in
// double quotes (RFC 4180, CsvReader); a header naming new_cases, deaths,
// teryt and date (any order, extra columns ignored). Rules, mirroring the ANVISA import:
// - quarantined (field = column name, "row" for a wrong field count or a line
//   over ReadLimits::maxLineBytes): new_cases or deaths not a non-negative
//   integer (negative corrections included), above ReadLimits::maxCount, or
//   taking the file's total past 64 bits; date not a valid YYYYMMDD day;
// - teryt "tNNNN" (or "NNNN") naming a known powiat gives its code; anything
//   else (NA, empty, unknown code) is loaded with an empty code, to be kept at
//   national level, and counted in unknownDistricts - never dropped.
// Read in chunks through CsvReader (non-regular files refused, the header
// line capped at ReadLimits::maxHeaderBytes); progress is reported per chunk.
class CovidPlReader {
public:
  static constexpr qint64 defaultChunkBytes = 4 << 20;
  CovidPlReader(QString path, QSet<QString> knownDistricts, ReadLimits limits = {},
                qint64 chunkBytes = defaultChunkBytes);
  // onProgress(bytes read) returns false to cancel.
  CovidPlReadResult read(CovidPlRowHandler &handler,
                         const std::function<bool(qint64)> &onProgress = {}) const;

private:
  QString m_path;
  QSet<QString> m_known;
  ReadLimits m_limits;
  qint64 m_chunkBytes;
};

} // namespace epidesk
