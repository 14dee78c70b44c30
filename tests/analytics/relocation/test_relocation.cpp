// Relocation model (issue 6): hand-checked optima of tiny scenarios, validation
// issues with file/line/field, JSON round trips, weights as single criteria,
// the same MPS solved by GLPK, cancellation, and the Poland demo generator.
#include "FacilityUtilisation.h"
#include "Feedback.h"
#include "RelocationDemo.h"
#include "RelocationModelBuilder.h"
#include "RelocationSolver.h"
#include "ScenarioReader.h"
#include "ScenarioValidator.h"
#include "ScenarioWriter.h"
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <chrono>

using namespace epidesk;

namespace {

// Small scenarios in code; travel is an explicit symmetric matrix.
struct Tiny {
  RelocationScenario s;
  explicit Tiny(int months) {
    s.name = QStringLiteral("tiny");
    s.months = months;
  }
  Tiny &district(const QString &code) {
    s.districts.push_back({code, code, std::nan(""), std::nan("")});
    s.travel.push_back({code, code, 0});
    return *this;
  }
  Tiny &group(const QString &id, double urgency, double maxTravel, int deadline) {
    s.groups.push_back({id, id, urgency, maxTravel, deadline});
    return *this;
  }
  Tiny &facility(const QString &id, const QString &district, double surgeCost = 0,
                 double costPerPatient = 0) {
    s.facilities.push_back({id, district, id, surgeCost, costPerPatient});
    return *this;
  }
  Tiny &demand(const QString &d, const QString &g, int month, double patients) {
    s.demand.push_back({d, g, month, patients});
    return *this;
  }
  Tiny &capacity(const QString &f, const QString &g, int month, double cap, double surge = 0) {
    s.capacity.push_back({f, g, month, cap, surge});
    return *this;
  }
  Tiny &travel(const QString &a, const QString &b, double hours) {
    s.travel.push_back({a, b, hours});
    s.travel.push_back({b, a, hours});
    return *this;
  }
};

RelocationPlan solve(const RelocationScenario &s, RelocationWeights w = {}, double gap = 0) {
  const QList<ScenarioIssue> issues = ScenarioValidator::validate(s);
  if (!issues.isEmpty())
    qFatal("invalid test scenario: %s", qPrintable(joinIssues(issues)));
  SolverSettings settings;
  settings.relativeGap = gap;
  settings.timeLimitSeconds = 60;
  return RelocationSolver::solve(s, w, settings);
}

double flowTo(const RelocationPlan &p, const QString &from, const QString &facility, int month = 0) {
  double sum = 0;
  for (const auto &f : p.flows)
    if (f.fromDistrict == from && f.facility == facility && (month == 0 || f.month == month))
      sum += f.patients;
  return sum;
}

bool containsIssue(const QList<ScenarioIssue> &issues, const QString &text) {
  for (const auto &i : issues)
    if (i.toString().contains(text))
      return true;
  return false;
}

QString dataDir(const char *name) {
  return QDir(QStringLiteral(EPIDESK_TEST_DATA_DIR)).filePath(QLatin1String(name));
}

// A mid-size scenario with surge binaries that CBC and GLPK both solve to optimality quickly.
RelocationScenario glpkScenario() {
  Tiny t(3);
  const QStringList d = {"D1", "D2", "D3", "D4", "D5", "D6"};
  for (const QString &c : d)
    t.district(c);
  for (int i = 0; i < d.size(); ++i)
    for (int j = i + 1; j < d.size(); ++j)
      t.travel(d[i], d[j], 0.4 * (j - i) + 0.1 * ((i * 7 + j * 3) % 4));
  t.group("U", 5, 1.5, 0).group("E", 1, 2.5, 2);
  t.facility("F1", "D1", 120, 1).facility("F3", "D3", 80, 1.2).facility("F6", "D6", 150, 0.8);
  for (int m = 1; m <= 3; ++m) {
    for (int i = 0; i < d.size(); ++i) {
      t.demand(d[i], "U", m, 4 + (i * 5 + m * 3) % 7);
      t.demand(d[i], "E", m, 6 + (i * 3 + m * 7) % 9);
    }
    t.capacity("F1", "U", m, 12, 8).capacity("F1", "E", m, 14, 10);
    t.capacity("F3", "U", m, m == 2 ? 4 : 14, 6).capacity("F3", "E", m, 16, 6);
    t.capacity("F6", "U", m, 10, 10).capacity("F6", "E", m, 12, 12);
  }
  t.demand("D2", "E", 0, 10);
  return t.s;
}

// Objective of "glpsol -w" output: the "s mip ROWS COLS STATUS OBJ" line.
std::optional<double> glpkObjective(const QString &solutionFile, QString *status) {
  QFile f(solutionFile);
  if (!f.open(QIODevice::ReadOnly))
    return std::nullopt;
  for (const QByteArray &line : f.readAll().split('\n')) {
    const QList<QByteArray> parts = line.simplified().split(' ');
    if (parts.size() >= 6 && parts[0] == "s" && parts[1] == "mip") {
      *status = QString::fromLatin1(parts[4]);
      return parts[5].toDouble();
    }
  }
  return std::nullopt;
}

} // namespace

