#pragma once
#include "DemoGenerator.h"
#include <QJsonObject>
#include <QString>

namespace epidesk {

class Feedback;

struct DemoSetupOptions {
  QString dir;
  quint64 seed = DemoOptions().seed;         // of the ANVISA files
  double scale = DemoOptions::kDefaultScale; // of the ANVISA files
};

struct DemoSetupResult {
  QString error; // translated; empty on success
  // {"dir", "store", "files_dir", "scenario", "created": [step], "reused": [step],
  //  "seconds", "steps": {step: summary}}; steps are anvisa_files, store,
  //  covid_pl and relocation.
  QJsonObject summary;
  bool ok() const { return error.isEmpty(); }
};

// Builds the whole demo in one folder (layout: DemoLayout): the synthetic
// ANVISA files, an embedded store holding their sales, the real Polish
// COVID-19 district series (shared data/pl/covid_cases_powiat_daily.tsv)
// imported into the same store, and the Poland relocation scenario.
// Idempotent: steps recorded in DemoSetupState whose results still exist are
// reused, so a second run on a ready folder only checks. The store and the
// scenario are built under temporary names and renamed when complete.
// Throws Canceled when feedback is canceled (finished steps stay recorded).
class DemoSetup {
public:
  static DemoSetupResult run(const DemoSetupOptions &options, const QString &sharedDir,
                             Feedback *feedback = nullptr);
};

} // namespace epidesk
