#include "AnvisaReader.h"
#include "Cp1252.h"
#include "TextKey.h"
#include <QTemporaryDir>
#include <QtTest>

using namespace epidesk;

namespace {

const QString kData = QStringLiteral(EPIDESK_TEST_DATA_DIR);

struct Row {
  qint64 line;
  int year, month, ufIndex;
  QString municipality, ingredient;
  qint64 quantity;
  int receiptType, sex;
  double age;
  int ageUnit;
  QByteArray cid10;
};

struct Collector : AnvisaRecordHandler {
  std::vector<Row> rows;
  std::vector<QuarantineEntry> quarantined;
  void record(const AnvisaRecord &r) override {
    rows.push_back({r.line, r.year, r.month, r.ufIndex, Cp1252::toUnicode(r.municipality),
                    Cp1252::toUnicode(r.ingredient), r.quantity, r.receiptType, r.sex, r.age, r.ageUnit,
                    r.cid10.toByteArray()});
  }
  void quarantine(QuarantineEntry &&e) override { quarantined.push_back(std::move(e)); }
};

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes) {
  const QString path = dir.filePath(name);
  QFile f(path);
  f.open(QIODevice::WriteOnly);
  f.write(bytes);
  return path;
}

} // namespace

class TestAnvisaReader : public QObject {
  Q_OBJECT
private slots:
  void cp1252Table() {
    QCOMPARE(Cp1252::toUnicode(QByteArrayView("S\xC3O VICENTE")), QStringLiteral("SÃO VICENTE"));
    QCOMPARE(Cp1252::toUnicode(QByteArrayView("\x80\x93\x94")), QString::fromUtf8("€“”"));
    QCOMPARE(Cp1252::fromUnicode(QStringLiteral("POTÁSSIO €")), QByteArray("POT\xC1SSIO \x80"));
  }

  void classicHeaderCrlfBlankLines_data() {
    QTest::addColumn<qint64>("chunk");
    QTest::newRow("4 MiB") << qint64(AnvisaReader::defaultChunkBytes);
    QTest::newRow("17 bytes") << qint64(17); // lines and CRLF pairs split across chunks
    QTest::newRow("1 line") << qint64(90);
  }
  void classicHeaderCrlfBlankLines() {
    QFETCH(qint64, chunk);
    Collector c;
    const AnvisaReadResult r = AnvisaReader(kData + "/EDA_Industrializados_201401.csv", chunk).read(c);
    QCOMPARE(int(r.status), int(AnvisaReadResult::Status::Ok));
    QCOMPARE(r.rowsRead, 13); // 16 lines - header - 2 blank lines
    QCOMPARE(r.rowsLoaded, 5);
    QCOMPARE(r.rowsQuarantined, 8);
    QCOMPARE(r.rowsRead, r.rowsLoaded + r.rowsQuarantined);
    QCOMPARE(qint64(c.rows.size()), r.rowsLoaded);
    QCOMPARE(qint64(c.quarantined.size()), r.rowsQuarantined);
    QCOMPARE(c.rows[0].line, 2);
    QCOMPARE(c.rows[0].municipality, QStringLiteral("SÃO VICENTE"));
    QCOMPARE(c.rows[0].year, 2014);
    QCOMPARE(c.rows[0].month, 2);
    QCOMPARE(c.rows[0].quantity, 3);
    QCOMPARE(c.rows[0].cid10, QByteArray("J18"));
    QCOMPARE(c.rows[0].sex, 1);
    QCOMPARE(c.rows[0].age, 69.0);
    QCOMPARE(c.rows[1].ingredient, QStringLiteral("AMOXICILINA + CLAVULANATO DE POTÁSSIO"));
    QCOMPARE(c.rows[1].month, 2); // "02"
    QCOMPARE(c.rows.back().line, 16);
    QCOMPARE(c.rows.back().month, 3);
    QCOMPARE(c.rows.back().ufIndex, 18);                                    // RJ in Geography::ufSiglas()
    QCOMPARE(c.rows.back().municipality, QStringLiteral("RIO DE JANEIRO")); // no trailing CR
    QCOMPARE(c.rows.back().ageUnit, 2);
  }