class TestRelocation : public QObject {
  Q_OBJECT

private slots:
  // Everything is served at home: the only cost is the treatment cost.
  void trivialLocalOptimum() {
    Tiny t(1);
    t.district("A")
        .group("G", 1, 3, 0)
        .facility("FA", "A", 0, 2)
        .demand("A", "G", 1, 10)
        .capacity("FA", "G", 1, 12);
    const RelocationPlan p = solve(t.s);
    QCOMPARE(p.status, QString("optimal"));
    QVERIFY(qFuzzyCompare(p.objective, 0.01 * 2 * 10)); // cost weight x cost per patient x patients
    QCOMPARE(p.flows.size(), size_t(1));
    QCOMPARE(flowTo(p, "A", "FA", 1), 10.0);
    QVERIFY(p.unmet.empty());
    QCOMPARE(p.facilityUse.size(), size_t(1));
    QCOMPARE(p.facilityUse[0].used, 10.0);
    QCOMPARE(p.facilityUse[0].capacity, 12.0);
    QVERIFY(p.gap <= 1e-9);
  }

  // A has no hospital: its 6 patients travel 2 h to B (0.1 x 2 x 6 = 1.2).
  void patientsMustTravel() {
    Tiny t(1);
    t.district("A").district("B").travel("A", "B", 2).group("G", 1, 3, 0).facility("FB", "B");
    t.demand("A", "G", 1, 6).demand("B", "G", 1, 4).capacity("FB", "G", 1, 10);
    const RelocationPlan p = solve(t.s);
    QCOMPARE(p.status, QString("optimal"));
    QVERIFY(qFuzzyCompare(p.objective, 1.2));
    QCOMPARE(flowTo(p, "A", "FB"), 6.0);
    QCOMPARE(flowTo(p, "B", "FB"), 4.0);
    QVERIFY(qFuzzyCompare(p.travelPatientHours, 12.0));
  }

  // FA treats 6 of A's 10; C is 5 h away with a 3 h limit: unmet names both.
  void infeasibleNamesUnmet() {
    Tiny t(1);
    t.district("A").district("C").travel("A", "C", 5).group("G", 1, 3, 0).facility("FA", "A");
    t.demand("A", "G", 1, 10).demand("C", "G", 1, 5).capacity("FA", "G", 1, 6);
    const RelocationPlan p = solve(t.s);
    QCOMPARE(p.status, QString("infeasible"));
    QCOMPARE(p.unmet.size(), size_t(2));
    for (const PlanUnmet &u : p.unmet) {
      QCOMPARE(u.group, QString("G"));
      QCOMPARE(u.month, 1);
      if (u.district == QLatin1String("A"))
        QCOMPARE(u.patients, 4.0);
      else
        QCOMPARE(u.patients, 5.0);
    }
    QCOMPARE(p.unmetPatients, 9.0);
    QCOMPARE(flowTo(p, "A", "FA"), 6.0);
    QVERIFY(p.message.contains("9.0"));
  }

