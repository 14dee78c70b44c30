#pragma once
#include "DashboardDocument.h"
#include "dashboard/RemoteCompute.h"
#include <QImage>
#include <QWidget>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace epidesk {

class DataSource;

// What a panel that computes by itself (forecast, relocation) needs from its
// dashboard; trend panels are fed by the DashboardHost instead.
struct PanelContext {
  std::shared_ptr<const DataSource> source;
  QString documentDir;                   // resolves relative paths in params (a scenario folder)
  bool synchronous = false;              // compute on the calling thread (headless render, tests)
  std::vector<SavedResult> savedResults; // the document's: used when a panel's inputs match
  RemoteCompute remote;                  // the cluster the panels compute on, if any
};

// One panel of a dashboard (a dock in the desktop, one PNG in a headless
// render). It shows its kind's parameters and, when linked, the dashboard's
// selection and time cursor; user gestures become requests the DashboardHost
// applies to the shared DashboardState, never direct edits of other panels.
class DashboardPanel : public QWidget {
  Q_OBJECT
public:
  explicit DashboardPanel(const PanelSpec &spec, QWidget *parent = nullptr);

  QString id() const { return m_spec.id; }
  QString kind() const { return m_spec.kind; }
  QString title() const; // the spec's title, else the kind's name
  bool isLinked() const { return m_linked; }
  void setLinked(bool linked);
  // The spec as it is now (parameters from the widgets: zoom, classes, ...).
  PanelSpec spec() const;

  virtual QJsonObject params() const = 0;
  virtual void showSelection(const QStringList &codes) { Q_UNUSED(codes); }
  virtual void showTimeCursor(const QString &period) { Q_UNUSED(period); }
  // Panels that compute by themselves start (or, synchronous, finish) here;
  // called again when the source changes. They emit computed() when done
  // (also on failure, after failed()).
  virtual void attach(const PanelContext &context) { Q_UNUSED(context); }
  virtual bool isComputing() const { return false; }
  // What the panel computed, to be saved with the document (none by default).
  virtual std::optional<SavedResult> savedResult() const { return std::nullopt; }
  virtual void cancel() {}
  // The panel as an image (PNG, PDF page): its widgets as drawn, unless the
  // panel draws elsewhere (the 3-D view renders off screen).
  virtual QImage snapshot();

signals:
  void selectRequested(const QString &code, bool add);
  void selectionRequested(const QStringList &codes);
  void paramsChanged();
  void linkedChanged(bool linked);
  void computed();
  void failed(const QString &message);

protected:
  const PanelSpec &initialSpec() const { return m_spec; }

private:
  PanelSpec m_spec;
  bool m_linked = true;
};

// Widgets for panel kinds: one factory per kind (PanelKinds lists them all).
class PanelFactory {
public:
  using Create = std::function<DashboardPanel *(const PanelSpec &spec, QWidget *parent)>;
  static bool supports(const QString &kind);
  // nullptr (and *error) for a kind without a widget yet.
  static DashboardPanel *create(const PanelSpec &spec, QWidget *parent, QString *error);
  static void add(const QString &kind, Create create);

private:
  static std::map<QString, Create> &factories();
};

} // namespace epidesk
