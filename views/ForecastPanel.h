#pragma once
#include "Feature.h"
#include "ForecastModel.h"
#include "ForecastTypes.h"
#include <QFutureWatcher>
#include <QMap>
#include <QWidget>
#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QSplitter;
class QGroupBox;
class QFormLayout;

namespace epidesk {

class DistrictMapView;
class Feedback;
class ForecastChart;

// What a background forecast of every district gives back.
struct ForecastJobOutput {
  enum class Status { Ok, Canceled, Failed };
  Status status = Status::Ok;
  QString error;
  ForecastRequest request;
  ForecastResult result;
  QMap<QString, QString> failures; // series code -> why it could not be forecast
};

// Runs a request over every series of a panel; called off the GUI thread,
// must honour feedback (progress, cancel) and never throw.
using ForecastRunner = std::function<ForecastJobOutput(const ForecastPanel &panel,
                                                       const ForecastRequest &request, Feedback *feedback)>;

// The default runner: ForecastService::run over every series of the panel
// (per-series failures go to failures, never stop the others).
ForecastJobOutput runForecastJob(const ForecastPanel &panel, const ForecastRequest &request,
                                 Feedback *feedback);

// District series and boundaries for the view, loaded off the GUI thread.
struct DistrictData {
  QString error;
  ForecastPanel panel;
  QMap<QString, QString> names; // code -> district name
  FeatureCollectionPtr features;
};
// Reads an indicator ("cases" or "deaths") of the daily district series of
// an embedded store, and the powiat boundaries of the shared data.
DistrictData loadDistrictData(const QString &storeLocation, const QString &indicator);

// The forecasting tab (issue 4): controls (indicator, model, horizon,
// backtest origins, "Forecast all districts" with progress and Cancel),
// the district map with its time slider, and the selected district's
// forecast chart. Loading and forecasting run in the background
// (QtConcurrent + Feedback); the GUI never waits for them.
// (Named ...Widget: epidesk::ForecastPanel is the models' panel of series.)
class ForecastPanelWidget : public QWidget {
  Q_OBJECT
public:
  explicit ForecastPanelWidget(QWidget *parent = nullptr);
  ~ForecastPanelWidget() override;

  // Series to forecast and district names (tests, CSV panels); resets the result.
  void setPanel(const ForecastPanel &panel, const QMap<QString, QString> &names = {});
  const ForecastPanel &panel() const { return m_panel; }
  void setFeatures(FeatureCollectionPtr features, const QString &projectionId = {});
  // Replaces the default runner (e.g. with the connectors' ForecastService).
  void setRunner(ForecastRunner runner);

  // The request the controls describe.
  ForecastRequest request() const;
  void setRequest(const ForecastRequest &request);
  QString indicator() const;
  QString indicatorName() const;
  const ForecastResult &result() const { return m_result; }
  const ForecastRequest &resultRequest() const { return m_resultRequest; }
  QMap<QString, QString> districtNames() const { return m_names; }
  QString currentDistrict() const { return m_current; }
  QString storeLocation() const { return m_store; }

  bool isBusy() const;
  ForecastChart *chart() const { return m_chart; }
  DistrictMapView *mapView() const { return m_map; }
  QPushButton *runButton() const { return m_run; }
  QPushButton *cancelButton() const { return m_cancel; }
  QProgressBar *progressBar() const { return m_progress; }

  bool exportCsv(const QString &path, QString *error = nullptr) const;
  bool exportPdf(const QString &path, QString *error = nullptr) const;

public slots:
  // Loads the store's district series (and the powiat boundaries) in the background.
  void setStoreLocation(const QString &location);
  void runAll();
  void cancel();
  void showDistrict(const QString &code);
  void exportCsvDialog();
  void exportPdfDialog();

signals:
  void busyChanged(bool busy);
  void progressChanged(double percent);
  void dataLoaded();
  void forecastReady();
  void failed(const QString &message);
  void statusMessage(const QString &text);

protected:
  void changeEvent(QEvent *event) override;

private:
  void retranslate();
  void fillModels();
  void fillDistricts();
  void loadFinished();
  void jobFinished();
  void setBusy(bool busy);
  void updateButtons();

  ForecastRunner m_runner;
  ForecastPanel m_panel;
  QMap<QString, QString> m_names;
  ForecastResult m_result;
  ForecastRequest m_resultRequest;
  QString m_current;
  QString m_store;

  QGroupBox *m_box;
  QFormLayout *m_form;
  QComboBox *m_indicator;
  QComboBox *m_model;
  QSpinBox *m_horizon;
  QSpinBox *m_origins;
  QComboBox *m_district;
  QPushButton *m_run;
  QPushButton *m_cancel;
  QProgressBar *m_progress;
  QLabel *m_status;
  QPushButton *m_exportCsv;
  QPushButton *m_exportPdf;
  QSplitter *m_splitter;
  DistrictMapView *m_map;
  ForecastChart *m_chart;

  std::shared_ptr<Feedback> m_feedback;
  QFutureWatcher<ForecastJobOutput> m_job;
  QFutureWatcher<DistrictData> m_load;
  quint64 m_generation = 0;
};

} // namespace epidesk
