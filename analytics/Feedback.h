#pragma once
#include <QObject>
#include <QString>
#include <atomic>

namespace epidesk {

// One cancellation/progress token shared by a worker and whoever watches it
// (GUI, CLI, cluster). Thread-safe: workers call setProgress/isCanceled from
// any thread; signals reach GUI objects through queued connections.
class Feedback : public QObject {
  Q_OBJECT
public:
  explicit Feedback(QObject *parent = nullptr) : QObject(parent) {}

  bool isCanceled() const { return m_canceled.load(std::memory_order_relaxed); }
  double progress() const { return m_progress.load(std::memory_order_relaxed); }

  // percent in [0, 100]
  void setProgress(double percent) {
    m_progress.store(percent, std::memory_order_relaxed);
    emit progressChanged(percent);
  }
  void setStatus(const QString &text) { emit statusChanged(text); }

public slots:
  void cancel() {
    if (!m_canceled.exchange(true))
      emit canceled();
  }

signals:
  void progressChanged(double percent);
  void statusChanged(const QString &text);
  void canceled();

private:
  std::atomic<bool> m_canceled{false};
  std::atomic<double> m_progress{0.0};
};

// Thrown by long computations when their Feedback was canceled.
struct Canceled {};

} // namespace epidesk