  // 10 patients, 6 regular places and 4 surge places at cost 100: surge opens (0.01 x 100 = 1).
  void surgeMustOpen() {
    Tiny t(1);
    t.district("A").group("G", 1, 3, 0).facility("FA", "A", 100, 0).demand("A", "G", 1, 10);
    t.capacity("FA", "G", 1, 6, 4);
    const RelocationPlan p = solve(t.s);
    QCOMPARE(p.status, QString("optimal"));
    QVERIFY(qFuzzyCompare(p.objective, 1.0));
    QCOMPARE(p.surge.size(), size_t(1));
    QCOMPARE(p.surge[0].facility, QString("FA"));
    QCOMPARE(p.facilityUse[0].capacity, 10.0);
    QCOMPARE(p.facilityUse[0].used, 10.0);
    QVERIFY(p.unmet.empty());

    // Without surge places the same scenario cannot be served.
    t.s.capacity[0].surge = 0;
    const RelocationPlan q = solve(t.s);
    QCOMPARE(q.status, QString("infeasible"));
    QCOMPARE(q.unmetPatients, 4.0);
  }

  // Use rows of every month and group add up per facility; listed facilities
  // without rows appear with zero load; no capacity means no utilisation.
  void facilityUtilisationSumsMonthsAndGroups() {
    RelocationPlan p;
    p.facilityUse = {{"FB", 1, "G", 0, 0},
                     {"FA", 1, "G", 6, 10},
                     {"FA", 2, "G", 4, 10},
                     {"FA", 1, "H", 3, 0},
                     {"FZ", 1, "G", 2, 8}};
    const std::vector<RelocationFacility> facilities = {
        {"FC", "C", "FC", 0, 0}, {"FA", "A", "FA", 0, 0}, {"FB", "B", "FB", 0, 0}};
    const std::vector<FacilityLoad> all = FacilityUtilisation::of(p, facilities);
    QCOMPARE(int(all.size()), 4);
    QCOMPARE(all[0].facility, QString("FA"));
    QCOMPARE(all[0].district, QString("A"));
    QCOMPARE(all[0].used, 13.0);
    QCOMPARE(all[0].capacity, 20.0);
    QCOMPARE(all[0].utilisation(), 0.65);
    QCOMPARE(all[1].facility, QString("FB"));
    QVERIFY(std::isnan(all[1].utilisation()));
    QCOMPARE(all[2].facility, QString("FC"));
    QCOMPARE(all[2].district, QString("C"));
    QCOMPARE(all[2].used, 0.0);
    QCOMPARE(all[3].facility, QString("FZ")); // not in the scenario: no district
    QCOMPARE(all[3].district, QString());
    QCOMPARE(all[3].utilisation(), 0.25);

    const std::vector<FacilityLoad> used = FacilityUtilisation::of(p);
    QCOMPARE(int(used.size()), 3); // FA, FB, FZ: only facilities with rows
    QCOMPARE(used[2].facility, QString("FZ"));
    QCOMPARE(used[0].district, QString());

    // A solved plan: the opened surge counts as capacity.
    Tiny t(2);
    t.district("A").group("G", 1, 3, 0).facility("FA", "A", 100, 0);
    t.demand("A", "G", 1, 10)
        .demand("A", "G", 2, 3)
        .capacity("FA", "G", 1, 6, 4)
        .capacity("FA", "G", 2, 6, 4);
    const std::vector<FacilityLoad> solved = FacilityUtilisation::of(solve(t.s), t.s.facilities);
    QCOMPARE(int(solved.size()), 1);
    QCOMPARE(solved[0].used, 13.0);
    QCOMPARE(solved[0].capacity, 16.0); // 10 with surge in month 1, 6 in month 2
  }

