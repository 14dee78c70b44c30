#pragma once
#include "forecast/ForecastData.h"
#include "forecast/ForecastSelection.h"
#include <QFutureWatcher>
#include <QJsonObject>
#include <QObject>
#include <memory>

namespace epidesk {

class Feedback;

// The forecast tab's background work, apart from its widgets: loading a
// selection's series (store or warehouse reads) and forecasting a panel
// (the runner, ForecastService by default), each with QtConcurrent and a
// Feedback for progress and Cancel. One load and one forecast at a time;
// the results come back on the GUI thread as loaded() and forecastFinished().
class ForecastBackground : public QObject {
  Q_OBJECT
public:
  explicit ForecastBackground(QObject *parent = nullptr);
  ~ForecastBackground() override; // cancels and waits

  // Replaces the default runner (runForecastJob); null restores it.
  void setRunner(ForecastRunner runner);

  bool isBusy() const { return isLoading() || isForecasting(); }
  bool isLoading() const { return m_load.isRunning(); }
  bool isForecasting() const { return m_job.isRunning(); }

  // Reads the selection: district series from location (with the
  // warehouse's password), Brazilian series through source.
  void load(const ForecastSelection &selection, const QString &location,
            std::shared_ptr<const DataSource> source, const QString &warehousePassword);
  void forecast(const ForecastPanel &panel, const ForecastRequest &request);
  // Asks whatever runs to stop; true when something was running.
  bool cancel();
  // Waits for both (after cancel(): returns soon).
  void wait();
  void waitForForecast() { m_job.waitForFinished(); }

  // What the tab says after a load of selection: canceled, the error, no
  // series, or how many.
  static QString loadedText(const DistrictData &data, const QJsonObject &selection);

signals:
  // selection: what was loaded, as ForecastSelection::toJson.
  void loaded(const epidesk::DistrictData &data, const QJsonObject &selection);
  void forecastFinished(const epidesk::ForecastJobOutput &out);
  void progressChanged(double percent);

private:
  ForecastRunner m_runner;
  std::shared_ptr<Feedback> m_jobFeedback;
  std::shared_ptr<Feedback> m_loadFeedback;
  QJsonObject m_loading; // the selection being loaded
  QFutureWatcher<ForecastJobOutput> m_job;
  QFutureWatcher<DistrictData> m_load;
};

} // namespace epidesk
