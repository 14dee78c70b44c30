#include "ForecastTypes.h"
