// The one CSV reader and writer (connectors/CsvReader, CsvWriter).
#include "CsvReader.h"
#include "CsvWriter.h"
#include <QBuffer>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

using namespace epidesk;

namespace {

struct Read {
  std::vector<CsvRecord> records;
  CsvReader::Error error = CsvReader::Error::None;
  qint64 errorLine = 0;
  QString errorString;
};

Read readAll(const QByteArray &data, CsvReader::Options options = {}) {
  QBuffer buffer;
  buffer.setData(data);
  buffer.open(QIODevice::ReadOnly);
  CsvReader reader(buffer, options);
  Read out;
  CsvRecord r;
  while (reader.next(r))
    out.records.push_back(r);
  out.error = reader.error();
  out.errorLine = reader.errorLine();
  out.errorString = reader.errorString();
  return out;
}

} // namespace

class TestCsv : public QObject {
  Q_OBJECT
private slots:
  void quotedFields_data() {
    QTest::addColumn<qint64>("chunk");
    QTest::newRow("one chunk") << qint64(1 << 16);
    QTest::newRow("16-byte chunks") << qint64(16); // quotes, CRLF and fields split across chunks
  }
  void quotedFields() {
    QFETCH(qint64, chunk);
    CsvReader::Options options;
    options.chunkBytes = chunk;
    const Read r = readAll("a,b,c\n"
                           "\"x, y\",\"say \"\"hi\"\"\",plain\n"
                           "\"\",,\"\"\"\"\n",
                           options);
    QCOMPARE(r.error, CsvReader::Error::None);
    QCOMPARE(r.records.size(), size_t(3));
    QCOMPARE(r.records[1].texts(), (QStringList{"x, y", "say \"hi\"", "plain"}));
    QCOMPARE(r.records[2].texts(), (QStringList{"", "", "\""})); // empty fields, a lone quote
    QCOMPARE(r.records[2].line, qint64(3));
  }

  void embeddedNewlinesKeepLineNumbers() {
    const Read r = readAll("id,note\n"
                           "1,\"two\nlines\"\n"
                           "2,\"three\r\nlines\n\"\n"
                           "\n"
                           "3,last");
    QCOMPARE(r.error, CsvReader::Error::None);
    QCOMPARE(r.records.size(), size_t(4));
    QCOMPARE(r.records[1].text(1), QStringLiteral("two\nlines"));
    QCOMPARE(r.records[1].line, qint64(2));
    QCOMPARE(r.records[2].text(1), QStringLiteral("three\r\nlines\n")); // kept as written
    QCOMPARE(r.records[2].line, qint64(4));
    QCOMPARE(r.records[3].texts(), (QStringList{"3", "last"})); // no final line end
    QCOMPARE(r.records[3].line, qint64(8));                     // the blank line 7 is skipped
  }

  void crlfAndBom() {
    const Read r = readAll("\xEF\xBB\xBFperiod,value\r\n2000-01,\"1\"\r\n2000-02,2\r\n");
    QCOMPARE(r.records.size(), size_t(3));
    QCOMPARE(r.records[0].texts(), (QStringList{"period", "value"}));
    QCOMPARE(r.records[1].texts(), (QStringList{"2000-01", "1"}));
    QCOMPARE(r.records[2].texts(), (QStringList{"2000-02", "2"}));
    QCOMPARE(r.records[2].raw(), QByteArrayView("2000-02,2")); // without the CRLF
    // A CR that does not end a line is data.
    QCOMPARE(readAll("a\rb,c\n").records[0].text(0), QStringLiteral("a\rb"));
  }

  void blanksCommentsAndDelimiter() {
    CsvReader::Options options;
    options.comment = '#';
    const Read r = readAll("# a comment, with \"a quote\n  a , \"b \" ,c\n   \n\t\n", options);
    QCOMPARE(r.records.size(), size_t(1));
    QCOMPARE(r.records[0].texts(), (QStringList{"a", "b ", "c"})); // blanks outside quotes trimmed
    QCOMPARE(r.records[0].line, qint64(2));

    CsvReader::Options tabs;
    tabs.delimiter = '\t';
    const Read t = readAll("x\ty, z\t\"q\tr\"\n1\t\t3\n", tabs);
    QCOMPARE(t.records[0].texts(), (QStringList{"x", "y, z", "q\tr"}));
    QCOMPARE(t.records[1].texts(), (QStringList{"1", "", "3"}));
  }

