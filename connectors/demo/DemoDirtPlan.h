#pragma once
// Demo generator: the deliberate dirt — which faulty rows go into which
// month and state, placed by (seed, year) so a file does not depend on the
// requested range, and how they are counted in the manifest.
#include "DemoGenerator.h"
#include "DemoReferenceData.h"

#include <QByteArray>

#include <vector>

namespace epidesk::demo {

enum class DirtKind { None, BadUf, NegativeQuantity, NonNumericQuantity, BadAge, Unmatched };

struct DirtRow {
  DirtKind kind;
  int month;
  int uf;           // state block the row follows
  int newMuni = -1; // index into newMunicipalityNames()
};

std::vector<DirtRow> dirtForYear(quint64 seed, int year, const ReferenceData &ref);

// Municipalities created after 2013 (cp1252): in the IBGE estimates, absent
// from the boundaries.
std::vector<QByteArray> newMunicipalityNames();

// Adds one row of the kind to its counter (Unmatched is counted by the caller).
void countDirt(DirtKind kind, DemoDirt *dirt);

} // namespace epidesk::demo
