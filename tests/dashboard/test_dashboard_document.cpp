#include "DashboardFile.h"
#include "DataChanges.h"
#include "EmbeddedStore.h"
#include "ImportService.h"
#include "PanelKinds.h"
#include "SharedData.h"
#include "TrendTypes.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace epidesk;

namespace {

const QString kData = QStringLiteral(EPIDESK_TEST_DATA_DIR);

DashboardDocument sampleDocument() {
  DashboardDocument d;
  d.title = QStringLiteral("Azitromicina no Brasil — 2014–2021");
  d.source.store = QStringLiteral("demo.gpkg");
  d.savedData.version = QStringLiteral("v1-0123456789abcdef01234567");
  d.savedData.files.push_back({QStringLiteral("EDA_Industrializados_201401.csv"),
                               QStringLiteral("2026-12-07T10:00:00.123Z"), 5000000000LL, 4999999990LL, 10});
  d.filter.ingredient = QStringLiteral("azitromicina");
  d.filter.places = {QStringLiteral("MG"), QStringLiteral("SP")};
  d.filter.fromYear = 2014;
  d.selection = {QStringLiteral("MG")};
  d.timeCursor = QStringLiteral("2020");
  TrendRequest request;
  request.ingredientContains = QStringLiteral("azitromicina");
  request.per1000 = true;
  for (const QString &kind : PanelKinds::ids()) {
    PanelSpec p;
    p.id = d.newPanelId(kind);
    p.kind = kind;
    p.params = PanelKinds::defaultParams(kind);
    if (PanelKinds::family(kind) == QLatin1String("trends"))
      p.params[QStringLiteral("request")] = request.toJson();
    d.panels.push_back(p);
  }
  d.panels[0].params[QStringLiteral("breaks")] = QJsonArray{0.5, 1.25, 3};
  d.panels[1].params[QStringLiteral("zoom")] =
      QJsonObject{{"x_min", 2014}, {"x_max", 2021}, {"y_min", 0}, {"y_max", 12.5}};
  d.panels[1].linked = false;
  d.setSavedResults(
      {{QStringLiteral("relocation"), QString(64, QLatin1Char('b')),
        QJsonObject{{"plan", QJsonObject{{"status", "optimal"}}}}},
       {QStringLiteral("relocation"), QString(64, QLatin1Char('a')), QJsonObject{{"plan", QJsonObject{}}}}});
  d.windowState = QByteArray("\x00\x01state\xff", 9);
  d.windowGeometry = QByteArray("geometry");
  return d;
}

QString readError(const QByteArray &bytes) {
  QString error;
  const auto d = DashboardFile::fromBytes(bytes, QStringLiteral("/tmp/bad.epidash"), &error);
  return d ? QString() : error;
}

QByteArray withChange(const std::function<void(QJsonObject &)> &change) {
  QJsonObject o = sampleDocument().toJson();
  change(o);
  return QJsonDocument(o).toJson();
}

// Sets o[path] where path is "a.b[2].c".
void setPath(QJsonObject &o, const QStringList &path, const QJsonValue &v) {
  if (path.size() == 1) {
    o[path[0]] = v;
    return;
  }
  const QString head = path[0];
  const int bracket = head.indexOf(QLatin1Char('['));
  if (bracket < 0) {
    QJsonObject child = o[head].toObject();
    setPath(child, path.mid(1), v);
    o[head] = child;
    return;
  }
  const QString key = head.left(bracket);
  const int index = head.mid(bracket + 1).chopped(1).toInt();
  QJsonArray a = o[key].toArray();
  QJsonObject child = a[index].toObject();
  setPath(child, path.mid(1), v);
  a[index] = child;
  o[key] = a;
}

} // namespace

class TestDashboardDocument : public QObject {
  Q_OBJECT
  QTemporaryDir m_dir;
  QString m_storeTemplate;

private slots:
  void initTestCase() {
    QVERIFY(m_dir.isValid());
    m_storeTemplate = m_dir.filePath(QStringLiteral("template.gpkg"));
    QString error;
    QVERIFY2(EmbeddedStore::create(m_storeTemplate, sharedDataDir(), &error), qPrintable(error));
  }

