#include "export/PlotRender.h"
#include <QPicture>
#include <qcustomplot.h>

namespace epidesk {

void renderPlot(QCustomPlot &plot, QCPPainter *painter, const QRectF &rect) {
  painter->save();
  painter->translate(rect.topLeft());
  plot.toPainter(painter, qMax(1, qRound(rect.width())), qMax(1, qRound(rect.height())));
  painter->restore();
}

void renderPlot(QCustomPlot &plot, QPainter *painter, const QRectF &rect) {
  QPicture picture;
  QCPPainter recorder(&picture);
  recorder.setMode(QCPPainter::pmVectorized);
  recorder.setMode(QCPPainter::pmNoCaching);
  plot.toPainter(&recorder, qMax(1, qRound(rect.width())), qMax(1, qRound(rect.height())));
  recorder.end();
  painter->drawPicture(rect.topLeft(), picture);
}

} // namespace epidesk
