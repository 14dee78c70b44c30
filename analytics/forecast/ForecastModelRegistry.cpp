#include "ForecastModel.h"
