#pragma once
// Demo generator: writes one EDA_Industrializados month file — the header,
// every state's rows as the volume model allots them, and that month's dirt.
#include "DemoCatalogue.h"
#include "DemoDirtPlan.h"
#include "DemoGenerator.h"
#include "DemoRandom.h"
#include "DemoReferenceData.h"
#include "DemoRowFiller.h"
#include "DemoRowWriter.h"
#include "DemoVolumeModel.h"

#include <QByteArray>
#include <QFile>

#include <vector>

namespace epidesk {
class Feedback;
}

namespace epidesk::demo {

class MonthWriter {
public:
  MonthWriter(const ReferenceData &ref, const VolumeModel &model, const std::vector<ProductGroup> &groups,
              const DemoOptions &opt);

  // Returns data rows written; dirt counts are added to *dirt. Throws
  // Canceled when feedback is canceled.
  qint64 write(QFile &file, int year, int month, bool blankLine, Feedback *feedback, DemoDirt *dirt,
               bool *ok);

private:
  void writeHeader(RowWriter &w, int year);
  void writeRow(RowWriter &w, Rng &rng, const QByteArray &prefix, const UfData &uf, const QByteArray &muni,
                const ProductGroup &g, DirtKind fault = DirtKind::None);

  const ReferenceData &m_ref;
  const VolumeModel &m_model;
  const std::vector<ProductGroup> &m_groups;
  const DemoOptions &m_opt;
  RowFiller m_filler;
  std::vector<QByteArray> m_newMuniNames;
  QByteArray m_badUfA = "XX", m_badUfB = "S P", m_nonNumeric = "N/D";
  QByteArray m_badAgeRow = "J03.9;2;4O,O;1"; // letter O instead of zero
};

} // namespace epidesk::demo
