#include "AnvisaFormat.h"
#include "Cp1252.h"
#include "DataSourceRegistry.h"
#include "DistrictSeriesStore.h"
#include "EmbeddedDistrictSeries.h"
#include "EmbeddedStore.h"
#include "Feedback.h"
#include "ImportService.h"
#include "SharedData.h"
#include "TrendAnalysis.h"
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using namespace epidesk;

namespace {

const QString kData = QStringLiteral(EPIDESK_TEST_DATA_DIR);
const QString kFebruary = kData + "/EDA_Industrializados_201401.csv"; // holds Feb and Mar 2014 rows
const QString kPrefixed = kData + "/EDA_Industrializados_201402.csv";
const QString kBadHeader = kData + "/EDA_Industrializados_209901.csv";

constexpr int kSaoVicente = 3551009;
constexpr int kSaoPaulo = 3550308;
constexpr int kRio = 3304557;
constexpr int kBeloHorizonte = 3106200;
constexpr int kOlhosDAgua = 3145455;

const SalesCell *findCell(const std::vector<SalesCell> &cells, int period, int muni, int uf = 0) {
  for (const SalesCell &c : cells)
    if (c.period == period && c.municipalityCode == muni && (uf == 0 || c.ufCode == uf))
      return &c;
  return nullptr;
}

double total(const std::vector<SalesCell> &cells, double SalesCell::*m) {
  double sum = 0;
  for (const SalesCell &c : cells)
    sum += c.*m;
  return sum;
}

QList<QStringList> readCsv(const QString &path) {
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly))
    return {};
  QList<QStringList> rows;
  const QString text = QString::fromUtf8(f.readAll());
  QStringList row;
  QString cell;
  bool quoted = false;
  for (qsizetype i = 0; i < text.size(); ++i) {
    const QChar ch = text[i];
    if (quoted) {
      if (ch == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        cell += '"';
        ++i;
      } else if (ch == '"') {
        quoted = false;
      } else {
        cell += ch;
      }
    } else if (ch == '"') {
      quoted = true;
    } else if (ch == ',') {
      row << cell;
      cell.clear();
    } else if (ch == '\n') {
      row << cell;
      rows << row;
      row.clear();
      cell.clear();
    } else {
      cell += ch;
    }
  }
  return rows;
}

} // namespace

class TestEmbeddedStore : public QObject {
  Q_OBJECT

  QTemporaryDir m_dir;
  QString m_template; // one store built from the shared data, copied per test
  int m_copies = 0;

  std::unique_ptr<EmbeddedStore> freshStore() {
    const QString path = m_dir.filePath(QStringLiteral("store%1.gpkg").arg(++m_copies));
    if (!QFile::copy(m_template, path))
      return nullptr;
    QString error;
    auto store = EmbeddedStore::open(path, &error);
    if (!store)
      qWarning() << error;
    return store;
  }

private slots:
  void initTestCase() {
    QVERIFY(m_dir.isValid());
    m_template = m_dir.filePath(QStringLiteral("template.gpkg"));
    QElapsedTimer timer;
    timer.start();
    QString error;
    auto store = EmbeddedStore::create(m_template, sharedDataDir(), &error);
    QVERIFY2(store, qPrintable(error));
    qInfo("store created from %s in %.2f s", qPrintable(sharedDataDir()), timer.elapsed() / 1000.0);
    store.reset(); // checkpoint WAL so a file copy is complete
    QVERIFY(!QFileInfo::exists(m_template + "-wal") || QFileInfo(m_template + "-wal").size() == 0);
  }

  void createRefusesExistingFile() {
    QString error;
    QVERIFY(!EmbeddedStore::create(m_template, sharedDataDir(), &error));
    QVERIFY2(error.contains(m_template), qPrintable(error));
    QVERIFY(!EmbeddedStore::open(kFebruary, &error));
    QVERIFY2(error.contains(QStringLiteral("not an EpiDesk store")), qPrintable(error));
  }

