// Hostile and broken input files: overflowing counts, devices and FIFOs,
// gigabyte lines, UTF-8 instead of Windows-1252, secrets in a bad header.
#include "AnvisaReader.h"
#include "CovidPlReader.h"
#include "Cp1252.h"
#include "Geography.h"
#include "MunicipalityMatcher.h"
#include "QuarantineCsv.h"
#include "SalesAggregator.h"
#include "ScenarioReader.h"
#include "SeriesCsvReader.h"
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>
#include <limits>
#include <sys/stat.h>
#include <thread>

using namespace epidesk;

namespace {

const QString kData = QStringLiteral(EPIDESK_TEST_DATA_DIR);
const QByteArray kHeader =
    AnvisaFormat::columnNames(AnvisaFormat::Variant::Classic).join(';').toLatin1() + "\n";

QByteArray anvisaRow(const QByteArray &quantity, const QByteArray &municipality = "BRAS\xCDLIA") {
  return "2020;1;DF;" + municipality + ";AZITROMICINA;X;" + quantity + ";CAIXA;;;;;;;\n";
}

struct Collector : AnvisaRecordHandler {
  std::vector<QStringList> rows; // line, municipality, ingredient, quantity (decoded)
  std::vector<QuarantineEntry> quarantined;
  void record(const AnvisaRecord &r) override {
    rows.push_back({QString::number(r.line), decodeText(r.municipality, r.encoding),
                    decodeText(r.ingredient, r.encoding), QString::number(r.quantity)});
  }
  void quarantine(QuarantineEntry &&e) override { quarantined.push_back(std::move(e)); }
};

struct CovidCollector : CovidPlRowHandler {
  qint64 cases = 0;
  std::vector<QuarantineEntry> quarantined;
  void row(const CovidPlRow &r) override { cases += r.cases; }
  void quarantine(QuarantineEntry &&e) override { quarantined.push_back(std::move(e)); }
};

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes) {
  const QString path = dir.filePath(name);
  QFile f(path);
  f.open(QIODevice::WriteOnly);
  f.write(bytes);
  return path;
}

QString makeFifo(const QTemporaryDir &dir, const QString &name) {
  const QString path = dir.filePath(name);
  return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0 ? path : QString();
}

// A sparse file of zero bytes: one line of `bytes` without a line end.
QString sparseFile(const QTemporaryDir &dir, const QString &name, qint64 bytes) {
  const QString path = dir.filePath(name);
  QFile f(path);
  f.open(QIODevice::WriteOnly);
  f.resize(bytes);
  return path;
}

AnvisaReadResult readAnvisa(const QString &path, Collector &c, ReadLimits limits = {},
                            qint64 chunk = AnvisaReader::defaultChunkBytes) {
  return AnvisaReader(path, chunk, limits).read(c);
}

} // namespace

class TestImportLimits : public QObject {
  Q_OBJECT
  QTemporaryDir m_dir;

private slots:
  // 1. Counts: never wrapped.
  void quantityTooLargeForInt64IsQuarantined() {
    Collector c;
    const AnvisaReadResult r = readAnvisa(
        writeFile(m_dir, "q.csv", kHeader + anvisaRow("999999999999999999999") + anvisaRow("3")), c);
    QCOMPARE(r.rowsRead, 2);
    QCOMPARE(r.rowsLoaded, 1);
    QCOMPARE(r.rowsQuarantined, 1);
    QCOMPARE(c.quarantined[0].field, QStringLiteral("QTD_VENDIDA"));
    QCOMPARE(c.quarantined[0].line, 2);
    QCOMPARE(c.quarantined[0].reason,
             QStringLiteral("999999999999999999999 does not fit in a 64-bit integer"));
  }

