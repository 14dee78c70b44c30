#include "relocation/UtilisationChart.h"
#include <QApplication>
#include <QToolTip>
#include <QWheelEvent>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QHorizontalStackedBarSeries>
#include <QtCharts/QValueAxis>
#include <algorithm>

namespace epidesk {

UtilisationChart::UtilisationChart(QWidget *parent) : QChartView(parent) {
  setRenderHint(QPainter::Antialiasing);
  chart()->legend()->setAlignment(Qt::AlignBottom);
  chart()->setMargins(QMargins(4, 4, 4, 4));
}

void UtilisationChart::setLoads(const std::vector<FacilityLoad> &loads) {
  m_loads = loads;
  QChart *c = chart();
  c->removeAllSeries();
  for (QAbstractAxis *axis : c->axes())
    c->removeAxis(axis);
  m_sets.clear();
  m_categories.clear();
  auto *series = new QHorizontalStackedBarSeries;
  series->setBarWidth(0.75);
  const QString names[] = {tr("Used"), tr("Free capacity"), tr("Over capacity")};
  const QColor colours[] = {QColor(31, 119, 180), QColor(215, 215, 215), QColor(214, 39, 40)};
  for (int s = 0; s < 3; ++s) {
    auto *set = new QBarSet(names[s]);
    set->setColor(colours[s]);
    set->setBorderColor(colours[s]);
    set->setSelectedColor(colours[s].darker(160));
    connect(set, &QBarSet::clicked, this, [this](int i) {
      emit facilityClicked(i, QApplication::keyboardModifiers() & Qt::ControlModifier);
    });
    connect(set, &QBarSet::hovered, this, [this](bool on, int i) {
      if (!on || i < 0 || i >= int(m_loads.size()))
        return QToolTip::hideText();
      const FacilityLoad &l = m_loads[size_t(i)];
      QToolTip::showText(QCursor::pos(), tr("%1: %2 of %3 (%4 %)")
                                             .arg(l.facility, QLocale().toString(l.used, 'f', 0),
                                                  QLocale().toString(l.capacity, 'f', 0),
                                                  QLocale().toString(100 * l.utilisation(), 'f', 0)));
    });
    m_sets << set;
  }
  double maxValue = 0;
  for (const FacilityLoad &l : loads) {
    *m_sets[0] << std::min(l.used, l.capacity);
    *m_sets[1] << std::max(0.0, l.capacity - l.used);
    *m_sets[2] << std::max(0.0, l.used - l.capacity);
    maxValue = std::max({maxValue, l.used, l.capacity});
    QString label = l.facility;
    for (int k = 2; m_categories.contains(label); ++k) // category names must be unique
      label = QStringLiteral("%1 (%2)").arg(l.facility).arg(k);
    m_categories << label;
  }
  for (QBarSet *set : m_sets)
    series->append(set);
  c->addSeries(series);
  m_axis = new QBarCategoryAxis;
  m_axis->append(m_categories);
  m_axis->setReverse(true); // the first facility at the top
  auto *values = new QValueAxis;
  values->setRange(0, maxValue > 0 ? maxValue * 1.05 : 1);
  values->setTitleText(tr("Patients over the horizon"));
  values->setLabelFormat(QStringLiteral("%.0f"));
  c->addAxis(m_axis, Qt::AlignLeft);
  c->addAxis(values, Qt::AlignBottom);
  series->attachAxis(m_axis);
  series->attachAxis(values);
  m_first = 0;
  showRows();
  setSelectedDistricts(m_selectedDistricts);
}

void UtilisationChart::setSelectedDistricts(const QStringList &districts) {
  m_selectedDistricts = districts;
  for (QBarSet *set : m_sets) {
    set->deselectAllBars();
    for (int i : highlighted())
      set->selectBar(i);
  }
}

std::vector<int> UtilisationChart::highlighted() const {
  std::vector<int> out;
  for (int i = 0; i < int(m_loads.size()); ++i)
    if (!m_loads[size_t(i)].district.isEmpty() && m_selectedDistricts.contains(m_loads[size_t(i)].district))
      out.push_back(i);
  return out;
}

void UtilisationChart::showRows() {
  if (!m_axis || m_categories.isEmpty()) {
    m_shown = 0;
    return;
  }
  // As many rows as labels fit (60 facilities overlap in a panel).
  const int labelHeight = QFontMetrics(m_axis->labelsFont()).height() + 6;
  const int room = std::max(1, (height() - 110) / labelHeight);
  m_shown = std::clamp(room, 1, int(m_categories.size()));
  m_first = std::clamp(m_first, 0, int(m_categories.size()) - m_shown);
  m_axis->setRange(m_categories.at(m_first), m_categories.at(m_first + m_shown - 1));
}

void UtilisationChart::wheelEvent(QWheelEvent *event) {
  const int steps = event->angleDelta().y() / 120;
  m_first -= steps;
  showRows();
  event->accept();
}

void UtilisationChart::resizeEvent(QResizeEvent *event) {
  QChartView::resizeEvent(event);
  showRows();
}

QPoint UtilisationChart::barPosition(int facility) const {
  if (facility < m_first || facility >= m_first + m_shown || chart()->series().isEmpty())
    return {};
  const FacilityLoad &l = m_loads[size_t(facility)];
  const double middle = std::max(l.used, l.capacity) / 2;
  // Horizontal bars: x is the value, y the category index.
  const QPointF scene =
      chart()->mapToScene(chart()->mapToPosition(QPointF(middle, facility), chart()->series().first()));
  return mapFromScene(scene);
}

} // namespace epidesk
