#pragma once
#include "DataSource.h"
#include "Feature.h"
#include "TrendTypes.h"
#include "map/MapBinding.h"
#include <QString>
#include <memory>

namespace epidesk {

class Feedback;

// Everything the dashboard shows for one request, computed off the GUI thread.
struct TrendJobOutput {
  // ConnectionLost: the data source's server went away (restart, network);
  // the same request can succeed once it is reachable again.
  enum class Status { Ok, Canceled, Failed, ConnectionLost };
  Status status = Status::Ok;
  QString error;
  TrendRequest request;
  TrendResult result;
  TrendResult country;           // same request at country level: the chart's reference line
  FeatureCollectionPtr features; // boundaries the map shows the result on
  FeatureCollectionPtr outlines; // state borders over municipalities (else null)
  MapBinding binding;            // result codes <-> features (empty without features)
};

// A Feedback whose last owner may be a worker thread: deleted through
// deleteLater() so the QObject dies in the thread it lives in.
std::shared_ptr<Feedback> makeSharedFeedback();

// Runs the request (runTrends' path: sales cells once, then the analysis at
// the requested and at country level) and loads the boundaries. Never
// throws; cancellation through feedback gives Status::Canceled.
TrendJobOutput runTrendJob(std::shared_ptr<const DataSource> source, const TrendRequest &request,
                           Feedback *feedback);

// The map's boundaries for a trends level: the features, and state outlines
// over municipalities (else null); error when the features cannot be read.
struct TrendBoundaries {
  FeatureCollectionPtr features;
  FeatureCollectionPtr outlines;
  QString error;
};
TrendBoundaries loadTrendBoundaries(const DataSource &source, GeoLevel level);

// A result computed on the cluster (the "trends" job kind: the same
// runTrends path), shown like a local one: the boundaries come from the local
// source (if any). The country reference line is set only for a country-level
// request (the dashboard asks the cluster for it as a second job).
TrendJobOutput presentClusterTrends(std::shared_ptr<const DataSource> source, const TrendRequest &request,
                                    const TrendResult &result);

} // namespace epidesk
