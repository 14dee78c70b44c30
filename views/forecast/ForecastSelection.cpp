#include "forecast/ForecastSelection.h"
#include <QCoreApplication>

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

// The names keep the forecast tab's translation context (they were its own).
QString ForecastSelection::districtIndicatorName(const QString &indicator) {
  // In DistrictIndicator::ids() order.
  const QString names[] = {
      QCoreApplication::translate("epidesk::ForecastPanelWidget", "New cases"),
      QCoreApplication::translate("epidesk::ForecastPanelWidget", "New cases, 7-day mean"),
      QCoreApplication::translate("epidesk::ForecastPanelWidget", "New cases, weekly totals"),
      QCoreApplication::translate("epidesk::ForecastPanelWidget", "Deaths"),
      QCoreApplication::translate("epidesk::ForecastPanelWidget", "Deaths, 7-day mean"),
      QCoreApplication::translate("epidesk::ForecastPanelWidget", "Deaths, weekly totals")};
  const int i = int(DistrictIndicator::ids().indexOf(indicator));
  return i >= 0 && i < int(std::size(names)) ? names[i] : indicator;
}

QString ForecastSelection::measureName(Measure measure) {
  return measure == Measure::Units
             ? QCoreApplication::translate("epidesk::ForecastPanelWidget", "Units sold")
             : QCoreApplication::translate("epidesk::ForecastPanelWidget", "Prescriptions");
}

QString ForecastSelection::indicatorName() const {
  return indicatorName(job(ForecastRequest{}));
}

QString ForecastSelection::indicatorName(const ForecastJobParams &job) {
  if (job.fromDistricts())
    return districtIndicatorName(job.query.indicator.id());
  const TrendRequest &series = *job.series;
  const QString name = measureName(series.measure);
  const QString value =
      series.per1000
          ? QCoreApplication::translate("epidesk::ForecastPanelWidget", "%1 per 1,000 inhabitants").arg(name)
          : name;
  return series.ingredientContains.isEmpty()
             ? value
             : QCoreApplication::translate("epidesk::ForecastPanelWidget", "%1 (%2)")
                   .arg(value, series.ingredientContains);
}

std::optional<ForecastSelection> ForecastSelection::fromJob(const ForecastJobParams &job) {
  return fromJson(job.toJson());
}

} // namespace epidesk
