#pragma once
#include "DashboardDocument.h"
#include <QCoreApplication>
#include <vector>

namespace epidesk {

// The dashboard's active filters and selection as chips ("Ingredient:
// azitromicina", "Places: MG, SP", "Years: 2016–2020", "Selected: RJ"): one
// wording for the desktop's filter bar and the PDF report's filter line.
struct FilterChip {
  enum class Field { Ingredient, Places, Years, Selection };
  Field field;
  QString text;
};

class FilterChips {
  Q_DECLARE_TR_FUNCTIONS(FilterChips)
public:
  static std::vector<FilterChip> of(const DashboardFilter &filter, const QStringList &selection = {});
  // The filter without the chip's field (Selection leaves it unchanged).
  static DashboardFilter without(const DashboardFilter &filter, FilterChip::Field field);
};

} // namespace epidesk
