#include "dashboard/RelocationPanels.h"
#include "map/MapWidget.h"
#include "relocation/RelocationDisplay.h"
#include "relocation/RelocationFlowLayer.h"
#include "relocation/RelocationPlanModel.h"
#include "relocation/RelocationWhatIf.h"
#include "relocation/UtilisationChart.h"
#include <QCryptographicHash>
#include <QDir>
#include <QHeaderView>
#include <QItemSelection>
#include <QJsonDocument>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <atomic>
#include <qcustomplot.h>

namespace epidesk {

namespace {

std::atomic<int> g_solves{0};
const QString kFamily = QStringLiteral("relocation");

// Everything a plan depends on: the scenario as read (not its files' layout;
// not its boundary file either, which only draws the map and whose path
// differs between machines), the weights and the solver settings.
QString planInputs(const RelocationScenario &scenario, const RelocationWeights &weights,
                   const SolverSettings &settings) {
  QJsonObject solved = scenario.toJson();
  solved.remove(QStringLiteral("boundaries"));
  solved.remove(QStringLiteral("boundary_code_property"));
  const QJsonObject inputs{
      {"scenario", solved}, {"weights", weights.toJson()}, {"solver", settings.toJson()}};
  return QString::fromLatin1(QCryptographicHash::hash(QJsonDocument(inputs).toJson(QJsonDocument::Compact),
                                                      QCryptographicHash::Sha256)
                                 .toHex());
}

// The plan saved with the document for these inputs, if any.
std::optional<RelocationPlan> savedPlan(const std::vector<SavedResult> &saved, const QString &inputs) {
  for (const SavedResult &r : saved)
    if (r.family == kFamily && r.inputs == inputs)
      if (const std::optional<QJsonObject> plan = SavedResult::unpack(r.value))
        return RelocationPlan::fromJson(*plan);
  return std::nullopt; // none, or unreadable: solved again
}

// Solves in-process, or as a "relocation" job on the cluster (the scenario
// sent inline, as the what-if view does: a worker never opens our paths).
RelocationSolveOutput solve(const RelocationScenario &scenario, const RelocationWeights &weights,
                            const SolverSettings &settings, const RemoteCompute &remote, Feedback *feedback) {
  if (!remote.isSet())
    return runRelocationSolve(scenario, weights, settings, feedback);
  RelocationSolveOutput out;
  QString error;
  bool canceled = false;
  const QJsonObject params{
      {"scenario", scenario.toJson()}, {"weights", weights.toJson()}, {"settings", settings.toJson()}};
  const std::optional<QJsonObject> result =
      remote.run(QStringLiteral("relocation"), params, feedback, &error, &canceled);
  if (!result) {
    out.status = canceled ? RelocationSolveOutput::Status::Canceled : RelocationSolveOutput::Status::Failed;
    out.error = error;
    return out;
  }
  out.plan = RelocationPlan::fromJson(*result);
  return out;
}

// The solved plan, or nullopt and *error saying why there is none.
std::optional<RelocationPlan> solved(const RelocationScenario &scenario, const RelocationWeights &weights,
                                     const SolverSettings &settings, const RemoteCompute &remote,
                                     Feedback *feedback, const QString &path, QString *error) {
  const RelocationSolveOutput solved = solve(scenario, weights, settings, remote, feedback);
  if (solved.status == RelocationSolveOutput::Status::Canceled) {
    *error = RelocationFamilyPanel::tr("the solve was canceled");
    return std::nullopt;
  }
  if (solved.status == RelocationSolveOutput::Status::Failed) {
    *error = RelocationFamilyPanel::tr("the scenario %1 cannot be solved: %2")
                 .arg(QDir::toNativeSeparators(path), solved.error);
    return std::nullopt;
  }
  if (solved.plan.status == QLatin1String("no_solution")) {
    *error = RelocationFamilyPanel::tr("no plan was found for %1: %2")
                 .arg(QDir::toNativeSeparators(path), solved.plan.message);
    return std::nullopt;
  }
  return solved.plan;
}

// Reads the scenario and solves it, unless the document saved a plan for
// exactly these inputs; never throws.
std::shared_ptr<const RelocationPanelOutput> solveScenario(const QString &path,
                                                           const RelocationWeights &weights,
                                                           const std::vector<SavedResult> &saved,
                                                           const RemoteCompute &remote, Feedback *feedback) {
  auto out = std::make_shared<RelocationPanelOutput>();
  out->scenarioPath = path;
  QString error;
  const std::optional<RelocationScenario> scenario = RelocationDisplay::readScenario(path, &error);
  if (!scenario) {
    out->error = RelocationFamilyPanel::tr("the scenario %1 cannot be used: %2")
                     .arg(QDir::toNativeSeparators(path), error);
    return out;
  }
  const SolverSettings settings;
  out->inputs = planInputs(*scenario, weights, settings);
  std::optional<RelocationPlan> plan = savedPlan(saved, out->inputs);
  out->fromDocument = plan.has_value();
  if (!plan) {
    ++g_solves;
    plan = solved(*scenario, weights, settings, remote, feedback, path, &out->error);
    if (!plan)
      return out;
  }
  out->scenario = *scenario;
  out->features = RelocationDisplay::boundaries(*scenario);
  out->plan = std::move(*plan);
  out->loads = FacilityUtilisation::of(out->plan, out->scenario.facilities);
  return out;
}

} // namespace

int RelocationFamilyPanel::computationCount() {
  return g_solves.load();
}

QString RelocationFamilyPanel::scenarioPath(const QString &documentDir) const {
  const QString scenario = initialSpec().params.value(QStringLiteral("scenario")).toString();
  if (scenario.isEmpty())
    return {};
  if (QDir::isAbsolutePath(scenario))
    return QDir::cleanPath(scenario);
  const QDir base(documentDir.isEmpty() ? QDir::currentPath() : documentDir);
  return QDir::cleanPath(base.absoluteFilePath(scenario));
}

std::optional<RelocationWeights> RelocationFamilyPanel::weights(QString *error) const {
  const QJsonValue json = initialSpec().params.value(QStringLiteral("weights"));
  if (json.isUndefined())
    return RelocationWeights{};
  QStringList errors;
  std::optional<RelocationWeights> w = RelocationWeights::fromJson(json.toObject(), &errors);
  if (!w && error)
    *error = errors.join(QStringLiteral("; "));
  return w;
}

void RelocationFamilyPanel::attach(const PanelContext &context) {
  m_output.reset();
  const QString path = scenarioPath(context.documentDir);
  QString error;
  const std::optional<RelocationWeights> w = weights(&error);
  if (path.isEmpty() || !w) {
    follow(nullptr, QString());
    fail(path.isEmpty() ? tr("no relocation scenario (params.scenario is empty)")
                        : tr("invalid weights: %1").arg(error));
    emit computed();
    return;
  }
  // One solve per (scenario file, weights): the plan does not depend on the data source.
  const QByteArray key = "relocation:" + path.toUtf8() + '|' +
                         QJsonDocument(w->toJson()).toJson(QJsonDocument::Compact) +
                         context.remote.keySuffix();
  const RelocationWeights weights = *w;
  const std::vector<SavedResult> saved = context.savedResults;
  const RemoteCompute remote = context.remote;
  follow(PanelComputation::obtain(
             key, context.synchronous,
             [path, weights, saved, remote](Feedback *feedback) -> PanelComputation::Result {
               return solveScenario(path, weights, saved, remote, feedback);
             }),
         tr("Solving the relocation plan…"));
}

void RelocationFamilyPanel::computationDone(const PanelComputation &computation) {
  m_output = computation.result<RelocationPanelOutput>();
  if (!m_output || !m_output->error.isEmpty()) {
    fail(m_output ? m_output->error : tr("the solve gave no result"));
    m_output.reset();
    return;
  }
  showContent();
  redraw();
}

void RelocationFamilyPanel::showSelection(const QStringList &codes) {
  m_selection = codes;
}

std::optional<SavedResult> RelocationFamilyPanel::savedResult() const {
  if (!m_output || !m_output->error.isEmpty() || m_output->inputs.isEmpty())
    return std::nullopt;
  return SavedResult{kFamily, m_output->inputs, SavedResult::pack(m_output->plan.toJson())};
}

RelocationMapPanel::RelocationMapPanel(const PanelSpec &spec, QWidget *parent)
    : RelocationFamilyPanel(spec, parent), m_map(new RelocationMapWidget) {
  m_map->setMinimumSize(200, 160);
  setContent(m_map);
  connect(m_map, &MapWidget::selectionChanged, this, &DashboardPanel::selectionRequested);
}

void RelocationMapPanel::redraw() {
  m_layer = RelocationDisplay::showScenario(*m_map, m_output->scenario, m_output->features);
  RelocationDisplay::showPlan(*m_map, m_layer, m_output->plan);
  m_map->setSelectedCodes(m_selection);
}

void RelocationMapPanel::showSelection(const QStringList &codes) {
  RelocationFamilyPanel::showSelection(codes);
  m_map->setSelectedCodes(codes);
}

RelocationPlanPanel::RelocationPlanPanel(const PanelSpec &spec, QWidget *parent)
    : RelocationFamilyPanel(spec, parent), m_model(new RelocationPlanModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_table(new QTableView) {
  m_proxy->setSourceModel(m_model);
  m_table->setModel(m_proxy);
  m_table->setSortingEnabled(true);
  m_table->sortByColumn(RelocationPlanModel::Patients, Qt::DescendingOrder);
  m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
  m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
  m_table->horizontalHeader()->setStretchLastSection(true);
  m_table->verticalHeader()->hide();
  setContent(m_table);
  connect(m_table, &QTableView::clicked, this,
          [this](const QModelIndex &index) { emit selectionRequested(rowDistricts(index.row())); });
}

QStringList RelocationPlanPanel::rowDistricts(int row) const {
  QStringList codes;
  for (int column : {int(RelocationPlanModel::FromDistrict), int(RelocationPlanModel::FacilityDistrict)}) {
    const QString code = m_proxy->index(row, column).data().toString();
    if (!code.isEmpty() && !codes.contains(code))
      codes << code;
  }
  return codes;
}

void RelocationPlanPanel::redraw() {
  m_model->setPlan(m_output->scenario, m_output->plan);
  m_table->resizeColumnsToContents();
  showSelection(m_selection);
}

void RelocationPlanPanel::showSelection(const QStringList &codes) {
  RelocationFamilyPanel::showSelection(codes);
  const QSet<QString> selected(codes.begin(), codes.end());
  QItemSelection rows;
  int first = -1;
  for (int row = 0; row < m_proxy->rowCount(); ++row) {
    bool touches = false;
    for (const QString &code : rowDistricts(row))
      touches = touches || selected.contains(code);
    if (!touches)
      continue;
    rows.select(m_proxy->index(row, 0), m_proxy->index(row, m_proxy->columnCount() - 1));
    if (first < 0)
      first = row;
  }
  m_table->selectionModel()->select(rows, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
  if (first >= 0)
    m_table->scrollTo(m_proxy->index(first, 0), QAbstractItemView::EnsureVisible);
}

RelocationUtilisationPanel::RelocationUtilisationPanel(const PanelSpec &spec, QWidget *parent)
    : RelocationFamilyPanel(spec, parent), m_chart(new UtilisationChart) {
  m_chart->setMinimumSize(240, 160);
  setContent(m_chart);
  connect(m_chart, &UtilisationChart::facilityClicked, this, [this](int i, bool add) {
    const QString district = m_chart->loads().at(size_t(i)).district;
    if (!district.isEmpty())
      emit selectRequested(district, add);
  });
}

void RelocationUtilisationPanel::redraw() {
  m_chart->setLoads(m_output->loads);
  m_chart->setSelectedDistricts(m_selection);
}

void RelocationUtilisationPanel::showSelection(const QStringList &codes) {
  RelocationFamilyPanel::showSelection(codes);
  m_chart->setSelectedDistricts(codes);
}

void registerRelocationPanels(std::map<QString, PanelFactory::Create> &factories) {
  factories[QStringLiteral("relocation_map")] = [](const PanelSpec &s, QWidget *p) {
    return new RelocationMapPanel(s, p);
  };
  factories[QStringLiteral("relocation_plan")] = [](const PanelSpec &s, QWidget *p) {
    return new RelocationPlanPanel(s, p);
  };
  factories[QStringLiteral("relocation_utilisation")] = [](const PanelSpec &s, QWidget *p) {
    return new RelocationUtilisationPanel(s, p);
  };
}

} // namespace epidesk
