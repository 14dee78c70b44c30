#pragma once
#include "Importer.h"

namespace epidesk {

// ANVISA EDA_Industrializados_YYYYMM.csv files: each file is parsed by
// AnvisaReader into a SalesAggregator on its own thread (at most
// ImportOptions::maxParallelFiles at once); the aggregated loads are written
// to the sink one at a time. The rows' year and month columns decide the
// period, not the file name.
class AnvisaImporter : public Importer {
public:
  QString format() const override { return QStringLiteral("anvisa"); }
  QString description() const override;
  ImportSummary run(ImportSink &sink, const QStringList &files, const ImportOptions &options = {},
                    Feedback *feedback = nullptr) override;
};

} // namespace epidesk