  // What-if edits scale capacity and surge of the edited facility only.
  void capacityEditsScaleCapacityAndSurge() {
    const RelocationScenario base = glpkScenario();
    FacilityCapacityEdit half;
    half.capacityPercent = 50;
    FacilityCapacityEdit closed;
    closed.capacityPercent = 150;
    closed.closed = true;
    QVERIFY(half.changesCapacity());
    QVERIFY(closed.changesCapacity());
    QVERIFY(!FacilityCapacityEdit{}.changesCapacity());
    QCOMPARE(closed.factor(), 0.0);
    const QHash<QString, FacilityCapacityEdit> edits = {{"F1", half}, {"F3", closed}, {"nowhere", half}};
    const RelocationScenario edited = base.withCapacityEdits(edits);
    QCOMPARE(edited.capacity.size(), base.capacity.size());
    for (std::size_t i = 0; i < base.capacity.size(); ++i) {
      const CapacityEntry &b = base.capacity[i], &e = edited.capacity[i];
      const double factor = b.facility == "F1" ? 0.5 : b.facility == "F3" ? 0.0 : 1.0;
      QCOMPARE(e.facility, b.facility);
      QCOMPARE(e.capacity, b.capacity * factor);
      QCOMPARE(e.surge, b.surge * factor);
    }
    QCOMPARE(edited.capacity[0].capacity, 6.0); // F1, U, month 1: 12 -> 6
    QCOMPARE(base.withCapacityEdits({}).toJson(), base.toJson());
  }

  // A's 10 patients, 5 places at home each month, 10 places 2 h away; deadline 1 month.
  // Risk only: nobody waits (5 travel). Travel only: nobody travels (5 wait a month).
  // Default weights: waiting costs 1 x 5 = 5 > travelling 0.1 x 2 x 5 = 1.
  void weightsAsSingleCriteria() {
    Tiny t(2);
    t.district("A")
        .district("B")
        .travel("A", "B", 2)
        .group("G", 1, 3, 1)
        .facility("FA", "A")
        .facility("FB", "B");
    t.demand("A", "G", 1, 10);
    for (int m = 1; m <= 2; ++m)
      t.capacity("FA", "G", m, 5).capacity("FB", "G", m, 10);

    const RelocationPlan risk = solve(t.s, {1, 0, 0});
    QCOMPARE(risk.status, QString("optimal"));
    QCOMPARE(flowTo(risk, "A", "FA", 1) + flowTo(risk, "A", "FB", 1), 10.0);
    QCOMPARE(risk.riskPatientMonths, 0.0);

    const RelocationPlan travel = solve(t.s, {0, 1, 0});
    QCOMPARE(travel.status, QString("optimal"));
    QCOMPARE(flowTo(travel, "A", "FB"), 0.0);
    QCOMPARE(flowTo(travel, "A", "FA", 1), 5.0);
    QCOMPARE(flowTo(travel, "A", "FA", 2), 5.0);
    QCOMPARE(travel.travelPatientHours, 0.0);

    const RelocationPlan both = solve(t.s);
    QVERIFY(qFuzzyCompare(both.objective, 1.0));
    QCOMPARE(flowTo(both, "A", "FB", 1), 5.0);
  }

  // Candidate pairs: facilities beyond the travel limit never enter the model.
  void candidatesRespectTravelLimit() {
    Tiny t(1);
    t.district("A").district("B").district("C").travel("A", "B", 1).travel("A", "C", 4).travel("B", "C", 3.5);
    t.group("G", 1, 2, 0).facility("FB", "B").facility("FC", "C");
    t.demand("A", "G", 1, 5).capacity("FB", "G", 1, 5).capacity("FC", "G", 1, 5);
    const RelocationModel m = RelocationModelBuilder::build(t.s, {}, {});
    int flows = 0;
    for (const auto &c : m.columns)
      if (c.kind == RelocationColumn::Flow) {
        ++flows;
        QCOMPARE(t.s.facilities[size_t(c.facility)].id, QString("FB"));
      }
    QCOMPARE(flows, 1);
  }

