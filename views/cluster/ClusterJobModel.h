#pragma once
#include <QAbstractTableModel>
#include <QStringList>

namespace epidesk {

class ClusterJobTracker;
struct TrackedJob;

// The tracker's jobs as a table, newest first. Display texts are formatted
// for people; ProgressRole gives the percentage (0-100) for the delegate.
class ClusterJobModel : public QAbstractTableModel {
  Q_OBJECT
public:
  enum Column { Label, Kind, Status, Progress, Duration, Submitted, ColumnCount };
  enum Role { KeyRole = Qt::UserRole + 1, ProgressRole, StatusRole };

  explicit ClusterJobModel(ClusterJobTracker *tracker, QObject *parent = nullptr);

  QString keyAt(int row) const { return m_keys.value(row); }
  int rowOf(const QString &key) const { return m_keys.indexOf(key); }

  int rowCount(const QModelIndex &parent = {}) const override;
  int columnCount(const QModelIndex &parent = {}) const override;
  QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

  // Re-reads every text after a language change.
  void retranslate();
  // Running jobs' durations grow: called by the view's clock.
  void refreshDurations();

  static QString statusText(const QString &status);
  static QString durationText(qint64 ms);

private:
  void onAdded(const QString &key);
  void onChanged(const QString &key);
  void onRemoved(const QString &key);

  ClusterJobTracker *m_tracker;
  QStringList m_keys; // newest first
};

} // namespace epidesk
