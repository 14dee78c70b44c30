#pragma once
// Demo generator: what is sold — products (ingredient + presentation)
// grouped by the volume model that drives them. Group 0 is azithromycin.
#include "DemoRandom.h"

#include <QByteArray>

#include <vector>

namespace epidesk::demo {

enum class Season { Respiratory, Flat };
enum class Trend { Antimicrobial, Controlled };

struct Product {
  QByteArray ingredient, presentation, unit;
};

struct ProductGroup {
  std::vector<Product> products;
  SmallChoice choice;
  QByteArray tipo; // TIPO_RECEITUARIO
  bool antimicrobial = true;
  Season season = Season::Respiratory;
  Trend trend = Trend::Antimicrobial;
  double rows2014 = 0; // full-scale national rows in 2014 (azithromycin: calibrated instead)
  void add(const char *ingredient, const char *presentation, const char *unit, double weight);
};

std::vector<ProductGroup> buildCatalogue();

} // namespace epidesk::demo
