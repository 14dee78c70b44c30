#pragma once
#include <QRectF>
#include <QVector>

class QPainter;
class QTransform;

namespace epidesk {

class ChoroplethLayer;
struct LegendEntry;

// Paints one layer: fills (class colour or no-data), borders, then hover
// highlight and selection outlines on top so neighbours do not cover them.
// devicePixelRatio-free: the transform maps plane units to painter units.
void paintLayer(QPainter *painter, const ChoroplethLayer &layer, const QTransform &planeToDevice,
                const QRectF &deviceClip);

// Paints a vertical legend (title, then a swatch + label per entry) in target.
void paintLegend(QPainter *painter, const QRectF &target, const QString &title,
                 const QVector<LegendEntry> &entries);
QSizeF legendSize(const QPainter *painter, const QString &title, const QVector<LegendEntry> &entries);

} // namespace epidesk
