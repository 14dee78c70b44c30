#pragma once
#include "TrendTypes.h"
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace epidesk {

// The kinds of dashboard panel a document may hold, and their parameters:
// one table for the reader's validation, the CLI's --panels and the views'
// Add Panel menu. Widgets for each kind are registered in views/dashboard.
class PanelKinds {
  Q_DECLARE_TR_FUNCTIONS(PanelKinds)
public:
  // Every kind id, in menu order: trend_map, trend_chart, trend_table,
  // forecast_chart, forecast_map, relocation_map, relocation_plan,
  // relocation_utilisation.
  static QStringList ids();
  static bool isKnown(const QString &kind);
  static QString displayName(const QString &kind); // translated; empty if unknown
  // The family ("trends", "forecast", "relocation", "companion"): panels of one family
  // with equal parameters share one computation.
  static QString family(const QString &kind);

  // Default parameters of a kind (for a new panel).
  static QJsonObject defaultParams(const QString &kind);
  // A new panel's parameters: the defaults, with request for trend kinds.
  static QJsonObject newParams(const QString &kind, const TrendRequest &request);
  // Errors of params for kind, each "field: message" with the field's path
  // under params ("request.level: ..."); empty when valid.
  static QStringList validate(const QString &kind, const QJsonObject &params);
};

} // namespace epidesk
