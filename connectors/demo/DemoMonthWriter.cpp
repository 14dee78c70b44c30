#include "DemoMonthWriter.h"

#include "Feedback.h"

namespace epidesk::demo {

MonthWriter::MonthWriter(const ReferenceData &ref, const VolumeModel &model,
                         const std::vector<ProductGroup> &groups, const DemoOptions &opt)
    : m_ref(ref), m_model(model), m_groups(groups), m_opt(opt), m_newMuniNames(newMunicipalityNames()) {}

qint64 MonthWriter::write(QFile &file, int year, int month, bool blankLine, Feedback *feedback,
                          DemoDirt *dirt, bool *ok) {
  RowWriter w(file);
  writeHeader(w, year);
  const QByteArray prefix = QByteArray::number(year) + ';' + QByteArray::number(month) + ';';
  Rng rng(streamSeed(m_opt.seed, 0xF11E, quint64(year), quint64(month)));
  const std::vector<DirtRow> dirtRows = dirtForYear(m_opt.seed, year, m_ref);
  const auto &ufs = m_ref.ufs();
  qint64 rows = 0;
  for (size_t u = 0; u < ufs.size(); ++u) {
    if (feedback && feedback->isCanceled())
      throw Canceled{};
    const UfData &uf = ufs[u];
    const AliasTable munis = m_model.municipalities(uf, year);
    for (size_t g = 0; g < m_groups.size(); ++g) {
      const qint64 n = m_model.rowsFor(int(u), int(g), year, month, rng);
      for (qint64 i = 0; i < n; ++i)
        writeRow(w, rng, prefix, uf, uf.muniNames[munis.sample(rng)], m_groups[g]);
      rows += n;
    }
    for (const DirtRow &d : dirtRows) {
      if (d.month != month || d.uf != int(u))
        continue;
      const ProductGroup &g = m_groups[1 + rng.below(quint32(m_groups.size() - 1))];
      if (d.kind == DirtKind::Unmatched) {
        writeRow(w, rng, prefix, uf, m_newMuniNames[d.newMuni], g); // only the name is wrong
        ++dirt->unmatchedMunicipality;
      } else {
        const ProductGroup &anti = m_groups[1]; // antimicrobial: IDADE present
        writeRow(w, rng, prefix, uf, uf.muniNames[rng.below(quint32(uf.muniNames.size()))],
                 d.kind == DirtKind::BadAge ? anti : g, d.kind);
        countDirt(d.kind, dirt);
      }
      ++rows;
    }
    if (blankLine && u == 0) {
      w.endLine();
      ++dirt->blankLines;
    }
  }
  w.flush();
  *ok = w.ok();
  return rows;
}

void MonthWriter::writeHeader(RowWriter &w, int year) {
  static const QByteArray kClassic =
      "ANO_VENDA;MES_VENDA;UF_VENDA;MUNICIPIO_VENDA;PRINCIPIO_ATIVO;DESCRICAO_APRESENTACAO;QTD_VENDIDA;"
      "UNIDADE_MEDIDA;CONSELHO_PRESCRITOR;UF_CONSELHO_PRESCRITOR;TIPO_RECEITUARIO;CID10;SEXO;IDADE;"
      "UNIDADE_IDADE";
  static const QByteArray kNew = "NU_ANO_VENDA;NU_MES_VENDA;SG_UF_VENDA;NO_MUNICIPIO_VENDA;DS_PRINCIPIO_"
                                 "ATIVO;DS_DESCRICAO_APRESENTACAO;"
                                 "QT_VENDIDA;DS_UNIDADE_MEDIDA;NO_CONSELHO_PRESCRITOR;SG_UF_CONSELHO_"
                                 "PRESCRITOR;TP_RECEITUARIO;CO_CID10;"
                                 "SG_SEXO;NU_IDADE;NU_UNIDADE_IDADE";
  w.field(year >= m_opt.newHeaderFromYear ? kNew : kClassic);
  w.endLine();
}

void MonthWriter::writeRow(RowWriter &w, Rng &rng, const QByteArray &prefix, const UfData &uf,
                           const QByteArray &muni, const ProductGroup &g, DirtKind fault) {
  const Product &p = g.products[g.choice.sample(rng)];
  w.field(prefix);
  w.field(fault == DirtKind::BadUf ? (rng.chance(0.5) ? m_badUfA : m_badUfB) : uf.siglaBytes);
  w.sep();
  w.field(muni);
  w.sep();
  w.field(p.ingredient);
  w.sep();
  w.field(p.presentation);
  w.sep();
  if (fault == DirtKind::NegativeQuantity)
    w.number(-1 - qint64(rng.below(2)));
  else if (fault == DirtKind::NonNumericQuantity)
    w.field(m_nonNumeric);
  else
    m_filler.quantity(w, rng);
  w.sep();
  w.field(p.unit);
  w.sep();
  m_filler.prescriber(w, rng, g.antimicrobial, uf.siglaBytes, m_ref.ufs());
  w.sep();
  w.field(g.tipo);
  w.sep();
  if (fault == DirtKind::BadAge) {
    w.field(m_badAgeRow);
  } else {
    m_filler.patient(w, rng, g.antimicrobial);
  }
  w.endLine();
}

} // namespace epidesk::demo
