#pragma once
// Demo generator: the per-row fields that are not the product — quantity,
// prescriber, CID-10, sex and age (filled mostly for antimicrobials).
#include "DemoRandom.h"
#include "DemoReferenceData.h"
#include "DemoRowWriter.h"

#include <QByteArray>

#include <vector>

namespace epidesk::demo {

class RowFiller {
public:
  RowFiller();

  // QTD_VENDIDA
  void quantity(RowWriter &w, Rng &rng) const;
  // CONSELHO_PRESCRITOR;UF_CONSELHO_PRESCRITOR
  void prescriber(RowWriter &w, Rng &rng, bool antimicrobial, const QByteArray &uf,
                  const std::vector<UfData> &ufs) const;
  // CID10;SEXO;IDADE;UNIDADE_IDADE
  void patient(RowWriter &w, Rng &rng, bool antimicrobial) const;

private:
  std::vector<QByteArray> m_antiCid, m_ctrlCid;
  QByteArray m_crm = "CRM", m_cro = "CRO", m_crmv = "CRMV", m_decimalZero = ".0";
};

} // namespace epidesk::demo
