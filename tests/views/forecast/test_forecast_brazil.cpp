// The forecast tab on Brazilian prescription series (a small demo store:
// every UF, 2019-2020 monthly) and its cluster hook.
#include "ChoroplethLayer.h"
#include "DemoGenerator.h"
#include "forecast/DistrictMapView.h"
#include "EmbeddedStore.h"
#include "forecast/ForecastChart.h"
#include "forecast/ForecastPanel.h"
#include "ForecastTestData.h"
#include "ImportService.h"
#include "MapScene.h"
#include "map/MapWidget.h"
#include "PdfText.h"
#include "cluster/RunLocationBox.h"
#include "SharedData.h"
#include <QElapsedTimer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>
#include <qcustomplot.h>

using namespace epidesk;

class TestForecastBrazil : public QObject {
  Q_OBJECT
  QTemporaryDir m_dir;
  QString m_store;

  // A widget with the demo store open on the given data.
  void open(ForecastPanelWidget &w, ForecastPanelWidget::DataKind kind) {
    w.setDataKind(kind); // no store yet: nothing loads
    QSignalSpy loaded(&w, &ForecastPanelWidget::dataLoaded);
    w.setStoreLocation(m_store);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 60000);
  }

  static ForecastRequest nnRequest() {
    ForecastRequest r;
    r.model = QStringLiteral("nn");
    r.horizon = 3;
    return r;
  }

