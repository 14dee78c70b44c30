#pragma once
#include <QColor>
#include <QFont>
#include <QList>
#include <QPair>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QVector>
#include <memory>

class QCPPainter;
class QImage;
class QPdfWriter;
class QSaveFile;

namespace epidesk {

class MapScene;

// The page layout of EpiDesk's PDF reports: A4 at 72 dpi (one unit is one
// point, so fonts in points need no scaling), fixed margins, and a cursor
// that moves down the page. Every block starts a new page when it does not fit
// below the cursor; tables repeat their header row on each page they span.
// The painter is a QCPPainter so QCustomPlot charts paint into the same page,
// as vectors. GUI thread only (fonts, charts).
class PdfPageWriter {
public:
  struct Column {
    QString title;
    double width; // fraction of the body width
    Qt::Alignment align = Qt::AlignLeft;
  };
  struct Row {
    Row(QStringList cells, bool bold = false, QColor background = QColor())
        : cells(std::move(cells)), bold(bold), background(std::move(background)) {}
    QStringList cells;
    bool bold;
    QColor background; // invalid = none
  };

  PdfPageWriter(const QString &path, const QString &title);
  ~PdfPageWriter();
  PdfPageWriter(const PdfPageWriter &) = delete;
  PdfPageWriter &operator=(const PdfPageWriter &) = delete;

  // False when the file cannot be opened for writing.
  bool begin();
  // Paints the last page's footer and commits the file; false when no PDF was
  // written. Written atomically (QSaveFile): a failed or abandoned report
  // leaves an earlier file of that name as it was.
  bool finish();
  QString errorString() const;

  // Footer of every page: text at the left; pageFormat ("%1" = page number,
  // empty = no number) at the right.
  void setFooter(const QString &text, const QString &pageFormat = QString());

  // --- text (wrapped to the body width)
  void title(const QString &text);
  // Bold; starts a new page unless keepWithNext points fit below it.
  void heading(const QString &text, double points = 12, double keepWithNext = 80);
  void paragraph(const QString &text, double points = 9, const QColor &color = Qt::black);
  void text(const QString &text, const QFont &font, const QColor &color = Qt::black);
  // Two columns, keys at the left, values wrapped at the right.
  void keyValues(const QList<QPair<QString, QString>> &pairs, double points = 9);

  // --- blocks
  void table(const QVector<Column> &columns, const QList<Row> &rows, double points = 8);
  // Scaled to the body width and at most maxHeight, keeping its aspect ratio.
  void image(const QImage &image, double maxHeight);
  // The scene fitted into the full body width, its legend at the bottom left.
  void map(const MapScene &scene, double height);
  // Room for a custom block (a chart): the rect at the cursor, which moves below it.
  QRectF block(double height, double gapAfter = 8);
  void space(double points);

  QCPPainter &painter();
  double width() const;
  int pageCount() const { return m_page; }
  static QFont font(double points, bool bold = false);

private:
  void ensure(double height);
  void newPage();
  void footer();
  void tableRow(const QVector<Column> &columns, const QStringList &cells, const QFont &font,
                const QColor &background, double height);

  std::unique_ptr<QSaveFile> m_file; // before m_writer: the writer paints into it
  std::unique_ptr<QPdfWriter> m_writer;
  std::unique_ptr<QCPPainter> m_painter;
  QRectF m_body;
  double m_y = 0;
  int m_page = 1;
  QString m_footer;
  QString m_pageFormat;
};

} // namespace epidesk
