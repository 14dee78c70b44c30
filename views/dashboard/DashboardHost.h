#pragma once
#include "DashboardState.h"
#include "dashboard/DashboardPanel.h"
#include "trends/TrendJob.h"
#include <QHash>
#include <QObject>
#include <QPointer>
#include <memory>

namespace epidesk {

class DataSource;
class Feedback;
class TrendPanel;

// Runs one dashboard's panels: computes each distinct request once (panels
// with equal parameters share the result), applies the dashboard filter to
// linked panels, and routes selection and time cursor through the one
// DashboardState. Background mode computes in worker threads (the desktop);
// synchronous mode computes on the calling thread (headless render, tests).
class DashboardHost : public QObject {
  Q_OBJECT
public:
  enum class Mode { Background, Synchronous };
  explicit DashboardHost(Mode mode, QObject *parent = nullptr);
  ~DashboardHost() override;

  DashboardState *state() const { return m_state; }
  void setSource(std::shared_ptr<const DataSource> source);
  // Where the document lives (relative scenario paths); before setSource.
  void setDocumentDir(const QString &dir) { m_documentDir = dir; }
  // The document's saved results, offered to the panels; before setSource.
  void setSavedResults(std::vector<SavedResult> results) { m_savedResults = std::move(results); }
  // The cluster every panel computes on (none: in-process); before setSource.
  void setRemote(const RemoteCompute &remote) { m_remote = remote; }
  const RemoteCompute &remote() const { return m_remote; }
  // What the panels computed now, for the document to save (normalised).
  std::vector<SavedResult> savedResults() const;
  std::shared_ptr<const DataSource> source() const { return m_source; }

  // Takes part in the dashboard (the caller owns the widget, e.g. in a dock).
  void addPanel(DashboardPanel *panel);
  void removePanel(DashboardPanel *panel);
  QList<DashboardPanel *> panels() const;

  // The request a trend panel runs: its own, with the dashboard filter's
  // ingredient and years when it is linked.
  TrendRequest effectiveRequest(const TrendPanel &panel) const;
  // Recomputes what is missing and shows every panel's result.
  void refresh();
  bool isBusy() const;
  // Every period of the computed results, ascending (the time slider's stops).
  QStringList periods() const;
  void cancel();

signals:
  void busyChanged(bool busy);
  void failed(const QString &message);
  void panelsUpdated(); // every panel shows its current result

private:
  void compute(const QByteArray &key, const TrendRequest &request);
  void deliver(const QByteArray &key);
  void applyLinkedState(DashboardPanel *panel);
  // Each class histogram follows its map (by id; none given: the first map).
  void bindCompanions();
  PanelContext context() const;
  void panelComputed();
  // The output a linked panel shows: only the filter's places.
  std::shared_ptr<const TrendJobOutput> filtered(const std::shared_ptr<const TrendJobOutput> &output,
                                                 bool linked) const;

  Mode m_mode;
  DashboardState *m_state;
  std::shared_ptr<const DataSource> m_source;
  QString m_documentDir;
  std::vector<SavedResult> m_savedResults;
  RemoteCompute m_remote;
  QList<QPointer<DashboardPanel>> m_panels;
  QHash<QByteArray, std::shared_ptr<const TrendJobOutput>> m_results; // by compact request JSON
  QHash<QByteArray, std::shared_ptr<Feedback>> m_running;
  quint64 m_sourceGeneration = 0;
};

} // namespace epidesk
