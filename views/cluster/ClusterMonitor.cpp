#include "cluster/ClusterMonitor.h"
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QSet>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <qcustomplot.h>

namespace epidesk {

namespace {
constexpr int kRecentJobs = 50;
constexpr int kMaxChartPoints = 5000; // a long session keeps its last ~7 h at 5 s

enum JobColumn { StatusColumn, KindColumn, OwnerColumn, DurationColumn, ErrorColumn, ColumnCount };

QString formatSeconds(double s) {
  const QLocale locale;
  if (s < 60)
    return ClusterMonitor::tr("%1 s").arg(locale.toString(s, 'f', s < 10 ? 2 : 1));
  if (s < 3600)
    return ClusterMonitor::tr("%1 min").arg(locale.toString(s / 60, 'f', 1));
  return ClusterMonitor::tr("%1 h").arg(locale.toString(s / 3600, 'f', 1));
}
} // namespace

ClusterMonitor::ClusterMonitor(QWidget *parent)
    : QWidget(parent), m_timer(new QTimer(this)), m_statusValue(new QLabel(this)),
      m_workersValue(new QLabel(this)), m_queueValue(new QLabel(this)), m_runningValue(new QLabel(this)),
      m_failuresValue(new QLabel(this)), m_durationValue(new QLabel(this)), m_statusReason(new QLabel(this)),
      m_updated(new QLabel(this)), m_chartTitle(new QLabel(this)), m_chart(new QCustomPlot(this)),
      m_jobsTitle(new QLabel(this)), m_jobsScope(new QLabel(this)),
      m_jobs(new QTableWidget(0, ColumnCount, this)) {
  setObjectName(QStringLiteral("clusterMonitor"));
  m_statusValue->setObjectName(QStringLiteral("statusTile"));
  m_workersValue->setObjectName(QStringLiteral("workersTile"));
  m_queueValue->setObjectName(QStringLiteral("queueTile"));
  m_runningValue->setObjectName(QStringLiteral("runningTile"));
  m_failuresValue->setObjectName(QStringLiteral("failuresTile"));
  m_durationValue->setObjectName(QStringLiteral("durationTile"));
  m_statusReason->setObjectName(QStringLiteral("statusReason"));
  m_chart->setObjectName(QStringLiteral("queueChart"));
  m_jobs->setObjectName(QStringLiteral("recentJobs"));
  m_jobsScope->setObjectName(QStringLiteral("jobsScope"));

  // Tiles: a small title over a large value.
  auto *tiles = new QGridLayout;
  QLabel *values[] = {m_statusValue,  m_workersValue,  m_queueValue,
                      m_runningValue, m_failuresValue, m_durationValue};
  QFont big = font();
  big.setPointSizeF(big.pointSizeF() * 1.5);
  big.setBold(true);
  for (int i = 0; i < 6; ++i) {
    auto *title = new QLabel(this);
    m_tileTitles << title;
    values[i]->setFont(big);
    values[i]->setWordWrap(true);
    values[i]->setTextInteractionFlags(Qt::TextSelectableByMouse);
    tiles->addWidget(title, 0, i);
    tiles->addWidget(values[i], 1, i, Qt::AlignTop);
    tiles->setColumnStretch(i, i == 0 ? 2 : 1); // the status carries the reason
  }
  m_statusReason->setWordWrap(true);
  m_statusReason->setTextInteractionFlags(Qt::TextSelectableByMouse);
  tiles->addWidget(m_statusReason, 2, 0);

  m_chart->setMinimumHeight(160);
  auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
  ticker->setDateTimeFormat(QStringLiteral("HH:mm:ss"));
  m_chart->xAxis->setTicker(ticker);
  m_chart->legend->setVisible(true);
  m_chart->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
  QCPGraph *queued = m_chart->addGraph();
  queued->setPen(QPen(QColor(0xd9, 0x5f, 0x02), 2));
  queued->setLineStyle(QCPGraph::lsStepLeft);
  QCPGraph *running = m_chart->addGraph();
  running->setPen(QPen(QColor(0x1b, 0x9e, 0x77), 2));
  running->setLineStyle(QCPGraph::lsStepLeft);

  m_jobs->verticalHeader()->hide();
  m_jobs->setEditTriggers(QAbstractItemView::NoEditTriggers);
  m_jobs->setSelectionBehavior(QAbstractItemView::SelectRows);
  m_jobs->horizontalHeader()->setStretchLastSection(true);
  m_jobsScope->setWordWrap(true);
  m_updated->setWordWrap(true);

  auto *layout = new QVBoxLayout(this);
  layout->addLayout(tiles);
  layout->addWidget(m_updated);
  layout->addWidget(m_chartTitle);
  layout->addWidget(m_chart, 2);
  layout->addWidget(m_jobsTitle);
  layout->addWidget(m_jobsScope);
  layout->addWidget(m_jobs, 1);

  m_timer->setInterval(m_intervalSeconds * 1000);
  connect(m_timer, &QTimer::timeout, this, &ClusterMonitor::refresh);
  retranslate();
}

ClusterMonitor::~ClusterMonitor() = default;

void ClusterMonitor::setCluster(const QUrl &url, const QString &token) {
  delete m_client; // its pending replies go with it
  m_url = url;
  m_token = token;
  m_inFlight = false;
  m_round = Round();
  m_hasSnapshot = false;
  m_snapshot = ClusterSnapshot();
  m_lastUpdate = QDateTime();
  m_jobsNote.clear();
  m_jobs->setRowCount(0);
  for (int i = 0; i < m_chart->graphCount(); ++i)
    m_chart->graph(i)->data()->clear();
  m_chart->replot();
  if (url.isValid() && !url.host().isEmpty()) {
    m_client = new ClusterClient(url, this);
    m_client->setToken(token);
    m_client->setTimeoutMs(std::max(2000, m_intervalSeconds * 1000));
    connect(m_client, &ClusterClient::replied, this, &ClusterMonitor::onReply);
    m_status = Status::Connecting;
  } else {
    m_status = Status::NotConfigured;
  }
  m_reason.clear();
  updateTiles();
  if (!m_client)
    m_timer->stop();
  else if (isVisible()) {
    m_timer->start();
    refresh();
  }
}

void ClusterMonitor::setIntervalSeconds(int seconds) {
  m_intervalSeconds = std::clamp(seconds, 1, 3600);
  m_timer->setInterval(m_intervalSeconds * 1000);
  if (m_client)
    m_client->setTimeoutMs(std::max(2000, m_intervalSeconds * 1000));
}

bool ClusterMonitor::isPolling() const {
  return m_timer->isActive();
}

qint64 ClusterMonitor::failuresSinceOpened() const {
  return m_hasSnapshot ? m_snapshot.failed - m_baseFailed : 0;
}

qint64 ClusterMonitor::succeededSinceOpened() const {
  return m_hasSnapshot ? m_snapshot.succeeded - m_baseSucceeded : 0;
}

int ClusterMonitor::recentJobCount() const {
  return m_jobs->rowCount();
}

void ClusterMonitor::refresh() {
  if (!m_client || m_inFlight)
    return;
  m_inFlight = true;
  m_round = Round();
  m_round.pending = 3;
  m_round.health = m_client->health();
  m_round.metrics = m_client->metrics();
  m_round.jobs = m_client->listJobs(QString(), kRecentJobs);
}

void ClusterMonitor::onReply(quint64 id, const ClusterReply &reply) {
  if (!m_inFlight)
    return;
  if (id == m_round.health)
    m_round.healthReply = reply;
  else if (id == m_round.metrics)
    m_round.metricsReply = reply;
  else if (id == m_round.jobs)
    m_round.jobsReply = reply;
  else
    return;
  if (--m_round.pending == 0)
    finishRound();
}

void ClusterMonitor::finishRound() {
  m_inFlight = false;
  ++m_rounds;
  const ClusterReply &health = m_round.healthReply;
  if (health.httpStatus == 0) {
    m_status = Status::NotReachable;
    m_reason = health.error;
  } else if (health.httpStatus == 503 || health.body.value("database").toString() != QLatin1String("ok")) {
    m_status =
        health.body.contains(QLatin1String("database")) ? Status::DatabaseUnavailable : Status::NotReachable;
    m_reason = health.body.contains(QLatin1String("database"))
                   ? QString()
                   : tr("not an EpiDesk cluster (HTTP %1)").arg(health.httpStatus);
  } else {
    m_status = Status::Ok;
    m_reason.clear();
  }

  const ClusterReply &metrics = m_round.metricsReply;
  if (metrics.ok()) {
    const ClusterSnapshot s = ClusterSnapshot::fromMetrics(metrics.text);
    if (s.isComplete()) {
      if (!m_hasSnapshot) { // the session's baseline for the deltas
        m_baseFailed = s.failed;
        m_baseSucceeded = s.succeeded;
      }
      m_snapshot = s;
      m_hasSnapshot = true;
      m_lastUpdate = QDateTime::currentDateTime();
      addChartPoint();
    }
  }
  if (m_status != Status::NotReachable)
    showJobs(m_round.jobsReply);
  updateTiles();
  emit refreshed();
}

void ClusterMonitor::showJobs(const ClusterReply &reply) {
  if (reply.httpStatus == 401) {
    m_jobsNote = m_token.isEmpty() ? tr("Set a token in the cluster settings to see jobs.")
                                   : tr("The cluster rejected the token: no jobs shown.");
    m_jobs->setRowCount(0);
    return;
  }
  if (!reply.ok()) {
    m_jobsNote = tr("Jobs not available: %1").arg(reply.error);
    return; // keep the last list
  }
  const QJsonArray jobs = reply.body.value("jobs").toArray();
  QSet<QString> owners;
  m_jobs->setRowCount(int(jobs.size()));
  for (int row = 0; row < jobs.size(); ++row) {
    const QJsonObject job = jobs[row].toObject();
    const QJsonObject timings = job.value("timings").toObject();
    const QString status = job.value("status").toString();
    owners.insert(job.value("owner").toString());
    QString duration;
    if (timings.contains(QLatin1String("run_seconds")))
      duration = formatSeconds(timings.value("run_seconds").toDouble());
    else if (timings.contains(QLatin1String("queued_seconds")) && status == QLatin1String("running"))
      duration = tr("running");
    const QString cells[ColumnCount] = {status, job.value("kind").toString(), job.value("owner").toString(),
                                        duration, job.value("error").toString()};
    for (int c = 0; c < ColumnCount; ++c) {
      auto *item = new QTableWidgetItem(cells[c]);
      if (status == QLatin1String("failed"))
        item->setForeground(QColor(0xb0, 0x00, 0x20));
      m_jobs->setItem(row, c, item);
    }
  }
  // The API filters by the token's role; the answer does not say which, so
  // say what we see and what each role would see.
  if (owners.size() > 1)
    m_jobsNote = tr("Jobs of %n users: this is an admin token, which sees every user's jobs.", nullptr,
                    int(owners.size()));
  else if (owners.size() == 1)
    m_jobsNote = tr("Jobs of %1 only: an analyst token sees its own jobs, an admin token every user's.")
                     .arg(*owners.cbegin());
  else
    m_jobsNote = tr("No jobs visible to this token (an analyst token sees its own jobs, an admin token "
                    "every user's).");
}

void ClusterMonitor::addChartPoint() {
  const double key = QCPAxisTickerDateTime::dateTimeToKey(m_lastUpdate);
  m_chart->graph(0)->addData(key, double(m_snapshot.queued));
  m_chart->graph(1)->addData(key, double(m_snapshot.running));
  for (int i = 0; i < 2; ++i)
    if (m_chart->graph(i)->dataCount() > kMaxChartPoints)
      m_chart->graph(i)->data()->removeBefore(m_chart->graph(i)->data()->at(1)->key);
  bool found = false;
  QCPRange keys = m_chart->graph(0)->getKeyRange(found);
  if (keys.size() < 60) // at least a minute wide so the first points are readable
    keys = QCPRange(keys.upper - 60, keys.upper);
  m_chart->xAxis->setRange(keys);
  const double top = std::max({4.0, double(m_snapshot.queued), double(m_snapshot.running)});
  double yMax = m_chart->yAxis->range().upper;
  if (top > yMax || yMax > 4 * top) // grow at once, shrink only when far too tall
    yMax = top * 1.25;
  m_chart->yAxis->setRange(0, yMax);
  m_chart->replot(QCustomPlot::rpQueuedReplot);
}

QString ClusterMonitor::statusText() const {
  switch (m_status) {
  case Status::NotConfigured:
    return tr("No cluster configured");
  case Status::Connecting:
    return tr("Connecting…");
  case Status::Ok:
    return tr("OK");
  case Status::DatabaseUnavailable:
    return tr("Database unavailable");
  case Status::NotReachable:
    return tr("Not reachable");
  }
  return QString();
}

void ClusterMonitor::updateTiles() {
  const QLocale locale;
  m_statusValue->setText(statusText());
  m_statusReason->setText(m_reason);
  m_statusReason->setVisible(!m_reason.isEmpty());
  // Values from before the cluster went away stay, greyed out as old.
  for (QLabel *l : {m_workersValue, m_queueValue, m_runningValue, m_failuresValue, m_durationValue})
    l->setEnabled(m_status == Status::Ok);
  const QString dash = QStringLiteral("—");
  if (!m_hasSnapshot) {
    for (QLabel *l : {m_workersValue, m_queueValue, m_runningValue, m_failuresValue, m_durationValue})
      l->setText(dash);
  } else {
    m_workersValue->setText(locale.toString(m_snapshot.workersAlive));
    m_queueValue->setText(locale.toString(m_snapshot.queued));
    m_runningValue->setText(locale.toString(m_snapshot.running));
    m_failuresValue->setText(
        tr("%1 (+%2 since opened)")
            .arg(locale.toString(m_snapshot.failed), locale.toString(failuresSinceOpened())));
    const auto mean = m_snapshot.duration.mean();
    const auto p95 = m_snapshot.duration.quantile(0.95);
    m_durationValue->setText(mean && p95 ? tr("%1 / %2").arg(formatSeconds(*mean), formatSeconds(*p95))
                                         : dash);
  }
  if (!m_lastUpdate.isValid())
    m_updated->clear();
  else if (m_status == Status::Ok)
    m_updated->setText(
        tr("Updated %1 · every %n s · %2 jobs succeeded since opened", nullptr, m_intervalSeconds)
            .arg(locale.toString(m_lastUpdate.time(), QLocale::ShortFormat))
            .arg(succeededSinceOpened()));
  else
    m_updated->setText(tr("Last values from %1; retrying every %n s.", nullptr, m_intervalSeconds)
                           .arg(locale.toString(m_lastUpdate.time(), QLocale::ShortFormat)));
  m_jobsScope->setText(m_jobsNote);
}

void ClusterMonitor::retranslate() {
  const QString titles[] = {tr("Cluster"), tr("Workers alive"), tr("Queued"),
                            tr("Running"), tr("Failures"),      tr("Run time mean / p95")};
  for (int i = 0; i < m_tileTitles.size(); ++i)
    m_tileTitles[i]->setText(titles[i]);
  m_chartTitle->setText(tr("Queue depth and running jobs (this session)"));
  m_chart->graph(0)->setName(tr("Queued"));
  m_chart->graph(1)->setName(tr("Running"));
  m_chart->replot(QCustomPlot::rpQueuedReplot);
  m_jobsTitle->setText(tr("Recent jobs"));
  m_jobs->setHorizontalHeaderLabels({tr("Status"), tr("Kind"), tr("Owner"), tr("Run time"), tr("Error")});
  updateTiles();
}

void ClusterMonitor::showEvent(QShowEvent *event) {
  QWidget::showEvent(event);
  if (m_client && !m_timer->isActive()) {
    m_timer->start();
    refresh();
  }
}

void ClusterMonitor::hideEvent(QHideEvent *event) {
  QWidget::hideEvent(event);
  m_timer->stop(); // nobody is looking: do not load the cluster
}

void ClusterMonitor::changeEvent(QEvent *event) {
  if (event->type() == QEvent::LanguageChange)
    retranslate();
  QWidget::changeEvent(event);
}

} // namespace epidesk
