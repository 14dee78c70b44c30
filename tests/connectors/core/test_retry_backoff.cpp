// RetryBackoff: the one back-off rule of the cluster client's polling, the
// worker's database retries and the dashboard's reconnection, with each
// caller's first delay, cap and jitter.
#include "ClusterClient.h"
#include "RetryBackoff.h"
#include <QSet>
#include <QtTest>

using epidesk::RetryBackoff;

class TestRetryBackoff : public QObject {
  Q_OBJECT

private slots:
  void doublesFromTheFirstDelayUpToTheCap() {
    RetryBackoff dashboard(1000, 30000); // the dashboard's reconnection: no jitter
    const QList<int> expected{1000, 2000, 4000, 8000, 16000, 30000, 30000};
    QList<int> got;
    for (int i = 0; i < expected.size(); ++i)
      got << dashboard.next();
    QCOMPARE(got, expected);
    QCOMPARE(dashboard.attempt(), expected.size());
    dashboard.reset(); // after a success: the first delay again
    QCOMPARE(dashboard.next(), 1000);
    QCOMPARE(dashboard.delayMs(-3), 1000);
    QCOMPARE(dashboard.delayMs(1000), 30000); // no overflow however long it failed
  }

  void capNeedNotBeAPowerOfTwoOfTheFirst() {
    RetryBackoff worker(500, 7500, 0.25); // the worker with a 15 s lease
    QList<int> middle;
    for (int attempt = 0; attempt < 6; ++attempt)
      middle << worker.delayMs(attempt, 0.5); // the jitter's midpoint: no spread
    QCOMPARE(middle, (QList<int>{500, 1000, 2000, 4000, 7500, 7500}));
  }

  void jitterSpreadsWithinItsFractionAndNeverAboveTheCap() {
    const RetryBackoff worker(500, 10000, 0.25);
    QCOMPARE(worker.delayMs(0, 0.0), 375);
    QCOMPARE(worker.delayMs(0, 1.0), 625);
    QCOMPARE(worker.delayMs(2, 0.0), 1500);
    QCOMPARE(worker.delayMs(8, 0.0), 7500);
    QCOMPARE(worker.delayMs(8, 0.99), 10000); // capped after the jitter too
    QSet<int> seen;
    for (int i = 0; i < 2000; ++i) {
      const int d = worker.delayMs(1);
      QVERIFY2(d >= 750 && d <= 1250, qPrintable(QString::number(d)));
      seen.insert(d);
    }
    QVERIFY(seen.size() > 50); // really random, not one fixed value
  }

  void clusterClientPollsWithTwentyPercentJitter() {
    for (int i = 0; i < 500; ++i) {
      const int first = epidesk::ClusterClient::backoffMs(0);
      QVERIFY2(first >= 400 && first <= 600, qPrintable(QString::number(first)));
      const int third = epidesk::ClusterClient::backoffMs(2, 50, 400);
      QVERIFY2(third >= 160 && third <= 240, qPrintable(QString::number(third)));
      const int late = epidesk::ClusterClient::backoffMs(20);
      QVERIFY2(late >= 24000 && late <= 30000, qPrintable(QString::number(late)));
    }
  }
};

QTEST_GUILESS_MAIN(TestRetryBackoff)
#include "test_retry_backoff.moc"
