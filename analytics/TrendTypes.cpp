#include "TrendTypes.h"
#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>
#include <utility>

namespace epidesk {

namespace {

// One table per enum: the JSON/CLI spelling of every value, in display order.
constexpr std::pair<GeoLevel, const char *> kGeoLevels[] = {{GeoLevel::Municipality, "municipality"},
                                                            {GeoLevel::Uf, "uf"},
                                                            {GeoLevel::Region, "region"},
                                                            {GeoLevel::Country, "country"}};
constexpr std::pair<PeriodKind, const char *> kPeriodKinds[] = {{PeriodKind::Year, "year"},
                                                                {PeriodKind::Month, "month"}};
constexpr std::pair<Measure, const char *> kMeasures[] = {{Measure::Prescriptions, "prescriptions"},
                                                          {Measure::Units, "units"}};

template <typename E, size_t N> QString nameOf(const std::pair<E, const char *> (&table)[N], E value) {
  for (const auto &entry : table)
    if (entry.first == value)
      return QString::fromLatin1(entry.second);
  return {};
}

template <typename E, size_t N>
std::optional<E> valueOf(const std::pair<E, const char *> (&table)[N], const QString &name) {
  for (const auto &entry : table)
    if (name == QLatin1String(entry.second))
      return entry.first;
  return std::nullopt;
}

template <typename E, size_t N> QString allNames(const std::pair<E, const char *> (&table)[N]) {
  QStringList names;
  for (const auto &entry : table)
    names << QString::fromLatin1(entry.second);
  return names.join(QStringLiteral(", "));
}

constexpr int kMinYear = 1900;
constexpr int kMaxYear = 2100;

// "field: message" with the field name kept verbatim (it is a JSON key).
QString fieldError(const char *field, const QString &message) {
  return QStringLiteral("%1: %2").arg(QLatin1String(field), message);
}

template <typename E, size_t N>
QString notOneOfError(const char *field, const std::pair<E, const char *> (&table)[N]) {
  return fieldError(
      field, QCoreApplication::translate("epidesk::TrendRequest", "must be one of %1").arg(allNames(table)));
}

QString yearRangeError(const char *field) {
  return fieldError(field,
                    QCoreApplication::translate("epidesk::TrendRequest", "must be a year between %1 and %2")
                        .arg(kMinYear)
                        .arg(kMaxYear));
}

// Reads an enum-valued key; absent or null keeps the default.
template <typename E, size_t N>
void readEnum(const QJsonObject &json, const char *key, const std::pair<E, const char *> (&table)[N], E *out,
              QStringList *errors) {
  const QJsonValue v = json.value(QLatin1String(key));
  if (v.isUndefined() || v.isNull())
    return;
  const std::optional<E> parsed = v.isString() ? valueOf(table, v.toString()) : std::nullopt;
  if (parsed)
    *out = *parsed;
  else
    errors->append(notOneOfError(key, table));
}

// Reads a year key; absent or null keeps 0 (open). Range checks are validate()'s job,
// so integral values are only clamped (staying out of range) before the int cast.
void readYear(const QJsonObject &json, const char *key, int *out, QStringList *errors) {
  const QJsonValue v = json.value(QLatin1String(key));
  if (v.isUndefined() || v.isNull())
    return;
  if (!v.isDouble()) {
    errors->append(fieldError(key, QCoreApplication::translate("epidesk::TrendRequest", "must be a number")));
    return;
  }
  const double d = v.toDouble();
  if (d != std::floor(d)) // also NaN
    errors->append(yearRangeError(key));
  else
    *out = d == 0 ? 0 : int(std::clamp(d, double(kMinYear - 1), double(kMaxYear + 1)));
}

bool yearInRange(int year) {
  return year == 0 || (year >= kMinYear && year <= kMaxYear);
}

QJsonValue numberOrNull(double v) {
  return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

double numberOrNaN(const QJsonValue &v) {
  return v.isDouble() ? v.toDouble() : std::numeric_limits<double>::quiet_NaN();
}

} // namespace

QString toString(GeoLevel v) {
  return nameOf(kGeoLevels, v);
}
QString toString(PeriodKind v) {
  return nameOf(kPeriodKinds, v);
}
QString toString(Measure v) {
  return nameOf(kMeasures, v);
}
std::optional<GeoLevel> geoLevelFromString(const QString &s) {
  return valueOf(kGeoLevels, s);
}
std::optional<PeriodKind> periodKindFromString(const QString &s) {
  return valueOf(kPeriodKinds, s);
}
std::optional<Measure> measureFromString(const QString &s) {
  return valueOf(kMeasures, s);
}

// ---------------------------------------------------------------------------- TrendRequest

QJsonObject TrendRequest::toJson() const {
  return QJsonObject{{"ingredient_contains", ingredientContains},
                     {"level", toString(level)},
                     {"period", toString(period)},
                     {"from", fromYear},
                     {"to", toYear},
                     {"measure", toString(measure)},
                     {"per_1000", per1000}};
}

std::optional<TrendRequest> TrendRequest::fromJson(const QJsonObject &json, QStringList *errors) {
  TrendRequest r;
  QStringList errs;

  const QJsonValue ingredient = json.value(QLatin1String("ingredient_contains"));
  if (ingredient.isString())
    r.ingredientContains = ingredient.toString();
  else if (!ingredient.isUndefined() && !ingredient.isNull())
    errs.append(fieldError("ingredient_contains",
                           QCoreApplication::translate("epidesk::TrendRequest", "must be a string")));

  readEnum(json, "level", kGeoLevels, &r.level, &errs);
  readEnum(json, "period", kPeriodKinds, &r.period, &errs);
  readEnum(json, "measure", kMeasures, &r.measure, &errs);
  readYear(json, "from", &r.fromYear, &errs);
  readYear(json, "to", &r.toYear, &errs);

  const QJsonValue per1000 = json.value(QLatin1String("per_1000"));
  if (per1000.isBool())
    r.per1000 = per1000.toBool();
  else if (!per1000.isUndefined() && !per1000.isNull())
    errs.append(fieldError("per_1000",
                           QCoreApplication::translate("epidesk::TrendRequest", "must be true or false")));

  errs.append(r.validate());

  if (errors)
    *errors = errs;
  if (!errs.isEmpty())
    return std::nullopt;
  return r;
}

QStringList TrendRequest::validate() const {
  QStringList errs;
  if (!yearInRange(fromYear))
    errs.append(yearRangeError("from"));
  if (!yearInRange(toYear))
    errs.append(yearRangeError("to"));
  if (fromYear != 0 && toYear != 0 && yearInRange(fromYear) && yearInRange(toYear) && toYear < fromYear)
    errs.append(
        fieldError("to", QCoreApplication::translate("epidesk::TrendRequest", "must not be before from")));
  if (toString(level).isEmpty())
    errs.append(notOneOfError("level", kGeoLevels));
  if (toString(period).isEmpty())
    errs.append(notOneOfError("period", kPeriodKinds));
  if (toString(measure).isEmpty())
    errs.append(notOneOfError("measure", kMeasures));
  return errs;
}

// ---------------------------------------------------------------------------- TrendTest

QJsonObject TrendTest::toJson() const {
  return QJsonObject{{"n", n},
                     {"tau", numberOrNull(tau)},
                     {"s", numberOrNull(s)},
                     {"var_s", numberOrNull(varS)},
                     {"z", numberOrNull(z)},
                     {"p_value", numberOrNull(pValue)},
                     {"method", method},
                     {"sen_slope", numberOrNull(senSlope)}};
}

TrendTest TrendTest::fromJson(const QJsonObject &json) {
  TrendTest t;
  t.n = json.value(QLatin1String("n")).toInt();
  t.tau = numberOrNaN(json.value(QLatin1String("tau")));
  t.s = numberOrNaN(json.value(QLatin1String("s")));
  t.varS = numberOrNaN(json.value(QLatin1String("var_s")));
  t.z = numberOrNaN(json.value(QLatin1String("z")));
  t.pValue = numberOrNaN(json.value(QLatin1String("p_value")));
  t.method = json.value(QLatin1String("method")).toString();
  t.senSlope = numberOrNaN(json.value(QLatin1String("sen_slope")));
  return t;
}

// ---------------------------------------------------------------------------- TrendResult

QJsonObject TrendResult::toJson() const {
  QJsonObject namesJson;
  for (auto it = names.cbegin(); it != names.cend(); ++it)
    namesJson.insert(it.key(), it.value());

  QJsonObject seriesJson;
  for (auto it = series.cbegin(); it != series.cend(); ++it) {
    QJsonArray points;
    for (const SeriesPoint &p : it.value())
      points.append(QJsonObject{{"period", p.period}, {"value", numberOrNull(p.value)}});
    seriesJson.insert(it.key(), points);
  }

  QJsonObject testsJson;
  for (auto it = trendTests.cbegin(); it != trendTests.cend(); ++it)
    testsJson.insert(it.key(), it.value().toJson());

  return QJsonObject{{"measure", toString(measure)}, {"per_1000", per1000}, {"level", toString(level)},
                     {"period", toString(period)},   {"names", namesJson},  {"series", seriesJson},
                     {"trend_tests", testsJson}};
}

TrendResult TrendResult::fromJson(const QJsonObject &json) {
  TrendResult r;
  r.measure = measureFromString(json.value(QLatin1String("measure")).toString()).value_or(r.measure);
  r.per1000 = json.value(QLatin1String("per_1000")).toBool();
  r.level = geoLevelFromString(json.value(QLatin1String("level")).toString()).value_or(r.level);
  r.period = periodKindFromString(json.value(QLatin1String("period")).toString()).value_or(r.period);

  const QJsonObject namesJson = json.value(QLatin1String("names")).toObject();
  for (auto it = namesJson.begin(); it != namesJson.end(); ++it)
    r.names.insert(it.key(), it.value().toString());

  const QJsonObject seriesJson = json.value(QLatin1String("series")).toObject();
  for (auto it = seriesJson.begin(); it != seriesJson.end(); ++it) {
    std::vector<SeriesPoint> points;
    const QJsonArray array = it.value().toArray();
    points.reserve(size_t(array.size()));
    for (const QJsonValue &v : array) {
      const QJsonObject o = v.toObject();
      points.push_back(
          {o.value(QLatin1String("period")).toString(), numberOrNaN(o.value(QLatin1String("value")))});
    }
    r.series.insert(it.key(), std::move(points));
  }

  const QJsonObject testsJson = json.value(QLatin1String("trend_tests")).toObject();
  for (auto it = testsJson.begin(); it != testsJson.end(); ++it)
    r.trendTests.insert(it.key(), TrendTest::fromJson(it.value().toObject()));
  return r;
}

} // namespace epidesk
