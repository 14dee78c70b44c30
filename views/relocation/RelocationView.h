#pragma once
#include "Feature.h"
#include "RelocationTypes.h"
#include <QImage>
#include <QWidget>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTabWidget;

class QJsonObject;

namespace epidesk {

class ChoroplethLayer;
class RelocationMapWidget;
class UtilisationChart;
class RelocationPlanModel;
class RelocationWhatIf;

// Relocation plan of a scenario (issue 6): the powiat map with flows drawn
// from each origin district to the receiving facility's district (width by
// patients, colour by group), facilities as circles sized by use and districts
// with unmet demand shaded; beside it a sortable, filterable plan table, the
// per-facility utilisation chart (used vs capacity) and the what-if panel that
// edits and re-solves in the background. Exports the plan as CSV and PDF.
class RelocationView : public QWidget {
  Q_OBJECT
public:
  explicit RelocationView(QWidget *parent = nullptr);
  ~RelocationView() override;

  // ScenarioReader::load(); false and *error (one issue a line) when unusable.
  bool loadScenario(const QString &path, QString *error = nullptr);
  // features: the boundaries to draw; null = the scenario's boundary file (if any).
  void setScenario(const RelocationScenario &scenario, FeatureCollectionPtr features = {});
  const RelocationScenario &scenario() const { return m_scenario; }
  // The plan shown (the last successful solve) and the scenario it was solved for.
  const std::optional<RelocationPlan> &plan() const { return m_plan; }
  const RelocationScenario &solvedScenario() const { return m_solvedScenario; }
  // Shows a plan computed elsewhere (CLI, cluster).
  void setPlan(const RelocationScenario &solvedScenario, const RelocationPlan &plan);
  // A "relocation" cluster job's plan (see RelocationWhatIf::showClusterResult);
  // loads the job's scenario first when another one is shown.
  bool showClusterResult(const QJsonObject &params, const QJsonObject &result);

  RelocationMapWidget *mapWidget() const { return m_map; }
  RelocationPlanModel *planModel() const { return m_model; }
  QSortFilterProxyModel *proxyModel() const { return m_proxy; }
  QTableView *tableView() const { return m_table; }
  UtilisationChart *utilisationChart() const { return m_chart; }
  RelocationWhatIf *whatIf() const { return m_whatIf; }
  QTabWidget *tabs() const { return m_tabs; }

  // Map, flows and facilities rendered into an image of the given size.
  QImage renderMap(const QSize &size, bool withFlows = true) const;

  bool exportCsv(const QString &path, QString *error = nullptr) const;
  bool exportPdf(const QString &path, QString *error = nullptr) const;

public slots:
  void solve(); // background solve of the what-if panel's edited scenario
  void openScenario();
  void exportCsvInteractive();
  void exportPdfInteractive();

signals:
  void planChanged();
  void clusterRunRequested(const QString &kind, const QJsonObject &params, const QString &label);

private:
  void showPlan(const RelocationScenario &scenario, const RelocationPlan &plan);
  void updateChart();
  void updateSummary();

  RelocationScenario m_scenario;
  RelocationScenario m_solvedScenario;
  std::optional<RelocationPlan> m_plan;
  std::optional<RelocationPlan> m_previousPlan;
  FeatureCollectionPtr m_features;

  RelocationMapWidget *m_map;
  ChoroplethLayer *m_layer = nullptr;
  RelocationPlanModel *m_model;
  QSortFilterProxyModel *m_proxy;
  QTableView *m_table;
  QLineEdit *m_filter;
  UtilisationChart *m_chart;
  RelocationWhatIf *m_whatIf;
  QTabWidget *m_tabs;
  QLabel *m_summary;
  QPushButton *m_open;
  QPushButton *m_exportCsv;
  QPushButton *m_exportPdf;
};

} // namespace epidesk
