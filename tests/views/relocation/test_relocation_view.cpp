// Relocation view (issue 6, desktop): a tiny scenario on four real powiats is
// solved in the background and shown (table rows = flows, flows drawn on the
// map), a facility is closed and re-solved (plan and comparison change),
// cancelling keeps the previous plan, and the plan exports as CSV and PDF.
#include "BoundaryCentroids.h"
#include "MapScene.h"
#include "PdfText.h"
#include "RelocationDemo.h"
#include "relocation/RelocationExport.h"
#include "relocation/RelocationFlowLayer.h"
#include "relocation/RelocationPlanModel.h"
#include "RelocationSolver.h"
#include "relocation/RelocationView.h"
#include "relocation/RelocationWhatIf.h"
#include "cluster/RunLocationBox.h"
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

using namespace epidesk;

namespace {

const QString kWarsaw = QStringLiteral("1465");
const QString kKrakow = QStringLiteral("1261");
const QString kPoznan = QStringLiteral("3064");
const QString kWroclaw = QStringLiteral("0264");

QString powiaty() {
  return QDir(QStringLiteral(EPIDESK_SHARED_DIR)).filePath(QStringLiteral("data/pl/powiaty.geojson"));
}

// Hospitals in Warsaw and Kraków; Poznań's patients go to Warsaw, Wrocław's to Kraków.
RelocationScenario tinyScenario() {
  RelocationScenario s;
  s.name = QStringLiteral("Tiny relocation test");
  s.months = 2;
  s.boundaries = powiaty();
  s.boundaryCodeProperty = QStringLiteral("terc");
  QString error;
  const auto centroids = BoundaryCentroids::read(powiaty(), QStringLiteral("terc"), &error);
  const QStringList codes = {kWarsaw, kKrakow, kPoznan, kWroclaw};
  for (const QString &c : codes) {
    const BoundaryCentroid b = centroids.value(c);
    s.districts.push_back({c, b.name, centroids.contains(c) ? b.lat : std::nan(""),
                           centroids.contains(c) ? b.lon : std::nan("")});
  }
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

bool solveAndWait(RelocationView &view) {
  QSignalSpy finished(view.whatIf(), &RelocationWhatIf::solveFinished);
  view.solve();
  if (!finished.wait(60000))
    return false;
  return finished.first().first().toBool();
}

double flowBetween(const RelocationPlan &plan, const QString &from, const QString &facility) {
  double sum = 0;
  for (const auto &f : plan.flows)
    if (f.fromDistrict == from && f.facility == facility)
      sum += f.patients;
  return sum;
}

} // namespace

class TestRelocationView : public QObject {
  Q_OBJECT
private slots:
  void initTestCase() {
    if (!QFile::exists(powiaty()))
      QSKIP("needs the shared Poland boundaries (data/pl/powiaty.geojson)");
  }

