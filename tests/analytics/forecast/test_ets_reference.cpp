// ETS against R forecast::ets (data/ets_reference.json, from
// data/make_ets_reference.R: ets(y) with all defaults, forecast(fit, h,
// level = c(80, 95)), R 4.2 / forecast 8.20) on every monthly and quarterly
// series of ../shared/data/series.
//
// Tolerances: the fitting code follows R's step by step (same initial states,
// same Nelder-Mead, same bounds), so the selected form must be R's, AICc within
// 0.1 % and point forecasts and 80/95 % bounds within 1 % of R's (relative to
// the forecast's magnitude). When last compared, all 15 forms were identical
// and the largest differences were ~1e-6 relative; the slack covers
// floating-point differences between compilers. Hold-out (last 12 monthly / 8
// quarterly) MASE is printed and must not be worse than R's by more than 1 %.
#include "Backtest.h"
#include "EtsModel.h"
#include "SeriesCsvReader.h"
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
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
  double worst = 0;
  for (size_t i = 0; i < a.size(); ++i)
    worst = std::max(worst, std::fabs(a[i] - b[i]) / magnitude);
  return worst;
}
} // namespace

class TestEtsReference : public QObject {
  Q_OBJECT
  QJsonObject reference;

private slots:
  void initTestCase() {
    QFile f(QStringLiteral(EPIDESK_TEST_DATA_DIR "/ets_reference.json"));
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
    const QString dir = qEnvironmentVariable("EPIDESK_SHARED_DIR", QStringLiteral(EPIDESK_SHARED_DIR));
    const TimeSeries all = SeriesCsvReader::read(dir + "/data/series/" + name + ".csv");
    const QJsonObject r = reference[name].toObject()[part].toObject();
    const int h = r["h"].toInt();
    TimeSeries series = all;
    series.values.resize(size_t(r["n"].toInt()));

    const ModelForecast f = EtsModel().forecast(series, h, {}, {});
    QCOMPARE(f.details["form"].toString(), r["method"].toString());
    const double aicc = f.details["aicc"].toDouble(), rAicc = r["aicc"].toDouble();
    QVERIFY2(std::fabs(aicc - rAicc) <= 1e-3 * std::fabs(rAicc),
             qPrintable(QStringLiteral("AICc %1 vs R %2").arg(aicc).arg(rAicc)));

    const std::vector<double> mean = doubles(r["mean"]);
    double magnitude = 0;
    for (double v : mean)
      magnitude = std::max(magnitude, std::fabs(v));
    QVERIFY(maxRelDiff(f.mean, mean, magnitude) < 0.01);
    QVERIFY(maxRelDiff(f.lo80, doubles(r["lo80"]), magnitude) < 0.01);
    QVERIFY(maxRelDiff(f.hi80, doubles(r["hi80"]), magnitude) < 0.01);
    QVERIFY(maxRelDiff(f.lo95, doubles(r["lo95"]), magnitude) < 0.01);
    QVERIFY(maxRelDiff(f.hi95, doubles(r["hi95"]), magnitude) < 0.01);

    if (part == QLatin1String("holdout")) {
      const std::vector<double> test(all.values.end() - h, all.values.end());
      const int m = all.seasonalPeriod();
      auto mase = [&](const std::vector<double> &fc) {
        double abs = 0;
        for (int i = 0; i < h; ++i)
          abs += std::fabs(test[i] - fc[i]);
        return abs / h / maseScale(series.values, m);
      };
      const double ours = mase(f.mean), theirs = mase(mean);
      qInfo("%s hold-out %d: %s MASE %.4f, R %s MASE %.4f", qPrintable(name), h,
            qPrintable(f.details["form"].toString()), ours, qPrintable(r["method"].toString()), theirs);
      QVERIFY(ours <= theirs * 1.01 + 1e-9);
    }
  }
};

QTEST_GUILESS_MAIN(TestEtsReference)
#include "test_ets_reference.moc"
