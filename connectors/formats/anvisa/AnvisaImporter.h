#pragma once
#include "Importer.h"

namespace epidesk {

// ANVISA EDA_Industrializados_YYYYMM.csv files: each file is parsed by
// AnvisaReader on its own thread (at most ImportOptions::maxParallelFiles at
// once); every validated record goes to a SalesAggregator and to the sink's
// FileWriter (the warehouse streams raw rows), then the aggregated load is
// finished: one file at a time unless the sink takes concurrent writers. The rows' year and month columns
// decide the period, not the file name.
class AnvisaImporter : public Importer {
public:
  QString format() const override { return QStringLiteral("anvisa"); }
  QString description() const override;
  ImportSummary run(ImportSink &sink, const QStringList &files, const ImportOptions &options = {},
                    Feedback *feedback = nullptr) override;
};

} // namespace epidesk
