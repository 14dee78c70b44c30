#pragma once
#include "Geography.h"
#include <QHash>
#include <QString>

namespace epidesk {

// Finds the IBGE code of a municipality from its UF and name, ignoring case,
// accents, apostrophes and hyphens (foldKey). Read-only after construction,
// so import threads share one instance.
class MunicipalityMatcher {
public:
  explicit MunicipalityMatcher(const Geography &geography);
  // IBGE code, or 0 when the name is not known in that UF.
  int match(int ufCode, const QString &name) const;
  int ufCode(const QString &sigla) const { return m_ufCodes.value(sigla); }

private:
  QHash<int, QHash<QString, int>> m_byUf; // uf code -> folded name -> code
  QHash<QString, int> m_ufCodes;          // sigla -> uf code
};

} // namespace epidesk
