#include "MetricsRegistry.h"
#include "JobStore.h"

namespace epidesk {

namespace {
void metric(QByteArray &out, const char *name, const char *type, const char *help, qint64 value) {
  out += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + ' ' + type + '\n' + name + ' ' +
         QByteArray::number(value) + '\n';
}
} // namespace

QByteArray MetricsRegistry::render(const JobStats &s) const {
  QByteArray out;
  metric(out, "epidesk_jobs_queued", "gauge", "Jobs waiting for a worker (queue depth).", s.queued);
  metric(out, "epidesk_jobs_running", "gauge", "Jobs held by a worker.", s.running);
  metric(out, "epidesk_jobs_succeeded_total", "counter", "Jobs that finished with a result.", s.succeeded);
  metric(out, "epidesk_jobs_failed_total", "counter", "Jobs that failed (error or attempts exhausted).",
         s.failed);
  metric(out, "epidesk_jobs_cancelled_total", "counter", "Jobs cancelled by their owner or an admin.",
         s.cancelled);
  metric(out, "epidesk_workers_alive", "gauge", "Workers with a heartbeat in the last interval.",
         s.workersAlive);
  metric(out, "epidesk_results_cached", "gauge", "Stored results (shared cache entries).", s.results);
  out += "# HELP epidesk_job_duration_seconds Run time of succeeded jobs (last attempt).\n"
         "# TYPE epidesk_job_duration_seconds histogram\n";
  for (const auto &[le, count] : s.durationBuckets)
    out += "epidesk_job_duration_seconds_bucket{le=\"" + QByteArray::number(le) + "\"} " +
           QByteArray::number(count) + '\n';
  out += "epidesk_job_duration_seconds_bucket{le=\"+Inf\"} " + QByteArray::number(s.durationCount) + '\n';
  out += "epidesk_job_duration_seconds_sum " + QByteArray::number(s.durationSum, 'g', 10) + '\n';
  out += "epidesk_job_duration_seconds_count " + QByteArray::number(s.durationCount) + '\n';
  out += s.schedules.render();
  out += "# HELP epidesk_http_requests_total HTTP requests answered by this server process.\n"
         "# TYPE epidesk_http_requests_total counter\n";
  for (auto it = m_requests.cbegin(); it != m_requests.cend(); ++it)
    out += "epidesk_http_requests_total{route=\"" + it.key().first + "\",code=\"" +
           QByteArray::number(it.key().second) + "\"} " + QByteArray::number(it.value()) + '\n';
  return out;
}

} // namespace epidesk
