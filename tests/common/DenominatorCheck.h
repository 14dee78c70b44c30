#pragma once
// Per-1,000 rates at state, region and country level checked against an
// independent computation: this header reads the shared IBGE population CSV
// and uf.csv with its own small parsers (not the application's readers) and
// sums every municipality of a state, with or without a boundary.
//
// The sales come from one ANVISA file written here: rows in every state whose
// municipality name matches no boundary (so they stay at state level),
// including PA's Mojuí dos Campos (IBGE 1504752, created 2013, no polygon).
#include "CliRun.h"
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QtTest>
#include <cmath>

namespace epidesk::test {

constexpr int kFirstYear = 2014, kLastYear = 2021;

// code -> year -> people, straight from population_municipality_ibge6579.csv.
struct IbgePopulation {
  QMap<int, QMap<int, double>> byMunicipality;
  QMap<int, QString> siglaOfUf, regionOfUf; // from uf.csv

  bool load(const QString &sharedDir) {
    QFile csv(QDir(sharedDir).filePath("data/br/population_municipality_ibge6579.csv"));
    QFile ufs(QDir(sharedDir).filePath("data/br/uf.csv"));
    if (!csv.open(QIODevice::ReadOnly) || !ufs.open(QIODevice::ReadOnly))
      return false;
    const QList<QByteArray> header = csv.readLine().trimmed().split(';');
    while (!csv.atEnd()) {
      const QList<QByteArray> cells = csv.readLine().trimmed().split(';');
      for (int i = 1; i < cells.size() && i < header.size(); ++i) {
        bool ok = false;
        const double people = cells[i].toDouble(&ok); // "..." (not created yet) is not a number
        if (ok)
          byMunicipality[cells[0].toInt()][header[i].toInt()] = people;
      }
    }
    ufs.readLine(); // cd_uf,sigla,name,region
    while (!ufs.atEnd()) {
      const QList<QByteArray> cells = ufs.readLine().trimmed().split(',');
      siglaOfUf[cells[0].toInt()] = QString::fromUtf8(cells[1]);
      regionOfUf[cells[0].toInt()] = QString::fromUtf8(cells.last());
    }
    return byMunicipality.size() == 5570 && siglaOfUf.size() == 27;
  }

  // Sum over the municipalities whose state (first two digits) is accepted.
  template <typename Accept> double sum(int year, Accept accept) const {
    double total = 0;
    for (auto it = byMunicipality.cbegin(); it != byMunicipality.cend(); ++it)
      if (accept(it.key() / 100000, it.key()))
        total += it->value(year);
    return total;
  }
  double ofCode(const QString &level, const QString &code, int year) const {
    return sum(year, [&](int uf, int) {
      return level == "country" || (level == "uf" && siglaOfUf.value(uf) == code) ||
             (level == "region" && regionOfUf.value(uf) == code);
    });
  }
};

// IBGE codes that have a polygon in one state's boundary file.
inline QSet<int> polygonCodes(const QString &sharedDir, int ufCode) {
  QFile f(QDir(sharedDir).filePath(QStringLiteral("data/br/municipalities/geojs-%1-mun.json").arg(ufCode)));
  QSet<int> codes;
  if (!f.open(QIODevice::ReadOnly))
    return codes;
  for (const QJsonValue &feature : QJsonDocument::fromJson(f.readAll()).object().value("features").toArray())
    codes.insert(feature.toObject().value("properties").toObject().value("id").toVariant().toInt());
  return codes;
}

// Rows per state and year: 1 + (state index + year) % 3, plus 2 a year in Mojuí dos Campos.
inline QString writeStateLevelSales(const QString &dir, const QStringList &siglas) {
  const QString path = QDir(dir).filePath(QStringLiteral("EDA_Industrializados_201401.csv"));
  QFile f(path);
  if (!f.open(QIODevice::WriteOnly))
    return {};
  QByteArray out = "ANO_VENDA;MES_VENDA;UF_VENDA;MUNICIPIO_VENDA;PRINCIPIO_ATIVO;DESCRICAO_APRESENTACAO;"
                   "QTD_VENDIDA;UNIDADE_MEDIDA;CONSELHO_PRESCRITOR;UF_CONSELHO_PRESCRITOR;TIPO_RECEITUARIO;"
                   "CID10;SEXO;IDADE;UNIDADE_IDADE\r\n";
  auto row = [&out](int year, const QString &uf, const QString &municipality) {
    out += QStringLiteral(
               "%1;6;%2;%3;AZITROMICINA;AZITROMICINA 500 MG COM REV CT BL X 3;1;CAIXA;CRM;%2;5;;1;40.0;1\r\n")
               .arg(year)
               .arg(uf, municipality)
               .toLatin1(); // Windows-1252 agrees with Latin-1 here
  };
  for (int year = kFirstYear; year <= kLastYear; ++year)
    for (int i = 0; i < siglas.size(); ++i) {
      for (int r = 0; r < 1 + (i + year) % 3; ++r)
        row(year, siglas[i], QStringLiteral("MUNICIPIO SEM MAPA"));
      if (siglas[i] == "PA")
        for (int r = 0; r < 2; ++r)
          row(year, "PA", QStringLiteral("MOJUÍ DOS CAMPOS"));
    }
  return f.write(out) == out.size() ? path : QString();
}

inline QJsonObject seriesOf(const QStringList &source, const QString &level, bool per1000) {
  QStringList args =
      QStringList{"trends"} + source +
      QStringList{"--ingredient-contains", "azitromicina", "--level", level, "--period", "year"};
  if (per1000)
    args << "--per-1000";
  const CliRun run = runCli(args);
  if (run.exitCode != 0)
    qWarning("%s", run.err.constData());
  return run.json().value("series").toObject();
}

// Every state, region and the country: CLI rate = 1000 x count / independent
// population, to 1e-9 (relative); returns the number of values compared.
inline int compareRates(const QStringList &source, const IbgePopulation &population) {
  int compared = 0;
  for (const QString level : {"uf", "region", "country"}) {
    const QJsonObject counts = seriesOf(source, level, false);
    const QJsonObject rates = seriesOf(source, level, true);
    if (counts.isEmpty() || rates.keys() != counts.keys())
      return -1;
    for (const QString &code : counts.keys()) {
      const QJsonArray c = counts.value(code).toArray(), r = rates.value(code).toArray();
      for (int i = 0; i < c.size(); ++i) {
        const int year = c[i].toObject().value("period").toString().toInt();
        const double expected =
            1000.0 * c[i].toObject().value("value").toDouble() / population.ofCode(level, code, year);
        const double got = r[i].toObject().value("value").toDouble();
        if (!(std::abs(got - expected) <= 1e-9 * std::abs(expected))) {
          qWarning("%s %s %d: rate %.17g, independent %.17g", qPrintable(level), qPrintable(code), year, got,
                   expected);
          return -1;
        }
        ++compared;
      }
    }
  }
  return compared;
}

} // namespace epidesk::test
