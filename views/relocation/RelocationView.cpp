#include "relocation/RelocationView.h"
#include "ChoroplethLayer.h"
#include "FacilityUtilisation.h"
#include "MapScene.h"
#include "relocation/RelocationDisplay.h"
#include "relocation/RelocationExport.h"
#include "relocation/RelocationFlowLayer.h"
#include "relocation/RelocationPlanModel.h"
#include "relocation/RelocationWhatIf.h"
#include "relocation/UtilisationChart.h"
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>
#include <qcustomplot.h>

namespace epidesk {

RelocationView::RelocationView(QWidget *parent) : QWidget(parent) {
  m_map = new RelocationMapWidget(this);
  m_map->setMinimumSize(320, 320);
  m_model = new RelocationPlanModel(this);
  m_proxy = new QSortFilterProxyModel(this);
  m_proxy->setSourceModel(m_model);
  m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
  m_proxy->setFilterKeyColumn(-1); // any column
  m_table = new QTableView(this);
  m_table->setModel(m_proxy);
  m_table->setSortingEnabled(true);
  m_table->sortByColumn(RelocationPlanModel::Patients, Qt::DescendingOrder);
  m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
  m_table->horizontalHeader()->setStretchLastSection(true);
  m_filter = new QLineEdit(this);
  m_filter->setPlaceholderText(tr("Filter by district, facility or group"));
  m_filter->setClearButtonEnabled(true);
  connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

  auto *tablePage = new QWidget(this);
  auto *tableLayout = new QVBoxLayout(tablePage);
  tableLayout->setContentsMargins(0, 0, 0, 0);
  tableLayout->addWidget(m_filter);
  tableLayout->addWidget(m_table, 1);

  m_chart = new UtilisationChart(this);
  m_chart->setMinimumHeight(200);
  m_whatIf = new RelocationWhatIf(this);

  m_tabs = new QTabWidget(this);
  m_tabs->addTab(tablePage, tr("Plan"));
  m_tabs->addTab(m_chart, tr("Facility utilisation"));
  m_tabs->addTab(m_whatIf, tr("What-if"));

  m_summary = new QLabel(this);
  m_summary->setWordWrap(true);
  m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
  m_open = new QPushButton(tr("Open scenario…"), this);
  m_exportCsv = new QPushButton(tr("Export CSV…"), this);
  m_exportPdf = new QPushButton(tr("Export PDF…"), this);
  m_exportCsv->setEnabled(false);
  m_exportPdf->setEnabled(false);

  auto *top = new QHBoxLayout;
  top->addWidget(m_summary, 1);
  top->addWidget(m_open);
  top->addWidget(m_exportCsv);
  top->addWidget(m_exportPdf);
  auto *splitter = new QSplitter(Qt::Horizontal, this);
  splitter->addWidget(m_map);
  splitter->addWidget(m_tabs);
  splitter->setStretchFactor(0, 3);
  splitter->setStretchFactor(1, 2);
  auto *layout = new QVBoxLayout(this);
  layout->addLayout(top);
  layout->addWidget(splitter, 1);

  connect(m_open, &QPushButton::clicked, this, &RelocationView::openScenario);
  connect(m_exportCsv, &QPushButton::clicked, this, &RelocationView::exportCsvInteractive);
  connect(m_exportPdf, &QPushButton::clicked, this, &RelocationView::exportPdfInteractive);
  connect(m_whatIf, &RelocationWhatIf::planSolved, this, &RelocationView::showPlan);
  connect(m_whatIf, &RelocationWhatIf::clusterRunRequested, this, &RelocationView::clusterRunRequested);
  connect(m_whatIf, &RelocationWhatIf::solveFinished, this, &RelocationView::updateSummary);
  updateSummary();
}

RelocationView::~RelocationView() = default;

bool RelocationView::loadScenario(const QString &path, QString *error) {
  const std::optional<RelocationScenario> scenario = RelocationDisplay::readScenario(path, error);
  if (!scenario)
    return false;
  setScenario(*scenario);
  return true;
}

void RelocationView::setScenario(const RelocationScenario &scenario, FeatureCollectionPtr features) {
  m_scenario = scenario;
  m_solvedScenario = scenario;
  m_plan.reset();
  m_previousPlan.reset();
  m_features = features ? features : RelocationDisplay::boundaries(scenario);
  m_layer = RelocationDisplay::showScenario(*m_map, scenario, m_features);
  m_model->clear();
  m_whatIf->setScenario(scenario);
  updateChart();
  updateSummary();
}

bool RelocationView::showClusterResult(const QJsonObject &params, const QJsonObject &result) {
  const QJsonValue json = params.value(QLatin1String("scenario"));
  const std::optional<RelocationScenario> scenario =
      json.isObject() ? RelocationScenario::fromJson(json.toObject()) : std::nullopt;
  if (!scenario)
    return false;
  if (scenario->name != m_scenario.name || scenario->facilities.size() != m_scenario.facilities.size())
    setScenario(*scenario);
  return m_whatIf->showClusterResult(params, result);
}

void RelocationView::setPlan(const RelocationScenario &solvedScenario, const RelocationPlan &plan) {
  showPlan(solvedScenario, plan);
}

void RelocationView::showPlan(const RelocationScenario &scenario, const RelocationPlan &plan) {
  m_previousPlan = m_plan;
  m_solvedScenario = scenario;
  m_plan = plan;
  m_model->setPlan(scenario, plan);
  RelocationDisplay::showPlan(*m_map, m_layer, plan);
  updateChart();
  updateSummary();
  emit planChanged();
}

void RelocationView::updateChart() {
  static const RelocationPlan noPlan;
  m_chart->setLoads(FacilityUtilisation::of(m_plan ? *m_plan : noPlan, m_scenario.facilities));
}

void RelocationView::updateSummary() {
  const bool hasPlan = m_plan.has_value();
  m_exportCsv->setEnabled(hasPlan);
  m_exportPdf->setEnabled(hasPlan);
  if (m_scenario.districts.empty() && !hasPlan) {
    m_summary->setText(tr("Open a relocation scenario to plan."));
    return;
  }
  QString text = tr("Scenario %1: %2 districts, %3 facilities, %4 groups, %5 months.")
                     .arg(m_scenario.name.isEmpty() ? tr("(unnamed)") : m_scenario.name)
                     .arg(m_scenario.districts.size())
                     .arg(m_scenario.facilities.size())
                     .arg(m_scenario.groups.size())
                     .arg(m_scenario.months);
  if (hasPlan) {
    const QLocale locale;
    text += QLatin1Char(' ') + tr("Plan: %1, objective %2, %3 flows, %4 unmet patients.")
                                   .arg(m_plan->status, locale.toString(m_plan->objective, 'f', 2))
                                   .arg(m_plan->flows.size())
                                   .arg(locale.toString(m_plan->unmetPatients, 'f', 1));
  } else {
    text += QLatin1Char(' ') + tr("Not solved yet.");
  }
  m_summary->setText(text);
}

QImage RelocationView::renderMap(const QSize &size, bool withFlows) const {
  QImage image(size, QImage::Format_ARGB32_Premultiplied);
  image.fill(Qt::white);
  QPainter painter(&image);
  painter.setRenderHint(QPainter::Antialiasing);
  const QRectF target(QPointF(0, 0), QSizeF(size));
  m_map->scene()->render(&painter, target);
  if (withFlows) {
    m_map->flowLayer().paint(&painter, *m_map->scene(), target);
    m_map->flowLayer().paintGroupLegend(&painter, target);
  }
  return image;
}

bool RelocationView::exportCsv(const QString &path, QString *error) const {
  if (!m_plan) {
    if (error)
      *error = tr("There is no plan to export.");
    return false;
  }
  return RelocationExport::writePlanCsv(m_solvedScenario, *m_plan, path, error);
}

bool RelocationView::exportPdf(const QString &path, QString *error) const {
  if (!m_plan) {
    if (error)
      *error = tr("There is no plan to export.");
    return false;
  }
  RelocationReportContent content;
  content.scenario = m_solvedScenario;
  content.weights = m_whatIf->weights();
  content.plan = *m_plan;
  content.previous = m_previousPlan;
  if (m_features)
    content.map = renderMap(QSize(1200, 1000));
  return RelocationExport::writePdf(content, path, error);
}

void RelocationView::solve() {
  m_tabs->setCurrentWidget(m_whatIf);
  m_whatIf->solve();
}

void RelocationView::openScenario() {
  const QString path = QFileDialog::getExistingDirectory(this, tr("Open relocation scenario folder"));
  if (path.isEmpty())
    return;
  QString error;
  if (!loadScenario(path, &error)) {
    QMessageBox::warning(this, tr("Relocation scenario"), tr("The scenario cannot be used:\n%1").arg(error));
    return;
  }
  solve();
}

void RelocationView::exportCsvInteractive() {
  const QString path =
      QFileDialog::getSaveFileName(this, tr("Export relocation plan"), QString(), tr("CSV files (*.csv)"));
  if (path.isEmpty())
    return;
  QString error;
  if (!exportCsv(path, &error))
    QMessageBox::warning(this, tr("Export"), error);
}

void RelocationView::exportPdfInteractive() {
  const QString path =
      QFileDialog::getSaveFileName(this, tr("Export relocation report"), QString(), tr("PDF files (*.pdf)"));
  if (path.isEmpty())
    return;
  QString error;
  if (!exportPdf(path, &error))
    QMessageBox::warning(this, tr("Export"), error);
}

} // namespace epidesk
