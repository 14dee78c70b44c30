#pragma once
#include "forecast/ForecastBackground.h"
#include "forecast/ForecastData.h"
#include "forecast/ForecastSelection.h"
#include <QJsonObject>
#include <QMap>
#include <QWidget>
#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
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
class ForecastOriginBox;
class ForecastChart;
class RunLocationBox;

// The forecasting tab (issue 4): controls (data: Poland's COVID-19 series
// per powiat, or Brazil's prescriptions per UF or municipality; indicator or
// ingredient and measure; model, horizon, backtest origins, where to run,
// "Forecast all" with progress and Cancel), the map with its time slider,
// and the selected series' forecast chart. Loading and forecasting run in
// the background (QtConcurrent + Feedback); the GUI never waits for them.
// On the cluster, "Forecast all" emits clusterRunRequested() instead and
// showClusterResult() shows what came back.
// (Named ...Widget: epidesk::ForecastPanel is the models' panel of series.)
class ForecastPanelWidget : public QWidget {
  Q_OBJECT
public:
  // What is forecast: the store's district series, or a trends request's series.
  using DataKind = ForecastSelection::DataKind;

  explicit ForecastPanelWidget(QWidget *parent = nullptr);
  ~ForecastPanelWidget() override;

  // The data the controls describe.
  ForecastSelection currentSelection() const;
  // The same as the data part of the cluster parameters (ForecastSelection::toJson):
  // {"source":"districts","indicator": a DistrictIndicator id} or
  // {"source":"trends","series":{TrendRequest JSON}}.
  QJsonObject selection() const;
  // Sets the controls (not the loaded data) from such an object; false if it is not one.
  bool setSelection(const QJsonObject &selection);
  // The selection of the loaded panel (empty before any load).
  QJsonObject loadedSelection() const { return m_loaded; }
  DataKind dataKind() const;
  void setDataKind(DataKind kind);
  // The Brazilian series the controls describe (monthly, UF or municipality level).
  TrendRequest trendRequest() const;
  // ForecastRequest JSON plus selection() plus "selector":"all": what the
  // cluster runs for "Forecast all".
  QJsonObject clusterParams() const;
  RunLocationBox *runLocation() const { return m_location; }

  // Series to forecast and district names (tests, CSV panels); resets the result.
  void setPanel(const ForecastPanel &panel, const QMap<QString, QString> &names = {});
  const ForecastPanel &panel() const { return m_panel; }
  void setFeatures(FeatureCollectionPtr features, const QString &projectionId = {},
                   FeatureCollectionPtr outlines = {});
  // Replaces the default runner (e.g. with the connectors' ForecastService).
  void setRunner(ForecastRunner runner);

  // The request the controls describe (with the forecast origin, when set).
  ForecastRequest request() const;
  void setRequest(const ForecastRequest &request);
  QString indicator() const;
  // What the map and the report call the values ("New cases",
  // "Prescriptions per 1,000 inhabitants (amoxicilina)").
  QString indicatorName() const;
  // "Poland — COVID-19 per powiat", "Brazil — prescriptions per UF", ...
  QString dataName() const;
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
  // The open source (embedded store or warehouse) the Brazilian series come
  // from; the district series are read from the same place (the warehouse
  // with this password, kept in memory only). Loads the selection in the background.
  void setDataSource(std::shared_ptr<const DataSource> source, const QString &warehousePassword = QString());
  std::shared_ptr<const DataSource> dataSource() const { return m_source; }
  // The same warehouse reopened after a lost connection: keeps the password.
  void reconnectDataSource(std::shared_ptr<const DataSource> source) {
    setDataSource(std::move(source), m_password);
  }
  // Opens an embedded store (a path) and calls setDataSource.
  void setStoreLocation(const QString &location);
  // Loads the selection the controls describe in the background.
  void reload();
  // Local: forecasts every series in the background. Cluster: emits clusterRunRequested.
  void runAll();
  void cancel();
  void showDistrict(const QString &code);
  void exportCsvDialog();
  void exportPdfDialog();
  void setClusterAvailable(bool available, const QString &whyNot = QString());
  // Shows a finished cluster run (params as clusterParams(); result:
  // ForecastResult JSON plus "errors" {code: message}) like a local one,
  // loading the params' data first when another one is shown. False when
  // params or result are not readable.
  bool showClusterResult(const QJsonObject &params, const QJsonObject &result);

signals:
  void clusterRunRequested(const QString &kind, const QJsonObject &params, const QString &label);
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
  void fillIngredients();
  void updateDataControls();
  void loadFinished(const DistrictData &data, const QJsonObject &selection);
  void jobFinished(const ForecastJobOutput &out);
  void showOutput(const ForecastJobOutput &out);
  void setBusy(bool busy);
  void updateButtons();
  void saveWithDialog(const QString &title, const QString &fileName, const QString &filter,
                      bool (ForecastPanelWidget::*write)(const QString &, QString *) const,
                      const QString &done);

  ForecastPanel m_panel;
  QMap<QString, QString> m_names;
  ForecastResult m_result;
  ForecastRequest m_resultRequest;
  QString m_current;
  QString m_store;
  std::shared_ptr<const DataSource> m_source;
  QString m_password; // warehouse password for the district store (memory only)
  QJsonObject m_loaded;
  std::optional<ForecastJobOutput> m_pending; // a cluster result waiting for its data

  QGroupBox *m_box;
  QFormLayout *m_form;
  QComboBox *m_data;
  QComboBox *m_indicator;
  QComboBox *m_ingredient;
  QComboBox *m_measure;
  QCheckBox *m_per1000;
  RunLocationBox *m_location;
  QComboBox *m_model;
  QSpinBox *m_horizon;
  QSpinBox *m_origins;
  ForecastOriginBox *m_asOf;
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

  ForecastBackground m_work; // loads and forecasts off the GUI thread
};

} // namespace epidesk
