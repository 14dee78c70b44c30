#pragma once
#include "Importer.h"

namespace epidesk {

// Poland's daily COVID-19 cases and deaths per powiat
// (covid_cases_powiat_daily.tsv), format "covid-pl". Each file is parsed by
// CovidPlReader against the 380 powiats of the shared powiaty.geojson,
// summed per (powiat, day) - rows of unknown districts under
// DistrictSeriesStore::nationalCode() - and written by the sink's
// DistrictSeriesStore in one transaction (a re-import of the same file name
// replaces it). The summary is the ANVISA one: rows_read = rows_loaded +
// rows_quarantined; rows of unknown districts are loaded, counted as
// warnings of field "teryt" and listed in unmatched_municipalities as
// {"uf": "PL", "name": <teryt as written>, "rows"}. Days a powiat has no
// row are zeros when read back (the source omits all-zero rows).
class CovidPlImporter : public Importer {
public:
  QString format() const override { return QStringLiteral("covid-pl"); }
  QString description() const override;
  ImportSummary run(ImportSink &sink, const QStringList &files, const ImportOptions &options = {},
                    Feedback *feedback = nullptr) override;
};

} // namespace epidesk
