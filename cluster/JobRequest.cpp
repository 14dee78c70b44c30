#include "JobRequest.h"
#include "TrendTypes.h"
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace epidesk {

namespace {
// QJsonDocument writes object keys sorted, so compact output is canonical
// once parameters are normalised through the request struct.
QByteArray compact(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }
} // namespace

QJsonObject JobRequest::toJson() const { return {{"kind", kind}, {"params", params}}; }

std::optional<JobRequest> JobRequest::fromJson(const QJsonObject &json, QStringList *errors) {
  QStringList errs;
  JobRequest r;
  if (!json.value("kind").isString())
    errs << QStringLiteral("kind: must be a string");
  else
    r.kind = json.value("kind").toString();
  if (!json.value("params").isObject())
    errs << QStringLiteral("params: must be an object");
  if (errs.isEmpty()) {
    if (r.kind == QLatin1String("trends")) {
      QStringList paramErrors;
      auto trend = TrendRequest::fromJson(json.value("params").toObject(), &paramErrors);
      for (const QString &e : paramErrors)
        errs << QStringLiteral("params.") + e;
      if (trend)
        r.params = trend->toJson(); // normalised: defaults filled in
    } else {
      errs << QStringLiteral("kind: unknown job kind '%1'").arg(r.kind);
    }
  }
  if (errors)
    *errors = errs;
  if (!errs.isEmpty())
    return std::nullopt;
  return r;
}

QByteArray JobRequest::canonicalJson() const { return compact(toJson()); }

QByteArray JobRequest::cacheKey(const QString &dataVersion) const {
  QCryptographicHash h(QCryptographicHash::Sha256);
  h.addData(canonicalJson());
  h.addData(QByteArrayView("\n"));
  h.addData(dataVersion.toUtf8());
  return h.result().toHex();
}

} // namespace epidesk
