#pragma once
#include "ForecastTypes.h"
#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

namespace epidesk {

class ForecastChart;
class MapScene;

// What the forecast PDF report shows; the GUI fills it from the forecast view.
struct ForecastReportContent {
  QString title;           // empty = "EpiDesk forecast report"
  QString data;            // what the series are ("Brazil — prescriptions per UF"); may be empty
  QString indicator;       // translated indicator name
  ForecastRequest request; // model settings
  ForecastResult result;
  QString district; // selected series code: powiat, UF or municipality (may be empty)
  QString districtName;
  QString mapDate;                // label of the date the map shows
  QString source;                 // store location
  const MapScene *map = nullptr;  // rendered as it is (may be null: no map)
  ForecastChart *chart = nullptr; // the selected district's chart (may be null)
};

// Exports of a ForecastResult. No GUI state: the PDF renders the given
// scene and chart. CSV through CsvWriter (exported cells: quoting, inert
// prefix on text cells, C-locale numbers with 12 significant digits).
//
// Forecasts header: code,name,period,mean,lo80,hi80,lo95,hi95
//   (codes ascending, periods in forecast order), plus ",actual" (the
//   held-out value, empty past the data) for a forecast with an origin
// Backtest header:  code,name,origins,mase,smape,coverage80,coverage95
class ForecastExport {
  Q_DECLARE_TR_FUNCTIONS(epidesk::ForecastExport)
public:
  static QByteArray forecastsCsv(const ForecastResult &result, const QMap<QString, QString> &names = {});
  static QByteArray backtestCsv(const ForecastResult &result, const QMap<QString, QString> &names = {});
  // Atomic (QSaveFile); false and *error on failure.
  static bool writeForecastsCsv(const ForecastResult &result, const QString &path,
                                const QMap<QString, QString> &names = {}, QString *error = nullptr);
  // A4 PDF: title, model settings, the map with legend, the district's chart,
  // its backtest and analogues, generation time. GUI thread only.
  static bool writePdf(const ForecastReportContent &content, const QString &path, QString *error = nullptr);
  static QString defaultTitle();
  // Display name of a model id ("nn" -> "Nearest-neighbour analogues").
  static QString modelName(const QString &id);
};

} // namespace epidesk
