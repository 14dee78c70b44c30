#include "TextKey.h"
#include <QtTest>

using namespace epidesk;

class TestTextKey : public QObject {
  Q_OBJECT
private slots:
  void accentsAndCaseFold() {
    QCOMPARE(foldKey(QStringLiteral("São Vicente")), foldKey(QStringLiteral("SAO VICENTE")));
    QCOMPARE(foldKey(QStringLiteral("São Vicente")), QStringLiteral("SAO VICENTE"));
  }
  void apostrophesAndHyphensAreSpaces() {
    QCOMPARE(foldKey(QStringLiteral("Alta Floresta D'Oeste")),
             foldKey(QStringLiteral("ALTA FLORESTA D OESTE")));
    QCOMPARE(foldKey(QStringLiteral("D\u2019Oeste")), QStringLiteral("D OESTE"));
    QCOMPARE(foldKey(QStringLiteral("  Pau   d'Arco ")), QStringLiteral("PAU D ARCO"));
  }
  void ingredientContains() {
    QVERIFY(foldKey(QStringLiteral("AZITROMICINA DI-HIDRATADA"))
                .contains(foldKey(QStringLiteral("azitromicina"))));
    QVERIFY(foldKey(QStringLiteral("AZITROMICINA DI-HIDRATADA"))
                .contains(foldKey(QStringLiteral("di hidratada"))));
  }
};

QTEST_GUILESS_MAIN(TestTextKey)
#include "test_text_key.moc"