  void implausibleQuantityIsQuarantined() {
    // The issue's file: 20 rows of 999,999,999,999,999,999 were summed to a wrapped total.
    QByteArray file = kHeader;
    for (int i = 0; i < 20; ++i)
      file += anvisaRow("999999999999999999");
    file += anvisaRow("5");
    Collector c;
    const AnvisaReadResult r = readAnvisa(writeFile(m_dir, "implausible.csv", file), c);
    QCOMPARE(r.rowsRead, 21);
    QCOMPARE(r.rowsLoaded, 1);
    QCOMPARE(r.rowsQuarantined, 20);
    QVERIFY2(c.quarantined[0].reason.contains(QStringLiteral("plausible maximum of 1000000000000")),
             qPrintable(c.quarantined[0].reason));
    QCOMPARE(c.rows[0][3], QStringLiteral("5"));
  }

  void fileTotalNeverOverflows() {
    // Without the plausibility cap, the running total still stops at 64 bits.
    QByteArray file = kHeader;
    for (int i = 0; i < 20; ++i)
      file += anvisaRow("999999999999999999");
    file += anvisaRow("1");
    ReadLimits limits;
    limits.maxCount = std::numeric_limits<qint64>::max();
    Collector c;
    const AnvisaReadResult r = readAnvisa(writeFile(m_dir, "total.csv", file), c, limits);
    QCOMPARE(r.rowsRead, 21);
    QCOMPARE(r.rowsLoaded, 10); // 9 * 999..9 + 1 fit; a tenth 999..9 would not
    QCOMPARE(r.rowsQuarantined, 11);
    QCOMPARE(r.rowsRead, r.rowsLoaded + r.rowsQuarantined);
    QCOMPARE(c.quarantined[0].line, 11);
    QCOMPARE(c.quarantined[0].field, QStringLiteral("QTD_VENDIDA"));
    QVERIFY2(c.quarantined[0].reason.contains(QStringLiteral("64-bit")), qPrintable(c.quarantined[0].reason));
    qint64 sum = 0;
    for (const QStringList &row : c.rows)
      sum += row[3].toLongLong();
    QCOMPARE(sum, 8999999999999999991 + 1);
  }

  void aggregatorSumsAreChecked() {
    Geography geography;
    const MunicipalityMatcher matcher(geography);
    SalesAggregator aggregator(matcher);
    AnvisaRecord r;
    r.year = 2020;
    r.month = 1;
    r.ufIndex = 0;
    r.municipality = "X";
    r.ingredient = "Y";
    r.quantity = std::numeric_limits<qint64>::max() / 2 + 1;
    aggregator.record(r);
    aggregator.record(r);
    FileLoad load;
    QVERIFY(!aggregator.takeInto(load));
  }

  void covidCountsTooLargeAreQuarantined() {
    const QByteArray header = "new_cases\tdeaths\tteryt\tdate\n";
    QByteArray file = header + "99999999999999999999999\t0\tt0201\t20200301\n" +
                      "5\t2000000000000\tt0201\t20200301\n" + "3\t0\tt0201\t20200302\n";
    CovidCollector c;
    const CovidPlReadResult r = CovidPlReader(writeFile(m_dir, "covid.tsv", file), {"0201"}).read(c);
    QCOMPARE(int(r.status), int(CovidPlReadResult::Status::Ok));
    QCOMPARE(r.rowsRead, 3);
    QCOMPARE(r.rowsLoaded, 1);
    QCOMPARE(r.rowsQuarantined, 2);
    QCOMPARE(c.quarantined[0].field, QStringLiteral("new_cases"));
    QVERIFY2(c.quarantined[0].reason.contains(QStringLiteral("does not fit in a 64-bit integer")),
             qPrintable(c.quarantined[0].reason));
    QCOMPARE(c.quarantined[1].field, QStringLiteral("deaths"));
    QVERIFY2(c.quarantined[1].reason.contains(QStringLiteral("plausible maximum")),
             qPrintable(c.quarantined[1].reason));

    // The file's total stops at 64 bits whatever the cap.
    QByteArray big = header;
    for (int i = 0; i < 3; ++i)
      big += "4000000000000000000\t0\tt0201\t20200301\n";
    ReadLimits limits;
    limits.maxCount = std::numeric_limits<qint64>::max();
    CovidCollector d;
    const CovidPlReadResult s = CovidPlReader(writeFile(m_dir, "big.tsv", big), {"0201"}, limits).read(d);
    QCOMPARE(s.rowsLoaded, 2);
    QCOMPARE(s.rowsQuarantined, 1);
    QCOMPARE(d.cases, 8000000000000000000);
  }

