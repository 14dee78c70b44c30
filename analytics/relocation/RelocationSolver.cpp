#include "RelocationSolver.h"
#include "Feedback.h"
#include "PlanExtractor.h"
#include "RelocationModelBuilder.h"
#include <CbcEventHandler.hpp>
#include <CbcModel.hpp>
#include <CbcSolver.hpp>
#include <ClpEventHandler.hpp>
#include <ClpSimplex.hpp>
#include <CoinError.hpp>
#include <CoinPackedMatrix.hpp>
#include <OsiClpSolverInterface.hpp>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <stdexcept>
#include <string>

namespace epidesk {

namespace {

// This file's messages, in one context that lupdate sees too.
class RelocationSolverText {
  Q_DECLARE_TR_FUNCTIONS(epidesk::RelocationSolver)
};

// Stops Clp's simplex (the root LP of a big model takes seconds) when canceled.
class ClpCancel : public ClpEventHandler {
public:
  explicit ClpCancel(const Feedback *feedback) : m_feedback(feedback) {}
  int event(Event whichEvent) override {
    // Any value >= 0 makes Clp stop iterating.
    return whichEvent == endOfIteration && m_feedback && m_feedback->isCanceled() ? 0 : -1;
  }
  ClpEventHandler *clone() const override { return new ClpCancel(*this); }

private:
  const Feedback *m_feedback;
};

// Stops branch-and-cut when canceled and reports progress as the share of the time limit used.
class CbcCancel : public CbcEventHandler {
public:
  CbcCancel(Feedback *feedback, double timeLimit) : m_feedback(feedback), m_timeLimit(timeLimit) {
    m_clock.start();
  }
  CbcCancel(const CbcCancel &other)
      : CbcEventHandler(other), m_feedback(other.m_feedback), m_timeLimit(other.m_timeLimit),
        m_clock(other.m_clock) {}
  CbcAction event(CbcEvent) override {
    if (!m_feedback)
      return noAction;
    if (m_feedback->isCanceled())
      return stop;
    const int percent = int(std::min(99.0, 100.0 * double(m_clock.elapsed()) / 1000.0 / m_timeLimit));
    if (percent > m_lastPercent) {
      m_lastPercent = percent;
      m_feedback->setProgress(percent);
    }
    return noAction;
  }
  CbcEventHandler *clone() const override { return new CbcCancel(*this); }

private:
  Feedback *m_feedback;
  double m_timeLimit;
  QElapsedTimer m_clock;
  int m_lastPercent = -1;
};

int noCallback(CbcModel *, int) {
  return 0;
}

void load(const RelocationModel &m, OsiClpSolverInterface &solver) {
  const int n = m.columnCount();
  std::vector<int> lengths(static_cast<size_t>(n));
  for (int c = 0; c < n; ++c)
    lengths[size_t(c)] = m.columnStarts[size_t(c) + 1] - m.columnStarts[size_t(c)];
  // One bulk, column-ordered matrix: no row-by-row additions.
  const CoinPackedMatrix matrix(true, m.rowCount(), n, m.nonZeros(), m.elements.data(), m.rowIndices.data(),
                                m.columnStarts.data(), lengths.data());
  solver.loadProblem(matrix, m.colLower.data(), m.colUpper.data(), m.objective.data(), m.rowLower.data(),
                     m.rowUpper.data());
  if (!m.integers.empty())
    solver.setInteger(m.integers.data(), int(m.integers.size()));
  solver.messageHandler()->setLogLevel(0);
  solver.getModelPtr()->messageHandler()->setLogLevel(0);
}

void checkCanceled(const Feedback *feedback) {
  if (feedback && feedback->isCanceled())
    throw Canceled{};
}

} // namespace

QString RelocationSolver::writeModel(const RelocationModel &model, const QString &path) {
  const QFileInfo info(path);
  const bool lp = info.suffix().compare(QLatin1String("lp"), Qt::CaseInsensitive) == 0;
  const bool hasSuffix = lp || info.suffix().compare(QLatin1String("mps"), Qt::CaseInsensitive) == 0;
  const QString target = hasSuffix ? path : path + QStringLiteral(".mps");
  const QFileInfo final(target);
  // Never write through a link: it could point anywhere (lstat, not stat).
  if (final.isSymLink())
    return RelocationSolverText::tr("refusing to write the model to %1: it is a symbolic link").arg(target);
  if (final.exists() && !final.isFile())
    return RelocationSolverText::tr("cannot write the model to %1: not a regular file").arg(target);
  const QString folder = final.absolutePath();
  if (!QFileInfo(folder).isDir())
    return RelocationSolverText::tr("cannot write the model to %1: folder %2 does not exist")
        .arg(target, folder);
  // COIN opens files by name and follows links, so it writes into a fresh
  // private (0700) folder beside the target; a rename then replaces the
  // target atomically (readers never see half a model).
  QTemporaryDir scratch(QDir(folder).filePath(QStringLiteral(".epidesk-model-XXXXXX")));
  if (!scratch.isValid())
    return RelocationSolverText::tr("cannot write the model to %1: %2").arg(target, scratch.errorString());
  const std::string base = QDir(scratch.path()).filePath(QStringLiteral("model")).toStdString();
  const QString written = scratch.filePath(lp ? QStringLiteral("model.lp") : QStringLiteral("model.mps"));
  QString failure;
  try {
    OsiClpSolverInterface solver;
    load(model, solver);
    if (lp) // COIN appends ".extension" itself
      solver.writeLp(base.c_str(), "lp", 1e-12, 10, 12, 1.0);
    else // Clp's writer: free MPS, full precision, integers as UI bounds, not gzipped (Osi's is)
      solver.getModelPtr()->writeMps((base + ".mps").c_str(), 1, 2, 1.0);
  } catch (const CoinError &e) {
    failure = QString::fromStdString(e.message());
  } catch (const std::exception &e) {
    failure = QString::fromUtf8(e.what());
  } catch (...) {
    failure = RelocationSolverText::tr("unknown error");
  }
  if (failure.isEmpty() && (!QFileInfo(written).isFile() || QFileInfo(written).size() == 0))
    failure = RelocationSolverText::tr("nothing was written");
  if (failure.isEmpty() && QFileInfo(target).isSymLink()) // appeared meanwhile
    return RelocationSolverText::tr("refusing to write the model to %1: it is a symbolic link").arg(target);
  // rename(2) replaces a directory entry; it never follows a link at the target.
  if (failure.isEmpty() && std::rename(QFile::encodeName(written).constData(),
                                       QFile::encodeName(final.absoluteFilePath()).constData()) != 0)
    failure = QString::fromLocal8Bit(std::strerror(errno));
  if (!failure.isEmpty())
    return RelocationSolverText::tr("cannot write the model to %1: %2").arg(target, failure);
  return {};
}

RelocationPlan RelocationSolver::solve(const RelocationScenario &scenario, const RelocationWeights &weights,
                                       const SolverSettings &settings, Feedback *feedback) {
  QElapsedTimer clock;
  clock.start();
  checkCanceled(feedback);
  if (feedback)
    feedback->setStatus(RelocationSolverText::tr("Building the relocation model"));
  const RelocationModel model = RelocationModelBuilder::build(scenario, weights, settings);
  checkCanceled(feedback);

  RelocationPlan plan;
  plan.variables = model.columnCount();
  plan.constraints = model.rowCount();
  // Writing the file is not part of the solve time (benchmarks compare solvers).
  const double buildSeconds = double(clock.elapsed()) / 1000.0;
  if (!settings.writeModelPath.isEmpty()) {
    const QString error = writeModel(model, settings.writeModelPath);
    if (!error.isEmpty())
      throw std::runtime_error(error.toStdString());
  }
  clock.restart();

  OsiClpSolverInterface solver;
  load(model, solver);
  ClpCancel clpCancel(feedback);
  solver.getModelPtr()->passInEventHandler(&clpCancel);

  CbcModel cbc(solver);
  const double remaining = std::max(1.0, settings.timeLimitSeconds - buildSeconds);
  CbcCancel cbcCancel(feedback, remaining);
  cbc.passInEventHandler(&cbcCancel);
  cbc.setLogLevel(0);
  cbc.messageHandler()->setLogLevel(0);

  // CBC's standard driver (presolve, cuts, heuristics) with our limits; quiet, no signal handler
  // (the CLI and GUI own Ctrl-C and cancel through Feedback).
  CbcSolverUsefulData data;
  data.noPrinting_ = true;
  data.useSignalHandler_ = false;
  CbcMain0(cbc, data);
  const std::string seconds = std::to_string(remaining);
  const std::string gap = std::to_string(settings.relativeGap);
  const char *argv[] = {"epidesk", "-log", "0", "-slog", "0", "-sec", seconds.c_str(), "-ratioGap",
                        gap.c_str(),
                        // One feasibility-pump pass: on the Poland model the default 30 passes
                        // take 60 s for < 0.1 % of objective; the gap target is usually met by then.
                        "-passF", "1", "-solve", "-quit"};
  if (feedback)
    feedback->setStatus(RelocationSolverText::tr("Solving with CBC"));
  CbcMain1(int(sizeof(argv) / sizeof(argv[0])), argv, cbc, noCallback, data);
  checkCanceled(feedback);
  plan.seconds = buildSeconds + double(clock.elapsed()) / 1000.0;

  const double *best = cbc.bestSolution();
  if (cbc.status() == 2 || cbc.isProvenInfeasible() || !best) {
    plan.status = QStringLiteral("no_solution");
    plan.message = cbc.status() == 2 ? RelocationSolverText::tr("CBC stopped with numerical difficulties")
                   : cbc.isSecondsLimitReached()
                       ? RelocationSolverText::tr("no solution found within the time limit of %1 s")
                             .arg(settings.timeLimitSeconds)
                       : RelocationSolverText::tr("CBC found no solution");
    plan.bound = cbc.getBestPossibleObjValue();
    return plan;
  }
  const std::vector<double> solution(best, best + model.columnCount());
  PlanExtractor::extract(scenario, model, solution, &plan);
  plan.objective = cbc.getObjValue();
  plan.bound = std::min(plan.objective, cbc.getBestPossibleObjValue());
  plan.gap = std::max(0.0, plan.objective - plan.bound) / std::max(1e-9, std::abs(plan.objective));
  const bool finished = cbc.status() == 0 && !cbc.isSecondsLimitReached();
  if (plan.unmetPatients > 1e-6) {
    plan.status = QStringLiteral("infeasible");
    plan.message = RelocationSolverText::tr(
                       "%1 patients cannot be served within their deadline and travel limit (see unmet)")
                       .arg(plan.unmetPatients, 0, 'f', 1);
  } else if (finished) {
    plan.status = QStringLiteral("optimal");
    plan.message = RelocationSolverText::tr("optimal within a relative gap of %1").arg(settings.relativeGap);
  } else {
    plan.status = QStringLiteral("feasible");
    plan.message = RelocationSolverText::tr("time limit of %1 s reached; gap %2")
                       .arg(settings.timeLimitSeconds)
                       .arg(plan.gap, 0, 'g', 3);
  }
  if (feedback)
    feedback->setProgress(100);
  return plan;
}

} // namespace epidesk
