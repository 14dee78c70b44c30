#pragma once
#include "QuarantineEntry.h"
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <vector>

namespace epidesk {

// Sales of one month in one municipality (0 = name not matched: state level)
// for one active ingredient.
struct SalesMonthRow {
  int period = 0; // yyyymm
  int ufCode = 0;
  int municipalityCode = 0;
  int ingredient = 0;       // index into FileLoad::ingredients
  qint64 prescriptions = 0; // number of sale records
  qint64 units = 0;         // sum of QTD_VENDIDA
};

// Age bands of SalesProfileRow::ageBand (0 = unknown).
enum AgeBand {
  AgeUnknown = 0,
  Age0to4,
  Age5to14,
  Age15to24,
  Age25to34,
  Age35to44,
  Age45to54,
  Age55to64,
  Age65plus
};

// Who bought, per month, UF and ingredient: sex (0 unknown, 1 male, 2 female),
// AgeBand, prescription type (0 unknown, 1-5 as TIPO_RECEITUARIO).
struct SalesProfileRow {
  int period = 0;
  int ufCode = 0;
  int ingredient = 0;
  int sex = 0;
  int ageBand = 0;
  int receiptType = 0;
  qint64 prescriptions = 0;
  qint64 units = 0;
};

struct UnmatchedMunicipality {
  int ufCode = 0;
  QString uf; // sigla
  QString name;
  qint64 rows = 0;
};

// Everything one source file contributes to a store, aggregated in memory:
// what an ImportSink writes (replacing an earlier load of the same file name).
struct FileLoad {
  QString fileName; // base name: the identity used for re-imports
  QString path;
  QDateTime importedAt;
  qint64 rowsRead = 0;
  qint64 rowsLoaded = 0;
  qint64 rowsQuarantined = 0;
  qint64 warnings = 0;
  QStringList ingredients; // display names, indexed by the rows' ingredient
  std::vector<SalesMonthRow> sales;
  std::vector<SalesProfileRow> profile;
  std::vector<UnmatchedMunicipality> unmatched;
  std::vector<QuarantineEntry> quarantine;
};

} // namespace epidesk