private slots:
  void initTestCase() {
    QVERIFY(m_dir.isValid());
    QString demoError;
    const QStringList files = testing::tinyDemoFiles(m_dir.path(), &demoError);
    QVERIFY2(!files.isEmpty(), qPrintable(demoError));
    m_store = m_dir.filePath(QStringLiteral("demo.gpkg"));
    QString error;
    auto store = EmbeddedStore::create(m_store, sharedDataDir(), &error);
    QVERIFY2(store, qPrintable(error));
    const ImportSummary summary = importFiles(QStringLiteral("anvisa"), *store, files);
    QVERIFY(summary.rowsLoaded > 0);
  }

  void ufForecastOnTheMap() {
    ForecastPanelWidget w;
    w.resize(1400, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    open(w, ForecastPanelWidget::DataKind::Uf);
    QCOMPARE(w.loadedSelection().value("source").toString(), QStringLiteral("trends"));
    QCOMPARE(int(w.panel().series.size()), 27);
    QCOMPARE(w.panel().series.front().frequency, Frequency::Monthly);
    QVERIFY(w.mapView()->features());
    QCOMPARE(w.mapView()->features()->size(), 27);
    QCOMPARE(w.mapView()->mapWidget()->scene()->layers().size(), 1); // no outlines over the states themselves
    QCOMPARE(w.districtNames().value(QStringLiteral("MG")), QStringLiteral("Minas Gerais"));
    QCOMPARE(w.mapView()->historyStepCount(), 24);

    w.setRequest(nnRequest());
    QSignalSpy ready(&w, &ForecastPanelWidget::forecastReady);
    w.runButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 60000);
    QCOMPARE(w.result().forecasts.size(), 27);
    QCOMPARE(w.mapView()->stepCount(), 24 + 3);
    QCOMPARE(w.mapView()->stepLabel(24), QStringLiteral("2021-01 (forecast)"));

    // Clicking a UF opens its forecast.
    MapWidget *map = w.mapView()->mapWidget();
    QString clicked;
    QPointF pos;
    for (const QString &code : {QStringLiteral("MG"), QStringLiteral("BA"), QStringLiteral("MT")}) {
      pos = map->positionOf(code);
      if (map->scene()->featureAt(pos) == code && code != w.currentDistrict()) {
        clicked = code;
        break;
      }
    }
    QVERIFY(!clicked.isEmpty());
    QTest::mouseClick(map, Qt::LeftButton, {}, pos.toPoint());
    QTRY_COMPARE(w.chart()->code(), clicked);
    QVERIFY(w.chart()->graph(ForecastChart::Role::Mean));
    QCOMPARE(w.chart()->graph(ForecastChart::Role::Mean)->dataCount(),
             1 + 3); // joined to the last observation
    QCOMPARE(w.chart()->plot()->yAxis->label(), QStringLiteral("Prescriptions"));

    w.mapView()->setStep(24 + 1);
    if (!qEnvironmentVariableIsEmpty("EPIDESK_FORECAST_SCREENSHOT"))
      w.grab().save(qEnvironmentVariable("EPIDESK_FORECAST_SCREENSHOT"));

    // The export names the UFs.
    const QString csv = m_dir.filePath(QStringLiteral("uf.csv"));
    QString error;
    QVERIFY2(w.exportCsv(csv, &error), qPrintable(error));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(QStringLiteral("\nMG,Minas Gerais,2021-01,")));
    QCOMPARE(text.count(QLatin1Char('\n')), 1 + 27 * 3);

    // The report names the data and the clicked UF.
    const QString pdf = m_dir.filePath(QStringLiteral("uf.pdf"));
    QVERIFY2(w.exportPdf(pdf, &error), qPrintable(error));
    EPIDESK_REQUIRE_PDFTOTEXT();
    const QString report = test::pdfText(pdf);
    QVERIFY2(report.contains(w.districtNames().value(clicked)), qPrintable(report.left(400)));
    QVERIFY(report.contains(QStringLiteral("Brazil — prescriptions per UF")));
    QVERIFY(report.contains(QStringLiteral("Series forecast: 27")));
  }

  // Every municipality with sales, on the municipality map; "Forecast all"
  // reports progress and stops on Cancel.
  void municipalitiesForecastAndCancel() {
    ForecastPanelWidget w;
    QElapsedTimer timer;
    timer.start();
    open(w, ForecastPanelWidget::DataKind::Municipality);
    const qint64 loadMs = timer.elapsed();
    QVERIFY(w.mapView()->features());
    QVERIFY(w.mapView()->features()->size() > 5000);
    QVERIFY(w.panel().series.size() > 1000);
    QCOMPARE(w.panel().series.front().code.size(), 7); // IBGE municipality codes
    // State borders drawn over the municipalities, as on the trends map.
    const QList<ChoroplethLayer *> &layers = w.mapView()->mapWidget()->scene()->layers();
    QCOMPARE(layers.size(), 2);
    QCOMPARE(layers.at(1)->features()->size(), 27);
    QCOMPARE(w.mapView()->mapWidget()->scene()->primaryLayer(), layers.at(0));

    w.setRequest(nnRequest());
    QSignalSpy ready(&w, &ForecastPanelWidget::forecastReady);
    timer.restart();
    w.runAll();
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 120000);
    qInfo("%d municipalities: load %lld ms, nn forecast %lld ms", int(w.panel().series.size()), loadMs,
          timer.elapsed());
    QVERIFY(w.result().forecasts.size() > 1000);

    // A per-series model over thousands of series: Cancel stops it.
    ForecastRequest slow = nnRequest();
    slow.model = QStringLiteral("ets");
    slow.backtestOrigins = 3;
    w.setRequest(slow);
    QSignalSpy progress(&w, &ForecastPanelWidget::progressChanged);
    QSignalSpy canceled(&w, &ForecastPanelWidget::statusMessage);
    w.runAll();
    QVERIFY(w.isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(progress.size() > 0, 60000);
    timer.restart();
    w.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(!w.isBusy(), 30000);
    qInfo("canceled in %lld ms", timer.elapsed());
    QCOMPARE(ready.size(), 1);                   // the canceled run shows nothing
    QVERIFY(w.result().forecasts.size() > 1000); // the earlier result stays
  }

  void clusterHookParams() {
    ForecastPanelWidget w;
    open(w, ForecastPanelWidget::DataKind::Districts);
    w.setClusterAvailable(true);
    w.runLocation()->setLocation(RunLocationBox::Location::Cluster);
    ForecastRequest request = nnRequest();
    request.backtestOrigins = 2;
    w.setRequest(request);
    QSignalSpy cluster(&w, &ForecastPanelWidget::clusterRunRequested);
    QSignalSpy ready(&w, &ForecastPanelWidget::forecastReady);
    QVERIFY(w.runButton()->isEnabled()); // the cluster reads the data itself
    w.runButton()->click();
    QCOMPARE(cluster.size(), 1);
    QVERIFY(!w.isBusy()); // nothing computed here
    QCOMPARE(cluster.at(0).at(0).toString(), QStringLiteral("forecast"));
    QJsonObject expected = request.toJson();
    expected.insert("source", "districts");
    expected.insert("indicator", "cases");
    expected.insert("selector", "all");
    QCOMPARE(cluster.at(0).at(1).toJsonObject(), expected);
    QVERIFY(!cluster.at(0).at(2).toString().isEmpty());

    // Brazil, per municipality, units per 1,000 of an ingredient.
    QJsonObject series = TrendRequest{}.toJson();
    series.insert("ingredient_contains", "azitromicina");
    series.insert("level", "municipality");
    series.insert("period", "month");
    series.insert("measure", "units");
    series.insert("per_1000", true);
    QVERIFY(w.setSelection({{"source", "trends"}, {"series", series}}));
    QCOMPARE(w.dataKind(), ForecastPanelWidget::DataKind::Municipality);
    w.runAll();
    QCOMPARE(cluster.size(), 2);
    expected = request.toJson();
    expected.insert("source", "trends");
    expected.insert("series", series);
    expected.insert("selector", "all");
    QCOMPARE(cluster.at(1).at(1).toJsonObject(), expected);
    QCOMPARE(w.clusterParams(), expected);
    QCOMPARE(ready.size(), 0);
  }

  void clusterResultShownLikeALocalOne() {
    // The UF result computed here stands for what the cluster sends back.
    ForecastPanelWidget local;
    open(local, ForecastPanelWidget::DataKind::Uf);
    const ForecastRequest request = nnRequest();
    const ForecastJobOutput out = runForecastJob(local.panel(), request, nullptr);
    QCOMPARE(out.status, ForecastJobOutput::Status::Ok);
    QJsonObject result = out.result.toJson();
    result.insert("errors", QJsonObject{{"XX", "unknown UF"}});
    local.setRequest(request);
    const QJsonObject params = local.clusterParams();

    // A view showing Poland switches to the UFs, loads them, then shows the result.
    ForecastPanelWidget w;
    open(w, ForecastPanelWidget::DataKind::Districts);
    QCOMPARE(w.loadedSelection().value("source").toString(), QStringLiteral("districts"));
    QSignalSpy ready(&w, &ForecastPanelWidget::forecastReady);
    QVERIFY(!w.showClusterResult(params, QJsonObject{{"nonsense", 1}}));
    QVERIFY(w.showClusterResult(params, result));
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 60000);
    QCOMPARE(w.dataKind(), ForecastPanelWidget::DataKind::Uf);
    QCOMPARE(w.loadedSelection().value("source").toString(), QStringLiteral("trends"));
    QCOMPARE(w.result().forecasts.size(), 27);
    QCOMPARE(w.resultRequest().model, QStringLiteral("nn"));
    QCOMPARE(w.mapView()->stepCount(), 24 + 3);
    QVERIFY(w.chart()->graph(ForecastChart::Role::Mean));
    QCOMPARE(w.result().toJson().value("forecasts"), out.result.toJson().value("forecasts"));

    // Same data again: shown at once.
    QVERIFY(w.showClusterResult(params, result));
    QCOMPARE(ready.size(), 2);
  }
};

QTEST_MAIN(TestForecastBrazil)
#include "test_forecast_brazil.moc"
