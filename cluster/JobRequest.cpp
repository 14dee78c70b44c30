#include "JobRequest.h"
#include "DashboardDocument.h"
#include "ForecastParamSchema.h"
#include "JobLimits.h"
#include "PanelKinds.h"
#include "RelocationTypes.h"
#include "ScenarioValidator.h"
#include "TrendTypes.h"
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <atomic>
#include <cmath>

namespace epidesk {

namespace {
// QJsonDocument writes object keys sorted, so compact output is canonical
// once parameters are normalised through the request struct.
QByteArray compact(const QJsonObject &o) {
  return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// This file's messages, in one context that lupdate sees too.
class JobRequestText {
  Q_DECLARE_TR_FUNCTIONS(epidesk::JobRequest)
};

std::atomic<int> g_testKinds{-1}; // -1 = not yet read from the environment

void prefixed(const QString &prefix, const QStringList &in, QStringList *out) {
  for (const QString &e : in)
    *out << prefix + e;
}

QJsonObject validateTrends(const QJsonObject &params, QStringList *errs) {
  QStringList paramErrors;
  auto trend = TrendRequest::fromJson(params, &paramErrors);
  prefixed(QStringLiteral("params."), paramErrors, errs);
  return trend ? trend->toJson() : QJsonObject();
}

// {"scenario": RelocationScenario, "weights"?: RelocationWeights, "settings"?: SolverSettings};
// the scenario is validated (references, capacities, travel matrix) before it is queued.
QJsonObject validateRelocation(const QJsonObject &params, QStringList *errs) {
  QStringList partErrors;
  const auto scenario = RelocationScenario::fromJson(params.value("scenario").toObject(), &partErrors);
  prefixed(QStringLiteral("params.scenario."), partErrors, errs);
  if (!params.value("scenario").isObject())
    *errs << QStringLiteral("params.scenario: ") + JobRequestText::tr("must be an object");
  partErrors.clear();
  const auto weights = RelocationWeights::fromJson(params.value("weights").toObject(), &partErrors);
  prefixed(QStringLiteral("params.weights."), partErrors, errs);
  partErrors.clear();
  const auto settings = SolverSettings::fromJson(params.value("settings").toObject(), &partErrors);
  prefixed(QStringLiteral("params.settings."), partErrors, errs);
  // A remote job never names a path on the worker: the model file would be
  // written wherever the client says (../, symlinks).
  if (params.value("settings").toObject().contains(QLatin1String("write_model")))
    *errs << QStringLiteral("params.settings.write_model: ") +
                 JobRequestText::tr("not accepted on the cluster: a job cannot write files on a worker");
  if (!scenario || !weights || !settings)
    return {};
  for (const ScenarioIssue &issue : ScenarioValidator::validate(*scenario))
    *errs << QStringLiteral("params.scenario: ") + issue.toString();
  // The boundary file only draws the desktop's map; a worker never opens a
  // path a client names, so it is not part of the job.
  RelocationScenario job = *scenario;
  job.boundaries.clear();
  job.boundaryCodeProperty.clear();
  return {{"scenario", job.toJson()}, {"weights", weights->toJson()}, {"settings", settings->toJson()}};
}

// {"document": the .epidash JSON}: rendered to PDF on a worker against the
// worker's own data source. The document never names anything on the server:
// a store path is refused, the warehouse and cluster URLs are dropped (never
// opened), and relocation panels may not name a scenario file (workers have
// none to offer). The desktop's window layout does not change a render, so
// it is not part of the job (nor of its cache key).
QJsonObject validateDashboard(const QJsonObject &params, QStringList *errs) {
  const QJsonValue value = params.value(QLatin1String("document"));
  if (!value.isObject()) {
    *errs << QStringLiteral("params.document: ") +
                 JobRequestText::tr("must be an object (the .epidash document)");
    return {};
  }
  const QJsonObject json = value.toObject();
  const qsizetype bytes = compact(json).size();
  if (bytes > JobRequest::kMaxDashboardBytes) {
    *errs << QStringLiteral("params.document: ") +
                 JobRequestText::tr("%1 bytes, above this cluster's limit of %2 KiB for a dashboard document")
                     .arg(bytes)
                     .arg(JobRequest::kMaxDashboardBytes >> 10);
    return {};
  }
  const QJsonValue store = json.value(QLatin1String("source")).toObject().value(QLatin1String("store"));
  if (store.isString() && !store.toString().isEmpty()) {
    *errs << QStringLiteral("params.document.source.store: ") +
                 JobRequestText::tr("not accepted on the cluster: a job never names a path on the server; "
                                    "the worker renders against its own data source (leave source empty)");
    return {};
  }
  QString error;
  const auto document = DashboardDocument::fromJson(json, &error, DashboardDocument::SourceRule::Detached);
  if (!document) {
    *errs << QStringLiteral("params.document.") + error;
    return {};
  }
  for (size_t i = 0; i < document->panels.size(); ++i) {
    const PanelSpec &panel = document->panels[i];
    if (PanelKinds::family(panel.kind) == QLatin1String("relocation") &&
        !panel.params.value(QLatin1String("scenario")).toString().isEmpty())
      *errs << QStringLiteral("params.document.panels[%1].params.scenario: ").arg(i) +
                   JobRequestText::tr("not accepted on the cluster: a job never names a file on the server, "
                                      "and workers have no relocation scenarios of their own");
  }
  DashboardDocument job = *document;
  job.source = DashboardSource{}; // the worker's, whatever the document says
  job.windowState.clear();
  job.windowGeometry.clear();
  job.savedResults.clear(); // computed on another machine's data: the worker computes its own
  return {{"document", job.toJson()}};
}

QJsonObject validateSleep(const QJsonObject &params, QStringList *errs) {
  const QJsonValue ms = params.value(QLatin1String("ms"));
  double v = 0;
  if (!ms.isUndefined()) {
    if (!ms.isDouble() || ms.toDouble() < 0 || ms.toDouble() > 600000 ||
        ms.toDouble() != std::floor(ms.toDouble()))
      *errs << QStringLiteral("params.ms: ") + JobRequestText::tr("must be an integer from 0 to 600000");
    else
      v = ms.toDouble();
  }
  const QJsonValue tag = params.value(QLatin1String("tag"));
  if (!tag.isUndefined() && !tag.isString())
    *errs << QStringLiteral("params.tag: ") + JobRequestText::tr("must be a string");
  return {{"ms", qint64(v)}, {"tag", tag.toString()}};
}

// Test kinds for the worker's isolation: "crash" aborts the job's process,
// "alloc" allocates {"mb"} megabytes.
QJsonObject validateAlloc(const QJsonObject &params, QStringList *errs) {
  const QJsonValue mb = params.value(QLatin1String("mb"));
  if (!mb.isDouble() || mb.toDouble() < 0 || mb.toDouble() > 1048576 ||
      mb.toDouble() != std::floor(mb.toDouble()))
    *errs << QStringLiteral("params.mb: ") + JobRequestText::tr("must be an integer from 0 to 1048576");
  return {{"mb", qint64(mb.toDouble())}, {"tag", params.value(QLatin1String("tag")).toString()}};
}
} // namespace

QJsonObject JobRequest::toJson() const {
  return {{"kind", kind}, {"params", params}};
}

QStringList JobRequest::kinds() {
  QStringList k{QStringLiteral("trends"), QStringLiteral("forecast"), QStringLiteral("relocation"),
                QStringLiteral("dashboard")};
  if (testKindsEnabled())
    k << QStringLiteral("sleep") << QStringLiteral("crash") << QStringLiteral("alloc");
  return k;
}

bool JobRequest::testKindsEnabled() {
  int v = g_testKinds.load();
  if (v < 0) {
    v = qEnvironmentVariableIntValue("EPIDESK_CLUSTER_TEST_KINDS") == 1 ? 1 : 0;
    g_testKinds.store(v);
  }
  return v == 1;
}

void JobRequest::setTestKindsEnabled(bool on) {
  g_testKinds.store(on ? 1 : 0);
}

std::optional<JobRequest> JobRequest::fromJson(const QJsonObject &json, QStringList *errors) {
  QStringList errs;
  JobRequest r;
  if (!json.value("kind").isString())
    errs << QStringLiteral("kind: ") + JobRequestText::tr("must be a string");
  else
    r.kind = json.value("kind").toString();
  if (!json.value("params").isObject())
    errs << QStringLiteral("params: ") + JobRequestText::tr("must be an object");
  if (errs.isEmpty()) {
    const QJsonObject params = json.value("params").toObject();
    if (r.kind == QLatin1String("trends"))
      r.params = validateTrends(params, &errs);
    else if (r.kind == QLatin1String("forecast"))
      r.params = ForecastParamSchema::normalise(params, &errs);
    else if (r.kind == QLatin1String("relocation"))
      r.params = validateRelocation(params, &errs);
    else if (r.kind == QLatin1String("dashboard"))
      r.params = validateDashboard(params, &errs);
    else if (r.kind == QLatin1String("sleep") && testKindsEnabled())
      r.params = validateSleep(params, &errs);
    else if (r.kind == QLatin1String("crash") && testKindsEnabled())
      r.params = {{"tag", params.value(QLatin1String("tag")).toString()}};
    else if (r.kind == QLatin1String("alloc") && testKindsEnabled())
      r.params = validateAlloc(params, &errs);
    else
      errs << QStringLiteral("kind: ") + JobRequestText::tr("unknown job kind '%1' (one of %2)")
                                             .arg(r.kind, kinds().join(QStringLiteral(", ")));
    if (errs.isEmpty())
      errs << JobLimits::current().check(r.kind, r.params);
  }
  if (errors)
    *errors = errs;
  if (!errs.isEmpty())
    return std::nullopt;
  return r;
}

std::optional<JobRequest> JobRequest::fromJson(const QJsonObject &json, QList<FieldError> *errors) {
  QStringList errs;
  auto r = fromJson(json, &errs);
  if (errors) {
    errors->clear();
    for (const QString &e : errs) {
      const qsizetype colon = e.indexOf(QStringLiteral(": "));
      if (colon < 0)
        errors->append({QString(), e});
      else
        errors->append({e.left(colon), e.mid(colon + 2)});
    }
  }
  return r;
}

QByteArray JobRequest::canonicalJson() const {
  return compact(toJson());
}

QByteArray JobRequest::cacheKey(const QString &dataVersion) const {
  QCryptographicHash h(QCryptographicHash::Sha256);
  h.addData(canonicalJson());
  h.addData(QByteArrayView("\n"));
  h.addData(dataVersion.toUtf8());
  return h.result().toHex();
}

} // namespace epidesk
