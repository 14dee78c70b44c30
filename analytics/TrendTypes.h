#pragma once
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <cmath>
#include <limits>
#include <optional>
#include <vector>

namespace epidesk {

enum class GeoLevel { Municipality, Uf, Region, Country };
enum class PeriodKind { Year, Month };
enum class Measure { Prescriptions, Units };

QString toString(GeoLevel v);
QString toString(PeriodKind v);
QString toString(Measure v);
std::optional<GeoLevel> geoLevelFromString(const QString &s);
std::optional<PeriodKind> periodKindFromString(const QString &s);
std::optional<Measure> measureFromString(const QString &s);

// One aggregated cell of the sales mart: what a data source returns for a
// filter, already summed over the matching active ingredients.
struct SalesCell {
  int period = 0;           // yyyymm
  int ufCode = 0;           // IBGE state code
  int municipalityCode = 0; // 7-digit IBGE code; 0 = name not matched (state level only)
  double prescriptions = 0; // number of sale records
  double units = 0;         // sum of QTD_VENDIDA
};

// What the analyst asks for. Plain struct with a JSON round-trip so the same
// request runs in-process or on the cluster. JSON keys: "ingredient_contains",
// "level" (municipality|uf|region|country), "period" (year|month), "from",
// "to" (years, 0/absent = open), "measure" (prescriptions|units), "per_1000".
struct TrendRequest {
  QString ingredientContains;
  GeoLevel level = GeoLevel::Uf;
  PeriodKind period = PeriodKind::Year;
  int fromYear = 0; // 0 = from the first year with data
  int toYear = 0;   // 0 = up to the last year with data
  Measure measure = Measure::Prescriptions;
  bool per1000 = false;

  QJsonObject toJson() const;
  // Returns std::nullopt and fills errors ("field: message") when invalid.
  static std::optional<TrendRequest> fromJson(const QJsonObject &json, QStringList *errors = nullptr);
  QStringList validate() const;
};

// Mann-Kendall / Kendall tau-b trend test of (period index, value).
struct TrendTest {
  int n = 0;
  double tau = std::numeric_limits<double>::quiet_NaN();
  double s = 0;    // Mann-Kendall S = concordant - discordant
  double varS = 0; // tie-corrected variance of S
  double z = std::numeric_limits<double>::quiet_NaN();
  double pValue = std::numeric_limits<double>::quiet_NaN();
  QString method; // "exact" | "asymptotic"
  double senSlope = std::numeric_limits<double>::quiet_NaN(); // per period step

  bool isSignificant(double alpha = 0.05) const { return std::isfinite(pValue) && pValue < alpha; }
  // {"n", "tau", "s", "var_s", "z", "p_value", "method", "sen_slope"}; NaN -> null
  QJsonObject toJson() const;
  static TrendTest fromJson(const QJsonObject &json);
};

struct SeriesPoint {
  QString period; // "2014" or "2014-03"
  double value = 0;
};

struct TrendResult {
  Measure measure = Measure::Prescriptions;
  bool per1000 = false;
  GeoLevel level = GeoLevel::Uf;
  PeriodKind period = PeriodKind::Year;
  QMap<QString, QString> names;                  // CODE -> display name
  QMap<QString, std::vector<SeriesPoint>> series; // CODE -> ordered points
  QMap<QString, TrendTest> trendTests;           // CODE -> test

  // {"measure", "per_1000", "level", "period", "names": {CODE: name},
  //  "series": {CODE: [{"period", "value"}]}, "trend_tests": {CODE: TrendTest}}
  QJsonObject toJson() const;
  static TrendResult fromJson(const QJsonObject &json);
};

} // namespace epidesk
