// Dashboard panels that compute by themselves (issue 12): forecast_chart and
// forecast_map on a store of Polish COVID-19 district series (imported with
// the covid-pl importer), relocation_map, relocation_plan and
// relocation_utilisation on a scenario of four real powiats. Headless
// render, one computation per distinct parameters, selection across
// families from a real click, scenario paths against the document's
// folder, failures naming the panel, epidesk-cli dashboard new|render.
#include "BoundaryCentroids.h"
#include "CliRun.h"
#include "DashboardFile.h"
#include "DataSource.h"
#include "DataSourceRegistry.h"
#include "EmbeddedStore.h"
#include "ImportService.h"
#include "MapScene.h"
#include "RelocationTypes.h"
#include "ScenarioWriter.h"
#include "SharedData.h"
#include "dashboard/DashboardHost.h"
#include "dashboard/DashboardRenderer.h"
#include "dashboard/ForecastPanels.h"
#include "dashboard/RelocationPanels.h"
#include "forecast/DistrictMapView.h"
#include "forecast/ForecastChart.h"
#include "map/MapWidget.h"
#include "relocation/RelocationFlowLayer.h"
#include "relocation/RelocationPlanModel.h"
#include "relocation/UtilisationChart.h"
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

using namespace epidesk;

namespace {

const QString kWarsaw = QStringLiteral("1465");
const QString kKrakow = QStringLiteral("1261");
const QString kPoznan = QStringLiteral("3064");
const QString kWroclaw = QStringLiteral("0264");
const QDate kFirstDay(2021, 1, 1);
constexpr int kDays = 120;

QString powiaty() {
  return QDir(QStringLiteral(EPIDESK_SHARED_DIR)).filePath(QStringLiteral("data/pl/powiaty.geojson"));
}

// A covid-pl file (tab-separated, as the shared TSV): a daily wave per powiat,
// level and phase by index.
QString writeCovidFile(const QString &dir, const QStringList &codes) {
  const QString path = QDir(dir).filePath(QStringLiteral("covid_cases_powiat_daily.tsv"));
  QFile f(path);
  if (!f.open(QIODevice::WriteOnly))
    return {};
  QByteArray out = "\"new_cases\"\t\"deaths\"\t\"teryt\"\t\"date\"\n";
  for (int t = 0; t < kDays; ++t)
    for (int i = 0; i < codes.size(); ++i) {
      const int cases = int(std::lround((10 + i % 17) * (1.5 + std::sin((t + 3 * i) / 9.0)))) + (t % 7 == 6);
      out += QStringLiteral("%1\t%2\t\"t%3\"\t\"%4\"\n")
                 .arg(cases)
                 .arg(cases / 20)
                 .arg(codes[i], kFirstDay.addDays(t).toString(QStringLiteral("yyyyMMdd")))
                 .toUtf8();
    }
  return f.write(out) == out.size() ? path : QString();
}

// Hospitals in Warsaw and Kraków; Poznań's patients go to Warsaw, Wrocław's to Kraków.
RelocationScenario tinyScenario() {
  RelocationScenario s;
  s.name = QStringLiteral("Four powiats");
  s.months = 2;
  s.boundaries = powiaty();
  s.boundaryCodeProperty = QStringLiteral("terc");
  QString error;
  const auto centroids = BoundaryCentroids::read(powiaty(), QStringLiteral("terc"), &error);
  const QStringList codes = {kWarsaw, kKrakow, kPoznan, kWroclaw};
  for (const QString &c : codes)
    s.districts.push_back({c, centroids.value(c).name, centroids.value(c).lat, centroids.value(c).lon});
  s.groups.push_back({QStringLiteral("A"), QStringLiteral("Cardiology"), 5, 10, 0});
  s.facilities.push_back({QStringLiteral("FW"), kWarsaw, QStringLiteral("Warsaw hospital"), 0, 0});
  s.facilities.push_back({QStringLiteral("FK"), kKrakow, QStringLiteral("Krakow hospital"), 0, 0});
  const double demand[] = {10, 5, 8, 6};
  for (int m = 1; m <= s.months; ++m) {
    for (int i = 0; i < codes.size(); ++i)
      s.demand.push_back({codes[i], QStringLiteral("A"), m, demand[i]});
    s.capacity.push_back({QStringLiteral("FW"), QStringLiteral("A"), m, 20, 0});
    s.capacity.push_back({QStringLiteral("FK"), QStringLiteral("A"), m, 20, 0});
  }
  const double hours[4][4] = {{0, 3, 3, 4}, {3, 0, 5, 3}, {3, 5, 0, 2}, {4, 3, 2, 0}};
  for (int i = 0; i < codes.size(); ++i)
    for (int j = 0; j < codes.size(); ++j)
      s.travel.push_back({codes[i], codes[j], hours[i][j]});
  return s;
}

QJsonObject forecastParams(int horizon = 14, const QString &selector = QStringLiteral("all")) {
  ForecastJobParams job;
  job.query.request.model = QStringLiteral("ets");
  job.query.request.horizon = horizon;
  job.query.selector = selector;
  return {{"forecast", job.toJson()}};
}

QJsonObject relocationParams(const QString &scenario) {
  return {{"scenario", scenario}, {"weights", RelocationWeights{}.toJson()}};
}

PanelSpec spec(const QString &id, const QJsonObject &params) {
  PanelSpec s;
  s.id = id;
  s.kind = id.section(QLatin1Char('-'), 0, 0);
  s.params = params;
  return s;
}

// A drawing, not a blank page or a one-line message: over 2 % of the pixels
// differ from the commonest colour, in more than 10 colours.
bool drewSomething(const QImage &image, QString *why) {
  QHash<QRgb, int> counts;
  for (int y = 0; y < image.height(); ++y)
    for (int x = 0; x < image.width(); ++x)
      ++counts[image.pixel(x, y)];
  int background = 0;
  for (int n : counts)
    background = std::max(background, n);
  const double drawn = 1.0 - double(background) / (image.width() * image.height());
  *why = QStringLiteral("%1 % drawn, %2 colours").arg(100 * drawn).arg(counts.size());
  return drawn > 0.02 && counts.size() > 10;
}

int rowsTouching(const RelocationPlanPanel &plan, const QString &code) {
  int n = 0;
  for (int row = 0; row < plan.model()->rowCount(); ++row)
    n += plan.rowDistricts(row).contains(code);
  return n;
}

} // namespace

