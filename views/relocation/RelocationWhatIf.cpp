#include "relocation/RelocationWhatIf.h"
#include "Feedback.h"
#include "RelocationSolver.h"
#include "cluster/RunLocationBox.h"
#include "ScenarioValidator.h"
#include "trends/TrendJob.h"
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>
#include <cmath>
#include <exception>

namespace epidesk {

RelocationSolveOutput runRelocationSolve(const RelocationScenario &scenario, const RelocationWeights &weights,
                                         const SolverSettings &settings, Feedback *feedback) {
  RelocationSolveOutput out;
  out.scenario = scenario;
  try {
    const QList<ScenarioIssue> issues = ScenarioValidator::validate(scenario);
    if (!issues.isEmpty()) {
      out.status = RelocationSolveOutput::Status::Failed;
      out.error = joinIssues(issues);
      return out;
    }
    out.plan = RelocationSolver::solve(scenario, weights, settings, feedback);
  } catch (const Canceled &) {
    out.status = RelocationSolveOutput::Status::Canceled;
  } catch (const std::exception &e) {
    out.status = RelocationSolveOutput::Status::Failed;
    out.error = QString::fromLocal8Bit(e.what());
  } catch (...) {
    out.status = RelocationSolveOutput::Status::Failed;
    out.error = QCoreApplication::translate("epidesk::RelocationWhatIf", "Unknown error while solving.");
  }
  return out;
}

namespace {

QDoubleSpinBox *weightBox(QWidget *parent) {
  auto *box = new QDoubleSpinBox(parent);
  box->setRange(0, 1e6);
  box->setDecimals(4);
  box->setSingleStep(0.1);
  return box;
}

} // namespace

RelocationWhatIf::RelocationWhatIf(QWidget *parent) : QWidget(parent) {
  m_facility = new QComboBox(this);
  m_capacity = new QDoubleSpinBox(this);
  m_capacity->setRange(0, 1000);
  m_capacity->setSuffix(QStringLiteral(" %"));
  m_capacity->setValue(100);
  m_closed = new QCheckBox(tr("Closed"), this);
  m_risk = weightBox(this);
  m_travel = weightBox(this);
  m_cost = weightBox(this);
  setWeights({});
  m_location = new RunLocationBox(this);
  m_solve = new QPushButton(tr("Re-solve"), this);
  m_cancel = new QPushButton(tr("Cancel"), this);
  m_cancel->setEnabled(false);
  m_progress = new QProgressBar(this);
  m_progress->setRange(0, 100);
  m_progress->setValue(0);
  m_status = new QLabel(this);
  m_status->setWordWrap(true);
  m_comparison = new QTableWidget(this);
  m_comparison->setEditTriggers(QAbstractItemView::NoEditTriggers);
  m_comparison->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);

  auto *form = new QFormLayout;
  form->addRow(tr("Facility"), m_facility);
  form->addRow(tr("Capacity"), m_capacity);
  form->addRow(QString(), m_closed);
  form->addRow(tr("Risk weight"), m_risk);
  form->addRow(tr("Travel weight"), m_travel);
  form->addRow(tr("Cost weight"), m_cost);
  auto *buttons = new QHBoxLayout;
  buttons->addWidget(m_location);
  buttons->addWidget(m_solve);
  buttons->addWidget(m_cancel);
  buttons->addWidget(m_progress, 1);
  auto *layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addLayout(buttons);
  layout->addWidget(m_status);
  layout->addWidget(m_comparison, 1);

  connect(m_facility, &QComboBox::currentIndexChanged, this, &RelocationWhatIf::showEdit);
  connect(m_capacity, &QDoubleSpinBox::valueChanged, this, &RelocationWhatIf::storeEdit);
  connect(m_closed, &QCheckBox::toggled, this, &RelocationWhatIf::storeEdit);
  connect(m_solve, &QPushButton::clicked, this, &RelocationWhatIf::solve);
  connect(m_cancel, &QPushButton::clicked, this, &RelocationWhatIf::cancel);
  connect(&m_watcher, &QFutureWatcher<RelocationSolveOutput>::finished, this, &RelocationWhatIf::onFinished);
  updateComparison();
}