  void quarantineRules_data() {
    QTest::addColumn<int>("index");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("reason");
    QTest::newRow("14 fields") << 0 << qint64(6) << "row"
                               << "found 14";
    QTest::newRow("year not integer") << 1 << qint64(7) << "ANO_VENDA"
                                      << "year";
    QTest::newRow("year out of range") << 2 << qint64(8) << "ANO_VENDA"
                                       << "1990";
    QTest::newRow("month 13") << 3 << qint64(9) << "MES_VENDA"
                              << "month";
    QTest::newRow("unknown UF") << 4 << qint64(10) << "UF_VENDA"
                                << "UF";
    QTest::newRow("negative quantity") << 5 << qint64(11) << "QTD_VENDIDA"
                                       << "non-negative";
    QTest::newRow("decimal quantity") << 6 << qint64(12) << "QTD_VENDIDA"
                                      << "non-negative";
    QTest::newRow("empty ingredient") << 7 << qint64(13) << "PRINCIPIO_ATIVO"
                                      << "empty";
  }
  void quarantineRules() {
    QFETCH(int, index);
    QFETCH(qint64, line);
    QFETCH(QString, field);
    QFETCH(QString, reason);
    Collector c;
    AnvisaReader(kData + "/EDA_Industrializados_201401.csv").read(c);
    QCOMPARE(c.quarantined.size(), size_t(8));
    const QuarantineEntry &q = c.quarantined[size_t(index)];
    QCOMPARE(q.file, QStringLiteral("EDA_Industrializados_201401.csv"));
    QCOMPARE(q.line, line);
    QCOMPARE(q.field, field);
    QVERIFY2(q.reason.contains(reason), qPrintable(q.reason));
    QVERIFY(q.raw.startsWith(QStringLiteral("20")) || q.raw.startsWith(QStringLiteral("19")));
    QVERIFY(q.raw.contains(QStringLiteral("SÃO VICENTE"))); // decoded from Windows-1252
    QVERIFY(!q.raw.endsWith(QLatin1Char('\r')));
  }

  void malformedOptionalFieldsAreWarnings() {
    Collector c;
    const AnvisaReadResult r = AnvisaReader(kData + "/EDA_Industrializados_201401.csv").read(c);
    QCOMPARE(r.warnings, 5);
    for (const char *f : {"TIPO_RECEITUARIO", "CID10", "SEXO", "IDADE", "UNIDADE_IDADE"})
      QCOMPARE(r.warningsByField.value(QString::fromLatin1(f)), 1);
    const Row &row = c.rows[3]; // line 14
    QCOMPARE(row.line, 14);
    QCOMPARE(row.receiptType, 0);
    QVERIFY(row.cid10.isEmpty());
    QCOMPARE(row.sex, 0);
    QVERIFY(row.age < 0);
    QCOMPARE(row.ageUnit, 0);
    QCOMPARE(row.quantity, 7); // the row itself is loaded
  }

  void prefixedHeaderLfNoFinalNewline() {
    Collector c;
    const AnvisaReadResult r = AnvisaReader(kData + "/EDA_Industrializados_201402.csv", 32).read(c);
    QCOMPARE(int(r.status), int(AnvisaReadResult::Status::Ok));
    QCOMPARE(r.rowsRead, 2);
    QCOMPARE(r.rowsLoaded, 2);
    QCOMPARE(c.rows[1].municipality, QStringLiteral("OLHOS-D'ÁGUA"));
    QCOMPARE(c.rows[1].ingredient, QStringLiteral("CLORIDRATO DE SERTRALINA"));
  }

