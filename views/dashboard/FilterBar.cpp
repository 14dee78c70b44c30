#include "dashboard/FilterBar.h"
#include "DashboardState.h"
#include "FilterChips.h"
#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QRegularExpression>
#include <QStyle>
#include <QToolButton>

namespace epidesk {

FilterBar::FilterBar(DashboardState *state, QWidget *parent)
    : QWidget(parent), m_state(state), m_chips(new QHBoxLayout), m_hint(new QLabel(this)),
      m_add(new QToolButton(this)), m_clear(new QToolButton(this)) {
  setObjectName(QStringLiteral("filterBar"));
  auto *layout = new QHBoxLayout(this);
  layout->setContentsMargins(6, 2, 6, 2);
  m_chips->setSpacing(4);
  layout->addLayout(m_chips);
  layout->addWidget(m_hint);
  layout->addStretch(1);
  m_hint->setEnabled(false);
  m_add->setObjectName(QStringLiteral("addFilter"));
  m_add->setPopupMode(QToolButton::InstantPopup);
  m_add->setMenu(new QMenu(m_add));
  m_clear->setObjectName(QStringLiteral("clearFilters"));
  layout->addWidget(m_add);
  layout->addWidget(m_clear);
  connect(m_clear, &QToolButton::clicked, m_state, &DashboardState::clearAll);
  connect(m_state, &DashboardState::filterChanged, this, &FilterBar::rebuild);
  connect(m_state, &DashboardState::selectionChanged, this, &FilterBar::rebuild);
  rebuild();
}

QStringList FilterBar::chipTexts() const {
  QStringList out;
  for (int i = 0; i < m_chips->count(); ++i)
    if (auto *chip = qobject_cast<QToolButton *>(m_chips->itemAt(i)->widget()))
      out << chip->text();
  return out;
}

void FilterBar::addChip(const QString &text, const QString &objectName, std::function<void()> remove) {
  auto *chip = new QToolButton(this);
  chip->setObjectName(objectName);
  chip->setText(text);
  chip->setToolTip(tr("Remove this filter"));
  chip->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
  chip->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
  chip->setAutoRaise(false);
  chip->setStyleSheet(QStringLiteral("QToolButton { border: 1px solid palette(mid); border-radius: 9px; "
                                     "padding: 1px 6px; background: palette(alternate-base); }"));
  // Queued: the chip is deleted by the rebuild its own click causes.
  connect(
      chip, &QToolButton::clicked, this, [remove = std::move(remove)] { remove(); }, Qt::QueuedConnection);
  m_chips->addWidget(chip);
}

void FilterBar::rebuild() {
  while (QLayoutItem *item = m_chips->takeAt(0)) {
    delete item->widget();
    delete item;
  }
  for (const FilterChip &chip : FilterChips::of(m_state->filter(), m_state->selection())) {
    const FilterChip::Field field = chip.field;
    addChip(chip.text, QStringLiteral("chip-%1").arg(int(field)), [this, field] {
      if (field == FilterChip::Field::Selection)
        m_state->setSelection({});
      else
        m_state->setFilter(FilterChips::without(m_state->filter(), field));
    });
  }
  const bool empty = m_chips->count() == 0;
  m_hint->setVisible(empty);
  m_clear->setEnabled(!empty);

  m_hint->setText(tr("No filters. Click a district, a table row or a chart line to select it on every "
                     "linked panel; Esc clears."));
  m_add->setText(tr("Filter"));
  m_add->setToolTip(tr("Add a dashboard-wide filter"));
  m_clear->setText(tr("Clear all"));
  m_clear->setToolTip(tr("Remove every filter and the selection (Esc)"));
  QMenu *menu = m_add->menu();
  menu->clear();
  menu->addAction(tr("Ingredient…"), this, &FilterBar::askIngredient);
  menu->addAction(tr("Years…"), this, &FilterBar::askYears);
  QAction *keep = menu->addAction(tr("Keep only the selected places"), this, &FilterBar::keepSelection);
  keep->setEnabled(!m_state->selection().isEmpty());
}

void FilterBar::askIngredient() {
  bool ok = false;
  const QString text = QInputDialog::getText(this, tr("Ingredient filter"), tr("Active ingredient contains:"),
                                             QLineEdit::Normal, m_state->filter().ingredient, &ok)
                           .trimmed();
  if (!ok)
    return;
  DashboardFilter next = m_state->filter();
  next.ingredient = text;
  m_state->setFilter(next);
}

void FilterBar::askYears() {
  bool ok = false;
  const DashboardFilter f = m_state->filter();
  const QString current = f.fromYear || f.toYear ? QStringLiteral("%1-%2").arg(f.fromYear).arg(f.toYear)
                                                 : QStringLiteral("2014-2021");
  const QString text = QInputDialog::getText(this, tr("Year filter"), tr("Years (from-to, e.g. 2016-2020):"),
                                             QLineEdit::Normal, current, &ok);
  if (!ok)
    return;
  const QRegularExpressionMatch m =
      QRegularExpression(QStringLiteral(R"(^\s*(\d{4})\s*[-–]\s*(\d{4})\s*$)")).match(text);
  if (!m.hasMatch() || m.captured(1).toInt() > m.captured(2).toInt())
    return;
  DashboardFilter next = f;
  next.fromYear = m.captured(1).toInt();
  next.toYear = m.captured(2).toInt();
  m_state->setFilter(next);
}

void FilterBar::keepSelection() {
  DashboardFilter next = m_state->filter();
  next.places = m_state->selection();
  m_state->setFilter(next);
}

void FilterBar::changeEvent(QEvent *event) {
  if (event->type() == QEvent::LanguageChange)
    rebuild();
  QWidget::changeEvent(event);
}

} // namespace epidesk