RelocationWhatIf::~RelocationWhatIf() {
  if (m_feedback)
    m_feedback->cancel();
  m_watcher.waitForFinished();
}

void RelocationWhatIf::setScenario(const RelocationScenario &scenario) {
  cancel();
  m_watcher.waitForFinished();
  ++m_scenarioGeneration;
  m_base = scenario;
  m_edits.clear();
  m_current.reset();
  m_previous.reset();
  m_loadingEdit = true;
  m_facility->clear();
  for (const auto &f : scenario.facilities)
    m_facility->addItem(f.name.isEmpty() || f.name == f.id ? f.id : tr("%1 (%2)").arg(f.id, f.name), f.id);
  m_loadingEdit = false;
  showEdit();
  m_status->clear();
  m_progress->setValue(0);
  updateComparison();
}

RelocationScenario RelocationWhatIf::editedScenario() const {
  return m_base.withCapacityEdits(m_edits);
}

void RelocationWhatIf::setFacilityEdit(const QString &facility, const FacilityEdit &edit) {
  if (edit.changesCapacity())
    m_edits.insert(facility, edit);
  else
    m_edits.remove(facility);
  if (m_facility->currentData().toString() == facility)
    showEdit();
}

void RelocationWhatIf::setWeights(const RelocationWeights &weights) {
  m_risk->setValue(weights.risk);
  m_travel->setValue(weights.travel);
  m_cost->setValue(weights.cost);
}

RelocationWeights RelocationWhatIf::weights() const {
  RelocationWeights w;
  w.risk = m_risk->value();
  w.travel = m_travel->value();
  w.cost = m_cost->value();
  return w;
}

void RelocationWhatIf::showEdit() {
  if (m_loadingEdit)
    return;
  m_loadingEdit = true;
  const FacilityEdit edit = m_edits.value(m_facility->currentData().toString());
  m_capacity->setValue(edit.capacityPercent);
  m_closed->setChecked(edit.closed);
  m_capacity->setEnabled(!edit.closed && m_facility->count() > 0);
  m_loadingEdit = false;
}

void RelocationWhatIf::storeEdit() {
  if (m_loadingEdit || m_facility->count() == 0)
    return;
  FacilityEdit edit;
  edit.capacityPercent = m_capacity->value();
  edit.closed = m_closed->isChecked();
  setFacilityEdit(m_facility->currentData().toString(), edit);
}

bool RelocationWhatIf::isRunning() const {
  return m_running;
}

QString RelocationWhatIf::statusText() const {
  return m_status->text();
}

void RelocationWhatIf::solve() {
  if (isRunning())
    return;
  if (m_location->runsOnCluster()) {
    const QJsonObject params{{QStringLiteral("scenario"), editedScenario().toJson()},
                             {QStringLiteral("weights"), weights().toJson()},
                             {QStringLiteral("settings"), m_settings.toJson()}};
    emit clusterRunRequested(
        QStringLiteral("relocation"), params,
        tr("Relocation plan: %1").arg(m_base.name.isEmpty() ? tr("scenario") : m_base.name));
    m_status->setText(tr("Submitted to the cluster; the plan opens when it is ready."));
    return;
  }
  m_solveGeneration = m_scenarioGeneration;
  m_feedback = makeSharedFeedback();
  connect(m_feedback.get(), &Feedback::progressChanged, m_progress,
          [this](double percent) { m_progress->setValue(int(std::lround(percent))); });
  const std::shared_ptr<Feedback> feedback = m_feedback;
  const RelocationScenario scenario = editedScenario();
  const RelocationWeights w = weights();
  const SolverSettings settings = m_settings;
  m_progress->setRange(0, 100);
  m_progress->setValue(0);
  m_status->setText(tr("Solving…"));
  setRunning(true);
  m_watcher.setFuture(QtConcurrent::run([feedback, scenario, w, settings]() {
    return runRelocationSolve(scenario, w, settings, feedback.get());
  }));
}

