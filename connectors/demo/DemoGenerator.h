#pragma once
// Synthetic ANVISA-format sales files ("EDA_Industrializados_YYYYMM.csv") for
// the demo, the tests and the import benchmark.
//
// Format: one file per month, ';'-separated, Windows-1252, CRLF, the classic
// 15-column header (files of 2021 and later use the newer NU_/SG_/DS_ header
// so importers meet both). One row = one prescription. Municipality names are
// the real names of the shared boundaries, upper case with accents, and rows
// are spread over municipalities by IBGE population of the same year.
//
// Calibration (scale 1.0 reproduces the published UFMG 2022 figures; Brazil
// population = sum of population_municipality_ibge6579.csv):
//
//   year  population   azithromycin  per 1,000
//   2014  202,768,562   13,428,765     66.23   } 2020 = 1.321 x 2014 exactly;
//   2015  204,450,049   11,836,010     57.89   } both published rates (66.2,
//   2016  206,081,432   10,520,898     51.05   } 83.8) round correctly with
//   2017  207,660,929    9,994,853     48.13   } equal margin
//   2018  208,494,900   10,126,364     48.57
//   2019  210,147,125   10,652,409     50.69   the published total forces the
//   2020  211,755,692   17,739,399     83.77   intermediate years below 2014:
//   2021  213,317,639   11,046,942     51.79   a 2015-17 dip, then recovery
//   total               95,345,640             = published 2014-2021 total
//   (+32.1 % 2014 -> 2020; COVID-19 surge in 2020, peaking in June)
//
// The intermediate years follow the shape 0.90/0.80/0.76/0.77/0.81 (2015-19)
// and 0.84 (2021) of 2014, scaled so the total is exact. DemoGenerator::
// azithromycinTargets() recomputes the table from the shared data.
//
// Regional shares: state weight = population x regional factor (Sudeste
// 1.08, Sul 1.12, Centro-Oeste 1.00, Nordeste 0.88, Norte 0.80), i.e. about
// Norte 6.9 %, Nordeste 23.6 %, Sudeste 45.9 %, Sul 16.0 %, Centro-Oeste 7.6 %
// of azithromycin 2014-2021 with the default seed (population shares: 8.7,
// 27.4, 42.0, 14.3, 7.7 %; the manifest lists the realised shares).
// MT, RJ, RN and RO follow a strictly increasing series (0.80 x their 2014
// share, growing 1.00/1.04/1.08/1.12/1.16/1.21/1.55/1.58), so Kendall tau =
// 1.0; the other 23 states share the rest with +-7 % yearly noise. Months
// follow a winter peak (amplitude 4 % Norte .. 28 % Sul), plus the 2020 and
// 2021 COVID waves for azithromycin.
//
// Other ingredients (about 20 antimicrobials and controlled drugs) bring the
// full-scale volume to about 536 million rows for 2014-2021, close to the real
// ~530 million. kDefaultScale = 0.0025 gives 1.34 million rows (238,000 of
// them azithromycin, 133 MB), written in about 0.5 s (~3 million rows/s).
//
// Dirt, so the demo shows quarantine and warnings (fixed counts, independent
// of scale): per year 2 rows with a bad UF, 1 with a negative and 1 with a
// non-numeric QTD_VENDIDA (expected quarantined), 1 with a malformed IDADE
// (expected field warning, row kept), 3 rows naming municipalities created after 2013 (absent from the
// boundaries: unmatched warnings), and one blank line in the first file
// written. Dirty rows are never azithromycin, so azithromycin totals stay
// exact.
//
// Determinism: std::mt19937_64 with our own distributions; every file has its
// own stream derived from (seed, year, month), so a file does not depend on
// the requested year range (except for the blank line in the first file).
// The national calibration does not depend on the seed; the state split does.
#include <QMap>
#include <QString>
#include <QVector>

namespace epidesk {

class Feedback;

struct DemoOptions {
  static constexpr double kDefaultScale = 0.0025;
  QString outDir;
  quint64 seed = 20140101;
  double scale = kDefaultScale; // fraction of the real volume (1.0 = ~536 M rows)
  int fromYear = 2014;          // calibration covers 2014..2021
  int toYear = 2021;
  int newHeaderFromYear = 2021; // files of this year and later use the NU_... header
};

struct DemoFile {
  QString path;
  int year = 0;
  int month = 0;
  qint64 rows = 0; // data rows written (dirty rows included, blank line excluded)
};

struct DemoYearTarget {
  int year = 0;
  double population = 0; // Brazil, IBGE estimate
  qint64 fullScale = 0;  // azithromycin prescriptions at scale 1.0
  double per1000 = 0;    // fullScale per 1,000 inhabitants
  qint64 scaled = 0;     // rows the generator writes at the requested scale
};

struct DemoDirt {
  qint64 badUf = 0;
  qint64 negativeQuantity = 0;
  qint64 nonNumericQuantity = 0;
  qint64 badAge = 0;
  qint64 unmatchedMunicipality = 0; // valid rows whose name is not in the boundaries
  qint64 blankLines = 0;
  // Rows an importer must reject (bad UF, bad quantity). A malformed IDADE
  // only loses the age: a field warning, the row is kept.
  qint64 expectedQuarantined() const { return badUf + negativeQuantity + nonNumericQuantity; }
  qint64 expectedWarnings() const { return badAge; }
};

struct DemoManifest {
  QString outDir;
  quint64 seed = 0;
  double scale = 0;
  int fromYear = 0;
  int toYear = 0;
  QVector<DemoFile> files;
  qint64 totalRows = 0;
  DemoDirt dirt;
  QVector<DemoYearTarget> azithromycin;              // every generated year
  QMap<QString, QMap<int, qint64>> azithromycinByUf; // UF -> year -> scaled rows
  QMap<QString, double> regionShares;                // realised azithromycin share
  QString error;                                     // translated; empty on success
  bool ok() const { return error.isEmpty(); }
};

class DemoGenerator {
public:
  // Writes the monthly files and demo_manifest.json into options.outDir.
  // sharedDir holds data/br/. Throws Canceled when feedback is canceled (the
  // file being written is removed). Errors come back in DemoManifest::error.
  static DemoManifest generate(const DemoOptions &options, const QString &sharedDir,
                               Feedback *feedback = nullptr);

  // The calibration table above for 2014..2021 at the given scale (no files
  // written); empty with error set when the shared data cannot be read.
  static QVector<DemoYearTarget> azithromycinTargets(const QString &sharedDir, double scale,
                                                     QString *error = nullptr);

  // States whose yearly azithromycin series is strictly increasing.
  static QStringList monotoneStates() { return {"MT", "RJ", "RN", "RO"}; }

  static constexpr qint64 kPublishedTotal = 95345640;
  static constexpr double kPublishedRate2014 = 66.2;
  static constexpr double kPublishedRate2020 = 83.8;
  static constexpr double kPublishedGrowth = 0.321; // 2014 -> 2020
  static constexpr int kFirstYear = 2014;
  static constexpr int kLastYear = 2021;
};

} // namespace epidesk