  void roundTripGivesTheSameBytes() {
    const DashboardDocument d = sampleDocument();
    const QByteArray bytes = DashboardFile::toBytes(d);
    QString error;
    const auto back = DashboardFile::fromBytes(bytes, QStringLiteral("x.epidash"), &error);
    QVERIFY2(back, qPrintable(error));
    QVERIFY(*back == d);
    QCOMPARE(back->panels.size(), PanelKinds::ids().size());
    QCOMPARE(back->savedData.files[0].rowsRead, 5000000000LL); // above int, exact
    QCOMPARE(back->windowState, d.windowState);
    QVERIFY(!back->panels[1].linked);
    QCOMPARE(back->savedResults.size(), size_t(2));
    QCOMPARE(back->savedResults[0].inputs, QString(64, QLatin1Char('a'))); // sorted
    QVERIFY(back->savedResult(QStringLiteral("relocation"), QString(64, QLatin1Char('b'))));
    QCOMPARE(back->savedResult(QStringLiteral("relocation"), QString(64, QLatin1Char('b')))
                 ->value["plan"]
                 .toObject()["status"]
                 .toString(),
             QStringLiteral("optimal"));
    // Packed results round-trip; a large one shrinks.
    QJsonArray flows;
    for (int i = 0; i < 3000; ++i)
      flows.append(QJsonObject{
          {"from_district", QString::number(1000 + i % 380)}, {"facility", "H12"}, {"patients", i}});
    const QJsonObject plan{{"flows", flows}, {"status", "optimal"}};
    const QJsonObject packed = SavedResult::pack(plan);
    QCOMPARE(SavedResult::unpack(packed).value_or(QJsonObject()), plan);
    QVERIFY(packed["zlib_json"].toString().size() * 5 <
            QJsonDocument(plan).toJson(QJsonDocument::Compact).size());
    QVERIFY(!SavedResult::unpack(QJsonObject{{"zlib_json", "%%%"}}));
    QCOMPARE(DashboardFile::toBytes(*back), bytes);
    DashboardDocument plain = d;
    plain.setSavedResults({});
    QVERIFY(!plain.toJson().contains(QStringLiteral("saved_results"))); // older documents keep their bytes

    // Through a file: open -> save leaves the file byte for byte.
    const QString path = m_dir.filePath(QStringLiteral("round.epidash"));
    QVERIFY2(DashboardFile::write(d, path, &error), qPrintable(error));
    const auto opened = DashboardFile::read(path, &error);
    QVERIFY2(opened, qPrintable(error));
    const QString again = m_dir.filePath(QStringLiteral("again.epidash"));
    QVERIFY(DashboardFile::write(*opened, again, &error));
    QFile a(path), b(again);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QCOMPARE(b.readAll(), a.readAll());
  }

