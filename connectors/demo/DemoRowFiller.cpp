#include "DemoRowFiller.h"

#include <algorithm>
#include <cmath>

namespace epidesk::demo {

RowFiller::RowFiller() {
  for (const char *c : {"J02.9", "J03.9", "J06.9", "J01.9", "J18.9", "J20.9", "H66.9", "N39.0", "A09",
                        "L03.9", "K04.7", "J32.9"})
    m_antiCid.push_back(c);
  for (const char *c : {"F41.1", "F32.9", "F41.0", "G47.0", "F90.0", "F33.1"})
    m_ctrlCid.push_back(c);
}

void RowFiller::quantity(RowWriter &w, Rng &rng) const {
  const double u = rng.uniform();
  w.number(u < 0.80 ? 1 : u < 0.95 ? 2 : u < 0.99 ? 3 : 4 + qint64(rng.below(3)));
}

void RowFiller::prescriber(RowWriter &w, Rng &rng, bool antimicrobial, const QByteArray &uf,
                           const std::vector<UfData> &ufs) const {
  const double u = rng.uniform();
  const double crm = antimicrobial ? 0.85 : 0.97, cro = antimicrobial ? 0.97 : 0.99;
  w.field(u < crm ? m_crm : u < cro ? m_cro : m_crmv);
  w.sep();
  w.field(rng.chance(0.95) ? uf : ufs[rng.below(quint32(ufs.size()))].siglaBytes);
}

void RowFiller::patient(RowWriter &w, Rng &rng, bool antimicrobial) const {
  const auto &cids = antimicrobial ? m_antiCid : m_ctrlCid;
  if (rng.chance(antimicrobial ? 0.25 : 0.03))
    w.field(cids[rng.below(quint32(cids.size()))]);
  w.sep();
  if (!rng.chance(antimicrobial ? 0.75 : 0.15)) {
    w.sep();
    w.sep();
    return;
  }
  w.number(rng.chance(0.58) ? 2 : 1);
  w.sep();
  qint64 age = 0, unit = 1;
  if (antimicrobial && rng.chance(0.20)) {
    if (rng.chance(0.30))
      age = 1 + rng.below(23), unit = 2;
    else
      age = 2 + rng.below(11);
  } else {
    const double mean = antimicrobial ? 42 : 48, sd = antimicrobial ? 18 : 16;
    age = std::clamp<qint64>(std::llround(mean + sd * rng.normal()), 12, 99);
  }
  w.number(age);
  w.field(m_decimalZero);
  w.sep();
  w.number(unit);
}

} // namespace epidesk::demo
