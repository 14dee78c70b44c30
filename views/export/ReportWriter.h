#pragma once
#include "DataSource.h"
#include "TrendTypes.h"
#include <QString>
#include <QStringList>
#include <memory>

namespace epidesk {

// What a PDF report shows. The CLI fills it from its arguments, the GUI from
// the dashboard (Dashboard::reportContent()).
struct ReportContent {
  QString title;         // empty = "EpiDesk trend report"
  TrendRequest request;  // printed as the parameters
  TrendResult result;    // runTrends(*source, request)
  TrendResult reference; // country-level result for the chart; empty = computed from source
  std::shared_ptr<const DataSource> source;          // provenance and boundaries (may be null: no map)
  QString classifierId = QStringLiteral("quantile"); // ClassifierRegistry id
  int classCount = 5;
  QString mapValue;          // a period, "" = the last period, "sen_slope" = Sen's slope
  QStringList selectedCodes; // result codes outlined on the map and drawn in the chart
};

// Writes an A4 PDF: title, parameters, map with legend, chart, trend-test
// table (significant rows bold, marked *), provenance (data source, imported
// files with row counts, app version, generation time).
// Needs a QApplication (the chart is a QCustomPlot widget, never shown), so
// headless callers run with QT_QPA_PLATFORM=offscreen. Call from the GUI thread.
class PdfPageWriter;

// The provenance block of every EpiDesk PDF: data source, app version,
// generation time, and each imported file with its row counts.
void writeProvenance(PdfPageWriter &pdf, const DataSource *source);

class ReportWriter {
public:
  static bool write(const ReportContent &content, const QString &pdfPath, QString *error = nullptr);
  static QString defaultTitle();
};

} // namespace epidesk