class TestDashboardPanels : public QObject {
  Q_OBJECT
  QTemporaryDir m_dir;
  QString m_store;
  QString m_scenario; // the scenario folder, "relocation" beside the store
  std::shared_ptr<const DataSource> m_source;

private slots:
  void initTestCase() {
    if (!QFile::exists(powiaty()))
      QSKIP("needs the shared Poland boundaries (data/pl/powiaty.geojson)");
    QVERIFY(m_dir.isValid());
    QStringList codes = {kWarsaw, kKrakow, kPoznan, kWroclaw};
    QString error;
    QStringList all = BoundaryCentroids::read(powiaty(), QStringLiteral("terc"), &error).keys();
    all.sort();
    for (const QString &code : all)
      if (codes.size() < 40 && !codes.contains(code))
        codes << code;
    QCOMPARE(codes.size(), 40);
    m_store = m_dir.filePath(QStringLiteral("store.gpkg"));
    {
      std::unique_ptr<EmbeddedStore> store = EmbeddedStore::create(m_store, sharedDataDir(), &error);
      QVERIFY2(store, qPrintable(error));
      const ImportSummary summary =
          importFiles(QStringLiteral("covid-pl"), *store, {writeCovidFile(m_dir.path(), codes)});
      QVERIFY2(summary.ok(), qPrintable(summary.errors().join('\n')));
      QCOMPARE(summary.rowsLoaded, qint64(40 * kDays));
    }
    m_source = openDataSource(m_store, &error);
    QVERIFY2(m_source, qPrintable(error));
    m_scenario = m_dir.filePath(QStringLiteral("relocation"));
    error = ScenarioWriter::write(tinyScenario(), m_scenario);
    QVERIFY2(error.isEmpty(), qPrintable(error));
  }

