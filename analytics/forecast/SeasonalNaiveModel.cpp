#include "SeasonalNaiveModel.h"