  void solvesAndShowsThePlan() {
    RelocationView view;
    view.resize(1000, 700);
    view.setScenario(tinyScenario());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(solveAndWait(view));
    QVERIFY(view.plan().has_value());
    const RelocationPlan &plan = *view.plan();
    QCOMPARE(plan.status, QStringLiteral("optimal"));
    QCOMPARE(flowBetween(plan, kPoznan, QStringLiteral("FW")), 16.0);
    QCOMPARE(flowBetween(plan, kWroclaw, QStringLiteral("FK")), 12.0);

    // Table rows = flows; sorting by patients puts the largest first.
    QCOMPARE(view.planModel()->rowCount(), int(plan.flows.size()));
    QCOMPARE(view.proxyModel()->rowCount(), int(plan.flows.size()));
    view.tableView()->sortByColumn(RelocationPlanModel::Patients, Qt::DescendingOrder);
    QCOMPARE(view.proxyModel()->index(0, RelocationPlanModel::Patients).data().toDouble(), 10.0);
    view.tableView()->sortByColumn(RelocationPlanModel::Patients, Qt::AscendingOrder);
    QCOMPARE(view.proxyModel()->index(0, RelocationPlanModel::Patients).data().toDouble(), 5.0);

    // The map: Poznań -> Warsaw is drawn, so pixels along that line differ from the map without flows.
    const QSize size(800, 700);
    const QImage withFlows = view.renderMap(size);
    const QImage without = view.renderMap(size, false);
    const QRectF target(QPointF(0, 0), QSizeF(size));
    const RelocationFlowLayer &layer = view.mapWidget()->flowLayer();
    const QPointF p0 = layer.position(*view.mapWidget()->scene(), target, kPoznan);
    const QPointF p1 = layer.position(*view.mapWidget()->scene(), target, kWarsaw);
    QVERIFY(target.contains(p0) && target.contains(p1));
    int differing = 0;
    for (double t = 0.3; t <= 0.7; t += 0.1) {
      const QPoint p = QLineF(p0, p1).pointAt(t).toPoint();
      differing += withFlows.pixel(p) != without.pixel(p) ? 1 : 0;
    }
    QCOMPARE(differing, 5);
    // The group legend names the one group with flows, in its flow colour.
    const QVector<LegendEntry> groups = layer.groupLegend();
    QCOMPARE(groups.size(), 1);
    QCOMPARE(groups.first().color, layer.groupColor(QStringLiteral("A")));
    QVERIFY(!groups.first().label.isEmpty());
    // Facilities are drawn too; nothing unmet, so no district highlighted.
    QCOMPARE(int(layer.facilities().size()), 2);
    QVERIFY(layer.unmetByDistrict().isEmpty());
    // The widget paints the same (smoke test of paintEvent).
    QVERIFY(!view.mapWidget()->grab().isNull());
  }

  void closingAFacilityChangesThePlan() {
    RelocationView view;
    view.setScenario(tinyScenario());
    view.show();
    QVERIFY(solveAndWait(view));
    const RelocationPlan first = *view.plan();
    QCOMPARE(first.unmetPatients, 0.0);

    RelocationWhatIf::FacilityEdit closed;
    closed.closed = true;
    view.whatIf()->setFacilityEdit(QStringLiteral("FK"), closed);
    QVERIFY(solveAndWait(view));
    const RelocationPlan second = *view.plan();
    QCOMPARE(flowBetween(second, kKrakow, QStringLiteral("FK")), 0.0);
    QCOMPARE(flowBetween(second, kWroclaw, QStringLiteral("FK")), 0.0);
    QCOMPARE(second.unmetPatients, 2 * (29.0 - 20.0));
    QVERIFY(second.objective > first.objective);
    QCOMPARE(view.planModel()->rowCount(), int(second.flows.size()));
    // Unmet demand is highlighted on the map.
    QVERIFY(!view.mapWidget()->flowLayer().unmetByDistrict().isEmpty());

    // The comparison shows both objectives side by side.
    QVERIFY(view.whatIf()->previousPlan().has_value());
    const QTableWidget *table = view.whatIf()->comparisonTable();
    QCOMPARE(table->columnCount(), 2);
    const QLocale locale;
    QCOMPARE(table->item(1, 0)->text(), locale.toString(first.objective, 'f', 2));
    QCOMPARE(table->item(1, 1)->text(), locale.toString(second.objective, 'f', 2));
    QCOMPARE(table->item(5, 1)->text(), locale.toString(second.unmetPatients, 'f', 2));
  }

  void cancelKeepsThePreviousPlan() {
    // The Poland demo scenario takes seconds to solve, so Cancel really stops a running solve.
    RelocationDemoOptions options;
    options.facilities = 40;
    options.months = 4;
    const RelocationDemoResult demo = RelocationDemo::generate(options, QStringLiteral(EPIDESK_SHARED_DIR));
    QVERIFY2(demo.ok(), qPrintable(demo.error));
    RelocationView view;
    view.setScenario(tinyScenario());
    QVERIFY(solveAndWait(view));
    const RelocationPlan first = *view.plan();

    view.whatIf()->setScenario(demo.scenario); // the view keeps showing the tiny plan
    QSignalSpy finished(view.whatIf(), &RelocationWhatIf::solveFinished);
    view.solve();
    QVERIFY(view.whatIf()->isRunning());
    QVERIFY(view.whatIf()->cancelButton()->isEnabled());
    QTest::qWait(200);
    QElapsedTimer clock;
    clock.start();
    view.whatIf()->cancel();
    QVERIFY(finished.wait(60000));
    qInfo("cancel took %lld ms", clock.elapsed());
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(!view.whatIf()->isRunning());
    QVERIFY(!view.whatIf()->cancelButton()->isEnabled());
    QVERIFY(view.whatIf()->statusText().contains(QStringLiteral("canceled")));
    QCOMPARE(view.plan()->objective, first.objective);
    QCOMPARE(view.planModel()->rowCount(), int(first.flows.size()));
  }

