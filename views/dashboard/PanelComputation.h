#pragma once
#include "dashboard/DashboardPanel.h"
#include <QByteArray>
#include <QFutureWatcher>
#include <QObject>
#include <functional>
#include <memory>

class QLabel;
class QStackedLayout;

namespace epidesk {

class Feedback;

// One computation of the panels that compute by themselves (forecast,
// relocation), shared by every panel with the same key (their family, their
// parameters and their data) for as long as one of them holds it: a second
// panel with equal parameters joins the first one's computation, running or
// finished, instead of starting its own. The result is type-erased; each
// family knows its type. GUI thread only; the work itself runs in the thread
// pool (Feedback: progress, cancel) or, synchronous, on the calling thread.
class PanelComputation : public QObject {
  Q_OBJECT
public:
  using Result = std::shared_ptr<const void>;
  // Must never throw; checks feedback->isCanceled() where it can.
  using Work = std::function<Result(Feedback *feedback)>;

  // The computation of key that another panel holds, else a new one running
  // work: finished on return when synchronous (a running one is waited for).
  static std::shared_ptr<PanelComputation> obtain(const QByteArray &key, bool synchronous, Work work);
  // Cancels the work when it is still running (its last holder let go).
  ~PanelComputation() override;
  // Asks running work to stop (it finishes soon, canceled).
  void cancel();

  QByteArray key() const { return m_key; }
  bool isFinished() const { return m_finished; }
  template <class T> std::shared_ptr<const T> result() const {
    return std::static_pointer_cast<const T>(m_result);
  }

signals:
  void finished();
  void progressChanged(double percent);

private:
  explicit PanelComputation(const QByteArray &key) : m_key(key) {}
  void start(Work work);
  void waitForFinished();
  void finish(Result result);

  QByteArray m_key;
  bool m_finished = false;
  Result m_result;
  std::shared_ptr<Feedback> m_feedback;
  QFutureWatcher<Result> m_watcher;
};

// A dashboard panel that computes by itself: it follows one shared
// PanelComputation, shows a message instead of its content while computing
// or after a failure, and emits computed() when the computation is done
// (after failed() when it failed).
class ComputingPanel : public DashboardPanel {
  Q_OBJECT
public:
  explicit ComputingPanel(const PanelSpec &spec, QWidget *parent = nullptr);

  bool isComputing() const override { return m_computation && !m_computation->isFinished(); }
  // Lets go of a running computation (canceled when no other panel holds it).
  void cancel() override;
  // What the panel shows instead of its content ("Forecasting…", a failure);
  // empty while the content is shown.
  QString message() const;
  const PanelComputation *computation() const { return m_computation.get(); }

protected:
  // The content widget (once, in the constructor).
  void setContent(QWidget *content);
  // Follows computation (replacing the one followed before): computationDone()
  // now when it is finished, else when it finishes, busyText shown meanwhile.
  void follow(std::shared_ptr<PanelComputation> computation, const QString &busyText);
  // Shows the finished computation's result, or calls fail().
  virtual void computationDone(const PanelComputation &computation) = 0;
  // Emits failed() with the panel's id and reason, and shows them.
  void fail(const QString &reason);
  void showContent();
  void showMessage(const QString &text);

private:
  void done();

  std::shared_ptr<PanelComputation> m_computation;
  QMetaObject::Connection m_connection;
  QStackedLayout *m_stack;
  QLabel *m_message;
};

} // namespace epidesk
