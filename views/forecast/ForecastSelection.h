#pragma once
#include "ForecastParamSchema.h"
#include "TrendTypes.h"
#include <QJsonObject>
#include <QString>
#include <optional>

namespace epidesk {

// What the forecast tab forecasts, without its widgets: Poland's daily
// COVID-19 series per powiat (an indicator), or Brazil's monthly
// prescriptions per UF or municipality (ingredient, measure, per 1,000).
// Written as the data part of a forecast job's params (ForecastJobParams),
// so the tab, the cluster and a reopened result agree on it.
struct ForecastSelection {
  enum class DataKind { Districts, Uf, Municipality };
  DataKind kind = DataKind::Districts;
  QString indicator = DistrictIndicator().id(); // Districts: a DistrictIndicator id
  QString ingredient;                           // Uf, Municipality: part of the ingredient's name
  Measure measure = Measure::Prescriptions;
  bool per1000 = false;

  // The Brazilian series (monthly, UF or municipality level).
  TrendRequest trendRequest() const;
  // {"source":"districts","indicator":...} or {"source":"trends","series":{TrendRequest}}.
  QJsonObject toJson() const;
  // nullopt when the object is no selection the tab can show (an unknown
  // indicator, a trends request that is not monthly per UF or municipality).
  static std::optional<ForecastSelection> fromJson(const QJsonObject &json);
  // The same from a job's decoded params.
  static std::optional<ForecastSelection> fromJob(const ForecastJobParams &job);

  // The job "Forecast all" sends: this data, the request, every series.
  ForecastJobParams job(const ForecastRequest &request) const;

  // What the map legend, the chart's value axis and the report call the
  // values ("New cases", "Prescriptions per 1,000 inhabitants (amoxicilina)").
  QString indicatorName() const;
  // The same for any job's data (also trends series the tab does not offer).
  static QString indicatorName(const ForecastJobParams &job);
  // The name of a DistrictIndicator id ("New cases, 7-day mean"); the id when unknown.
  static QString districtIndicatorName(const QString &indicator);
  static QString measureName(Measure measure); // "Prescriptions", "Units sold"
};

} // namespace epidesk
