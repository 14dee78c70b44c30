#pragma once
#include "DashboardDocument.h"
#include <QCoreApplication>
#include <optional>

namespace epidesk {

// The example dashboards shipped with EpiDesk (resources/examples), built on
// the demo folder of `epidesk-cli demo create`: Azithromycin in Brazil,
// COVID-19 in Poland, Relocation after a wave. Each names its store
// "demo.gpkg" and its scenario "relocation", relative to the document.
struct DashboardExample {
  QString id;       // "azithromycin-brazil", also the file name without .epidash
  QString title;    // translated
  QString resource; // ":/examples/ID.epidash"
};

class DashboardExamples {
  Q_DECLARE_TR_FUNCTIONS(DashboardExamples)
public:
  static QList<DashboardExample> all();
  // The example as a document; nullopt and *error if the resource is unreadable.
  static std::optional<DashboardDocument> load(const QString &id, QString *error);
  // Writes every example beside a demo store (DIR/ID.epidash, the store named
  // relative to it, saved against its current data version), keeping files
  // already there; the paths written.
  static QStringList writeBeside(const DataSource &store, QString *error);
};

} // namespace epidesk