  // The five kinds drawn headless as epidesk-cli dashboard render does; the
  // two forecast panels share one forecast, the three relocation panels one solve.
  void synchronousRenderDrawsEveryKind() {
    DashboardDocument d;
    d.title = QStringLiteral("Panels");
    d.source.store = QStringLiteral("store.gpkg");
    d.selection = {kWarsaw};
    for (const char *id : {"forecast_chart-1", "forecast_map-1"})
      d.panels.push_back(spec(id, forecastParams()));
    for (const char *id : {"relocation_map-1", "relocation_plan-1", "relocation_utilisation-1"})
      d.panels.push_back(spec(id, relocationParams(QStringLiteral("relocation"))));
    const int forecasts = ForecastFamilyPanel::computationCount();
    const int solves = RelocationFamilyPanel::computationCount();
    QString error;
    const std::vector<RenderedPanel> panels =
        DashboardRenderer::renderPanels(d, m_source, m_dir.path(), &error);
    QVERIFY2(panels.size() == 5, qPrintable(error));
    QCOMPARE(ForecastFamilyPanel::computationCount() - forecasts, 1);
    QCOMPARE(RelocationFamilyPanel::computationCount() - solves, 1);
    for (const RenderedPanel &p : panels) {
      QCOMPARE(p.image.size(), QSize(DashboardRenderer::kWidth, DashboardRenderer::kHeight));
      QString why;
      QVERIFY2(drewSomething(p.image, &why), qPrintable(p.id + QStringLiteral(": ") + why));
      if (!qEnvironmentVariableIsEmpty("EPIDESK_PANELS_PNG_DIR"))
        p.image.save(QDir(qEnvironmentVariable("EPIDESK_PANELS_PNG_DIR")).filePath(p.id + ".png"));
    }
  }