  void badDocuments_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("field"); // must appear in the message
    QTest::newRow("not json") << QByteArray("{\n  \"format_version\": 1,\n  oops\n}") << "line 3, column";
    QTest::newRow("array") << QByteArray("[1,2]") << "JSON object";
    QTest::newRow("empty") << QByteArray("") << "not valid JSON";
    QTest::newRow("no version") << withChange([](QJsonObject &o) { o.remove("format_version"); })
                                << "format_version: missing";
    QTest::newRow("newer version") << withChange([](QJsonObject &o) { o["format_version"] = 7; })
                                   << "format_version: 7 is newer";
    QTest::newRow("version string") << withChange([](QJsonObject &o) { o["format_version"] = "1"; })
                                    << "format_version: must be an integer";
    QTest::newRow("unknown top field")
        << withChange([](QJsonObject &o) { o["panles"] = QJsonArray(); }) << "panles: unknown field";
    QTest::newRow("no source") << withChange([](QJsonObject &o) { o.remove("source"); }) << "source: missing";
    QTest::newRow("two sources") << withChange([](QJsonObject &o) {
      setPath(o, {"source", "warehouse"}, "postgresql://u@h/db");
    }) << "source.store: exactly one";
    QTest::newRow("password") << withChange([](QJsonObject &o) {
      setPath(o, {"source", "store"}, "");
      setPath(o, {"source", "warehouse"}, "postgresql://u:secret@h/db");
    }) << "source.warehouse: must not hold a password";
    QTest::newRow("cluster url") << withChange([](QJsonObject &o) {
      setPath(o, {"source", "cluster"}, "file:///etc");
    }) << "source.cluster: must be an http";
    QTest::newRow("saved result inputs") << withChange([](QJsonObject &o) {
      setPath(o, {"saved_results[1]", "inputs"}, "not-a-hash");
    }) << "saved_results[1].inputs: must be a SHA-256";
    QTest::newRow("saved result unsorted") << withChange([](QJsonObject &o) {
      setPath(o, {"saved_results[1]", "inputs"}, QString(64, QLatin1Char('0')));
    }) << "saved_results[1].inputs: saved results must be sorted";
    QTest::newRow("saved result value") << withChange([](QJsonObject &o) {
      setPath(o, {"saved_results[0]", "value"}, 3);
    }) << "saved_results[0].value: must be an object";
    QTest::newRow("saved result field") << withChange([](QJsonObject &o) {
      setPath(o, {"saved_results[0]", "plan"}, QJsonObject());
    }) << "saved_results[0].plan: unknown field";
    QTest::newRow("saved results not array")
        << withChange([](QJsonObject &o) { o["saved_results"] = "x"; }) << "saved_results: must be an array";
    QTest::newRow("unknown kind") << withChange([](QJsonObject &o) {
      setPath(o, {"panels[2]", "kind"}, "pie_chart");
    }) << "panels[2].kind: unknown panel kind \"pie_chart\"";
    QTest::newRow("duplicate id") << withChange([](QJsonObject &o) {
      setPath(o, {"panels[1]", "id"}, o["panels"].toArray()[0].toObject()["id"].toString());
    }) << "panels[1].id: ";
    QTest::newRow("bad level") << withChange([](QJsonObject &o) {
      setPath(o, {"panels[0]", "params", "request", "level"}, "galaxy");
    }) << "panels[0].params.request.level";
    QTest::newRow("bad classifier") << withChange([](QJsonObject &o) {
      setPath(o, {"panels[0]", "params", "classifier"}, "kmeans");
    }) << "panels[0].params.classifier: unknown classifier";
    QTest::newRow("bad class count") << withChange([](QJsonObject &o) {
      setPath(o, {"panels[0]", "params", "class_count"}, 40);
    }) << "panels[0].params.class_count: must be between 2 and 9";
    QTest::newRow("breaks not rising") << withChange([](QJsonObject &o) {
      setPath(o, {"panels[0]", "params", "breaks"}, QJsonArray{3, 1});
    }) << "panels[0].params.breaks[1]";
    QTest::newRow("bad ramp") << withChange([](QJsonObject &o) {
      setPath(o, {"panels[0]", "params", "ramp"}, "Rainbow");
    }) << "panels[0].params.ramp: unknown colour ramp";
    QTest::newRow("bad zoom") << withChange([](QJsonObject &o) {
      setPath(o, {"panels[1]", "params", "zoom"},
              QJsonObject{{"x_min", 5}, {"x_max", 1}, {"y_min", 0}, {"y_max", 1}});
    }) << "panels[1].params.zoom.x_min";
    QTest::newRow("bad forecast") << withChange([](QJsonObject &o) {
      setPath(o, {"panels[6]", "params", "forecast", "horizon"}, -3);
    }) << "panels[6].params.forecast.horizon";
    QTest::newRow("bad histogram") << withChange([](QJsonObject &o) {
      setPath(o, {"panels[4]", "params", "request"}, QJsonObject());
    }) << "panels[4].params.request: unknown field";
    QTest::newRow("bad cube mode") << withChange([](QJsonObject &o) {
      setPath(o, {"panels[5]", "params", "mode"}, "sideways");
    }) << "panels[5].params.mode: must be \"cube\" or \"prisms\"";
    QTest::newRow("bad cube exaggeration") << withChange([](QJsonObject &o) {
      setPath(o, {"panels[5]", "params", "exaggeration"}, 50);
    }) << "panels[5].params.exaggeration: must be a number between 0.1 and 10";
    QTest::newRow("bad weights") << withChange([](QJsonObject &o) {
      setPath(o, {"panels[8]", "params", "weights"}, QJsonObject{{"risk", "high"}});
    }) << "panels[8].params.weights.risk";
    QTest::newRow("selection not strings") << withChange([](QJsonObject &o) {
      o["selection"] = QJsonArray{1, 2};
    }) << "selection[0]: must be a string";
    QTest::newRow("filter years") << withChange([](QJsonObject &o) {
      setPath(o, {"filter", "to_year"}, 2000);
    }) << "filter.to_year: must not be before";
    QTest::newRow("window not base64") << withChange([](QJsonObject &o) {
      setPath(o, {"window", "state"}, "!!!");
    }) << "window.state: must be base64";
    QTest::newRow("rows negative") << withChange([](QJsonObject &o) {
      QJsonObject data = o["data"].toObject();
      QJsonArray files = data["files"].toArray();
      QJsonObject f = files[0].toObject();
      f["rows_read"] = -1;
      files[0] = f;
      data["files"] = files;
      o["data"] = data;
    }) << "data.files[0].rows_read: must be a non-negative integer";
  }

  void badDocuments() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, field);
    const QString error = readError(bytes);
    QVERIFY2(error.startsWith(QStringLiteral("/tmp/bad.epidash: ")), qPrintable(error));
    QVERIFY2(error.contains(field), qPrintable(error));
  }

  void unreadableAndHugeFiles() {
    QString error;
    QVERIFY(!DashboardFile::read(m_dir.filePath(QStringLiteral("missing.epidash")), &error));
    QVERIFY2(error.contains(QStringLiteral("missing.epidash")), qPrintable(error));
    QVERIFY(!DashboardFile::fromBytes(QByteArray(DashboardFile::kMaxBytes + 1, ' '),
                                      QStringLiteral("big.epidash"), &error));
    QVERIFY2(error.startsWith(QStringLiteral("big.epidash: ")) && error.contains(QStringLiteral("MiB")),
             qPrintable(error));
  }

  // Random byte edits and random re-typing of fields: never a crash, either a
  // document or an error naming the file.
  void fuzzedDocumentsNeverCrash() {
    const QByteArray good = DashboardFile::toBytes(sampleDocument());
    QRandomGenerator rng(20261207);
    int rejected = 0;
    for (int i = 0; i < 3000; ++i) {
      QByteArray bytes = good;
      const int edits = 1 + int(rng.bounded(4));
      for (int e = 0; e < edits; ++e) {
        const int at = int(rng.bounded(bytes.size()));
        switch (rng.bounded(3)) {
        case 0:
          bytes[at] = char(rng.bounded(256));
          break;
        case 1:
          bytes.remove(at, int(rng.bounded(1, 20)));
          break;
        default:
          bytes.insert(at, "[{\"\":null,}]");
          break;
        }
      }
      QString error;
      const auto d = DashboardFile::fromBytes(bytes, QStringLiteral("f.epidash"), &error);
      if (!d) {
        ++rejected;
        QVERIFY2(error.startsWith(QStringLiteral("f.epidash: ")), qPrintable(error));
      }
    }
    const QList<QJsonValue> values = {QJsonValue(),
                                      QJsonValue(true),
                                      QJsonValue(-1),
                                      QJsonValue(1e300),
                                      QJsonValue("x"),
                                      QJsonValue(QJsonArray{1}),
                                      QJsonValue(QJsonObject{{"a", 1}})};
    const QJsonObject base = sampleDocument().toJson();
    for (const QString &key : base.keys())
      for (const QJsonValue &v : values) {
        QJsonObject o = base;
        o[key] = v;
        readError(QJsonDocument(o).toJson()); // must return, whatever it says
        QJsonArray panels = base["panels"].toArray();
        for (int p = 0; p < panels.size(); ++p) {
          QJsonObject panel = panels[p].toObject();
          QJsonObject params = panel["params"].toObject();
          for (const QString &pk : params.keys()) {
            QJsonObject changed = params;
            changed[pk] = v;
            panel["params"] = changed;
            QJsonArray ps = panels;
            ps[p] = panel;
            QJsonObject doc = base;
            doc["panels"] = ps;
            readError(QJsonDocument(doc).toJson());
          }
        }
      }
    QVERIFY(rejected > 2000); // the edits mostly break the document
  }

  void storePathsRelativeBesideOrBelow() {
    QCOMPARE(DocumentPaths::storeForDocument("/data/a/demo.gpkg", "/data/a/x.epidash"),
             QStringLiteral("demo.gpkg"));
    QCOMPARE(DocumentPaths::storeForDocument("/data/a/sub/demo.gpkg", "/data/a/x.epidash"),
             QStringLiteral("sub/demo.gpkg"));
    QCOMPARE(DocumentPaths::storeForDocument("/data/b/demo.gpkg", "/data/a/x.epidash"),
             QStringLiteral("/data/b/demo.gpkg"));
    QCOMPARE(DocumentPaths::resolveStore("sub/demo.gpkg", "/data/a/x.epidash"),
             QStringLiteral("/data/a/sub/demo.gpkg"));
    QCOMPARE(DocumentPaths::resolveStore("/data/b/demo.gpkg", "/data/a/x.epidash"),
             QStringLiteral("/data/b/demo.gpkg"));
  }

  // A folder with the document and its store, moved elsewhere, still opens its store.
  void documentMovesWithItsStore() {
    QTemporaryDir a, b;
    QVERIFY(QFile::copy(m_storeTemplate, a.filePath(QStringLiteral("store.gpkg"))));
    DashboardDocument d = sampleDocument();
    const QString docPath = a.filePath(QStringLiteral("trends.epidash"));
    d.source.store = DocumentPaths::storeForDocument(a.filePath(QStringLiteral("store.gpkg")), docPath);
    QCOMPARE(d.source.store, QStringLiteral("store.gpkg"));
    QString error;
    QVERIFY(DashboardFile::write(d, docPath, &error));
    for (const QString &name : {QStringLiteral("store.gpkg"), QStringLiteral("trends.epidash")})
      QVERIFY(QFile::rename(a.filePath(name), b.filePath(name)));
    const QString moved = b.filePath(QStringLiteral("trends.epidash"));
    const auto opened = DashboardFile::read(moved, &error);
    QVERIFY2(opened, qPrintable(error));
    const QString store = DocumentPaths::resolveStore(opened->source.store, moved);
    QCOMPARE(store, b.filePath(QStringLiteral("store.gpkg")));
    QVERIFY2(EmbeddedStore::open(store, &error), qPrintable(error));
  }

  void dataChangesFromTheStoresProvenance() {
    const QString path = m_dir.filePath(QStringLiteral("changes.gpkg"));
    QVERIFY(QFile::copy(m_storeTemplate, path));
    QString error;
    auto store = EmbeddedStore::open(path, &error);
    QVERIFY2(store, qPrintable(error));
    importFiles(QStringLiteral("anvisa"), *store, {kData + "/EDA_Industrializados_201401.csv"});
    const DataSnapshot saved = DataSnapshot::of(*store);
    QCOMPARE(saved.files.size(), size_t(1));
    QVERIFY(saved.version.startsWith(QStringLiteral("v1-")));
    QVERIFY(!DataChanges::between(saved, DataSnapshot::of(*store)).any());

    importFiles(QStringLiteral("anvisa"), *store, {kData + "/EDA_Industrializados_201402.csv"});
    DataChanges c = DataChanges::between(saved, DataSnapshot::of(*store));
    QCOMPARE(c.added, QStringList{QStringLiteral("EDA_Industrializados_201402.csv")});
    QVERIFY(c.replaced.isEmpty() && c.removed.isEmpty());
    QVERIFY2(c.describe().contains(QStringLiteral("EDA_Industrializados_201402.csv")),
             qPrintable(c.describe()));

    const DataSnapshot two = DataSnapshot::of(*store);
    QTest::qWait(5); // a later import time
    importFiles(QStringLiteral("anvisa"), *store, {kData + "/EDA_Industrializados_201401.csv"});
    c = DataChanges::between(two, DataSnapshot::of(*store));
    QCOMPARE(c.replaced, QStringList{QStringLiteral("EDA_Industrializados_201401.csv")});
    QVERIFY(c.added.isEmpty());

    // Removed: the saved document knew a file the store no longer has.
    DataSnapshot withGone = two;
    withGone.files.push_back(
        {QStringLiteral("EDA_Industrializados_203012.csv"), QStringLiteral("x"), 1, 1, 0});
    withGone.version = QStringLiteral("v1-other");
    c = DataChanges::between(withGone, two);
    QCOMPARE(c.removed, QStringList{QStringLiteral("EDA_Industrializados_203012.csv")});
    QCOMPARE(c.toJson()["removed"].toArray().size(), 1);
  }
};

QTEST_GUILESS_MAIN(TestDashboardDocument)
#include "test_dashboard_document.moc"
