#include "CliRun.h"
#include "Feedback.h"
#include "ForecastTestData.h"
#include "MapScene.h"
#include "PdfText.h"
#include "SharedData.h"
#include "forecast/DistrictMapView.h"
#include "forecast/ForecastChart.h"
#include "forecast/ForecastExport.h"
#include "forecast/ForecastPanel.h"
#include "map/MapWidget.h"
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>
#include <qcustomplot.h>

using namespace epidesk;

class TestForecastPanel : public QObject {
  Q_OBJECT
  QTemporaryDir m_dir;
  FeatureCollectionPtr m_features;
  ForecastPanel m_panel;
  QMap<QString, QString> m_names;

  // The first 40 powiats, 150 days each.
  void setUpWidget(ForecastPanelWidget &w) {
    w.setFeatures(m_features, QStringLiteral("albers_poland"));
    w.setPanel(m_panel, m_names);
  }

private slots:
  void initTestCase() {
    QVERIFY(m_dir.isValid());
    DistrictMapView loader;
    QString error;
    QVERIFY2(loader.loadBoundaries(testing::powiatBoundaries(), &error), qPrintable(error));
    m_features = loader.features();
    for (int i = 0; i < 40; ++i) {
      const Feature &f = m_features->at(i);
      m_panel.series.push_back(testing::wave(f.code, i, 150));
      m_names.insert(f.code, f.name);
    }
  }

  void backgroundForecastOfAllDistricts() {
    ForecastPanelWidget w;
    w.resize(1400, 800);
    setUpWidget(w);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    ForecastRequest request;
    request.model = QStringLiteral("nn");
    request.horizon = 14;
    request.backtestOrigins = 2;
    w.setRequest(request);
    QCOMPARE(w.request().model, QStringLiteral("nn"));
    QCOMPARE(w.request().horizon, 14);

    QSignalSpy ready(&w, &ForecastPanelWidget::forecastReady);
    QSignalSpy failed(&w, &ForecastPanelWidget::failed);
    QSignalSpy busy(&w, &ForecastPanelWidget::busyChanged);
    w.runButton()->click();
    QVERIFY(w.isBusy());
    QVERIFY(!w.progressBar()->isHidden());
    QVERIFY(!w.runButton()->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 60000);
    QCOMPARE(failed.size(), 0);
    QVERIFY(!w.isBusy());
    QCOMPARE(busy.size(), 2);
    QCOMPARE(w.result().forecasts.size(), 40);
    QCOMPARE(int(w.result().forecasts.first().size()), 14);
    QCOMPARE(w.result().backtest.size(), 40);
    QVERIFY(!w.result().analogues.isEmpty());

    // The chart shows the current district, with its analogues and backtest.
    const QString code = m_panel.series.front().code;
    QCOMPARE(w.currentDistrict(), code);
    QCOMPARE(w.chart()->code(), code);
    QVERIFY(w.chart()->graph(ForecastChart::Role::Mean));
    QVERIFY(w.chart()->analogueGraphCount() > 0);
    QVERIFY(!w.chart()->backtestText().isEmpty());
    // The map's timeline runs on into the forecast.
    QCOMPARE(w.mapView()->stepCount(), 150 + 14);

    // Clicking a district on the map opens its forecast.
    // (a district whose centroid lies inside it: not a ring around a city)
    QString other;
    QPointF pos;
    for (size_t i = 5; i < m_panel.series.size() && other.isEmpty(); ++i) {
      pos = w.mapView()->mapWidget()->positionOf(m_panel.series[i].code);
      if (w.mapView()->mapWidget()->scene()->featureAt(pos) == m_panel.series[i].code)
        other = m_panel.series[i].code;
    }
    QVERIFY(!other.isEmpty());
    QTest::mouseClick(w.mapView()->mapWidget(), Qt::LeftButton, {}, pos.toPoint());
    QTRY_COMPARE(w.chart()->code(), other);

    // Exports.
    const QString csv = m_dir.filePath(QStringLiteral("forecasts.csv"));
    QString error;
    QVERIFY2(w.exportCsv(csv, &error), qPrintable(error));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.first(), QByteArray("code,name,period,mean,lo80,hi80,lo95,hi95,model,calibration"));
    QCOMPARE(lines.size(), 1 + 40 * 14 + 1); // header, rows, final newline
    QVERIFY(lines.at(1).startsWith(
        (code + QLatin1Char(',') + m_names.value(code) + QStringLiteral(",2021-05-31,")).toUtf8()));

