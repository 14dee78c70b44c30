#pragma once
#include <QByteArray>
#include <QMap>
#include <QString>
#include <utility>
#include <vector>

namespace epidesk {

// Schedule figures for /metrics, read from the database (same on every replica).
struct ScheduleStats {
  qint64 active = 0, paused = 0;
  QMap<QString, qint64> runsByStatus;
  // Scheduler lag: a cron run's due time to its job's start, seconds.
  std::vector<std::pair<double, qint64>> lagBuckets; // (le, cumulative count)
  double lagSum = 0;
  qint64 lagCount = 0;
  double overdueSeconds = 0; // the oldest due time of an active schedule not yet handled
  QByteArray render() const; // Prometheus text
};

} // namespace epidesk
