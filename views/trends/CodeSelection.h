#pragma once
#include <QObject>
#include <QStringList>

namespace epidesk {

// The one selection shared by map, table and chart: a list of result codes
// ("MG", "Sudeste", "3106200"). Emits changed() only on real changes, so
// views can push their selection back without ping-pong.
class CodeSelection : public QObject {
  Q_OBJECT
public:
  explicit CodeSelection(QObject *parent = nullptr) : QObject(parent) {}

  const QStringList &codes() const { return m_codes; }
  // The most recently added code (highlighted series), empty when none.
  QString current() const { return m_codes.isEmpty() ? QString() : m_codes.last(); }
  bool contains(const QString &code) const { return m_codes.contains(code); }

public slots:
  void setCodes(const QStringList &codes) {
    QStringList unique;
    for (const QString &c : codes)
      if (!c.isEmpty() && !unique.contains(c))
        unique << c;
    if (unique == m_codes)
      return;
    m_codes = unique;
    emit changed(m_codes);
  }
  void clear() { setCodes({}); }
  // Plain click replaces, ctrl-click toggles.
  void select(const QString &code, bool add) {
    if (!add) {
      setCodes(code.isEmpty() ? QStringList() : QStringList{code});
      return;
    }
    QStringList next = m_codes;
    if (!next.removeOne(code))
      next << code;
    setCodes(next);
  }

signals:
  void changed(const QStringList &codes);

private:
  QStringList m_codes;
};

} // namespace epidesk
