#pragma once
#include "MapBinding.h"
#include "TrendJob.h"
#include "TrendTypes.h"
#include <QPointer>
#include <QWidget>
#include <memory>

class QComboBox;
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

  void setDataSource(std::shared_ptr<const DataSource> source);
  std::shared_ptr<const DataSource> dataSource() const { return m_source; }

  bool hasResult() const { return m_hasResult; }
  bool isBusy() const { return m_busy; }
  const TrendResult &result() const { return m_output.result; }
  const TrendRequest &request() const { return m_output.request; }
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

public slots:
  void run(const epidesk::TrendRequest &request);
  void rerun(); // the controls' current request
  void cancel();

signals:
  void busyChanged(bool busy);
  void progressChanged(double percent);
  void statusMessage(const QString &text);
  void resultReady();
  void failed(const QString &message);

protected:
  void changeEvent(QEvent *event) override;

private:
  void onJobFinished(quint64 generation);
  void showOutput(TrendJobOutput output);
  void updateMap();
  void fillMapValueCombo();
  void setBusy(bool busy);
  void retranslate();

  std::shared_ptr<const DataSource> m_source;
  CodeSelection *m_selection;
  TrendControls *m_controls;
  MapWidget *m_map;
  TrendChart *m_chart;
  TrendTestTable *m_table;
  QComboBox *m_mapValue;
  QLabel *m_mapValueLabel;
  QLabel *m_mapMessage;
  QSplitter *m_mainSplitter;

  TrendJobOutput m_output;
  MapBinding m_binding;
  bool m_hasResult = false;
  bool m_busy = false;
  bool m_syncing = false;

  // Running job: its number, cancel token and watcher. Finished jobs with an
  // older number are ignored.
  quint64 m_generation = 0;
  std::shared_ptr<Feedback> m_feedback;
  QPointer<QFutureWatcher<TrendJobOutput>> m_watcher;
};

} // namespace epidesk