  void referenceDataAndBoundaries() {
    auto store = freshStore();
    QVERIFY(store);
    const Geography g = store->geography();
    QCOMPARE(g.ufs().size(), 27);
    QVERIFY(g.municipalities().size() > 5500);
    QCOMPARE(g.municipality(kSaoVicente)->name, QStringLiteral("São Vicente"));
    QCOMPARE(g.municipality(kSaoVicente)->ufCode, 35);
    QCOMPARE(g.ufBySigla("SP")->code, 35);
    QCOMPARE(g.ufBySigla("SP")->region, QStringLiteral("Sudeste"));
    QVERIFY(g.population(kSaoPaulo, 2014) > 11e6);
    QCOMPARE(store->yearRange(), std::make_pair(0, 0));

    const BoundarySource uf = store->boundaries(GeoLevel::Uf);
    const BoundarySource muni = store->boundaries(GeoLevel::Municipality);
    QCOMPARE(uf.path, store->location());
    QCOMPARE(uf.codeField, QStringLiteral("sigla"));
    QCOMPARE(muni.codeField, QStringLiteral("code"));
    GDALAllRegister();
    std::unique_ptr<GDALDataset> ds(GDALDataset::Open(uf.path.toUtf8(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    QVERIFY(ds);
    OGRLayer *ufLayer = ds->GetLayerByName(uf.layer.toUtf8());
    OGRLayer *muniLayer = ds->GetLayerByName(muni.layer.toUtf8());
    QVERIFY(ufLayer && muniLayer);
    QCOMPARE(ufLayer->GetFeatureCount(), GIntBig(27));
    QCOMPARE(muniLayer->GetFeatureCount(), GIntBig(g.municipalities().size()));
    muniLayer->SetAttributeFilter("code = 3551009");
    std::unique_ptr<OGRFeature> f(muniLayer->GetNextFeature());
    QVERIFY(f);
    QCOMPARE(QString::fromUtf8(f->GetFieldAsString("name")), QStringLiteral("São Vicente"));
    QVERIFY(f->GetGeometryRef() && !f->GetGeometryRef()->IsEmpty());
    QCOMPARE(ufLayer->GetSpatialRef()->GetAuthorityCode(nullptr), "4326");
  }

  void importClassicFile() {
    auto store = freshStore();
    QVERIFY(store);
    const ImportSummary s = importFiles("anvisa", *store, {kFebruary});
    QVERIFY2(s.ok(), qPrintable(s.errors().join('\n')));
    QCOMPARE(s.files, 1);
    QCOMPARE(s.rowsRead, 13);
    QCOMPARE(s.rowsLoaded, 5);
    QCOMPARE(s.rowsQuarantined, 8);
    QCOMPARE(s.warnings, 5);
    QCOMPARE(s.rowsRead, s.rowsLoaded + s.rowsQuarantined);

    const QJsonObject json = s.toJson();
    for (const char *key : {"files", "rows_read", "rows_loaded", "rows_quarantined", "warnings",
                            "unmatched_municipalities", "seconds"})
      QVERIFY2(json.contains(QLatin1String(key)), key);
    QCOMPARE(json["rows_read"].toInteger(), 13);
    const QJsonArray unmatched = json["unmatched_municipalities"].toArray();
    QCOMPARE(unmatched.size(), 1);
    QCOMPARE(unmatched[0].toObject()["uf"].toString(), QStringLiteral("SP"));
    QCOMPARE(unmatched[0].toObject()["name"].toString(), QStringLiteral("CIDADE INEXISTENTE"));
    QCOMPARE(unmatched[0].toObject()["rows"].toInt(), 1);

    const std::vector<ImportRecord> imports = store->imports();
    QCOMPARE(imports.size(), size_t(1));
    QCOMPARE(imports[0].fileName, QStringLiteral("EDA_Industrializados_201401.csv"));
    QCOMPARE(imports[0].rowsRead, 13);
    QCOMPARE(imports[0].rowsQuarantined, 8);
    QCOMPARE(imports[0].warnings, 5);
    QVERIFY(imports[0].importedAt.isValid());
  }

  void cp1252NamesMatchIbgeCodes() {
    auto store = freshStore();
    importFiles("anvisa", *store, {kFebruary, kPrefixed});
    const auto cells = store->salesCells({});
    // "SÃO VICENTE" (cp1252 0xC3) and "SAO VICENTE" both -> 3551009
    const SalesCell *sv = findCell(cells, 201402, kSaoVicente);
    QVERIFY(sv);
    QCOMPARE(sv->ufCode, 35);
    QCOMPARE(sv->prescriptions, 2.0);
    QCOMPARE(sv->units, 5.0);
    QVERIFY(findCell(cells, 201402, kSaoPaulo));
    QVERIFY(findCell(cells, 201402, kBeloHorizonte));
    QVERIFY(findCell(cells, 201402, kOlhosDAgua)); // "OLHOS-D'ÁGUA" vs "Olhos-d'Água"
    // The unmatched name stays at state level.
    const SalesCell *state = findCell(cells, 201402, 0, 35);
    QVERIFY(state);
    QCOMPARE(state->prescriptions, 1.0);
  }

  void periodComesFromRowColumns() {
    auto store = freshStore();
    importFiles("anvisa", *store, {kFebruary}); // named 201401
    const auto cells = store->salesCells({});
    for (const SalesCell &c : cells)
      QVERIFY2(c.period == 201402 || c.period == 201403, qPrintable(QString::number(c.period)));
    QVERIFY(findCell(cells, 201403, kRio));
    QCOMPARE(store->yearRange(), std::make_pair(2014, 2014));
  }

  void ingredientFilter_data() {
    QTest::addColumn<QString>("filter");
    QTest::addColumn<double>("prescriptions");
    QTest::addColumn<double>("units");
    QTest::newRow("lower case matches combination") << "amoxicilina" << 3.0 << 10.0; // 3+2+5
    QTest::newRow("accent-insensitive") << "POTASSIO" << 1.0 << 2.0;
    QTest::newRow("accented query") << "clavulanato de potássio" << 1.0 << 2.0;
    QTest::newRow("azithromycin salts") << "Azitromicina" << 3.0 << 12.0; // 1+7+4
    QTest::newRow("hyphen folded") << "di hidratada" << 1.0 << 7.0;
    QTest::newRow("no match") << "dipirona" << 0.0 << 0.0;
    QTest::newRow("all") << "" << 7.0 << 24.0;
  }
  void ingredientFilter() {
    QFETCH(QString, filter);
    QFETCH(double, prescriptions);
    QFETCH(double, units);
    auto store = freshStore();
    importFiles("anvisa", *store, {kFebruary, kPrefixed});
    SalesFilter f;
    f.ingredientContains = filter;
    const auto cells = store->salesCells(f);
    QCOMPARE(total(cells, &SalesCell::prescriptions), prescriptions);
    QCOMPARE(total(cells, &SalesCell::units), units);
    QVERIFY(store->ingredients().contains(QStringLiteral("AMOXICILINA + CLAVULANATO DE POTÁSSIO")));
  }

  void yearFilter() {
    auto store = freshStore();
    importFiles("anvisa", *store, {kFebruary});
    SalesFilter f;
    f.fromYear = 2015;
    QVERIFY(store->salesCells(f).empty());
    f.fromYear = 2014;
    f.toYear = 2014;
    QCOMPARE(total(store->salesCells(f), &SalesCell::prescriptions), 5.0);
  }

  void reimportIsIdempotent() {
    auto store = freshStore();
    const ImportSummary first = importFiles("anvisa", *store, {kFebruary, kPrefixed});
    const auto before = store->salesCells({});
    const ImportSummary second = importFiles("anvisa", *store, {kFebruary});
    QVERIFY(second.ok());
    QCOMPARE(second.rowsRead, 13);
    const auto after = store->salesCells({});
    QCOMPARE(after.size(), before.size());
    QCOMPARE(total(after, &SalesCell::units), total(before, &SalesCell::units));
    QCOMPARE(total(after, &SalesCell::prescriptions), total(before, &SalesCell::prescriptions));
    QCOMPARE(store->imports().size(), size_t(2));
    QCOMPARE(store->quarantine().size(), size_t(8)); // not 16
    // Same file name from another folder replaces the earlier load too.
    QTemporaryDir other;
    QFile::copy(kPrefixed, other.filePath("EDA_Industrializados_201402.csv"));
    importFiles("anvisa", *store, {other.filePath("EDA_Industrializados_201402.csv")});
    QCOMPARE(total(store->salesCells({}), &SalesCell::units), total(before, &SalesCell::units));
    QCOMPARE(store->imports().size(), size_t(2));
  }

  // The file name is the identity of a load whatever format wrote it: a
  // district-series load replaces a sales load of the same name and back,
  // and loading either again never duplicates its rows.
  void aFileNameReplacesAcrossFormats() {
    auto store = freshStore();
    QVERIFY(store);
    QVERIFY(importFiles("anvisa", *store, {kFebruary}).ok());
    const double units = total(store->salesCells({}), &SalesCell::units);
    QVERIFY(units > 0);
    QString error;
    auto districts = EmbeddedDistrictSeries::open(store->location(), &error);
    QVERIFY2(districts, qPrintable(error));
    DistrictLoad load;
    load.fileName = QFileInfo(kFebruary).fileName();
    load.importedAt = QDateTime::currentDateTimeUtc();
    load.days = {{"0201", QDate(2023, 1, 2), 5, 1}, {"0201", QDate(2023, 1, 3), 7, 0}};
    load.quarantine = {{load.fileName, 4, "cases", "negative", "-3"}};
    load.districts = {{"0201", "powiat bolesławiecki"}};
    auto daysIn = [&] {
      std::vector<DistrictDay> days;
      QMap<QString, QString> names;
      return districts->readDays(days, names, &error) ? qint64(days.size()) : -1;
    };
    for (int round = 0; round < 2; ++round) {
      QCOMPARE(districts->replaceFileLoad(load, nullptr, &error), FileWriter::Status::Written);
      QCOMPARE(daysIn(), qint64(2));
      QVERIFY(store->salesCells({}).empty());
      QCOMPARE(store->imports().size(), size_t(1));
      QCOMPARE(store->quarantine().size(), size_t(1));
    }
    QVERIFY(importFiles("anvisa", *store, {kFebruary}).ok());
    QCOMPARE(daysIn(), qint64(0));
    QCOMPARE(total(store->salesCells({}), &SalesCell::units), units);
    QCOMPARE(store->imports().size(), size_t(1));
  }

  void unknownHeaderLoadsNothing() {
    auto store = freshStore();
    const ImportSummary s = importFiles("anvisa", *store, {kBadHeader, kPrefixed});
    QCOMPARE(s.errors().size(), 1);
    QVERIFY2(s.errors()[0].contains(QStringLiteral("EDA_Industrializados_209901.csv")),
             qPrintable(s.errors()[0]));
    QVERIFY(s.errors()[0].contains(QStringLiteral("ANO_VENDA")));
    QCOMPARE(s.files, 1); // the good file still loads
    QCOMPARE(s.rowsRead, 2);
    QCOMPARE(s.rowsRead, s.rowsLoaded + s.rowsQuarantined);
    QCOMPARE(store->imports().size(), size_t(1));
    QCOMPARE(store->imports()[0].fileName, QStringLiteral("EDA_Industrializados_201402.csv"));
    QCOMPARE(s.toJson()["per_file"].toArray()[0].toObject()["status"].toString(), QStringLiteral("failed"));
  }

  void unreadableFileIsError() {
    auto store = freshStore();
    const QString missing = m_dir.filePath("EDA_Industrializados_200001.csv");
    const ImportSummary s = importFiles("anvisa", *store, {missing});
    QCOMPARE(s.errors().size(), 1);
    QVERIFY2(s.errors()[0].contains(missing), qPrintable(s.errors()[0]));
    QCOMPARE(s.files, 0);
    QCOMPARE(s.rowsRead, 0);
    QVERIFY(store->imports().empty());
    const ImportSummary unknownFormat = importFiles("nope", *store, {kPrefixed});
    QVERIFY(!unknownFormat.ok());
    QVERIFY(unknownFormat.errors()[0].contains(QStringLiteral("anvisa")));
  }

  void quarantineCsvBesideStore() {
    auto store = freshStore();
    const ImportSummary s = importFiles("anvisa", *store, {kFebruary, kPrefixed});
    QCOMPARE(s.quarantineCsv, store->location() + ".quarantine.csv");
    const QList<QStringList> rows = readCsv(s.quarantineCsv);
    QCOMPARE(rows.size(), 9);
    QCOMPARE(rows[0], QStringList({"file", "line", "field", "reason", "raw"}));
    QCOMPARE(rows[1][0], QStringLiteral("EDA_Industrializados_201401.csv"));
    QCOMPARE(rows[1][1], QStringLiteral("6"));
    QCOMPARE(rows[1][2], QStringLiteral("row"));
    QCOMPARE(rows[1][4],
             QStringLiteral("2014;2;SP;SÃO VICENTE;AMOXICILINA;AMOXICILINA 500 MG;1;CAIXA;CRM;SP;5;;1;30"));
    QCOMPARE(rows[8][1], QStringLiteral("13"));
    QCOMPARE(rows[8][2], QStringLiteral("PRINCIPIO_ATIVO"));
    for (const QStringList &r : rows)
      QCOMPARE(r.size(), 5);
    // Re-import rewrites the whole file: still the same 8 entries.
    importFiles("anvisa", *store, {kFebruary});
    QCOMPARE(readCsv(s.quarantineCsv).size(), 9);
  }

  void cancelLeavesNothingOfThatFile() {
    auto store = freshStore();
    importFiles("anvisa", *store, {kPrefixed});
    const double unitsBefore = total(store->salesCells({}), &SalesCell::units);
    Feedback feedback;
    // Cancel at the first progress report: after the first chunk of the file.
    connect(&feedback, &Feedback::progressChanged, &feedback, &Feedback::cancel, Qt::DirectConnection);
    ImportOptions options;
    options.chunkBytes = 64;
    const ImportSummary s = importFiles("anvisa", *store, {kFebruary}, &feedback, options);
    QVERIFY(s.wasCanceled());
    QCOMPARE(s.files, 0);
    QCOMPARE(s.rowsRead, 0);
    QCOMPARE(store->imports().size(), size_t(1));
    QCOMPARE(total(store->salesCells({}), &SalesCell::units), unitsBefore);
    QVERIFY(store->quarantine().empty());
    // Canceling the re-import of a loaded file keeps its earlier load intact.
    Feedback again;
    connect(&again, &Feedback::progressChanged, &again, &Feedback::cancel, Qt::DirectConnection);
    importFiles("anvisa", *store, {kPrefixed}, &again, options);
    QCOMPARE(total(store->salesCells({}), &SalesCell::units), unitsBefore);
  }

  void parallelFilesAndProgress() {
    auto store = freshStore();
    QTemporaryDir dir;
    QStringList files;
    for (int m = 1; m <= 6; ++m) {
      const QString path =
          dir.filePath(QStringLiteral("EDA_Industrializados_2015%1.csv").arg(m, 2, 10, QLatin1Char('0')));
      QFile::copy(kFebruary, path);
      files << path;
    }
    Feedback feedback;
    double last = -1;
    bool monotonicEnough = true;
    connect(
        &feedback, &Feedback::progressChanged, &feedback,
        [&](double p) {
          monotonicEnough = monotonicEnough && p >= 0 && p <= 100;
          last = p;
        },
        Qt::DirectConnection);
    ImportOptions options;
    options.chunkBytes = 256;
    const ImportSummary s = importFiles("anvisa", *store, files, &feedback, options);
    QVERIFY2(s.ok(), qPrintable(s.errors().join('\n')));
    QCOMPARE(s.files, 6);
    QCOMPARE(s.rowsRead, 6 * 13);
    QCOMPARE(s.rowsQuarantined, 6 * 8);
    QCOMPARE(s.unmatchedMunicipalities.size(), size_t(1));
    QCOMPARE(s.unmatchedMunicipalities[0].rows, 6);
    QVERIFY(monotonicEnough);
    QCOMPARE(last, 100.0);
    QCOMPARE(store->imports().size(), size_t(6));
    // Six files holding the same months: sums add up.
    QCOMPARE(findCell(store->salesCells({}), 201402, kSaoVicente)->prescriptions, 12.0);
  }

  // SalesFilter::byMunicipality = false gives state cells summed in SQL;
  // every level above the municipality must come out the same from them.
  void stateLevelCellsGiveIdenticalTrends() {
    auto store = freshStore();
    importFiles("anvisa", *store, {kFebruary, kPrefixed});
    SalesFilter filter;
    const std::vector<SalesCell> municipal = store->salesCells(filter);
    filter.byMunicipality = false;
    const std::vector<SalesCell> states = store->salesCells(filter);
    QVERIFY(!states.empty());
    QVERIFY(states.size() < municipal.size());
    for (const SalesCell &c : states)
      QCOMPARE(c.municipalityCode, 0);
    QCOMPARE(total(states, &SalesCell::units), total(municipal, &SalesCell::units));
    const Geography geography = store->geography();
    for (GeoLevel level : {GeoLevel::Uf, GeoLevel::Region, GeoLevel::Country})
      for (PeriodKind period : {PeriodKind::Year, PeriodKind::Month})
        for (bool per1000 : {false, true})
          for (Measure measure : {Measure::Prescriptions, Measure::Units}) {
            TrendRequest request;
            request.level = level;
            request.period = period;
            request.per1000 = per1000;
            request.measure = measure;
            const QJsonObject expected = TrendAnalysis::run(request, municipal, geography).toJson();
            QVERIFY(!expected.value("series").toObject().isEmpty());
            QCOMPARE(TrendAnalysis::run(request, states, geography).toJson(), expected);
            QCOMPARE(runTrends(*store, request).toJson(), expected); // takes the state-level path
          }
    // Municipality level keeps the detail.
    TrendRequest request;
    request.level = GeoLevel::Municipality;
    QCOMPARE(runTrends(*store, request).toJson(), TrendAnalysis::run(request, municipal, geography).toJson());
  }

  // Issue 9: 20 rows of 999,999,999,999,999,999 were summed to a wrapped total.
  void hugeQuantitiesAreQuarantinedNotWrapped() {
    auto store = freshStore();
    QTemporaryDir dir;
    const QString path = dir.filePath("EDA_Industrializados_202001.csv");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(AnvisaFormat::columnNames(AnvisaFormat::Variant::Classic).join(';').toLatin1() + "\n");
    for (int i = 0; i < 20; ++i)
      f.write("2020;1;SP;S\xC3O PAULO;AZITROMICINA;X;999999999999999999;CAIXA;;;;;;;\n");
    f.write("2020;1;SP;S\xC3O PAULO;AZITROMICINA;X;999999999999999999999;CAIXA;;;;;;;\n");
    f.write("2020;1;SP;S\xC3O PAULO;AZITROMICINA;X;4;CAIXA;;;;;;;\n");
    f.close();
    const ImportSummary s = importFiles("anvisa", *store, {path});
    QVERIFY2(s.ok(), qPrintable(s.errors().join('\n')));
    QCOMPARE(s.rowsRead, 22);
    QCOMPARE(s.rowsLoaded, 1);
    QCOMPARE(s.rowsQuarantined, 21);
    QCOMPARE(s.rowsRead, s.rowsLoaded + s.rowsQuarantined);
    QCOMPARE(total(store->salesCells({}), &SalesCell::units), 4.0);
    const auto q = store->quarantine();
    QCOMPARE(q.size(), size_t(21));
    QCOMPARE(q.back().field, QStringLiteral("QTD_VENDIDA"));
    QCOMPARE(q.back().line, 22);
    QCOMPARE(q.back().reason, QStringLiteral("999999999999999999999 does not fit in a 64-bit integer"));
  }

  void utf8FileLoadsLikeWindows1252() {
    QTemporaryDir dir;
    QFile in(kFebruary);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QString utf8 = dir.filePath(QFileInfo(kFebruary).fileName());
    QFile out(utf8);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(Cp1252::toUnicode(in.readAll()).toUtf8());
    out.close();
    auto a = freshStore();
    auto b = freshStore();
    const ImportSummary sa = importFiles("anvisa", *a, {kFebruary});
    const ImportSummary sb = importFiles("anvisa", *b, {utf8});
    QVERIFY2(sb.ok(), qPrintable(sb.errors().join('\n')));
    QCOMPARE(sa.toJson()["per_file"].toArray()[0].toObject()["encoding"].toString(),
             QStringLiteral("windows-1252"));
    QCOMPARE(sb.toJson()["per_file"].toArray()[0].toObject()["encoding"].toString(), QStringLiteral("utf-8"));
    QCOMPARE(sb.rowsLoaded, sa.rowsLoaded);
    QCOMPARE(sb.toJson().value("unmatched_municipalities"), sa.toJson().value("unmatched_municipalities"));
    const auto ca = a->salesCells({}), cb = b->salesCells({});
    QCOMPARE(cb.size(), ca.size());
    for (size_t i = 0; i < ca.size(); ++i) {
      QCOMPARE(cb[i].municipalityCode, ca[i].municipalityCode);
      QCOMPARE(cb[i].units, ca[i].units);
    }
    QVERIFY(findCell(cb, 201402, kSaoVicente)); // "SÃO VICENTE" matched from UTF-8 too
    QCOMPARE(b->ingredients(), a->ingredients());
  }

  void specialFilesAreRefused() {
    auto store = freshStore();
    const ImportSummary s = importFiles("anvisa", *store, {QStringLiteral("/dev/zero")});
    QCOMPARE(s.errors().size(), 1);
    QVERIFY2(s.errors()[0].contains(QStringLiteral("/dev/zero")) &&
                 s.errors()[0].contains(QStringLiteral("not a regular file")),
             qPrintable(s.errors()[0]));
    QCOMPARE(s.files, 0);
  }

  void openDataSourceByLocation() {
    QString error;
    auto source = openDataSource(m_template, &error);
    QVERIFY2(source, qPrintable(error));
    QCOMPARE(source->geography().ufs().size(), 27);
    QVERIFY(openDataSource(QUrl::fromLocalFile(m_template).toString(), &error));
    QVERIFY(!openDataSource(QStringLiteral("postgresql://host/db"), &error));
    QVERIFY2(error.contains(QStringLiteral("postgresql")), qPrintable(error));
  }
};

QTEST_GUILESS_MAIN(TestEmbeddedStore)
#include "test_embedded_store.moc"
