#pragma once
#include "RemoteJobRun.h"
#include <QCoreApplication>
#include <QUrl>

namespace epidesk {

// Where a dashboard's panels compute: in-process, or on the cluster its
// document names (source.cluster) with the user's token for it. Each panel
// family sends its own job kind (trends, forecast, relocation) with the
// parameters its local run takes, from the worker thread the local run would
// use, and shows the result as it shows a local one: the same analytics code
// runs on the worker (JobRunner) as in-process.
struct RemoteCompute {
  Q_DECLARE_TR_FUNCTIONS(RemoteCompute)
public:
  QUrl url; // empty: in-process
  QString token;

  bool isSet() const { return !url.isEmpty(); }
  // Submits and waits (RemoteJobRun); *error names the cluster on failure.
  std::optional<QJsonObject> run(const QString &kind, const QJsonObject &params, Feedback *feedback,
                                 QString *error, bool *canceled = nullptr) const;
  // Part of a computation's sharing key: results of different clusters differ.
  QByteArray keySuffix() const { return isSet() ? "@cluster:" + url.toEncoded() : QByteArray(); }
};

} // namespace epidesk
