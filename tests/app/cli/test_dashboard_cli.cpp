// epidesk-cli dashboard new|render (issue 12): documents made and drawn
// without the GUI, deterministic PNGs, data-change detection, bad documents.
#include "CliRun.h"
#include "PdfText.h"
#include <QCryptographicHash>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace epidesk::test;

namespace {
QByteArray sha(const QString &path) {
  QFile f(path);
  return f.open(QIODevice::ReadOnly)
             ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex()
             : QByteArray();
}
} // namespace

class TestDashboardCli : public QObject {
  Q_OBJECT
  QTemporaryDir m_dir;
  QString m_store;
  QString m_doc;

private slots:
  void initTestCase() {
    QVERIFY(m_dir.isValid());
    QString error;
    m_store = createDemoStore(m_dir.filePath("demo"), 7, &error);
    QVERIFY2(!m_store.isEmpty(), qPrintable(error));
    m_doc = m_dir.filePath("demo/azithromycin.epidash");
  }

  void newWritesAValidDocumentBesideItsStore() {
    const CliRun run = runCli({"dashboard", "new", "--store", m_store, "--ingredient-contains",
                               "azitromicina", "--per-1000", "--select", "MG,SP", "--panels",
                               "map,chart,table,trend_map", "--title", "Azithromycin", "--out", m_doc});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.json()["panels"].toInt(), 4);
    QFile f(m_doc);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(doc["format_version"].toInt(), 1);
    QCOMPARE(doc["source"].toObject()["store"].toString(),
             QStringLiteral("store.gpkg")); // relative: beside it
    QCOMPARE(doc["selection"].toArray().size(), 2);
    const QJsonArray panels = doc["panels"].toArray();
    QCOMPARE(panels[3].toObject()["id"].toString(), QStringLiteral("trend_map-2"));
    QCOMPARE(
        panels[0].toObject()["params"].toObject()["request"].toObject()["ingredient_contains"].toString(),
        QStringLiteral("azitromicina"));
    QVERIFY(doc["data"].toObject()["version"].toString().startsWith("v1-"));
  }

  void renderIsDeterministic() {
    const QString a = m_dir.filePath("png-a"), b = m_dir.filePath("png-b");
    const QString pdf = m_dir.filePath("azi.pdf");
    const CliRun first = runCli({"dashboard", "render", m_doc, "--png-dir", a, "--pdf", pdf});
    QVERIFY2(first.exitCode == 0, first.err.constData());
    const CliRun second = runCli({"dashboard", "render", m_doc, "--png-dir", b});
    QVERIFY2(second.exitCode == 0, second.err.constData());
    QCOMPARE(first.json()["data_changed"].toBool(true), false);
    const QJsonArray panels = first.json()["panels"].toArray();
    QCOMPARE(panels.size(), 4);
    for (const QString &id : {"trend_map-1", "trend_chart-1", "trend_table-1", "trend_map-2"}) {
      const QString pa = QDir(a).filePath(id + ".png"), pb = QDir(b).filePath(id + ".png");
      QImage image(pa);
      QCOMPARE(image.size(), QSize(1000, 700));
      QVERIFY2(sha(pa) == sha(pb), qPrintable(id));
      // Not a blank picture: the panel drew something.
      QSet<QRgb> colours;
      for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
          colours.insert(image.pixel(x, y));
      QVERIFY2(colours.size() > 5, qPrintable(id));
    }
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains("Azithromycin"), qPrintable(text.left(400)));
    QVERIFY(text.contains("Selection") && text.contains("MG, SP"));
    QVERIFY(text.contains("Trend chart") && text.contains("Provenance"));
  }

  void documentMovedWithItsStoreStillRenders() {
    const QString moved = m_dir.filePath("moved");
    QVERIFY(QDir().mkpath(moved));
    QVERIFY(QFile::copy(m_store, moved + "/store.gpkg"));
    QVERIFY(QFile::copy(m_doc, moved + "/azi.epidash"));
    const CliRun run = runCli({"dashboard", "render", moved + "/azi.epidash"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.json()["document"].toString().startsWith(moved));
  }

  void changedDataIsReported() {
    // Another month imported after the document was saved.
    const QString copy = m_dir.filePath("changed");
    QVERIFY(QDir().mkpath(copy));
    QVERIFY(QFile::copy(m_store, copy + "/store.gpkg"));
    QVERIFY(QFile::copy(m_doc, copy + "/azi.epidash"));
    const CliRun gen = runCli({"demo", "generate", copy + "/more", "--seed", "9", "--scale", "0.001",
                               "--from", "2018", "--to", "2018"});
    QVERIFY2(gen.exitCode == 0, gen.err.constData());
    const QString extra = copy + "/more/EDA_Industrializados_201801.csv";
    const CliRun import = runCli({"import", "anvisa", "--store", copy + "/store.gpkg", extra});
    QVERIFY2(import.exitCode == 0, import.err.constData());
    const CliRun run = runCli({"dashboard", "render", copy + "/azi.epidash"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.json()["data_changed"].toBool());
    QCOMPARE(run.json()["changes"].toObject()["added"].toArray(),
             QJsonArray{"EDA_Industrializados_201801.csv"});
    QVERIFY(run.json()["data_version"].toString() != run.json()["saved_data_version"].toString());
    QVERIFY(run.err.contains("changed since the dashboard was saved"));
  }

  void badDocumentsExitWithUsage_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("garbage") << QByteArray("{ not json") << "not valid JSON";
    QTest::newRow("newer") << QByteArray(R"({"format_version": 99})") << "format_version: 99 is newer";
    QTest::newRow("unknown kind") << QByteArray(R"({"format_version": 1, "source": {"store": "s.gpkg"},
        "panels": [{"id": "a", "kind": "radar"}]})")
                                  << "panels[0].kind: unknown panel kind";
  }

  void badDocumentsExitWithUsage() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const QString path = m_dir.filePath("bad.epidash");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
    f.close();
    const CliRun run = runCli({"dashboard", "render", path});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(path.toUtf8()) && run.err.contains(message.toUtf8()), run.err.constData());
  }

  void missingStoreNamesTheDocument() {
    const QString dir = m_dir.filePath("nostore");
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(QFile::copy(m_doc, dir + "/azi.epidash"));
    const CliRun run = runCli({"dashboard", "render", dir + "/azi.epidash"});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("azi.epidash: source:"), run.err.constData());
  }
};

QTEST_GUILESS_MAIN(TestDashboardCli)
#include "test_dashboard_cli.moc"
