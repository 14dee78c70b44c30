#pragma once
#include <QString>
#include <QStringList>
#include <optional>

namespace epidesk {

// A cluster job's status: one list for the server (JobStore, the API), the
// workers and the desktop's client. The server stores and answers Queued to
// Cancelled; the desktop adds Submitting (sent, not yet accepted) and
// Rejected (the cluster answered 422: never queued).
enum class JobStatus { Submitting, Queued, Running, Succeeded, Failed, Cancelled, Rejected };

// The wire and storage name: "queued", "running", ...
constexpr QLatin1String jobStatusId(JobStatus status) {
  switch (status) {
  case JobStatus::Submitting:
    return QLatin1String("submitting");
  case JobStatus::Queued:
    return QLatin1String("queued");
  case JobStatus::Running:
    return QLatin1String("running");
  case JobStatus::Succeeded:
    return QLatin1String("succeeded");
  case JobStatus::Failed:
    return QLatin1String("failed");
  case JobStatus::Cancelled:
    return QLatin1String("cancelled");
  case JobStatus::Rejected:
    return QLatin1String("rejected");
  }
  return QLatin1String("");
}

inline constexpr JobStatus kAllJobStatuses[] = {
    JobStatus::Submitting, JobStatus::Queued,    JobStatus::Running, JobStatus::Succeeded,
    JobStatus::Failed,     JobStatus::Cancelled, JobStatus::Rejected};

inline std::optional<JobStatus> jobStatusFromId(const QString &id) {
  for (JobStatus s : kAllJobStatuses)
    if (id == jobStatusId(s))
      return s;
  return std::nullopt;
}

// Stored by the server (and the ?status= filter of GET /v1/jobs).
constexpr bool isServerJobStatus(JobStatus s) {
  return s != JobStatus::Submitting && s != JobStatus::Rejected;
}

// Nothing more will happen to the job.
constexpr bool isFinalJobStatus(JobStatus s) {
  return s == JobStatus::Succeeded || s == JobStatus::Failed || s == JobStatus::Cancelled ||
         s == JobStatus::Rejected;
}
inline bool isFinalJobStatus(const QString &id) {
  const std::optional<JobStatus> s = jobStatusFromId(id);
  return s && isFinalJobStatus(*s);
}

// "queued", "running", "succeeded", "failed", "cancelled".
inline QStringList serverJobStatusIds() {
  QStringList out;
  for (JobStatus s : kAllJobStatuses)
    if (isServerJobStatus(s))
      out << jobStatusId(s);
  return out;
}

} // namespace epidesk
