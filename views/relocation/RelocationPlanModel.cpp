#include "relocation/RelocationPlanModel.h"

namespace epidesk {

RelocationPlanModel::RelocationPlanModel(QObject *parent) : QAbstractTableModel(parent) {}

void RelocationPlanModel::setPlan(const RelocationScenario &scenario, const RelocationPlan &plan) {
  beginResetModel();
  m_flows = plan.flows;
  m_districtNames.clear();
  m_facilityDistricts.clear();
  m_groupNames.clear();
  for (const auto &d : scenario.districts)
    m_districtNames.insert(d.code, d.name);
  for (const auto &f : scenario.facilities)
    m_facilityDistricts.insert(f.id, f.district);
  for (const auto &g : scenario.groups)
    m_groupNames.insert(g.id, g.name.isEmpty() ? g.id : g.name);
  endResetModel();
}

void RelocationPlanModel::clear() {
  beginResetModel();
  m_flows.clear();
  endResetModel();
}

int RelocationPlanModel::rowCount(const QModelIndex &parent) const {
  return parent.isValid() ? 0 : int(m_flows.size());
}

int RelocationPlanModel::columnCount(const QModelIndex &parent) const {
  return parent.isValid() ? 0 : ColumnCount;
}

QVariant RelocationPlanModel::data(const QModelIndex &index, int role) const {
  if (!index.isValid() || index.row() >= rowCount())
    return {};
  const PlanFlow &f = m_flows[std::size_t(index.row())];
  if (role == Qt::TextAlignmentRole)
    return index.column() >= Month ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
  if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
    return {};
  switch (index.column()) {
  case FromDistrict:
    return f.fromDistrict;
  case DistrictName:
    return m_districtNames.value(f.fromDistrict);
  case Facility:
    return f.facility;
  case FacilityDistrict:
    return m_facilityDistricts.value(f.facility);
  case Group:
    return m_groupNames.value(f.group, f.group);
  case Month:
    return f.month;
  case Patients:
    return f.patients;
  default:
    return {};
  }
}

QVariant RelocationPlanModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
    return QAbstractTableModel::headerData(section, orientation, role);
  switch (section) {
  case FromDistrict:
    return tr("From district");
  case DistrictName:
    return tr("District name");
  case Facility:
    return tr("Facility");
  case FacilityDistrict:
    return tr("Facility district");
  case Group:
    return tr("Procedure group");
  case Month:
    return tr("Month");
  case Patients:
    return tr("Patients");
  default:
    return {};
  }
}

} // namespace epidesk
