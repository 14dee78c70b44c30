#include "JobLimits.h"
#include "ForecastParamSchema.h"
#include "PanelKinds.h"
#include "SeriesSelector.h"
#include <QCoreApplication>
#include <QJsonArray>
#include <QMutex>
#include <algorithm>
#include <limits>

namespace epidesk {

namespace {
class JobLimitsText {
  Q_DECLARE_TR_FUNCTIONS(epidesk::JobLimits)
};

QMutex g_mutex;
JobLimits g_limits;

// Districts per level: IBGE's 5,570 municipalities plus the state-level rows
// of unmatched names; 380 powiats plus the national total.
double seriesBound(const QJsonObject &params) {
  const QString selector = params.value(QLatin1String("selector")).toString(QStringLiteral("all"));
  double all = 400;
  if (params.value(QLatin1String("source")).toString() != QLatin1String("districts")) {
    const QString level = params.value(QLatin1String("series")).toObject().value("level").toString();
    all = level == QLatin1String("municipality") ? 5600
          : level == QLatin1String("uf")         ? 27
          : level == QLatin1String("region")     ? 5
                                                 : 1;
  }
  const QStringList items = SeriesSelector::items(selector).value_or(QStringList{QStringLiteral("all")});
  double n = 0;
  for (const QString &item : items) {
    if (SeriesSelector::isAll(item) || SeriesSelector::isPrefix(item))
      return all;
    n += 1;
  }
  return std::min(n, all);
}

double samplesOf(const QJsonObject &params) {
  const QString model = params.value(QLatin1String("model")).toString();
  if (model != QLatin1String("bayes") && model != QLatin1String("auto"))
    return 1;
  const QJsonValue v = params.value(QLatin1String("options")).toObject().value(QLatin1String("samples"));
  return v.isDouble() ? std::max(1.0, v.toDouble()) : 1000.0; // StructuralModel's default
}

QString number(double v) {
  return QString::number(v, 'g', 12);
}
} // namespace

JobLimits JobLimits::unlimited() {
  constexpr double none = std::numeric_limits<double>::infinity();
  return {none, none, none, none};
}

JobLimits JobLimits::current() {
  QMutexLocker lock(&g_mutex);
  return g_limits;
}

void JobLimits::setCurrent(const JobLimits &limits) {
  QMutexLocker lock(&g_mutex);
  g_limits = limits;
}

QStringList JobLimits::check(const QString &kind, const QJsonObject &params) const {
  QStringList errs;
  if (kind == QLatin1String("forecast")) {
    const double horizon = params.value(QLatin1String("horizon")).toDouble(1);
    const double origins = params.value(QLatin1String("backtest_origins")).toDouble(0);
    const double samples = samplesOf(params);
    const double perSeries = samples * horizon;
    const double cost = seriesBound(params) * horizon * (origins + 1) * samples;
    if (perSeries > maxSamplesPerSeries)
      errs << QStringLiteral("params.options.samples: ") +
                  JobLimitsText::tr("samples × horizon is %1, above this cluster's limit of %2")
                      .arg(number(perSeries), number(maxSamplesPerSeries));
    if (cost > maxForecastCost)
      errs << QStringLiteral("params: ") +
                  JobLimitsText::tr(
                      "declared cost (series × horizon × (backtest origins + 1) × samples) is %1, "
                      "above this cluster's limit of %2; forecast fewer series or "
                      "a shorter horizon")
                      .arg(number(cost), number(maxForecastCost));
  } else if (kind == QLatin1String("relocation")) {
    const QJsonObject settings = params.value(QLatin1String("settings")).toObject();
    const double seconds = settings.value(QLatin1String("time_limit_seconds")).toDouble(60);
    if (seconds > maxSolveSeconds)
      errs << QStringLiteral("params.settings.time_limit_seconds: ") +
                  JobLimitsText::tr("at most %1 seconds on this cluster").arg(number(maxSolveSeconds));
    const QJsonObject scenario = params.value(QLatin1String("scenario")).toObject();
    auto count = [&](const char *key) {
      return double(std::max<qsizetype>(1, scenario.value(QLatin1String(key)).toArray().size()));
    };
    const double cells = count("districts") * count("facilities") * count("groups") *
                         std::max(1.0, scenario.value(QLatin1String("months")).toDouble(1));
    if (cells > maxRelocationCells)
      errs << QStringLiteral("params.scenario: ") +
                  JobLimitsText::tr("districts × facilities × groups × months is %1, above this cluster's "
                                    "limit of %2")
                      .arg(number(cells), number(maxRelocationCells));
  } else if (kind == QLatin1String("dashboard")) {
    // Each forecast panel is a forecast computation: the same limits, named
    // by the panel ("params.document.panels[2].params.forecast.options.samples").
    const QJsonArray panels =
        params.value(QLatin1String("document")).toObject().value(QLatin1String("panels")).toArray();
    for (int i = 0; i < panels.size(); ++i) {
      const QJsonObject panel = panels.at(i).toObject();
      if (PanelKinds::family(panel.value(QLatin1String("kind")).toString()) != QLatin1String("forecast"))
        continue;
      QStringList invalid; // already reported by the document's validation
      const QJsonObject forecast = ForecastParamSchema::normalise(
          panel.value(QLatin1String("params")).toObject().value(QLatin1String("forecast")).toObject(),
          &invalid);
      if (!invalid.isEmpty())
        continue;
      const QString prefix = QStringLiteral("params.document.panels[%1].params.forecast").arg(i);
      for (const QString &e : check(QStringLiteral("forecast"), forecast))
        errs << prefix + e.mid(int(qstrlen("params"))); // "params.x: ..." or "params: ..."
    }
  }
  return errs;
}

} // namespace epidesk
