#pragma once
#include <QWidget>
#include <functional>

class QHBoxLayout;
class QLabel;
class QToolButton;

namespace epidesk {

class DashboardState;

// The dashboard's active filters and selection as removable chips, as
// Superset's cross-filter bar shows them: one chip per filter field and one
// for the selection; clicking a chip's cross removes it. "Filter" adds an
// ingredient, the selected places or a year range. Edits the one
// DashboardState directly; panels follow it through the host.
class FilterBar : public QWidget {
  Q_OBJECT
public:
  explicit FilterBar(DashboardState *state, QWidget *parent = nullptr);
  // The chips' texts as shown (tests, the PDF's filter line).
  QStringList chipTexts() const;

protected:
  void changeEvent(QEvent *event) override;

private:
  void rebuild();
  void addChip(const QString &text, const QString &objectName, std::function<void()> remove);
  void askIngredient();
  void askYears();
  void keepSelection();

  DashboardState *m_state;
  QHBoxLayout *m_chips;
  QLabel *m_hint;
  QToolButton *m_add;
  QToolButton *m_clear;
};

} // namespace epidesk
