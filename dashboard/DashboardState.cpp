#include "DashboardState.h"

namespace epidesk {

void DashboardState::setSelection(const QStringList &codes) {
  QStringList unique;
  for (const QString &c : codes)
    if (!c.isEmpty() && !unique.contains(c))
      unique << c;
  if (unique == m_selection)
    return;
  m_selection = unique;
  emit selectionChanged(m_selection);
}

void DashboardState::select(const QString &code, bool add) {
  if (!add) {
    setSelection(code.isEmpty() ? QStringList() : QStringList{code});
    return;
  }
  QStringList next = m_selection;
  if (!next.removeOne(code))
    next << code;
  setSelection(next);
}

void DashboardState::setFilter(const DashboardFilter &filter) {
  if (filter == m_filter)
    return;
  m_filter = filter;
  emit filterChanged(m_filter);
}

void DashboardState::setTimeCursor(const QString &period) {
  if (period == m_timeCursor)
    return;
  m_timeCursor = period;
  emit timeCursorChanged(m_timeCursor);
}

void DashboardState::clearAll() {
  setFilter({});
  setSelection({});
  setTimeCursor({});
}

void DashboardState::load(const DashboardDocument &document) {
  setFilter(document.filter);
  setSelection(document.selection);
  setTimeCursor(document.timeCursor);
}

void DashboardState::storeInto(DashboardDocument &document) const {
  document.filter = m_filter;
  document.selection = m_selection;
  document.timeCursor = m_timeCursor;
}

} // namespace epidesk
