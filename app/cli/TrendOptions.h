#pragma once
#include "TrendTypes.h"
#include <QCommandLineParser>
#include <QCoreApplication>
#include <optional>

namespace epidesk::cli {

// The options that describe a TrendRequest, shared by `trends` and `report`.
// Values become the request's JSON so the CLI, GUI and cluster share one
// validation with the same field names in their messages.
class TrendOptions {
public:
  TrendOptions() = default;
  // For a command that has its own --level (forecast: intervals): the area
  // level is then levelName, also in error messages; defaultPeriod replaces "year".
  TrendOptions(const QString &levelName, const QString &defaultPeriod);
  void addTo(QCommandLineParser &parser);
  std::optional<TrendRequest> request(const QCommandLineParser &parser, QString *error) const;
  // The options given on the command line ("--measure", ...), for commands
  // where they only apply in one mode.
  QStringList given(const QCommandLineParser &parser) const;

private:
  // Filed under "cli" like the rest of the command line; lupdate sees this
  // context (it would not see one given by a plain tr() wrapper).
  Q_DECLARE_TR_FUNCTIONS(cli)
  QCommandLineOption m_ingredient{"ingredient-contains",
                                  tr("Active ingredient contains TEXT (case and accents ignored); several "
                                     "terms separated by '|', a term '=NAME' matches NAME exactly."),
                                  "TEXT"};
  static QString levelHelp() { return tr("municipality, uf, region or country."); }
  QCommandLineOption m_level{"level", levelHelp(), "LEVEL", "uf"};
  QCommandLineOption m_period{"period", tr("year or month."), "PERIOD", "year"};
  QCommandLineOption m_from{"from", tr("First year."), "YYYY"};
  QCommandLineOption m_to{"to", tr("Last year."), "YYYY"};
  QCommandLineOption m_measure{"measure", tr("prescriptions or units."), "MEASURE", "prescriptions"};
  QCommandLineOption m_per1000{"per-1000", tr("Rates per 1,000 inhabitants.")};
};

} // namespace epidesk::cli
