// DemoGenerator: file format, calibration to the published azithromycin
// figures, the monotone states, dirt counts and determinism.
#include "DemoGenerator.h"
#include "Feedback.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <map>

using namespace epidesk;

namespace {

QString sharedDir() {
  const QByteArray env = qgetenv("EPIDESK_SHARED_DIR");
  return env.isEmpty() ? QStringLiteral(EPIDESK_SHARED_DIR) : QString::fromLocal8Bit(env);
}

QByteArray readFile(const QString &path) {
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool isDigits(const QByteArray &s) {
  if (s.isEmpty())
    return false;
  for (char c : s)
    if (c < '0' || c > '9')
      return false;
  return true;
}

// IDADE as ANVISA writes it: "69.0"
bool isAge(const QByteArray &s) {
  const int dot = s.indexOf('.');
  return dot > 0 && isDigits(s.left(dot)) && isDigits(s.mid(dot + 1));
}

// What the test reads back from the files, independently of the generator.
struct Parsed {
  std::map<int, qint64> aziByYear;
  std::map<QByteArray, std::map<int, qint64>> aziByUfYear;
  std::map<int, qint64> aziRsByMonth2019;
  std::map<QByteArray, qint64> spMunicipalities;
  qint64 rows = 0, blankLines = 0, badUf = 0, badQty = 0, badAge = 0, periodMismatch = 0, badFieldCount = 0;
  bool allCrlf = true;
};

void parseFile(const QString &path, int year, int month, Parsed *p) {
  static const QSet<QByteArray> kUfs = {"AC", "AL", "AM", "AP", "BA", "CE", "DF", "ES", "GO",
                                        "MA", "MG", "MS", "MT", "PA", "PB", "PE", "PI", "PR",
                                        "RJ", "RN", "RO", "RR", "RS", "SC", "SE", "SP", "TO"};
  const QByteArray data = readFile(path);
  const QByteArray yearText = QByteArray::number(year), monthText = QByteArray::number(month);
  qsizetype start = data.indexOf('\n') + 1; // skip the header
  while (start < data.size()) {
    qsizetype end = data.indexOf('\n', start);
    if (end < 0)
      end = data.size();
    if (end == start || data[end - 1] != '\r')
      p->allCrlf = false;
    const QByteArray line = data.mid(start, end - start - 1);
    start = end + 1;
    if (line.isEmpty()) {
      ++p->blankLines;
      continue;
    }
    const QList<QByteArray> f = line.split(';');
    ++p->rows;
    if (f.size() != 15) {
      ++p->badFieldCount;
      continue;
    }
    if (f[0] != yearText || f[1] != monthText)
      ++p->periodMismatch;
    if (!kUfs.contains(f[2]))
      ++p->badUf;
    if (!isDigits(f[6]) || f[6].toInt() <= 0)
      ++p->badQty;
    if (!f[13].isEmpty() && !isAge(f[13]))
      ++p->badAge;
    if (f[2] == "SP")
      ++p->spMunicipalities[f[3]];
    if (f[4].startsWith("AZITROMICINA")) {
      ++p->aziByYear[year];
      ++p->aziByUfYear[f[2]][year];
      if (f[2] == "RS" && year == 2019)
        ++p->aziRsByMonth2019[month];
    }
  }
}

QStringList csvFiles(const QString &dir) {
  return QDir(dir).entryList({QStringLiteral("EDA_Industrializados_*.csv")}, QDir::Files, QDir::Name);
}

} // namespace

class TestDemoGenerator : public QObject {
  Q_OBJECT

private slots:
  void initTestCase();
  void fileNamesAndPeriods();
  void headersAndLineEnds();
  void cp1252Names();
  void calibrationTable();
  void yearlyAzithromycinTotals();
  void growth2014To2020();
  void monotoneStates();
  void winterPeakInTheSouth();
  void rowsFollowPopulation();
  void dirtIsCountedInManifest();
  void sameSeedSameBytes();
  void differentSeedDifferentBytes();
  void cancelRemovesPartialFile();
  void errors();

private:
  QTemporaryDir m_dir;
  DemoManifest m_manifest;
  Parsed m_parsed;
};

void TestDemoGenerator::initTestCase() {
  QVERIFY(m_dir.isValid());
  QVERIFY2(QFile::exists(sharedDir() + "/data/br/uf.csv"), qPrintable(sharedDir()));
  DemoOptions opt;
  opt.outDir = m_dir.path();
  QElapsedTimer timer;
  timer.start();
  m_manifest = DemoGenerator::generate(opt, sharedDir());
  const double seconds = timer.elapsed() / 1000.0;
  QVERIFY2(m_manifest.ok(), qPrintable(m_manifest.error));
  qInfo("generated %lld rows in %.2f s (%.0f rows/s)", m_manifest.totalRows, seconds,
        m_manifest.totalRows / std::max(seconds, 1e-3));
  for (const DemoFile &f : m_manifest.files)
    parseFile(f.path, f.year, f.month, &m_parsed);
}

void TestDemoGenerator::fileNamesAndPeriods() {
  const QStringList files = csvFiles(m_dir.path());
  QCOMPARE(files.size(), 96);
  QCOMPARE(files.first(), QStringLiteral("EDA_Industrializados_201401.csv"));
  QCOMPARE(files.last(), QStringLiteral("EDA_Industrializados_202112.csv"));
  QCOMPARE(m_manifest.files.size(), 96);
  QCOMPARE(m_parsed.periodMismatch, 0);
  QCOMPARE(m_parsed.badFieldCount, 0);
  QCOMPARE(m_parsed.rows, m_manifest.totalRows);
  // About 1-1.5 million rows at the default scale.
  QVERIFY2(m_manifest.totalRows > 1000000 && m_manifest.totalRows < 1500000,
           qPrintable(QString::number(m_manifest.totalRows)));
  const QJsonObject json = QJsonDocument::fromJson(readFile(m_dir.filePath("demo_manifest.json"))).object();
  QCOMPARE(json.value("seed").toString(), QStringLiteral("20140101"));
  QCOMPARE(json.value("scale").toDouble(), DemoOptions::kDefaultScale);
  QCOMPARE(qint64(json.value("total_rows").toDouble()), m_manifest.totalRows);
  QCOMPARE(json.value("azithromycin_targets").toArray().size(), 8);
}

void TestDemoGenerator::headersAndLineEnds() {
  const QByteArray classic = readFile(m_dir.filePath("EDA_Industrializados_201407.csv"));
  QVERIFY(classic.startsWith(
      "ANO_VENDA;MES_VENDA;UF_VENDA;MUNICIPIO_VENDA;PRINCIPIO_ATIVO;DESCRICAO_APRESENTACAO;"
      "QTD_VENDIDA;UNIDADE_MEDIDA;CONSELHO_PRESCRITOR;UF_CONSELHO_PRESCRITOR;TIPO_RECEITUARIO;"
      "CID10;SEXO;IDADE;UNIDADE_IDADE\r\n"));
  const QByteArray newer = readFile(m_dir.filePath("EDA_Industrializados_202103.csv"));
  QVERIFY(newer.startsWith(
      "NU_ANO_VENDA;NU_MES_VENDA;SG_UF_VENDA;NO_MUNICIPIO_VENDA;DS_PRINCIPIO_ATIVO;"
      "DS_DESCRICAO_APRESENTACAO;QT_VENDIDA;DS_UNIDADE_MEDIDA;NO_CONSELHO_PRESCRITOR;"
      "SG_UF_CONSELHO_PRESCRITOR;TP_RECEITUARIO;CO_CID10;SG_SEXO;NU_IDADE;NU_UNIDADE_IDADE\r\n"));
  QVERIFY(m_parsed.allCrlf);
}

void TestDemoGenerator::cp1252Names() {
  const QByteArray data = readFile(m_dir.filePath("EDA_Industrializados_201405.csv"));
  QVERIFY(data.contains(";SP;S\xC3O PAULO;"));                        // Ã = 0xC3 in Windows-1252
  QVERIFY(data.contains("AMOXICILINA + CLAVULANATO DE POT\xC1SSIO")); // Á = 0xC1
  QVERIFY(!data.contains("\xC3\x83"));                                // no UTF-8 "Ã"
  QVERIFY(!data.contains("\xC3\x81"));                                // no UTF-8 "Á"
}

void TestDemoGenerator::calibrationTable() {
  QString error;
  const QVector<DemoYearTarget> t = DemoGenerator::azithromycinTargets(sharedDir(), 1.0, &error);
  QVERIFY2(error.isEmpty(), qPrintable(error));
  QCOMPARE(t.size(), 8);
  qint64 total = 0;
  for (const DemoYearTarget &y : t) {
    total += y.fullScale;
    qInfo("%d population %.0f azithromycin %lld per 1000 %.2f", y.year, y.population, y.fullScale, y.per1000);
  }
  QCOMPARE(total, DemoGenerator::kPublishedTotal);
  QCOMPARE(std::round(t[0].per1000 * 10) / 10, 66.2);
  QCOMPARE(std::round(t[6].per1000 * 10) / 10, 83.8);
  QCOMPARE(std::round((double(t[6].fullScale) / t[0].fullScale - 1) * 1000) / 10, 32.1);
}

void TestDemoGenerator::yearlyAzithromycinTotals() {
  qint64 total = 0;
  for (const DemoYearTarget &t : m_manifest.azithromycin) {
    QCOMPARE(m_parsed.aziByYear[t.year], t.scaled); // the generator allocates exactly
    const double expected = t.fullScale * m_manifest.scale;
    QVERIFY(std::abs(m_parsed.aziByYear[t.year] - expected) <= 1.0);
    total += m_parsed.aziByYear[t.year];
  }
  QVERIFY(std::abs(total - DemoGenerator::kPublishedTotal * m_manifest.scale) <= 8.0);
}

void TestDemoGenerator::growth2014To2020() {
  const double growth = double(m_parsed.aziByYear[2020]) / double(m_parsed.aziByYear[2014]) - 1.0;
  QVERIFY2(std::abs(growth - 0.321) < 0.0005, qPrintable(QString::number(growth)));
}

void TestDemoGenerator::monotoneStates() {
  for (const QString &uf : DemoGenerator::monotoneStates()) {
    const auto &series = m_parsed.aziByUfYear[uf.toLatin1()];
    for (int year = 2015; year <= 2021; ++year)
      QVERIFY2(series.at(year) > series.at(year - 1), qPrintable(QString("%1 %2").arg(uf).arg(year)));
    QCOMPARE(series.at(2014), m_manifest.azithromycinByUf[uf][2014]);
  }
  // The other states are noisy: most are not monotone.
  int monotoneOthers = 0;
  for (const auto &[uf, series] : m_parsed.aziByUfYear) {
    if (DemoGenerator::monotoneStates().contains(QString::fromLatin1(uf)))
      continue;
    bool increasing = true;
    for (int year = 2015; year <= 2021; ++year)
      increasing = increasing && series.at(year) > series.at(year - 1);
    monotoneOthers += increasing;
  }
  QCOMPARE(monotoneOthers, 0);
}

void TestDemoGenerator::winterPeakInTheSouth() {
  QVERIFY(m_parsed.aziRsByMonth2019[7] > 1.3 * m_parsed.aziRsByMonth2019[1]);
}

void TestDemoGenerator::rowsFollowPopulation() {
  qint64 best = 0, total = 0;
  QByteArray bestName;
  for (const auto &[name, n] : m_parsed.spMunicipalities) {
    total += n;
    if (n > best)
      best = n, bestName = name;
  }
  QCOMPARE(bestName, QByteArray("S\xC3O PAULO"));
  // The capital holds about a quarter of the state's people.
  QVERIFY(best > total / 6 && best < total / 2);
  QVERIFY(m_parsed.spMunicipalities.size() > 500); // spread over the state's 645
}

void TestDemoGenerator::dirtIsCountedInManifest() {
  const DemoDirt &d = m_manifest.dirt;
  QCOMPARE(m_parsed.blankLines, d.blankLines);
  QCOMPARE(d.blankLines, 1);
  QCOMPARE(m_parsed.badUf, d.badUf);
  QCOMPARE(m_parsed.badQty, d.negativeQuantity + d.nonNumericQuantity);
  QCOMPARE(m_parsed.badAge, d.badAge);
  QCOMPARE(d.expectedQuarantined(), 8 * 4);
  QCOMPARE(d.expectedWarnings(), 8);
  QCOMPARE(d.unmatchedMunicipality, 8 * 3);
  QVERIFY(d.expectedQuarantined() + d.expectedWarnings() + d.unmatchedMunicipality <=
          m_manifest.totalRows / 10000);
  const QJsonObject json = QJsonDocument::fromJson(readFile(m_dir.filePath("demo_manifest.json"))).object();
  QCOMPARE(qint64(json.value("expected_quarantined_rows").toDouble()), d.expectedQuarantined());
  QCOMPARE(qint64(json.value("expected_warning_rows").toDouble()), d.expectedWarnings());
}

void TestDemoGenerator::sameSeedSameBytes() {
  QTemporaryDir a, b;
  DemoOptions opt;
  opt.fromYear = opt.toYear = 2019;
  opt.outDir = a.path();
  QVERIFY(DemoGenerator::generate(opt, sharedDir()).ok());
  opt.outDir = b.path();
  QVERIFY(DemoGenerator::generate(opt, sharedDir()).ok());
  const QStringList files = csvFiles(a.path());
  QCOMPARE(files.size(), 12);
  for (const QString &f : files) {
    const QByteArray bytes = readFile(a.filePath(f));
    QCOMPARE(bytes, readFile(b.filePath(f)));
    // A file does not depend on the requested range (the blank line goes
    // into the first file written, here 2019-01).
    if (!f.endsWith("201901.csv"))
      QVERIFY2(bytes == readFile(m_dir.filePath(f)), qPrintable(f));
  }
}

void TestDemoGenerator::differentSeedDifferentBytes() {
  QTemporaryDir a, b;
  DemoOptions opt;
  opt.fromYear = opt.toYear = 2019;
  opt.scale = 0.0005;
  opt.outDir = a.path();
  QVERIFY(DemoGenerator::generate(opt, sharedDir()).ok());
  opt.seed += 1;
  opt.outDir = b.path();
  const DemoManifest m = DemoGenerator::generate(opt, sharedDir());
  QVERIFY(m.ok());
  for (const QString &f : csvFiles(a.path()))
    QVERIFY2(readFile(a.filePath(f)) != readFile(b.filePath(f)), qPrintable(f));
  // The national calibration does not depend on the seed.
  qint64 azi = 0;
  Parsed p;
  for (const DemoFile &f : m.files)
    parseFile(f.path, f.year, f.month, &p);
  azi = p.aziByYear[2019];
  QCOMPARE(azi, m.azithromycin.first().scaled);
}

void TestDemoGenerator::cancelRemovesPartialFile() {
  QTemporaryDir dir;
  DemoOptions opt;
  opt.outDir = dir.path();
  Feedback feedback;
  feedback.cancel();
  bool canceled = false;
  try {
    DemoGenerator::generate(opt, sharedDir(), &feedback);
  } catch (const Canceled &) {
    canceled = true;
  }
  QVERIFY(canceled);
  QVERIFY(csvFiles(dir.path()).isEmpty());
}

void TestDemoGenerator::errors() {
  QTemporaryDir dir;
  DemoOptions opt;
  opt.outDir = dir.path();
  opt.toYear = 2022;
  QVERIFY(!DemoGenerator::generate(opt, sharedDir()).ok());
  opt.toYear = 2021;
  opt.scale = 0;
  QVERIFY(!DemoGenerator::generate(opt, sharedDir()).ok());
  opt.scale = 0.001;
  const DemoManifest m = DemoGenerator::generate(opt, dir.filePath("no-such-shared-dir"));
  QVERIFY(!m.ok());
  QVERIFY(m.error.contains("uf.csv"));
  QString error;
  QVERIFY(DemoGenerator::azithromycinTargets(dir.filePath("nothing"), 1.0, &error).isEmpty());
  QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "test_demo_generator.moc"
