#include "SchedulesDialog.h"
#include "ClusterClient.h"
#include "ScheduleEditor.h"
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace epidesk {

namespace {
QString localTime(const QJsonValue &iso) {
  const QDateTime t = QDateTime::fromString(iso.toString(), Qt::ISODateWithMs);
  return t.isValid() ? QLocale().toString(t.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}
QTableWidget *table(int columns) {
  auto *t = new QTableWidget(0, columns);
  t->setSelectionBehavior(QAbstractItemView::SelectRows);
  t->setSelectionMode(QAbstractItemView::SingleSelection);
  t->setEditTriggers(QAbstractItemView::NoEditTriggers);
  t->verticalHeader()->setVisible(false);
  t->horizontalHeader()->setStretchLastSection(true);
  t->setWordWrap(false);
  return t;
}
// A run status as the analyst reads it.
QString statusText(const QString &status) {
  static const QHash<QString, const char *> names{
      {"pending", QT_TRANSLATE_NOOP("epidesk::SchedulesDialog", "waiting")},
      {"queued", QT_TRANSLATE_NOOP("epidesk::SchedulesDialog", "queued")},
      {"running", QT_TRANSLATE_NOOP("epidesk::SchedulesDialog", "running")},
      {"succeeded", QT_TRANSLATE_NOOP("epidesk::SchedulesDialog", "succeeded")},
      {"failed", QT_TRANSLATE_NOOP("epidesk::SchedulesDialog", "failed")},
      {"cancelled", QT_TRANSLATE_NOOP("epidesk::SchedulesDialog", "cancelled")},
      {"skipped", QT_TRANSLATE_NOOP("epidesk::SchedulesDialog", "skipped (previous run still going)")},
      {"unchanged", QT_TRANSLATE_NOOP("epidesk::SchedulesDialog", "unchanged data (not recomputed)")},
      {"missed", QT_TRANSLATE_NOOP("epidesk::SchedulesDialog", "missed (cluster down)")}};
  const char *name = names.value(status);
  return name ? QCoreApplication::translate("epidesk::SchedulesDialog", name) : status;
}
} // namespace

SchedulesDialog::SchedulesDialog(const QUrl &cluster, const QString &token, QWidget *parent)
    : QDialog(parent), m_client(new ClusterClient(cluster, this)), m_schedules(table(7)), m_runs(table(7)),
      m_new(new QPushButton), m_edit(new QPushButton), m_pause(new QPushButton), m_resume(new QPushButton),
      m_runNow(new QPushButton), m_delete(new QPushButton), m_refresh(new QPushButton),
      m_openResult(new QPushButton), m_openPdf(new QPushButton), m_status(new QLabel),
      m_timer(new QTimer(this)) {
  m_client->setToken(token);
  m_downloadDir = QStandardPaths::writableLocation(QStandardPaths::TempLocation);
  m_schedules->setObjectName(QStringLiteral("schedules"));
  m_runs->setObjectName(QStringLiteral("runs"));
  m_status->setWordWrap(true);
  for (auto [button, name] : {std::pair{m_new, "new"},
                              {m_edit, "edit"},
                              {m_pause, "pause"},
                              {m_resume, "resume"},
                              {m_runNow, "run-now"},
                              {m_delete, "delete"},
                              {m_refresh, "refresh"},
                              {m_openResult, "open-result"},
                              {m_openPdf, "open-pdf"}})
    button->setObjectName(QString::fromLatin1(name));

  auto *scheduleButtons = new QHBoxLayout;
  for (QPushButton *b : {m_new, m_edit, m_pause, m_resume, m_runNow, m_delete})
    scheduleButtons->addWidget(b);
  scheduleButtons->addStretch();
  scheduleButtons->addWidget(m_refresh);
  auto *runButtons = new QHBoxLayout;
  runButtons->addWidget(m_openResult);
  runButtons->addWidget(m_openPdf);
  runButtons->addStretch();
  auto *top = new QWidget, *bottom = new QWidget;
  auto *topLayout = new QVBoxLayout(top);
  topLayout->addWidget(m_schedules);
  topLayout->addLayout(scheduleButtons);
  auto *bottomLayout = new QVBoxLayout(bottom);
  bottomLayout->addWidget(m_runs);
  bottomLayout->addLayout(runButtons);
  auto *split = new QSplitter(Qt::Vertical);
  split->addWidget(top);
  split->addWidget(bottom);
  auto *layout = new QVBoxLayout(this);
  layout->addWidget(split);
  layout->addWidget(m_status);
  resize(1000, 640);

  connect(m_client, &ClusterClient::replied, this, [this](quint64 id, const ClusterReply &r) {
    auto then = m_pending.take(id);
    if (!r.ok()) {
      QStringList why{r.error};
      for (const auto &[field, message] : r.fieldErrors)
        why << QStringLiteral("%1: %2").arg(field, message);
      m_status->setText(why.join(QLatin1Char('\n')));
    }
    if (then)
      then(r);
  });
  connect(m_new, &QPushButton::clicked, this, &SchedulesDialog::newSchedule);
  connect(m_edit, &QPushButton::clicked, this, &SchedulesDialog::editSelected);
  connect(m_pause, &QPushButton::clicked, this, &SchedulesDialog::pauseSelected);
  connect(m_resume, &QPushButton::clicked, this, &SchedulesDialog::resumeSelected);
  connect(m_runNow, &QPushButton::clicked, this, &SchedulesDialog::runSelectedNow);
  connect(m_delete, &QPushButton::clicked, this, &SchedulesDialog::deleteSelected);
  connect(m_refresh, &QPushButton::clicked, this, &SchedulesDialog::refresh);
  connect(m_openResult, &QPushButton::clicked, this, &SchedulesDialog::openSelectedResult);
  connect(m_openPdf, &QPushButton::clicked, this, &SchedulesDialog::openSelectedPdf);
  connect(m_schedules, &QTableWidget::itemSelectionChanged, this, [this] {
    updateButtons();
    loadRuns();
  });
  connect(m_runs, &QTableWidget::itemSelectionChanged, this, &SchedulesDialog::updateButtons);
  connect(m_runs, &QTableWidget::cellDoubleClicked, this, [this] {
    selectedRun().value("artifacts").toArray().isEmpty() ? openSelectedResult() : openSelectedPdf();
  });
  // Runs happen on the cluster's clock: keep the history current while open.
  m_timer->setInterval(10000);
  connect(m_timer, &QTimer::timeout, this, &SchedulesDialog::refresh);
  m_timer->start();
  retranslate();
  updateButtons();
  refresh();
}

void SchedulesDialog::retranslate() {
  setWindowTitle(tr("Cluster schedules — %1").arg(m_client->baseUrl().toDisplayString()));
  m_schedules->setHorizontalHeaderLabels({tr("Name"), tr("Computation"), tr("Cron"), tr("Time zone"),
                                          tr("Next run"), tr("Last run"), tr("State")});
  m_runs->setHorizontalHeaderLabels({tr("Due"), tr("Trigger"), tr("Status"), tr("Data version"),
                                     tr("Started"), tr("Finished"), tr("Details")});
  m_new->setText(tr("&New…"));
  m_edit->setText(tr("&Edit…"));
  m_pause->setText(tr("&Pause"));
  m_resume->setText(tr("Res&ume"));
  m_runNow->setText(tr("Run &now"));
  m_delete->setText(tr("&Delete"));
  m_refresh->setText(tr("&Refresh"));
  m_openResult->setText(tr("Open &result"));
  m_openPdf->setText(tr("Open P&DF"));
}

void SchedulesDialog::call(const std::function<quint64(ClusterClient &)> &send,
                           std::function<void(const ClusterReply &)> then) {
  m_pending.insert(send(*m_client), std::move(then));
}

QString SchedulesDialog::selectedScheduleId() const {
  const int row = m_schedules->currentRow();
  return row >= 0 && row < m_scheduleList.size() && m_schedules->selectionModel()->hasSelection()
             ? m_scheduleList[row].toObject().value("schedule_id").toString()
             : QString();
}

QJsonObject SchedulesDialog::selectedRun() const {
  const int row = m_runs->currentRow();
  return row >= 0 && row < m_runList.size() && m_runs->selectionModel()->hasSelection()
             ? m_runList[row].toObject()
             : QJsonObject();
}

void SchedulesDialog::refresh() {
  call([](ClusterClient &c) { return c.listSchedules(); },
       [this](const ClusterReply &r) {
         if (!r.ok())
           return;
         fillSchedules(r.body.value("schedules").toArray());
         if (selectedScheduleId().isEmpty())
           emit refreshed();
         else
           loadRuns();
       });
}

void SchedulesDialog::fillSchedules(const QJsonArray &schedules) {
  const QString keep = selectedScheduleId();
  m_scheduleList = schedules;
  QSignalBlocker block(m_schedules);
  m_schedules->setRowCount(int(schedules.size()));
  int reselect = -1;
  for (int row = 0; row < schedules.size(); ++row) {
    const QJsonObject s = schedules[row].toObject();
    const QJsonObject last = s.value("last_run").toObject();
    const bool paused = s.value("paused").toBool();
    const QString state = paused ? (s.value("pause_reason").toString().isEmpty()
                                        ? tr("paused")
                                        : tr("paused: %1").arg(s.value("pause_reason").toString()))
                                 : tr("active");
    const QStringList cells{s.value("name").toString(),
                            s.value("kind").toString(),
                            s.value("cron").toString(),
                            s.value("timezone").toString(),
                            localTime(s.value("next_run_at")),
                            last.isEmpty() ? tr("never") : statusText(last.value("status").toString()),
                            state};
    for (int c = 0; c < cells.size(); ++c)
      m_schedules->setItem(row, c, new QTableWidgetItem(cells[c]));
    if (s.value("schedule_id").toString() == keep)
      reselect = row;
  }
  if (reselect >= 0)
    m_schedules->selectRow(reselect);
  else
    m_runs->setRowCount(0);
  m_status->setText(
      tr("Schedules on %1: %2").arg(m_client->baseUrl().toDisplayString()).arg(schedules.size()));
  m_schedules->resizeColumnsToContents();
  updateButtons();
}

void SchedulesDialog::loadRuns() {
  const QString id = selectedScheduleId();
  if (id.isEmpty()) {
    m_runList = {};
    m_runs->setRowCount(0);
    return;
  }
  call([id](ClusterClient &c) { return c.scheduleRuns(id, 100); },
       [this, id](const ClusterReply &r) {
         if (r.ok() && id == selectedScheduleId())
           fillRuns(r.body.value("runs").toArray());
         emit refreshed();
       });
}

void SchedulesDialog::fillRuns(const QJsonArray &runs) {
  const qint64 keep = selectedRun().value("run_id").toInteger();
  m_runList = runs;
  QSignalBlocker block(m_runs);
  m_runs->setRowCount(int(runs.size()));
  for (int row = 0; row < runs.size(); ++row) {
    const QJsonObject r = runs[row].toObject();
    const QString trigger = r.value("trigger").toString();
    const QStringList cells{localTime(r.value("due_at")),
                            trigger == QLatin1String("manual")     ? tr("run now")
                            : trigger == QLatin1String("catch_up") ? tr("caught up")
                                                                   : tr("scheduled"),
                            statusText(r.value("status").toString()),
                            r.value("data_version").toString(),
                            localTime(r.value("started_at")),
                            localTime(r.value("finished_at")),
                            r.value("reason").toString()};
    for (int c = 0; c < cells.size(); ++c)
      m_runs->setItem(row, c, new QTableWidgetItem(cells[c]));
    if (r.value("run_id").toInteger() == keep)
      m_runs->selectRow(row);
  }
  m_runs->resizeColumnsToContents();
  updateButtons();
}

void SchedulesDialog::updateButtons() {
  const int row = m_schedules->currentRow();
  const bool selected = !selectedScheduleId().isEmpty();
  const bool paused = selected && m_scheduleList[row].toObject().value("paused").toBool();
  m_edit->setEnabled(selected);
  m_pause->setEnabled(selected && !paused);
  m_resume->setEnabled(selected && paused);
  m_runNow->setEnabled(selected);
  m_delete->setEnabled(selected);
  const QJsonObject run = selectedRun();
  const QString status = run.value("status").toString();
  const bool done = status == QLatin1String("succeeded") || status == QLatin1String("unchanged");
  m_openResult->setEnabled(done && !run.value("job_id").toString().isEmpty());
  m_openPdf->setEnabled(done && !run.value("artifacts").toArray().isEmpty());
}

ScheduleEditor *SchedulesDialog::edit(const QJsonObject &schedule) {
  auto *editor = new ScheduleEditor(this);
  editor->setAttribute(Qt::WA_DeleteOnClose);
  const QString id = schedule.value("schedule_id").toString();
  if (!schedule.isEmpty())
    editor->setSchedule(schedule);
  editor->setWindowTitle(id.isEmpty() ? tr("New schedule") : tr("Edit schedule"));
  // Closed only once the server took it: a 422 is shown in the editor.
  connect(editor, &QDialog::accepted, this, [this, editor, id] {
    const QJsonObject body = editor->body();
    call([&](ClusterClient &c) { return id.isEmpty() ? c.createSchedule(body) : c.updateSchedule(id, body); },
         [this, body, id](const ClusterReply &r) {
           if (r.ok()) {
             m_status->setText(tr("Saved; next run %1").arg(localTime(r.body.value("next_run_at"))));
             return refresh();
           }
           QJsonObject again = body;
           again.insert("schedule_id", id);
           edit(again)->showFieldErrors(r.fieldErrors.isEmpty()
                                            ? QList<QPair<QString, QString>>{{QString(), r.error}}
                                            : r.fieldErrors);
         });
  });
  editor->open();
  return editor;
}

void SchedulesDialog::newSchedule() {
  edit({});
}

void SchedulesDialog::editSelected() {
  const QString id = selectedScheduleId();
  if (!id.isEmpty()) // the list has no params: fetch the whole schedule
    call([id](ClusterClient &c) { return c.schedule(id); },
         [this](const ClusterReply &r) {
           if (r.ok())
             edit(r.body);
         });
}

void SchedulesDialog::pauseSelected() {
  const QString id = selectedScheduleId();
  if (!id.isEmpty())
    call([id](ClusterClient &c) { return c.scheduleAction(id, QStringLiteral("pause")); },
         [this](const ClusterReply &) { refresh(); });
}

void SchedulesDialog::resumeSelected() {
  const QString id = selectedScheduleId();
  if (!id.isEmpty())
    call([id](ClusterClient &c) { return c.scheduleAction(id, QStringLiteral("resume")); },
         [this](const ClusterReply &) { refresh(); });
}

void SchedulesDialog::runSelectedNow() {
  const QString id = selectedScheduleId();
  if (!id.isEmpty())
    call([id](ClusterClient &c) { return c.scheduleAction(id, QStringLiteral("run-now")); },
         [this](const ClusterReply &r) {
           if (r.ok())
             m_status->setText(tr("Run started: %1").arg(statusText(r.body.value("status").toString())));
           refresh();
         });
}

void SchedulesDialog::deleteSelected() {
  const QString id = selectedScheduleId();
  if (id.isEmpty())
    return;
  const QString name = m_scheduleList[m_schedules->currentRow()].toObject().value("name").toString();
  if (QMessageBox::question(
          this, tr("Delete schedule"),
          tr("Delete the schedule \"%1\" and its run history? Results already computed stay "
             "on the cluster.")
              .arg(name)) != QMessageBox::Yes)
    return;
  call([id](ClusterClient &c) { return c.deleteSchedule(id); }, [this](const ClusterReply &) { refresh(); });
}

void SchedulesDialog::openSelectedResult() {
  const QString job = selectedRun().value("job_id").toString();
  if (job.isEmpty())
    return;
  call([job](ClusterClient &c) { return c.poll(job); },
       [this](const ClusterReply &r) {
         if (!r.ok() || !r.hasResult)
           return;
         const QJsonObject request = r.body.value("request").toObject();
         emit openResultRequested(request.value("kind").toString(), request.value("params").toObject(),
                                  r.result);
       });
}

void SchedulesDialog::openSelectedPdf() {
  const QJsonObject run = selectedRun();
  const QString job = run.value("job_id").toString();
  if (job.isEmpty() || run.value("artifacts").toArray().isEmpty())
    return;
  const QString due = QDateTime::fromString(run.value("due_at").toString(), Qt::ISODateWithMs)
                          .toLocalTime()
                          .toString(QStringLiteral("yyyy-MM-dd-HHmm"));
  call([job](ClusterClient &c) { return c.artifact(job, QStringLiteral("report.pdf")); },
       [this, due](const ClusterReply &r) {
         if (!r.ok())
           return;
         const QString path =
             QDir(m_downloadDir).filePath(QStringLiteral("epidesk-schedule-%1.pdf").arg(due));
         QSaveFile file(path);
         if (!file.open(QIODevice::WriteOnly) || file.write(r.text) != r.text.size() || !file.commit()) {
           m_status->setText(tr("Cannot save %1: %2").arg(path, file.errorString()));
           return;
         }
         m_status->setText(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
         emit pdfSaved(path);
         if (m_openExternally)
           QDesktopServices::openUrl(QUrl::fromLocalFile(path));
       });
}

} // namespace epidesk