  void missingClosingQuoteNamesItsLine() {
    const Read r = readAll("a,b\n1,2\n3,\"open\n4,5\n");
    QCOMPARE(r.records.size(), size_t(2));
    QCOMPARE(r.error, CsvReader::Error::UnclosedQuote);
    QCOMPARE(r.errorLine, qint64(3));
    QVERIFY2(r.errorString.contains(QStringLiteral("not closed")), qPrintable(r.errorString));
  }

  void recordsAreBounded() {
    CsvReader::Options options;
    options.maxRecordBytes = 100;
    options.chunkBytes = 64;
    const QByteArray big(10000, 'x');
    // A long unquoted line, then a long quoted record over several lines.
    const Read r = readAll("h\n" + big + "\nok\n\"" + big + "\n" + big + "\"\nlast\n", options);
    QCOMPARE(r.error, CsvReader::Error::None);
    QCOMPARE(r.records.size(), size_t(5));
    QVERIFY(r.records[1].tooLong);
    QCOMPARE(r.records[1].line, qint64(2));
    QCOMPARE(r.records[1].size(), 0);
    QVERIFY(r.records[1].raw().size() <= CsvReader::rawBytes);
    QVERIFY(r.records[1].raw().startsWith("xxx"));
    QCOMPARE(r.records[2].texts(), QStringList{"ok"});
    QVERIFY(r.records[3].tooLong);
    QCOMPARE(r.records[3].line, qint64(4));
    QCOMPARE(r.records[4].texts(), QStringList{"last"});
    QCOMPARE(r.records[4].line, qint64(6)); // the skipped record's line break was counted

    // The bound is found without reading the rest: an endless line stops at once.
    QBuffer endless;
    endless.setData(QByteArray(1 << 20, 'y'));
    endless.open(QIODevice::ReadOnly);
    CsvReader reader(endless, options);
    CsvRecord record;
    QVERIFY(reader.next(record));
    QVERIFY(record.tooLong);
    QVERIFY(reader.bytesRead() <= 2 * options.chunkBytes);
  }

  void writerQuotesOnlyWhenNeeded() {
    CsvWriter w;
    w.header({"name", "value"});
    w.text(QStringLiteral("a, b")).number(0.5).endRow();
    w.text(QStringLiteral("say \"hi\"")).number(std::nan("")).endRow();
    w.text(QStringLiteral("two\nlines")).integer(-3).endRow();
    w.text(QStringLiteral("=1+1")).number(-0.25).endRow(); // exported: the formula made inert
    w.empty().text(QStringLiteral("plain")).endRow();
    QCOMPARE(w.data(), QByteArray("name,value\n"
                                  "\"a, b\",0.5\n"
                                  "\"say \"\"hi\"\"\",\n"
                                  "\"two\nlines\",-3\n"
                                  "'=1+1,-0.25\n"
                                  ",plain\n"));

    CsvWriter data(CsvWriter::Cells::Data);
    data.text(QStringLiteral("-2+3")).number(0.1, CsvWriter::shortestDigits).endRow();
    QCOMPARE(data.data(), QByteArray("-2+3,0.1\n"));
  }

  void writtenFieldsReadBack() {
    const QStringList values{"plain", "a,b",        "q\"uote", "multi\nline", "crlf\r\nline",
                             "",      "  blanks  ", "-2+3",    "São Paulo"};
    CsvWriter w(CsvWriter::Cells::Data);
    for (const QString &v : values)
      w.text(v);
    w.endRow();
    w.text(QStringLiteral("next")).endRow();
    CsvReader::Options options;
    options.trimBlanks = false;
    const Read r = readAll(w.data(), options);
    QCOMPARE(r.records.size(), size_t(2));
    QCOMPARE(r.records[0].texts(), values);
    QCOMPARE(r.records[1].line, qint64(4)); // after two quoted line breaks
  }

  void saveIsAtomicAndReportsErrors() {
    QTemporaryDir dir;
    QString error;
    QVERIFY2(CsvWriter::save(QByteArray("a\n"), dir.filePath("x.csv"), &error), qPrintable(error));
    QVERIFY(!CsvWriter::save(QByteArray("a\n"), dir.filePath("no/such/x.csv"), &error));
    QVERIFY2(error.contains(QStringLiteral("x.csv")), qPrintable(error));
  }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "test_csv.moc"
