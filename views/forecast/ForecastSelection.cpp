#include "forecast/ForecastSelection.h"

namespace epidesk {

TrendRequest ForecastSelection::trendRequest() const {
  TrendRequest r;
  r.ingredientContains = ingredient.trimmed();
  r.level = kind == DataKind::Municipality ? GeoLevel::Municipality : GeoLevel::Uf;
  r.period = PeriodKind::Month;
  r.measure = measure;
  r.per1000 = per1000;
  return r;
}

ForecastJobParams ForecastSelection::job(const ForecastRequest &request) const {
  ForecastJobParams job;
  job.query.request = request;
  job.query.selector = QStringLiteral("all");
  if (kind == DataKind::Districts)
    job.query.indicator = DistrictIndicator::fromId(indicator).value_or(DistrictIndicator());
  else
    job.series = trendRequest();
  return job;
}

QJsonObject ForecastSelection::toJson() const {
  if (kind == DataKind::Districts)
    return {{QStringLiteral("source"), QStringLiteral("districts")},
            {QStringLiteral("indicator"), indicator}};
  return {{QStringLiteral("source"), QStringLiteral("trends")},
          {QStringLiteral("series"), trendRequest().toJson()}};
}

std::optional<ForecastSelection> ForecastSelection::fromJson(const QJsonObject &json) {
  const QString source = json.value(QStringLiteral("source")).toString();
  ForecastSelection s;
  if (source == QLatin1String("districts")) {
    s.indicator = json.value(QStringLiteral("indicator")).toString();
    if (!DistrictIndicator::fromId(s.indicator))
      return std::nullopt;
    return s;
  }
  if (source != QLatin1String("trends"))
    return std::nullopt;
  const std::optional<TrendRequest> r =
      TrendRequest::fromJson(json.value(QStringLiteral("series")).toObject());
  if (!r || r->period != PeriodKind::Month ||
      (r->level != GeoLevel::Uf && r->level != GeoLevel::Municipality))
    return std::nullopt;
  s.kind = r->level == GeoLevel::Uf ? DataKind::Uf : DataKind::Municipality;
  s.ingredient = r->ingredientContains;
  s.measure = r->measure;
  s.per1000 = r->per1000;
  return s;
}

std::optional<ForecastSelection> ForecastSelection::fromJob(const ForecastJobParams &job) {
  return fromJson(job.toJson());
}

} // namespace epidesk