  // A plan saved with the document is shown without solving while the
  // scenario (by content, wherever its folder is), the weights and the solver
  // settings hash the same; any change of them solves again.
  void savedPlanIsShownWithoutSolving() {
    DashboardDocument d;
    d.source.store = QStringLiteral("store.gpkg");
    for (const char *id : {"relocation_plan-1", "relocation_utilisation-1"})
      d.panels.push_back(spec(id, relocationParams(QStringLiteral("relocation"))));
    QString error;
    std::vector<SavedResult> computed;
    int solves = RelocationFamilyPanel::computationCount();
    const std::vector<RenderedPanel> first =
        DashboardRenderer::renderPanels(d, m_source, m_dir.path(), &error, &computed);
    QVERIFY2(first.size() == 2, qPrintable(error));
    QCOMPARE(RelocationFamilyPanel::computationCount() - solves, 1);
    QCOMPARE(computed.size(), size_t(1)); // both panels show one plan
    QCOMPARE(computed[0].family, QStringLiteral("relocation"));
    QCOMPARE(computed[0].inputs.size(), 64);
    const std::optional<QJsonObject> saved = SavedResult::unpack(computed[0].value);
    QVERIFY(saved);
    const QJsonArray flows = (*saved)["flows"].toArray();
    QVERIFY(flows.size() >= 2);

    // Saved and reopened (through the bytes): drawn the same, without a solve.
    d.setSavedResults(computed);
    auto reopened = DashboardFile::fromBytes(DashboardFile::toBytes(d), QStringLiteral("x.epidash"), &error);
    QVERIFY2(reopened, qPrintable(error));
    solves = RelocationFamilyPanel::computationCount();
    std::vector<SavedResult> again;
    const std::vector<RenderedPanel> second =
        DashboardRenderer::renderPanels(*reopened, m_source, m_dir.path(), &error, &again);
    QVERIFY2(second.size() == 2, qPrintable(error));
    QCOMPARE(RelocationFamilyPanel::computationCount() - solves, 0);
    QVERIFY(second[0].image == first[0].image && second[1].image == first[1].image);
    QVERIFY(again == computed);

    // What is shown is the saved plan: one saved with a flow less shows a row less.
    SavedResult edited = computed[0];
    QJsonObject plan = *saved;
    QJsonArray fewer = flows;
    fewer.removeLast();
    plan["flows"] = fewer;
    edited.value = SavedResult::pack(plan);
    {
      DashboardHost host(DashboardHost::Mode::Synchronous);
      host.setDocumentDir(m_dir.path());
      host.setSavedResults({edited});
      RelocationPlanPanel panel(spec(QStringLiteral("relocation_plan-1"), relocationParams("relocation")));
      host.addPanel(&panel);
      host.setSource(m_source);
      QVERIFY(panel.output() && panel.output()->fromDocument);
      QCOMPARE(panel.model()->rowCount(), int(fewer.size()));
      QCOMPARE(RelocationFamilyPanel::computationCount() - solves, 0);
    }

    // An unreadable saved plan (not zlib, or claiming to expand to 4 GiB) is solved again.
    for (const QByteArray &bad : {QByteArray("not compressed"), QByteArray("\xff\xff\xff\xff\x78\x9c", 6)}) {
      SavedResult broken = computed[0];
      broken.value = {{"zlib_json", QString::fromLatin1(bad.toBase64())}};
      QVERIFY(!SavedResult::unpack(broken.value));
      DashboardDocument other = *reopened;
      other.setSavedResults({broken});
      solves = RelocationFamilyPanel::computationCount();
      QVERIFY2(DashboardRenderer::renderPanels(other, m_source, m_dir.path(), &error).size() == 2,
               qPrintable(error));
      QCOMPARE(RelocationFamilyPanel::computationCount() - solves, 1);
    }

    // The same scenario in another folder: still the saved plan.
    const QString copy = m_dir.filePath(QStringLiteral("relocation-copy"));
    QCOMPARE(ScenarioWriter::write(tinyScenario(), copy), QString());
    // Another scenario (more demand in Poznań), or other weights: solved again.
    RelocationScenario more = tinyScenario();
    more.demand[2].patients += 3;
    const QString changed = m_dir.filePath(QStringLiteral("relocation-more"));
    QCOMPARE(ScenarioWriter::write(more, changed), QString());
    QJsonObject heavierRisk = relocationParams(QStringLiteral("relocation"));
    heavierRisk["weights"] = RelocationWeights{5, 0.1, 0.01}.toJson();
    const std::pair<QJsonObject, int> cases[] = {{relocationParams(QStringLiteral("relocation-copy")), 0},
                                                 {relocationParams(QStringLiteral("relocation-more")), 1},
                                                 {heavierRisk, 1}};
    for (const auto &[params, expectedSolves] : cases) {
      DashboardDocument other = *reopened;
      for (PanelSpec &p : other.panels)
        p.params = params;
      solves = RelocationFamilyPanel::computationCount();
      std::vector<SavedResult> results;
      QVERIFY2(DashboardRenderer::renderPanels(other, m_source, m_dir.path(), &error, &results).size() == 2,
               qPrintable(error));
      QCOMPARE(RelocationFamilyPanel::computationCount() - solves, expectedSolves);
      QCOMPARE(results.size(), size_t(1));
      QCOMPARE(results[0].inputs == computed[0].inputs, expectedSolves == 0);
    }
  }