  void unknownHeaderIsAnError() {
    Collector c;
    const AnvisaReadResult r = AnvisaReader(kData + "/EDA_Industrializados_209901.csv").read(c);
    QCOMPARE(int(r.status), int(AnvisaReadResult::Status::Failed));
    QVERIFY2(r.error.contains(QStringLiteral("EDA_Industrializados_209901.csv")), qPrintable(r.error));
    QVERIFY2(r.error.contains(QStringLiteral("ANO_VENDA;MES_VENDA")), qPrintable(r.error));
    QVERIFY2(r.error.contains(QStringLiteral("NU_ANO_VENDA")), qPrintable(r.error));
    QVERIFY(c.rows.empty());
  }

  void missingAndEmptyFilesAreErrors() {
    QTemporaryDir dir;
    Collector c;
    AnvisaReadResult r = AnvisaReader(dir.filePath("EDA_Industrializados_201001.csv")).read(c);
    QCOMPARE(int(r.status), int(AnvisaReadResult::Status::Failed));
    QVERIFY2(r.error.contains(QStringLiteral("EDA_Industrializados_201001.csv")), qPrintable(r.error));
    r = AnvisaReader(dir.path()).read(c); // a folder
    QCOMPARE(int(r.status), int(AnvisaReadResult::Status::Failed));
    r = AnvisaReader(writeFile(dir, "empty.csv", "\r\n\r\n")).read(c);
    QCOMPARE(int(r.status), int(AnvisaReadResult::Status::Failed));
    QVERIFY2(r.error.contains(QStringLiteral("empty.csv")) && r.error.contains(QStringLiteral("header")),
             qPrintable(r.error));
  }

  void headerVariantsAnyCaseAndBom() {
    QTemporaryDir dir;
    const QByteArray header = "\xEF\xBB\xBF"
                              "ano_venda;mes_venda;uf_venda;municipio_venda;principio_ativo;"
                              "descricao_apresentacao;qtd_vendida;unidade_medida;conselho_prescritor;"
                              "uf_conselho_prescritor;tipo_receituario;cid10;sexo;idade;unidade_idade\n";
    Collector c;
    const AnvisaReadResult r =
        AnvisaReader(writeFile(dir, "a.csv", header + "2020;1;DF;BRAS\xCDLIA;X;Y;1;CAIXA;;;;;;;\n")).read(c);
    QCOMPARE(int(r.status), int(AnvisaReadResult::Status::Ok));
    QCOMPARE(c.rows.size(), size_t(1));
    QCOMPARE(c.rows[0].municipality, QStringLiteral("BRASÍLIA"));
  }

  void overlongLineIsQuarantinedMemoryBounded() {
    QTemporaryDir dir;
    const QByteArray header =
        AnvisaFormat::columnNames(AnvisaFormat::Variant::Classic).join(';').toLatin1() + "\n";
    const QByteArray good = "2020;1;DF;BRAS\xCDLIA;X;Y;1;CAIXA;;;;;;;\n";
    const QByteArray huge = QByteArray(ReadLimits{}.maxLineBytes * 2, 'A') + "\n";
    Collector c;
    const AnvisaReadResult r =
        AnvisaReader(writeFile(dir, "b.csv", header + good + huge + good), 1 << 16).read(c);
    QCOMPARE(r.rowsRead, 3);
    QCOMPARE(r.rowsLoaded, 2);
    QCOMPARE(r.rowsQuarantined, 1);
    QCOMPARE(c.quarantined[0].line, 3);
    QCOMPARE(c.rows[1].line, 4);
  }

  void cancelBetweenChunks() {
    Collector c;
    int calls = 0;
    const AnvisaReadResult r =
        AnvisaReader(kData + "/EDA_Industrializados_201401.csv", 64).read(c, [&](qint64) {
          return ++calls < 2;
        });
    QCOMPARE(int(r.status), int(AnvisaReadResult::Status::Canceled));
    QCOMPARE(calls, 2);
  }
};

QTEST_GUILESS_MAIN(TestAnvisaReader)
#include "test_anvisa_reader.moc"
