#include "export/ReportWriter.h"
#include "ClassifierRegistry.h"
#include "MapScene.h"
#include "export/PdfPageWriter.h"
#include "map/BoundaryCache.h"
#include "map/MapBinding.h"
#include "trends/TrendChart.h"
#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <cmath>

namespace epidesk {

namespace {

// This file's messages, in one context that lupdate sees too (it files the
// strings of a plain tr() wrapper function under the enclosing scope instead).
class ReportText {
  Q_DECLARE_TR_FUNCTIONS(epidesk::ReportWriter)
};

QString number(double v, int precision) {
  return std::isfinite(v) ? QLocale().toString(v, 'g', precision) : QStringLiteral("–");
}

// The stored method ids ("exact", "asymptotic"), translated as in the table view.
QString methodName(const QString &method) {
  if (method == QLatin1String("exact"))
    return ReportText::tr("exact");
  if (method == QLatin1String("asymptotic"))
    return ReportText::tr("asymptotic");
  return method;
}

QString levelName(GeoLevel l) {
  switch (l) {
  case GeoLevel::Municipality:
    return ReportText::tr("Municipality");
  case GeoLevel::Uf:
    return ReportText::tr("State (UF)");
  case GeoLevel::Region:
    return ReportText::tr("Region");
  case GeoLevel::Country:
    return ReportText::tr("Country");
  }
  return {};
}

void writeParameters(PdfPageWriter &pdf, const ReportContent &c) {
  const TrendRequest &r = c.request;
  QStringList lines;
  lines << ReportText::tr("Active ingredient: %1")
               .arg(r.ingredientContains.isEmpty() ? ReportText::tr("all") : r.ingredientContains);
  lines << ReportText::tr("Level: %1").arg(levelName(r.level));
  lines << ReportText::tr("Measure: %1").arg(TrendChart::measureLabel(c.result));
  lines << ReportText::tr("Period: %1")
               .arg(r.period == PeriodKind::Year ? ReportText::tr("year") : ReportText::tr("month"));
  lines << ReportText::tr("Years: %1 to %2")
               .arg(r.fromYear > 0 ? QString::number(r.fromYear) : ReportText::tr("first with data"),
                    r.toYear > 0 ? QString::number(r.toYear) : ReportText::tr("last with data"));
  lines << ReportText::tr("Map: %1; %2 classification, %n class(es)", nullptr, c.classCount)
               .arg(mapValueTitle(c.result, c.mapValue),
                    ClassifierRegistry::displayName(c.classifierId).isEmpty()
                        ? c.classifierId
                        : ClassifierRegistry::displayName(c.classifierId));
  lines << ReportText::tr(
      "Trend test: Mann-Kendall (Kendall's τ-b), Sen's slope per period; * marks p < 0.05");
  pdf.heading(ReportText::tr("Parameters"));
  pdf.paragraph(lines.join(QLatin1Char('\n')));
  pdf.space(6);
}

bool writeMap(PdfPageWriter &pdf, const ReportContent &c, double height, QString *warning) {
  if (!c.source)
    return false;
  const GeoLevel level = MapBinding::boundaryLevel(c.result.level);
  MapContent map;
  map.result = c.result;
  map.features = BoundaryCache::instance().get(c.source->boundaries(level), warning);
  if (!map.features)
    return false;
  if (level == GeoLevel::Municipality)
    map.outlines = BoundaryCache::instance().get(c.source->boundaries(GeoLevel::Uf));
  map.binding = MapBinding(c.result.level, *map.features, c.source->geography());
  map.period = c.mapValue;
  map.classifierId = c.classifierId;
  map.classCount = c.classCount;
  map.selectedResultCodes = c.selectedCodes;

  MapScene scene;
  populateMapScene(scene, map);
  scene.setDeviceRect(QRectF(0, 0, pdf.width(), height));
  pdf.map(scene, height);
  return true;
}

// The chart's reference line when the caller gave none: the same request at
// country level (otherwise an unselected municipality chart would draw
// thousands of lines).
TrendResult referenceFor(const ReportContent &c) {
  if (!c.reference.series.isEmpty() || !c.source || c.result.level == GeoLevel::Country)
    return c.reference;
  TrendRequest country = c.request;
  country.level = GeoLevel::Country;
  try {
    return runTrends(*c.source, country);
  } catch (...) {
    return {}; // the chart falls back to the result's own series
  }
}

void writeChart(PdfPageWriter &pdf, const ReportContent &c, double height) {
  TrendChart chart; // never shown: only its QCustomPlot layout and painting are used
  chart.resize(int(pdf.width()), int(height));
  chart.setResult(c.result, referenceFor(c));
  chart.setSelectedCodes(c.selectedCodes);
  chart.render(&pdf.painter(), pdf.block(height));
}

void writeTable(PdfPageWriter &pdf, const ReportContent &c) {
  QList<PdfPageWriter::Row> rows;
  for (auto it = c.result.trendTests.cbegin(); it != c.result.trendTests.cend(); ++it) {
    const TrendTest &t = it.value();
    const bool sig = t.isSignificant();
    rows.emplaceBack(QStringList{it.key(), c.result.names.value(it.key(), it.key()), QString::number(t.n),
                                 number(t.tau, 3),
                                 number(t.pValue, 3) + (sig ? QStringLiteral(" *") : QString()),
                                 number(t.senSlope, 4), number(t.s, 6), number(t.z, 3), methodName(t.method)},
                     sig, sig ? QColor(255, 236, 179) : QColor());
  }
  pdf.heading(ReportText::tr("Trend tests"));
  pdf.table({{ReportText::tr("Code"), 0.10, Qt::AlignLeft},
             {ReportText::tr("Name"), 0.26, Qt::AlignLeft},
             {ReportText::tr("n"), 0.05, Qt::AlignRight},
             {ReportText::tr("τ"), 0.08, Qt::AlignRight},
             {ReportText::tr("p"), 0.10, Qt::AlignRight},
             {ReportText::tr("Sen's slope"), 0.13, Qt::AlignRight},
             {ReportText::tr("S"), 0.08, Qt::AlignRight},
             {ReportText::tr("z"), 0.08, Qt::AlignRight},
             {ReportText::tr("Method"), 0.12, Qt::AlignRight}},
            rows, 8);
}

} // namespace

void writeProvenance(PdfPageWriter &pdf, const DataSource *source) {
  const QLocale locale;
  pdf.heading(ReportText::tr("Provenance"));
  QStringList lines;
  lines << ReportText::tr("Data source: %1").arg(source ? source->location() : ReportText::tr("none"));
  lines << ReportText::tr("EpiDesk version: %1").arg(QCoreApplication::applicationVersion());
  lines << ReportText::tr("Generated: %1").arg(QDateTime::currentDateTime().toString(Qt::ISODate));
  pdf.paragraph(lines.join(QLatin1Char('\n')));
  pdf.space(4);
  if (!source)
    return;
  const std::vector<ImportRecord> imports = source->imports();
  if (imports.empty())
    return;
  QList<PdfPageWriter::Row> rows;
  ImportRecord total;
  for (const ImportRecord &r : imports) {
    rows.emplaceBack(QStringList{r.fileName,
                                 locale.toString(r.importedAt.toLocalTime(), QLocale::ShortFormat),
                                 locale.toString(r.rowsRead), locale.toString(r.rowsLoaded),
                                 locale.toString(r.rowsQuarantined), locale.toString(r.warnings)});
    total.rowsRead += r.rowsRead;
    total.rowsLoaded += r.rowsLoaded;
    total.rowsQuarantined += r.rowsQuarantined;
    total.warnings += r.warnings;
  }
  if (imports.size() > 1)
    rows.emplaceBack(QStringList{ReportText::tr("Total"), QString(), locale.toString(total.rowsRead),
                                 locale.toString(total.rowsLoaded), locale.toString(total.rowsQuarantined),
                                 locale.toString(total.warnings)},
                     true, QColor(240, 240, 240));
  pdf.heading(ReportText::tr("Imported files (%n)", nullptr, int(imports.size())));
  pdf.table({{ReportText::tr("Imported file"), 0.34, Qt::AlignLeft},
             {ReportText::tr("Imported at"), 0.22, Qt::AlignLeft},
             {ReportText::tr("Rows read"), 0.11, Qt::AlignRight},
             {ReportText::tr("Loaded"), 0.11, Qt::AlignRight},
             {ReportText::tr("Quarantined"), 0.12, Qt::AlignRight},
             {ReportText::tr("Warnings"), 0.10, Qt::AlignRight}},
            rows, 7.5);
}

QString ReportWriter::defaultTitle() {
  return ReportText::tr("EpiDesk trend report");
}

bool ReportWriter::write(const ReportContent &content, const QString &pdfPath, QString *error) {
  const QString title = content.title.isEmpty() ? defaultTitle() : content.title;
  PdfPageWriter pdf(pdfPath, title);
  if (!pdf.begin()) {
    if (error)
      *error = ReportText::tr("Cannot write the PDF %1").arg(pdfPath);
    return false;
  }
  pdf.setFooter(QString(), ReportText::tr("Page %1"));
  pdf.title(title);
  QString subtitle = content.request.ingredientContains.isEmpty() ? ReportText::tr("All active ingredients")
                                                                  : content.request.ingredientContains;
  subtitle += QStringLiteral(" · ") + TrendChart::measureLabel(content.result);
  pdf.paragraph(subtitle, 10, QColor(60, 60, 60));
  pdf.space(6);
  writeParameters(pdf, content);

  QString mapWarning;
  if (!writeMap(pdf, content, 300, &mapWarning) && !mapWarning.isEmpty())
    pdf.paragraph(ReportText::tr("Map unavailable: %1").arg(mapWarning), 9, Qt::darkRed);
  writeChart(pdf, content, 220);
  writeTable(pdf, content);
  writeProvenance(pdf, content.source.get());

  if (!pdf.finish()) {
    if (error)
      *error = ReportText::tr("Cannot write the PDF %1").arg(pdfPath);
    return false;
  }
  return true;
}

} // namespace epidesk