  // In the background: equal parameters join one computation, other ones get their own.
  void equalParamsComputeOnce() {
    DashboardHost host(DashboardHost::Mode::Background);
    host.setDocumentDir(m_dir.path());
    ForecastChartPanel chart(spec(QStringLiteral("forecast_chart-1"), forecastParams()));
    ForecastMapPanel map(spec(QStringLiteral("forecast_map-1"), forecastParams()));
    ForecastChartPanel shorter(spec(QStringLiteral("forecast_chart-2"), forecastParams(7)));
    RelocationPlanPanel plan(spec(QStringLiteral("relocation_plan-1"), relocationParams("relocation")));
    RelocationUtilisationPanel use(
        spec(QStringLiteral("relocation_utilisation-1"), relocationParams(m_scenario))); // the same, absolute
    for (DashboardPanel *p : std::initializer_list<DashboardPanel *>{&chart, &map, &shorter, &plan, &use})
      host.addPanel(p);
    QSignalSpy failed(&host, &DashboardHost::failed);
    QSignalSpy updated(&host, &DashboardHost::panelsUpdated);
    const int forecasts = ForecastFamilyPanel::computationCount();
    const int solves = RelocationFamilyPanel::computationCount();
    host.setSource(m_source);
    QVERIFY(host.isBusy());
    QVERIFY(chart.isComputing() && map.isComputing());
    QCOMPARE(chart.message(), QStringLiteral("Forecasting…"));
    QCOMPARE(chart.computation(), map.computation());
    QTRY_VERIFY_WITH_TIMEOUT(!host.isBusy(), 120000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    QVERIFY(updated.size() >= 1);
    QCOMPARE(ForecastFamilyPanel::computationCount() - forecasts, 2);
    QCOMPARE(RelocationFamilyPanel::computationCount() - solves, 1);
    QVERIFY(chart.output() && chart.output() == map.output());
    QVERIFY(shorter.output() && shorter.output() != chart.output());
    QCOMPARE(chart.output()->forecast.result.horizon, 14);
    QCOMPARE(shorter.output()->forecast.result.horizon, 7);
    QVERIFY(plan.output() && plan.output() == use.output());
    QVERIFY(chart.message().isEmpty() && plan.message().isEmpty());
    QVERIFY(plan.model()->rowCount() > 0);
    QVERIFY(chart.chart()->graph(ForecastChart::Role::Hi95)); // the uncertainty band
  }

  // Cancel lets go of a running computation; the next source computes anew.
  void cancelWhileComputing() {
    DashboardHost host(DashboardHost::Mode::Background);
    ForecastMapPanel map(spec(QStringLiteral("forecast_map-1"), forecastParams(21)));
    host.addPanel(&map);
    QSignalSpy computed(&map, &DashboardPanel::computed);
    host.setSource(m_source);
    QVERIFY(map.isComputing());
    host.cancel();
    QVERIFY(!map.isComputing() && !host.isBusy());
    QCOMPARE(map.message(), QStringLiteral("Canceled."));
    QTest::qWait(200);
    QCOMPARE(computed.size(), 0);
    host.setSource(m_source);
    QTRY_COMPARE_WITH_TIMEOUT(computed.size(), 1, 60000);
    QVERIFY(map.output() && map.message().isEmpty());
    QCOMPARE(map.output()->forecast.result.horizon, 21);
  }

  // A real click on the forecast map selects the district on every linked
  // panel; a click on a plan row selects its two districts on the map.
  void selectionCrossesFamilies() {
    DashboardHost host(DashboardHost::Mode::Synchronous);
    host.setDocumentDir(m_dir.path());
    ForecastMapPanel map(spec(QStringLiteral("forecast_map-1"), forecastParams()));
    ForecastChartPanel chart(spec(QStringLiteral("forecast_chart-1"), forecastParams()));
    RelocationPlanPanel plan(spec(QStringLiteral("relocation_plan-1"), relocationParams("relocation")));
    RelocationMapPanel flows(spec(QStringLiteral("relocation_map-1"), relocationParams("relocation")));
    map.resize(1000, 700);
    map.show();
    plan.resize(800, 400);
    plan.show();
    QVERIFY(QTest::qWaitForWindowExposed(&map));
    QVERIFY(QTest::qWaitForWindowExposed(&plan));
    for (DashboardPanel *p : std::initializer_list<DashboardPanel *>{&map, &chart, &plan, &flows})
      host.addPanel(p);
    host.setSource(m_source);
    QVERIFY(!host.isBusy());
    QVERIFY(map.message().isEmpty());
    QCOMPARE(chart.chart()->code(), chart.output()->data.panel.series.front().code); // nothing selected yet

    MapWidget *widget = map.mapView()->mapWidget();
    const QPointF pos = widget->positionOf(kWarsaw);
    QVERIFY(!pos.isNull());
    QCOMPARE(widget->scene()->featureAt(pos), kWarsaw);
    QTest::mouseClick(widget, Qt::LeftButton, {}, pos.toPoint());
    QCOMPARE(host.state()->selection(), QStringList{kWarsaw});
    QCOMPARE(widget->selectedCodes(), QStringList{kWarsaw});
    QCOMPARE(chart.chart()->code(), kWarsaw);
    QCOMPARE(flows.map()->selectedCodes(), QStringList{kWarsaw});
    const QModelIndexList rows = plan.table()->selectionModel()->selectedRows();
    QVERIFY(!rows.isEmpty());
    QCOMPARE(rows.size(), rowsTouching(plan, kWarsaw));
    for (const QModelIndex &row : rows)
      QVERIFY(plan.rowDistricts(row.row()).contains(kWarsaw));

    // Poznań's patients are treated in Warsaw: that row selects both districts.
    int poznan = -1;
    for (int row = 0; row < plan.model()->rowCount() && poznan < 0; ++row)
      if (plan.rowDistricts(row) == QStringList{kPoznan, kWarsaw})
        poznan = row;
    QVERIFY(poznan >= 0);
    const QModelIndex cell = plan.table()->model()->index(poznan, RelocationPlanModel::DistrictName);
    plan.table()->scrollTo(cell);
    QTest::mouseClick(plan.table()->viewport(), Qt::LeftButton, {}, plan.table()->visualRect(cell).center());
    QCOMPARE(host.state()->selection(), (QStringList{kPoznan, kWarsaw}));
    QCOMPARE(widget->selectedCodes(), (QStringList{kWarsaw, kPoznan})); // sorted
    QCOMPARE(chart.chart()->code(), kPoznan);

    // The time cursor moves the map when it names one of its days.
    DistrictMapView *view = map.mapView();
    QCOMPARE(view->stepDate(view->currentStep()), kFirstDay.addDays(kDays - 1));
    host.state()->setTimeCursor(QStringLiteral("2021-03-01"));
    QCOMPARE(view->stepDate(view->currentStep()), QDate(2021, 3, 1));
    host.state()->setTimeCursor(QStringLiteral("2021-02")); // a month: not a day of this map
    QCOMPARE(view->stepDate(view->currentStep()), QDate(2021, 3, 1));
    host.state()->setTimeCursor(QString()); // the last period
    QCOMPARE(view->stepDate(view->currentStep()), kFirstDay.addDays(kDays - 1));
  }

  // Facility utilisation (Qt Charts) linked to the flow map: a click on a
  // facility's bar selects its district on the map; selecting a district
  // there highlights its facilities' bars.
  void utilisationBarsAreLinkedToTheFlowMap() {
    DashboardHost host(DashboardHost::Mode::Synchronous);
    host.setDocumentDir(m_dir.path());
    RelocationMapPanel flows(spec(QStringLiteral("relocation_map-1"), relocationParams("relocation")));
    RelocationUtilisationPanel use(
        spec(QStringLiteral("relocation_utilisation-1"), relocationParams("relocation")));
    use.resize(800, 500);
    use.show();
    QVERIFY(QTest::qWaitForWindowExposed(&use));
    host.addPanel(&flows);
    host.addPanel(&use);
    host.setSource(m_source);
    QVERIFY(use.message().isEmpty());
    UtilisationChart *chart = use.chart();
    QCOMPARE(chart->loads().size(), size_t(2)); // Warsaw's and Kraków's hospitals
    QCOMPARE(chart->shownRows(), 2);
    QVERIFY(chart->highlighted().empty());
    int krakow = -1;
    for (int i = 0; i < 2; ++i)
      if (chart->loads()[size_t(i)].district == kKrakow)
        krakow = i;
    QVERIFY(krakow >= 0);
    const QPoint bar = chart->barPosition(krakow);
    QVERIFY(chart->rect().contains(bar));
    QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, bar);
    QCOMPARE(host.state()->selection(), QStringList{kKrakow});
    QCOMPARE(flows.map()->selectedCodes(), QStringList{kKrakow});
    QCOMPARE(chart->highlighted(), std::vector<int>{krakow});
    host.state()->setSelection({kWarsaw});
    QCOMPARE(chart->highlighted(), std::vector<int>{1 - krakow});
    host.state()->setSelection({kPoznan}); // no facility there
    QVERIFY(chart->highlighted().empty());
  }

