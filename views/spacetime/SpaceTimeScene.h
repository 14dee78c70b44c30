#pragma once
#include "ClassBreaks.h"
#include "spacetime/GroundMesh.h"
#include <QColor>
#include <QPoint>
#include <QSize>
#include <QStringList>
#include <memory>
#include <vector>
#include <vtkActor.h>
#include <vtkCellPicker.h>
#include <vtkLookupTable.h>
#include <vtkPoints.h>
#include <vtkRenderer.h>
#include <vtkSmartPointer.h>

namespace epidesk {

// What a space-time cube shows: each period's value per district of the
// mesh, in the classes and colours of the 2-D map it follows (one
// classification for both).
struct SpaceTimeData {
  std::shared_ptr<const GroundMesh> mesh;
  QStringList periods;                     // labels, oldest first
  std::vector<std::vector<double>> values; // [period][feature]; NaN = no data
  int forecastFrom = -1;                   // first forecast period; -1 = none
  ClassBreaks classes;
  QColor noDataColor{0xd9, 0xd9, 0xd9};
  QString legendTitle;
};

// The VTK scene of the space-time view, with no widget: the widget and the
// headless render both draw its renderer. Districts lie on the ground plane;
// in Cube mode every period is a slab at its height (time goes up), in
// Prisms mode one period's districts are raised in proportion to their
// value. Three vtkPolyData share one vtkPoints: the opaque cells, the faded
// ones (districts outside the selection, or a slab opacity below 1) and the
// forecast ones (always translucent), each coloured by class indices
// (per vertex, constant over a district) through one lookup table. Never an
// actor per district or slab.
class SpaceTimeScene {
public:
  enum class Mode { Cube, Prisms };
  SpaceTimeScene();
  ~SpaceTimeScene();

  void setData(SpaceTimeData data); // rebuilds the geometry
  const SpaceTimeData &data() const { return m_data; }
  void setMode(Mode mode);
  Mode mode() const { return m_mode; }
  // The period the time plane marks (and Prisms mode raises); -1 = the last.
  void setCursor(int period);
  int cursor() const;
  void setSelection(const std::vector<int> &features);
  const std::vector<int> &selection() const { return m_selected; }
  void setSlabOpacity(double opacity); // 0.05..1, of the slabs not selected
  double slabOpacity() const { return m_opacity; }
  void setExaggeration(double factor); // vertical scale, 0.1..10
  double exaggeration() const { return m_exaggeration; }
  void resetView();
  // Straight down on the ground plane, north up: no column hides another's top.
  void viewFromAbove();

  vtkRenderer *renderer() const { return m_renderer; }
  // Feature under a point of a viewport of the given size (device pixels,
  // origin top left), -1 if none. The renderer must be in a window of that size.
  int featureAt(const QPoint &pixel, const QSize &viewport);
  // Where a feature's slab of a period (-1: the cursor's) or its prism top
  // is drawn in a view of the given size, in pixels from the top left, from
  // the camera alone (no window needed); for tests and X11 clicks.
  QPointF pixelOf(int feature, const QSize &viewport, int period = -1) const;
  QColor colourOf(int feature, int period) const; // the class colour drawn

  double buildMilliseconds() const { return m_buildMs; }
  long long cellCount() const { return m_cells; }

private:
  struct Group;
  void rebuild();
  void regroup();
  void placeTimePlane();
  int classIndex(int period, int feature) const;
  double height() const; // of the whole cube, before exaggeration
  double slabHeight() const;
  double prismTop(int feature) const;

  SpaceTimeData m_data;
  Mode m_mode = Mode::Cube;
  int m_cursor = -1;
  std::vector<int> m_selected;
  std::vector<char> m_isSelected; // per feature
  double m_opacity = 1.0;
  double m_exaggeration = 1.0;
  double m_maxValue = 0;
  double m_buildMs = 0;
  long long m_cells = 0;

  vtkSmartPointer<vtkRenderer> m_renderer;
  vtkSmartPointer<vtkLookupTable> m_lut;
  vtkSmartPointer<vtkPoints> m_points;
  vtkSmartPointer<vtkCellPicker> m_picker;
  std::vector<std::unique_ptr<Group>> m_groups; // opaque, faded, forecast
  vtkSmartPointer<vtkActor> m_plane;
  // Every cell of the current mode: its points (3 or 4), feature, period, wall or top.
  std::vector<int> m_cellPoints, m_cellOffset, m_cellFeature, m_cellPeriod;
  std::vector<char> m_cellWall;
};

} // namespace epidesk
