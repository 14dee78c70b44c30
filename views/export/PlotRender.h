#pragma once
#include <QRectF>

class QCPPainter;
class QCustomPlot;
class QPainter;

namespace epidesk {

// Paints a QCustomPlot into rect as vectors (PDF reports, exported images).
// QCustomPlot paints only through its own QPainter subclass: a plain QPainter
// gets a recorded picture replayed into it.
void renderPlot(QCustomPlot &plot, QCPPainter *painter, const QRectF &rect);
void renderPlot(QCustomPlot &plot, QPainter *painter, const QRectF &rect);

} // namespace epidesk
