#pragma once
#include "RelocationTypes.h"
#include <QFutureWatcher>
#include <QHash>
#include <QWidget>
#include <memory>
#include <optional>

class QCheckBox;
class QJsonObject;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace epidesk {

class Feedback;
class RunLocationBox;

// Outcome of one background solve.
struct RelocationSolveOutput {
  enum class Status { Ok, Canceled, Failed };
  Status status = Status::Ok;
  QString error;
  RelocationScenario scenario; // the edited scenario that was solved
  RelocationPlan plan;
};

// Never throws: cancellation gives Status::Canceled, errors Status::Failed.
RelocationSolveOutput runRelocationSolve(const RelocationScenario &scenario, const RelocationWeights &weights,
                                         const SolverSettings &settings, Feedback *feedback);

// What-if editing of a relocation scenario: scale a facility's capacity (all
// groups and months, surge included) or close it, change the objective
// weights, and re-solve in the background with progress and Cancel. The last
// two successful plans are compared side by side (status, objective, risk,
// travel patient-hours, cost, unmet patients).
class RelocationWhatIf : public QWidget {
  Q_OBJECT
public:
  using FacilityEdit = FacilityCapacityEdit;

  explicit RelocationWhatIf(QWidget *parent = nullptr);
  ~RelocationWhatIf() override;

  // The base scenario (edits and plans are cleared).
  void setScenario(const RelocationScenario &scenario);
  const RelocationScenario &baseScenario() const { return m_base; }
  // The base scenario with the facility edits applied.
  RelocationScenario editedScenario() const;

  void setFacilityEdit(const QString &facility, const FacilityEdit &edit);
  FacilityEdit facilityEdit(const QString &facility) const { return m_edits.value(facility); }
  void setWeights(const RelocationWeights &weights);
  RelocationWeights weights() const;
  void setSettings(const SolverSettings &settings) { m_settings = settings; }
  SolverSettings settings() const { return m_settings; }

  bool isRunning() const;
  const std::optional<RelocationPlan> &currentPlan() const { return m_current; }
  const std::optional<RelocationPlan> &previousPlan() const { return m_previous; }
  QString statusText() const;
  QTableWidget *comparisonTable() const { return m_comparison; }
  QPushButton *solveButton() const { return m_solve; }
  RunLocationBox *runLocation() const { return m_location; }
  // Takes a "relocation" job's plan computed on the cluster (params: the
  // submitted {"scenario", "weights", "settings"}) as the current plan; false
  // when unreadable.
  bool showClusterResult(const QJsonObject &params, const QJsonObject &result);
  QPushButton *cancelButton() const { return m_cancel; }
  QProgressBar *progressBar() const { return m_progress; }

public slots:
  // Solves in the background, or, when "Run on cluster" is chosen, asks for a
  // cluster job (clusterRunRequested). Ignored while running.
  void solve();
  void cancel();

signals:
  void planSolved(const epidesk::RelocationScenario &scenario, const epidesk::RelocationPlan &plan);
  void solveFinished(bool ok); // after every solve, also canceled or failed ones
  void runningChanged(bool running);
  void clusterRunRequested(const QString &kind, const QJsonObject &params, const QString &label);

private:
  void onFinished();
  void showEdit();
  void storeEdit();
  void updateComparison();
  void setRunning(bool running);
  void acceptPlan(const RelocationScenario &scenario, const RelocationPlan &plan);

  RelocationScenario m_base;
  QHash<QString, FacilityEdit> m_edits;
  SolverSettings m_settings;
  std::optional<RelocationPlan> m_current;
  std::optional<RelocationPlan> m_previous;
  std::shared_ptr<Feedback> m_feedback;
  QFutureWatcher<RelocationSolveOutput> m_watcher;
  bool m_loadingEdit = false;
  bool m_running = false;
  // A new scenario makes a solve still running stale: its plan is dropped.
  quint64 m_scenarioGeneration = 0;
  quint64 m_solveGeneration = 0;

  QComboBox *m_facility;
  QDoubleSpinBox *m_capacity;
  QCheckBox *m_closed;
  QDoubleSpinBox *m_risk;
  QDoubleSpinBox *m_travel;
  QDoubleSpinBox *m_cost;
  RunLocationBox *m_location;
  QPushButton *m_solve;
  QPushButton *m_cancel;
  QProgressBar *m_progress;
  QLabel *m_status;
  QTableWidget *m_comparison;
};

} // namespace epidesk
