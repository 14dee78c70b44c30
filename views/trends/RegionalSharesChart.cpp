#include "trends/RegionalSharesChart.h"
#include <QApplication>
#include <QToolTip>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>

namespace epidesk {

namespace {
// Colour-blind-safe qualitative palette (Okabe-Ito), grey for "other".
const QColor kPalette[] = {QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0x9e, 0x73),
                           QColor(0xcc, 0x79, 0xa7), QColor(0xd5, 0x5e, 0x00), QColor(0x56, 0xb4, 0xe9),
                           QColor(0xf0, 0xe4, 0x42), QColor(0x00, 0x00, 0x00)};
const QColor kOther(0xbb, 0xbb, 0xbb);
} // namespace

RegionalSharesChart::RegionalSharesChart(QWidget *parent) : QChartView(parent) {
  setRenderHint(QPainter::Antialiasing);
  chart()->legend()->setAlignment(Qt::AlignRight);
  chart()->setMargins(QMargins(4, 4, 4, 4));
}

QColor RegionalSharesChart::groupColour(const RegionalShares &shares, int group) {
  if (shares.bySelection && group == int(shares.groups.size()) - 1)
    return kOther;
  return kPalette[group % int(std::size(kPalette))];
}

void RegionalSharesChart::setShares(const RegionalShares &shares, const QString &title) {
  m_shares = shares;
  QChart *c = chart();
  c->removeAllSeries();
  for (QAbstractAxis *axis : c->axes())
    c->removeAxis(axis);
  c->setTitle(title);
  auto *series = new QStackedBarSeries;
  series->setBarWidth(0.85);
  for (int g = 0; g < int(shares.groups.size()); ++g) {
    const RegionalShares::Group &group = shares.groups[size_t(g)];
    auto *set = new QBarSet(group.name);
    for (double s : group.shares)
      *set << s;
    set->setColor(groupColour(shares, g));
    set->setBorderColor(Qt::white);
    connect(set, &QBarSet::clicked, this, [this, g](int) {
      emit groupClicked(g, QApplication::keyboardModifiers() & Qt::ControlModifier);
    });
    connect(set, &QBarSet::hovered, this, [this, g](bool on, int i) {
      if (!on) {
        QToolTip::hideText();
        return;
      }
      const RegionalShares::Group &gr = m_shares.groups[size_t(g)];
      QToolTip::showText(QCursor::pos(), tr("%1, %2: %3 %")
                                             .arg(gr.name, m_shares.periods.value(i))
                                             .arg(QLocale().toString(gr.shares[size_t(i)], 'f', 1)));
    });
    series->append(set);
  }
  c->addSeries(series);
  auto *x = new QBarCategoryAxis;
  x->append(shares.periods);
  if (shares.periods.size() > 12)
    x->setLabelsAngle(-90);
  auto *y = new QValueAxis;
  y->setRange(0, 100);
  y->setLabelFormat(QStringLiteral("%.0f %%"));
  y->setTickCount(6);
  c->addAxis(x, Qt::AlignBottom);
  c->addAxis(y, Qt::AlignLeft);
  series->attachAxis(x);
  series->attachAxis(y);
}

QPoint RegionalSharesChart::segmentPosition(int group, int period) const {
  double below = 0;
  for (int g = 0; g < group; ++g)
    below += m_shares.groups[size_t(g)].shares[size_t(period)];
  const double mid = below + m_shares.groups[size_t(group)].shares[size_t(period)] / 2;
  const QList<QAbstractSeries *> series = chart()->series();
  if (series.isEmpty())
    return {};
  const QPointF scene = chart()->mapToPosition(QPointF(period, mid), series.first());
  return mapFromScene(chart()->mapToScene(scene));
}

} // namespace epidesk
