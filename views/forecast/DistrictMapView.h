#pragma once
#include "DataSource.h"
#include "Feature.h"
#include "ForecastTypes.h"
#include "TimeSeries.h"
#include <QDate>
#include <QHash>
#include <QWidget>
#include <vector>

class QLabel;
class QSlider;
class QTimer;
class QToolButton;

namespace epidesk {

class MapWidget;

// Choropleth of an indicator per district (Poland's powiats, Brazil's UFs
// or municipalities: any boundaries whose codes are the series codes) at
// one date, with a time slider and a play button that runs through the
// observed dates and then on into the forecast period (forecast means).
// Clicking a district emits districtActivated().
//
// Steps: one per period from the earliest series start to the latest
// history end (history steps), then one per forecast period up to the
// longest forecast (forecast steps).
//
// Colour classes are computed once per setData() over every observed value
// and forecast mean of the districts on the map, so colours and legend stay
// the same while the slider moves (a district gets darker only when its
// value grows).
class DistrictMapView : public QWidget {
  Q_OBJECT
public:
  explicit DistrictMapView(QWidget *parent = nullptr);

  // Boundaries through BoundaryCache; false and *error on failure.
  bool loadBoundaries(const BoundarySource &source, QString *error = nullptr);
  // projectionId: ProjectionRegistry id ("albers_poland"); empty = fitted to the extent.
  // outlines: borders drawn over the districts (states over municipalities), or null.
  void setFeatures(FeatureCollectionPtr features, const QString &projectionId = {},
                   FeatureCollectionPtr outlines = {});
  FeatureCollectionPtr features() const { return m_features; }
  // Legend title, e.g. "New cases per 100,000 (7-day mean)".
  void setIndicatorName(const QString &name);
  QString indicatorName() const { return m_indicator; }

  // Observed series per district and (optionally) their forecasts, keyed by
  // series code. Keeps the current date when it is still on the timeline,
  // else shows the last observed date.
  void setData(const std::vector<TimeSeries> &history, const ForecastResult &forecast = {});

  int stepCount() const { return m_historySteps + m_forecastSteps; }
  int historyStepCount() const { return m_historySteps; }
  int currentStep() const { return m_step; }
  QDate stepDate(int step) const;
  bool isForecastStep(int step) const { return step >= m_historySteps && step < stepCount(); }
  QString stepLabel(int step) const; // "2021-03-04" or "2021-03-04 (forecast)"
  // The step of a period label in the timeline's format ("2021-03-04",
  // "2021-W09", "2021-03"), observed or forecast; -1 when it names none.
  int stepOf(const QString &period) const;
  // District values at a step: observed values, then forecast means.
  QHash<QString, double> valuesAt(int step) const;

  MapWidget *mapWidget() const { return m_map; }
  QSlider *slider() const { return m_slider; }
  QToolButton *playButton() const { return m_play; }
  bool isPlaying() const;
  void setPlayInterval(int ms);
  QString selectedDistrict() const { return m_selected; }

public slots:
  void setStep(int step);
  void play(); // from the start when at the last step
  void pause();
  void togglePlay();
  // Programmatic selection (outlined on the map); no districtActivated().
  void selectDistrict(const QString &code);

signals:
  void stepChanged(int step, const QDate &date, bool forecast);
  void districtActivated(const QString &code);
  void playingChanged(bool playing);

protected:
  void changeEvent(QEvent *event) override;

private:
  void advance();
  void applyBreaks();
  void updateMap();
  void retranslate();

  MapWidget *m_map;
  QSlider *m_slider;
  QToolButton *m_play;
  QLabel *m_dateLabel;
  QTimer *m_timer;
  FeatureCollectionPtr m_features;
  QString m_indicator;
  std::vector<TimeSeries> m_history;
  ForecastResult m_forecast;
  TimeSeries m_timeline; // frequency and first period of step 0
  int m_historySteps = 0;
  int m_forecastSteps = 0;
  int m_step = 0;
  QString m_selected;
};

} // namespace epidesk
