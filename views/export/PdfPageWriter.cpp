#include "export/PdfPageWriter.h"
#include "MapScene.h"
#include <QCoreApplication>
#include <QImage>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <qcustomplot.h>

namespace epidesk {

namespace {

constexpr int kDpi = 72; // one unit = one point
constexpr double kMargin = 42;
constexpr double kFooterHeight = 14; // kept free under the body
constexpr double kLineGap = 2;
constexpr double kBlockGap = 8;
constexpr double kKeyWidth = 0.38; // of the body width, in keyValues()

constexpr int kWrap = Qt::TextWordWrap | Qt::AlignLeft;

} // namespace

PdfPageWriter::PdfPageWriter(const QString &path, const QString &title)
    : m_file(std::make_unique<QSaveFile>(path)), m_writer(std::make_unique<QPdfWriter>(m_file.get())),
      m_painter(std::make_unique<QCPPainter>()) {
  m_writer->setPageSize(QPageSize(QPageSize::A4));
  m_writer->setResolution(kDpi);
  m_writer->setPageMargins(QMarginsF(0, 0, 0, 0));
  m_writer->setTitle(title);
  m_writer->setCreator(QStringLiteral("EpiDesk %1").arg(QCoreApplication::applicationVersion()));
  const QRectF page(QPointF(0, 0), QSizeF(m_writer->width(), m_writer->height()));
  m_body = page.adjusted(kMargin, kMargin, -kMargin, -kMargin - kFooterHeight);
  m_y = m_body.top();
}

PdfPageWriter::~PdfPageWriter() {
  if (m_painter->isActive())
    m_painter->end();
}

bool PdfPageWriter::begin() {
  if (!m_file->open(QIODevice::WriteOnly) || !m_painter->begin(m_writer.get()))
    return false;
  // QCustomPlot paints only through its QPainter subclass; in vector mode the
  // charts stay vectors in the PDF.
  m_painter->setMode(QCPPainter::pmVectorized);
  m_painter->setMode(QCPPainter::pmNoCaching);
  return true;
}

bool PdfPageWriter::finish() {
  if (!m_painter->isActive())
    return false;
  footer();
  return m_painter->end() && m_file->commit();
}

QString PdfPageWriter::errorString() const {
  return m_file->errorString();
}

void PdfPageWriter::setFooter(const QString &text, const QString &pageFormat) {
  m_footer = text;
  m_pageFormat = pageFormat;
}

QCPPainter &PdfPageWriter::painter() {
  return *m_painter;
}

double PdfPageWriter::width() const {
  return m_body.width();
}

QFont PdfPageWriter::font(double points, bool bold) {
  QFont f;
  f.setPointSizeF(points);
  f.setBold(bold);
  return f;
}

void PdfPageWriter::title(const QString &text) {
  this->text(text, font(18, true));
}

void PdfPageWriter::heading(const QString &text, double points, double keepWithNext) {
  m_painter->setFont(font(points, true));
  ensure(m_painter->boundingRect(QRectF(0, 0, width(), 1e6), kWrap, text).height() + keepWithNext);
  this->text(text, font(points, true));
}

void PdfPageWriter::paragraph(const QString &text, double points, const QColor &color) {
  this->text(text, font(points), color);
}

void PdfPageWriter::text(const QString &text, const QFont &font, const QColor &color) {
  m_painter->setFont(font);
  m_painter->setPen(color);
  const double height = m_painter->boundingRect(QRectF(0, 0, width(), 1e6), kWrap, text).height();
  ensure(height);
  m_painter->drawText(QRectF(m_body.left(), m_y, width(), height), kWrap, text);
  m_y += height + kLineGap;
}

void PdfPageWriter::keyValues(const QList<QPair<QString, QString>> &pairs, double points) {
  m_painter->setFont(font(points));
  m_painter->setPen(Qt::black);
  const double keyWidth = kKeyWidth * width() - 6;
  const double valueWidth = (1 - kKeyWidth) * width();
  for (const auto &[key, value] : pairs) {
    const QRectF k = m_painter->boundingRect(QRectF(0, 0, keyWidth, 1e6), kWrap, key);
    const QRectF v = m_painter->boundingRect(QRectF(0, 0, valueWidth, 1e6), kWrap, value);
    const double height = std::max(k.height(), v.height());
    ensure(height);
    m_painter->drawText(QRectF(m_body.left(), m_y, keyWidth, height), kWrap, key);
    m_painter->drawText(QRectF(m_body.left() + kKeyWidth * width(), m_y, valueWidth, height), kWrap, value);
    m_y += height + kLineGap;
  }
  m_y += kBlockGap - kLineGap;
}

void PdfPageWriter::table(const QVector<Column> &columns, const QList<Row> &rows, double points) {
  const double rowHeight = points * 1.45;
  QStringList titles;
  for (const Column &c : columns)
    titles << c.title;
  const auto header = [&] {
    tableRow(columns, titles, font(points, true), QColor(225, 225, 225), rowHeight);
  };
  ensure(rowHeight * std::min<qsizetype>(3, 1 + rows.size())); // never a header alone at the bottom
  header();
  for (const Row &row : rows) {
    if (m_body.bottom() - m_y < rowHeight) {
      newPage();
      header();
    }
    tableRow(columns, row.cells, font(points, row.bold), row.background, rowHeight);
  }
  m_y += 10;
}

void PdfPageWriter::tableRow(const QVector<Column> &columns, const QStringList &cells, const QFont &font,
                             const QColor &background, double height) {
  if (background.isValid())
    m_painter->fillRect(QRectF(m_body.left(), m_y, width(), height), background);
  m_painter->setFont(font);
  m_painter->setPen(Qt::black);
  double x = m_body.left();
  for (int i = 0; i < columns.size(); ++i) {
    const double w = columns[i].width * width();
    m_painter->drawText(QRectF(x + 2, m_y, w - 4, height), columns[i].align | Qt::AlignVCenter,
                        m_painter->fontMetrics().elidedText(cells.value(i), Qt::ElideRight, int(w - 4)));
    x += w;
  }
  m_y += height;
}

void PdfPageWriter::image(const QImage &image, double maxHeight) {
  if (image.isNull())
    return;
  const QSizeF size = QSizeF(image.size()).scaled(QSizeF(width(), maxHeight), Qt::KeepAspectRatio);
  ensure(size.height());
  m_painter->drawImage(QRectF(QPointF(m_body.left(), m_y), size), image);
  m_y += size.height() + kBlockGap;
}

void PdfPageWriter::map(const MapScene &scene, double height) {
  const QRectF target = block(height);
  m_painter->save();
  m_painter->setRenderHint(QPainter::Antialiasing);
  scene.render(m_painter.get(), target);
  m_painter->setFont(font(7.5));
  m_painter->setPen(Qt::black); // the legend title uses the current pen
  const QSizeF legend = scene.legendSizeHint(m_painter.get());
  scene.renderLegend(m_painter.get(),
                     QRectF(QPointF(target.left() + 4, target.bottom() - legend.height() - 4), legend));
  m_painter->restore();
}

QRectF PdfPageWriter::block(double height, double gapAfter) {
  ensure(height);
  const QRectF rect(m_body.left(), m_y, width(), height);
  m_y += height + gapAfter;
  return rect;
}

void PdfPageWriter::space(double points) {
  m_y += points;
}

void PdfPageWriter::ensure(double height) {
  if (height > m_body.bottom() - m_y && m_y > m_body.top())
    newPage();
}

void PdfPageWriter::newPage() {
  footer();
  m_writer->newPage();
  ++m_page;
  m_y = m_body.top();
}

void PdfPageWriter::footer() {
  m_painter->setFont(font(7.5));
  m_painter->setPen(Qt::darkGray);
  const QRectF rect(m_body.left(), m_body.bottom() + 4, width(), 12);
  if (!m_footer.isEmpty())
    m_painter->drawText(rect, Qt::AlignLeft | Qt::AlignVCenter, m_footer);
  if (!m_pageFormat.isEmpty())
    m_painter->drawText(rect, Qt::AlignRight | Qt::AlignVCenter, m_pageFormat.arg(m_page));
}

} // namespace epidesk
