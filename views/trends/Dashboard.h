#pragma once
#include "map/MapBinding.h"
#include "RetryBackoff.h"
#include "trends/TrendJob.h"
#include "TrendTypes.h"
#include <QHash>
#include <QPointer>
#include <QWidget>
#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QJsonObject;
class QLabel;
class QSplitter;
template <typename T> class QFutureWatcher;

namespace epidesk {

class CodeSelection;
class DataSource;
class Feedback;
class MapWidget;
class TrendChart;
class TrendControls;
class TrendTestTable;
struct ReportContent;

// The analysis screen: controls, map, chart and trend-test table around one
// shared CodeSelection. Owns the current DataSource and runs each request in
// a worker (QtConcurrent) with a Feedback; a newer request cancels the older
// one, so the GUI never blocks and only the latest result is shown.
//
// Map values: the value of one period (a combo above the map, default the
// last period) or Sen's slope; region/country results colour each state with
// its region's/the country's value and selecting a state selects its region.
class Dashboard : public QWidget {
  Q_OBJECT
public:
  explicit Dashboard(QWidget *parent = nullptr);
  ~Dashboard() override;

  // How to get a fresh source after a lost connection; runs in a worker.
  using Reopener = std::function<std::shared_ptr<const DataSource>(QString *error)>;

  void setDataSource(std::shared_ptr<const DataSource> source);
  // Replaces the source but keeps the view (request, level, selection,
  // classification, map value) and recomputes. With reopen, a lost
  // connection shows a banner and reconnects in the background with back-off.
  void switchDataSource(std::shared_ptr<const DataSource> source, Reopener reopen = {});
  std::shared_ptr<const DataSource> dataSource() const { return m_source; }
  bool isReconnecting() const { return m_reconnecting; }
  // Back-off between reconnection attempts: first delay, doubled up to max.
  void setReconnectDelays(int firstMs, int maxMs);
  // The lost-connection banner's text; empty while hidden.
  QString bannerText() const;

  bool hasResult() const { return m_hasResult; }
  bool isBusy() const { return m_busy; }
  const TrendResult &result() const { return m_output.result; }
  const TrendRequest &request() const { return m_output.request; }
  // The chart's reference line: the same request at country level.
  const TrendResult &countryResult() const { return m_output.country; }
  // Map value choice: a period, "" (last period) or kSenSlopeValue.
  QString mapValueChoice() const;
  // What ReportWriter needs to reproduce the current view.
  ReportContent reportContent() const;

  CodeSelection *selection() const { return m_selection; }
  TrendControls *controls() const { return m_controls; }
  MapWidget *mapWidget() const { return m_map; }
  TrendChart *chart() const { return m_chart; }
  TrendTestTable *table() const { return m_table; }
  QSplitter *splitter() const { return m_mainSplitter; }

  // Shows a "trends" job's result computed on the cluster (params: the
  // TrendRequest JSON submitted); false when params or result are unreadable.
  // A country-level result that is the reference line of the result shown
  // (the second job of a cluster run) goes to the chart only; one that
  // arrives first is kept for the result it belongs to.
  bool showClusterResult(const QJsonObject &params, const QJsonObject &result);
  // A user-visible description of a request (jobs panel, reports).
  static QString describe(const TrendRequest &request);

public slots:
  // Runs locally, or, when the controls say "Run on cluster", asks for a
  // cluster job (clusterRunRequested) instead.
  void run(const epidesk::TrendRequest &request);
  void rerun(); // the controls' current request
  void cancel();

signals:
  void busyChanged(bool busy);
  void progressChanged(double percent);
  void statusMessage(const QString &text);
  void resultReady();
  void failed(const QString &message);
  void connectionLost(const QString &message);
  void reconnected();
  void clusterRunRequested(const QString &kind, const QJsonObject &params, const QString &label);

protected:
  void changeEvent(QEvent *event) override;

private:
  void onJobFinished(quint64 generation);
  void showOutput(TrendJobOutput output);
  void updateMap();
  void fillMapValueCombo();
  void setBusy(bool busy);
  void retranslate();
  void startReconnecting(const QString &error);
  void scheduleReconnect();
  void attemptReconnect(quint64 generation);
  void stopReconnecting();

  std::shared_ptr<const DataSource> m_source;
  Reopener m_reopen;
  CodeSelection *m_selection;
  TrendControls *m_controls;
  MapWidget *m_map;
  TrendChart *m_chart;
  TrendTestTable *m_table;
  QComboBox *m_mapValue;
  QLabel *m_mapValueLabel;
  QLabel *m_mapMessage;
  QSplitter *m_mainSplitter;
  QLabel *m_banner;

  TrendJobOutput m_output;
  // Country-level cluster results by their request (compact JSON): the
  // reference lines of cluster runs, whichever job finishes first.
  QHash<QByteArray, TrendResult> m_clusterCountry;
  std::optional<TrendRequest> m_presenting; // cluster result being prepared for display
  MapBinding m_binding;
  bool m_hasResult = false;
  bool m_busy = false;
  bool m_syncing = false;

  // Running job: its number, cancel token and watcher. Finished jobs with an
  // older number are ignored.
  quint64 m_generation = 0;
  std::shared_ptr<Feedback> m_feedback;
  QPointer<QFutureWatcher<TrendJobOutput>> m_watcher;

  // Reconnection: attempts of an older generation (source replaced since) are ignored.
  bool m_reconnecting = false;
  quint64 m_reconnectGeneration = 0;
  RetryBackoff m_reconnectBackoff{1000, 30000}; // no jitter: one desktop, one server
  QString m_lostError;
};

} // namespace epidesk