  void validationNamesFileLineField() {
    const LoadedScenario bad = ScenarioReader::load(dataDir("invalid_refs"));
    QVERIFY(!bad.ok());
    // capacity.csv line 4 is not a number: a read issue, reported before validation.
    QVERIFY2(containsIssue(bad.issues, "capacity.csv:4: capacity: \"abc\" is not a number"),
             qPrintable(joinIssues(bad.issues)));

    // Semantic issues once the syntax is fine.
    LoadedScenario read = ScenarioReader::read(dataDir("invalid_refs"));
    read.scenario.capacity.pop_back();
    read.origins.capacity.pop_back();
    const QList<ScenarioIssue> issues = ScenarioValidator::validate(read.scenario, &read.origins);
    const QString all = joinIssues(issues);
    QVERIFY2(containsIssue(issues, "facilities.csv:3: district: unknown district \"ZZ\""), qPrintable(all));
    QVERIFY2(containsIssue(issues, "demand.csv:3: group: unknown group \"H\""), qPrintable(all));
    QVERIFY2(containsIssue(issues, "demand.csv:4: month: must be between 0 (backlog) and 2"),
             qPrintable(all));
    QVERIFY2(containsIssue(issues, "capacity.csv:3: capacity: must be a number >= 0"), qPrintable(all));

    const LoadedScenario missing = ScenarioReader::load(dataDir("missing_travel"));
    QVERIFY2(containsIssue(missing.issues, "travel.csv: missing matrix entry from C to A"),
             qPrintable(joinIssues(missing.issues)));
    QCOMPARE(missing.issues.size(), 1);

    const LoadedScenario json = ScenarioReader::load(dataDir("unknown_group.json"));
    QVERIFY2(containsIssue(json.issues, "unknown_group.json: demand[1].group: unknown group \"Q\""),
             qPrintable(joinIssues(json.issues)));

    const LoadedScenario none = ScenarioReader::load(dataDir("no_such_scenario"));
    QVERIFY(containsIssue(none.issues, "no such file or folder"));
  }

  void jsonRoundTrips() {
    RelocationScenario s = glpkScenario();
    s.districts[0].lat = 52.1;
    s.districts[0].lon = 21.2;
    const QJsonObject json = s.toJson();
    QStringList errors;
    const auto back = RelocationScenario::fromJson(json, &errors);
    QVERIFY2(back, qPrintable(errors.join('\n')));
    QCOMPARE(back->toJson(), json);

    QVERIFY(!RelocationScenario::fromJson(QJsonObject{{"months", "six"}}, &errors));
    QVERIFY(errors.contains("months: must be an integer"));

    const RelocationPlan plan = solve(s);
    QCOMPARE(RelocationPlan::fromJson(plan.toJson()).toJson(), plan.toJson());
    const QJsonObject j = plan.toJson();
    for (const char *key :
         {"status", "objective", "bound", "gap", "seconds", "flows", "unmet", "facility_use"})
      QVERIFY2(j.contains(QLatin1String(key)), key);

    SolverSettings settings;
    settings.timeLimitSeconds = 12;
    settings.maxCandidates = 3;
    QCOMPARE(SolverSettings::fromJson(settings.toJson())->toJson(), settings.toJson());
    QVERIFY(!SolverSettings::fromJson(QJsonObject{{"relative_gap", 2}}));

    const auto w = RelocationWeights::parse("risk=2,travel=0");
    QVERIFY(w);
    QCOMPARE(w->risk, 2.0);
    QCOMPARE(w->travel, 0.0);
    QCOMPARE(w->cost, 0.01);
    QString error;
    QVERIFY(!RelocationWeights::parse("risk=-1", &error));
    QVERIFY(error.contains("risk"));
    QVERIFY(!RelocationWeights::parse("speed=3", &error));
  }

