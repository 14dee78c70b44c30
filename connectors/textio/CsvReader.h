#pragma once
#include <QByteArray>
#include <QByteArrayView>
#include <QIODevice>
#include <QString>
#include <QStringList>
#include <vector>

namespace epidesk {

// One record of a CSV file: its fields, unquoted, and the line it starts on.
class CsvRecord {
public:
  qint64 line = 0;      // physical line the record starts on (1-based)
  bool tooLong = false; // over the reader's size bound: no fields, raw() has its first bytes

  int size() const { return int(m_ends.size()); }
  QByteArrayView field(int i) const; // "" past the end
  QString text(int i) const;         // field(i) as UTF-8
  QStringList texts() const;
  // The record as written (without its line end), at most CsvReader::rawBytes:
  // what a quarantine entry shows.
  QByteArrayView raw() const { return m_raw; }

private:
  friend class CsvReader;
  QByteArray m_data;             // the fields, back to back
  std::vector<qsizetype> m_ends; // end of each field in m_data
  QByteArray m_raw;
};

// The one CSV reader (RFC 4180) of every delimited text file EpiDesk reads,
// except the tuned ANVISA importer. Streaming: reads the device in chunks and
// keeps one record in memory, so a huge or endless file costs bounded memory.
//
// - Fields in double quotes may hold the delimiter, line breaks and "" for a
//   quote; a quote inside an unquoted field, or text between a closing quote
//   and the delimiter, is kept as written (lenient, as most spreadsheets).
// - Lines end with LF or CRLF; a UTF-8 BOM at the start is skipped.
// - A record over maxRecordBytes (all its lines, without the last line end)
//   is returned as soon as the bound is passed, with tooLong set and its
//   first bytes; the rest of it is skipped without being kept.
// - A quoted field still open at the end of the file is an error naming the
//   line it opened on.
// - Line numbers are physical lines, so a record after a quoted line break
//   still names the line an editor shows.
class CsvReader {
public:
  static constexpr qsizetype rawBytes = 1000; // of a record, for quarantine entries

  struct Options {
    char delimiter = ',';
    qint64 maxRecordBytes = 1 << 20;
    qint64 chunkBytes = 1 << 16;
    bool trimBlanks = true;     // spaces (and tabs, unless the delimiter) around fields, outside quotes
    bool skipBlankLines = true; // lines holding nothing but blanks
    char comment = 0;           // lines starting with it are skipped (0: none)
  };
  enum class Error { None, UnclosedQuote, ReadError };

  CsvReader(QIODevice &device, const Options &options);

  // The next record; false at the end of the file or on an error.
  bool next(CsvRecord &record);
  // May change between records, e.g. a tighter bound for the header.
  void setMaxRecordBytes(qint64 bytes) { m_options.maxRecordBytes = bytes; }

  Error error() const { return m_error; }
  qint64 errorLine() const { return m_errorLine; }
  // Translated, without file and line (callers write "file:line: message").
  QString errorString() const;
  qint64 bytesRead() const { return m_bytesRead; }

private:
  enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted, AfterQuoted, Comment };
  bool fill();
  void startRecord(CsvRecord &record);
  void endField(CsvRecord &record);
  void append(CsvRecord &record, char c);
  void keepRaw(CsvRecord &record, char c);
  bool blankRecord(const CsvRecord &record) const;
  bool isBlank(char c) const;

  QIODevice &m_device;
  Options m_options;
  QByteArray m_buffer;
  qsizetype m_pos = 0;
  qint64 m_bytesRead = 0;
  bool m_eof = false;
  bool m_bomChecked = false;

  State m_state = State::FieldStart;
  qint64 m_line = 1;          // physical line of the next byte
  qint64 m_quoteLine = 0;     // line the open quoted field started on
  qint64 m_recordBytes = 0;   // of the current record
  qsizetype m_contentEnd = 0; // end of the field without trailing blanks
  bool m_inRecord = false;    // a record has begun (not only blanks)
  bool m_pendingCr = false;   // a CR outside quotes: part of a CRLF, or data
  bool m_skipping = false;    // the rest of a record already returned as too long

  Error m_error = Error::None;
  qint64 m_errorLine = 0;
};

} // namespace epidesk
