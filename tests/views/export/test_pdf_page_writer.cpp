#include "export/PdfPageWriter.h"
#include "PdfText.h"
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace epidesk;

class TestPdfPageWriter : public QObject {
  Q_OBJECT
  QTemporaryDir m_dir;

private slots:
  void tableOverflowsOntoASecondPage() {
    EPIDESK_REQUIRE_PDFTOTEXT();
    const QString path = m_dir.filePath(QStringLiteral("table.pdf"));
    PdfPageWriter pdf(path, QStringLiteral("Table test"));
    QVERIFY(pdf.begin());
    pdf.setFooter(QStringLiteral("Footer note"), QStringLiteral("Page %1"));
    pdf.title(QStringLiteral("Table test"));
    pdf.keyValues({{QStringLiteral("Key"), QStringLiteral("Value")}});
    QList<PdfPageWriter::Row> rows;
    for (int i = 1; i <= 80; ++i) // 8 pt rows: about 60 fit on an A4 page
      rows.emplaceBack(
          QStringList{QStringLiteral("cell-%1").arg(i, 3, 10, QLatin1Char('0')), QString::number(i * 1.5)},
          i % 10 == 0);
    pdf.heading(QStringLiteral("Rows"));
    pdf.table({{QStringLiteral("Name column"), 0.6}, {QStringLiteral("Amount column"), 0.4, Qt::AlignRight}},
              rows);
    pdf.paragraph(QStringLiteral("After the table"));
    QVERIFY(pdf.finish());
    QCOMPARE(pdf.pageCount(), 2);

    const QStringList pages = epidesk::test::pdfPages(path);
    QCOMPARE(pages.size(), 2);
    QVERIFY2(pages[0].contains(QStringLiteral("cell-001")), qPrintable(pages[0].left(300)));
    QVERIFY(pages[0].contains(QStringLiteral("Key")));
    QVERIFY(!pages[0].contains(QStringLiteral("cell-080")));
    QVERIFY2(pages[1].contains(QStringLiteral("cell-080")), qPrintable(pages[1].left(300)));
    QVERIFY(!pages[1].contains(QStringLiteral("cell-001")));
    QVERIFY(pages[1].contains(QStringLiteral("After the table")));
    for (int i = 0; i < 2; ++i) {
      QVERIFY2(pages[i].contains(QStringLiteral("Name column")), "header row repeated on every page");
      QVERIFY(pages[i].contains(QStringLiteral("Footer note")));
      QVERIFY(pages[i].contains(QStringLiteral("Page %1").arg(i + 1)));
    }
    // Every row is printed exactly once.
    for (int i = 1; i <= 80; ++i)
      QCOMPARE((pages[0] + pages[1]).count(QStringLiteral("cell-%1").arg(i, 3, 10, QLatin1Char('0'))), 1);
  }

  void shortContentStaysOnOnePage() {
    const QString path = m_dir.filePath(QStringLiteral("short.pdf"));
    PdfPageWriter pdf(path, QStringLiteral("Short"));
    QVERIFY(pdf.begin());
    pdf.paragraph(QStringLiteral("One line"));
    pdf.image(QImage(), 100); // a null image takes no room
    QVERIFY(pdf.finish());
    QCOMPARE(pdf.pageCount(), 1);
    QVERIFY(QFileInfo(path).size() > 500);
  }

  // Atomic: a report abandoned half-way (an error, an exception) leaves the
  // earlier file of that name untouched, and no partial PDF appears.
  void abandonedReportKeepsTheEarlierFile() {
    const QString path = m_dir.filePath(QStringLiteral("kept.pdf"));
    {
      QFile earlier(path);
      QVERIFY(earlier.open(QIODevice::WriteOnly));
      earlier.write("earlier report");
    }
    {
      PdfPageWriter pdf(path, QStringLiteral("Abandoned"));
      QVERIFY(pdf.begin());
      pdf.paragraph(QStringLiteral("never committed"));
    } // no finish()
    QFile kept(path);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("earlier report"));
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("kept.pdf*")}, QDir::Files).size(), 1);
  }

  void failsOnUnwritablePath() {
    PdfPageWriter pdf(m_dir.filePath(QStringLiteral("no/such/dir/x.pdf")), QStringLiteral("x"));
    QVERIFY(!pdf.begin());
    QVERIFY(!pdf.finish());
  }
};

QTEST_MAIN(TestPdfPageWriter)
#include "test_pdf_page_writer.moc"