  // "Run on cluster": the edited scenario, weights and settings go out as a
  // "relocation" job; its plan (solved here by the same RelocationSolver a
  // worker runs) comes back as the current plan, also into a fresh view that
  // shows another scenario (a job reopened after a restart).
  void clusterRunAsksForAJobAndShowsItsPlan() {
    RelocationView view;
    view.setScenario(tinyScenario());
    RelocationWhatIf::FacilityEdit closed;
    closed.closed = true;
    view.whatIf()->setFacilityEdit(QStringLiteral("FK"), closed);
    view.whatIf()->runLocation()->setClusterAvailable(true);
    view.whatIf()->runLocation()->setLocation(RunLocationBox::Location::Cluster);
    QSignalSpy asked(&view, &RelocationView::clusterRunRequested);
    view.solve();
    QCOMPARE(asked.count(), 1);
    QVERIFY(!view.whatIf()->isRunning());
    QCOMPARE(asked.first().at(0).toString(), QStringLiteral("relocation"));
    const QJsonObject params = asked.first().at(1).toJsonObject();
    const auto scenario = RelocationScenario::fromJson(params.value("scenario").toObject());
    const auto weights = RelocationWeights::fromJson(params.value("weights").toObject());
    const auto settings = SolverSettings::fromJson(params.value("settings").toObject());
    QVERIFY(scenario && weights && settings);
    QCOMPARE(scenario->toJson(), view.whatIf()->editedScenario().toJson()); // the edit travels

    const RelocationPlan plan = RelocationSolver::solve(*scenario, *weights, *settings);
    QCOMPARE(plan.unmetPatients, 2 * (29.0 - 20.0));
    QVERIFY(view.showClusterResult(params, plan.toJson()));
    QVERIFY(view.plan().has_value());
    QCOMPARE(view.plan()->toJson(), plan.toJson());
    QCOMPARE(view.planModel()->rowCount(), int(plan.flows.size()));

    RelocationView reopened; // no scenario yet
    QVERIFY(!reopened.showClusterResult(QJsonObject{}, plan.toJson()));
    QVERIFY(reopened.showClusterResult(params, plan.toJson()));
    QCOMPARE(reopened.scenario().name, scenario->name);
    QCOMPARE(reopened.plan()->objective, plan.objective);
  }

  void exportsCsvAndPdf() {
    RelocationView view;
    view.setScenario(tinyScenario());
    QVERIFY(solveAndWait(view));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    const QString csvPath = dir.filePath(QStringLiteral("plan.csv"));
    QString error;
    QVERIFY2(view.exportCsv(csvPath, &error), qPrintable(error));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.first(),
             QStringLiteral("kind,district,district_name,facility,facility_district,group,month,patients"));
    QCOMPARE(lines.size(), 1 + int(view.plan()->flows.size()));
    QVERIFY(lines.contains(QStringLiteral("flow,3064,Poznań,FW,1465,A,1,8")));
    QVERIFY(lines.contains(QStringLiteral("flow,0264,Wrocław,FK,1261,A,2,6")));

    const QString pdfPath = dir.filePath(QStringLiteral("plan.pdf"));
    QVERIFY2(view.exportPdf(pdfPath, &error), qPrintable(error));
    QVERIFY(QFileInfo(pdfPath).size() > 1000);
    QFile pdf(pdfPath);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    EPIDESK_REQUIRE_PDFTOTEXT();
    const QString text = epidesk::test::pdfText(pdfPath);
    QVERIFY2(text.contains(QStringLiteral("Tiny relocation test")), qPrintable(text.left(500)));
    QVERIFY(text.contains(QStringLiteral("Poznań")));
    QVERIFY(text.contains(QStringLiteral("optimal")));
  }
};

QTEST_MAIN(TestRelocationView)
#include "test_relocation_view.moc"
