#include "forecast/ForecastData.h"
#include "map/BoundaryCache.h"
#include "DataSourceRegistry.h"
#include "DistrictSeriesStore.h"
#include "Feedback.h"
#include "ForecastService.h"
#include "Projection.h"
#include "SharedData.h"
#include "trends/TrendJob.h"
#include "TrendPanelProvider.h"
#include <QCoreApplication>
#include <QDir>
#include <exception>

namespace epidesk {

namespace {

// Messages of the free functions, in one context lupdate sees.
class ForecastJobText {
  Q_DECLARE_TR_FUNCTIONS(epidesk::ForecastJob)
};

// The panel the view already holds, as the service's input: every series
// is selectable by "all".
class LoadedPanelProvider : public SeriesPanelProvider {
public:
  explicit LoadedPanelProvider(const ForecastPanel &panel) : m_panel(panel) {}
  bool load(const DistrictIndicator &, SeriesPanel &out, QString *) const override {
    out = {};
    out.series = m_panel.series;
    for (const TimeSeries &s : m_panel.series)
      out.districts << s.code;
    return true;
  }

private:
  const ForecastPanel &m_panel;
};

} // namespace

ForecastJobOutput runForecastJob(const ForecastPanel &panel, const ForecastRequest &request,
                                 Feedback *feedback) {
  ForecastQuery query;
  query.request = request;
  query.selector = QStringLiteral("all");
  return runForecastQuery(panel, query, feedback);
}

ForecastJobOutput runForecastQuery(const ForecastPanel &panel, const ForecastQuery &query,
                                   Feedback *feedback) {
  ForecastJobOutput out;
  out.request = query.request;
  try {
    const ForecastOutcome outcome = ForecastService::run(LoadedPanelProvider(panel), query, feedback);
    if (feedback && feedback->isCanceled())
      throw Canceled{};
    out.result = outcome.result;
    out.failures = outcome.errors;
    if (!outcome.error.isEmpty()) {
      out.status = ForecastJobOutput::Status::Failed;
      out.error = outcome.error;
    }
  } catch (const Canceled &) {
    out.status = ForecastJobOutput::Status::Canceled;
  } catch (const std::exception &e) {
    out.status = ForecastJobOutput::Status::Failed;
    out.error = QString::fromUtf8(e.what());
  } catch (...) {
    out.status = ForecastJobOutput::Status::Failed;
    out.error = ForecastJobText::tr("Unknown error while forecasting.");
  }
  return out;
}

DistrictData loadDistrictData(const QString &storeLocation, const QString &indicator,
                              const QString &warehousePassword) {
  DistrictData data;
  const std::unique_ptr<DistrictSeriesStore> store =
      openDistrictSeriesStore(storeLocation, &data.error, warehousePassword);
  if (!store)
    return data;
  DistrictPanel panel;
  const DistrictIndicator which = DistrictIndicator::fromId(indicator).value_or(DistrictIndicator());
  if (!store->panel(which, panel, &data.error))
    return data;
  data.panel.series = std::move(panel.series);
  data.names = panel.districts;
  data.names.insert(DistrictSeriesStore::nationalCode(), ForecastJobText::tr("Poland (national total)"));
  BoundarySource boundaries;
  boundaries.path = QDir(sharedDataDir()).filePath(QStringLiteral("data/pl/powiaty.geojson"));
  boundaries.codeField = QStringLiteral("terc");
  boundaries.nameField = QStringLiteral("name");
  data.projectionId = QStringLiteral("albers_poland");
  QString mapError;
  data.features = BoundaryCache::instance().get(boundaries, &mapError);
  if (!data.features && data.error.isEmpty())
    data.error = mapError; // the chart still works without a map
  return data;
}

DistrictData loadTrendData(std::shared_ptr<const DataSource> source, const TrendRequest &request,
                           Feedback *feedback) {
  DistrictData data;
  try {
    if (!source) {
      data.error = ForecastJobText::tr("No data source is open.");
      return data;
    }
    const QStringList problems = request.validate();
    if (!problems.isEmpty()) {
      data.error = problems.join(QLatin1Char('\n'));
      return data;
    }
    const TrendResult result = runTrends(*source, request, feedback);
    const SeriesPanel panel = TrendPanelProvider::panelOf(result);
    data.panel.series = panel.series;
    data.names = result.names;
    // The dashboard's boundaries and projection for Brazil.
    data.projectionId = ProjectionRegistry::defaultId();
    TrendBoundaries boundaries = loadTrendBoundaries(*source, request.level);
    data.features = std::move(boundaries.features);
    data.outlines = std::move(boundaries.outlines);
    if (!data.features)
      data.error = boundaries.error;
  } catch (const Canceled &) {
    data.canceled = true;
  } catch (const std::exception &e) {
    data.error = QString::fromUtf8(e.what());
  }
  return data;
}

DistrictData loadJobData(const ForecastJobParams &job, std::shared_ptr<const DataSource> source,
                         Feedback *feedback) {
  if (!job.fromDistricts())
    return loadTrendData(std::move(source), *job.series, feedback);
  if (!source) {
    DistrictData data;
    data.error = ForecastJobText::tr("No data source is open.");
    return data;
  }
  return loadDistrictData(source->location(), job.query.indicator.id());
}

ForecastJobOutput ForecastJobOutput::fromCluster(const ForecastRequest &request, const QJsonObject &result) {
  ForecastJobOutput out;
  out.request = request;
  out.result = ForecastResult::fromJson(result);
  const QJsonObject errors = result.value(QStringLiteral("errors")).toObject();
  for (auto it = errors.begin(); it != errors.end(); ++it)
    out.failures.insert(it.key(), it.value().toString());
  return out;
}

std::pair<QDate, QDate> dataRange(const ForecastPanel &panel) {
  QDate first, last;
  for (const TimeSeries &s : panel.series)
    if (s.size() > 0) {
      first = first.isValid() ? std::min(first, s.periodStart(0)) : s.periodStart(0);
      last = last.isValid() ? std::max(last, s.periodEnd(s.size() - 1)) : s.periodEnd(s.size() - 1);
    }
  return {first, last};
}

QList<std::pair<QString, QString>> seriesChoices(const ForecastPanel &panel,
                                                 const QMap<QString, QString> &names) {
  QList<std::pair<QString, QString>> items;
  for (const TimeSeries &s : panel.series) {
    const QString name = names.value(s.code);
    items.append({name.isEmpty() ? s.code : QStringLiteral("%1 (%2)").arg(name, s.code), s.code});
  }
  std::sort(items.begin(), items.end(),
            [](const auto &a, const auto &b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
  return items;
}

} // namespace epidesk
