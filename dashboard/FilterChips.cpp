#include "FilterChips.h"

namespace epidesk {

std::vector<FilterChip> FilterChips::of(const DashboardFilter &filter, const QStringList &selection) {
  std::vector<FilterChip> chips;
  const QString sep = QStringLiteral(", ");
  if (!filter.ingredient.isEmpty())
    chips.push_back({FilterChip::Field::Ingredient, tr("Ingredient: %1").arg(filter.ingredient)});
  if (!filter.places.isEmpty())
    chips.push_back({FilterChip::Field::Places, tr("Places: %1").arg(filter.places.join(sep))});
  if (filter.fromYear || filter.toYear)
    chips.push_back({FilterChip::Field::Years,
                     tr("Years: %1–%2")
                         .arg(filter.fromYear ? QString::number(filter.fromYear) : QStringLiteral("…"),
                              filter.toYear ? QString::number(filter.toYear) : QStringLiteral("…"))});
  if (!selection.isEmpty())
    chips.push_back({FilterChip::Field::Selection, tr("Selected: %1").arg(selection.join(sep))});
  return chips;
}

DashboardFilter FilterChips::without(const DashboardFilter &filter, FilterChip::Field field) {
  DashboardFilter next = filter;
  switch (field) {
  case FilterChip::Field::Ingredient:
    next.ingredient.clear();
    break;
  case FilterChip::Field::Places:
    next.places.clear();
    break;
  case FilterChip::Field::Years:
    next.fromYear = next.toYear = 0;
    break;
  case FilterChip::Field::Selection:
    break;
  }
  return next;
}

} // namespace epidesk
