#pragma once
#include <QByteArray>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <functional>

class QIODevice;

namespace epidesk {

// The one CSV writer of EpiDesk (RFC 4180, UTF-8, '\n' line ends): every
// export, the quarantine, the CLI's CSV output and the scenario tables.
//
// - A field is quoted only when it holds the delimiter, '"', CR or LF; quotes
//   inside are doubled.
// - Exported files (Cells::Exported) are opened in spreadsheets: a TEXT cell
//   that begins with '=', '+', '-', '@', TAB or CR gets a leading "'" so no
//   spreadsheet evaluates it (CSV injection, OWASP). Numbers written from ints
//   and doubles are not text cells and are never prefixed, so a Sen slope of
//   -0.5 stays numeric.
// - Data files EpiDesk reads back verbatim (scenario tables, Cells::Data) get
//   the quoting only, as a prefix would change the data.
// - Numbers in the C locale, NaN and infinities as an empty field.
class CsvWriter {
public:
  enum class Cells { Exported, Data };
  static constexpr int defaultDigits = 12;                              // significant digits of number()
  static constexpr int shortestDigits = QLocale::FloatingPointShortest; // round-trips exactly

  explicit CsvWriter(Cells cells = Cells::Exported, char delimiter = ',');

  CsvWriter &text(const QString &value);
  CsvWriter &number(double value, int significantDigits = defaultDigits);
  CsvWriter &integer(qint64 value);
  CsvWriter &empty();
  void endRow();
  // Column names (always plain text) and the row end.
  void header(const QStringList &names);

  const QByteArray &data() const { return m_out; }
  QByteArray take();

  // Writes data atomically (QSaveFile): a reader never sees half a file.
  // False and *error (translated, names the path) on failure.
  static bool save(const QByteArray &data, const QString &path, QString *error = nullptr);
  // The same for a large file: rows(writer) writes it, streamed to the file
  // every MiB so it is never whole in memory.
  static bool save(const QString &path, Cells cells, const std::function<void(CsvWriter &)> &rows,
                   QString *error = nullptr);

  // The cell rules, public for tests and for callers that build cells alone.
  static QString quoted(const QString &value, char delimiter = ',');
  static QString exportedText(const QString &value); // inert prefix, then quoting
  static bool needsInertPrefix(const QString &value);
  static QString numberText(double value, int significantDigits = defaultDigits); // "" for NaN/inf

private:
  void field(const QString &cell);

  Cells m_cells;
  char m_delimiter;
  QByteArray m_out;
  QIODevice *m_sink = nullptr; // rows are flushed to it by save()
  bool m_rowStarted = false;
};

} // namespace epidesk
