#include "PdfText.h"
#include "export/ReportWriter.h"
#include "ViewsTestStore.h"
#include <QTemporaryDir>
#include <QtTest>

using namespace epidesk;

class TestReportWriter : public QObject {
  Q_OBJECT
  QTemporaryDir m_dir;
  std::shared_ptr<const DataSource> m_store;

private slots:
  void initTestCase() {
    QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    QString error;
    m_store = testing::createTestStore(m_dir.path(), &error);
    QVERIFY2(m_store, qPrintable(error));
  }

  void writesPdfWithTitleStatesAndProvenance() {
    EPIDESK_REQUIRE_PDFTOTEXT();

    ReportContent content;
    content.request.ingredientContains = QStringLiteral("azitro");
    content.request.level = GeoLevel::Uf;
    content.result = runTrends(*m_store, content.request);
    content.source = m_store;
    content.selectedCodes = {QStringLiteral("MG")};
    const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
    QString error;
    QVERIFY2(ReportWriter::write(content, pdf, &error), qPrintable(error));
    QVERIFY(QFileInfo(pdf).size() > 1000);

    const QString text = epidesk::test::pdfText(pdf);
    QVERIFY2(text.contains(ReportWriter::defaultTitle()), qPrintable(text.left(500)));
    for (const char *name : {"Minas Gerais", "São Paulo", "Rio de Janeiro"})
      QVERIFY2(text.contains(QString::fromUtf8(name)), name);
    QVERIFY(text.contains("EDA_Industrializados_201601.csv")); // provenance
    QVERIFY(text.contains("9.8.7"));
  }

  void failsOnUnwritablePath() {
    ReportContent content;
    QString error;
    QVERIFY(!ReportWriter::write(content, m_dir.filePath("no/such/dir/r.pdf"), &error));
    QVERIFY(!error.isEmpty());
  }
};

QTEST_MAIN(TestReportWriter)
#include "test_report_writer.moc"