void RelocationWhatIf::cancel() {
  if (m_feedback && isRunning()) {
    m_feedback->cancel();
    m_status->setText(tr("Canceling…"));
  }
}

void RelocationWhatIf::setRunning(bool running) {
  m_running = running;
  m_solve->setEnabled(!running);
  m_cancel->setEnabled(running);
  emit runningChanged(running);
}

void RelocationWhatIf::onFinished() {
  const RelocationSolveOutput out = m_watcher.result();
  m_feedback.reset();
  setRunning(false);
  if (m_solveGeneration != m_scenarioGeneration) {
    m_progress->setValue(0);
    emit solveFinished(false);
    return; // solved for a scenario that has been replaced since
  }
  switch (out.status) {
  case RelocationSolveOutput::Status::Canceled:
    m_status->setText(tr("Solve canceled; the previous plan is kept."));
    m_progress->setValue(0);
    emit solveFinished(false);
    return;
  case RelocationSolveOutput::Status::Failed:
    m_status->setText(tr("Solve failed: %1").arg(out.error));
    m_progress->setValue(0);
    emit solveFinished(false);
    return;
  case RelocationSolveOutput::Status::Ok:
    break;
  }
  m_progress->setValue(100);
  acceptPlan(out.scenario, out.plan);
  emit solveFinished(true);
}

void RelocationWhatIf::acceptPlan(const RelocationScenario &scenario, const RelocationPlan &plan) {
  m_previous = m_current;
  m_current = plan;
  m_status->setText(plan.message.isEmpty() ? tr("Solved: %1").arg(plan.status)
                                           : tr("Solved: %1 — %2").arg(plan.status, plan.message));
  updateComparison();
  emit planSolved(scenario, plan);
}

bool RelocationWhatIf::showClusterResult(const QJsonObject &params, const QJsonObject &result) {
  const QJsonValue json = params.value(QLatin1String("scenario"));
  const std::optional<RelocationScenario> scenario =
      json.isObject() ? RelocationScenario::fromJson(json.toObject()) : std::nullopt;
  if (!scenario || !result.contains(QLatin1String("status")))
    return false;
  if (isRunning())
    cancel();
  ++m_scenarioGeneration; // a local solve still running is stale now
  if (scenario->name != m_base.name || scenario->facilities.size() != m_base.facilities.size())
    setScenario(*scenario); // a plan of another scenario (e.g. reopened after a restart)
  if (const auto w = RelocationWeights::fromJson(params.value(QLatin1String("weights")).toObject()))
    setWeights(*w);
  acceptPlan(*scenario, RelocationPlan::fromJson(result));
  emit solveFinished(true);
  return true;
}

void RelocationWhatIf::updateComparison() {
  const QStringList rows = {tr("Status"),
                            tr("Objective"),
                            tr("Risk (urgency × months waited)"),
                            tr("Travel (patient-hours)"),
                            tr("Cost"),
                            tr("Unmet patients"),
                            tr("Solve time (s)")};
  m_comparison->clear();
  m_comparison->setRowCount(int(rows.size()));
  m_comparison->setColumnCount(2);
  m_comparison->setHorizontalHeaderLabels({tr("Previous plan"), tr("Current plan")});
  m_comparison->setVerticalHeaderLabels(rows);
  const QLocale locale;
  auto number = [&locale](double v) {
    return std::isfinite(v) ? locale.toString(v, 'f', 2) : QStringLiteral("–");
  };
  const std::optional<RelocationPlan> *plans[] = {&m_previous, &m_current};
  for (int c = 0; c < 2; ++c) {
    if (!plans[c]->has_value())
      continue;
    const RelocationPlan &p = **plans[c];
    const QStringList values = {p.status,
                                number(p.objective),
                                number(p.riskPatientMonths),
                                number(p.travelPatientHours),
                                number(p.cost),
                                number(p.unmetPatients),
                                number(p.seconds)};
    for (int r = 0; r < values.size(); ++r)
      m_comparison->setItem(r, c, new QTableWidgetItem(values[r]));
  }
}

} // namespace epidesk
