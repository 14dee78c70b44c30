#include "DemoSetup.h"
#include "DemoLayout.h"
#include "DemoSetupState.h"
#include "EmbeddedStore.h"
#include "Feedback.h"
#include "ImportService.h"
#include "RelocationDemo.h"
#include "StepFeedback.h"
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <filesystem>
#include <system_error>

namespace epidesk {

namespace {

class SetupText {
  Q_DECLARE_TR_FUNCTIONS(epidesk::DemoSetup)
};

// Progress share of each step (the ANVISA import dominates a fresh run).
constexpr double kFilesEnd = 35, kStoreEnd = 85, kCovidEnd = 95;

const QString kFilesStep = QStringLiteral("anvisa_files");
const QString kStoreStep = QStringLiteral("store");
const QString kCovidStep = QStringLiteral("covid_pl");
const QString kRelocationStep = QStringLiteral("relocation");

QStringList anvisaFiles(const QString &dir) {
  QStringList files;
  for (const QFileInfo &fi :
       QDir(dir).entryInfoList({QStringLiteral("EDA_Industrializados_*.csv")}, QDir::Files, QDir::Name))
    files << fi.absoluteFilePath();
  return files;
}

// Replaces `to` by `from` (files: atomically; folders: the old one is removed first).
bool replacePath(const QString &from, const QString &to) {
  std::error_code ec;
  if (QFileInfo(to).isDir() && !QDir(to).removeRecursively())
    return false;
  std::filesystem::rename(QFile::encodeName(from).toStdString(), QFile::encodeName(to).toStdString(), ec);
  return !ec;
}

void removeStore(const QString &path) {
  for (const QString &suffix : {QString(), QStringLiteral("-journal"), QStringLiteral("-wal"),
                                QStringLiteral("-shm"), QStringLiteral(".quarantine.csv")})
    QFile::remove(path + suffix);
}

QJsonObject importTotals(const ImportSummary &s) {
  return {{QStringLiteral("files"), s.files},
          {QStringLiteral("rows_read"), s.rowsRead},
          {QStringLiteral("rows_loaded"), s.rowsLoaded},
          {QStringLiteral("rows_quarantined"), s.rowsQuarantined},
          {QStringLiteral("warnings"), s.warnings}};
}

class SetupRun {
public:
  SetupRun(const DemoSetupOptions &options, const QString &sharedDir, Feedback *feedback)
      : m_options(options), m_layout(options.dir), m_shared(sharedDir), m_feedback(feedback),
        m_state(m_layout.stateFile()) {}

  DemoSetupResult run();

private:
  bool filesStep();
  bool storeStep();
  bool covidStep();
  bool relocationStep();
  bool finish(const QString &step, const QJsonObject &summary);
  void reuse(const QString &step) { m_reused << step; }
  bool failImport(const ImportSummary &summary);
  void status(const QString &text) {
    if (m_feedback)
      m_feedback->setStatus(text);
  }