  // The folder format written and read back is the same scenario.
  void folderRoundTrip() {
    QTemporaryDir dir;
    const RelocationScenario s = glpkScenario();
    QCOMPARE(ScenarioWriter::write(s, dir.filePath("scn")), QString());
    const LoadedScenario back = ScenarioReader::load(dir.filePath("scn"));
    QVERIFY2(back.ok(), qPrintable(joinIssues(back.issues)));
    QCOMPARE(back.scenario.toJson(), s.toJson());
    QCOMPARE(ScenarioWriter::write(s, dir.filePath("one.json")), QString());
    QCOMPARE(ScenarioReader::load(dir.filePath("one.json")).scenario.toJson(), s.toJson());
  }

  // The same model written to MPS and solved by glpsol reaches the same optimum.
  void glpkSolvesSameModel() {
    const QString glpsol = QStandardPaths::findExecutable("glpsol");
    if (glpsol.isEmpty())
      QSKIP("needs glpsol (Debian package glpk-utils) to cross-check the MPS model");
    QTemporaryDir dir;
    const RelocationScenario s = glpkScenario();
    SolverSettings settings;
    settings.relativeGap = 0;
    settings.writeModelPath = dir.filePath("model.mps");
    const RelocationPlan cbc = RelocationSolver::solve(s, {}, settings);
    QCOMPARE(cbc.status, QString("optimal"));
    QVERIFY(!cbc.surge.empty()); // the binaries matter in this model
    QVERIFY(QFileInfo::exists(settings.writeModelPath));

    QProcess p;
    p.start(glpsol, {"--freemps", settings.writeModelPath, "--min", "-w", dir.filePath("sol.txt")});
    QVERIFY(p.waitForFinished(120000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardOutput().constData());
    QString status;
    const auto objective = glpkObjective(dir.filePath("sol.txt"), &status);
    QVERIFY2(objective, "no MIP solution line in glpsol's output");
    QCOMPARE(status, QString("o")); // integer optimal
    QVERIFY2(
        std::abs(*objective - cbc.objective) <= 1e-6 * std::max(1.0, std::abs(cbc.objective)),
        qPrintable(QString("glpsol %1, cbc %2").arg(*objective, 0, 'g', 12).arg(cbc.objective, 0, 'g', 12)));

    // The LP format is written too.
    QCOMPARE(
        RelocationSolver::writeModel(RelocationModelBuilder::build(s, {}, settings), dir.filePath("m.lp")),
        QString());
    QVERIFY(QFileInfo(dir.filePath("m.lp")).size() > 0);
  }

  // The model goes only where named, never through a link; a bad folder is an
  // error naming the path, not an uncaught CoinError.
  void writeModelRefusesLinksAndMissingFolders() {
    QTemporaryDir dir;
    const RelocationModel model = RelocationModelBuilder::build(glpkScenario(), {}, {});
    const QString victim = dir.filePath("victim.txt");
    QFile f(victim);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("keep me\n");
    f.close();
    const QString link = dir.filePath("link.mps");
    QVERIFY(QFile::link(victim, link));
    QString error = RelocationSolver::writeModel(model, link);
    QVERIFY2(error.contains("symbolic link") && error.contains(link), qPrintable(error));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("keep me\n"));
    f.close();
    QVERIFY(QFileInfo(link).isSymLink());

    const QString missing = dir.filePath("no/such/folder/m.mps");
    error = RelocationSolver::writeModel(model, missing);
    QVERIFY2(error.contains("does not exist") && error.contains(missing), qPrintable(error));
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, [&] {
      SolverSettings settings;
      settings.writeModelPath = missing;
      RelocationSolver::solve(glpkScenario(), {}, settings);
    }());

