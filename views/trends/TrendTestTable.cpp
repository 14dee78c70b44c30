#include "trends/TrendTestTable.h"
#include "trends/TrendTestTableModel.h"
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace epidesk {

TrendTestTable::TrendTestTable(QWidget *parent)
    : QWidget(parent), m_model(new TrendTestTableModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_view(new QTableView(this)) {
  m_proxy->setSourceModel(m_model);
  m_proxy->setSortRole(TrendTestTableModel::SortRole);
  m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
  m_view->setModel(m_proxy);
  m_view->setSortingEnabled(true);
  m_view->sortByColumn(TrendTestTableModel::Code, Qt::AscendingOrder);
  m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
  m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
  m_view->setAlternatingRowColors(true);
  m_view->verticalHeader()->hide();
  m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
  // Interactive + one resize per result: ResizeToContents would re-measure
  // thousands of municipality rows on every layout.
  m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
  m_view->horizontalHeader()->setStretchLastSection(true);
  m_view->setObjectName(QStringLiteral("trendTestTableView"));

  auto *layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(m_view);

  connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
          &TrendTestTable::onViewSelectionChanged);
}

void TrendTestTable::setResult(const TrendResult &result) {
  m_updating = true; // a model reset clears the selection: not a user action
  m_model->setResult(result);
  m_view->resizeColumnsToContents();
  m_updating = false;
}

QStringList TrendTestTable::selectedCodes() const {
  QStringList codes;
  for (const QModelIndex &idx : m_view->selectionModel()->selectedRows())
    codes << idx.data(TrendTestTableModel::CodeRole).toString();
  return codes;
}

QString TrendTestTable::currentCode() const {
  const QModelIndex idx = m_view->currentIndex();
  return idx.isValid() ? idx.data(TrendTestTableModel::CodeRole).toString() : QString();
}

void TrendTestTable::setSelectedCodes(const QStringList &codes) {
  m_updating = true;
  QItemSelection selection;
  QModelIndex current;
  for (const QString &code : codes) {
    const int row = m_model->rowOf(code);
    if (row < 0)
      continue;
    const QModelIndex proxyIndex = m_proxy->mapFromSource(m_model->index(row, 0));
    selection.select(proxyIndex, proxyIndex.siblingAtColumn(TrendTestTableModel::ColumnCount - 1));
    current = proxyIndex;
  }
  auto *sm = m_view->selectionModel();
  sm->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
  // The last selected code is "current" everywhere (highlighted chart series).
  if (current.isValid()) {
    sm->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    m_view->scrollTo(current);
  } else {
    sm->setCurrentIndex({}, QItemSelectionModel::NoUpdate);
  }
  m_updating = false;
}

void TrendTestTable::onViewSelectionChanged() {
  if (m_updating)
    return;
  QStringList codes = selectedCodes();
  // Keep the current row last so it becomes the highlighted code.
  const QString current = currentCode();
  if (codes.removeOne(current))
    codes << current;
  emit selectionChanged(codes);
}

void TrendTestTable::changeEvent(QEvent *event) {
  if (event->type() == QEvent::LanguageChange)
    m_model->retranslate();
  QWidget::changeEvent(event);
}

} // namespace epidesk
