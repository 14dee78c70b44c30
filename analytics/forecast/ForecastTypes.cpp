#include "ForecastTypes.h"
#include "ForecastModel.h"
#include "ForecastOrigin.h"
#include <QCoreApplication>
#include <QJsonArray>
#include <cmath>

namespace epidesk {

namespace {

// "field: message" with the field name kept verbatim (it is a JSON key).
QString fieldError(const char *field, const QString &message) {
  return QStringLiteral("%1: %2").arg(QLatin1String(field), message);
}

// This file's messages, in one context that lupdate sees too.
class ForecastRequestText {
  Q_DECLARE_TR_FUNCTIONS(epidesk::ForecastRequest)
};

// Integral JSON number in [lo, hi]; absent or null keeps the default.
void readInt(const QJsonObject &json, const char *key, int lo, int hi, int *out, QStringList *errors) {
  const QJsonValue v = json.value(QLatin1String(key));
  if (v.isUndefined() || v.isNull())
    return;
  const double d = v.toDouble(std::nan(""));
  if (!v.isDouble() || d != std::floor(d) || d < lo || d > hi) {
    errors->append(
        fieldError(key, ForecastRequestText::tr("must be a whole number between %1 and %2").arg(lo).arg(hi)));
    return;
  }
  *out = int(d);
}

// Forecast values are finite by contract (models never return NaN); a
// non-finite value here is a bug upstream, written as 0 rather than JSON null.
double finite(double v) {
  return std::isfinite(v) ? v : 0.0;
}

double number(const QJsonObject &o, const char *key) {
  return o.value(QLatin1String(key)).toDouble();
}

QJsonObject actualsJson(const QMap<QString, std::vector<ActualPoint>> &actuals) {
  QJsonObject out;
  for (auto it = actuals.cbegin(); it != actuals.cend(); ++it) {
    QJsonArray points;
    for (const ActualPoint &p : it.value())
      points.append(QJsonObject{{"period", p.period}, {"value", finite(p.value)}});
    out.insert(it.key(), points);
  }
  return out;
}

} // namespace

// ---------------------------------------------------------------------------- ForecastRequest

QStringList ForecastRequest::modelIds() {
  return ForecastModelRegistry::ids();
}

QJsonObject ForecastRequest::toJson() const {
  QJsonObject json{
      {"model", model}, {"horizon", horizon}, {"options", options}, {"backtest_origins", backtestOrigins}};
  // Absent when unset, so requests without an origin keep their cache keys.
  if (asOf.isValid())
    json.insert(QStringLiteral("as_of"), asOf.toString(Qt::ISODate));
  return json;
}

std::optional<ForecastRequest> ForecastRequest::fromJson(const QJsonObject &json, QStringList *errors) {
  ForecastRequest r;
  QStringList errs;

  const QJsonValue model = json.value(QLatin1String("model"));
  if (model.isString() && modelIds().contains(model.toString()))
    r.model = model.toString();
  else if (!model.isUndefined() && !model.isNull())
    errs.append(fieldError(
        "model", ForecastRequestText::tr("must be one of %1").arg(modelIds().join(QStringLiteral(", ")))));

  readInt(json, "horizon", 1, kMaxHorizon, &r.horizon, &errs);
  readInt(json, "backtest_origins", 0, kMaxBacktestOrigins, &r.backtestOrigins, &errs);

  const QJsonValue asOf = json.value(QLatin1String("as_of"));
  if (asOf.isString() && !asOf.toString().isEmpty()) {
    r.asOf = parseIsoDay(asOf.toString());
    if (!r.asOf.isValid())
      errs.append(fieldError(
          "as_of", ForecastRequestText::tr("must be a date YYYY-MM-DD, got \"%1\"").arg(asOf.toString())));
  } else if (!asOf.isUndefined() && !asOf.isNull() && !asOf.isString()) {
    errs.append(fieldError("as_of", ForecastRequestText::tr("must be a date YYYY-MM-DD")));
  }

  const QJsonValue options = json.value(QLatin1String("options"));
  if (options.isObject())
    r.options = options.toObject();
  else if (!options.isUndefined() && !options.isNull())
    errs.append(fieldError("options", ForecastRequestText::tr("must be an object")));

  if (errors)
    *errors = errs;
  if (!errs.isEmpty())
    return std::nullopt;
  return r;
}

// ---------------------------------------------------------------------------- ForecastResult

QJsonObject ForecastResult::toJson() const {
  QJsonObject forecastsJson;
  for (auto it = forecasts.cbegin(); it != forecasts.cend(); ++it) {
    QJsonArray points;
    for (const ForecastPoint &p : it.value())
      points.append(QJsonObject{{"period", p.period},
                                {"mean", finite(p.mean)},
                                {"lo80", finite(p.lo80)},
                                {"hi80", finite(p.hi80)},
                                {"lo95", finite(p.lo95)},
                                {"hi95", finite(p.hi95)}});
    forecastsJson.insert(it.key(), points);
  }

  QJsonObject backtestJson;
  for (auto it = backtest.cbegin(); it != backtest.cend(); ++it) {
    const BacktestScore &s = it.value();
    backtestJson.insert(it.key(), QJsonObject{{"mase", finite(s.mase)},
                                              {"smape", finite(s.smape)},
                                              {"coverage80", finite(s.coverage80)},
                                              {"coverage95", finite(s.coverage95)},
                                              {"origins", s.origins}});
  }

  QJsonObject analoguesJson;
  for (auto it = analogues.cbegin(); it != analogues.cend(); ++it) {
    QJsonArray list;
    for (const Analogue &a : it.value())
      list.append(
          QJsonObject{{"district", a.district}, {"start", a.start}, {"distance", finite(a.distance)}});
    analoguesJson.insert(it.key(), list);
  }

  QJsonObject fitJson;
  for (auto it = fit.cbegin(); it != fit.cend(); ++it)
    fitJson.insert(it.key(), it.value());

  QJsonObject json{{"model", model}, {"horizon", horizon}, {"forecasts", forecastsJson}};
  if (!backtest.isEmpty())
    json.insert(QStringLiteral("backtest"), backtestJson);
  if (!analogues.isEmpty())
    json.insert(QStringLiteral("analogues"), analoguesJson);
  if (!fit.isEmpty())
    json.insert(QStringLiteral("fit"), fitJson);
  if (asOf.isValid()) {
    json.insert(QStringLiteral("as_of"), asOf.toString(Qt::ISODate));
    json.insert(QStringLiteral("actuals"), actualsJson(actuals));
  }
  return json;
}

ForecastResult ForecastResult::fromJson(const QJsonObject &json) {
  ForecastResult r;
  r.model = json.value(QLatin1String("model")).toString();
  r.horizon = json.value(QLatin1String("horizon")).toInt();

  const QJsonObject forecastsJson = json.value(QLatin1String("forecasts")).toObject();
  for (auto it = forecastsJson.begin(); it != forecastsJson.end(); ++it) {
    std::vector<ForecastPoint> points;
    for (const QJsonValue &v : it.value().toArray()) {
      const QJsonObject o = v.toObject();
      points.push_back({o.value(QLatin1String("period")).toString(), number(o, "mean"), number(o, "lo80"),
                        number(o, "hi80"), number(o, "lo95"), number(o, "hi95")});
    }
    r.forecasts.insert(it.key(), points);
  }

  const QJsonObject backtestJson = json.value(QLatin1String("backtest")).toObject();
  for (auto it = backtestJson.begin(); it != backtestJson.end(); ++it) {
    const QJsonObject o = it.value().toObject();
    BacktestScore s;
    s.mase = number(o, "mase");
    s.smape = number(o, "smape");
    s.coverage80 = number(o, "coverage80");
    s.coverage95 = number(o, "coverage95");
    s.origins = o.value(QLatin1String("origins")).toInt();
    r.backtest.insert(it.key(), s);
  }

  const QJsonObject analoguesJson = json.value(QLatin1String("analogues")).toObject();
  for (auto it = analoguesJson.begin(); it != analoguesJson.end(); ++it) {
    std::vector<Analogue> list;
    for (const QJsonValue &v : it.value().toArray()) {
      const QJsonObject o = v.toObject();
      list.push_back({o.value(QLatin1String("district")).toString(),
                      o.value(QLatin1String("start")).toString(), number(o, "distance")});
    }
    r.analogues.insert(it.key(), list);
  }

  const QJsonObject fitJson = json.value(QLatin1String("fit")).toObject();
  for (auto it = fitJson.begin(); it != fitJson.end(); ++it)
    r.fit.insert(it.key(), it.value().toObject());

  r.asOf = parseIsoDay(json.value(QLatin1String("as_of")).toString());
  const QJsonObject actualsJson = json.value(QLatin1String("actuals")).toObject();
  for (auto it = actualsJson.begin(); it != actualsJson.end(); ++it) {
    std::vector<ActualPoint> list;
    for (const QJsonValue &v : it.value().toArray())
      list.push_back({v.toObject().value(QLatin1String("period")).toString(), number(v.toObject(), "value")});
    r.actuals.insert(it.key(), list);
  }
  return r;
}

QString ForecastResult::modelUsed(const QString &code) const {
  const QString selected = fit.value(code).value(QLatin1String("selected_model")).toString();
  return selected.isEmpty() ? model : selected;
}

QString ForecastResult::calibration(const QString &code) const {
  const QString c = fit.value(code).value(QLatin1String("calibration")).toString();
  return c.isEmpty() ? QStringLiteral("model") : c;
}

} // namespace epidesk
