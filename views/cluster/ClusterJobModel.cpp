#include "cluster/ClusterJobModel.h"
#include "ClusterJobTracker.h"
#include <QLocale>

namespace epidesk {

ClusterJobModel::ClusterJobModel(ClusterJobTracker *tracker, QObject *parent)
    : QAbstractTableModel(parent), m_tracker(tracker) {
  for (const TrackedJob &j : tracker->jobs())
    m_keys << j.key;
  connect(tracker, &ClusterJobTracker::jobAdded, this, &ClusterJobModel::onAdded);
  connect(tracker, &ClusterJobTracker::jobChanged, this, &ClusterJobModel::onChanged);
  connect(tracker, &ClusterJobTracker::jobRemoved, this, &ClusterJobModel::onRemoved);
}

int ClusterJobModel::rowCount(const QModelIndex &parent) const {
  return parent.isValid() ? 0 : int(m_keys.size());
}

int ClusterJobModel::columnCount(const QModelIndex &parent) const {
  return parent.isValid() ? 0 : ColumnCount;
}

QString ClusterJobModel::statusText(const QString &status) {
  const std::optional<JobStatus> s = jobStatusFromId(status);
  if (!s)
    return status;
  switch (*s) {
  case JobStatus::Submitting:
    return tr("submitting");
  case JobStatus::Queued:
    return tr("queued");
  case JobStatus::Running:
    return tr("running");
  case JobStatus::Succeeded:
    return tr("succeeded");
  case JobStatus::Failed:
    return tr("failed");
  case JobStatus::Cancelled:
    return tr("cancelled");
  case JobStatus::Rejected:
    return tr("rejected");
  }
  return status;
}

QString ClusterJobModel::durationText(qint64 ms) {
  if (ms < 0)
    return QString();
  const qint64 s = ms / 1000;
  if (s < 60)
    return tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
  if (s < 3600)
    return tr("%1 min %2 s").arg(s / 60).arg(s % 60);
  return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

QVariant ClusterJobModel::data(const QModelIndex &index, int role) const {
  if (!index.isValid() || index.row() >= m_keys.size())
    return {};
  const auto job = m_tracker->job(m_keys.at(index.row()));
  if (!job)
    return {};
  switch (role) {
  case KeyRole:
    return job->key;
  case ProgressRole:
    return job->progress;
  case StatusRole:
    return job->status;
  case Qt::ToolTipRole:
    if (!job->error.isEmpty())
      return job->error;
    if (job->cached)
      return tr("answered at once from the cluster's stored results");
    return job->cluster.toString();
  case Qt::DisplayRole:
    switch (index.column()) {
    case Label:
      return job->label;
    case Kind:
      return job->kind;
    case Status:
      return job->cached ? tr("%1 (cached)").arg(statusText(job->status)) : statusText(job->status);
    case Progress:
      return tr("%1 %").arg(QLocale().toString(job->progress, 'f', 0));
    case Duration:
      return durationText(job->durationMs());
    case Submitted:
      return QLocale().toString(job->submittedAt.toLocalTime(), QLocale::ShortFormat);
    }
    break;
  }
  return {};
}

QVariant ClusterJobModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
    return QAbstractTableModel::headerData(section, orientation, role);
  switch (section) {
  case Label:
    return tr("Job");
  case Kind:
    return tr("Kind");
  case Status:
    return tr("Status");
  case Progress:
    return tr("Progress");
  case Duration:
    return tr("Duration");
  case Submitted:
    return tr("Submitted");
  }
  return {};
}

void ClusterJobModel::retranslate() {
  emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
  if (!m_keys.isEmpty())
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ClusterJobModel::refreshDurations() {
  for (int row = 0; row < m_keys.size(); ++row)
    if (const auto job = m_tracker->job(m_keys.at(row)); job && job->is(JobStatus::Running))
      emit dataChanged(index(row, Duration), index(row, Duration), {Qt::DisplayRole});
}

void ClusterJobModel::onAdded(const QString &key) {
  if (m_keys.contains(key))
    return;
  beginInsertRows({}, 0, 0);
  m_keys.prepend(key);
  endInsertRows();
}

void ClusterJobModel::onChanged(const QString &key) {
  const int row = rowOf(key);
  if (row >= 0)
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ClusterJobModel::onRemoved(const QString &key) {
  const int row = rowOf(key);
  if (row < 0)
    return;
  beginRemoveRows({}, row, row);
  m_keys.removeAt(row);
  endRemoveRows();
}

} // namespace epidesk
