#pragma once
#include "AnvisaFormat.h"
#include "QuarantineEntry.h"
#include "ReadLimits.h"
#include "TextEncoding.h"
#include <QByteArrayView>
#include <QMap>
#include <QString>
#include <functional>

namespace epidesk {

// One validated sale record. Text fields are views of the raw bytes, in the
// file's encoding, valid only during AnvisaRecordHandler::record(): consumers
// intern and decode (decodeText) each distinct value once.
struct AnvisaRecord {
  qint64 line = 0;
  int year = 0;
  int month = 0;
  int ufIndex = -1; // index into Geography::ufSiglas()
  QByteArrayView municipality;
  QByteArrayView ingredient;
  QByteArrayView unit;
  qint64 quantity = 0;
  int receiptType = 0;                               // 1-5; 0 = null
  int sex = 0;                                       // 1 male, 2 female; 0 = null
  double age = -1;                                   // < 0 = null
  int ageUnit = 0;                                   // 1 years, 2 months; 0 = null
  QByteArrayView cid10;                              // empty = null
  TextEncoding encoding = TextEncoding::Windows1252; // of the text fields
};

class AnvisaRecordHandler {
public:
  virtual ~AnvisaRecordHandler() = default;
  virtual void record(const AnvisaRecord &record) = 0;
  virtual void quarantine(QuarantineEntry &&entry) = 0;
};

struct AnvisaReadResult {
  enum class Status { Ok, Failed, Canceled };
  Status status = Status::Ok;
  QString error; // user-visible, names the file
  qint64 bytes = 0;
  qint64 rowsRead = 0; // non-blank lines after the header
  qint64 rowsLoaded = 0;
  qint64 rowsQuarantined = 0;
  qint64 warnings = 0;                   // malformed optional fields set to null
  QMap<QString, qint64> warningsByField; // column name -> count
  TextEncoding encoding = TextEncoding::Windows1252;
};

// Streaming parser of one ANVISA file: reads fixed-size chunks (memory stays
// bounded whatever the file size), splits lines (LF or CRLF, blank lines
// skipped), checks the header and validates each row. Knows nothing about
// where records go. Follows ReadLimits: refuses non-regular files, fails a
// first line longer than maxHeaderBytes at once, quarantines longer data
// lines, QTD_VENDIDA above maxCount and rows that would take the file's total
// quantity past 64 bits (so no sum of its rows can overflow). Detects UTF-8
// (EncodingDetector); errors never quote the file's contents.
class AnvisaReader {
public:
  static constexpr qint64 defaultChunkBytes = 4 << 20;

  explicit AnvisaReader(QString path, qint64 chunkBytes = defaultChunkBytes, ReadLimits limits = {});

  // onChunk(bytes read so far in this file) runs after each chunk; returning
  // false stops the read with Status::Canceled.
  AnvisaReadResult read(AnvisaRecordHandler &handler, const std::function<bool(qint64)> &onChunk = {}) const;

private:
  QString m_path;
  qint64 m_chunkBytes;
  ReadLimits m_limits;
};

} // namespace epidesk
