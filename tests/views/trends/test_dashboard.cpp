#include "trends/CodeSelection.h"
#include "trends/Dashboard.h"
#include "MapScene.h"
#include "map/MapWidget.h"
#include "cluster/RunLocationBox.h"
#include "trends/TrendChart.h"
#include "trends/TrendControls.h"
#include "trends/TrendTestTable.h"
#include "trends/TrendTestTableModel.h"
#include "ViewsTestStore.h"
#include <QItemSelectionModel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace epidesk;

class TestDashboard : public QObject {
  Q_OBJECT
  QTemporaryDir m_dir;
  std::shared_ptr<const DataSource> m_store;

  TrendRequest ufYear(Measure measure = Measure::Prescriptions) const {
    TrendRequest r;
    r.ingredientContains = QStringLiteral("azitro");
    r.level = GeoLevel::Uf;
    r.period = PeriodKind::Year;
    r.measure = measure;
    return r;
  }

  // Proxy row of a code in the table view (the view is sorted).
  static int viewRow(TrendTestTable *table, const QString &code) {
    auto *model = table->view()->model();
    for (int row = 0; row < model->rowCount(); ++row)
      if (model->index(row, 0).data(TrendTestTableModel::CodeRole).toString() == code)
        return row;
    return -1;
  }

private slots:
  void initTestCase() {
    QVERIFY(m_dir.isValid());
    QString error;
    m_store = testing::createTestStore(m_dir.path(), &error);
    QVERIFY2(m_store, qPrintable(error));
  }

