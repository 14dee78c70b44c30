#include "PanelKinds.h"
#include "ClassifierRegistry.h"
#include "ColorRamp.h"
#include "ForecastParamSchema.h"
#include "JsonFields.h"
#include "RelocationTypes.h"
#include "TrendTypes.h"
#include <QJsonArray>
#include <QRegularExpression>
#include <cmath>

namespace epidesk {

namespace {

struct KindInfo {
  const char *id;
  const char *family;
  const char *name;
};

// Menu order; the names are translated in displayName().
const KindInfo kKinds[] = {
    {"trend_map", "trends", QT_TRANSLATE_NOOP("epidesk::PanelKinds", "Choropleth map")},
    {"trend_chart", "trends", QT_TRANSLATE_NOOP("epidesk::PanelKinds", "Trend chart")},
    {"trend_table", "trends", QT_TRANSLATE_NOOP("epidesk::PanelKinds", "Trend-test table")},
    {"trend_shares", "trends", QT_TRANSLATE_NOOP("epidesk::PanelKinds", "Regional shares")},
    // Companions show another panel's content: the histogram, its map's classes.
    {"trend_histogram", "companion", QT_TRANSLATE_NOOP("epidesk::PanelKinds", "Class histogram")},
    // ... and the space-time cube, its map's periods and classes in 3-D.
    {"trend_spacetime", "companion", QT_TRANSLATE_NOOP("epidesk::PanelKinds", "Space-time cube")},
    {"forecast_chart", "forecast", QT_TRANSLATE_NOOP("epidesk::PanelKinds", "Forecast chart")},
    {"forecast_map", "forecast", QT_TRANSLATE_NOOP("epidesk::PanelKinds", "District forecast map")},
    {"relocation_map", "relocation", QT_TRANSLATE_NOOP("epidesk::PanelKinds", "Relocation flow map")},
    {"relocation_plan", "relocation", QT_TRANSLATE_NOOP("epidesk::PanelKinds", "Relocation plan table")},
    {"relocation_utilisation", "relocation",
     QT_TRANSLATE_NOOP("epidesk::PanelKinds", "Facility utilisation")},
};

const KindInfo *find(const QString &kind) {
  for (const KindInfo &k : kKinds)
    if (kind == QLatin1String(k.id))
      return &k;
  return nullptr;
}

QString tr(const char *text) {
  return QCoreApplication::translate("epidesk::PanelKinds", text);
}

void validateRequest(const JsonFields &f, QStringList *errors) {
  const QJsonObject request = f.object(QStringLiteral("request"), true);
  if (!errors->isEmpty())
    return;
  QStringList requestErrors;
  if (!TrendRequest::fromJson(request, &requestErrors))
    for (const QString &e : requestErrors)
      errors->append(QStringLiteral("request.") + e);
}

void validateMap(const JsonFields &f) {
  const QString value = f.string(QStringLiteral("map_value"));
  static const QRegularExpression period(QStringLiteral("^\\d{4}(-(0[1-9]|1[0-2]))?$"));
  if (!value.isEmpty() && value != QLatin1String("sen_slope") && !period.match(value).hasMatch())
    f.fail(QStringLiteral("map_value"),
           tr("must be empty (the last period), a period (2020 or 2020-03) or sen_slope"));
  const QString classifier = f.string(QStringLiteral("classifier"));
  if (!classifier.isEmpty() && !ClassifierRegistry::ids().contains(classifier))
    f.fail(QStringLiteral("classifier"),
           tr("unknown classifier \"%1\" (known: %2)")
               .arg(classifier, ClassifierRegistry::ids().join(QStringLiteral(", "))));
  f.integer(QStringLiteral("class_count"), 2, 9, 5);
  const QString ramp = f.string(QStringLiteral("ramp"));
  if (!ramp.isEmpty() && !ColorRamp::ids().contains(ramp))
    f.fail(
        QStringLiteral("ramp"),
        tr("unknown colour ramp \"%1\" (known: %2)").arg(ramp, ColorRamp::ids().join(QStringLiteral(", "))));
  const QJsonArray breaks = f.array(QStringLiteral("breaks"));
  double last = -INFINITY;
  for (int i = 0; i < breaks.size(); ++i) {
    const double b = breaks.at(i).toDouble(NAN);
    if (!breaks.at(i).isDouble() || !std::isfinite(b) || b <= last) {
      f.fail(QStringLiteral("breaks[%1]").arg(i), tr("must be a number greater than the previous break"));
      break;
    }
    last = b;
  }
}

void validateZoom(const JsonFields &f, QStringList *errors) {
  if (!f.has(QStringLiteral("zoom")))
    return;
  const JsonFields z(f.object(QStringLiteral("zoom")), f.fieldPath(QStringLiteral("zoom")), errors);
  z.rejectUnknown({"x_min", "x_max", "y_min", "y_max"});
  const QJsonObject o = f.object(QStringLiteral("zoom"));
  for (const char *axis : {"x", "y"}) {
    const QString lo = QStringLiteral("%1_min").arg(QLatin1String(axis));
    const QString hi = QStringLiteral("%1_max").arg(QLatin1String(axis));
    const double a = o.value(lo).toDouble(NAN), b = o.value(hi).toDouble(NAN);
    if (!std::isfinite(a) || !std::isfinite(b) || !(a < b))
      z.fail(lo, tr("%1 and %2 must be numbers with %1 < %2").arg(lo, hi));
  }
}

} // namespace

QStringList PanelKinds::ids() {
  QStringList out;
  for (const KindInfo &k : kKinds)
    out.append(QLatin1String(k.id));
  return out;
}

bool PanelKinds::isKnown(const QString &kind) {
  return find(kind) != nullptr;
}

QString PanelKinds::displayName(const QString &kind) {
  const KindInfo *k = find(kind);
  return k ? tr(k->name) : QString();
}

QString PanelKinds::family(const QString &kind) {
  const KindInfo *k = find(kind);
  return k ? QLatin1String(k->family) : QString();
}

QJsonObject PanelKinds::defaultParams(const QString &kind) {
  const QString fam = family(kind);
  if (fam == QLatin1String("trends")) {
    QJsonObject p{{"request", TrendRequest{}.toJson()}};
    if (kind == QLatin1String("trend_map")) {
      p[QStringLiteral("map_value")] = QString();
      p[QStringLiteral("classifier")] = ClassifierRegistry::defaultId();
      p[QStringLiteral("class_count")] = 5;
      p[QStringLiteral("ramp")] = ColorRamp::defaultId();
      p[QStringLiteral("breaks")] = QJsonArray();
    }
    return p;
  }
  if (fam == QLatin1String("forecast"))
    return QJsonObject{{"forecast", ForecastJobParams{}.toJson()}};
  if (fam == QLatin1String("relocation"))
    return QJsonObject{{"scenario", QString()}, {"weights", RelocationWeights{}.toJson()}};
  if (kind == QLatin1String("trend_spacetime"))
    return QJsonObject{{"map", QString()}, {"mode", "cube"}, {"opacity", 1.0}, {"exaggeration", 1.0}};
  if (fam == QLatin1String("companion"))
    return QJsonObject{{"map", QString()}}; // empty: the dashboard's first map
  return {};
}

QJsonObject PanelKinds::newParams(const QString &kind, const TrendRequest &request) {
  QJsonObject p = defaultParams(kind);
  if (kind == QLatin1String("trend_shares")) { // shares of counts, of states (regions are their sums)
    TrendRequest counts = request;
    counts.per1000 = false;
    if (counts.level != GeoLevel::Region)
      counts.level = GeoLevel::Uf;
    p[QStringLiteral("request")] = counts.toJson();
  } else if (family(kind) == QLatin1String("trends")) {
    p[QStringLiteral("request")] = request.toJson();
  }
  return p;
}

QStringList PanelKinds::validate(const QString &kind, const QJsonObject &params) {
  QStringList errors;
  const JsonFields f(params, QString(), &errors);
  const QString fam = family(kind);
  if (fam == QLatin1String("trends")) {
    if (kind == QLatin1String("trend_map")) {
      f.rejectUnknown({"request", "map_value", "classifier", "class_count", "ramp", "breaks"});
      validateMap(f);
    } else if (kind == QLatin1String("trend_chart")) {
      f.rejectUnknown({"request", "zoom"});
      validateZoom(f, &errors);
    } else {
      f.rejectUnknown({"request"});
    }
    if (errors.isEmpty())
      validateRequest(f, &errors);

  } else if (fam == QLatin1String("forecast")) {
    f.rejectUnknown({"forecast"});
    const QJsonObject forecast = f.object(QStringLiteral("forecast"), true);
    QStringList forecastErrors;
    if (errors.isEmpty() && !ForecastJobParams::fromJson(forecast, &forecastErrors))
      for (const QString &e : forecastErrors) // "params.<field>: ..." from the job schema
        errors.append(QStringLiteral("forecast.") +
                      QString(e).remove(QRegularExpression(QStringLiteral("^params\\."))));
  } else if (kind == QLatin1String("trend_spacetime")) {
    f.rejectUnknown({"map", "mode", "opacity", "exaggeration"});
    f.string(QStringLiteral("map"));
    const QString mode = f.string(QStringLiteral("mode"));
    if (!mode.isEmpty() && mode != QLatin1String("cube") && mode != QLatin1String("prisms"))
      f.fail(QStringLiteral("mode"), tr("must be \"cube\" or \"prisms\""));
    f.number(QStringLiteral("opacity"), 0.05, 1.0, 1.0);
    f.number(QStringLiteral("exaggeration"), 0.1, 10.0, 1.0);
  } else if (fam == QLatin1String("companion")) {
    f.rejectUnknown({"map"});
    f.string(QStringLiteral("map"));
  } else if (fam == QLatin1String("relocation")) {
    f.rejectUnknown({"scenario", "weights"});
    f.string(QStringLiteral("scenario"));
    QStringList weightErrors;
    if (f.has(QStringLiteral("weights")) &&
        !RelocationWeights::fromJson(f.object(QStringLiteral("weights")), &weightErrors))
      for (const QString &e : weightErrors)
        errors.append(QStringLiteral("weights.") + e);
  }
  return errors;
}

} // namespace epidesk
