#pragma once
#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace epidesk {

class DataSource;

// Where a dashboard's data comes from. store is kept as written in the
// file: relative to the document when the store is beside or below it (so
// the folder can be moved or sent), else absolute (DocumentPaths).
struct DashboardSource {
  QString store;     // embedded store; empty when warehouse is set
  QString warehouse; // postgresql:// URI, never with a password
  QString cluster;   // cluster base URL when panels run remotely; empty = in-process

  bool operator==(const DashboardSource &o) const {
    return store == o.store && warehouse == o.warehouse && cluster == o.cluster;
  }
};

// One imported file as the document saw it: enough to say what changed.
struct DataFileRecord {
  QString fileName;
  QString importedAt; // ISO 8601 UTC with milliseconds
  qint64 rowsRead = 0;
  qint64 rowsLoaded = 0;
  qint64 rowsQuarantined = 0;

  bool operator==(const DataFileRecord &o) const {
    return fileName == o.fileName && importedAt == o.importedAt && rowsRead == o.rowsRead &&
           rowsLoaded == o.rowsLoaded && rowsQuarantined == o.rowsQuarantined;
  }
};

// The data version a document was saved against: the provenance hash the
// cluster computes (dataVersion) and the files behind it, by name.
struct DataSnapshot {
  QString version;
  std::vector<DataFileRecord> files; // sorted by fileName

  static DataSnapshot of(const DataSource &source);
  bool isEmpty() const { return version.isEmpty(); }
};

// The dashboard-wide filter every linked panel applies on top of its own
// parameters; each non-empty field is one removable chip in the filter bar.
struct DashboardFilter {
  QString ingredient; // active ingredient contains (accent- and case-insensitive)
  QStringList places; // result codes (states, regions, districts) kept
  int fromYear = 0;   // 0 = open
  int toYear = 0;

  bool isEmpty() const { return ingredient.isEmpty() && places.isEmpty() && fromYear == 0 && toYear == 0; }
  bool operator==(const DashboardFilter &o) const {
    return ingredient == o.ingredient && places == o.places && fromYear == o.fromYear && toYear == o.toYear;
  }
};

// One panel: its kind (PanelKinds), a stable id the window layout refers to
// (the dock's object name), whether it follows the dashboard-wide selection,
// filter and time cursor, and its kind's parameters as validated JSON.
struct PanelSpec {
  QString id;
  QString kind;
  QString title; // empty = the kind's name
  bool linked = true;
  QJsonObject params;

  bool operator==(const PanelSpec &o) const {
    return id == o.id && kind == o.kind && title == o.title && linked == o.linked && params == o.params;
  }
};

// A result computed by a panel family and saved with the document, so that
// reopening it shows what was saved instead of computing again: a relocation
// solve takes seconds, and a MILP can have several optimal plans (the
// colleague a document is sent to sees the plan that was sent). inputs is a
// hex SHA-256 of everything the result depends on; a panel uses the result
// only when the inputs it has now hash the same.
struct SavedResult {
  QString family; // "relocation"
  QString inputs; // 64 hex digits
  QJsonObject value;

  bool operator==(const SavedResult &o) const {
    return family == o.family && inputs == o.inputs && value == o.value;
  }
  // Sorted by (family, inputs), one of each: the first given.
  static std::vector<SavedResult> normalised(std::vector<SavedResult> results);
  // A large result as one field, {"zlib_json": base64 of zlib-compressed
  // compact JSON}: a relocation plan of 30,000 flows is 2.8 MB of JSON (9 MB
  // indented), 0.2 MB so. unpack() refuses what would expand past 64 MiB.
  static QJsonObject pack(const QJsonObject &result);
  static std::optional<QJsonObject> unpack(const QJsonObject &value);
};

// A .epidash document (docs/dashboard-format.md): what an analyst arranges,
// saved, reopened, sent and rendered headless. No widgets: the CLI, the
// cluster and tests use it as it is.
struct DashboardDocument {
  static constexpr int kFormatVersion = 1;

  QString title;
  DashboardSource source;
  DataSnapshot savedData;
  DashboardFilter filter;
  QStringList selection; // result codes selected on every linked panel
  QString timeCursor;    // a period ("2020" or "2020-03"); empty = the last one
  std::vector<PanelSpec> panels;
  std::vector<SavedResult> savedResults; // sorted by (family, inputs); unique
  QByteArray windowState;                // QMainWindow::saveState() (docks); empty = default layout
  QByteArray windowGeometry;             // QWidget::saveGeometry(); empty = default

  const PanelSpec *panel(const QString &id) const;
  void setSavedResults(std::vector<SavedResult> results) {
    savedResults = SavedResult::normalised(std::move(results));
  }
  const SavedResult *savedResult(const QString &family, const QString &inputs) const;
  // A new panel id for kind ("trend_map-2" when "trend_map-1" exists).
  QString newPanelId(const QString &kind) const;

  // Required: exactly one of source.store and source.warehouse is set (a
  // file). Detached: the source may be empty, for a document rendered
  // against a data source given separately (a cluster job: the worker's).
  enum class SourceRule { Required, Detached };

  QJsonObject toJson() const;
  // Reads and validates the format_version-1 object; nullopt with *error
  // "field: message" (e.g. "panels[2].params.request.level: ...").
  static std::optional<DashboardDocument> fromJson(const QJsonObject &json, QString *error,
                                                   SourceRule rule = SourceRule::Required);

  bool operator==(const DashboardDocument &o) const;
};

} // namespace epidesk
