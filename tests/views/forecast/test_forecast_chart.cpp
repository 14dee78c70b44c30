#include "ForecastTestData.h"
#include "forecast/ForecastChart.h"
#include <QtTest>
#include <qcustomplot.h>

using namespace epidesk;

class TestForecastChart : public QObject {
  Q_OBJECT

  static QVector<double> values(QCPGraph *g) {
    QVector<double> out;
    for (auto it = g->data()->constBegin(); it != g->data()->constEnd(); ++it)
      out << it->value;
    return out;
  }

private slots:
  void historyMeanAndBands() {
    const TimeSeries history = testing::wave(QStringLiteral("0201"), 1, 60);
    ForecastResult result;
    result.model = QStringLiteral("ets");
    result.horizon = 7;
    const auto points = testing::fakeForecast(history, 7);
    result.forecasts.insert(history.code, points);
    BacktestScore score;
    score.mase = 0.87;
    score.smape = 12.5;
    score.coverage80 = 0.75;
    score.coverage95 = 1.0;
    score.origins = 3;
    result.backtest.insert(history.code, score);

    ForecastChart chart;
    chart.resize(800, 500);
    chart.setForecast(history, result, {}, {}, QStringLiteral("bolesławiecki"));
    QVERIFY(chart.graph(ForecastChart::Role::History));
    QVERIFY(chart.graph(ForecastChart::Role::Mean));
    QCPGraph *lo80 = chart.graph(ForecastChart::Role::Lo80), *hi80 = chart.graph(ForecastChart::Role::Hi80);
    QCPGraph *lo95 = chart.graph(ForecastChart::Role::Lo95), *hi95 = chart.graph(ForecastChart::Role::Hi95);
    QVERIFY(lo80 && hi80 && lo95 && hi95);
    QCOMPARE(chart.graph(ForecastChart::Role::History)->data()->size(), 60);
    QCOMPARE(chart.analogueGraphCount(), 0);

    QVector<double> el80, eh80, el95, eh95;
    for (const ForecastPoint &p : points) {
      el80 << p.lo80;
      eh80 << p.hi80;
      el95 << p.lo95;
      eh95 << p.hi95;
    }
    QCOMPARE(values(lo80), el80);
    QCOMPARE(values(hi80), eh80);
    QCOMPARE(values(lo95), el95);
    QCOMPARE(values(hi95), eh95);
    // Bands are filled between their lower and upper graphs.
    QCOMPARE(hi80->channelFillGraph(), lo80);
    QCOMPARE(hi95->channelFillGraph(), lo95);
    QVERIFY(hi95->brush().style() != Qt::NoBrush);
    // Mean: joined to the last observation, then the forecast means.
    const QVector<double> mean = values(chart.graph(ForecastChart::Role::Mean));
    QCOMPARE(mean.size(), 8);
    QCOMPARE(mean.first(), history.values.back());
    QCOMPARE(mean.last(), points.back().mean);
    // Forecast keys follow the history.
    QVERIFY(lo80->data()->constBegin()->key >
            chart.graph(ForecastChart::Role::History)->data()->constEnd()[-1].key);

    QVERIFY(chart.backtestText().contains(QStringLiteral("0.87")));
    QVERIFY(chart.backtestText().contains(QStringLiteral("75")));
    // The model and the intervals' calibration are named in the legend and the tooltip.
    QCOMPARE(chart.graph(ForecastChart::Role::Mean)->name(), QStringLiteral("Forecast (ets)"));
    QVERIFY(chart.modelSummary().contains(QStringLiteral("the model's own")));
    QCOMPARE(chart.findChild<QCustomPlot *>()->toolTip(), chart.modelSummary());
    result.model = QStringLiteral("auto");
    result.fit.insert(history.code, QJsonObject{{"selected_model", "median(ets, arima, theta)"},
                                                {"calibration", "conformal"}});
    chart.setForecast(history, result, {}, {}, QStringLiteral("bolesławiecki"));
    QCOMPARE(chart.graph(ForecastChart::Role::Mean)->name(),
             QStringLiteral("Forecast (median(ets, arima, theta))"));
    QCOMPARE(chart.graph(ForecastChart::Role::Hi95)->name(), QStringLiteral("95 % interval (conformal)"));
    QVERIFY(chart.modelSummary().contains(QStringLiteral("conformal")));
    QVERIFY(chart.modelSummary().contains(QStringLiteral("automatic")));

    chart.clear();
    QVERIFY(!chart.graph(ForecastChart::Role::Mean));
    QVERIFY(chart.backtestText().isEmpty());
  }

  void analogueTrajectories() {
    ForecastPanel panel;
    for (int i = 0; i < 5; ++i)
      panel.series.push_back(
          testing::wave(QStringLiteral("02%1").arg(i + 1, 2, 10, QLatin1Char('0')), i, 120));
    const TimeSeries &target = panel.series[0];
    ForecastResult result;
    result.model = QStringLiteral("nn");
    result.horizon = 10;
    result.forecasts.insert(target.code, testing::fakeForecast(target, 10));
    std::vector<Analogue> analogues = {{QStringLiteral("0202"), panel.series[1].periodLabel(20), 0.4},
                                       {QStringLiteral("0203"), panel.series[2].periodLabel(50), 0.6},
                                       {QStringLiteral("0201"), target.periodLabel(30), 0.8}};
    result.analogues.insert(target.code, analogues);
    const QJsonObject options{{QStringLiteral("window"), 14}};

    ForecastChart chart;
    chart.setForecast(target, result, panel, options);
    QCOMPARE(chart.analogueGraphCount(), 3);
    // Each trace covers the target's last window and the forecast period.
    QCPGraph *first = chart.graph(ForecastChart::Role::Analogue);
    QCOMPARE(first->data()->size(), 14 + 10);
    QCOMPARE(first->property("district").toString(), QStringLiteral("0202"));

    // "level" scaling: the rescaled window has the target window's mean |level|.
    const auto traces = analogueTraces(target, analogues, panel, 10, options);
    QCOMPARE(int(traces.size()), 3);
    QCOMPARE(traces[0].offset, target.size() - 14);
    double a = 0;
    for (int i = 0; i < 14; ++i)
      a += traces[0].values[size_t(i)];
    // mean7 of the target over its last 14 days
    double t = 0;
    for (int i = target.size() - 14; i < target.size(); ++i) {
      double s = 0;
      for (int j = i - 6; j <= i; ++j)
        s += target.values[size_t(j)];
      t += s / 7;
    }
    QVERIFY(std::abs(a / 14 - t / 14) < 1e-9);

    // Unknown districts or starts are skipped.
    analogues.push_back({QStringLiteral("9999"), target.periodLabel(3), 1.0});
    analogues.push_back({QStringLiteral("0204"), QStringLiteral("1999-01-01"), 1.0});
    result.analogues.insert(target.code, analogues);
    chart.setForecast(target, result, panel, options);
    QCOMPARE(chart.analogueGraphCount(), 3);
    // Other models never draw analogues.
    result.model = QStringLiteral("ets");
    chart.setForecast(target, result, panel, options);
    QCOMPARE(chart.analogueGraphCount(), 0);
  }
};

QTEST_MAIN(TestForecastChart)
#include "test_forecast_chart.moc"
