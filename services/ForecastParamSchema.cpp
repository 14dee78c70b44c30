#include "ForecastParamSchema.h"
#include "DistrictSeriesStore.h"
#include "ForecastTypes.h"
#include "SeriesSelector.h"
#include "TrendTypes.h"
#include <QCoreApplication>
#include <QJsonArray>

namespace epidesk {

namespace {
// This file's messages, in one context that lupdate sees too.
class ForecastParamText {
  Q_DECLARE_TR_FUNCTIONS(epidesk::ForecastParamSchema)
};

using Type = ForecastParam::Type;

QList<ForecastParam> makeParams() {
  const ForecastRequest defaults;
  const QString trends = QStringLiteral("trends"), districts = QStringLiteral("districts");
  const QJsonValue none(QJsonValue::Undefined); // no default
  return {
      {"model", Type::String, ForecastRequest::modelIds(), 0, 0, defaults.model, {}, {}},
      {"horizon", Type::Integer, {}, 1, ForecastRequest::kMaxHorizon, defaults.horizon, {}, {}},
      {"backtest_origins",
       Type::Integer,
       {},
       0,
       ForecastRequest::kMaxBacktestOrigins,
       defaults.backtestOrigins,
       {},
       {}},
      {"as_of",
       Type::Date,
       {},
       0,
       0,
       none,
       {},
       "forecast origin (YYYY-MM-DD): every series is cut after the last period ending on or before it; the "
       "result adds as_of and actuals (the held-out values of the forecast periods). Absent: the latest "
       "data"},
      {"options", Type::Object, {}, 0, 0, none, {}, "model-specific options"},
      {"source", Type::String, {trends, districts}, 0, 0, trends, {}, {}},
      {"series", Type::Object, {}, 0, 0, none, trends, "TrendRequest; required when source is trends"},
      {"indicator", Type::String, DistrictIndicator::ids(), 0, 0, DistrictIndicator().id(), districts,
       "source districts only; _mean7: 7-day trailing mean (from the 7th day), _weekly: totals of complete "
       "ISO weeks (Monday to Sunday), labelled YYYY-Www"},
      {"selector",
       Type::String,
       {},
       0,
       0,
       QStringLiteral("all"),
       {},
       "all, a code (0201, PL, MG), a prefix (02*) or a comma list"},
      {"codes",
       Type::StringList,
       {},
       0,
       0,
       none,
       {},
       "read as the comma selector of these codes; not with selector",
       true},
  };
}

QString field(const QString &name) {
  return QStringLiteral("params.") + name + QStringLiteral(": ");
}

void prefixed(const QString &prefix, const QStringList &in, QStringList *out) {
  for (const QString &e : in)
    *out << prefix + e;
}

// A choice parameter: absent = its default; anything else must be one of its choices.
QString choice(const QJsonObject &params, const ForecastParam &p, QStringList *errs) {
  const QJsonValue v = params.value(p.name);
  if (v.isUndefined())
    return p.defaultValue.toString();
  if (!v.isString() || !p.choices.contains(v.toString()))
    *errs << field(p.name) +
                 ForecastParamText::tr("must be one of %1").arg(p.choices.join(QStringLiteral(", ")));
  return v.toString();
}

// "selector" or the legacy "codes": [CODE], as one canonical selector.
void readSelector(const QJsonObject &params, QJsonObject *out, QStringList *errs) {
  const QJsonValue selector = params.value(QLatin1String("selector"));
  const QJsonValue codes = params.value(QLatin1String("codes"));
  const bool hasSelector = !selector.isUndefined() && !selector.isNull();
  const bool hasCodes = !codes.isUndefined() && !codes.isNull();
  std::optional<QString> canonical = ForecastParamSchema::param("selector").defaultValue.toString();
  if (hasSelector && hasCodes) {
    *errs << field("codes") + ForecastParamText::tr("give either selector or codes, not both");
    return;
  }
  if (hasSelector) {
    const std::optional<QStringList> items =
        selector.isString() ? SeriesSelector::items(selector.toString()) : std::nullopt;
    canonical = items ? SeriesSelector::canonical(*items) : std::nullopt;
    if (!canonical)
      *errs << field("selector") +
                   ForecastParamText::tr("must be \"all\", a code, a prefix (02*) or a comma list of those");
  } else if (hasCodes) {
    bool ok = codes.isArray();
    QStringList list;
    for (const QJsonValue &c : codes.toArray()) {
      ok = ok && c.isString() && !c.toString().contains(QLatin1Char(','));
      list << c.toString();
    }
    canonical = ok ? SeriesSelector::canonical(list) : std::nullopt; // nullopt for an empty code
    if (!canonical)
      *errs << field("codes") + ForecastParamText::tr("must be an array of non-empty strings");
  }
  if (canonical)
    out->insert(QStringLiteral("selector"), *canonical);
}

QJsonObject openApiOf(const ForecastParam &p) {
  QJsonObject o;
  switch (p.type) {
  case Type::String:
    o.insert("type", "string");
    if (!p.choices.isEmpty())
      o.insert("enum", QJsonArray::fromStringList(p.choices));
    break;
  case Type::Integer:
    o.insert("type", "integer");
    o.insert("minimum", p.minimum);
    o.insert("maximum", p.maximum);
    break;
  case Type::Date:
    o.insert("type", "string");
    o.insert("format", "date");
    break;
  case Type::Object:
    o.insert("type", "object");
    break;
  case Type::StringList:
    o.insert("type", "array");
    o.insert("items", QJsonObject{{"type", "string"}});
    break;
  }
  if (!p.defaultValue.isUndefined())
    o.insert("default", p.defaultValue);
  if (!p.description.isEmpty())
    o.insert("description", p.description);
  if (p.deprecated)
    o.insert("deprecated", true);
  return o;
}
} // namespace

const QList<ForecastParam> &ForecastParamSchema::params() {
  static const QList<ForecastParam> table = makeParams();
  return table;
}

const ForecastParam &ForecastParamSchema::param(const QString &name) {
  for (const ForecastParam &p : params())
    if (p.name == name)
      return p;
  qFatal("ForecastParamSchema: no parameter %s", qPrintable(name));
}

QJsonObject ForecastParamSchema::normalise(const QJsonObject &params, QStringList *errs) {
  // model, horizon, backtest_origins, as_of, options: ForecastRequest's own check.
  QStringList forecastErrors;
  const std::optional<ForecastRequest> forecast = ForecastRequest::fromJson(params, &forecastErrors);
  prefixed(QStringLiteral("params."), forecastErrors, errs);
  QJsonObject out = forecast ? forecast->toJson() : QJsonObject();

  const QString source = choice(params, param("source"), errs);
  out.insert(QStringLiteral("source"), source);
  if (source == QLatin1String("trends")) {
    const QJsonValue series = params.value(QLatin1String("series"));
    if (!series.isObject()) {
      *errs << field("series") + ForecastParamText::tr("must be an object (a trends request)");
    } else {
      QStringList seriesErrors;
      const std::optional<TrendRequest> trend = TrendRequest::fromJson(series.toObject(), &seriesErrors);
      prefixed(QStringLiteral("params.series."), seriesErrors, errs);
      if (trend)
        out.insert(QStringLiteral("series"), trend->toJson());
    }
  } else if (source == QLatin1String("districts")) {
    out.insert(QStringLiteral("indicator"), choice(params, param("indicator"), errs));
  }
  readSelector(params, &out, errs);
  return out;
}

QJsonObject ForecastParamSchema::openApi() {
  QJsonObject properties;
  for (const ForecastParam &p : params())
    properties.insert(p.name, openApiOf(p));
  return {
      {"type", "object"},
      {"description", "params of a forecast job; defaults are filled in before the cache key is computed"},
      {"properties", properties}};
}

QJsonObject ForecastJobParams::toJson() const {
  QJsonObject json = query.request.toJson();
  if (series) {
    json.insert(QStringLiteral("source"), QStringLiteral("trends"));
    json.insert(QStringLiteral("series"), series->toJson());
  } else {
    json.insert(QStringLiteral("source"), QStringLiteral("districts"));
    json.insert(QStringLiteral("indicator"), query.indicator.id());
  }
  json.insert(QStringLiteral("selector"), query.selector.isEmpty() ? QStringLiteral("all") : query.selector);
  return json;
}

std::optional<ForecastJobParams> ForecastJobParams::fromJson(const QJsonObject &params, QStringList *errors) {
  QStringList errs;
  const QJsonObject normal = ForecastParamSchema::normalise(params, &errs);
  if (errors)
    *errors = errs;
  if (!errs.isEmpty())
    return std::nullopt;
  ForecastJobParams out;
  out.query.request = *ForecastRequest::fromJson(normal);
  out.query.selector = normal.value(QLatin1String("selector")).toString();
  if (normal.value(QLatin1String("source")).toString() == QLatin1String("districts"))
    out.query.indicator = *DistrictIndicator::fromId(normal.value(QLatin1String("indicator")).toString());
  else
    out.series = TrendRequest::fromJson(normal.value(QLatin1String("series")).toObject());
  return out;
}

} // namespace epidesk
