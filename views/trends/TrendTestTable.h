#pragma once
#include "TrendTypes.h"
#include <QWidget>

class QTableView;
class QSortFilterProxyModel;

namespace epidesk {

class TrendTestTableModel;

// Sortable view of the trend tests. Row selection mirrors the shared
// CodeSelection: setSelectedCodes() from outside, selectionChanged() from the user.
class TrendTestTable : public QWidget {
  Q_OBJECT
public:
  explicit TrendTestTable(QWidget *parent = nullptr);

  void setResult(const TrendResult &result);
  TrendTestTableModel *model() const { return m_model; }
  QTableView *view() const { return m_view; }
  QStringList selectedCodes() const;
  // Code of the current row (after sorting), empty when none.
  QString currentCode() const;

public slots:
  void setSelectedCodes(const QStringList &codes);

signals:
  void selectionChanged(const QStringList &codes);

protected:
  void changeEvent(QEvent *event) override;

private:
  void onViewSelectionChanged();

  TrendTestTableModel *m_model;
  QSortFilterProxyModel *m_proxy;
  QTableView *m_view;
  bool m_updating = false;
};

} // namespace epidesk
