// PrometheusText / ClusterSnapshot on text rendered by the server's own
// MetricsRegistry (so a renamed metric breaks this test, not the monitor in
// the field) and on malformed input.
#include "JobStore.h"
#include "MetricsRegistry.h"
#include "PrometheusText.h"
#include <QtTest>
#include <cmath>

using namespace epidesk;

class TestPrometheusText : public QObject {
  Q_OBJECT

  static JobStats sampleStats() {
    JobStats s;
    s.queued = 7;
    s.running = 3;
    s.succeeded = 40;
    s.failed = 2;
    s.cancelled = 1;
    s.workersAlive = 4;
    s.results = 38;
    // 40 durations: 10 <= 0.5 s, 30 <= 1 s, 38 <= 5 s, 40 <= 10 s.
    s.durationBuckets = {{0.5, 10}, {1, 30}, {5, 38}, {10, 40}};
    s.durationCount = 40;
    s.durationSum = 60;
    return s;
  }

private slots:
  void snapshotFromRealRegistry() {
    MetricsRegistry registry;
    registry.countRequest("jobs", 200);
    registry.countRequest("jobs", 200);
    registry.countRequest("health", 503);
    const QByteArray text = registry.render(sampleStats());
    const PrometheusText parsed = PrometheusText::parse(text);
    QVERIFY2(parsed.errors().isEmpty(), qPrintable(parsed.errors().value(0).message));

    const ClusterSnapshot s = ClusterSnapshot::fromMetrics(parsed);
    QVERIFY2(s.isComplete(), qPrintable(s.missing.join(',')));
    QCOMPARE(s.queued, 7);
    QCOMPARE(s.running, 3);
    QCOMPARE(s.succeeded, 40);
    QCOMPARE(s.failed, 2);
    QCOMPARE(s.cancelled, 1);
    QCOMPARE(s.workersAlive, 4);
    QCOMPARE(s.resultsCached, 38);
    QCOMPARE(s.duration.count, 40.0);
    QCOMPARE(s.duration.sum, 60.0);
    QCOMPARE(s.duration.buckets.size(), 5); // four bounds and +Inf
    QVERIFY(std::isinf(s.duration.buckets.last().le));
    QCOMPARE(*s.duration.mean(), 1.5);
    // p50: rank 20 lies in (0.5, 1], 10 of its 20 jobs in: 0.75 s.
    QCOMPARE(*s.duration.quantile(0.5), 0.75);
    // p95: rank 38 is exactly the 5 s bound.
    QCOMPARE(*s.duration.quantile(0.95), 5.0);

    // Labelled counters: by label, and summed.
    QCOMPARE(*parsed.value("epidesk_http_requests_total", {{"route", "jobs"}, {"code", "200"}}), 2.0);
    QCOMPARE(*parsed.value("epidesk_http_requests_total", {{"code", "503"}}), 1.0);
    QVERIFY(!parsed.value("epidesk_http_requests_total", {{"route", "nowhere"}}));
    QCOMPARE(parsed.total("epidesk_http_requests_total"), 3.0);
  }

  void emptyHistogramHasNoMeanOrQuantile() {
    const ClusterSnapshot s = ClusterSnapshot::fromMetrics(MetricsRegistry().render(JobStats{}));
    QVERIFY(s.isComplete());
    QCOMPARE(s.duration.count, 0.0);
    QVERIFY(!s.duration.mean());
    QVERIFY(!s.duration.quantile(0.95));
  }

  void quantileInInfBucketIsLargestBound() {
    const PrometheusText t = PrometheusText::parse("d_bucket{le=\"1\"} 1\n"
                                                   "d_bucket{le=\"+Inf\"} 10\n"
                                                   "d_sum 100\nd_count 10\n");
    const Histogram h = Histogram::from(t, "d");
    QCOMPARE(*h.quantile(0.95), 1.0);
    QCOMPARE(*h.quantile(0.05), 0.5);
  }

  void labelsEscapesAndTimestamps() {
    const PrometheusText t =
        PrometheusText::parse("# HELP x Something \"quoted\".\n"
                              "# TYPE x counter\r\n"
                              "x{path=\"a\\\"b\\\\c\\nd\",code=\"200\",} 12 1700000000000\r\n"
                              "  y   NaN\n"
                              "z -Inf\n"
                              "w 1.5e3\n");
    QVERIFY2(t.errors().isEmpty(), qPrintable(t.errors().value(0).message));
    QCOMPARE(t.samples().size(), 4);
    QCOMPARE(t.samples()[0].label("path"), QByteArray("a\"b\\c\nd"));
    QCOMPARE(t.samples()[0].value, 12.0);
    QVERIFY(std::isnan(*t.value("y")));
    QVERIFY(std::isinf(*t.value("z")) && *t.value("z") < 0);
    QCOMPARE(*t.value("w"), 1500.0);
  }

  void malformedLinesAreReportedNotFatal() {
    const QByteArray text = "epidesk_jobs_queued 5\n"
                            "9bad 1\n"                       // 2: name
                            "m{le=\"1\" 3\n"                 // 3: no closing brace
                            "m{le=\"1} 3\n"                  // 4: unterminated value
                            "m{=\"1\"} 3\n"                  // 5: empty label name
                            "m abc\n"                        // 6: value
                            "m\n"                            // 7: value missing
                            "m 1 2 3\n"                      // 8: trailing text
                            "m 1 notatime\n"                 // 9: bad timestamp
                            "{\n"                            // 10
                            + QByteArray(100000, '{') + "\n" // 11: long garbage
                            + QByteArray("\0\xff\xfe", 3) +
                            "\n" // 12: binary
                            "epidesk_workers_alive 2\n";
    const PrometheusText t = PrometheusText::parse(text);
    QCOMPARE(t.samples().size(), 2);
    QList<int> lines;
    for (const PrometheusParseError &e : t.errors()) {
      QVERIFY(!e.message.isEmpty());
      lines << e.line;
    }
    QCOMPARE(lines, (QList<int>{2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}));
    const ClusterSnapshot s = ClusterSnapshot::fromMetrics(t);
    QCOMPARE(s.queued, 5);
    QCOMPARE(s.workersAlive, 2);
    QVERIFY(!s.isComplete());
    QVERIFY(s.missing.contains("epidesk_jobs_running"));
  }

  void notMetricsAtAll() {
    // e.g. an HTML error page from a proxy.
    const ClusterSnapshot s = ClusterSnapshot::fromMetrics(QByteArray("<html><body>502</body></html>"));
    QVERIFY(!s.isComplete());
    QCOMPARE(s.missing.size(), 8);
  }
};

QTEST_APPLESS_MAIN(TestPrometheusText)
#include "test_prometheus_text.moc"
