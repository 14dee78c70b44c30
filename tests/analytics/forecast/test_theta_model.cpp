// Theta method against R forecast::thetaf (data/theta_reference.json, from
// data/make_theta_reference.R: thetaf(y, h, level = c(80, 95)), R 4.2 /
// forecast 8.20) on every monthly and quarterly series of ../shared/data/series.
//
// Tolerances: the fit follows R's (same seasonality test and decomposition,
// same SES start, bounds, MSE criterion and Nelder-Mead), so the seasonality
// decision must be R's and point forecasts and 80/95 % bounds within 1 % of
// R's (relative to the forecast's magnitude). Hold-out (last 12 monthly / 8
// quarterly) MASE, scaled by the in-sample MAE of the lag-m seasonal naive
// forecasts, is printed and must not be worse than R's by more than 1 %.
#include "ThetaModel.h"
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <QtTest>
#include <cmath>

using namespace epidesk;

namespace {
std::vector<double> doubles(const QJsonValue &v) {
  std::vector<double> out;
  for (const QJsonValue &x : v.toArray())
    out.push_back(x.toDouble());
  return out;
}

double maxRelDiff(const std::vector<double> &a, const std::vector<double> &b, double magnitude) {
  if (a.size() != b.size())
    return HUGE_VAL;
  double worst = 0;
  for (size_t i = 0; i < a.size(); ++i)
    worst = std::max(worst, std::fabs(a[i] - b[i]) / magnitude);
  return worst;
}

// "period,value" with a header; the tests need nothing more than that.
TimeSeries readCsv(const QString &path) {
  TimeSeries s;
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
    return s;
  QTextStream in(&f);
  in.readLine();
  while (!in.atEnd()) {
    const QStringList cells = in.readLine().split(QLatin1Char(','));
    if (cells.size() < 2)
      continue;
    if (s.values.empty()) {
      const auto label = TimeSeries::parseLabel(cells[0].trimmed());
      if (!label)
        return {};
      s.frequency = label->first;
      s.start = label->second;
    }
    s.values.push_back(cells[1].toDouble());
  }
  s.code = QFileInfo(path).baseName();
  return s;
}
} // namespace

class TestThetaModel : public QObject {
  Q_OBJECT
  QJsonObject reference;
  double worstDiff = 0;

private slots:
  void initTestCase() {
    QFile f(QFINDTESTDATA("data/theta_reference.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    reference = QJsonDocument::fromJson(f.readAll()).object();
    QVERIFY(reference.size() > 10);
  }

  void compare_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("part");
    for (const QString &name : reference.keys())
      if (!name.startsWith(QLatin1Char('_')))
        for (const char *part : {"full", "holdout"})
          QTest::newRow(qPrintable(name + "/" + part)) << name << QString::fromLatin1(part);
  }

  void compare() {
    QFETCH(QString, name);
    QFETCH(QString, part);
    const QString dir = qEnvironmentVariable("EPIDESK_SHARED_DIR", QStringLiteral("/work/shared"));
    const TimeSeries all = readCsv(dir + "/data/series/" + name + ".csv");
    QVERIFY2(!all.values.empty(), qPrintable(dir + "/data/series/" + name + ".csv"));
    const QJsonObject r = reference[name].toObject()[part].toObject();
    const int h = r["h"].toInt();
    TimeSeries series = all;
    series.values.resize(size_t(r["n"].toInt()));

    const ModelForecast f = ThetaModel().forecast(series, h, {}, {});
    QCOMPARE(f.details["seasonal"].toBool(), r["seasonal"].toBool());

    const std::vector<double> mean = doubles(r["mean"]);
    double magnitude = 0;
    for (double v : mean)
      magnitude = std::max(magnitude, std::fabs(v));
    double worst = maxRelDiff(f.mean, mean, magnitude);
    worst = std::max(worst, maxRelDiff(f.lo80, doubles(r["lo80"]), magnitude));
    worst = std::max(worst, maxRelDiff(f.hi80, doubles(r["hi80"]), magnitude));
    worst = std::max(worst, maxRelDiff(f.lo95, doubles(r["lo95"]), magnitude));
    worst = std::max(worst, maxRelDiff(f.hi95, doubles(r["hi95"]), magnitude));
    worstDiff = std::max(worstDiff, worst);
    qInfo("%s %s: alpha %.6f (R %.6f), drift %.6g (R %.6g), max rel. diff %.2e", qPrintable(name),
          qPrintable(part), f.details["alpha"].toDouble(), r["alpha"].toDouble(),
          f.details["drift"].toDouble(), r["drift"].toDouble(), worst);
    QVERIFY2(worst < 0.01, qPrintable(QStringLiteral("max relative difference %1").arg(worst)));

    if (part == QLatin1String("holdout")) {
      const std::vector<double> test(all.values.end() - h, all.values.end());
      const int m = all.seasonalPeriod();
      double scale = 0;
      for (int t = m; t < series.size(); ++t)
        scale += std::fabs(series.values[t] - series.values[t - m]);
      scale /= series.size() - m;
      double abs = 0;
      for (int i = 0; i < h; ++i)
        abs += std::fabs(test[i] - f.mean[i]);
      const double ours = abs / h / scale, theirs = r["mase"].toDouble();
      qInfo("%s hold-out %d: MASE %.4f, R %.4f", qPrintable(name), h, ours, theirs);
      QVERIFY(ours <= theirs * 1.01 + 1e-9);
    }
  }

  void cleanupTestCase() { qInfo("largest relative difference from R: %.2e", worstDiff); }

  void rejectsUnusableSeries() {
    TimeSeries s;
    s.code = QStringLiteral("s");
    s.start = QDate(2020, 1, 1);
    s.values = {1, 2, 3};
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ThetaModel().forecast(s, 3, {}, {}));
    s.values = {1, 2, 3, 4, 5, 6, 7, 8, std::nan("")};
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ThetaModel().forecast(s, 3, {}, {}));
    s.values = {1, 2, 3, 4, 5, 6, 7, 8};
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ThetaModel().forecast(s, 0, {}, {}));
  }

  void constantSeriesIsFlat() {
    TimeSeries s;
    s.start = QDate(2020, 1, 1);
    s.values.assign(40, 5.0);
    const ModelForecast f = ThetaModel().forecast(s, 6, {}, {});
    for (int i = 0; i < 6; ++i) {
      QCOMPARE(f.mean[i], 5.0);
      QCOMPARE(f.lo95[i], 5.0);
      QCOMPARE(f.hi95[i], 5.0);
    }
    QCOMPARE(f.details["seasonal"].toBool(), false);
  }
};

QTEST_GUILESS_MAIN(TestThetaModel)
#include "test_theta_model.moc"
