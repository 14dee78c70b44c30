#include "dashboard/PanelComputation.h"
#include "Feedback.h"
#include "trends/TrendJob.h"
#include <QCoreApplication>
#include <QHash>
#include <QLabel>
#include <QStackedLayout>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace epidesk {

namespace {
// The computations panels hold now, by key (expired entries are dropped as met).
QHash<QByteArray, std::weak_ptr<PanelComputation>> &registry() {
  static QHash<QByteArray, std::weak_ptr<PanelComputation>> computations;
  return computations;
}
// Not the global pool: a forecast runs its series there (blockingMap), and
// two forecasts waiting inside the global pool for their own series would
// leave it no thread to run them on. Owned by the application, which waits
// for it (canceled work ends soon) while the global pool still runs.
QThreadPool &computationPool() {
  static QThreadPool *pool = [] {
    // Work still running when the application ends (a window closed just
    // before, a cluster that does not answer) is canceled first, so the
    // pool's wait in the application's destructor ends.
    qAddPostRoutine([] {
      for (const std::weak_ptr<PanelComputation> &c : registry())
        if (std::shared_ptr<PanelComputation> running = c.lock())
          running->cancel();
    });
    return new QThreadPool(QCoreApplication::instance());
  }();
  return *pool;
}

} // namespace

std::shared_ptr<PanelComputation> PanelComputation::obtain(const QByteArray &key, bool synchronous,
                                                           Work work) {
  auto &computations = registry();
  for (auto it = computations.begin(); it != computations.end();)
    it = it->expired() ? computations.erase(it) : std::next(it);
  if (std::shared_ptr<PanelComputation> shared = computations.value(key).lock()) {
    if (synchronous)
      shared->waitForFinished();
    return shared;
  }
  std::shared_ptr<PanelComputation> computation(new PanelComputation(key));
  computations.insert(key, computation);
  if (synchronous)
    computation->finish(work(nullptr));
  else
    computation->start(std::move(work));
  return computation;
}

PanelComputation::~PanelComputation() {
  cancel(); // the worker's result is dropped with the watcher
}

void PanelComputation::cancel() {
  if (m_feedback && !m_finished)
    m_feedback->cancel();
}

void PanelComputation::start(Work work) {
  m_feedback = makeSharedFeedback();
  connect(m_feedback.get(), &Feedback::progressChanged, this, &PanelComputation::progressChanged);
  connect(&m_watcher, &QFutureWatcher<Result>::finished, this, [this] {
    if (!m_finished)
      finish(m_watcher.result());
  });
  m_watcher.setFuture(QtConcurrent::run(
      &computationPool(), [work = std::move(work), feedback = m_feedback] { return work(feedback.get()); }));
}

void PanelComputation::waitForFinished() {
  if (m_finished)
    return;
  m_watcher.waitForFinished();
  finish(m_watcher.result());
}

void PanelComputation::finish(Result result) {
  m_result = std::move(result);
  m_finished = true;
  emit finished();
}

ComputingPanel::ComputingPanel(const PanelSpec &spec, QWidget *parent)
    : DashboardPanel(spec, parent), m_stack(new QStackedLayout(this)), m_message(new QLabel) {
  m_message->setObjectName(QStringLiteral("panelMessage"));
  m_message->setAlignment(Qt::AlignCenter);
  m_message->setWordWrap(true);
  m_message->setMargin(12);
  m_stack->setContentsMargins(0, 0, 0, 0);
  m_stack->addWidget(m_message);
}

void ComputingPanel::setContent(QWidget *content) {
  m_stack->insertWidget(0, content);
  m_stack->setCurrentWidget(m_message); // until there is something to show
}

QString ComputingPanel::message() const {
  return m_stack->currentWidget() == m_message ? m_message->text() : QString();
}

void ComputingPanel::showContent() {
  m_stack->setCurrentIndex(0);
}

void ComputingPanel::showMessage(const QString &text) {
  m_message->setText(text);
  m_stack->setCurrentWidget(m_message);
}

void ComputingPanel::follow(std::shared_ptr<PanelComputation> computation, const QString &busyText) {
  disconnect(m_connection);
  m_computation = std::move(computation);
  if (!m_computation)
    return;
  if (m_computation->isFinished()) {
    done();
    return;
  }
  showMessage(busyText);
  m_connection = connect(m_computation.get(), &PanelComputation::finished, this, &ComputingPanel::done);
}

void ComputingPanel::cancel() {
  if (!isComputing())
    return;
  disconnect(m_connection);
  m_computation.reset();
  showMessage(tr("Canceled."));
}

void ComputingPanel::done() {
  disconnect(m_connection);
  computationDone(*m_computation);
  emit computed();
}

void ComputingPanel::fail(const QString &reason) {
  const QString message = tr("panel \"%1\": %2").arg(id(), reason);
  showMessage(message);
  emit failed(message);
}

} // namespace epidesk
