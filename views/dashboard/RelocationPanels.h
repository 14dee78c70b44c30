#pragma once
#include "FacilityUtilisation.h"
#include "Feature.h"
#include "RelocationTypes.h"
#include "dashboard/PanelComputation.h"
#include <QStringList>
#include <memory>
#include <optional>
#include <vector>

class QCustomPlot;
class QSortFilterProxyModel;
class QTableView;

namespace epidesk {

class UtilisationChart;

class ChoroplethLayer;
class RelocationMapWidget;
class RelocationPlanModel;

// What the relocation panels of one (scenario, weights) show: the scenario
// as read, its boundaries and the solved plan. Solved once for every
// relocation panel with that scenario file and those weights.
struct RelocationPanelOutput {
  QString error; // the scenario cannot be read or solved; the rest is empty
  QString scenarioPath;
  RelocationScenario scenario;
  FeatureCollectionPtr features; // null without a boundary file
  RelocationPlan plan;
  std::vector<FacilityLoad> loads; // FacilityUtilisation of the plan
  QString inputs;                  // SHA-256 of what the plan depends on (SavedResult::inputs)
  bool fromDocument = false;       // the plan saved with the document, not solved now
};

// A panel of the relocation family (params {"scenario": a scenario folder
// or JSON file, relative to the document's folder unless absolute,
// "weights": RelocationWeights JSON}): reads the scenario as the relocation
// tab does (RelocationDisplay::readScenario) and solves it with the tab's
// solver path (runRelocationSolve: RelocationSolver), or shows the plan the
// document saved for the same inputs. Selection codes are
// the scenario's district codes.
class RelocationFamilyPanel : public ComputingPanel {
  Q_OBJECT
public:
  using ComputingPanel::ComputingPanel;
  QJsonObject params() const override { return initialSpec().params; }
  // The scenario path of the params made absolute against documentDir
  // (the current folder when empty); empty when the params name none.
  QString scenarioPath(const QString &documentDir) const;
  std::optional<RelocationWeights> weights(QString *error = nullptr) const;
  void attach(const PanelContext &context) override;
  void showSelection(const QStringList &codes) override;
  // The plan shown, saved with the document: reopened with the same
  // scenario, weights and solver settings, it is shown without solving.
  std::optional<SavedResult> savedResult() const override;
  std::shared_ptr<const RelocationPanelOutput> output() const { return m_output; }

  // Relocation solves run since the program started (each shared one once;
  // a plan taken from the document is no solve).
  static int computationCount();

protected:
  void computationDone(const PanelComputation &computation) override;
  // Draws m_output (solved without error) and m_selection.
  virtual void redraw() = 0;

  std::shared_ptr<const RelocationPanelOutput> m_output;
  QStringList m_selection;
};

// relocation_map: the powiat map with the plan's flows and facilities,
// districts shaded by unmet patients; clicking districts selects them.
class RelocationMapPanel : public RelocationFamilyPanel {
  Q_OBJECT
public:
  RelocationMapPanel(const PanelSpec &spec, QWidget *parent = nullptr);
  void showSelection(const QStringList &codes) override;
  RelocationMapWidget *map() const { return m_map; }

protected:
  void redraw() override;

private:
  RelocationMapWidget *m_map;
  ChoroplethLayer *m_layer = nullptr;
};

// relocation_plan: the plan's flows as a sortable table; clicking a row
// selects its origin and destination districts, and rows touching the
// selected districts are highlighted.
class RelocationPlanPanel : public RelocationFamilyPanel {
  Q_OBJECT
public:
  RelocationPlanPanel(const PanelSpec &spec, QWidget *parent = nullptr);
  void showSelection(const QStringList &codes) override;
  QTableView *table() const { return m_table; }
  RelocationPlanModel *model() const { return m_model; }
  // The origin and destination districts of the table's (view) row.
  QStringList rowDistricts(int row) const;

protected:
  void redraw() override;

private:
  RelocationPlanModel *m_model;
  QSortFilterProxyModel *m_proxy;
  QTableView *m_table;
};

// relocation_utilisation: patients treated vs capacity per facility, as
// horizontal bars (one row per facility); the facilities of the selected
// districts are highlighted and a click on one selects its district.
class RelocationUtilisationPanel : public RelocationFamilyPanel {
  Q_OBJECT
public:
  RelocationUtilisationPanel(const PanelSpec &spec, QWidget *parent = nullptr);
  UtilisationChart *chart() const { return m_chart; }
  void showSelection(const QStringList &codes) override;

protected:
  void redraw() override;

private:
  UtilisationChart *m_chart;
};

// Adds relocation_map, relocation_plan and relocation_utilisation to PanelFactory's table.
void registerRelocationPanels(std::map<QString, PanelFactory::Create> &factories);

} // namespace epidesk
