#include "MunicipalityMatcher.h"
#include "TextKey.h"

namespace epidesk {

MunicipalityMatcher::MunicipalityMatcher(const Geography &geography) {
  for (const UfInfo &uf : geography.ufs())
    m_ufCodes.insert(uf.sigla, uf.code);
  for (const MunicipalityInfo &m : geography.municipalities()) {
    QHash<QString, int> &names = m_byUf[m.ufCode];
    const QString key = foldKey(m.name);
    // Keep the smallest code when two names fold alike, so the choice is stable.
    auto it = names.find(key);
    if (it == names.end() || m.code < it.value())
      names.insert(key, m.code);
  }
}

int MunicipalityMatcher::match(int ufCode, const QString &name) const {
  auto uf = m_byUf.constFind(ufCode);
  return uf == m_byUf.constEnd() ? 0 : uf->value(foldKey(name), 0);
}

} // namespace epidesk
