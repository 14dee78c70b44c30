#pragma once
#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace epidesk {

// One field-level validation error, as returned in 422 bodies.
struct FieldError {
  QString field; // dotted path, e.g. "params.level"
  QString message;
  QJsonObject toJson() const { return {{"field", field}, {"message", message}}; }
};

// A computation submitted to the cluster: {"kind": ..., "params": {...}}.
// Identical requests (after canonicalisation) share one cached result, so the
// cache key is a hash of the canonical JSON, independent of key order.
//
// Kinds: "trends" (params = TrendRequest JSON), "forecast" (params as
// ForecastParamSchema describes and normalises them: ForecastRequest JSON
// plus where the series come from and which), "relocation", "dashboard"
// ({"document": .epidash JSON}, rendered to PDF against the worker's data
// source; the PDF is the job's artifact "report.pdf"), and, only when test kinds are enabled
// (EPIDESK_CLUSTER_TEST_KINDS=1), "sleep" ({"ms", "tag"}) for tests and
// benchmarks of the queue itself, "crash" ({"tag"}: aborts) and "alloc"
// ({"mb", "tag"}) for the worker's job isolation and limits.
struct JobRequest {
  // Largest dashboard document a job may carry (its compact JSON).
  static constexpr qsizetype kMaxDashboardBytes = 512 << 10;

  QString kind;
  QJsonObject params; // normalised: defaults filled in, unknown keys dropped

  QJsonObject toJson() const;
  static std::optional<JobRequest> fromJson(const QJsonObject &json, QStringList *errors);
  // Same validation with the errors split into field and message.
  static std::optional<JobRequest> fromJson(const QJsonObject &json, QList<FieldError> *errors);
  QByteArray canonicalJson() const;
  QByteArray cacheKey(const QString &dataVersion) const; // hex SHA-256

  static QStringList kinds();
  static bool testKindsEnabled();
  static void setTestKindsEnabled(bool on); // default: from EPIDESK_CLUSTER_TEST_KINDS
};

} // namespace epidesk
