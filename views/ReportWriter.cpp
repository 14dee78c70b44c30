#include "ReportWriter.h"
#include "BoundaryCache.h"
#include "ClassifierRegistry.h"
#include "MapBinding.h"
#include "MapScene.h"
#include "TrendChart.h"
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QPageSize>
#include <QPdfWriter>
#include <qcustomplot.h>

namespace epidesk {

namespace {

// This file's messages, in one context that lupdate sees too (it files the
// strings of a plain tr() wrapper function under the enclosing scope instead).
class ReportText {
  Q_DECLARE_TR_FUNCTIONS(epidesk::ReportWriter)
};

// Page geometry in points: the writer runs at 72 dpi so one unit is one
// point and fonts given in points need no scaling.
constexpr int kDpi = 72;
constexpr double kMargin = 42;
constexpr double kRowGap = 2;

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

// Paints the pages top to bottom, starting a new page when a block does not fit.
class PageFlow {
public:
  PageFlow(QPdfWriter &writer, QCPPainter &painter) : m_writer(writer), m_painter(painter) {
    const QRectF page(QPointF(0, 0), QSizeF(writer.width(), writer.height()));
    m_body = page.adjusted(kMargin, kMargin, -kMargin, -kMargin - 14);
    m_y = m_body.top();
  }
  QCPPainter &painter() { return m_painter; }
  double width() const { return m_body.width(); }
  double left() const { return m_body.left(); }
  double y() const { return m_y; }
  double remaining() const { return m_body.bottom() - m_y; }
  void advance(double dy) { m_y += dy; }

  void ensure(double height) {
    if (height > remaining() && m_y > m_body.top())
      newPage();
  }
  void newPage() {
    footer();
    m_writer.newPage();
    ++m_page;
    m_y = m_body.top();
  }
  void finish() { footer(); }

  // Wrapped text block; returns its height.
  double text(const QString &text, const QFont &font, const QColor &color = Qt::black) {
    m_painter.setFont(font);
    m_painter.setPen(color);
    const QRectF bounds =
        m_painter.boundingRect(QRectF(left(), 0, width(), 1e6), Qt::TextWordWrap | Qt::AlignLeft, text);
    ensure(bounds.height());
    m_painter.drawText(QRectF(left(), m_y, width(), bounds.height()), Qt::TextWordWrap | Qt::AlignLeft, text);
    m_y += bounds.height() + kRowGap;
    return bounds.height();
  }

private:
  void footer() {
    QFont f;
    f.setPointSizeF(7.5);
    m_painter.setFont(f);
    m_painter.setPen(Qt::darkGray);
    m_painter.drawText(QRectF(left(), m_body.bottom() + 4, width(), 12), Qt::AlignRight | Qt::AlignVCenter,
                       ReportText::tr("Page %1").arg(m_page));
  }

