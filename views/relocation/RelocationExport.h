#pragma once
#include "RelocationTypes.h"
#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QString>
#include <optional>

namespace epidesk {

// What the relocation PDF shows.
struct RelocationReportContent {
  QString title; // empty = defaultTitle()
  RelocationScenario scenario;
  RelocationWeights weights;
  RelocationPlan plan;
  std::optional<RelocationPlan> previous; // compared side by side when set
  QImage map;                             // map with flows (may be null: no map)
};

// Exports of a relocation plan.
//
// Plan CSV: RelocationPlanCsv::plan (connectors), written atomically.
//
// PDF (A4): title, scenario summary, solver status and totals, comparison with
// the previous plan, the map, the flow table (largest flows first), unmet
// demand and facility utilisation. Text stays text (searchable).
class RelocationExport {
  Q_DECLARE_TR_FUNCTIONS(epidesk::RelocationExport)
public:
  static QString defaultTitle();
  static QByteArray planCsv(const RelocationScenario &scenario, const RelocationPlan &plan);
  static bool writePlanCsv(const RelocationScenario &scenario, const RelocationPlan &plan,
                           const QString &path, QString *error = nullptr);
  static bool writePdf(const RelocationReportContent &content, const QString &path, QString *error = nullptr);
};

} // namespace epidesk
