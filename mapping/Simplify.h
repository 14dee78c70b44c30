#pragma once
#include <QPolygonF>

namespace epidesk {

// Douglas-Peucker line simplification of a closed ring: keeps the first and
// last vertex and every vertex farther than `tolerance` (same units as the
// points) from the simplified line. Rings never collapse below 4 points
// (a triangle plus closing point) so small features stay visible.
QPolygonF simplifyRing(const QPolygonF &ring, double tolerance);

} // namespace epidesk