  // 2. Devices, FIFOs, folders and huge lines.
  void nonRegularFilesAreRefused() {
    const QString fifo = makeFifo(m_dir, "EDA_Industrializados_202001.csv");
    QVERIFY(!fifo.isEmpty());
    QElapsedTimer timer;
    timer.start();
    for (const QString &path : {fifo, QStringLiteral("/dev/zero")}) {
      Collector c;
      const AnvisaReadResult r = readAnvisa(path, c);
      QCOMPARE(int(r.status), int(AnvisaReadResult::Status::Failed));
      QVERIFY2(r.error.contains(path) && r.error.contains(QStringLiteral("not a regular file")),
               qPrintable(r.error));
      CovidCollector d;
      const CovidPlReadResult s = CovidPlReader(path, {}).read(d);
      QCOMPARE(int(s.status), int(CovidPlReadResult::Status::Failed));
      QVERIFY2(s.error.contains(path), qPrintable(s.error));
      try {
        SeriesCsvReader::read(path);
        QFAIL("no error");
      } catch (const SeriesCsvError &e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("not a regular file")), e.what());
      }
    }
    Collector c;
    QVERIFY(readAnvisa(m_dir.path(), c).error.contains(QStringLiteral("folder")));
    QVERIFY(timer.elapsed() < 10000);
  }

  void fifoIsReadWhenAllowed() {
    const QString fifo = makeFifo(m_dir, "piped.csv");
    std::thread writer([&] {
      QFile f(fifo);
      if (f.open(QIODevice::WriteOnly))
        f.write(kHeader + anvisaRow("7"));
    });
    ReadLimits limits;
    limits.allowNonRegular = true;
    Collector c;
    const AnvisaReadResult r = readAnvisa(fifo, c, limits);
    writer.join();
    QCOMPARE(int(r.status), int(AnvisaReadResult::Status::Ok));
    QCOMPARE(r.rowsLoaded, 1);
  }

  void endlessDeviceStopsAtTheHeaderCap() {
    ReadLimits limits;
    limits.allowNonRegular = true;
    Collector c;
    const AnvisaReadResult r = readAnvisa(QStringLiteral("/dev/zero"), c, limits);
    QCOMPARE(int(r.status), int(AnvisaReadResult::Status::Failed));
    QVERIFY2(r.error.contains(QStringLiteral("longer than 65536 bytes")), qPrintable(r.error));
    QVERIFY(r.bytes <= AnvisaReader::defaultChunkBytes);
  }

  void gigabyteHeaderLineIsNotReadToItsEnd() {
    const QString path = sparseFile(m_dir, "EDA_Industrializados_202002.csv", qint64(1) << 30);
    Collector c;
    const AnvisaReadResult r = readAnvisa(path, c);
    QCOMPARE(int(r.status), int(AnvisaReadResult::Status::Failed));
    QVERIFY2(r.error.contains(QStringLiteral("EDA_Industrializados_202002.csv")), qPrintable(r.error));
    QVERIFY2(r.bytes <= AnvisaReader::defaultChunkBytes, qPrintable(QString::number(r.bytes)));
    CovidCollector d;
    const CovidPlReadResult s = CovidPlReader(path, {}).read(d);
    QCOMPARE(int(s.status), int(CovidPlReadResult::Status::Failed));
    QVERIFY2(s.bytes <= CovidPlReader::defaultChunkBytes, qPrintable(QString::number(s.bytes)));
    QFile::remove(path);
  }

  void longDataLinesAreQuarantined() {
    const QByteArray huge = "2020;1;DF;" + QByteArray(3 << 20, 'A') + "\n";
    Collector c;
    const AnvisaReadResult r = readAnvisa(
        writeFile(m_dir, "long.csv", kHeader + anvisaRow("1") + huge + anvisaRow("2")), c, {}, 1 << 16);
    QCOMPARE(r.rowsRead, 3);
    QCOMPARE(r.rowsQuarantined, 1);
    QCOMPARE(c.quarantined[0].line, 3);
    QVERIFY(c.quarantined[0].reason.contains(QStringLiteral("longer than 1048576 bytes")));
    QVERIFY(c.quarantined[0].raw.size() <= 1000);

    CovidCollector d;
    const CovidPlReadResult s =
        CovidPlReader(writeFile(m_dir, "long.tsv",
                                "new_cases\tdeaths\tteryt\tdate\n" + QByteArray(3 << 20, '1') +
                                    "\n1\t0\tt0201\t20200301\n"),
                      {"0201"})
            .read(d);
    QCOMPARE(s.rowsRead, 2);
    QCOMPARE(s.rowsQuarantined, 1);
    QCOMPARE(d.quarantined[0].field, QStringLiteral("row"));
  }

  void seriesAndScenarioLinesAreCapped() {
    try {
      SeriesCsvReader::parse(QByteArray(200 << 10, 'x') + "\n", QStringLiteral("s.csv"));
      QFAIL("no error");
    } catch (const SeriesCsvError &e) {
      QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("longer than 65536 bytes")), e.what());
    }
    try {
      SeriesCsvReader::parse("period,value\n2000-01,1\n2000-02," + QByteArray(2 << 20, '1') + "\n",
                             QStringLiteral("s.csv"));
      QFAIL("no error");
    } catch (const SeriesCsvError &e) {
      QVERIFY2(QString::fromUtf8(e.what()).startsWith(QStringLiteral("s.csv:3: line longer than")), e.what());
    }
    QTemporaryDir scenario;
    QFile::copy(kData + "/../../relocation/data/missing_travel/scenario.json",
                scenario.filePath("scenario.json"));
    writeFile(scenario, "districts.csv", "code,name\n01," + QByteArray(2 << 20, 'n') + "\n");
    QVERIFY(!makeFifo(scenario, "groups.csv").isEmpty());
    QElapsedTimer timer;
    timer.start();
    const LoadedScenario loaded = ScenarioReader::read(scenario.path());
    QVERIFY(timer.elapsed() < 10000);
    const QString issues = joinIssues(loaded.issues);
    QVERIFY2(issues.contains(QStringLiteral("districts.csv:2: line longer than 1048576 bytes")),
             qPrintable(issues));
    QVERIFY2(issues.contains(QStringLiteral("groups.csv: cannot read the file: not a regular file")),
             qPrintable(issues));
  }

  // 3. Encodings.
  void utf8FileGivesTheSameRows_data() {
    QTest::addColumn<QByteArray>("prefix");
    QTest::addColumn<qint64>("chunk");
    QTest::newRow("no BOM") << QByteArray() << qint64(AnvisaReader::defaultChunkBytes);
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF") << qint64(AnvisaReader::defaultChunkBytes);
    QTest::newRow("no BOM, 17-byte chunks") << QByteArray() << qint64(17); // sequences split across chunks
  }
  void utf8FileGivesTheSameRows() {
    QFETCH(QByteArray, prefix);
    QFETCH(qint64, chunk);
    QFile f(kData + "/EDA_Industrializados_201401.csv");
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray cp1252 = f.readAll();
    const QString utf8Path = writeFile(m_dir, "utf8.csv", prefix + Cp1252::toUnicode(cp1252).toUtf8());
    Collector a, b;
    const AnvisaReadResult ra = readAnvisa(kData + "/EDA_Industrializados_201401.csv", a, {}, chunk);
    const AnvisaReadResult rb = readAnvisa(utf8Path, b, {}, chunk);
    QCOMPARE(int(ra.encoding), int(TextEncoding::Windows1252));
    QCOMPARE(int(rb.encoding), int(TextEncoding::Utf8));
    QCOMPARE(rb.rowsLoaded, ra.rowsLoaded);
    QCOMPARE(b.rows, a.rows);
    QCOMPARE(b.rows[0][1], QStringLiteral("SÃO VICENTE"));
    QCOMPARE(b.quarantined.size(), a.quarantined.size());
    QCOMPARE(b.quarantined[0].raw, a.quarantined[0].raw);
  }

  void encodingIsDecidedByTheFirstNonAsciiBytes() {
    EncodingDetector ascii;
    ascii.feed("ANO_VENDA;2020;SAO PAULO");
    QVERIFY(!ascii.decided());
    QCOMPARE(int(ascii.encoding()), int(TextEncoding::Windows1252));
    EncodingDetector utf8;
    utf8.feed("S\xC3");
    QVERIFY(!utf8.decided()); // cut off: wait for the next bytes
    utf8.feed("\x83O PAULO");
    QVERIFY(utf8.decided());
    QCOMPARE(int(utf8.encoding()), int(TextEncoding::Utf8));
    EncodingDetector cp;
    cp.feed("S\xC3O PAULO;BRAS\xCDLIA");
    QCOMPARE(int(cp.encoding()), int(TextEncoding::Windows1252));
    QVERIFY(cp.decided());
  }

  // 4. No file contents in errors.
  void badHeaderIsNotEchoed() {
    const QByteArray secret = "root:$6$s3cr3tHash:19000:0:99999:7:::\n";
    Collector c;
    const AnvisaReadResult r = readAnvisa(writeFile(m_dir, "shadow.csv", secret), c);
    QCOMPARE(int(r.status), int(AnvisaReadResult::Status::Failed));
    QVERIFY2(!r.error.contains(QStringLiteral("s3cr3t")) && !r.error.contains(QStringLiteral("root")),
             qPrintable(r.error));
    QVERIFY2(r.error.contains(QStringLiteral("shadow.csv")) && r.error.contains(QStringLiteral("ANO_VENDA")),
             qPrintable(r.error));
    CovidCollector d;
    const CovidPlReadResult s = CovidPlReader(writeFile(m_dir, "shadow.tsv", secret), {}).read(d);
    QVERIFY2(!s.error.contains(QStringLiteral("s3cr3t")), qPrintable(s.error));
    try {
      SeriesCsvReader::parse(secret, QStringLiteral("shadow"));
    } catch (const SeriesCsvError &e) {
      QVERIFY2(!QString::fromUtf8(e.what()).contains(QStringLiteral("s3cr3t")), e.what());
    }
  }

  void echoedValuesAreShort() {
    try {
      SeriesCsvReader::parse("period,value\n2000-01,1\n2000-02," + QByteArray(5000, 'x') + "\n",
                             QStringLiteral("s.csv"));
      QFAIL("no error");
    } catch (const SeriesCsvError &e) {
      QVERIFY2(qstrlen(e.what()) < 200, e.what());
    }
  }

  // 5. The quarantine CSV: file names, reasons and raw lines are text cells.
  void quarantineCsvCellsAreInert() {
    QTemporaryDir dir;
    const QString name = QStringLiteral("=HYPERLINK(\"evil\",\"x\").csv"); // a file name holds no '/'
    Collector c;
    readAnvisa(writeFile(dir, name, kHeader + "-2+3;1;DF;@SUM(1);X;Y;1;CAIXA;;;;;;;\n"), c);
    QCOMPARE(c.quarantined.size(), size_t(1));
    const QString csv = dir.filePath("q.csv");
    QString error;
    QVERIFY2(QuarantineCsv::write(csv, c.quarantined, &error), qPrintable(error));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    QCOMPARE(lines.value(0), QByteArray("file,line,field,reason,raw"));
    QVERIFY2(lines.value(1).startsWith("\"'=HYPERLINK(\"\"evil\"\",\"\"x\"\").csv\",2,ANO_VENDA,"),
             lines.value(1).constData());
    QVERIFY2(lines.value(1).endsWith(",'-2+3;1;DF;@SUM(1);X;Y;1;CAIXA;;;;;;;"), lines.value(1).constData());
  }
};

QTEST_GUILESS_MAIN(TestImportLimits)
#include "test_import_limits.moc"
