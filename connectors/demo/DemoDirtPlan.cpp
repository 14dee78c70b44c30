#include "DemoDirtPlan.h"

#include "Cp1252.h"
#include "DemoRandom.h"

#include <QString>

#include <iterator>

namespace epidesk::demo {

namespace {
struct NewMunicipality {
  int ufCode;
  const char *name;
};
// Created after 2013: in the IBGE estimates, absent from the boundaries.
const NewMunicipality kNewMunicipalities[] = {{15, "MOJUÍ DOS CAMPOS"}, {22, "NAZÁRIA"},
                                              {42, "PESCARIA BRAVA"},   {42, "BALNEÁRIO RINCÃO"},
                                              {43, "PINTO BANDEIRA"},   {50, "PARAÍSO DAS ÁGUAS"}};
} // namespace

std::vector<DirtRow> dirtForYear(quint64 seed, int year, const ReferenceData &ref) {
  Rng rng(streamSeed(seed, 0xD127, quint64(year)));
  std::vector<DirtRow> rows;
  const int nUf = int(ref.ufs().size());
  for (DirtKind k : {DirtKind::BadUf, DirtKind::BadUf, DirtKind::NegativeQuantity,
                     DirtKind::NonNumericQuantity, DirtKind::BadAge})
    rows.push_back({k, 1 + int(rng.below(12)), int(rng.below(quint32(nUf)))});
  for (int i = 0; i < 3; ++i) {
    const int m = int(rng.below(std::size(kNewMunicipalities)));
    rows.push_back(
        {DirtKind::Unmatched, 1 + int(rng.below(12)), ref.ufIndex(kNewMunicipalities[m].ufCode), m});
  }
  return rows;
}

std::vector<QByteArray> newMunicipalityNames() {
  std::vector<QByteArray> names;
  for (const NewMunicipality &m : kNewMunicipalities)
    names.push_back(Cp1252::fromUnicode(QString::fromUtf8(m.name)));
  return names;
}

void countDirt(DirtKind kind, DemoDirt *dirt) {
  switch (kind) {
  case DirtKind::BadUf:
    ++dirt->badUf;
    break;
  case DirtKind::NegativeQuantity:
    ++dirt->negativeQuantity;
    break;
  case DirtKind::NonNumericQuantity:
    ++dirt->nonNumericQuantity;
    break;
  case DirtKind::BadAge:
    ++dirt->badAge;
    break;
  case DirtKind::None:
  case DirtKind::Unmatched:
    break;
  }
}

} // namespace epidesk::demo
