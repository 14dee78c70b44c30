#pragma once
#include "DashboardDocument.h"
#include <QObject>

namespace epidesk {

// The dashboard-wide selection, filter and time cursor every linked panel
// follows (one per open dashboard). Emits only on real changes, so panels can
// push their own state back without ping-pong. No widgets.
class DashboardState : public QObject {
  Q_OBJECT
public:
  explicit DashboardState(QObject *parent = nullptr) : QObject(parent) {}

  const QStringList &selection() const { return m_selection; }
  const DashboardFilter &filter() const { return m_filter; }
  const QString &timeCursor() const { return m_timeCursor; }

  // Empty filter, selection and cursor (Esc on the dashboard).
  void clearAll();
  // From and into a document.
  void load(const DashboardDocument &document);
  void storeInto(DashboardDocument &document) const;

public slots:
  void setSelection(const QStringList &codes);
  // Plain click replaces, ctrl-click toggles; an empty code clears.
  void select(const QString &code, bool add);
  void setFilter(const DashboardFilter &filter);
  void setTimeCursor(const QString &period);

signals:
  void selectionChanged(const QStringList &codes);
  void filterChanged(const epidesk::DashboardFilter &filter);
  void timeCursorChanged(const QString &period);

private:
  QStringList m_selection;
  DashboardFilter m_filter;
  QString m_timeCursor;
};

} // namespace epidesk
