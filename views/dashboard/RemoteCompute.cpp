#include "dashboard/RemoteCompute.h"

namespace epidesk {

std::optional<QJsonObject> RemoteCompute::run(const QString &kind, const QJsonObject &params,
                                              Feedback *feedback, QString *error, bool *canceled) const {
  RemoteJobRun cluster(url, token);
  const RemoteJobOutcome outcome = cluster.run(kind, params, feedback);
  if (canceled)
    *canceled = outcome.status == RemoteJobOutcome::Status::Canceled;
  if (outcome.ok())
    return outcome.result;
  if (error)
    *error = tr("cluster %1: %2").arg(url.toDisplayString(), outcome.error);
  return std::nullopt;
}

} // namespace epidesk
