#pragma once
#include <QJsonObject>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace epidesk {

class ClusterJobModel;
class ClusterJobTracker;

// The cluster jobs of this desktop: status, progress and duration per job,
// cancel / open result / remove, and a banner while the cluster is away.
// Thin: all state lives in the ClusterJobTracker.
class JobsPanel : public QWidget {
  Q_OBJECT
public:
  explicit JobsPanel(ClusterJobTracker *tracker, QWidget *parent = nullptr);

  QTableView *table() const { return m_table; }
  ClusterJobModel *model() const { return m_model; }
  QString selectedKey() const;
  void selectJob(const QString &key);

  // Opens the selected (or given) succeeded job's result: emits openResultRequested.
  void openResult(const QString &key);

signals:
  void openResultRequested(const QString &kind, const QJsonObject &params, const QJsonObject &result);

protected:
  void changeEvent(QEvent *event) override;

private:
  void retranslate();
  void updateButtons();
  void updateBanner();

  ClusterJobTracker *m_tracker;
  ClusterJobModel *m_model;
  QLabel *m_banner;
  QTableView *m_table;
  QPushButton *m_cancel, *m_open, *m_remove;
  QTimer *m_clock;
};

} // namespace epidesk