  void selectionFollowsMapTableAndChart() {
    Dashboard dashboard;
    dashboard.resize(1200, 800);
    dashboard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
    dashboard.setDataSource(m_store);

    QSignalSpy ready(&dashboard, &Dashboard::resultReady);
    QSignalSpy failed(&dashboard, &Dashboard::failed);
    dashboard.controls()->setRequest(ufYear());
    dashboard.run(ufYear());
    QVERIFY(dashboard.isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(ready.count() == 1 || failed.count() > 0, 60000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    QVERIFY(!dashboard.isBusy());
    const TrendResult &result = dashboard.result();
    for (const char *uf : {"MG", "SP", "RJ"})
      QVERIFY2(result.trendTests.contains(uf), uf);
    QCOMPARE(result.trendTests.value("MG").tau, 1.0);
    QCOMPARE(dashboard.table()->view()->model()->rowCount(), int(result.trendTests.size()));
    // Nothing selected: the chart shows the country.
    QCOMPARE(dashboard.chart()->graphCodes(), QStringList{"BR"});

    // Click MG on the map.
    MapWidget *map = dashboard.mapWidget();
    const QPointF mg = map->positionOf("MG");
    QVERIFY(!mg.isNull());
    QCOMPARE(map->scene()->featureAt(mg), QStringLiteral("MG"));
    QTest::mouseClick(map, Qt::LeftButton, {}, mg.toPoint());
    QCOMPARE(dashboard.selection()->codes(), QStringList{"MG"});
    QCOMPARE(dashboard.table()->currentCode(), QStringLiteral("MG"));
    QCOMPARE(dashboard.table()->selectedCodes(), QStringList{"MG"});
    QCOMPARE(dashboard.chart()->graphCodes(), QStringList{"MG"});
    QVERIFY(dashboard.chart()->graphNames().first().contains("MG"));
    QVERIFY(dashboard.chart()->referenceGraph()); // the country stays, dashed, behind MG
    QCOMPARE(dashboard.chart()->highlightedCode(), QStringLiteral("MG"));

    // Ctrl-click adds SP.
    QTest::mouseClick(map, Qt::LeftButton, Qt::ControlModifier, map->positionOf("SP").toPoint());
    QCOMPARE(dashboard.selection()->codes(), (QStringList{"MG", "SP"}));
    QCOMPARE(dashboard.chart()->graphCodes().size(), 2);
    QCOMPARE(dashboard.chart()->highlightedCode(), QStringLiteral("SP"));

    // Select RJ in the table: the map follows.
    QTableView *view = dashboard.table()->view();
    const int rj = viewRow(dashboard.table(), "RJ");
    QVERIFY(rj >= 0);
    view->selectionModel()->setCurrentIndex(view->model()->index(rj, 0),
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(dashboard.selection()->codes(), QStringList{"RJ"});
    QCOMPARE(map->selectedCodes(), QStringList{"RJ"});
    QCOMPARE(dashboard.chart()->graphCodes(), QStringList{"RJ"});

    // Clicking outside Brazil clears the selection.
    QTest::mouseClick(map, Qt::LeftButton, {}, QPoint(2, 2));
    QVERIFY(dashboard.selection()->codes().isEmpty());
    QVERIFY(dashboard.table()->selectedCodes().isEmpty());
  }

  void numericSortAndSignificanceMarks() {
    TrendTestTable table;
    TrendResult r;
    for (auto [code, p] : {std::pair{"A", 0.5}, {"B", 0.01}, {"C", 0.2}, {"D", 0.003}}) {
      TrendTest t;
      t.n = 5;
      t.pValue = p;
      r.trendTests[code] = t;
    }
    table.setResult(r);
    table.view()->sortByColumn(TrendTestTableModel::PValue, Qt::AscendingOrder);
    auto *m = table.view()->model();
    QStringList order;
    for (int row = 0; row < m->rowCount(); ++row)
      order << m->index(row, 0).data().toString();
    QCOMPARE(order, (QStringList{"D", "B", "C", "A"}));
    QVERIFY(m->index(0, 0).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(m->index(0, TrendTestTableModel::PValue).data().toString().endsWith("*"));
    QVERIFY(!m->index(3, 0).data(Qt::FontRole).isValid());
  }

  void newerRequestCancelsOlder() {
    Dashboard dashboard;
    dashboard.setDataSource(m_store);
    QSignalSpy ready(&dashboard, &Dashboard::resultReady);
    dashboard.run(ufYear(Measure::Prescriptions));
    dashboard.run(ufYear(Measure::Units));
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 60000);
    QVERIFY(dashboard.result().measure == Measure::Units);
    QTest::qWait(300); // the first job, if it finished anyway, must not show up
    QCOMPARE(ready.count(), 1);
    QVERIFY(dashboard.result().measure == Measure::Units);
  }

  // "Run on cluster": no local job, a "trends" job request with the request's
  // JSON instead; typing does not submit (only Run does); the job's result
  // (here computed by the same runTrends a worker runs) shows like a local one.
  void clusterRunAsksForAJobAndShowsItsResult() {
    Dashboard dashboard;
    dashboard.setDataSource(m_store);
    RunLocationBox *location = dashboard.controls()->runLocation();
    location->setLocation(RunLocationBox::Location::Cluster);
    QVERIFY(!location->runsOnCluster()); // no cluster configured: stays local
    location->setClusterAvailable(true);
    location->setLocation(RunLocationBox::Location::Cluster);
    QVERIFY(location->runsOnCluster());

    QSignalSpy asked(&dashboard, &Dashboard::clusterRunRequested);
    QSignalSpy ready(&dashboard, &Dashboard::resultReady);
    dashboard.controls()->setRequest(ufYear());
    dashboard.rerun(); // e.g. a source switch: must not queue a cluster job
    QCOMPARE(asked.count(), 0);
    dashboard.run(ufYear());
    QCOMPARE(asked.count(), 2); // the request, and at country level for the chart's reference line
    QVERIFY(!dashboard.isBusy());
    QCOMPARE(asked.first().at(0).toString(), QStringLiteral("trends"));
    const QJsonObject params = asked.first().at(1).toJsonObject();
    QCOMPARE(params, ufYear().toJson());
    QVERIFY(asked.first().at(2).toString().contains(QStringLiteral("azitro")));
    TrendRequest countryRequest = ufYear();
    countryRequest.level = GeoLevel::Country;
    const QJsonObject countryParams = asked.at(1).at(1).toJsonObject();
    QCOMPARE(countryParams, countryRequest.toJson());

    const TrendResult computed = runTrends(*m_store, ufYear());
    const TrendResult country = runTrends(*m_store, countryRequest);
    QVERIFY(!dashboard.showClusterResult(params, QJsonObject{})); // unreadable result
    QVERIFY(dashboard.showClusterResult(params, computed.toJson()));
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 30000);
    QCOMPARE(dashboard.result().toJson(), computed.toJson());
    QCOMPARE(dashboard.table()->view()->model()->rowCount(), int(computed.series.size()));
    QVERIFY(!dashboard.mapWidget()->scene()->layers().isEmpty());
    QVERIFY(dashboard.countryResult().series.isEmpty()); // not there yet
    // The second job: the reference line only, the UF result stays.
    QVERIFY(dashboard.showClusterResult(countryParams, country.toJson()));
    QCOMPARE(dashboard.result().toJson(), computed.toJson());
    QCOMPARE(dashboard.countryResult().toJson(), country.toJson());
    QCOMPARE(ready.count(), 1);

    // The other order: the country job finishes first (e.g. cached).
    Dashboard second;
    second.setDataSource(m_store);
    QSignalSpy secondReady(&second, &Dashboard::resultReady);
    QVERIFY(second.showClusterResult(countryParams, country.toJson())); // nothing shown: it is the result
    QTRY_COMPARE_WITH_TIMEOUT(secondReady.count(), 1, 30000);
    QVERIFY(second.showClusterResult(params, computed.toJson()));
    QTRY_COMPARE_WITH_TIMEOUT(secondReady.count(), 2, 30000);
    QCOMPARE(second.result().toJson(), computed.toJson());
    QCOMPARE(second.countryResult().toJson(), country.toJson());
  }

  void regionLevelSelectsWholeRegion() {
    Dashboard dashboard;
    dashboard.resize(1000, 700);
    dashboard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
    dashboard.setDataSource(m_store);
    QSignalSpy ready(&dashboard, &Dashboard::resultReady);
    TrendRequest r = ufYear();
    r.level = GeoLevel::Region;
    dashboard.run(r);
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 60000);
    MapWidget *map = dashboard.mapWidget();
    QTest::mouseClick(map, Qt::LeftButton, {}, map->positionOf("MG").toPoint());
    QCOMPARE(dashboard.selection()->codes(), QStringList{"Sudeste"});
    QCOMPARE(map->selectedCodes(), (QStringList{"ES", "MG", "RJ", "SP"}));
  }

  void municipalityLevelUsesMunicipalityBoundaries() {
    Dashboard dashboard;
    dashboard.resize(1000, 700);
    dashboard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
    dashboard.setDataSource(m_store);
    QSignalSpy ready(&dashboard, &Dashboard::resultReady);
    TrendRequest r = ufYear();
    r.level = GeoLevel::Municipality;
    r.period = PeriodKind::Month;
    dashboard.run(r);
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 120000);
    const QString bh = QStringLiteral("3106200"); // Belo Horizonte
    QVERIFY(dashboard.result().series.contains(bh));
    MapWidget *map = dashboard.mapWidget();
    QVERIFY(map->scene()->layers().size() == 2);   // municipalities + state outlines
    map->scene()->zoomAt(map->positionOf(bh), 40); // a small polygon: zoom in before clicking
    QTest::mouseClick(map, Qt::LeftButton, {}, map->positionOf(bh).toPoint());
    QCOMPARE(dashboard.selection()->codes(), QStringList{bh});
    QCOMPARE(dashboard.table()->currentCode(), bh);
    QCOMPARE(dashboard.chart()->graphCodes(), QStringList{bh});
  }
};

QTEST_MAIN(TestDashboard)
#include "test_dashboard.moc"