    const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
    QVERIFY2(w.exportPdf(pdf, &error), qPrintable(error));
    QVERIFY(QFileInfo(pdf).size() > 1000);
    if (!qEnvironmentVariableIsEmpty("EPIDESK_FORECAST_SCREENSHOT"))
      w.grab().save(qEnvironmentVariable("EPIDESK_FORECAST_SCREENSHOT"));
    EPIDESK_REQUIRE_PDFTOTEXT();
    const QString text = test::pdfText(pdf);
    QVERIFY2(text.contains(m_names.value(other)), qPrintable(text.left(400)));
    QVERIFY(text.contains(ForecastExport::modelName(QStringLiteral("nn"))));
  }

  void cancelKeepsTheGuiResponsive() {
    ForecastPanelWidget w;
    setUpWidget(w);
    // A runner that only stops when canceled.
    std::atomic<bool> started{false};
    w.setRunner([&started](const ForecastPanel &, const ForecastRequest &request, Feedback *feedback) {
      started = true;
      ForecastJobOutput out;
      out.request = request;
      for (int i = 0; i < 3000 && !feedback->isCanceled(); ++i) {
        feedback->setProgress(i / 30.0);
        QThread::msleep(5);
      }
      out.status =
          feedback->isCanceled() ? ForecastJobOutput::Status::Canceled : ForecastJobOutput::Status::Ok;
      return out;
    });
    QSignalSpy ready(&w, &ForecastPanelWidget::forecastReady);
    QSignalSpy progress(&w, &ForecastPanelWidget::progressChanged);
    w.runAll();
    QVERIFY(w.isBusy());
    QTRY_VERIFY(started.load());
    QTRY_VERIFY(progress.size() > 2); // progress arrives while the GUI thread runs its event loop
    QVERIFY(!w.cancelButton()->isHidden());
    w.cancelButton()->click();
    QTRY_VERIFY(!w.isBusy());
    QCOMPARE(ready.size(), 0);
    QVERIFY(w.result().forecasts.isEmpty());
    QVERIFY(w.runButton()->isEnabled());
    QVERIFY(w.cancelButton()->isHidden());
  }

  // A real store: the whole shared TSV imported with epidesk-cli, as a user
  // would, and every powiat forecast from the GUI. EPIDESK_FORECAST_SCREENSHOT=png
  // also saves the view and its report.
  void realStoreAllPowiats() {
    const QString store = m_dir.filePath(QStringLiteral("poland.gpkg"));
    const test::CliRun import = test::runCli(
        {"import", "covid-pl", "--store", store, sharedDataDir() + "/data/pl/covid_cases_powiat_daily.tsv"});
    QVERIFY2(import.exitCode == 0, import.err.constData());
    QVERIFY(import.json().value("rows_loaded").toInteger() > 270000);

    ForecastPanelWidget w;
    w.resize(1400, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QSignalSpy loaded(&w, &ForecastPanelWidget::dataLoaded);
    QSignalSpy failed(&w, &ForecastPanelWidget::failed);
    w.setStoreLocation(store);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 60000);
    QCOMPARE(failed.size(), 0);
    QVERIFY(w.panel().series.size() >= 380);
    QVERIFY(w.mapView()->features());
    QCOMPARE(w.mapView()->features()->size(), 380);
    QSignalSpy ready(&w, &ForecastPanelWidget::forecastReady);
    ForecastRequest request;
    request.model = QStringLiteral("nn");
    request.horizon = 14;
    w.setRequest(request);
    QElapsedTimer timer;
    timer.start();
    w.runAll();
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 120000);
    QCOMPARE(failed.size(), 0);
    const ForecastResult &result = w.result();
    qInfo("forecast of %d series: %lld ms", int(result.forecasts.size()), timer.elapsed());
    // As from epidesk-cli forecast --series all: nearly every powiat, 14 days from the day after the data.
    QVERIFY2(result.forecasts.size() >= 370, qPrintable(QString::number(result.forecasts.size())));
    for (auto it = result.forecasts.cbegin(); it != result.forecasts.cend(); ++it)
      QVERIFY2(it->size() == 14, qPrintable(it.key()));
    QCOMPARE(result.forecasts.value(QStringLiteral("0201")).front().period, QStringLiteral("2024-03-22"));
    QVERIFY(!result.analogues.value(QStringLiteral("0201")).empty());

    w.showDistrict(QStringLiteral("1465"));
    QCOMPARE(w.currentDistrict(), QStringLiteral("1465"));
    QTRY_COMPARE(w.chart()->code(), QStringLiteral("1465"));
    QVERIFY(w.chart()->graph(ForecastChart::Role::Mean));
    w.mapView()->setStep(w.mapView()->historyStepCount() + 6);
    const QString png = qEnvironmentVariable("EPIDESK_FORECAST_SCREENSHOT");
    if (!png.isEmpty()) {
      QTest::qWait(200);
      QVERIFY(w.grab().save(png));
      QString error;
      QVERIFY2(w.exportPdf(QFileInfo(png).path() + QStringLiteral("/forecast-report.pdf"), &error),
               qPrintable(error));
    }
  }

  // Issue 11: a forecast as of a past day, replayed against what followed.
  void forecastAsOfDrawsHeldOutActuals() {
    ForecastPanelWidget w;
    w.resize(1400, 800);
    setUpWidget(w);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    ForecastRequest request;
    request.model = QStringLiteral("snaive");
    request.horizon = 7;
    w.setRequest(request);
    auto *on = w.findChild<QCheckBox *>(QStringLiteral("forecastAsOfEnabled"));
    auto *day = w.findChild<QDateEdit *>(QStringLiteral("forecastAsOf"));
    QVERIFY(on && day);
    QVERIFY(!day->isEnabled());
    QCOMPARE(day->maximumDate(), QDate(2021, 5, 30)); // the data's last day
    on->click();
    QVERIFY(day->isEnabled());
    day->setDate(QDate(2021, 3, 1));
    QCOMPARE(w.request().asOf, QDate(2021, 3, 1));
    QCOMPARE(w.clusterParams().value("as_of").toString(), QStringLiteral("2021-03-01"));

    QSignalSpy ready(&w, &ForecastPanelWidget::forecastReady);
    w.runButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 60000);
    QCOMPARE(w.result().asOf, QDate(2021, 3, 1));
    QCOMPARE(w.result().actuals.size(), 40);
    const QString code = m_panel.series.front().code;
    QCOMPARE(w.result().forecasts.value(code).front().period, QStringLiteral("2021-03-02"));
    QCOMPARE(w.result().actuals.value(code).front().value, m_panel.series.front().values[60]);
    // The chart: history up to the origin, the actuals against the forecast.
    QCPGraph *history = w.chart()->graph(ForecastChart::Role::History);
    QCPGraph *actual = w.chart()->graph(ForecastChart::Role::Actual);
    QVERIFY(history && actual);
    QCOMPARE(history->dataCount(), 60);
    QCOMPARE(actual->dataCount(), 7);
    QCOMPARE(actual->data()->at(0)->value, m_panel.series.front().values[60]);
    // The map plays the history the models saw, then the forecast.
    QCOMPARE(w.mapView()->historyStepCount(), 60);
    QCOMPARE(w.mapView()->stepCount(), 67);
    const QString csv = QString::fromUtf8(ForecastExport::forecastsCsv(w.result()));
    QVERIFY(csv.startsWith(
        QStringLiteral("code,name,period,mean,lo80,hi80,lo95,hi95,actual,model,calibration\n")));
  }

  void indicatorsOfferTheDailyViews() {
    ForecastPanelWidget w;
    auto *indicator = w.findChild<QComboBox *>(QStringLiteral("forecastIndicator"));
    QVERIFY(indicator);
    QStringList ids;
    for (int i = 0; i < indicator->count(); ++i) {
      ids << indicator->itemData(i).toString();
      QVERIFY(!indicator->itemText(i).isEmpty());
    }
    QCOMPARE(ids, (QStringList{"cases", "cases_mean7", "cases_weekly", "deaths", "deaths_mean7",
                               "deaths_weekly"}));
    QVERIFY(w.setSelection({{"source", "districts"}, {"indicator", "deaths_weekly"}}));
    QCOMPARE(w.selection().value("indicator").toString(), QStringLiteral("deaths_weekly"));
    QCOMPARE(w.indicatorName(), indicator->itemText(5));
  }

  void csvContent() {
    ForecastResult r;
    r.model = QStringLiteral("ets");
    r.horizon = 2;
    r.forecasts.insert(QStringLiteral("0202"), {{QStringLiteral("2021-02-01"), 1.5, 1, 2, 0.5, 2.5},
                                                {QStringLiteral("2021-02-02"), 2, 1, 3, 0, 4}});
    r.forecasts.insert(QStringLiteral("0201"), {{QStringLiteral("2021-02-01"), 10, 9, 11, 8, 12}});
    r.backtest.insert(QStringLiteral("0201"), {0.5, 20, 0.8, 1.0, 3});
    // Which model and calibration made a forecast goes into every row.
    r.fit.insert(QStringLiteral("0202"),
                 QJsonObject{{"selected_model", "median(ets, arima, theta)"}, {"calibration", "conformal"}});
    const QMap<QString, QString> names{{QStringLiteral("0201"), QStringLiteral("bolesławiecki")},
                                       {QStringLiteral("0202"), QStringLiteral("a, \"b\"")}};
    QCOMPARE(QString::fromUtf8(ForecastExport::forecastsCsv(r, names)),
             QStringLiteral(
                 "code,name,period,mean,lo80,hi80,lo95,hi95,model,calibration\n"
                 "0201,bolesławiecki,2021-02-01,10,9,11,8,12,ets,model\n"
                 "0202,\"a, \"\"b\"\"\",2021-02-01,1.5,1,2,0.5,2.5,\"median(ets, arima, theta)\",conformal\n"
                 "0202,\"a, \"\"b\"\"\",2021-02-02,2,1,3,0,4,\"median(ets, arima, theta)\",conformal\n"));
    QCOMPARE(QString::fromUtf8(ForecastExport::backtestCsv(r, names)),
             QStringLiteral("code,name,origins,mase,smape,coverage80,coverage95\n"
                            "0201,bolesławiecki,3,0.5,20,0.8,1\n"));
    QString error;
    QVERIFY(!ForecastExport::writeForecastsCsv(r, m_dir.filePath(QStringLiteral("no/such/dir/x.csv")), names,
                                               &error));
    QVERIFY(!error.isEmpty());
  }
};

QTEST_MAIN(TestForecastPanel)
#include "test_forecast_panel.moc"