  QPdfWriter &m_writer;
  QCPPainter &m_painter;
  QRectF m_body;
  double m_y = 0;
  int m_page = 1;
};

QFont font(double points, bool bold = false) {
  QFont f;
  f.setPointSizeF(points);
  f.setBold(bold);
  return f;
}

void writeParameters(PageFlow &flow, const ReportContent &c) {
  const TrendRequest &r = c.request;
  const QLocale locale;
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
  flow.text(ReportText::tr("Parameters"), font(12, true));
  flow.text(lines.join(QLatin1Char('\n')), font(9));
  flow.advance(6);
}

bool writeMap(PageFlow &flow, const ReportContent &c, double height, QString *warning) {
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
  flow.ensure(height);
  const QRectF target(flow.left(), flow.y(), flow.width(), height);
  scene.setDeviceRect(QRectF(QPointF(0, 0), target.size()));
  QPainter &p = flow.painter();
  p.save();
  p.setRenderHint(QPainter::Antialiasing);
  scene.render(&p, target);
  p.setFont(font(7.5));
  p.setPen(Qt::black); // the legend title uses the current pen
  const QSizeF legend = scene.legendSizeHint(&p);
  scene.renderLegend(
      &p, QRectF(target.left() + 4, target.bottom() - legend.height() - 4, legend.width(), legend.height()));
  p.restore();
  flow.advance(height + 8);
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

void writeChart(PageFlow &flow, const ReportContent &c, double height) {
  TrendChart chart; // never shown: only its QCustomPlot layout and painting are used
  chart.resize(int(flow.width()), int(height));
  chart.setResult(c.result, referenceFor(c));
  chart.setSelectedCodes(c.selectedCodes);
  flow.ensure(height);
  chart.render(&flow.painter(), QRectF(flow.left(), flow.y(), flow.width(), height));
  flow.advance(height + 8);
}

// A table with a grey header row repeated on every page it spans.
class TableWriter {
public:
  struct Column {
    QString title;
    double width; // fraction of the body width
    Qt::Alignment align;
  };
  TableWriter(PageFlow &flow, QVector<Column> columns, double fontSize)
      : m_flow(flow), m_columns(std::move(columns)), m_fontSize(fontSize), m_rowHeight(fontSize * 1.45) {}

  void begin(const QString &caption) {
    m_flow.ensure(6 * m_rowHeight + 20); // never a caption with just a row or two under it
    m_flow.text(caption, font(12, true));
    header();
  }
  void row(const QStringList &cells, bool bold = false, const QColor &background = QColor()) {
    if (m_flow.remaining() < m_rowHeight) {
      m_flow.newPage();
      header();
    }
    draw(cells, font(m_fontSize, bold), background);
  }
  void end() { m_flow.advance(10); }

private:
  void header() {
    QStringList titles;
    for (const Column &col : m_columns)
      titles << col.title;
    draw(titles, font(m_fontSize, true), QColor(225, 225, 225));
  }
  void draw(const QStringList &cells, const QFont &f, const QColor &background) {
    QCPPainter &p = m_flow.painter();
    if (background.isValid())
      p.fillRect(QRectF(m_flow.left(), m_flow.y(), m_flow.width(), m_rowHeight), background);
    p.setFont(f);
    p.setPen(Qt::black);
    double x = m_flow.left();
    for (int i = 0; i < m_columns.size(); ++i) {
      const double w = m_columns[i].width * m_flow.width();
      p.drawText(QRectF(x + 2, m_flow.y(), w - 4, m_rowHeight), m_columns[i].align | Qt::AlignVCenter,
                 p.fontMetrics().elidedText(cells.value(i), Qt::ElideRight, int(w - 4)));
      x += w;
    }
    m_flow.advance(m_rowHeight);
  }

  PageFlow &m_flow;
  QVector<Column> m_columns;
  double m_fontSize;
  double m_rowHeight;
};

void writeTable(PageFlow &flow, const ReportContent &c) {
  TableWriter table(flow,
                    {{ReportText::tr("Code"), 0.10, Qt::AlignLeft},
                     {ReportText::tr("Name"), 0.26, Qt::AlignLeft},
                     {ReportText::tr("n"), 0.05, Qt::AlignRight},
                     {ReportText::tr("τ"), 0.08, Qt::AlignRight},
                     {ReportText::tr("p"), 0.10, Qt::AlignRight},
                     {ReportText::tr("Sen's slope"), 0.13, Qt::AlignRight},
                     {ReportText::tr("S"), 0.08, Qt::AlignRight},
                     {ReportText::tr("z"), 0.08, Qt::AlignRight},
                     {ReportText::tr("Method"), 0.12, Qt::AlignRight}},
                    8);
  table.begin(ReportText::tr("Trend tests"));
  for (auto it = c.result.trendTests.cbegin(); it != c.result.trendTests.cend(); ++it) {
    const TrendTest &t = it.value();
    const bool sig = t.isSignificant();
    table.row({it.key(), c.result.names.value(it.key(), it.key()), QString::number(t.n), number(t.tau, 3),
               number(t.pValue, 3) + (sig ? QStringLiteral(" *") : QString()), number(t.senSlope, 4),
               number(t.s, 6), number(t.z, 3), methodName(t.method)},
              sig, sig ? QColor(255, 236, 179) : QColor());
  }
  table.end();
}

void writeProvenance(PageFlow &flow, const ReportContent &c) {
  const QLocale locale;
  flow.ensure(80);
  flow.text(ReportText::tr("Provenance"), font(12, true));
  QStringList lines;
  lines << ReportText::tr("Data source: %1").arg(c.source ? c.source->location() : ReportText::tr("none"));
  lines << ReportText::tr("EpiDesk version: %1").arg(QCoreApplication::applicationVersion());
  lines << ReportText::tr("Generated: %1").arg(QDateTime::currentDateTime().toString(Qt::ISODate));
  flow.text(lines.join(QLatin1Char('\n')), font(9));
  flow.advance(4);
  if (!c.source)
    return;
  const std::vector<ImportRecord> imports = c.source->imports();
  if (imports.empty())
    return;
  TableWriter table(flow,
                    {{ReportText::tr("Imported file"), 0.34, Qt::AlignLeft},
                     {ReportText::tr("Imported at"), 0.22, Qt::AlignLeft},
                     {ReportText::tr("Rows read"), 0.11, Qt::AlignRight},
                     {ReportText::tr("Loaded"), 0.11, Qt::AlignRight},
                     {ReportText::tr("Quarantined"), 0.12, Qt::AlignRight},
                     {ReportText::tr("Warnings"), 0.10, Qt::AlignRight}},
                    7.5);
  table.begin(ReportText::tr("Imported files (%n)", nullptr, int(imports.size())));
  ImportRecord total;
  for (const ImportRecord &r : imports) {
    table.row({r.fileName, locale.toString(r.importedAt.toLocalTime(), QLocale::ShortFormat),
               locale.toString(r.rowsRead), locale.toString(r.rowsLoaded), locale.toString(r.rowsQuarantined),
               locale.toString(r.warnings)});
    total.rowsRead += r.rowsRead;
    total.rowsLoaded += r.rowsLoaded;
    total.rowsQuarantined += r.rowsQuarantined;
    total.warnings += r.warnings;
  }
  if (imports.size() > 1)
    table.row({ReportText::tr("Total"), QString(), locale.toString(total.rowsRead),
               locale.toString(total.rowsLoaded), locale.toString(total.rowsQuarantined),
               locale.toString(total.warnings)},
              true, QColor(240, 240, 240));
  table.end();
}

} // namespace

QString ReportWriter::defaultTitle() {
  return ReportText::tr("EpiDesk trend report");
}

bool ReportWriter::write(const ReportContent &content, const QString &pdfPath, QString *error) {
  QPdfWriter writer(pdfPath);
  writer.setPageSize(QPageSize(QPageSize::A4));
  writer.setResolution(kDpi);
  writer.setPageMargins(QMarginsF(0, 0, 0, 0));
  const QString title = content.title.isEmpty() ? defaultTitle() : content.title;
  writer.setTitle(title);
  writer.setCreator(QStringLiteral("EpiDesk %1").arg(QCoreApplication::applicationVersion()));

  // QCustomPlot paints only through its QPainter subclass; using it for the
  // whole page keeps the chart vector and in the same painter as the rest.
  QCPPainter painter;
  if (!painter.begin(&writer)) {
    if (error)
      *error = ReportText::tr("Cannot write the PDF %1").arg(pdfPath);
    return false;
  }
  painter.setMode(QCPPainter::pmVectorized);
  painter.setMode(QCPPainter::pmNoCaching);

  PageFlow flow(writer, painter);
  flow.text(title, font(18, true));
  QString subtitle = content.request.ingredientContains.isEmpty() ? ReportText::tr("All active ingredients")
                                                                  : content.request.ingredientContains;
  subtitle += QStringLiteral(" · ") + TrendChart::measureLabel(content.result);
  flow.text(subtitle, font(10), QColor(60, 60, 60));
  flow.advance(6);
  writeParameters(flow, content);

  QString mapWarning;
  if (!writeMap(flow, content, 300, &mapWarning) && !mapWarning.isEmpty())
    flow.text(ReportText::tr("Map unavailable: %1").arg(mapWarning), font(9), Qt::darkRed);
  writeChart(flow, content, 220);
  writeTable(flow, content);
  writeProvenance(flow, content);
  flow.finish();

  if (!painter.end() || !QFileInfo::exists(pdfPath)) {
    if (error)
      *error = ReportText::tr("Cannot write the PDF %1").arg(pdfPath);
    return false;
  }
  return true;
}

} // namespace epidesk