    // A plain path works, replaces an older file, and leaves no scratch files.
    const QString plain = dir.filePath("m.mps");
    QCOMPARE(RelocationSolver::writeModel(model, plain), QString());
    QCOMPARE(RelocationSolver::writeModel(model, plain), QString());
    QVERIFY(QFileInfo(plain).size() > 0);
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             (QStringList{"link.mps", "m.mps", "victim.txt"}));
  }

  void cancelBeforeSolve() {
    Feedback feedback;
    feedback.cancel();
    QVERIFY_THROWS_EXCEPTION(Canceled, RelocationSolver::solve(glpkScenario(), {}, {}, &feedback));
  }

  // A Poland solve canceled once CBC has the model stops within seconds: the
  // cancel comes with the "Solving with CBC" status, so it always lands after
  // the build and before CBC can finish (uncanceled, gap 0 runs far longer).
  void cancelDuringSolve() {
    const RelocationDemoResult demo = RelocationDemo::generate({}, QStringLiteral(EPIDESK_SHARED_DIR));
    if (!demo.ok())
      QSKIP(qPrintable("needs the shared Poland data: " + demo.error));
    Feedback feedback;
    QStringList statuses;
    QObject::connect(&feedback, &Feedback::statusChanged, [&](const QString &status) {
      statuses << status;
      if (status.startsWith(QStringLiteral("Solving"))) // the solver's thread, directly
        feedback.cancel();
    });
    SolverSettings settings;
    settings.relativeGap = 0;
    settings.timeLimitSeconds = 300;
    const auto start = std::chrono::steady_clock::now();
    QVERIFY_THROWS_EXCEPTION(Canceled, RelocationSolver::solve(demo.scenario, {}, settings, &feedback));
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    qInfo("canceled after %.2f s", seconds);
    QCOMPARE(statuses, (QStringList{"Building the relocation model", "Solving with CBC"}));
    QVERIFY2(seconds < 30, qPrintable(QString::number(seconds)));
  }

  void timeLimitIsReportedClearly() {
    const RelocationDemoResult demo = RelocationDemo::generate({}, QStringLiteral(EPIDESK_SHARED_DIR));
    if (!demo.ok())
      QSKIP(qPrintable("needs the shared Poland data: " + demo.error));
    SolverSettings settings;
    settings.relativeGap = 0; // unreachable in the time given
    settings.timeLimitSeconds = 1;
    const RelocationPlan plan = RelocationSolver::solve(demo.scenario, {}, settings);
    // Either a plan with its gap, or no plan: never "optimal", always a message naming the limit.
    QVERIFY2(plan.status == "feasible" || plan.status == "no_solution", qPrintable(plan.status));
    QVERIFY2(plan.message.contains("time limit"), qPrintable(plan.message));
    if (plan.status == "feasible")
      QVERIFY(plan.gap > 0 && plan.bound <= plan.objective);
  }

  void polandDemoIsDeterministicAndValid() {
    const QString shared = QStringLiteral(EPIDESK_SHARED_DIR);
    RelocationDemoOptions options;
    options.seed = 5;
    const RelocationDemoResult a = RelocationDemo::generate(options, shared);
    if (!a.ok())
      QSKIP(qPrintable("needs the shared Poland data: " + a.error));
    const RelocationDemoResult b = RelocationDemo::generate(options, shared);
    QCOMPARE(a.scenario.toJson(), b.scenario.toJson());
    QCOMPARE(a.scenario.districts.size(), size_t(380));
    QCOMPARE(a.scenario.facilities.size(), size_t(60));
    QCOMPARE(a.scenario.groups.size(), size_t(12));
    QCOMPARE(a.scenario.months, 6);
    QCOMPARE(a.manifest.value("wave").toObject().value("voivodeships").toArray().size(), 2);
    const QList<ScenarioIssue> issues = ScenarioValidator::validate(a.scenario);
    QVERIFY2(issues.isEmpty(), qPrintable(joinIssues(issues)));
    options.seed = 6;
    QVERIFY(RelocationDemo::generate(options, shared).scenario.toJson() != a.scenario.toJson());
  }
};

QTEST_GUILESS_MAIN(TestRelocation)
#include "test_relocation.moc"
