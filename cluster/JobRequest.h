#pragma once
#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace epidesk {

// A computation submitted to the cluster: {"kind": ..., "params": {...}}.
// Identical requests (after canonicalisation) share one cached result, so the
// cache key is a hash of the canonical JSON, independent of key order.
struct JobRequest {
  QString kind;       // "trends" (forecast and relocation come later)
  QJsonObject params; // the kind's request struct as JSON

  QJsonObject toJson() const;
  static std::optional<JobRequest> fromJson(const QJsonObject &json, QStringList *errors);
  QByteArray canonicalJson() const;
  QByteArray cacheKey(const QString &dataVersion) const; // hex SHA-256
};

} // namespace epidesk
