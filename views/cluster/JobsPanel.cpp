#include "cluster/JobsPanel.h"
#include "cluster/ClusterJobModel.h"
#include "ClusterJobTracker.h"
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace epidesk {

namespace {
// Draws the progress column as a progress bar.
class ProgressDelegate : public QStyledItemDelegate {
public:
  using QStyledItemDelegate::QStyledItemDelegate;
  void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override {
    QStyleOptionProgressBar bar;
    bar.rect = option.rect.adjusted(2, 2, -2, -2);
    bar.minimum = 0;
    bar.maximum = 100;
    bar.progress = int(index.data(ClusterJobModel::ProgressRole).toDouble());
    bar.text = index.data(Qt::DisplayRole).toString();
    bar.textVisible = true;
    bar.state = option.state | QStyle::State_Horizontal;
    const QWidget *w = option.widget;
    (w ? w->style() : QApplication::style())->drawControl(QStyle::CE_ProgressBar, &bar, painter, w);
  }
};

bool isStatus(const std::optional<TrackedJob> &job, std::initializer_list<JobStatus> statuses) {
  if (!job)
    return false;
  for (JobStatus s : statuses)
    if (job->is(s))
      return true;
  return false;
}
} // namespace

JobsPanel::JobsPanel(ClusterJobTracker *tracker, QWidget *parent)
    : QWidget(parent), m_tracker(tracker), m_model(new ClusterJobModel(tracker, this)), m_banner(new QLabel),
      m_table(new QTableView), m_cancel(new QPushButton), m_open(new QPushButton), m_remove(new QPushButton),
      m_clock(new QTimer(this)) {
  m_banner->setWordWrap(true);
  m_banner->setObjectName(QStringLiteral("clusterUnreachableBanner"));
  m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #664d03; padding: 6px; }"));
  m_table->setModel(m_model);
  m_table->setItemDelegateForColumn(ClusterJobModel::Progress, new ProgressDelegate(m_table));
  m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
  m_table->setSelectionMode(QAbstractItemView::SingleSelection);
  m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
  m_table->verticalHeader()->hide();
  m_table->horizontalHeader()->setSectionResizeMode(ClusterJobModel::Label, QHeaderView::Stretch);

  auto *buttons = new QHBoxLayout;
  buttons->addWidget(m_cancel);
  buttons->addWidget(m_open);
  buttons->addWidget(m_remove);
  buttons->addStretch();
  auto *layout = new QVBoxLayout(this);
  layout->addWidget(m_banner);
  layout->addWidget(m_table, 1);
  layout->addLayout(buttons);

  connect(m_cancel, &QPushButton::clicked, this, [this] { m_tracker->cancel(selectedKey()); });
  connect(m_open, &QPushButton::clicked, this, [this] { openResult(selectedKey()); });
  connect(m_remove, &QPushButton::clicked, this, [this] { m_tracker->remove(selectedKey()); });
  connect(m_table, &QTableView::doubleClicked, this,
          [this](const QModelIndex &index) { openResult(m_model->keyAt(index.row())); });
  connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &JobsPanel::updateButtons);
  connect(tracker, &ClusterJobTracker::jobChanged, this, &JobsPanel::updateButtons);
  connect(tracker, &ClusterJobTracker::jobRemoved, this, &JobsPanel::updateButtons);
  connect(tracker, &ClusterJobTracker::reachabilityChanged, this, &JobsPanel::updateBanner);
  connect(m_clock, &QTimer::timeout, m_model, &ClusterJobModel::refreshDurations);
  m_clock->start(1000);

  retranslate();
  updateButtons();
  updateBanner();
}

QString JobsPanel::selectedKey() const {
  const QModelIndexList rows = m_table->selectionModel()->selectedRows();
  return rows.isEmpty() ? QString() : m_model->keyAt(rows.first().row());
}

void JobsPanel::selectJob(const QString &key) {
  const int row = m_model->rowOf(key);
  if (row >= 0)
    m_table->selectRow(row);
}

void JobsPanel::openResult(const QString &key) {
  const auto job = m_tracker->job(key);
  if (!isStatus(job, {JobStatus::Succeeded}))
    return;
  const auto result = m_tracker->result(key);
  if (!result) {
    m_banner->setText(tr("The result of \"%1\" is no longer stored on this computer.").arg(job->label));
    m_banner->show();
    return;
  }
  emit openResultRequested(job->kind, job->params, *result);
}

void JobsPanel::updateButtons() {
  const auto job = m_tracker->job(selectedKey());
  m_cancel->setEnabled(isStatus(job, {JobStatus::Submitting, JobStatus::Queued, JobStatus::Running}));
  m_open->setEnabled(isStatus(job, {JobStatus::Succeeded}));
  m_remove->setEnabled(job && job->isFinal());
}

void JobsPanel::updateBanner() {
  m_banner->setText(m_tracker->unreachableReason());
  m_banner->setVisible(!m_tracker->isClusterReachable());
}

void JobsPanel::retranslate() {
  m_cancel->setText(tr("Cancel"));
  m_cancel->setToolTip(tr("Cancel the selected job on the cluster"));
  m_open->setText(tr("Open result"));
  m_open->setToolTip(tr("Show the result of the selected job (also by double-click)"));
  m_remove->setText(tr("Remove"));
  m_remove->setToolTip(tr("Forget the selected finished job and its stored result"));
  m_model->retranslate();
}

void JobsPanel::changeEvent(QEvent *event) {
  if (event->type() == QEvent::LanguageChange)
    retranslate();
  QWidget::changeEvent(event);
}

} // namespace epidesk