  // "relocation" in the params is the scenario beside the document, wherever the program runs.
  void relativeScenarioResolvesAgainstTheDocumentDir() {
    RelocationPlanPanel panel(spec(QStringLiteral("relocation_plan-1"), relocationParams("relocation")));
    QCOMPARE(panel.scenarioPath(m_dir.path()), m_scenario);
    QCOMPARE(panel.scenarioPath(QStringLiteral("/elsewhere")), QStringLiteral("/elsewhere/relocation"));
    RelocationPlanPanel absolute(spec(QStringLiteral("relocation_plan-2"), relocationParams(m_scenario)));
    QCOMPARE(absolute.scenarioPath(QStringLiteral("/elsewhere")), m_scenario);

    QTemporaryDir other;
    const QString cwd = QDir::currentPath();
    QVERIFY(QDir::setCurrent(other.path())); // no scenario here
    QSignalSpy failed(&panel, &DashboardPanel::failed);
    QSignalSpy computed(&panel, &DashboardPanel::computed);
    panel.attach({m_source, m_dir.path(), true});
    QDir::setCurrent(cwd);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    QCOMPARE(computed.size(), 1);
    QVERIFY(panel.output());
    QCOMPARE(panel.output()->scenarioPath, m_scenario);
    QCOMPARE(panel.model()->rowCount(), int(panel.output()->plan.flows.size()));
    QVERIFY(panel.model()->rowCount() > 0);

    // The same document in another folder: no scenario there.
    panel.attach({m_source, other.path(), true});
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.first().first().toString().contains(QDir(other.path()).filePath("relocation")));
    QVERIFY(!panel.output());
  }

  void badScenarioFailsNamingThePanel_data() {
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("reason");
    QTest::newRow("missing") << QStringLiteral("no-such-scenario") << QStringLiteral("no-such-scenario");
    QTest::newRow("invalid references")
        << QStringLiteral(EPIDESK_TEST_DATA_DIR "/invalid_refs") << QStringLiteral("invalid_refs");
    QTest::newRow("none") << QString() << QStringLiteral("params.scenario is empty");
  }

  void badScenarioFailsNamingThePanel() {
    QFETCH(QString, scenario);
    QFETCH(QString, reason);
    RelocationMapPanel panel(spec(QStringLiteral("relocation_map-7"), relocationParams(scenario)));
    QStringList events;
    connect(&panel, &DashboardPanel::failed, this, [&events](const QString &m) { events << "failed: " + m; });
    connect(&panel, &DashboardPanel::computed, this, [&events] { events << "computed"; });
    panel.attach({m_source, m_dir.path(), true});
    QCOMPARE(events.size(), 2);
    QVERIFY2(events[0].startsWith("failed: panel \"relocation_map-7\": "), qPrintable(events[0]));
    QVERIFY2(events[0].contains(reason), qPrintable(events[0]));
    QCOMPARE(events[1], QStringLiteral("computed"));
    QVERIFY(!panel.isComputing());
    QVERIFY(!panel.output());
    QCOMPARE(panel.message(), events[0].mid(8)); // shown in the panel
    panel.resize(DashboardRenderer::kWidth, DashboardRenderer::kHeight);
    QString why;
    QVERIFY2(!drewSomething(panel.grab().toImage(), &why),
             qPrintable(why)); // the check tells a message apart

    // The headless render refuses the document, naming the panel.
    DashboardDocument d;
    d.source.store = QStringLiteral("store.gpkg");
    d.panels.push_back(spec(QStringLiteral("forecast_map-1"), forecastParams()));
    d.panels.push_back(spec(QStringLiteral("relocation_map-7"), relocationParams(scenario)));
    QString error;
    QVERIFY(DashboardRenderer::renderPanels(d, m_source, m_dir.path(), &error).empty());
    QVERIFY2(error.contains("relocation_map-7") && error.contains(reason), qPrintable(error));
  }

  void failedForecastNamesThePanel() {
    ForecastChartPanel panel(spec(QStringLiteral("forecast_chart-3"), forecastParams(14, "9999")));
    QSignalSpy failed(&panel, &DashboardPanel::failed);
    QSignalSpy computed(&panel, &DashboardPanel::computed);
    panel.attach({m_source, m_dir.path(), true});
    QCOMPARE(failed.size(), 1);
    QCOMPARE(computed.size(), 1);
    const QString message = failed.first().first().toString();
    QVERIFY2(message.startsWith("panel \"forecast_chart-3\": ") && message.contains("9999"),
             qPrintable(message));
    QCOMPARE(panel.message(), message);
  }

  // epidesk-cli dashboard new puts the scenario beside the store into
  // relocation panels (relative to the document), and render draws them.
  void cliNewAndRenderWithTheScenarioBesideTheStore() {
    const QString doc = m_dir.filePath(QStringLiteral("panels.epidash"));
    const QString pngs = m_dir.filePath(QStringLiteral("png"));
    const test::CliRun made = test::runCli(
        {"dashboard", "new", "--store", m_store, "--panels",
         "forecast_chart,forecast_map,relocation_map,relocation_plan,relocation_utilisation", "--out", doc});
    QVERIFY2(made.exitCode == 0, made.err.constData());
    QFile f(doc);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonArray panels = QJsonDocument::fromJson(f.readAll()).object().value("panels").toArray();
    QCOMPARE(panels.size(), 5);
    for (int i = 2; i < 5; ++i)
      QCOMPARE(panels[i].toObject()["params"].toObject()["scenario"].toString(),
               QStringLiteral("relocation"));
    const test::CliRun drawn = test::runCli({"dashboard", "render", doc, "--png-dir", pngs});
    QVERIFY2(drawn.exitCode == 0, drawn.err.constData());
    QCOMPARE(drawn.json()["panels"].toArray().size(), 5);
    for (const QJsonValue &p : drawn.json()["panels"].toArray()) {
      const QImage image(p.toObject()["png"].toString());
      QCOMPARE(image.size(), QSize(1000, 700));
      QString why;
      QVERIFY2(drewSomething(image, &why), qPrintable(p.toObject()["id"].toString() + ": " + why));
    }

    // --save-results writes the plan into the document; the next render
    // uses it and draws the same pixels.
    const test::CliRun saved =
        test::runCli({"dashboard", "render", doc, "--save-results", "--png-dir", pngs + "-saved"});
    QVERIFY2(saved.exitCode == 0, saved.err.constData());
    QCOMPARE(saved.json()["saved_results"].toInt(), 1);
    f.close();
    QVERIFY(f.open(QIODevice::ReadOnly));
    QString error;
    const auto withPlan = DashboardFile::fromBytes(f.readAll(), doc, &error);
    f.close();
    QVERIFY2(withPlan, qPrintable(error));
    QCOMPARE(withPlan->savedResults.size(), size_t(1));
    QCOMPARE(withPlan->savedResults[0].family, QStringLiteral("relocation"));
    QVERIFY(SavedResult::unpack(withPlan->savedResults[0].value)
                .value_or(QJsonObject())["flows"]
                .toArray()
                .size() > 0);
    const test::CliRun redrawn = test::runCli({"dashboard", "render", doc, "--png-dir", pngs + "-again"});
    QVERIFY2(redrawn.exitCode == 0, redrawn.err.constData());
    for (const QString &id : {"relocation_map-1", "relocation_plan-1", "relocation_utilisation-1"}) {
      QFile a(QDir(pngs + "-saved").filePath(id + ".png")), b(QDir(pngs + "-again").filePath(id + ".png"));
      QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
      QVERIFY2(a.readAll() == b.readAll(), qPrintable(id));
    }
  }
};

QTEST_MAIN(TestDashboardPanels)
#include "test_dashboard_panels.moc"
