#include "DemoGenerator.h"

// Orchestration only: validate options, load the reference data, calibrate,
// write the month files in order and the manifest. The parts live in
// Demo*.h/.cpp next to this file (one job each).
#include "DemoCalibration.h"
#include "DemoCatalogue.h"
#include "DemoManifestJson.h"
#include "DemoMonthWriter.h"
#include "DemoReferenceData.h"
#include "DemoVolumeModel.h"
#include "Feedback.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include <array>

namespace epidesk {
namespace { // implementation details, internal to this file

// This file's messages, in one context that lupdate sees too (it files the
// strings of a plain tr() wrapper function under the enclosing scope instead).
class DemoText {
  Q_DECLARE_TR_FUNCTIONS(epidesk::DemoGenerator)
};

// Azithromycin by state and the realised regional shares.
void summariseAzithromycin(const demo::ReferenceData &ref, const demo::Calibration &cal, DemoManifest *m) {
  std::array<double, demo::RegionCount> byRegion{};
  double total = 0;
  for (size_t u = 0; u < ref.ufs().size(); ++u)
    for (int year = m->fromYear; year <= m->toYear; ++year) {
      const qint64 c = cal.stateAzithromycin(int(u), year);
      m->azithromycinByUf[ref.ufs()[u].sigla][year] = c;
      byRegion[ref.ufs()[u].region] += double(c);
      total += double(c);
    }
  for (int r = 0; r < demo::RegionCount; ++r)
    m->regionShares[QLatin1String(demo::kRegionNames[r])] = total > 0 ? byRegion[r] / total : 0.0;
}

} // namespace

QVector<DemoYearTarget> DemoGenerator::azithromycinTargets(const QString &sharedDir, double scale,
                                                           QString *error) {
  demo::ReferenceData ref;
  QString err;
  if (!ref.load(sharedDir, &err)) {
    if (error)
      *error = err;
    return {};
  }
  return demo::Calibration(ref, 0, scale).targets(kFirstYear, kLastYear);
}

DemoManifest DemoGenerator::generate(const DemoOptions &opt, const QString &sharedDir, Feedback *feedback) {
  DemoManifest m;
  m.outDir = opt.outDir;
  m.seed = opt.seed;
  m.scale = opt.scale;
  m.fromYear = opt.fromYear;
  m.toYear = opt.toYear;
  if (!(opt.scale > 0 && opt.scale <= 10)) {
    m.error = DemoText::tr("The scale must be above 0 and at most 10 (got %1).").arg(opt.scale);
    return m;
  }
  if (opt.fromYear < kFirstYear || opt.toYear > kLastYear || opt.fromYear > opt.toYear) {
    m.error = DemoText::tr("Demo data covers %1-%2; the requested years are %3-%4.")
                  .arg(kFirstYear)
                  .arg(kLastYear)
                  .arg(opt.fromYear)
                  .arg(opt.toYear);
    return m;
  }
  if (!QDir().mkpath(opt.outDir)) {
    m.error = DemoText::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(opt.outDir));
    return m;
  }
  demo::ReferenceData ref;
  if (!ref.load(sharedDir, &m.error))
    return m;
  const demo::Calibration cal(ref, opt.seed, opt.scale);
  const std::vector<demo::ProductGroup> groups = demo::buildCatalogue();
  const demo::VolumeModel model(ref, cal, groups, opt.seed, opt.scale);
  demo::MonthWriter writer(ref, model, groups, opt);
  m.azithromycin = cal.targets(opt.fromYear, opt.toYear);

  const QDir dir(opt.outDir);
  const int nFiles = (opt.toYear - opt.fromYear + 1) * 12;
  for (int year = opt.fromYear; year <= opt.toYear; ++year) {
    for (int month = 1; month <= 12; ++month) {
      const QString name =
          QStringLiteral("EDA_Industrializados_%1%2.csv").arg(year).arg(month, 2, 10, QLatin1Char('0'));
      const QString path = dir.filePath(name);
      if (feedback)
        feedback->setStatus(DemoText::tr("Writing %1").arg(name));
      QFile file(path);
      if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m.error = DemoText::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return m;
      }
      bool ok = true;
      qint64 rows = 0;
      try {
        rows = writer.write(file, year, month, m.files.isEmpty(), feedback, &m.dirt, &ok);
      } catch (const Canceled &) {
        file.remove();
        throw;
      }
      file.close();
      if (!ok || file.error() != QFileDevice::NoError) {
        m.error = DemoText::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return m;
      }
      m.files.push_back({path, year, month, rows});
      m.totalRows += rows;
      if (feedback)
        feedback->setProgress(100.0 * double(m.files.size()) / nFiles);
    }
  }

  summariseAzithromycin(ref, cal, &m);

  QFile mf(dir.filePath(QStringLiteral("demo_manifest.json")));
  if (!mf.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
      mf.write(QJsonDocument(demo::manifestJson(m, opt)).toJson(QJsonDocument::Indented)) < 0) {
    m.error =
        DemoText::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(mf.fileName()), mf.errorString());
    return m;
  }
  return m;
}

} // namespace epidesk
