#include "trends/TrendJob.h"
#include "Feedback.h"
#include "TrendAnalysis.h"
#include "WarehouseError.h"
#include "map/BoundaryCache.h"
#include "map/MapBinding.h"
#include <QCoreApplication>
#include <exception>

namespace epidesk {

std::shared_ptr<Feedback> makeSharedFeedback() {
  return std::shared_ptr<Feedback>(new Feedback, [](Feedback *f) { f->deleteLater(); });
}

TrendBoundaries loadTrendBoundaries(const DataSource &source, GeoLevel level) {
  TrendBoundaries out;
  const GeoLevel boundaryLevel = MapBinding::boundaryLevel(level);
  out.features = BoundaryCache::instance().get(source.boundaries(boundaryLevel), &out.error);
  if (boundaryLevel == GeoLevel::Municipality)
    out.outlines = BoundaryCache::instance().get(source.boundaries(GeoLevel::Uf));
  return out;
}

namespace {
// The map's boundaries of out.request; the table and chart still work without a map.
void loadBoundaries(const DataSource &source, TrendJobOutput &out) {
  TrendBoundaries b = loadTrendBoundaries(source, out.request.level);
  out.features = std::move(b.features);
  out.outlines = std::move(b.outlines);
  if (out.features)
    out.binding = MapBinding(out.result.level, *out.features, source.geography());
  else
    out.error = b.error;
}
} // namespace

TrendJobOutput presentClusterTrends(std::shared_ptr<const DataSource> source, const TrendRequest &request,
                                    const TrendResult &result) {
  TrendJobOutput out;
  out.request = request;
  out.result = result;
  if (request.level == GeoLevel::Country)
    out.country = result;
  try {
    if (source)
      loadBoundaries(*source, out);
  } catch (const std::exception &e) {
    out.error = QString::fromLocal8Bit(e.what());
  }
  return out;
}

TrendJobOutput runTrendJob(std::shared_ptr<const DataSource> source, const TrendRequest &request,
                           Feedback *feedback) {
  TrendJobOutput out;
  out.request = request;
  try {
    if (!source) {
      out.status = TrendJobOutput::Status::Failed;
      out.error = QCoreApplication::translate("epidesk::TrendJob", "No data source is open.");
      return out;
    }
    // Same filter as runTrends(); the cells are fetched once for both levels
    // (state-level cells also serve the country line).
    const std::vector<SalesCell> cells = source->salesCells(salesFilterFor(request), feedback);
    const Geography geography = source->geography();
    out.result = TrendAnalysis::run(request, cells, geography, feedback);
    if (request.level == GeoLevel::Country) {
      out.country = out.result;
    } else {
      TrendRequest countryRequest = request;
      countryRequest.level = GeoLevel::Country;
      out.country = TrendAnalysis::run(countryRequest, cells, geography, feedback);
    }
    if (feedback && feedback->isCanceled())
      throw Canceled{};

    loadBoundaries(*source, out);
    if (feedback)
      feedback->setProgress(100);
  } catch (const Canceled &) {
    out.status = TrendJobOutput::Status::Canceled;
  } catch (const WarehouseError &e) {
    out.status = e.kind() == WarehouseError::Kind::ConnectionLost ? TrendJobOutput::Status::ConnectionLost
                                                                  : TrendJobOutput::Status::Failed;
    out.error = e.message();
  } catch (const std::exception &e) {
    out.status = TrendJobOutput::Status::Failed;
    out.error = QString::fromLocal8Bit(e.what());
  } catch (...) {
    out.status = TrendJobOutput::Status::Failed;
    out.error = QCoreApplication::translate("epidesk::TrendJob", "Unknown error while computing trends.");
  }
  return out;
}

} // namespace epidesk
