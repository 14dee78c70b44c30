#include "CliCommand.h"
#include "CliIo.h"
#include "RelocationPlanCsv.h"
#include "RelocationSolver.h"
#include "ScenarioReader.h"

namespace epidesk::cli {

// epidesk-cli relocate: relocation plan of a scenario (MILP solved with CBC).
class RelocateCommand : public CliCommand {
public:
  QString name() const override { return QStringLiteral("relocate"); }
  QString summary() const override {
    return QCoreApplication::translate("cli",
                                       "Relocation plan of a scenario: districts to facilities (CBC MILP).");
  }
  int run(const QStringList &args) override;
};

int RelocateCommand::run(const QStringList &args) {
  const SolverSettings defaults;
  QCommandLineParser parser;
  const QCommandLineOption scenario(
      "scenario", QCoreApplication::translate("cli", "Scenario folder or JSON file."), "PATH");
  const QCommandLineOption weights(
      "weights", QCoreApplication::translate("cli", "Objective weights, e.g. risk=1,travel=0.1,cost=0.01."),
      "W", QStringLiteral("risk=1,travel=0.1,cost=0.01"));
  const QCommandLineOption timeLimit("time-limit",
                                     QCoreApplication::translate("cli", "Solver time limit (seconds)."), "S",
                                     QString::number(defaults.timeLimitSeconds));
  const QCommandLineOption gap("gap", QCoreApplication::translate("cli", "Relative optimality gap."), "G",
                               QString::number(defaults.relativeGap));
  const QCommandLineOption candidates(
      "max-candidates",
      QCoreApplication::translate("cli",
                                  "Nearest facilities per district and group (0 = all within the limit)."),
      "N", QString::number(defaults.maxCandidates));
  const QCommandLineOption format("format", QCoreApplication::translate("cli", "json or csv."), "FORMAT",
                                  "json");
  const QCommandLineOption csvTable(
      "csv-table",
      QCoreApplication::translate("cli", "With --format csv: flows (default), unmet or facility_use."),
      "TABLE", "flows");
  const QCommandLineOption writeMps(
      "write-mps",
      QCoreApplication::translate("cli", "Also write the model to FILE (.mps, or .lp) for other solvers."),
      "FILE");
  parser.addOptions({scenario, weights, timeLimit, gap, candidates, format, csvTable, writeMps});
  int exitCode = Ok;
  if (!parseArguments(parser, args, summary(), &exitCode))
    return exitCode;

  if (!parser.isSet(scenario))
    return fail(QCoreApplication::translate("cli", "scenario: required (a folder or a JSON file)"), Usage);
  QString error;
  const auto w = RelocationWeights::parse(parser.value(weights), &error);
  if (!w)
    return fail(error, Usage);
  SolverSettings settings;
  bool ok1 = false, ok2 = false, ok3 = false;
  settings.timeLimitSeconds = parser.value(timeLimit).toDouble(&ok1);
  settings.relativeGap = parser.value(gap).toDouble(&ok2);
  settings.maxCandidates = parser.value(candidates).toInt(&ok3);
  settings.writeModelPath = parser.value(writeMps);
  if (!ok1 || !ok2 || !ok3)
    return fail(QCoreApplication::translate("cli", "time-limit, gap, max-candidates: must be numbers"),
                Usage);
  if (const QStringList errs = settings.validate(); !errs.isEmpty())
    return fail(errs.join(QStringLiteral("; ")), Usage);
  const QString fmt = parser.value(format);
  if (fmt != QLatin1String("json") && fmt != QLatin1String("csv"))
    return fail(QCoreApplication::translate("cli", "format: must be json or csv"), Usage);
  const std::optional<RelocationPlanCsv::Table> table = RelocationPlanCsv::tableNamed(parser.value(csvTable));
  if (!table)
    return fail(QCoreApplication::translate("cli", "csv-table: must be flows, unmet or facility_use"), Usage);

  // Validation comes before any solve: all issues at once, each with file, line and field.
  const LoadedScenario loaded = ScenarioReader::load(parser.value(scenario));
  if (!loaded.ok())
    return fail(QCoreApplication::translate("cli", "invalid scenario:\n%1").arg(joinIssues(loaded.issues)));

  CliFeedback feedback(QCoreApplication::translate("cli", "relocate"));
  try {
    const RelocationPlan plan = RelocationSolver::solve(loaded.scenario, *w, settings, &feedback);
    if (fmt == QLatin1String("json"))
      printJson(plan.toJson());
    else
      printText(RelocationPlanCsv::table(plan, *table));
    if (plan.status == QLatin1String("no_solution"))
      return fail(plan.message);
  } catch (const Canceled &) {
    return fail(QCoreApplication::translate("cli", "interrupted"), Interrupted);
  } catch (const std::exception &e) {
    return fail(QString::fromUtf8(e.what()));
  }
  return Ok;
}

static RegisterCommand<RelocateCommand> registerRelocate("relocate");

} // namespace epidesk::cli
