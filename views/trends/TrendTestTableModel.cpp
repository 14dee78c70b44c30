#include "trends/TrendTestTableModel.h"
#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <cmath>

namespace epidesk {

namespace {
QString formatNumber(double v, int precision) {
  if (!std::isfinite(v))
    return QStringLiteral("–");
  return QLocale().toString(v, 'g', precision);
}
QVariant sortValue(double v) {
  // NaN sorts after every number in either order would need a custom lessThan;
  // -inf keeps it simply at one end.
  return std::isfinite(v) ? v : -std::numeric_limits<double>::infinity();
}
} // namespace

TrendTestTableModel::TrendTestTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void TrendTestTableModel::setResult(const TrendResult &result) {
  beginResetModel();
  m_result = result;
  m_codes = result.trendTests.keys();
  endResetModel();
}

void TrendTestTableModel::setAlpha(double alpha) {
  m_alpha = alpha;
  if (!m_codes.isEmpty())
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int TrendTestTableModel::rowCount(const QModelIndex &parent) const {
  return parent.isValid() ? 0 : int(m_codes.size());
}

int TrendTestTableModel::columnCount(const QModelIndex &parent) const {
  return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrendTestTableModel::data(const QModelIndex &index, int role) const {
  if (!index.isValid() || index.row() >= m_codes.size())
    return {};
  const QString code = m_codes.at(index.row());
  const TrendTest t = m_result.trendTests.value(code);
  const bool significant = t.isSignificant(m_alpha);

  switch (role) {
  case CodeRole:
    return code;
  case SignificantRole:
    return significant;
  case Qt::FontRole:
    if (significant) {
      QFont f;
      f.setBold(true);
      return f;
    }
    return {};
  case Qt::BackgroundRole:
    if (significant)
      return QBrush(QColor(255, 236, 179)); // amber tint, readable in light themes
    return {};
  case Qt::ForegroundRole:
    if (significant)
      return QBrush(QColor(Qt::black));
    return {};
  case Qt::ToolTipRole:
    if (significant)
      return tr("Significant trend (p < %1)").arg(QLocale().toString(m_alpha));
    return {};
  case Qt::TextAlignmentRole:
    if (index.column() >= N && index.column() <= Z)
      return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
  case Qt::DisplayRole:
    switch (index.column()) {
    case Code:
      return code;
    case Name:
      return m_result.names.value(code, code);
    case N:
      return QLocale().toString(t.n);
    case Tau:
      return formatNumber(t.tau, 3);
    case PValue:
      // The star is the marker for colour-blind users and for printing.
      return significant ? formatNumber(t.pValue, 3) + QStringLiteral(" *") : formatNumber(t.pValue, 3);
    case SenSlope:
      return formatNumber(t.senSlope, 4);
    case S:
      return formatNumber(t.s, 6);
    case Z:
      return formatNumber(t.z, 3);
    case Method:
      // Stored ids ("exact", "asymptotic"); shown translated.
      if (t.method == QLatin1String("exact"))
        return tr("exact");
      if (t.method == QLatin1String("asymptotic"))
        return tr("asymptotic");
      return t.method;
    }
    return {};
  case SortRole:
    switch (index.column()) {
    case Code:
      return code;
    case Name:
      return m_result.names.value(code, code);
    case N:
      return t.n;
    case Tau:
      return sortValue(t.tau);
    case PValue:
      return sortValue(t.pValue);
    case SenSlope:
      return sortValue(t.senSlope);
    case S:
      return sortValue(t.s);
    case Z:
      return sortValue(t.z);
    case Method:
      return t.method;
    }
    return {};
  }
  return {};
}

QVariant TrendTestTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal)
    return {};
  if (role == Qt::DisplayRole) {
    switch (section) {
    case Code:
      return tr("Code");
    case Name:
      return tr("Name");
    case N:
      return tr("n");
    case Tau:
      return tr("τ");
    case PValue:
      return tr("p");
    case SenSlope:
      return tr("Sen's slope");
    case S:
      return tr("S");
    case Z:
      return tr("z");
    case Method:
      return tr("Method");
    }
  } else if (role == Qt::ToolTipRole) {
    switch (section) {
    case Tau:
      return tr("Kendall's tau-b between period and value");
    case PValue:
      return tr("Two-sided p-value of the Mann-Kendall test; * marks p < %1")
          .arg(QLocale().toString(m_alpha));
    case SenSlope:
      return tr("Theil-Sen slope per period step");
    case S:
      return tr("Mann-Kendall statistic (concordant minus discordant pairs)");
    }
  }
  return {};
}

void TrendTestTableModel::retranslate() {
  emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace epidesk
