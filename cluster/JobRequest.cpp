#include "JobRequest.h"
#include "DistrictSeriesStore.h"
#include "ForecastTypes.h"
#include "JobLimits.h"
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

// A series selector in canonical form: items trimmed, sorted, without
// duplicates, "all" in lower case (ForecastService::select gives the same
// series and errors for any order); empty = "all". nullopt for an empty item.
std::optional<QString> canonicalSelector(const QStringList &items) {
  QStringList out;
  for (QString item : items) {
    item = item.trimmed();
    if (item.isEmpty())
      return std::nullopt;
    out << (item.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0 ? QStringLiteral("all") : item);
  }
  out.sort();
  out.removeDuplicates();
  return out.isEmpty() ? QStringLiteral("all") : out.join(QLatin1Char(','));
}

// ForecastRequest JSON plus where the series come from:
//   "source": "trends" (default) with "series": TrendRequest JSON, or
//   "districts" with "indicator": a DistrictIndicator id ("cases" (default),
//   "deaths", "cases_mean7", "deaths_weekly", ...);
//   "as_of" (ForecastRequest: a forecast origin, YYYY-MM-DD, absent = latest);
//   "selector": ForecastQuery.selector (default "all"), or the legacy
//   "codes": [CODE], which becomes a comma selector.
QJsonObject validateForecast(const QJsonObject &params, QStringList *errs) {
  QStringList forecastErrors;
  auto forecast = ForecastRequest::fromJson(params, &forecastErrors);
  prefixed(QStringLiteral("params."), forecastErrors, errs);
  QJsonObject out;
  if (forecast)
    out = forecast->toJson();

  const QJsonValue source = params.value(QLatin1String("source"));
  const QString sourceName = source.isUndefined() ? QStringLiteral("trends") : source.toString();
  if (sourceName == QLatin1String("trends")) {
    const QJsonValue series = params.value(QLatin1String("series"));
    if (!series.isObject()) {
      *errs << QStringLiteral("params.series: ") + JobRequestText::tr("must be an object (a trends request)");
    } else {
      QStringList seriesErrors;
      auto trend = TrendRequest::fromJson(series.toObject(), &seriesErrors);
      prefixed(QStringLiteral("params.series."), seriesErrors, errs);
      if (trend)
        out.insert(QStringLiteral("series"), trend->toJson());
    }
  } else if (sourceName == QLatin1String("districts")) {
    const QJsonValue indicator = params.value(QLatin1String("indicator"));
    const QString indicatorName = indicator.isUndefined() ? QStringLiteral("cases") : indicator.toString();
    if (!DistrictIndicator::fromId(indicatorName))
      *errs << QStringLiteral("params.indicator: ") +
                   JobRequestText::tr("must be one of %1")
                       .arg(DistrictIndicator::ids().join(QStringLiteral(", ")));
    else
      out.insert(QStringLiteral("indicator"), indicatorName);
  } else {
    *errs << QStringLiteral("params.source: ") + JobRequestText::tr("must be \"trends\" or \"districts\"");
  }
  out.insert(QStringLiteral("source"), sourceName);

  const QJsonValue selector = params.value(QLatin1String("selector"));
  const QJsonValue codes = params.value(QLatin1String("codes"));
  const bool hasSelector = !selector.isUndefined() && !selector.isNull();
  const bool hasCodes = !codes.isUndefined() && !codes.isNull();
  std::optional<QString> canonical = QStringLiteral("all");
  if (hasSelector && hasCodes) {
    *errs << QStringLiteral("params.codes: ") + JobRequestText::tr("give either selector or codes, not both");
  } else if (hasSelector) {
    const QString text = selector.toString().trimmed();
    if (!selector.isString())
      canonical = std::nullopt;
    else if (!text.isEmpty()) // empty: all, as in ForecastService::select
      canonical = canonicalSelector(text.split(QLatin1Char(',')));
    if (!canonical)
      *errs << QStringLiteral("params.selector: ") +
                   JobRequestText::tr("must be \"all\", a code, a prefix (02*) or a comma list of those");
  } else if (hasCodes) {
    bool ok = codes.isArray();
    QStringList list;
    for (const QJsonValue &c : codes.toArray()) {
      ok =
          ok && c.isString() && !c.toString().trimmed().isEmpty() && !c.toString().contains(QLatin1Char(','));
      list << c.toString();
    }
    canonical = ok ? canonicalSelector(list) : std::nullopt;
    if (!canonical)
      *errs << QStringLiteral("params.codes: ") + JobRequestText::tr("must be an array of non-empty strings");
  }
  if (canonical)
    out.insert(QStringLiteral("selector"), *canonical);
  return out;
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
  QStringList k{QStringLiteral("trends"), QStringLiteral("forecast"), QStringLiteral("relocation")};
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
      r.params = validateForecast(params, &errs);
    else if (r.kind == QLatin1String("relocation"))
      r.params = validateRelocation(params, &errs);
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
