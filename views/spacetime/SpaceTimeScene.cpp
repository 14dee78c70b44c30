#include "spacetime/SpaceTimeScene.h"
#include <QElapsedTimer>
#include <algorithm>
#include <cmath>
#include <vtkActor.h>
#include <vtkCamera.h>
#include <vtkCellArray.h>
#include <vtkCellPicker.h>
#include <vtkIdTypeArray.h>
#include <vtkLookupTable.h>
#include <vtkMatrix4x4.h>
#include <vtkPointData.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>
#include <vtkShortArray.h>

namespace epidesk {

namespace {
constexpr double kSlabFill = 0.75;     // of a period's height; the rest is the gap above
constexpr double kFadedOpacity = 0.12; // districts outside the selection
constexpr double kForecastOpacity = 0.4;
enum GroupId { Opaque, Faded, Forecast };

// Flat colours (no lighting), so a slab shows exactly its class colour;
// walls get the darker shade of their class from the lookup table instead.
void flatColours(vtkProperty *p) {
  p->SetAmbient(1.0);
  p->SetDiffuse(0.0);
  p->SetSpecular(0.0);
  p->SetInterpolationToFlat();
}
} // namespace

struct SpaceTimeScene::Group {
  vtkSmartPointer<vtkPolyData> data = vtkSmartPointer<vtkPolyData>::New();
  vtkSmartPointer<vtkPolyDataMapper> mapper = vtkSmartPointer<vtkPolyDataMapper>::New();
  vtkSmartPointer<vtkActor> actor = vtkSmartPointer<vtkActor>::New();
  std::vector<int> cells; // this group's cell -> the scene's cell
};

SpaceTimeScene::SpaceTimeScene()
    : m_renderer(vtkSmartPointer<vtkRenderer>::New()), m_lut(vtkSmartPointer<vtkLookupTable>::New()),
      m_points(vtkSmartPointer<vtkPoints>::New()), m_picker(vtkSmartPointer<vtkCellPicker>::New()),
      m_plane(vtkSmartPointer<vtkActor>::New()) {
  m_renderer->SetBackground(1, 1, 1);
  m_picker->SetTolerance(0.0005);
  m_picker->PickFromListOn();
  for (int g = 0; g < 3; ++g) {
    auto group = std::make_unique<Group>();
    group->data->SetPoints(m_points);
    group->mapper->SetInputData(group->data);
    group->mapper->SetLookupTable(m_lut);
    group->mapper->SetColorModeToMapScalars();
    // Colours per vertex (constant over a district): per-cell colours cost a
    // texture fetch per fragment, a fifth of the frame on a software renderer.
    group->mapper->SetScalarModeToUsePointData();
    group->mapper->InterpolateScalarsBeforeMappingOff();
    group->mapper->UseLookupTableScalarRangeOn();
    group->actor->SetMapper(group->mapper);
    flatColours(group->actor->GetProperty());
    m_renderer->AddActor(group->actor);
    m_picker->AddPickList(group->actor);
    m_groups.push_back(std::move(group));
  }
  m_groups[Forecast]->actor->GetProperty()->SetOpacity(kForecastOpacity);
  auto plane = vtkSmartPointer<vtkPolyData>::New();
  auto planeMapper = vtkSmartPointer<vtkPolyDataMapper>::New();
  planeMapper->SetInputData(plane);
  planeMapper->ScalarVisibilityOff();
  m_plane->SetMapper(planeMapper);
  vtkProperty *pp = m_plane->GetProperty();
  flatColours(pp);
  pp->SetColor(0.15, 0.25, 0.45);
  pp->SetOpacity(0.18);
  pp->EdgeVisibilityOn();
  pp->SetEdgeColor(0.15, 0.25, 0.45);
  pp->SetLineWidth(2);
  m_renderer->AddActor(m_plane);
}

SpaceTimeScene::~SpaceTimeScene() = default;

void SpaceTimeScene::setData(SpaceTimeData data) {
  m_data = std::move(data);
  const int n = m_data.classes.classCount();
  // Entries: the classes, no data, then the same darker for walls. Index i
  // falls in entry i with the table spanning [-0.5, entries - 0.5].
  const int entries = 2 * (n + 1);
  m_lut->SetNumberOfTableValues(entries);
  m_lut->SetTableRange(-0.5, entries - 0.5);
  for (int i = 0; i <= n; ++i) {
    const QColor c = i < n ? m_data.classes.color(i) : m_data.noDataColor;
    m_lut->SetTableValue(i, c.redF(), c.greenF(), c.blueF(), 1.0);
    const QColor d = c.darker(135);
    m_lut->SetTableValue(n + 1 + i, d.redF(), d.greenF(), d.blueF(), 1.0);
  }
  m_lut->Modified();
  m_maxValue = 0;
  for (const auto &period : m_data.values)
    for (double v : period)
      if (std::isfinite(v))
        m_maxValue = std::max(m_maxValue, v);
  const int features = m_data.mesh ? m_data.mesh->featureCount : 0;
  m_isSelected.assign(size_t(features), 0);
  for (int f : m_selected)
    if (f >= 0 && f < features)
      m_isSelected[size_t(f)] = 1;
  rebuild();
}

void SpaceTimeScene::setMode(Mode mode) {
  if (mode == m_mode)
    return;
  m_mode = mode;
  rebuild();
}

int SpaceTimeScene::cursor() const {
  const int n = int(m_data.periods.size());
  return m_cursor >= 0 && m_cursor < n ? m_cursor : n - 1;
}

void SpaceTimeScene::setCursor(int period) {
  if (period == m_cursor)
    return;
  m_cursor = period;
  if (m_mode == Mode::Prisms)
    rebuild(); // the raised period changes
  else
    placeTimePlane();
}

void SpaceTimeScene::setSelection(const std::vector<int> &features) {
  m_selected = features;
  std::fill(m_isSelected.begin(), m_isSelected.end(), 0);
  for (int f : features)
    if (f >= 0 && f < int(m_isSelected.size()))
      m_isSelected[size_t(f)] = 1;
  regroup();
}

void SpaceTimeScene::setSlabOpacity(double opacity) {
  m_opacity = std::clamp(opacity, 0.05, 1.0);
  regroup();
}

void SpaceTimeScene::setExaggeration(double factor) {
  m_exaggeration = std::clamp(factor, 0.1, 10.0);
  for (const auto &g : m_groups)
    g->actor->SetScale(1, 1, m_exaggeration);
  m_plane->SetScale(1, 1, m_exaggeration);
  m_renderer->ResetCameraClippingRange();
}

double SpaceTimeScene::height() const {
  if (!m_data.mesh)
    return 1;
  const QRectF e = m_data.mesh->extent;
  return 0.5 * std::max(e.width(), e.height());
}

double SpaceTimeScene::slabHeight() const {
  return height() / std::max<qsizetype>(1, m_data.periods.size());
}

double SpaceTimeScene::prismTop(int feature) const {
  const double floor = height() * 0.004; // no data and zero still show as a flat tile
  const auto &period = m_data.values.at(size_t(cursor()));
  const double v = size_t(feature) < period.size() ? period[size_t(feature)] : NAN;
  if (!std::isfinite(v) || m_maxValue <= 0)
    return floor;
  return std::max(floor, height() * std::max(0.0, v) / m_maxValue);
}

int SpaceTimeScene::classIndex(int period, int feature) const {
  const int n = m_data.classes.classCount();
  const auto &values = m_data.values.at(size_t(period));
  const double v = size_t(feature) < values.size() ? values[size_t(feature)] : NAN;
  const int c = m_data.classes.classOf(v);
  return c < 0 ? n : c;
}

QColor SpaceTimeScene::colourOf(int feature, int period) const {
  const int c = classIndex(period, feature);
  return c < m_data.classes.classCount() ? m_data.classes.color(c) : m_data.noDataColor;
}

void SpaceTimeScene::rebuild() {
  QElapsedTimer timer;
  timer.start();
  m_cellPoints.clear();
  m_cellOffset.clear();
  m_cellFeature.clear();
  m_cellPeriod.clear();
  m_cellWall.clear();
  const GroundMesh *mesh = m_data.mesh.get();
  const int periods = int(m_data.periods.size());
  if (!mesh || periods == 0 || int(m_data.values.size()) != periods) {
    m_points->SetNumberOfPoints(0);
    regroup();
    placeTimePlane();
    return;
  }
  const int np = int(mesh->points.size());
  const bool cube = m_mode == Mode::Cube;
  const int layers = cube ? periods : 1;
  // Each mesh point belongs to one district (rings are not shared).
  std::vector<int> pointFeature(size_t(np), 0);
  for (size_t t = 0; t < mesh->triangleFeature.size(); ++t)
    for (int k = 0; k < 3; ++k)
      pointFeature[size_t(mesh->triangles[3 * t + k])] = mesh->triangleFeature[t];
  for (size_t e = 0; e < mesh->edgeFeature.size(); ++e)
    for (int k = 0; k < 2; ++k)
      pointFeature[size_t(mesh->edges[2 * e + k])] = mesh->edgeFeature[e];
  std::vector<double> top(size_t(mesh->featureCount)); // prism heights
  if (!cube)
    for (int f = 0; f < mesh->featureCount; ++f)
      top[size_t(f)] = prismTop(f);
  // Per layer three copies of the mesh points: the tops, the bottoms the
  // walls stand on, the walls' tops (darker, so not shared with the tops).
  const double slab = slabHeight();
  const int n = m_data.classes.classCount();
  m_points->SetDataTypeToFloat();
  m_points->SetNumberOfPoints(vtkIdType(3) * np * layers);
  auto colours = vtkSmartPointer<vtkShortArray>::New();
  colours->SetNumberOfValues(vtkIdType(3) * np * layers);
  for (int l = 0; l < layers; ++l) {
    const int period = cube ? l : cursor();
    const double bottom = cube ? l * slab : 0;
    const vtkIdType base = vtkIdType(3) * np * l;
    for (int i = 0; i < np; ++i) {
      const QPointF &p = mesh->points[size_t(i)];
      const int f = pointFeature[size_t(i)];
      const double z = cube ? bottom + kSlabFill * slab : top[size_t(f)];
      m_points->SetPoint(base + i, p.x(), p.y(), z);
      m_points->SetPoint(base + np + i, p.x(), p.y(), bottom);
      m_points->SetPoint(base + 2 * np + i, p.x(), p.y(), z);
      const short c = short(classIndex(period, f));
      colours->SetValue(base + i, c);
      colours->SetValue(base + np + i, short(c + n + 1));
      colours->SetValue(base + 2 * np + i, short(c + n + 1));
    }
  }
  m_points->Modified();
  for (const auto &g : m_groups)
    g->data->GetPointData()->SetScalars(colours);
  const int ntri = mesh->triangleCount(), nedge = int(mesh->edgeFeature.size());
  m_cellPoints.reserve(size_t(layers) * (3 * ntri + 4 * nedge));
  // Top slab first: seen from above, the nearest fragments come first and
  // the depth test drops the hidden ones early (stacked slabs overdraw ~8x).
  for (int l = layers - 1; l >= 0; --l) {
    const int period = cube ? l : cursor();
    const int base = 3 * np * l;
    for (int t = 0; t < ntri; ++t) {
      m_cellOffset.push_back(int(m_cellPoints.size()));
      for (int k = 0; k < 3; ++k)
        m_cellPoints.push_back(base + mesh->triangles[size_t(3 * t + k)]);
      m_cellFeature.push_back(mesh->triangleFeature[size_t(t)]);
      m_cellPeriod.push_back(period);
      m_cellWall.push_back(0);
    }
    for (int e = 0; e < nedge; ++e) {
      if (cube && !mesh->edgeExterior[size_t(e)])
        continue; // inside a slab: hidden by its neighbour's
      const int a = mesh->edges[size_t(2 * e)], b = mesh->edges[size_t(2 * e + 1)];
      m_cellOffset.push_back(int(m_cellPoints.size()));
      m_cellPoints.insert(m_cellPoints.end(),
                          {base + np + a, base + np + b, base + 2 * np + b, base + 2 * np + a});
      m_cellFeature.push_back(mesh->edgeFeature[size_t(e)]);
      m_cellPeriod.push_back(period);
      m_cellWall.push_back(1);
    }
  }
  m_cells = (long long)m_cellFeature.size();
  regroup();
  placeTimePlane();
  m_buildMs = double(timer.nsecsElapsed()) / 1e6;
}

void SpaceTimeScene::regroup() {
  const bool anySelected = std::any_of(m_isSelected.begin(), m_isSelected.end(), [](char s) { return s; });
  std::vector<std::vector<vtkIdType>> conn(3), offsets(3);
  for (const auto &g : m_groups)
    g->cells.clear();
  const size_t cells = m_cellFeature.size();
  for (size_t c = 0; c < cells; ++c) {
    const int f = m_cellFeature[c], p = m_cellPeriod[c];
    const bool selected = anySelected && m_isSelected[size_t(f)];
    int g = Opaque;
    if (anySelected && !selected)
      g = Faded;
    else if (m_data.forecastFrom >= 0 && p >= m_data.forecastFrom)
      g = Forecast;
    else if (!selected && m_opacity < 1.0)
      g = Faded;
    const int begin = m_cellOffset[c];
    const int end = c + 1 < cells ? m_cellOffset[c + 1] : int(m_cellPoints.size());
    offsets[size_t(g)].push_back(vtkIdType(conn[size_t(g)].size()));
    for (int k = begin; k < end; ++k)
      conn[size_t(g)].push_back(m_cellPoints[size_t(k)]);
    m_groups[size_t(g)]->cells.push_back(int(c));
  }
  for (int g = 0; g < 3; ++g) {
    auto off = vtkSmartPointer<vtkIdTypeArray>::New();
    auto ids = vtkSmartPointer<vtkIdTypeArray>::New();
    offsets[size_t(g)].push_back(vtkIdType(conn[size_t(g)].size()));
    off->SetNumberOfValues(vtkIdType(offsets[size_t(g)].size()));
    std::copy(offsets[size_t(g)].begin(), offsets[size_t(g)].end(), off->GetPointer(0));
    ids->SetNumberOfValues(vtkIdType(conn[size_t(g)].size()));
    std::copy(conn[size_t(g)].begin(), conn[size_t(g)].end(), ids->GetPointer(0));
    auto polys = vtkSmartPointer<vtkCellArray>::New();
    polys->SetData(off, ids);
    Group &group = *m_groups[size_t(g)];
    group.data->SetPolys(polys);
    group.data->Modified();
    group.actor->SetVisibility(!group.cells.empty());
  }
  m_groups[Faded]->actor->GetProperty()->SetOpacity(anySelected ? std::min(m_opacity, kFadedOpacity)
                                                                : m_opacity);
  m_groups[Forecast]->actor->GetProperty()->SetOpacity(std::min(m_opacity, kForecastOpacity));
}

void SpaceTimeScene::placeTimePlane() {
  auto *mapper = vtkPolyDataMapper::SafeDownCast(m_plane->GetMapper());
  auto plane = vtkSmartPointer<vtkPolyData>::New();
  const bool show = m_mode == Mode::Cube && m_data.mesh && !m_data.periods.isEmpty();
  if (show) {
    const QRectF e = m_data.mesh->extent.adjusted(
        -0.04 * m_data.mesh->extent.width(), -0.04 * m_data.mesh->extent.height(),
        0.04 * m_data.mesh->extent.width(), 0.04 * m_data.mesh->extent.height());
    // Just above the cursor's slab, so its top shows through the plane.
    const double z = cursor() * slabHeight() + kSlabFill * slabHeight() * 1.02;
    auto points = vtkSmartPointer<vtkPoints>::New();
    points->InsertNextPoint(e.left(), e.top(), z);
    points->InsertNextPoint(e.right(), e.top(), z);
    points->InsertNextPoint(e.right(), e.bottom(), z);
    points->InsertNextPoint(e.left(), e.bottom(), z);
    auto quad = vtkSmartPointer<vtkCellArray>::New();
    const vtkIdType ids[4] = {0, 1, 2, 3};
    quad->InsertNextCell(4, ids);
    plane->SetPoints(points);
    plane->SetPolys(quad);
  }
  mapper->SetInputData(plane);
  m_plane->SetVisibility(show);
}

void SpaceTimeScene::resetView() {
  vtkCamera *camera = m_renderer->GetActiveCamera();
  const QRectF e = m_data.mesh ? m_data.mesh->extent : QRectF(0, 0, 1, 1);
  const double h = (m_mode == Mode::Cube ? height() : height() * 0.5) * m_exaggeration;
  const double d = 3.0 * std::max(e.width(), e.height());
  const double az = -25 * M_PI / 180, el = 32 * M_PI / 180;
  const QPointF c = e.center();
  camera->SetFocalPoint(c.x(), c.y(), h / 2);
  camera->SetPosition(c.x() + d * std::sin(az) * std::cos(el), c.y() - d * std::cos(az) * std::cos(el),
                      h / 2 + d * std::sin(el));
  camera->SetViewUp(0, 0, 1);
  m_renderer->ResetCamera();
  camera->Zoom(1.15);
  m_renderer->ResetCameraClippingRange();
}

void SpaceTimeScene::viewFromAbove() {
  vtkCamera *camera = m_renderer->GetActiveCamera();
  const QPointF c = m_data.mesh ? m_data.mesh->extent.center() : QPointF();
  const double d =
      m_data.mesh ? 3.0 * std::max(m_data.mesh->extent.width(), m_data.mesh->extent.height()) : 1;
  camera->SetFocalPoint(c.x(), c.y(), 0);
  camera->SetPosition(c.x(), c.y(), d);
  camera->SetViewUp(0, 1, 0);
  m_renderer->ResetCamera();
  m_renderer->ResetCameraClippingRange();
}

int SpaceTimeScene::featureAt(const QPoint &pixel, const QSize &viewport) {
  if (!m_picker->Pick(pixel.x(), viewport.height() - 1 - pixel.y(), 0, m_renderer))
    return -1;
  const vtkIdType cell = m_picker->GetCellId();
  for (const auto &g : m_groups)
    if (g->actor.GetPointer() == m_picker->GetActor() && cell >= 0 && cell < vtkIdType(g->cells.size()))
      return m_cellFeature[size_t(g->cells[size_t(cell)])];
  return -1;
}

QPointF SpaceTimeScene::pixelOf(int feature, const QSize &viewport, int period) const {
  if (!m_data.mesh || feature < 0 || feature >= m_data.mesh->featureCount || m_data.periods.isEmpty() ||
      viewport.isEmpty())
    return {};
  const QPointF p = m_data.mesh->probe[size_t(feature)];
  const int slab = period >= 0 && period < m_data.periods.size() ? period : cursor();
  const double z =
      (m_mode == Mode::Cube ? (slab + kSlabFill) * slabHeight() : prismTop(feature)) * m_exaggeration;
  vtkMatrix4x4 *m = m_renderer->GetActiveCamera()->GetCompositeProjectionTransformMatrix(
      double(viewport.width()) / viewport.height(), -1, 1);
  const double in[4] = {p.x(), p.y(), z, 1};
  double out[4];
  m->MultiplyPoint(in, out);
  if (out[3] <= 0)
    return {};
  return QPointF((out[0] / out[3] + 1) / 2 * viewport.width(), (1 - out[1] / out[3]) / 2 * viewport.height());
}

} // namespace epidesk
