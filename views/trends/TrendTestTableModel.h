#pragma once
#include "TrendTypes.h"
#include <QAbstractTableModel>
#include <QStringList>

namespace epidesk {

// Read-only table of the trend tests of a TrendResult, one row per code.
// Qt::DisplayRole is formatted for people (locale), SortRole the raw number
// so a QSortFilterProxyModel sorts numerically.
class TrendTestTableModel : public QAbstractTableModel {
  Q_OBJECT
public:
  enum Column { Code, Name, N, Tau, PValue, SenSlope, S, Z, Method, ColumnCount };
  enum Role { SortRole = Qt::UserRole + 1, CodeRole, SignificantRole };

  explicit TrendTestTableModel(QObject *parent = nullptr);

  void setResult(const TrendResult &result);
  const TrendResult &result() const { return m_result; }
  void setAlpha(double alpha);
  double alpha() const { return m_alpha; }

  QString codeAt(int row) const { return m_codes.value(row); }
  int rowOf(const QString &code) const { return m_codes.indexOf(code); }

  int rowCount(const QModelIndex &parent = {}) const override;
  int columnCount(const QModelIndex &parent = {}) const override;
  QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

  // Re-reads header texts after a language change.
  void retranslate();

private:
  TrendResult m_result;
  QStringList m_codes;
  double m_alpha = 0.05;
};

} // namespace epidesk
