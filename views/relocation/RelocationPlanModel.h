#pragma once
#include "RelocationTypes.h"
#include <QAbstractTableModel>
#include <QHash>

namespace epidesk {

// The flows of a relocation plan as a table, one row per flow (district,
// facility, group, month). Display values are typed (numbers stay numbers) so a
// QSortFilterProxyModel sorts them numerically.
class RelocationPlanModel : public QAbstractTableModel {
  Q_OBJECT
public:
  enum Column { FromDistrict, DistrictName, Facility, FacilityDistrict, Group, Month, Patients, ColumnCount };

  explicit RelocationPlanModel(QObject *parent = nullptr);

  // The scenario gives names and facility districts; the plan the rows.
  void setPlan(const RelocationScenario &scenario, const RelocationPlan &plan);
  void clear();
  const PlanFlow &flow(int row) const { return m_flows.at(std::size_t(row)); }

  int rowCount(const QModelIndex &parent = {}) const override;
  int columnCount(const QModelIndex &parent = {}) const override;
  QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
  std::vector<PlanFlow> m_flows;
  QHash<QString, QString> m_districtNames;
  QHash<QString, QString> m_facilityDistricts;
  QHash<QString, QString> m_groupNames;
};

} // namespace epidesk
