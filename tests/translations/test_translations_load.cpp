// The compiled catalogs are in the resources (:/i18n) and installTranslations()
// makes QCoreApplication::translate() return them; English keeps the source.
#include "Translations.h"
#include <QCoreApplication>
#include <QtTest>

class TestTranslationsLoad : public QObject {
  Q_OBJECT

private slots:
  void cleanup() { epidesk::installTranslations(QStringLiteral("en")); }

  void catalogsInResources() {
    for (const QString &lang : epidesk::availableTranslations())
      QVERIFY2(QFile::exists(QStringLiteral(":/i18n/epidesk_%1.qm").arg(lang)), qPrintable(lang));
  }

  void translate_data() {
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");

    auto row = [](const char *tag, const char *loc, const char *ctx, const char *src, int n,
                  const QString &exp) {
      QTest::newRow(tag) << QString::fromLatin1(loc) << QString::fromLatin1(ctx) << QString::fromUtf8(src)
                         << n << exp;
    };
    // Brazilian Portuguese
    row("pt_BR menu", "pt_BR", "epidesk::MainWindow", "&File", -1, QStringLiteral("&Arquivo"));
    row("pt_BR uf", "pt_BR", "epidesk::TrendControls", "State (UF)", -1, QStringLiteral("Estado (UF)"));
    row("pt_BR rate", "pt_BR", "epidesk::TrendChart", "%1 per 1,000 inhabitants", -1,
        QStringLiteral("%1 por 1.000 habitantes"));
    row("pt_BR sen", "pt_BR", "epidesk::TrendTestTableModel", "Sen's slope", -1,
        QStringLiteral("Inclinação de Sen"));
    // A PDF report heading, under the context views/ReportWriter.cpp uses at run
    // time (Q_DECLARE_TR_FUNCTIONS(epidesk::ReportWriter)), not the scope lupdate
    // once filed it under ("epidesk").
    row("pt_BR report", "pt_BR", "epidesk::ReportWriter", "Parameters", -1, QStringLiteral("Parâmetros"));
    row("pt_BR plural 1", "pt_BR", "epidesk::Dashboard", "%n series computed.", 1,
        QStringLiteral("1 série calculada."));
    row("pt_BR plural 3", "pt_BR", "epidesk::Dashboard", "%n series computed.", 3,
        QStringLiteral("3 séries calculadas."));
    // Spanish
    row("es menu", "es", "epidesk::MainWindow", "&File", -1, QStringLiteral("&Archivo"));
    row("es uf", "es", "epidesk::TrendControls", "State (UF)", -1, QStringLiteral("Estado (UF)"));
    row("es sen", "es", "epidesk::TrendTestTableModel", "Sen's slope", -1,
        QStringLiteral("Pendiente de Sen"));
    row("es reader", "es", "AnvisaReader", "active ingredient is empty", -1,
        QStringLiteral("el principio activo está vacío"));
    row("es plural 1", "es", "epidesk::Dashboard", "%n series computed.", 1,
        QStringLiteral("1 serie calculada."));
    row("es plural 4", "es", "epidesk::Dashboard", "%n series computed.", 4,
        QStringLiteral("4 series calculadas."));
    // Polish, with its three plural forms
    row("pl menu", "pl", "epidesk::MainWindow", "&File", -1, QStringLiteral("&Plik"));
    row("pl uf", "pl", "epidesk::TrendControls", "State (UF)", -1, QStringLiteral("Stan (UF)"));
    row("pl rate", "pl", "epidesk::TrendChart", "%1 per 1,000 inhabitants", -1,
        QStringLiteral("%1 na 1000 mieszkańców"));
    row("pl sen", "pl", "epidesk::TrendTestTableModel", "Sen's slope", -1, QStringLiteral("Nachylenie Sena"));
    row("pl plural 1", "pl", "epidesk::ImportDialog", "%n row(s)", 1, QStringLiteral("1 wiersz"));
    row("pl plural 3", "pl", "epidesk::ImportDialog", "%n row(s)", 3, QStringLiteral("3 wiersze"));
    row("pl plural 5", "pl", "epidesk::ImportDialog", "%n row(s)", 5, QStringLiteral("5 wierszy"));
    row("pl plural 12", "pl", "epidesk::ImportDialog", "%n row(s)", 12, QStringLiteral("12 wierszy"));
    row("pl plural 22", "pl", "epidesk::ImportDialog", "%n row(s)", 22, QStringLiteral("22 wiersze"));
    // English: no catalog, the source text stays
    row("en menu", "en", "epidesk::MainWindow", "&File", -1, QStringLiteral("&File"));
    row("en uf", "en", "epidesk::TrendControls", "State (UF)", -1, QStringLiteral("State (UF)"));
    row("en plural", "en", "epidesk::ImportDialog", "%n row(s)", 5, QStringLiteral("5 row(s)"));
  }

  void translate() {
    QFETCH(QString, locale);
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(int, n);
    QFETCH(QString, expected);
    const QString used = epidesk::installTranslations(locale);
    QCOMPARE(used, locale);
    const QByteArray ctx = context.toUtf8();
    const QByteArray src = source.toUtf8();
    QCOMPARE(QCoreApplication::translate(ctx.constData(), src.constData(), nullptr, n), expected);
  }

  // Installing another locale replaces the previous catalog.
  void switchLocale() {
    QCOMPARE(epidesk::installTranslations(QStringLiteral("pl")), QStringLiteral("pl"));
    QCOMPARE(QCoreApplication::translate("epidesk::MainWindow", "&File"), QStringLiteral("&Plik"));
    QCOMPARE(epidesk::installTranslations(QStringLiteral("pt_BR")), QStringLiteral("pt_BR"));
    QCOMPARE(QCoreApplication::translate("epidesk::MainWindow", "&File"), QStringLiteral("&Arquivo"));
    QCOMPARE(epidesk::installTranslations(QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("epidesk::MainWindow", "&File"), QStringLiteral("&File"));
  }
};

QTEST_GUILESS_MAIN(TestTranslationsLoad)
#include "test_translations_load.moc"
