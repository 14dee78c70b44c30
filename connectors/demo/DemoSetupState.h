#pragma once
#include <QJsonObject>
#include <QString>

namespace epidesk {

// The record of which parts of a demo folder are complete
// (DIR/demo_state.json): the options the ANVISA part was made with and one
// summary per finished step. A step counts as done only once it is recorded
// here, and the file is replaced atomically after each step, so an
// interrupted run redoes exactly the unfinished steps.
class DemoSetupState {
public:
  explicit DemoSetupState(QString path);

  // Reads the file; a missing or unreadable file is an empty state.
  void load();
  bool save(QString *error) const;

  // The ANVISA options the recorded ANVISA steps were made with; a change
  // forgets those steps (the relocation step does not depend on them).
  void useAnvisaOptions(quint64 seed, double scale);

  bool isDone(const QString &step) const { return m_steps.contains(step); }
  QJsonObject summary(const QString &step) const { return m_steps.value(step).toObject(); }
  void markDone(const QString &step, const QJsonObject &summary) { m_steps.insert(step, summary); }
  void forget(const QString &step) { m_steps.remove(step); }
  QJsonObject steps() const { return m_steps; }

private:
  QString m_path;
  QString m_seed; // as text: JSON numbers cannot hold every quint64
  double m_scale = 0;
  QJsonObject m_steps;
};

} // namespace epidesk
