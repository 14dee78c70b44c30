#pragma once
#include <QByteArray>
#include <QMap>
#include <QPair>

namespace epidesk {

struct JobStats;

// Prometheus text exposition: job gauges/counters from the database (same on
// every replica) plus this process's HTTP request counters.
class MetricsRegistry {
public:
  void countRequest(const QByteArray &route, int status) { ++m_requests[{route, status}]; }
  QByteArray render(const JobStats &stats) const;

private:
  QMap<QPair<QByteArray, int>, qint64> m_requests;
};

} // namespace epidesk
