#pragma once
#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <optional>

namespace epidesk {

// One sample line of the Prometheus text exposition format (version 0.0.4):
// name{label="value",...} value [timestamp].
struct PrometheusSample {
  QByteArray name;
  QList<QPair<QByteArray, QByteArray>> labels; // in the order written, values unescaped
  double value = 0;

  QByteArray label(const QByteArray &key) const;
};

// A line that could not be read; the rest of the text is still parsed.
struct PrometheusParseError {
  int line = 0; // 1-based
  QString message;
};

// Parsed /metrics text. HELP/TYPE comments and blank lines are skipped;
// malformed lines are collected in errors(), never thrown.
class PrometheusText {
public:
  static PrometheusText parse(const QByteArray &text);

  const QList<PrometheusSample> &samples() const { return m_samples; }
  const QList<PrometheusParseError> &errors() const { return m_errors; }

  // The first sample called name whose labels include all of `labels`.
  std::optional<double> value(const QByteArray &name,
                              const QList<QPair<QByteArray, QByteArray>> &labels = {}) const;
  // Sum over every label set of name (e.g. all routes of a request counter).
  double total(const QByteArray &name) const;

private:
  QList<PrometheusSample> m_samples;
  QList<PrometheusParseError> m_errors;
};

// A Prometheus histogram: cumulative buckets by upper bound, +Inf last.
struct Histogram {
  struct Bucket {
    double le = 0; // upper bound (seconds); +inf for the last
    double count = 0;
  };
  QList<Bucket> buckets; // sorted by le
  double count = 0;
  double sum = 0;

  // The <base>_bucket / _sum / _count samples of `base`.
  static Histogram from(const PrometheusText &text, const QByteArray &base);
  std::optional<double> mean() const;
  // Estimated like PromQL's histogram_quantile: linear inside the bucket that
  // holds the rank; in the +Inf bucket, the largest finite bound.
  std::optional<double> quantile(double q) const;
};

// What the cluster monitor shows, from the server's /metrics.
struct ClusterSnapshot {
  qint64 workersAlive = 0;
  qint64 queued = 0;
  qint64 running = 0;
  qint64 succeeded = 0;
  qint64 failed = 0;
  qint64 cancelled = 0;
  qint64 resultsCached = 0;
  Histogram duration;  // run time of succeeded jobs
  QStringList missing; // metric names the text did not have

  static ClusterSnapshot fromMetrics(const PrometheusText &text);
  static ClusterSnapshot fromMetrics(const QByteArray &text) {
    return fromMetrics(PrometheusText::parse(text));
  }
  bool isComplete() const { return missing.isEmpty(); }
};

} // namespace epidesk