  DemoSetupOptions m_options;
  DemoLayout m_layout;
  QString m_shared;
  Feedback *m_feedback;
  DemoSetupState m_state;
  QStringList m_created, m_reused;
  QString m_error;
};

DemoSetupResult SetupRun::run() {
  QElapsedTimer timer;
  timer.start();
  DemoSetupResult result;
  if (!QDir().mkpath(m_layout.dir())) {
    result.error =
        SetupText::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(m_layout.dir()));
    return result;
  }
  m_state.load();
  m_state.useAnvisaOptions(m_options.seed, m_options.scale);
  // Each step depends on the ones before it, except the relocation scenario.
  const bool ok = filesStep() && storeStep() && covidStep() && relocationStep();
  if (!ok) {
    result.error = m_error;
    return result;
  }
  if (m_feedback)
    m_feedback->setProgress(100);
  result.summary = {{QStringLiteral("dir"), m_layout.dir()},
                    {QStringLiteral("store"), m_layout.store()},
                    {QStringLiteral("files_dir"), m_layout.filesDir()},
                    {QStringLiteral("scenario"), m_layout.scenarioDir()},
                    {QStringLiteral("created"), QJsonArray::fromStringList(m_created)},
                    {QStringLiteral("reused"), QJsonArray::fromStringList(m_reused)},
                    {QStringLiteral("seconds"), double(timer.elapsed()) / 1000.0},
                    {QStringLiteral("steps"), m_state.steps()}};
  return result;
}

bool SetupRun::finish(const QString &step, const QJsonObject &summary) {
  m_state.markDone(step, summary);
  m_created << step;
  return m_state.save(&m_error);
}

bool SetupRun::failImport(const ImportSummary &summary) {
  if (summary.wasCanceled())
    throw Canceled{};
  m_error = summary.errors().join(QLatin1Char('\n'));
  return false;
}

bool SetupRun::filesStep() {
  const QJsonObject done = m_state.summary(kFilesStep);
  if (m_state.isDone(kFilesStep) &&
      QFileInfo::exists(QDir(m_layout.filesDir()).filePath("demo_manifest.json")) &&
      anvisaFiles(m_layout.filesDir()).size() == done.value(QLatin1String("files")).toInt()) {
    reuse(kFilesStep);
    return true;
  }
  m_state.forget(kStoreStep); // new files: the store must be rebuilt from them
  status(SetupText::tr("Writing the ANVISA demo files"));
  QDir(m_layout.filesDir()).removeRecursively();
  DemoOptions options;
  options.outDir = m_layout.filesDir();
  options.seed = m_options.seed;
  options.scale = m_options.scale;
  StepFeedback step(m_feedback, 0, kFilesEnd);
  const DemoManifest manifest = DemoGenerator::generate(options, m_shared, &step);
  if (!manifest.ok()) {
    m_error = manifest.error;
    return false;
  }
  return finish(kFilesStep, {{QStringLiteral("files"), int(manifest.files.size())},
                             {QStringLiteral("rows"), manifest.totalRows}});
}

bool SetupRun::storeStep() {
  const QString store = m_layout.store();
  if (m_state.isDone(kStoreStep) && QFileInfo::exists(store)) {
    reuse(kStoreStep);
    return true;
  }
  m_state.forget(kCovidStep); // a new store holds no district series yet
  status(SetupText::tr("Importing the ANVISA demo files into %1").arg(QDir::toNativeSeparators(store)));
  const QString partial = QDir(m_layout.dir()).filePath(QStringLiteral(".demo.partial.gpkg"));
  removeStore(partial);
  ImportSummary summary;
  {
    StepFeedback step(m_feedback, kFilesEnd, kStoreEnd);
    auto sink = EmbeddedStore::create(partial, m_shared, &m_error);
    if (!sink)
      return false;
    summary = importFiles(QStringLiteral("anvisa"), *sink, anvisaFiles(m_layout.filesDir()), &step);
  } // closed before the rename
  if (!summary.ok()) {
    removeStore(partial);
    return failImport(summary);
  }
  removeStore(store);
  const QString quarantine = partial + QStringLiteral(".quarantine.csv");
  if (!replacePath(partial, store) || (QFileInfo::exists(quarantine) &&
                                       !replacePath(quarantine, store + QStringLiteral(".quarantine.csv")))) {
    m_error = SetupText::tr("Cannot rename %1 to %2.").arg(partial, store);
    return false;
  }
  return finish(kStoreStep, importTotals(summary));
}

bool SetupRun::covidStep() {
  if (m_state.isDone(kCovidStep)) {
    reuse(kCovidStep);
    return true;
  }
  const QString tsv = QDir(m_shared).filePath(QStringLiteral("data/pl/covid_cases_powiat_daily.tsv"));
  status(SetupText::tr("Importing the Polish COVID-19 district series"));
  StepFeedback step(m_feedback, kStoreEnd, kCovidEnd);
  auto sink = EmbeddedStore::open(m_layout.store(), &m_error);
  if (!sink)
    return false;
  // One transaction: the store holds all of the series or none of them.
  const ImportSummary summary = importFiles(QStringLiteral("covid-pl"), *sink, {tsv}, &step);
  if (!summary.ok())
    return failImport(summary);
  return finish(kCovidStep, importTotals(summary));
}

bool SetupRun::relocationStep() {
  const QString dir = m_layout.scenarioDir();
  if (m_state.isDone(kRelocationStep) &&
      QFileInfo::exists(QDir(dir).filePath(QStringLiteral("scenario.json")))) {
    reuse(kRelocationStep);
    return true;
  }
  status(SetupText::tr("Writing the relocation scenario"));
  const QString partial = QDir(m_layout.dir()).filePath(QStringLiteral(".relocation.partial"));
  QDir(partial).removeRecursively();
  RelocationDemoOptions options;
  options.outDir = partial;
  StepFeedback step(m_feedback, kCovidEnd, 100);
  RelocationDemoResult result = RelocationDemo::generate(options, m_shared, &step);
  if (!result.ok()) {
    m_error = result.error;
    return false;
  }
  if (!replacePath(partial, dir)) {
    m_error = SetupText::tr("Cannot rename %1 to %2.").arg(partial, dir);
    return false;
  }
  result.manifest.insert(QStringLiteral("dir"), dir);
  return finish(kRelocationStep, result.manifest);
}

} // namespace

DemoSetupResult DemoSetup::run(const DemoSetupOptions &options, const QString &sharedDir,
                               Feedback *feedback) {
  return SetupRun(options, sharedDir, feedback).run();
}

} // namespace epidesk
